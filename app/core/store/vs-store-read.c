/* vs-store-read.c: the queries every front end reads through
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "vs-store-private.h"

static VsIndicator *
indicator_from_row (sqlite3_stmt *stmt)
{
  VsIndicator *indicator = vs_indicator_new ();
  const char *text;
  VsComparator comparator;

  indicator->id = sqlite3_column_int64 (stmt, 0);
  indicator->ref = _vs_column_text (stmt, 1);
  indicator->title = _vs_column_text (stmt, 2);
  indicator->area_id = sqlite3_column_int64 (stmt, 3);
  indicator->area = _vs_column_text (stmt, 4);
  /* The schema's CHECKs guarantee these parse. */
  vs_polarity_from_string ((const char *) sqlite3_column_text (stmt, 5), &indicator->polarity);
  vs_unit_from_string ((const char *) sqlite3_column_text (stmt, 6), &indicator->unit);
  vs_periodicity_from_string ((const char *) sqlite3_column_text (stmt, 7), &indicator->periodicity);
  indicator->cumulative = sqlite3_column_int (stmt, 8);
  indicator->rolling = sqlite3_column_int (stmt, 9);
  indicator->target_text = _vs_column_text (stmt, 10);
  vs_rag_rule_from_string ((const char *) sqlite3_column_text (stmt, 11), &indicator->rag_rule);
  indicator->red_threshold = _vs_column_double (stmt, 12);
  indicator->green_threshold = _vs_column_double (stmt, 13);
  indicator->amber_percent = _vs_column_double (stmt, 14);
  text = (const char *) sqlite3_column_text (stmt, 15);
  indicator->rag_comparator = text && vs_comparator_from_string (text, &comparator) ? (int) comparator : -1;
  indicator->dot_tolerance = _vs_column_double (stmt, 16);
  indicator->budget_flag = sqlite3_column_int (stmt, 17);
  indicator->risk_flag = sqlite3_column_int (stmt, 18);
  indicator->lead_officer = _vs_column_text (stmt, 19);
  indicator->data_owner = _vs_column_text (stmt, 20);
  indicator->why_important = _vs_column_text (stmt, 21);
  indicator->background = _vs_column_text (stmt, 22);
  indicator->success = _vs_column_text (stmt, 23);
  indicator->source = _vs_column_text (stmt, 24);
  indicator->position = sqlite3_column_int (stmt, 25);
  return indicator;
}

