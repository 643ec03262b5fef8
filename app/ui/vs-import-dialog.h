/* vs-import-dialog.h: preview an import, confirm it, run it without freezing the window
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vs-store.h"

G_BEGIN_DECLS

typedef enum {
  VS_IMPORT_DIALOG_CHECKING,    /* the dry run is reading the files */
  VS_IMPORT_DIALOG_PREVIEW,     /* showing what would happen; Import may be pressed */
  VS_IMPORT_DIALOG_IMPORTING,
  VS_IMPORT_DIALOG_DONE,        /* imported; "imported" was emitted */
  VS_IMPORT_DIALOG_FAILED,      /* refused while importing: nothing was written */
  VS_IMPORT_DIALOG_CHOOSING_HOME, /* a file of many authorities, and no home authority yet */
} VsImportDialogState;

#define VS_TYPE_IMPORT_DIALOG (vs_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (VsImportDialog, vs_import_dialog, VS, IMPORT_DIALOG, AdwWindow)

/* Starts the dry run of @files (of GFile) at once. On success emits "imported" with the
 * import ids (a GVariant "ax") and a sentence for a toast. */
VsImportDialog      *vs_import_dialog_new        (GtkWindow      *parent,
                                                  VsStore        *store,
                                                  GListModel     *files);
VsImportDialogState  vs_import_dialog_get_state  (VsImportDialog *self);
/* TRUE in the preview when no file has an error. */
gboolean             vs_import_dialog_can_import (VsImportDialog *self);
/* Presses Import. */
void                 vs_import_dialog_import     (VsImportDialog *self);
/* In VS_IMPORT_DIALOG_CHOOSING_HOME: picks the home authority by old LA code (as the
 * search list would) and checks the files again for it. FALSE when no file names it. */
gboolean             vs_import_dialog_choose_home (VsImportDialog *self,
                                                   const char     *code);

G_END_DECLS
