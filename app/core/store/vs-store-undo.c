/* vs-store-undo.c: taking an import back, so that the database is as it was before it
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * While an import is written the store records what it creates (the import_id of areas,
 * localities, indicators, commentary and actions; of figures and benchmarks too) and what
 * it replaces (observation_change, benchmark_change, peer_figure_change, indicator_change,
 * action_change).
 * Undo removes the first and puts back the second, in one transaction. What a later import
 * stated again unchanged (observation_restated) stays, as that import's.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "vs-store-private.h"

/* What rests on what the import wrote, each row (the import that wrote it, or NULL when it
 * was written by hand; and the name of what it rests on). A later import that replaced a
 * figure, benchmark, definition or action this one wrote, or that wrote onto an indicator,
 * locality or area this one created; or commentary, actions or figures added by hand to
 * what this one created. Undoing past any of them would drop or resurrect the wrong rows. */
static const char *resting_sql =
  "SELECT c.import_id, NULL FROM observation_change c"
  " WHERE c.old_import_id = ?1 AND c.import_id <> ?1"
  " UNION ALL SELECT c.import_id, NULL FROM benchmark_change c"
  " WHERE c.old_import_id = ?1 AND c.import_id <> ?1"
  " UNION ALL SELECT c.import_id, NULL FROM peer_figure_change c"
  " WHERE c.old_import_id = ?1 AND c.import_id <> ?1"
  " UNION ALL SELECT later.import_id, NULL FROM indicator_change later"
  " JOIN indicator_change mine ON mine.indicator_id = later.indicator_id"
  " WHERE mine.import_id = ?1 AND later.import_id > ?1"
  " UNION ALL SELECT later.import_id, NULL FROM action_change later"
  " JOIN action_change mine ON mine.action_id = later.action_id"
  " WHERE mine.import_id = ?1 AND later.import_id > ?1"
  " UNION ALL SELECT later.import_id, NULL FROM indicator_change later"
  " JOIN indicator i ON i.id = later.indicator_id WHERE i.import_id = ?1 AND later.import_id <> ?1"
  " UNION ALL SELECT later.import_id, NULL FROM action_change later"
  " JOIN action x ON x.id = later.action_id WHERE x.import_id = ?1 AND later.import_id <> ?1"
  " UNION ALL SELECT o.import_id, i.ref FROM observation o JOIN indicator i ON i.id = o.indicator_id"
  " WHERE i.import_id = ?1 AND o.import_id IS NOT ?1"
  " UNION ALL SELECT o.import_id, l.name FROM observation o JOIN locality l ON l.id = o.locality_id"
  " WHERE l.import_id = ?1 AND o.import_id IS NOT ?1"
  " UNION ALL SELECT b.import_id, i.ref FROM benchmark b JOIN indicator i ON i.id = b.indicator_id"
  " WHERE i.import_id = ?1 AND b.import_id IS NOT ?1"
  " UNION ALL SELECT p.import_id, i.ref FROM peer_figure p JOIN indicator i ON i.id = p.indicator_id"
  " WHERE i.import_id = ?1 AND p.import_id IS NOT ?1"
  " UNION ALL SELECT c.import_id, i.ref FROM commentary c JOIN indicator i ON i.id = c.indicator_id"
  " WHERE i.import_id = ?1 AND c.import_id IS NOT ?1"
  " UNION ALL SELECT c.import_id, a.name FROM commentary c JOIN area a ON a.id = c.area_id"
  " WHERE a.import_id = ?1 AND c.import_id IS NOT ?1"
  " UNION ALL SELECT x.import_id, i.ref FROM action x JOIN indicator i ON i.id = x.indicator_id"
  " WHERE i.import_id = ?1 AND x.import_id IS NOT ?1"
  " UNION ALL SELECT i.import_id, a.name FROM indicator i JOIN area a ON a.id = i.area_id"
  " WHERE a.import_id = ?1 AND i.import_id IS NOT ?1"
  /* A later import holds figures of an indicator or locality this one created: handing
   * the figures on would leave them with nothing to belong to. */
  " UNION ALL SELECT r.import_id, NULL FROM observation_restated r"
  " JOIN indicator i ON i.id = r.indicator_id WHERE i.import_id = ?1 AND r.import_id <> ?1"
  " UNION ALL SELECT r.import_id, NULL FROM observation_restated r"
  " JOIN locality l ON l.id = r.locality_id WHERE l.import_id = ?1 AND r.import_id <> ?1"
  " LIMIT 1";