gboolean
_vs_store_finish_rows (VsStore       *self,
                       sqlite3_stmt  *stmt,
                       int            rc,
                       GError       **error)
{
  if (rc != SQLITE_DONE)
    {
      _vs_store_set_error (self, error, N_("read the database"));
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

GPtrArray *
vs_store_list_areas (VsStore  *self,
                     GError  **error)
{
  g_autoptr(GPtrArray) areas = g_ptr_array_new_with_free_func ((GDestroyNotify) vs_area_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VS_IS_STORE (self), NULL);

  stmt = _vs_store_prepare (self,
                            "SELECT a.id, a.name, a.position,"
                            "  (SELECT count(*) FROM indicator i WHERE i.area_id = a.id)"
                            " FROM area a ORDER BY a.position, a.name", error);
  if (stmt == NULL)
    return NULL;

  FOR_EACH_ROW (self, stmt, rc)
    {
      VsArea *area = g_new0 (VsArea, 1);
      area->id = sqlite3_column_int64 (stmt, 0);
      area->name = _vs_column_text (stmt, 1);
      area->position = sqlite3_column_int (stmt, 2);
      area->n_indicators = sqlite3_column_int (stmt, 3);
      g_ptr_array_add (areas, area);
    }
  if (!_vs_store_finish_rows (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&areas);
}

GPtrArray *
vs_store_list_localities (VsStore  *self,
                          GError  **error)
{
  g_autoptr(GPtrArray) localities = g_ptr_array_new_with_free_func ((GDestroyNotify) vs_locality_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VS_IS_STORE (self), NULL);

  stmt = _vs_store_prepare (self,
                            "SELECT id, name, is_whole, position FROM locality"
                            " ORDER BY is_whole DESC, position, name", error);
  if (stmt == NULL)
    return NULL;
  FOR_EACH_ROW (self, stmt, rc)
    {
      VsLocality *locality = g_new0 (VsLocality, 1);
      locality->id = sqlite3_column_int64 (stmt, 0);
      locality->name = _vs_column_text (stmt, 1);
      locality->is_whole_authority = sqlite3_column_int (stmt, 2);
      locality->position = sqlite3_column_int (stmt, 3);
      g_ptr_array_add (localities, locality);
    }
  if (!_vs_store_finish_rows (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&localities);
}

GPtrArray *
vs_store_list_indicators (VsStore  *self,
                          gint64    area_id,
                          GError  **error)
{
  g_autoptr(GPtrArray) indicators = g_ptr_array_new_with_free_func ((GDestroyNotify) vs_indicator_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VS_IS_STORE (self), NULL);

  stmt = _vs_store_prepare (self,
                            "SELECT " VS_INDICATOR_COLUMNS VS_INDICATOR_FROM
                            " WHERE ?1 = 0 OR i.area_id = ?1"
                            " ORDER BY a.position, a.name, i.position, i.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, area_id);
  FOR_EACH_ROW (self, stmt, rc)
    g_ptr_array_add (indicators, indicator_from_row (stmt));
  if (!_vs_store_finish_rows (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&indicators);
}

static VsIndicator *
get_one_indicator (VsStore      *self,
                   const char   *sql,
                   gint64        id,
                   const char   *ref,
                   GError      **error)
{
  VsIndicator *indicator = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = _vs_store_prepare (self, sql, error)))
    return NULL;
  if (ref != NULL)
    _vs_bind_text (stmt, 1, ref);
  else
    sqlite3_bind_int64 (stmt, 1, id);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    indicator = indicator_from_row (stmt);
  else if (rc != SQLITE_DONE)
    _vs_store_set_error (self, error, N_("read the database"));
  else if (ref != NULL)
    g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_NOT_FOUND,
                 _("There is no indicator with the reference “%s”."), ref);
  else
    g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_NOT_FOUND,
                 _("There is no indicator number %" G_GINT64_FORMAT "."), id);
  sqlite3_reset (stmt);
  return indicator;
}

VsIndicator *
vs_store_get_indicator (VsStore  *self,
                        gint64    id,
                        GError  **error)
{
  g_return_val_if_fail (VS_IS_STORE (self), NULL);
  return get_one_indicator (self, "SELECT " VS_INDICATOR_COLUMNS VS_INDICATOR_FROM "WHERE i.id = ?1",
                            id, NULL, error);
}

VsIndicator *
vs_store_get_indicator_by_ref (VsStore     *self,
                               const char  *ref,
                               GError     **error)
{
  g_return_val_if_fail (VS_IS_STORE (self), NULL);
  g_return_val_if_fail (ref != NULL, NULL);
  return get_one_indicator (self, "SELECT " VS_INDICATOR_COLUMNS VS_INDICATOR_FROM "WHERE i.ref = ?1",
                            0, ref, error);
}

static VsObservation *
observation_from_row (sqlite3_stmt *stmt)
{
  VsObservation *obs = g_new0 (VsObservation, 1);

  obs->indicator_id = sqlite3_column_int64 (stmt, 0);
  obs->locality_id = sqlite3_column_int64 (stmt, 1);
  obs->period = sqlite3_column_int (stmt, 2);
  obs->state = (VsObsState) sqlite3_column_int (stmt, 3);
  obs->value = _vs_column_double (stmt, 4);
  obs->numerator = _vs_column_double (stmt, 5);
  obs->denominator = _vs_column_double (stmt, 6);
  obs->import_id = sqlite3_column_int64 (stmt, 7);
  obs->file = _vs_column_text (stmt, 8);
  obs->sheet = _vs_column_text (stmt, 9);
  obs->cell = _vs_column_text (stmt, 10);
  return obs;
}

GPtrArray *
vs_store_list_observations (VsStore  *self,
                            gint64    indicator_id,
                            gint64    locality_id,
                            VsPeriod  from,
                            VsPeriod  to,
                            GError  **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) vs_observation_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VS_IS_STORE (self), NULL);

  stmt = _vs_store_prepare (self,
                            "SELECT o.indicator_id, o.locality_id, o.period, o.state, o.value,"
                            "  o.numerator, o.denominator, o.import_id, im.file, o.sheet, o.cell"
                            " FROM observation o LEFT JOIN import im ON im.id = o.import_id"
                            " JOIN locality l ON l.id = o.locality_id"
                            " WHERE o.indicator_id = ?1 AND (?2 = 0 OR o.locality_id = ?2)"
                            "   AND o.period BETWEEN ?3 AND ?4"
                            " ORDER BY l.is_whole DESC, l.position, l.name, o.period", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, indicator_id);
  sqlite3_bind_int64 (stmt, 2, locality_id);
  sqlite3_bind_int (stmt, 3, from == VS_PERIOD_INVALID ? 0 : from);
  sqlite3_bind_int (stmt, 4, to == VS_PERIOD_INVALID ? G_MAXINT32 : to);
  FOR_EACH_ROW (self, stmt, rc)
    g_ptr_array_add (rows, observation_from_row (stmt));
  if (!_vs_store_finish_rows (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&rows);
}

GPtrArray *
vs_store_list_benchmarks (VsStore  *self,
                          gint64    indicator_id,
                          VsPeriod  period,
                          GError  **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) vs_benchmark_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VS_IS_STORE (self), NULL);

  stmt = _vs_store_prepare (self,
                            "SELECT comparator, period, value, label FROM benchmark"
                            " WHERE indicator_id = ?1 AND period <= ?2"
                            " ORDER BY period DESC, comparator", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, indicator_id);
  sqlite3_bind_int (stmt, 2, period == VS_PERIOD_INVALID ? G_MAXINT32 : period);
  FOR_EACH_ROW (self, stmt, rc)
    {
      VsBenchmark *benchmark = g_new0 (VsBenchmark, 1);
      benchmark->indicator_id = indicator_id;
      vs_comparator_from_string ((const char *) sqlite3_column_text (stmt, 0), &benchmark->comparator);
      benchmark->period = sqlite3_column_int (stmt, 1);
      benchmark->value = sqlite3_column_double (stmt, 2);
      benchmark->label = _vs_column_text (stmt, 3);
      g_ptr_array_add (rows, benchmark);
    }
  if (!_vs_store_finish_rows (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&rows);
}

