/* vs-store-private.h: what the store's files share, and nothing outside them sees
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "vs-store.h"

G_BEGIN_DECLS

struct _VsStore {
  GObject     parent_instance;
  char       *path;
  sqlite3    *db;
  GHashTable *statements;     /* const char *sql (static) -> sqlite3_stmt* */
  gboolean    in_transaction;
  gboolean    dirty;          /* something was written since begin */
  gint64      import_id;      /* the import being written (0: none): every row a write
                               * creates or replaces meanwhile is recorded for its undo */
  gboolean    read_only;      /* opened read-only, or the file or its folder cannot be written */
  gboolean    checked;        /* quick_check passed before this store's first write */
};

/* The newest schema this build writes. */
#define VS_STORE_SCHEMA_VERSION 9

/* A statement for a static SQL string, prepared once and reused; reset and unbound. */
sqlite3_stmt *_vs_store_prepare     (VsStore       *self,
                                     const char    *sql,
                                     GError       **error);
/* Turns SQLite's last error into a GError that says what was being done; @doing is
 * marked with N_() and translated only when there is an error. */
void          _vs_store_set_error   (VsStore       *self,
                                     GError       **error,
                                     const char    *doing);
gboolean      _vs_store_exec        (VsStore       *self,
                                     const char    *sql,
                                     GError       **error);
/* sqlite3_step expecting SQLITE_DONE. */
gboolean      _vs_store_step_done   (VsStore       *self,
                                     sqlite3_stmt  *stmt,
                                     const char    *doing,
                                     GError       **error);
/* Steps through every row of a query; on an error mid-way the partial result is dropped. */
#define FOR_EACH_ROW(self, stmt, rc) \
  for (rc = sqlite3_step (stmt); rc == SQLITE_ROW; rc = sqlite3_step (stmt))
/* Resets @stmt after the last step; FALSE with @error set unless @rc is SQLITE_DONE. */
gboolean      _vs_store_finish_rows (VsStore       *self,
                                     sqlite3_stmt  *stmt,
                                     int            rc,
                                     GError       **error);
gboolean      _vs_store_require_transaction (VsStore *self,
                                     GError       **error);
void          _vs_store_mark_dirty  (VsStore       *self);

/* Binding and reading with NULL for unset strings and NAN for unset numbers. */
void          _vs_bind_text         (sqlite3_stmt  *stmt, int index, const char *text);
void          _vs_bind_double       (sqlite3_stmt  *stmt, int index, double value);
char         *_vs_column_text       (sqlite3_stmt  *stmt, int index);
double        _vs_column_double     (sqlite3_stmt  *stmt, int index);

/* An indicator's definition: what an import may change, and its undo puts back. */
#define VS_DEFINITION_COLUMNS \
  "ref, title, area_id, polarity, unit, periodicity, cumulative, rolling, target_text, " \
  "rag_rule, red_threshold, green_threshold, amber_percent, rag_comparator, dot_tolerance, " \
  "budget_flag, risk_flag, lead_officer, data_owner, why_important, background, success, " \
  "source, position"
/* Keeps the indicator's definition as it is now, before the import being written changes
 * it, so that undoing the import puts it back. */
gboolean      _vs_store_keep_indicator_definition (VsStore *self,
                                     gint64         indicator_id,
                                     GError       **error);

gboolean      _vs_store_check_application_id (VsStore *self,
                                              GError **error);
/* Runs an integrity PRAGMA (@pragma: integrity_check or quick_check); anything but "ok"
 * is VS_STORE_ERROR_CORRUPT naming the newest backup to restore. */
gboolean      _vs_store_check       (VsStore       *self,
                                     const char    *pragma,
                                     GError       **error);
gboolean      _vs_store_migrate     (VsStore       *self,
                                     GError       **error);
/* The SQL that takes a database from version - 1 to @version; for tests that build old files. */
const char   *_vs_store_migration_sql (int          version);

/* Fills sql[1..@max_rows] with "@insert @row, @row, …": one multi-row INSERT per size,
 * each a lasting string for the statement cache (vs-store-bulk.c). */
void          _vs_store_build_batch_sql (char       **sql,
                                       guint        max_rows,
                                       const char  *insert,
                                       const char  *row);

#define VS_INDICATOR_COLUMNS \
  "i.id, i.ref, i.title, i.area_id, a.name, i.polarity, i.unit, i.periodicity, i.cumulative, " \
  "i.rolling, i.target_text, i.rag_rule, i.red_threshold, i.green_threshold, i.amber_percent, " \
  "i.rag_comparator, i.dot_tolerance, i.budget_flag, i.risk_flag, i.lead_officer, " \
  "i.data_owner, i.why_important, i.background, i.success, i.source, i.position"
#define VS_INDICATOR_FROM " FROM indicator i JOIN area a ON a.id = i.area_id "

G_END_DECLS