/* FALSE with @error set when something rests on what @import_id wrote. */
static gboolean
check_nothing_rests_on (VsStore  *self,
                        gint64    import_id,
                        GError  **error)
{
  sqlite3_stmt *stmt = _vs_store_prepare (self, resting_sql, error);
  g_autofree char *name = NULL;
  gint64 later = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, import_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      later = sqlite3_column_int64 (stmt, 0);
      name = _vs_column_text (stmt, 1);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _vs_store_set_error (self, error, N_("read the import history"));
      return FALSE;
    }
  if (rc == SQLITE_DONE)
    return TRUE;
  if (later != 0)
    g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_FAILED,
                 _("Import %" G_GINT64_FORMAT " cannot be undone: import %" G_GINT64_FORMAT
                   " later changed or added to what it brought in. Undo import %" G_GINT64_FORMAT
                   " first."),
                 import_id, later, later);
  else
    g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_FAILED,
                 _("Import %" G_GINT64_FORMAT " cannot be undone: “%s”, which it brought in, "
                   "has since been given figures, commentary or actions that no import brought "
                   "in, and undoing the import would delete them."),
                 import_id, name ? name : "?");
  return FALSE;
}

/* In order: what rests on a row goes before the row (figures, benchmarks, commentary and
 * actions before their indicator; indicators before their area). Where a key was replaced
 * twice by the import, the oldest copy is put back last, hence the descending order. */
static const struct {
  const char *sql;
  const char *doing;
} undo_steps[] = {
  /* A figure this import brought that a later import stated again goes to the first such
   * import, with what this one replaced, so that undoing that one in turn puts it back:
   * the database is as if this import had never been, and the later ones had. Only a later
   * import counts: an earlier one stated an older figure. */
  { "UPDATE observation_change SET import_id = ("
    "  SELECT min(r.import_id) FROM observation_restated r"
    "  WHERE r.indicator_id = observation_change.indicator_id"
    "  AND r.locality_id = observation_change.locality_id"
    "  AND r.period = observation_change.period AND r.import_id > ?1)"
    " WHERE import_id = ?1 AND EXISTS (SELECT 1 FROM observation_restated r"
    "  WHERE r.indicator_id = observation_change.indicator_id"
    "  AND r.locality_id = observation_change.locality_id"
    "  AND r.period = observation_change.period AND r.import_id > ?1)"
    " AND EXISTS (SELECT 1 FROM observation o"
    "  WHERE o.indicator_id = observation_change.indicator_id"
    "  AND o.locality_id = observation_change.locality_id"
    "  AND o.period = observation_change.period AND o.import_id = ?1)",
    N_("hand the figures later imports hold on to them") },
  { "UPDATE observation SET (import_id, sheet, cell) = ("
    "  SELECT r.import_id, r.sheet, r.cell FROM observation_restated r"
    "  WHERE r.indicator_id = observation.indicator_id AND r.locality_id = observation.locality_id"
    "  AND r.period = observation.period AND r.import_id > ?1 ORDER BY r.import_id LIMIT 1)"
    " WHERE import_id = ?1 AND EXISTS (SELECT 1 FROM observation_restated r"
    "  WHERE r.indicator_id = observation.indicator_id AND r.locality_id = observation.locality_id"
    "  AND r.period = observation.period AND r.import_id > ?1)",
    N_("hand the figures later imports hold on to them") },
  /* Whoever now holds a figure as its own no longer holds it as a restatement. */
  { "DELETE FROM observation_restated WHERE import_id > ?1 AND EXISTS ("
    "  SELECT 1 FROM observation o WHERE o.indicator_id = observation_restated.indicator_id"
    "  AND o.locality_id = observation_restated.locality_id"
    "  AND o.period = observation_restated.period AND o.import_id = observation_restated.import_id)",
    N_("hand the figures later imports hold on to them") },
  { "DELETE FROM observation_restated WHERE import_id = ?1",
    N_("remove the import's figures") },
  { "DELETE FROM observation WHERE import_id = ?1", N_("remove the import's figures") },
  { "INSERT OR REPLACE INTO observation (indicator_id, locality_id, period, state, value,"
    "  numerator, denominator, import_id, sheet, cell)"
    " SELECT indicator_id, locality_id, period, old_state, old_value,"
    "  old_numerator, old_denominator, old_import_id, old_sheet, old_cell"
    " FROM observation_change WHERE import_id = ?1 ORDER BY id DESC",
    N_("restore the figures the import replaced") },
  { "DELETE FROM observation_change WHERE import_id = ?1",
    N_("restore the figures the import replaced") },
  { "DELETE FROM benchmark WHERE import_id = ?1", N_("remove the import's benchmarks") },
  { "INSERT OR REPLACE INTO benchmark (indicator_id, comparator, period, value, label, import_id)"
    " SELECT indicator_id, comparator, period, old_value, old_label, old_import_id"
    " FROM benchmark_change WHERE import_id = ?1 ORDER BY id DESC",
    N_("restore the benchmarks the import replaced") },
  { "DELETE FROM benchmark_change WHERE import_id = ?1",
    N_("restore the benchmarks the import replaced") },
  { "DELETE FROM peer_figure WHERE import_id = ?1", N_("remove the import's published figures") },
  { "INSERT OR REPLACE INTO peer_figure (indicator_id, code, period, level, name, new_code,"
    "  region, state, value, code_text, numerator, denominator, import_id, row, col)"
    " SELECT indicator_id, code, period, level, name, new_code, region, old_state, old_value,"
    "  old_code_text, old_numerator, old_denominator, old_import_id, old_row, old_col"
    " FROM peer_figure_change WHERE import_id = ?1 ORDER BY id DESC",
    N_("restore the published figures the import corrected") },
  { "DELETE FROM peer_figure_change WHERE import_id = ?1",
    N_("restore the published figures the import corrected") },
  { "DELETE FROM commentary WHERE import_id = ?1", N_("remove the import's commentary") },
  /* The earliest copy kept of an action or a definition is the one before this import. */
  { "UPDATE action SET (text, owner, due, status, progress, created, updated) = ("
    "  SELECT text, owner, due, status, progress, created, updated FROM action_change c"
    "  WHERE c.import_id = ?1 AND c.action_id = action.id ORDER BY c.id LIMIT 1)"
    " WHERE id IN (SELECT action_id FROM action_change WHERE import_id = ?1)",
    N_("restore the actions the import changed") },
  { "DELETE FROM action_change WHERE import_id = ?1", N_("restore the actions the import changed") },
  { "DELETE FROM action WHERE import_id = ?1", N_("remove the import's actions") },
  { "UPDATE indicator SET (" VS_DEFINITION_COLUMNS ") = ("
    "  SELECT " VS_DEFINITION_COLUMNS " FROM indicator_change c"
    "  WHERE c.import_id = ?1 AND c.indicator_id = indicator.id"
    "  ORDER BY c.id LIMIT 1)"
    " WHERE id IN (SELECT indicator_id FROM indicator_change WHERE import_id = ?1)",
    N_("restore the indicators' definitions") },
  { "DELETE FROM indicator_change WHERE import_id = ?1", N_("restore the indicators' definitions") },
  { "DELETE FROM indicator WHERE import_id = ?1", N_("remove the import's indicators") },
  { "DELETE FROM locality WHERE import_id = ?1", N_("remove the import's localities") },
  { "DELETE FROM area WHERE import_id = ?1", N_("remove the import's service areas") },
  { "UPDATE import SET state = 'undone' WHERE id = ?1", N_("record the undo") },
};

