/* vs-store-write.c: every change to the database, each inside a transaction
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "vs-store-private.h"

static gint64
ensure_named (VsStore     *self,
              const char  *insert_sql,
              const char  *select_sql,
              const char  *name,
              int          flag,
              GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  if (!_vs_store_require_transaction (self, error))
    return 0;

  if (!(stmt = _vs_store_prepare (self, select_sql, error)))
    return 0;
  _vs_bind_text (stmt, 1, name);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (id != 0)
    return id;

  if (!(stmt = _vs_store_prepare (self, insert_sql, error)))
    return 0;
  _vs_bind_text (stmt, 1, name);
  sqlite3_bind_int (stmt, 2, flag);
  sqlite3_bind_int64 (stmt, 3, self->import_id);
  if (!_vs_store_step_done (self, stmt, N_("add a name"), error))
    return 0;
  _vs_store_mark_dirty (self);
  return sqlite3_last_insert_rowid (self->db);
}

gint64
vs_store_ensure_area (VsStore     *self,
                      const char  *name,
                      GError     **error)
{
  g_return_val_if_fail (VS_IS_STORE (self), 0);
  g_return_val_if_fail (name != NULL, 0);

  /* New areas go last, in the order they were first seen. */
  return ensure_named (self,
                       "INSERT INTO area (name, position, import_id) VALUES (trim(?1),"
                       "  ?2 + (SELECT coalesce(max(position), 0) + 1 FROM area), nullif(?3, 0))",
                       "SELECT id FROM area WHERE name = trim(?1)",
                       name, 0, error);
}

gint64
vs_store_ensure_locality (VsStore     *self,
                          const char  *name,
                          gboolean     is_whole_authority,
                          GError     **error)
{
  g_return_val_if_fail (VS_IS_STORE (self), 0);
  g_return_val_if_fail (name != NULL, 0);

  return ensure_named (self,
                       "INSERT INTO locality (name, is_whole, position, import_id) VALUES (trim(?1),"
                       "  ?2, (SELECT coalesce(max(position), 0) + 1 FROM locality), nullif(?3, 0))",
                       "SELECT id FROM locality WHERE name = trim(?1)",
                       name, is_whole_authority ? 1 : 0, error);
}