GPtrArray *
vs_store_list_commentary (VsStore  *self,
                          gint64    indicator_id,
                          gint64    area_id,
                          VsPeriod  period,
                          GError  **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) vs_commentary_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VS_IS_STORE (self), NULL);

  stmt = _vs_store_prepare (self,
                            "SELECT id, indicator_id, area_id, period, text, author, created"
                            " FROM commentary"
                            " WHERE ((?1 <> 0 AND indicator_id = ?1) OR (?1 = 0 AND area_id = ?2"
                            "        AND indicator_id IS NULL))"
                            "   AND (?3 < 0 OR period = ?3)"
                            " ORDER BY period DESC, created DESC, id DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, indicator_id);
  sqlite3_bind_int64 (stmt, 2, area_id);
  sqlite3_bind_int (stmt, 3, period == VS_PERIOD_INVALID ? -1 : period);
  FOR_EACH_ROW (self, stmt, rc)
    {
      VsCommentary *commentary = g_new0 (VsCommentary, 1);
      commentary->id = sqlite3_column_int64 (stmt, 0);
      commentary->indicator_id = sqlite3_column_int64 (stmt, 1);
      commentary->area_id = sqlite3_column_int64 (stmt, 2);
      commentary->period = sqlite3_column_int (stmt, 3);
      commentary->text = _vs_column_text (stmt, 4);
      commentary->author = _vs_column_text (stmt, 5);
      commentary->created = sqlite3_column_int64 (stmt, 6);
      g_ptr_array_add (rows, commentary);
    }
  if (!_vs_store_finish_rows (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&rows);
}

GPtrArray *
vs_store_list_actions (VsStore  *self,
                       gint64    indicator_id,
                       GError  **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) vs_action_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VS_IS_STORE (self), NULL);

  stmt = _vs_store_prepare (self,
                            "SELECT id, indicator_id, text, owner, due, status, progress, created,"
                            "  updated FROM action WHERE indicator_id = ?1"
                            " ORDER BY status = 'done' OR status = 'dropped', due IS NULL, due, id",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, indicator_id);
  FOR_EACH_ROW (self, stmt, rc)
    {
      VsAction *action = g_new0 (VsAction, 1);
      action->id = sqlite3_column_int64 (stmt, 0);
      action->indicator_id = sqlite3_column_int64 (stmt, 1);
      action->text = _vs_column_text (stmt, 2);
      action->owner = _vs_column_text (stmt, 3);
      action->due = sqlite3_column_type (stmt, 4) == SQLITE_NULL ? VS_PERIOD_INVALID
                                                                  : sqlite3_column_int (stmt, 4);
      vs_action_status_from_string ((const char *) sqlite3_column_text (stmt, 5), &action->status);
      action->progress = _vs_column_text (stmt, 6);
      action->created = sqlite3_column_int64 (stmt, 7);
      action->updated = sqlite3_column_int64 (stmt, 8);
      g_ptr_array_add (rows, action);
    }
  if (!_vs_store_finish_rows (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&rows);
}