static gboolean
check_state (VsStore  *self,
             gint64    import_id,
             GError  **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *state = NULL;

  stmt = _vs_store_prepare (self, "SELECT state FROM import WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, import_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    state = _vs_column_text (stmt, 0);
  sqlite3_reset (stmt);

  if (state == NULL)
    g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_NOT_FOUND,
                 _("There is no import number %" G_GINT64_FORMAT "."), import_id);
  else if (g_str_equal (state, "undone"))
    g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_FAILED,
                 _("Import %" G_GINT64_FORMAT " has already been undone."), import_id);
  else if (!g_str_equal (state, "imported"))
    g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_FAILED,
                 _("Import %" G_GINT64_FORMAT " never finished, so there is nothing to undo."),
                 import_id);
  else
    return TRUE;
  return FALSE;
}

gboolean
vs_store_undo_import (VsStore  *self,
                      gint64    import_id,
                      GError  **error)
{
  gboolean own;

  g_return_val_if_fail (VS_IS_STORE (self), FALSE);

  own = !vs_store_in_transaction (self);
  if (own && !vs_store_begin (self, error))
    return FALSE;
  if (!check_state (self, import_id, error) || !check_nothing_rests_on (self, import_id, error))
    goto fail;

  for (gsize i = 0; i < G_N_ELEMENTS (undo_steps); i++)
    {
      sqlite3_stmt *stmt = _vs_store_prepare (self, undo_steps[i].sql, error);

      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, import_id);
      if (!_vs_store_step_done (self, stmt, undo_steps[i].doing, error))
        goto fail;
    }

  _vs_store_mark_dirty (self);
  return !own || vs_store_commit (self, error);

fail:
  if (own)
    vs_store_rollback (self);
  return FALSE;
}