gboolean
vs_store_save_indicator (VsStore      *self,
                         VsIndicator  *indicator,
                         GError      **error)
{
  sqlite3_stmt *stmt;
  const char *doing = N_("save the indicator");

  g_return_val_if_fail (VS_IS_STORE (self), FALSE);
  g_return_val_if_fail (indicator != NULL, FALSE);

  if (!_vs_store_require_transaction (self, error))
    return FALSE;

  if (indicator->id == 0 && indicator->ref != NULL)
    {
      stmt = _vs_store_prepare (self, "SELECT id FROM indicator WHERE ref = ?1", error);
      if (stmt == NULL)
        return FALSE;
      _vs_bind_text (stmt, 1, indicator->ref);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        indicator->id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
    }

  if (indicator->id != 0 && self->import_id != 0 &&
      !_vs_store_keep_indicator_definition (self, indicator->id, error))
    return FALSE;

  /* Upsert on the id keeps foreign keys pointing at the same row. */
  stmt = _vs_store_prepare (self,
                            "INSERT INTO indicator (id, ref, title, area_id, polarity, unit,"
                            "  periodicity, cumulative, rolling, target_text, rag_rule,"
                            "  red_threshold, green_threshold, amber_percent, rag_comparator,"
                            "  dot_tolerance, budget_flag, risk_flag, lead_officer, data_owner,"
                            "  why_important, background, success, source, position, import_id)"
                            " VALUES (nullif(?1, 0), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
                            "  ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24,"
                            "  coalesce(nullif(?25, 0), (SELECT coalesce(max(position), 0) + 1"
                            "    FROM indicator WHERE area_id = ?4)), nullif(?26, 0))"
                            " ON CONFLICT (id) DO UPDATE SET ref = ?2, title = ?3, area_id = ?4,"
                            "  polarity = ?5, unit = ?6, periodicity = ?7, cumulative = ?8,"
                            "  rolling = ?9, target_text = ?10, rag_rule = ?11, red_threshold = ?12,"
                            "  green_threshold = ?13, amber_percent = ?14, rag_comparator = ?15,"
                            "  dot_tolerance = ?16, budget_flag = ?17, risk_flag = ?18,"
                            "  lead_officer = ?19, data_owner = ?20, why_important = ?21,"
                            "  background = ?22, success = ?23, source = ?24,"
                            "  position = coalesce(nullif(?25, 0), position)",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, indicator->id);
  _vs_bind_text (stmt, 2, indicator->ref);
  _vs_bind_text (stmt, 3, indicator->title);
  sqlite3_bind_int64 (stmt, 4, indicator->area_id);
  _vs_bind_text (stmt, 5, vs_polarity_to_string (indicator->polarity));
  _vs_bind_text (stmt, 6, vs_unit_to_string (indicator->unit));
  _vs_bind_text (stmt, 7, vs_periodicity_to_string (indicator->periodicity));
  sqlite3_bind_int (stmt, 8, indicator->cumulative ? 1 : 0);
  sqlite3_bind_int (stmt, 9, indicator->rolling ? 1 : 0);
  _vs_bind_text (stmt, 10, indicator->target_text);
  _vs_bind_text (stmt, 11, vs_rag_rule_to_string (indicator->rag_rule));
  _vs_bind_double (stmt, 12, indicator->red_threshold);
  _vs_bind_double (stmt, 13, indicator->green_threshold);
  _vs_bind_double (stmt, 14, indicator->amber_percent);
  _vs_bind_text (stmt, 15, indicator->rag_comparator >= 0 && indicator->rag_comparator < VS_N_COMPARATORS
                           ? vs_comparator_to_string ((VsComparator) indicator->rag_comparator) : NULL);
  _vs_bind_double (stmt, 16, indicator->dot_tolerance);
  sqlite3_bind_int (stmt, 17, indicator->budget_flag ? 1 : 0);
  sqlite3_bind_int (stmt, 18, indicator->risk_flag ? 1 : 0);
  _vs_bind_text (stmt, 19, indicator->lead_officer);
  _vs_bind_text (stmt, 20, indicator->data_owner);
  _vs_bind_text (stmt, 21, indicator->why_important);
  _vs_bind_text (stmt, 22, indicator->background);
  _vs_bind_text (stmt, 23, indicator->success);
  _vs_bind_text (stmt, 24, indicator->source);
  sqlite3_bind_int (stmt, 25, indicator->position);
  sqlite3_bind_int64 (stmt, 26, self->import_id);

  if (!_vs_store_step_done (self, stmt, doing, error))
    {
      g_prefix_error (error, _("Indicator “%s”: "), indicator->ref ? indicator->ref : "?");
      return FALSE;
    }
  if (indicator->id == 0)
    indicator->id = sqlite3_last_insert_rowid (self->db);
  _vs_store_mark_dirty (self);
  return TRUE;
}

char *
vs_store_next_generated_ref (VsStore  *self,
                             GError  **error)
{
  sqlite3_stmt *stmt;
  gint64 next = 1;

  g_return_val_if_fail (VS_IS_STORE (self), NULL);

  /* "U" + one more than the highest generated number so far. */
  stmt = _vs_store_prepare (self,
                            "SELECT coalesce(max(CAST(substr(ref, 2) AS INTEGER)), 0) + 1"
                            " FROM indicator WHERE ref GLOB 'U[0-9]*'", error);
  if (stmt == NULL)
    return NULL;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    next = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return g_strdup_printf ("U%" G_GINT64_FORMAT, next);
}

