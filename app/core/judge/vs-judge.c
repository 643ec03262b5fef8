/* vs-judge.c: every indicator judged from the database, as every front end shows it
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vs-judge.h"

/* A series with nothing at all in the judged months: the locality never reported it. */
static gboolean
series_is_empty (const VsSeries *series)
{
  for (guint i = 0; i < series->n; i++)
    if (series->states[i] != VS_OBS_NOT_EXPECTED)
      return FALSE;
  return TRUE;
}

/* Only a rule against a named comparator needs the benchmarks to rate; reading them for
 * every indicator would cost a query each on every load of the dashboard. */
static gboolean
benchmarks_for (VsStore            *store,
                const VsIndicator  *indicator,
                VsPeriod            period,
                GPtrArray         **out,
                GError            **error)
{
  *out = NULL;
  if (indicator->rag_comparator < 0)
    return TRUE;
  *out = vs_store_list_benchmarks (store, indicator->id, period, error);
  return *out != NULL;
}

GPtrArray *
vs_judge_indicators (VsStore          *store,
                     gint64            area_id,
                     const VsLocality *locality,
                     VsPeriod          period,
                     GError          **error)
{
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GPtrArray) all_series = NULL;
  g_autoptr(GPtrArray) out = NULL;
  VsRatingSettings settings;

  g_return_val_if_fail (VS_IS_STORE (store), NULL);
  g_return_val_if_fail (locality != NULL, NULL);
  g_return_val_if_fail (vs_period_is_valid (period), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!vs_store_get_rating_settings (store, &settings, error))
    return NULL;
  all_series = vs_store_get_area_series (store, area_id, locality->id,
                                         period - VS_JUDGE_MONTHS + 1, VS_JUDGE_MONTHS,
                                         &indicators, error);
  if (all_series == NULL)
    return NULL;

  out = g_ptr_array_new_full (indicators->len, (GDestroyNotify) vs_assessment_free);
  for (guint i = 0; i < indicators->len; i++)
    {
      const VsIndicator *indicator = g_ptr_array_index (indicators, i);
      const VsSeries *series = g_ptr_array_index (all_series, i);
      g_autoptr(GPtrArray) benchmarks = NULL;

      if (!locality->is_whole_authority && series_is_empty (series))
        continue;
      if (!benchmarks_for (store, indicator, period, &benchmarks, error))
        return NULL;
      g_ptr_array_add (out, vs_assess_indicator (indicator, series, period, benchmarks, &settings));
    }
  return g_steal_pointer (&out);
}

VsAssessment *
vs_judge_indicator (VsStore           *store,
                    const VsIndicator *indicator,
                    const VsLocality  *locality,
                    VsPeriod           period,
                    GError           **error)
{
  g_autoptr(VsSeries) series = NULL;
  g_autoptr(GPtrArray) benchmarks = NULL;
  VsRatingSettings settings;

  g_return_val_if_fail (VS_IS_STORE (store), NULL);
  g_return_val_if_fail (indicator != NULL && locality != NULL, NULL);
  g_return_val_if_fail (vs_period_is_valid (period), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!vs_store_get_rating_settings (store, &settings, error) ||
      !(series = vs_store_get_series (store, indicator, locality->id,
                                      period - VS_JUDGE_MONTHS + 1, VS_JUDGE_MONTHS, error)) ||
      !benchmarks_for (store, indicator, period, &benchmarks, error))
    return NULL;
  return vs_assess_indicator (indicator, series, period, benchmarks, &settings);
}
