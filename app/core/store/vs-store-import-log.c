/* vs-store-import-log.c: which import wrote what, and taking an import back
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
  return sqlite3_last_insert_rowid (self->db);
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

#define DEFINITION_COLUMNS \
  "ref, title, area_id, polarity, unit, periodicity, cumulative, rolling, target_text, " \
  "rag_rule, red_threshold, green_threshold, amber_percent, rag_comparator, dot_tolerance, " \
  "budget_flag, risk_flag, lead_officer, data_owner, why_important, background, success, " \
  "source, position"

gboolean
vs_store_keep_indicator_definition (VsStore  *self,
                                    gint64    import_id,
                                    gint64    indicator_id,
                                    GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (VS_IS_STORE (self), FALSE);

  if (!_vs_store_require_transaction (self, error))
    return FALSE;

  stmt = _vs_store_prepare (self,
                            "INSERT INTO indicator_change (import_id, indicator_id, " DEFINITION_COLUMNS ")"
                            " SELECT ?1, id, " DEFINITION_COLUMNS " FROM indicator WHERE id = ?2",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, import_id);
  sqlite3_bind_int64 (stmt, 2, indicator_id);
  if (!_vs_store_step_done (self, stmt, N_("keep the indicator's definition"), error))
    return FALSE;
  _vs_store_mark_dirty (self);
  return TRUE;
}

static gboolean
run_with_id (VsStore     *self,
             const char  *sql,
             gint64       import_id,
             const char  *doing,
             GError     **error)
{
  sqlite3_stmt *stmt = _vs_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, import_id);
  return _vs_store_step_done (self, stmt, doing, error);
}

/* A later import depends on this one when it replaced a figure this one wrote: undoing this
 * one would then silently drop or resurrect the wrong figure. */
static gint64
find_dependent_import (VsStore  *self,
                       gint64    import_id,
                       GError  **error)
{
  sqlite3_stmt *stmt;
  gint64 later = 0;
  int rc;

  stmt = _vs_store_prepare (self,
                            "SELECT c.import_id FROM observation_change c"
                            " JOIN import im ON im.id = c.import_id"
                            " WHERE c.old_import_id = ?1 AND c.import_id <> ?1"
                            "   AND im.state = 'imported'"
                            " UNION ALL "
                            "SELECT later.import_id FROM indicator_change later"
                            " JOIN indicator_change mine ON mine.indicator_id = later.indicator_id"
                            " JOIN import im ON im.id = later.import_id"
                            " WHERE mine.import_id = ?1 AND later.import_id > ?1"
                            "   AND im.state = 'imported' LIMIT 1", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, import_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    later = sqlite3_column_int64 (stmt, 0);
  else if (rc != SQLITE_DONE)
    {
      _vs_store_set_error (self, error, N_("read the import history"));
      later = -1;
    }
  sqlite3_reset (stmt);
  return later;
}

gboolean
vs_store_undo_import (VsStore  *self,
                      gint64    import_id,
                      GError  **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *state = NULL;
  gint64 later;
  int rc;

  g_return_val_if_fail (VS_IS_STORE (self), FALSE);

  stmt = _vs_store_prepare (self, "SELECT state FROM import WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, import_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    state = _vs_column_text (stmt, 0);
  sqlite3_reset (stmt);

  if (state == NULL)
    {
      g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_NOT_FOUND,
                   _("There is no import number %" G_GINT64_FORMAT "."), import_id);
      return FALSE;
    }
  if (g_str_equal (state, "undone"))
    {
      g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_FAILED,
                   _("Import %" G_GINT64_FORMAT " has already been undone."), import_id);
      return FALSE;
    }
  if (!g_str_equal (state, "imported"))
    {
      g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_FAILED,
                   _("Import %" G_GINT64_FORMAT " never finished, so there is nothing to undo."),
                   import_id);
      return FALSE;
    }

  if (!vs_store_begin (self, error))
    return FALSE;

  later = find_dependent_import (self, import_id, error);
  if (later < 0)
    goto fail;
  if (later > 0)
    {
      g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_FAILED,
                   _("Import %" G_GINT64_FORMAT " cannot be undone: import %" G_GINT64_FORMAT
                     " later changed figures it brought in. Undo import %" G_GINT64_FORMAT " first."),
                   import_id, later, later);
      goto fail;
    }

  /* Drop what it wrote, put back what it replaced (the oldest value of a key replaced
   * twice wins, hence the descending order), forget the replacement log. */
  if (!run_with_id (self, "DELETE FROM observation WHERE import_id = ?1", import_id,
                    N_("remove the import's figures"), error) ||
      !run_with_id (self,
                    "INSERT OR REPLACE INTO observation (indicator_id, locality_id, period, state, value,"
                    "  numerator, denominator, import_id, sheet, cell)"
                    " SELECT indicator_id, locality_id, period, old_state, old_value,"
                    "  old_numerator, old_denominator, old_import_id, old_sheet, old_cell"
                    " FROM observation_change WHERE import_id = ?1 ORDER BY id DESC",
                    import_id, N_("restore the figures the import replaced"), error) ||
      !run_with_id (self, "DELETE FROM observation_change WHERE import_id = ?1", import_id,
                    N_("restore the figures the import replaced"), error) ||
      !run_with_id (self, "DELETE FROM benchmark WHERE import_id = ?1", import_id,
                    N_("remove the import's benchmarks"), error) ||
      /* The earliest definition kept for an indicator is the one before this import. */
      !run_with_id (self,
                    "UPDATE indicator SET (" DEFINITION_COLUMNS ") = ("
                    "  SELECT " DEFINITION_COLUMNS " FROM indicator_change c"
                    "  WHERE c.import_id = ?1 AND c.indicator_id = indicator.id"
                    "  ORDER BY c.id LIMIT 1)"
                    " WHERE id IN (SELECT indicator_id FROM indicator_change WHERE import_id = ?1)",
                    import_id, N_("restore the indicators' definitions"), error) ||
      !run_with_id (self, "DELETE FROM indicator_change WHERE import_id = ?1", import_id,
                    N_("restore the indicators' definitions"), error) ||
      !run_with_id (self, "UPDATE import SET state = 'undone' WHERE id = ?1", import_id,
                    N_("record the undo"), error))
    goto fail;

  _vs_store_mark_dirty (self);
  return vs_store_commit (self, error);

fail:
  vs_store_rollback (self);
  return FALSE;
}
