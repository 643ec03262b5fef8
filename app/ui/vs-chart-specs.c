/* vs-chart-specs.c: the window's charts, gathered from a row and built by the plot room
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-chart-specs"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "vs-chart-data.h"
#include "vs-chart-specs.h"
#include "vs-rag.h"
#include "vs-spc.h"
#include "vs-target.h"

/* The plot room decides what a chart shows (vs-chart-data.h) and the rules the colours,
 * so the window's charts agree with the command line's and the exports'. This file only
 * gathers what they need from the row and the store. */

VsChartSpec *
vs_chart_spec_for_trend (VsIndicatorRow *row,
                         const char     *locality,
                         VsStore        *store)
{
  VsIndicator *indicator;
  g_autoptr(VsSeries) shown = NULL;
  g_autoptr(GPtrArray) benchmarks = NULL;

  g_return_val_if_fail (VS_IS_INDICATOR_ROW (row), NULL);

  indicator = vs_indicator_row_get_indicator (row);
  shown = vs_indicator_row_dup_shown (row);
  if (store != NULL)
    benchmarks = vs_store_list_benchmarks (store, indicator->id, vs_series_last (shown), NULL);
  return vs_chart_spec_new_trend (indicator, shown, vs_indicator_row_get_assessment (row),
                                  benchmarks, locality, NULL);
}

static VsSeries *
trim_to_first_actual (const VsSeries *series)
{
  guint first = 0;
  VsSeries *out;

  while (first + 1 < series->n && series->states[first] != VS_OBS_ACTUAL)
    first++;
  out = vs_series_new (series->first + (VsPeriod) first, series->n - first);
  memcpy (out->values, series->values + first, out->n * sizeof (double));
  memcpy (out->numerators, series->numerators + first, out->n * sizeof (double));
  memcpy (out->denominators, series->denominators + first, out->n * sizeof (double));
  memcpy (out->states, series->states + first, out->n * sizeof (VsObsState));
  return out;
}

VsChartSpec *
vs_chart_spec_for_spc (VsIndicatorRow *row,
                       const char     *locality,
                       gboolean        screen,
                       guint           shift_length,
                       guint           trend_length,
                       GError        **error)
{
  VsIndicator *indicator;
  const VsAssessment *assessment;
  const VsSeries *series;
  VsSpcOptions options;
  g_autoptr(VsSpcResult) result = NULL;
  g_autoptr(VsSeries) trimmed = NULL;

  g_return_val_if_fail (VS_IS_INDICATOR_ROW (row), NULL);

  indicator = vs_indicator_row_get_indicator (row);
  assessment = vs_indicator_row_get_assessment (row);
  /* From the first figure held: the months before the indicator existed are no part of
   * its process, and would only push its points to the right of the chart. */
  series = trimmed = trim_to_first_actual (vs_indicator_row_get_series (row));

  vs_spc_options_init (&options);
  options.screen = screen;
  options.shift_length = shift_length;
  options.trend_length = trend_length;
  options.polarity = indicator->polarity;
  if (assessment != NULL && vs_target_is_single (&assessment->spec.target))
    options.target = assessment->spec.target.value;

  result = vs_spc_compute_series (series, &options, error);
  if (result == NULL)
    return NULL;
  return vs_chart_spec_new_spc (indicator, series, result, locality, NULL);
}

VsChartSpec *
vs_chart_spec_for_localities (VsIndicatorRow *row,
                              VsStore        *store,
                              GError        **error)
{
  VsIndicator *indicator;
  const VsAssessment *assessment;
  g_autoptr(GPtrArray) localities = NULL;
  g_autofree char **names = NULL;
  g_autofree double *values = NULL;
  g_autofree VsRag *rags = NULL;
  int whole = -1;
  VsPeriod period;

  g_return_val_if_fail (VS_IS_INDICATOR_ROW (row), NULL);
  g_return_val_if_fail (VS_IS_STORE (store), NULL);

  indicator = vs_indicator_row_get_indicator (row);
  assessment = vs_indicator_row_get_assessment (row);
  period = assessment != NULL ? assessment->period
                              : vs_period_due_at_or_before (vs_indicator_row_get_period (row),
                                                            indicator->periodicity);
  localities = vs_store_list_localities (store, error);
  if (localities == NULL)
    return NULL;

  names = g_new0 (char *, localities->len + 1);
  values = g_new (double, localities->len);
  rags = g_new0 (VsRag, localities->len);
  for (guint i = 0; i < localities->len; i++)
    {
      const VsLocality *locality = g_ptr_array_index (localities, i);
      g_autoptr(VsSeries) one = vs_store_get_series (store, indicator, locality->id, period, 1, error);

      if (one == NULL)
        return NULL;
      names[i] = locality->name;
      values[i] = one->states[0] == VS_OBS_ACTUAL ? one->values[0] : NAN;
      if (assessment != NULL)
        {
          VsRating rating = { 0 };

          /* Each locality is judged by the indicator's own rule, as the county is. */
          vs_rag_rate (&assessment->spec, one->states[0], one->values[0],
                       assessment->benchmark, &rating);
          rags[i] = rating.rag;
          vs_rating_clear (&rating);
        }
      if (locality->is_whole_authority)
        whole = (int) i;
    }

  return vs_chart_spec_new_localities (indicator, period, localities->len,
                                       (const char * const *) names, values, rags, whole, NULL);
}
