/* vs-cli-chart-specs.c: the chart command's charts: the judgement's, at the month asked for
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vs-cli-chart-private.h"
#include "vs-benchmarks-chart.h"
#include "vs-judge.h"

/* Without --period a chart ends at the indicator's own latest figure, not the latest
 * month of the whole database: an annual or a discontinued indicator would otherwise show
 * an empty window. */
static VsPeriod
last_month (VsStore            *store,
            const VsCliChartRequest *request,
            const VsIndicator  *indicator,
            gint64              locality_id)
{
  g_autoptr(GPtrArray) observations = NULL;
  VsPeriod latest = VS_PERIOD_INVALID;

  if (request->period != VS_PERIOD_INVALID)
    return request->period;
  observations = vs_store_list_observations (store, indicator->id, locality_id,
                                             VS_PERIOD_INVALID, VS_PERIOD_INVALID, NULL);
  for (guint i = 0; observations != NULL && i < observations->len; i++)
    {
      const VsObservation *obs = g_ptr_array_index (observations, i);

      if (obs->state == VS_OBS_ACTUAL && (latest == VS_PERIOD_INVALID || obs->period > latest))
        latest = obs->period;
    }
  if (latest == VS_PERIOD_INVALID)
    latest = vs_store_latest_period (store, NULL);
  return latest != VS_PERIOD_INVALID ? latest : vs_period_now ();
}

VsChartSpec *
vs_cli_chart_spec (VsStore                 *store,
                   const VsCliChartRequest *request,
                   const VsIndicator       *indicator,
                   GError                 **error)
{
  g_autoptr(VsAssessment) assessment = NULL;
  gint64 locality_id;

  g_return_val_if_fail (VS_IS_STORE (store), NULL);
  g_return_val_if_fail (request != NULL && indicator != NULL, NULL);

  /* A published indicator against its comparators, computed for the home authority. */
  if (request->kind == VS_CHART_COMPARATORS || request->kind == VS_CHART_NEIGHBOURS)
    return vs_benchmarks_chart_spec_from_store (store, indicator, request->kind,
                                                request->period, error);

  /* The localities chart ends at the latest figure of any locality. */
  locality_id = request->kind == VS_CHART_LOCALITIES ? 0 : request->locality->id;
  assessment = vs_judge_indicator (store, indicator, request->locality,
                                   last_month (store, request, indicator, locality_id), error);
  if (assessment == NULL)
    return NULL;
  /* A target the rules cannot read still gets a chart, unrated, and a word why. */
  if (assessment->error != NULL && request->kind != VS_CHART_SPC)
    vs_cli_print_message (_("%s; the chart shows no ratings"), assessment->error);
  return vs_judge_chart_spec (store, assessment, request->locality, request->kind,
                              (guint) request->months, error);
}