static gboolean
same_double (double a,
             double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

gboolean
vs_store_put_observation (VsStore             *self,
                          const VsObservation *obs,
                          VsPutResult         *result,
                          GError             **error)
{
  sqlite3_stmt *stmt;
  gboolean exists = FALSE;
  int rc;

  g_return_val_if_fail (VS_IS_STORE (self), FALSE);
  g_return_val_if_fail (obs != NULL, FALSE);

  if (!_vs_store_require_transaction (self, error))
    return FALSE;

  stmt = _vs_store_prepare (self,
                            "SELECT state, value, numerator, denominator, import_id, sheet, cell"
                            " FROM observation"
                            " WHERE indicator_id = ?1 AND locality_id = ?2 AND period = ?3", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, obs->indicator_id);
  sqlite3_bind_int64 (stmt, 2, obs->locality_id);
  sqlite3_bind_int (stmt, 3, obs->period);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      exists = TRUE;
      if ((VsObsState) sqlite3_column_int (stmt, 0) == obs->state &&
          same_double (_vs_column_double (stmt, 1), obs->value) &&
          same_double (_vs_column_double (stmt, 2), obs->numerator) &&
          same_double (_vs_column_double (stmt, 3), obs->denominator))
        {
          sqlite3_reset (stmt);
          if (result)
            *result = VS_PUT_UNCHANGED;
          return TRUE;
        }

      /* Keep what is being replaced, so that undoing this import can restore it. */
      {
        sqlite3_stmt *log = _vs_store_prepare (self,
            "INSERT INTO observation_change (import_id, indicator_id, locality_id, period,"
            "  old_state, old_value, old_numerator, old_denominator, old_import_id, old_sheet,"
            "  old_cell) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", error);
        if (log == NULL)
          {
            sqlite3_reset (stmt);
            return FALSE;
          }
        sqlite3_bind_int64 (log, 1, obs->import_id);
        sqlite3_bind_int64 (log, 2, obs->indicator_id);
        sqlite3_bind_int64 (log, 3, obs->locality_id);
        sqlite3_bind_int (log, 4, obs->period);
        for (int col = 0; col < 7; col++)
          sqlite3_bind_value (log, 5 + col, sqlite3_column_value (stmt, col));
        sqlite3_reset (stmt);
        if (obs->import_id == 0)
          sqlite3_bind_null (log, 1);
        if (!_vs_store_step_done (self, log, N_("record the change"), error))
          return FALSE;
      }
    }
  else if (rc != SQLITE_DONE)
    {
      _vs_store_set_error (self, error, N_("read the database"));
      sqlite3_reset (stmt);
      return FALSE;
    }
  else
    sqlite3_reset (stmt);

  stmt = _vs_store_prepare (self,
                            "INSERT OR REPLACE INTO observation (indicator_id, locality_id, period,"
                            "  state, value, numerator, denominator, import_id, sheet, cell)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, nullif(?8, 0), ?9, ?10)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, obs->indicator_id);
  sqlite3_bind_int64 (stmt, 2, obs->locality_id);
  sqlite3_bind_int (stmt, 3, obs->period);
  sqlite3_bind_int (stmt, 4, (int) obs->state);
  _vs_bind_double (stmt, 5, obs->state == VS_OBS_ACTUAL ? obs->value : NAN);
  _vs_bind_double (stmt, 6, obs->numerator);
  _vs_bind_double (stmt, 7, obs->denominator);
  sqlite3_bind_int64 (stmt, 8, obs->import_id);
  _vs_bind_text (stmt, 9, obs->sheet);
  _vs_bind_text (stmt, 10, obs->cell);
  if (!_vs_store_step_done (self, stmt, N_("save a figure"), error))
    return FALSE;

  _vs_store_mark_dirty (self);
  if (result)
    *result = exists ? VS_PUT_CHANGED : VS_PUT_ADDED;
  return TRUE;
}

gboolean
vs_store_put_benchmark (VsStore            *self,
                        const VsBenchmark  *benchmark,
                        GError            **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (VS_IS_STORE (self), FALSE);
  g_return_val_if_fail (benchmark != NULL, FALSE);

  if (!_vs_store_require_transaction (self, error))
    return FALSE;

  /* Keep the figure this one replaces, so that undoing the import can restore it. */
  if (self->import_id != 0)
    {
      stmt = _vs_store_prepare (self,
                                "INSERT INTO benchmark_change (import_id, indicator_id, comparator,"
                                "  period, old_value, old_label, old_import_id)"
                                " SELECT ?4, indicator_id, comparator, period, value, label, import_id"
                                " FROM benchmark WHERE indicator_id = ?1 AND comparator = ?2"
                                "   AND period = ?3", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, benchmark->indicator_id);
      _vs_bind_text (stmt, 2, vs_comparator_to_string (benchmark->comparator));
      sqlite3_bind_int (stmt, 3, benchmark->period);
      sqlite3_bind_int64 (stmt, 4, self->import_id);
      if (!_vs_store_step_done (self, stmt, N_("record the change"), error))
        return FALSE;
    }

  stmt = _vs_store_prepare (self,
                            "INSERT INTO benchmark (indicator_id, comparator, period, value, label, import_id)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, nullif(?6, 0))"
                            " ON CONFLICT DO UPDATE SET value = ?4, label = coalesce(?5, label),"
                            "  import_id = nullif(?6, 0)",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, benchmark->indicator_id);
  _vs_bind_text (stmt, 2, vs_comparator_to_string (benchmark->comparator));
  sqlite3_bind_int (stmt, 3, benchmark->period);
  _vs_bind_double (stmt, 4, benchmark->value);
  _vs_bind_text (stmt, 5, benchmark->label);
  sqlite3_bind_int64 (stmt, 6, benchmark->import_id);
  if (!_vs_store_step_done (self, stmt, N_("save a benchmark"), error))
    return FALSE;
  _vs_store_mark_dirty (self);
  return TRUE;
}

gint64
vs_store_add_commentary (VsStore             *self,
                         const VsCommentary  *commentary,
                         GError             **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (VS_IS_STORE (self), 0);
  g_return_val_if_fail (commentary != NULL && commentary->text != NULL, 0);

  if (!_vs_store_require_transaction (self, error))
    return 0;

  /* Commentary is never edited in place: each save is a new row, so history stays. */
  stmt = _vs_store_prepare (self,
                            "INSERT INTO commentary (indicator_id, area_id, period, text, author, created,"
                            "  import_id)"
                            " VALUES (nullif(?1, 0), nullif(?2, 0), ?3, ?4, coalesce(?5, ''),"
                            "  coalesce(nullif(?6, 0), CAST(strftime('%s', 'now') AS INTEGER)),"
                            "  nullif(?7, 0))",
                            error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, commentary->indicator_id);
  sqlite3_bind_int64 (stmt, 2, commentary->area_id);
  sqlite3_bind_int (stmt, 3, commentary->period);
  _vs_bind_text (stmt, 4, commentary->text);
  _vs_bind_text (stmt, 5, commentary->author);
  sqlite3_bind_int64 (stmt, 6, commentary->created);
  sqlite3_bind_int64 (stmt, 7, self->import_id);
  if (!_vs_store_step_done (self, stmt, N_("save the commentary"), error))
    return 0;
  _vs_store_mark_dirty (self);
  return sqlite3_last_insert_rowid (self->db);
}

gint64
vs_store_save_action (VsStore         *self,
                      const VsAction  *action,
                      GError         **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (VS_IS_STORE (self), 0);
  g_return_val_if_fail (action != NULL, 0);

  if (!_vs_store_require_transaction (self, error))
    return 0;

  /* Keep the action as it is, so that undoing the import can put it back. */
  if (action->id != 0 && self->import_id != 0)
    {
      stmt = _vs_store_prepare (self,
                                "INSERT INTO action_change (import_id, action_id, text, owner, due,"
                                "  status, progress, created, updated)"
                                " SELECT ?2, id, text, owner, due, status, progress, created, updated"
                                " FROM action WHERE id = ?1", error);
      if (stmt == NULL)
        return 0;
      sqlite3_bind_int64 (stmt, 1, action->id);
      sqlite3_bind_int64 (stmt, 2, self->import_id);
      if (!_vs_store_step_done (self, stmt, N_("record the change"), error))
        return 0;
    }

  stmt = _vs_store_prepare (self,
                            "INSERT INTO action (id, indicator_id, text, owner, due, status,"
                            "  progress, created, updated, import_id)"
                            " VALUES (nullif(?1, 0), ?2, ?3, ?4, ?5, ?6, ?7,"
                            "  CAST(strftime('%s', 'now') AS INTEGER), CAST(strftime('%s', 'now') AS INTEGER),"
                            "  nullif(?8, 0))"
                            " ON CONFLICT (id) DO UPDATE SET text = ?3, owner = ?4, due = ?5,"
                            "  status = ?6, progress = ?7, updated = CAST(strftime('%s', 'now') AS INTEGER)",
                            error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, action->id);
  sqlite3_bind_int64 (stmt, 2, action->indicator_id);
  _vs_bind_text (stmt, 3, action->text);
  _vs_bind_text (stmt, 4, action->owner);
  if (action->due == VS_PERIOD_INVALID)
    sqlite3_bind_null (stmt, 5);
  else
    sqlite3_bind_int (stmt, 5, action->due);
  _vs_bind_text (stmt, 6, vs_action_status_to_string (action->status));
  _vs_bind_text (stmt, 7, action->progress);
  sqlite3_bind_int64 (stmt, 8, self->import_id);
  if (!_vs_store_step_done (self, stmt, N_("save the action"), error))
    return 0;
  _vs_store_mark_dirty (self);
  return action->id != 0 ? action->id : sqlite3_last_insert_rowid (self->db);
}
