/* vs-cli-chart-specs.c: the chart command's charts, from the store and the rules
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "vs-cli-chart-private.h"
#include "vs-chart-data.h"
#include "vs-rules.h"

/* "16 January 2018": when the latest of the shown figures was imported; NULL when none
 * of them came through an import. */
static char *
import_date (VsStore           *store,
             const VsIndicator *indicator,
             gint64             locality_id,
             VsPeriod           from,
             VsPeriod           to)
{
  g_autoptr(GPtrArray) observations = NULL;
  g_autoptr(GPtrArray) imports = NULL;
  gint64 latest = 0;

  observations = vs_store_list_observations (store, indicator->id, locality_id, from, to, NULL);
  for (guint i = 0; observations != NULL && i < observations->len; i++)
    latest = MAX (latest, ((VsObservation *) g_ptr_array_index (observations, i))->import_id);
  if (latest == 0 || !(imports = vs_store_list_imports (store, NULL)))
    return NULL;
  for (guint i = 0; i < imports->len; i++)
    {
      const VsImportRecord *record = g_ptr_array_index (imports, i);

      if (record->id == latest)
        {
          g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (record->started);

          return when != NULL ? g_date_time_format (when, "%-d %B %Y") : NULL;
        }
    }
  return NULL;
}

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

static VsSeries *
window_series (VsStore            *store,
               const VsCliChartRequest *request,
               const VsIndicator  *indicator,
               VsPeriod           *last,
               GError            **error)
{
  *last = last_month (store, request, indicator, request->locality->id);
  return vs_store_get_series (store, indicator, request->locality->id,
                              *last - (request->months - 1), request->months, error);
}

static VsChartSpec *
trend_spec (VsStore            *store,
            const VsCliChartRequest *request,
            const VsIndicator  *indicator,
            GError            **error)
{
  g_autoptr(VsSeries) series = NULL;
  g_autoptr(GPtrArray) benchmarks = NULL;
  g_autoptr(VsAssessment) assessment = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *imported = NULL;
  VsPeriod last;

  if (!(series = window_series (store, request, indicator, &last, error)) ||
      !(benchmarks = vs_store_list_benchmarks (store, indicator->id, last, error)))
    return NULL;
  /* A target the rules cannot read still gets a chart, unrated, and a word why. */
  assessment = vs_assess_series (indicator, series, last, benchmarks, &local);
  if (assessment == NULL)
    vs_cli_print_message (_("%s: %s; the chart shows no ratings"), indicator->ref, local->message);
  imported = import_date (store, indicator, request->locality->id, series->first, last);
  return vs_chart_spec_new_trend (indicator, series, assessment, benchmarks,
                                  request->locality->name, imported);
}

static VsChartSpec *
spc_spec (VsStore            *store,
          const VsCliChartRequest *request,
          const VsIndicator  *indicator,
          GError            **error)
{
  g_autoptr(VsSeries) series = NULL;
  g_autoptr(VsSpcResult) spc = NULL;
  g_autofree char *imported = NULL;
  VsSpcOptions options;
  VsRagSpec rule;
  VsPeriod last;

  if (!(series = window_series (store, request, indicator, &last, error)))
    return NULL;
  vs_spc_options_init (&options);
  options.polarity = indicator->polarity;
  /* Improvement and assurance judged as the RAG rules judge: the target's own direction. */
  if (vs_rag_spec_init (&rule, indicator, NULL))
    {
      options.polarity = rule.direction;
      if (vs_target_is_single (&rule.target))
        options.target = rule.target.value;
    }
  if (!(spc = vs_spc_compute_series (series, &options, error)))
    {
      g_prefix_error (error, "%s (%s): ", indicator->ref, request->locality->name);
      return NULL;
    }
  imported = import_date (store, indicator, request->locality->id, series->first, last);
  return vs_chart_spec_new_spc (indicator, series, spc, request->locality->name, imported);
}

static VsChartSpec *
localities_spec (VsStore            *store,
                 const VsCliChartRequest *request,
                 const VsIndicator  *indicator,
                 GError            **error)
{
  g_autoptr(GPtrArray) localities = NULL;
  g_autoptr(GPtrArray) benchmarks = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) rags = g_array_new (FALSE, FALSE, sizeof (VsRag));
  g_autofree char *imported = NULL;
  VsPeriod due = vs_period_due_at_or_before (last_month (store, request, indicator, 0),
                                             indicator->periodicity);
  int whole = -1;

  if (!(localities = vs_store_list_localities (store, error)) ||
      !(benchmarks = vs_store_list_benchmarks (store, indicator->id, due, error)))
    return NULL;

  /* The localities in their order, the whole authority last as the reference bar. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < localities->len; i++)
      {
        VsLocality *locality = g_ptr_array_index (localities, i);
        g_autoptr(VsSeries) series = NULL;
        g_autoptr(VsAssessment) assessment = NULL;
        double value;
        VsRag rag = VS_RAG_NONE;

        if (locality->is_whole_authority != (pass == 1))
          continue;
        if (!(series = vs_store_get_series (store, indicator, locality->id, due, 1, error)))
          return NULL;
        value = series->states[0] == VS_OBS_ACTUAL ? series->values[0] : NAN;
        assessment = vs_assess_series (indicator, series, due, benchmarks, NULL);
        if (assessment != NULL)
          rag = assessment->rating.rag;
        if (locality->is_whole_authority)
          whole = (int) names->len;
        g_ptr_array_add (names, locality->name);
        g_array_append_val (values, value);
        g_array_append_val (rags, rag);
      }
  if (names->len == 0)
    {
      g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_NOT_FOUND,
                   _("%s: the database has no localities to compare"), indicator->ref);
      return NULL;
    }
  imported = import_date (store, indicator, 0, due, due);
  return vs_chart_spec_new_localities (indicator, due, names->len,
                                       (const char * const *) names->pdata,
                                       (const double *) values->data,
                                       (const VsRag *) rags->data, whole, imported);
}

VsChartSpec *
vs_cli_chart_spec (VsStore                 *store,
                   const VsCliChartRequest *request,
                   const VsIndicator       *indicator,
                   GError                 **error)
{
  g_return_val_if_fail (VS_IS_STORE (store), NULL);
  g_return_val_if_fail (request != NULL && indicator != NULL, NULL);

  switch (request->kind)
    {
    case VS_CHART_SPC:
      return spc_spec (store, request, indicator, error);
    case VS_CHART_LOCALITIES:
      return localities_spec (store, request, indicator, error);
    case VS_CHART_TREND:
    case VS_CHART_SPARKLINE:
    default:
      return trend_spec (store, request, indicator, error);
    }
}
