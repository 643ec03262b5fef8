/* vs-store-series.c: figures as the rules and charts read them, dense by month
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vs-store-private.h"

/* Fills @series from the window's rows, then decides what the empty months mean from the
 * first month the indicator ever had an actual figure at that locality. */
static gboolean
fill_series (VsStore           *self,
             const VsIndicator *indicator,
             gint64             locality_id,
             VsSeries          *series,
             GError           **error)
{
  sqlite3_stmt *stmt;
  VsPeriod first_observed = VS_PERIOD_INVALID;
  int rc;

  stmt = _vs_store_prepare (self,
                            "SELECT period, state, value, numerator, denominator FROM observation"
                            " WHERE indicator_id = ?1 AND locality_id = ?2 AND period BETWEEN ?3 AND ?4",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, indicator->id);
  sqlite3_bind_int64 (stmt, 2, locality_id);
  sqlite3_bind_int (stmt, 3, series->first);
  sqlite3_bind_int (stmt, 4, series->first + (VsPeriod) series->n - 1);
  FOR_EACH_ROW (self, stmt, rc)
    {
      int i = sqlite3_column_int (stmt, 0) - series->first;
      series->states[i] = (VsObsState) sqlite3_column_int (stmt, 1);
      series->values[i] = _vs_column_double (stmt, 2);
      series->numerators[i] = _vs_column_double (stmt, 3);
      series->denominators[i] = _vs_column_double (stmt, 4);
    }
  if (!_vs_store_finish_rows (self, stmt, rc, error))
    return FALSE;

  stmt = _vs_store_prepare (self,
                            "SELECT period FROM observation"
                            " WHERE indicator_id = ?1 AND locality_id = ?2 AND state = 0"
                            " ORDER BY period LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, indicator->id);
  sqlite3_bind_int64 (stmt, 2, locality_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      first_observed = sqlite3_column_int (stmt, 0);
      rc = SQLITE_DONE;
    }
  if (!_vs_store_finish_rows (self, stmt, rc, error))
    return FALSE;

  vs_series_fill_gaps (series, indicator->periodicity, first_observed);
  return TRUE;
}

VsSeries *
vs_store_get_series (VsStore           *self,
                     const VsIndicator *indicator,
                     gint64             locality_id,
                     VsPeriod           first,
                     guint              n,
                     GError           **error)
{
  g_autoptr(VsSeries) series = NULL;

  g_return_val_if_fail (VS_IS_STORE (self), NULL);
  g_return_val_if_fail (indicator != NULL, NULL);
  g_return_val_if_fail (vs_period_is_valid (first), NULL);

  series = vs_series_new (first, n);
  if (!fill_series (self, indicator, locality_id, series, error))
    return NULL;
  return g_steal_pointer (&series);
}

GPtrArray *
vs_store_get_area_series (VsStore    *self,
                          gint64      area_id,
                          gint64      locality_id,
                          VsPeriod    first,
                          guint       n,
                          GPtrArray **indicators,
                          GError    **error)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) all_series = NULL;

  g_return_val_if_fail (VS_IS_STORE (self), NULL);
  g_return_val_if_fail (indicators != NULL, NULL);

  if (!(list = vs_store_list_indicators (self, area_id, error)))
    return NULL;

  /* One prepared statement stepped per indicator is an index range scan each: cheaper than
   * one big join that SQLite would have to sort back into indicator order. */
  all_series = g_ptr_array_new_full (list->len, (GDestroyNotify) vs_series_free);
  for (guint i = 0; i < list->len; i++)
    {
      VsSeries *series = vs_series_new (first, n);
      g_ptr_array_add (all_series, series);
      if (!fill_series (self, g_ptr_array_index (list, i), locality_id, series, error))
        return NULL;
    }

  *indicators = g_steal_pointer (&list);
  return g_steal_pointer (&all_series);
}

VsPeriod
vs_store_latest_period (VsStore  *self,
                        GError  **error)
{
  sqlite3_stmt *stmt;
  VsPeriod latest = VS_PERIOD_INVALID;
  int rc;

  g_return_val_if_fail (VS_IS_STORE (self), VS_PERIOD_INVALID);

  stmt = _vs_store_prepare (self, "SELECT max(period) FROM observation WHERE state = 0", error);
  if (stmt == NULL)
    return VS_PERIOD_INVALID;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      if (sqlite3_column_type (stmt, 0) != SQLITE_NULL)
        latest = sqlite3_column_int (stmt, 0);
      rc = SQLITE_DONE;
    }
  if (!_vs_store_finish_rows (self, stmt, rc, error))
    return VS_PERIOD_INVALID;
  return latest;
}
