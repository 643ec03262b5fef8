/* vs-store-import-log.c: which import wrote what
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "vs-store-private.h"

void
vs_import_record_free (VsImportRecord *record)
{
  if (record == NULL)
    return;
  g_free (record->file);
  g_free (record->sha256);
  g_free (record->layout);
  g_free (record->state);
  g_free (record);
}

gint64
vs_store_begin_import (VsStore     *self,
                       const char  *file,
                       const char  *sha256,
                       const char  *layout,
                       GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (VS_IS_STORE (self), 0);
  g_return_val_if_fail (file != NULL, 0);

  if (!_vs_store_require_transaction (self, error))
    return 0;

  stmt = _vs_store_prepare (self,
                            "INSERT INTO import (started, file, sha256, layout, state)"
                            " VALUES (CAST(strftime('%s', 'now') AS INTEGER), ?1, ?2, ?3, 'running')",
                            error);
  if (stmt == NULL)
    return 0;
  _vs_bind_text (stmt, 1, file);
  _vs_bind_text (stmt, 2, sha256);
  _vs_bind_text (stmt, 3, layout);
  if (!_vs_store_step_done (self, stmt, N_("record the import"), error))
    return 0;
  _vs_store_mark_dirty (self);
  self->import_id = sqlite3_last_insert_rowid (self->db);
  return self->import_id;
}

gboolean
vs_store_finish_import (VsStore  *self,
                        gint64    import_id,
                        guint     added,
                        guint     changed,
                        guint     unchanged,
                        guint     warnings,
                        GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (VS_IS_STORE (self), FALSE);

  if (!_vs_store_require_transaction (self, error))
    return FALSE;

  stmt = _vs_store_prepare (self,
                            "UPDATE import SET added = ?2, changed = ?3, unchanged = ?4,"
                            "  warnings = ?5, state = 'imported' WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, import_id);
  sqlite3_bind_int64 (stmt, 2, added);
  sqlite3_bind_int64 (stmt, 3, changed);
  sqlite3_bind_int64 (stmt, 4, unchanged);
  sqlite3_bind_int64 (stmt, 5, warnings);
  self->import_id = 0;
  return _vs_store_step_done (self, stmt, N_("record the import"), error);
}

GPtrArray *
vs_store_list_imports (VsStore  *self,
                       GError  **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) vs_import_record_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VS_IS_STORE (self), NULL);

  stmt = _vs_store_prepare (self,
                            "SELECT id, started, file, sha256, layout, added, changed, unchanged,"
                            "  warnings, state FROM import ORDER BY id DESC", error);
  if (stmt == NULL)
    return NULL;
  for (rc = sqlite3_step (stmt); rc == SQLITE_ROW; rc = sqlite3_step (stmt))
    {
      VsImportRecord *record = g_new0 (VsImportRecord, 1);
      record->id = sqlite3_column_int64 (stmt, 0);
      record->started = sqlite3_column_int64 (stmt, 1);
      record->file = _vs_column_text (stmt, 2);
      record->sha256 = _vs_column_text (stmt, 3);
      record->layout = _vs_column_text (stmt, 4);
      record->added = sqlite3_column_int (stmt, 5);
      record->changed = sqlite3_column_int (stmt, 6);
      record->unchanged = sqlite3_column_int (stmt, 7);
      record->warnings = sqlite3_column_int (stmt, 8);
      record->state = _vs_column_text (stmt, 9);
      g_ptr_array_add (rows, record);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _vs_store_set_error (self, error, N_("read the import history"));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

void
vs_import_warning_free (VsImportWarning *warning)
{
  if (warning == NULL)
    return;
  g_free (warning->sheet);
  g_free (warning->cell);
  g_free (warning->text);
  g_free (warning);
}

gboolean
vs_store_add_import_warning (VsStore               *self,
                             gint64                 import_id,
                             guint                  position,
                             const VsImportWarning *warning,
                             GError               **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (VS_IS_STORE (self), FALSE);
  g_return_val_if_fail (warning != NULL && warning->text != NULL, FALSE);

  if (!_vs_store_require_transaction (self, error))
    return FALSE;

  stmt = _vs_store_prepare (self,
                            "INSERT INTO import_warning (import_id, position, sheet, row, col, cell, text)"
                            " VALUES (?1, ?2, ?3, NULLIF (?4, 0), NULLIF (?5, 0), ?6, ?7)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, import_id);
  sqlite3_bind_int64 (stmt, 2, position);
  _vs_bind_text (stmt, 3, warning->sheet);
  sqlite3_bind_int64 (stmt, 4, warning->row);
  sqlite3_bind_int64 (stmt, 5, warning->column);
  _vs_bind_text (stmt, 6, warning->cell);
  _vs_bind_text (stmt, 7, warning->text);
  return _vs_store_step_done (self, stmt, N_("keep the import's warnings"), error);
}

GPtrArray *
vs_store_list_import_warnings (VsStore  *self,
                               gint64    import_id,
                               GError  **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) vs_import_warning_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VS_IS_STORE (self), NULL);

  stmt = _vs_store_prepare (self,
                            "SELECT sheet, row, col, cell, text FROM import_warning"
                            " WHERE import_id = ?1 ORDER BY position", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, import_id);
  FOR_EACH_ROW (self, stmt, rc)
    {
      VsImportWarning *warning = g_new0 (VsImportWarning, 1);
      warning->sheet = _vs_column_text (stmt, 0);
      warning->row = sqlite3_column_int (stmt, 1);
      warning->column = sqlite3_column_int (stmt, 2);
      warning->cell = _vs_column_text (stmt, 3);
      warning->text = _vs_column_text (stmt, 4);
      g_ptr_array_add (rows, warning);
    }
  if (!_vs_store_finish_rows (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&rows);
}

gboolean
_vs_store_keep_indicator_definition (VsStore  *self,
                                     gint64    indicator_id,
                                     GError  **error)
{
  sqlite3_stmt *stmt;

  stmt = _vs_store_prepare (self,
                            "INSERT INTO indicator_change (import_id, indicator_id, " VS_DEFINITION_COLUMNS ")"
                            " SELECT ?1, id, " VS_DEFINITION_COLUMNS " FROM indicator WHERE id = ?2",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->import_id);
  sqlite3_bind_int64 (stmt, 2, indicator_id);
  return _vs_store_step_done (self, stmt, N_("keep the indicator's definition"), error);
}
