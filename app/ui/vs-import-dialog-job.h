/* vs-import-dialog-job.h: the import dialog's worker: a dry run or the import, in a thread
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vs-importer.h"

G_BEGIN_DECLS

/* What one file gave: its summary (when it could be planned) or why it could not. */
typedef struct {
  char            *path;
  VsImportSummary *summary;
  GError          *error;
} VsImportFileResult;

void vs_import_file_result_free (VsImportFileResult *result);

/* The choices every file of a run is imported with, as `vital-signs import` takes them. */
typedef struct {
  char     *sheet;      /* NULL: the first sheet with a header row */
  VsLayout  layout;
  char     *area;       /* NULL: the file's own, else "Unassigned" */
  char     *locality;   /* NULL: the file's own, else the whole authority */
} VsImportChoices;

void vs_import_choices_clear (VsImportChoices *choices);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (VsImportChoices, vs_import_choices_clear)
void vs_import_choices_copy  (const VsImportChoices *src,
                              VsImportChoices       *dest);
/* The layout, area and locality the last import into @store was made with (kept in the
 * database, as they are about its files), the defaults where none was; no sheet. */
void vs_import_choices_load  (VsImportChoices *choices,
                              VsStore         *store);
/* Remembers @choices in @store, inside the caller's transaction. */
gboolean vs_import_choices_save (const VsImportChoices *choices,
                                 VsStore               *store,
                                 GError               **error);

/* Runs @paths against the database at @db_path on a connection of its own, so the window
 * keeps reading: a dry run plans and writes nothing; an import writes every file in one
 * transaction (all or nothing) and remembers the choices with them. @home_code, for the
 * files in @many (of paths: files of many authorities), is the home authority to take and
 * remember. @files_done counts the files read (atomically). The task's result is a
 * GPtrArray of VsImportFileResult*. */
void vs_import_dialog_run_job (GObject               *source,
                               const char            *db_path,
                               GPtrArray             *paths,
                               gboolean               dry_run,
                               const VsImportChoices *choices,
                               const char            *home_code,
                               GHashTable            *many,
                               int                   *files_done,
                               GCancellable          *cancellable,
                               GAsyncReadyCallback    callback);

/* A sentence for the toast after an import ("Imported nov.csv: 12 figures added, 1
 * changed"), and the ids of the imports written, as a GVariant "ax" for their undo. */
char *vs_import_describe_results (GPtrArray  *results,
                                  GVariant  **ids);

G_END_DECLS
