/* vs-chart-data.c: chart specs from what the store and the rules give
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "vs-chart-data.h"
#include "vs-rag.h"
#include "vs-target.h"

/* What a reader needs to trust the chart: where the figures come from and which months
 * they are; the footnote wraps, so a long source is never cut. */
static char *
make_footnote (const VsIndicator *indicator,
               VsPeriod           first,
               VsPeriod           last)
{
  gboolean has_source = indicator->source != NULL && indicator->source[0] != '\0';
  g_autofree char *from = vs_period_to_label (first);
  g_autofree char *to = vs_period_to_label (last);
  g_autofree char *months = NULL;

  if (!vs_period_is_valid (last))
    return has_source ? g_strdup_printf (_("Source: %s."), indicator->source) : NULL;
  if (!vs_period_is_valid (first) || first == last)
    /* Translators: chart footnote: the one month shown */
    months = g_strdup_printf (_("Figures for %s."), to);
  else
    /* Translators: chart footnote: the first and last months shown */
    months = g_strdup_printf (_("Figures for %s to %s."), from, to);
  if (has_source)
    /* Translators: chart footnote: the figures' source, then the months */
    return g_strdup_printf (_("Source: %s. %s"), indicator->source, months);
  return g_steal_pointer (&months);
}

static char *
make_subtitle (const char *first,
               const char *second)
{
  gboolean a = first != NULL && first[0] != '\0';
  gboolean b = second != NULL && second[0] != '\0';

  if (a && b)
    return g_strdup_printf ("%s  ·  %s", first, second);
  return g_strdup (a ? first : b ? second : NULL);
}

static VsChartSpec *
spec_for (VsChartKind        kind,
          const VsIndicator *indicator,
          guint              n)
{
  VsChartSpec *spec = vs_chart_spec_new (kind, n);

  spec->title = g_strdup (indicator->title != NULL && indicator->title[0] != '\0'
                          ? indicator->title : indicator->ref);
  spec->unit = indicator->unit;
  return spec;
}

static void
add_target_and_bands (VsChartSpec     *spec,
                      const VsRagSpec *rule)
{
  const VsTarget *target = &rule->target;
  gboolean higher = rule->direction != VS_POLARITY_LOWER_IS_BETTER;
  double margin = rule->amber_percent / 100.0;

  if (vs_target_is_single (target))
    {
      g_autofree char *text = vs_target_to_string (target, spec->unit);

      spec->target = target->value;
      /* Translators: the legend entry of the target line, e.g. "Target 95%" */
      spec->target_label = g_strdup_printf (_("Target %s"), text);
    }

  switch (rule->rule)
    {
    case VS_RAG_RULE_TOLERANCE:
      if (higher)
        {
          vs_chart_spec_add_band (spec, rule->green, INFINITY, VS_RAG_GREEN);
          vs_chart_spec_add_band (spec, rule->red, rule->green, VS_RAG_AMBER);
        }
      else
        {
          vs_chart_spec_add_band (spec, -INFINITY, rule->green, VS_RAG_GREEN);
          vs_chart_spec_add_band (spec, rule->green, rule->red, VS_RAG_AMBER);
        }
      break;
    case VS_RAG_RULE_BAND:
      {
        g_autofree char *text = vs_target_to_string (target, spec->unit);

        /* No line for a range: the legend names the shaded band instead. */
        g_free (spec->target_label);
        spec->target_label = g_strdup_printf (_("Target %s"), text);
      }
      vs_chart_spec_add_band (spec, target->low, target->high, VS_RAG_GREEN);
      if (margin > 0)
        {
          vs_chart_spec_add_band (spec, target->low - margin * fabs (target->low),
                                  target->low, VS_RAG_AMBER);
          vs_chart_spec_add_band (spec, target->high,
                                  target->high + margin * fabs (target->high), VS_RAG_AMBER);
        }
      break;
    case VS_RAG_RULE_RELATIVE:
    case VS_RAG_RULE_NONE:
    case VS_RAG_RULE_AUTO:
      /* The target's dashed line says it all. */
      break;
    case VS_N_RAG_RULES:
      g_assert_not_reached ();
    }
}

/* One line per comparator across the whole chart: each month carries the latest figure at
 * or before it, and months before the first figure carry that first one, since benchmarks
 * are mostly annual and published late (a line starting at the last month would be a
 * dot). The legend gives the latest figure: "England 17.0%". */
static void
add_benchmarks (VsChartSpec    *spec,
                const VsSeries *series,
                GPtrArray      *benchmarks)
{
  for (int comparator = 0; benchmarks != NULL && comparator < VS_N_COMPARATORS; comparator++)
    {
      const VsBenchmark *earliest = NULL;
      const VsBenchmark *latest = NULL;
      g_autofree char *value = NULL;
      g_autofree char *name = NULL;
      g_autofree char *label = NULL;
      double *line;

      for (guint b = 0; b < benchmarks->len; b++)
        {
          const VsBenchmark *bench = g_ptr_array_index (benchmarks, b);

          if ((int) bench->comparator != comparator || !isfinite (bench->value)
              || bench->period > vs_series_last (series))
            continue;
          if (earliest == NULL || bench->period < earliest->period)
            earliest = bench;
          if (latest == NULL || bench->period > latest->period)
            latest = bench;
        }
      if (latest == NULL || spec->benchmarks->len >= 6)
        continue;

      value = vs_unit_format_value (spec->unit, latest->value);
      /* The name alone: a computed comparator's working belongs on the card, not in a
       * legend line it would run off. */
      name = vs_benchmark_dup_name (latest);
      label = g_strdup_printf ("%s %s", name, value);
      line = vs_chart_spec_add_benchmark (spec, label);
      for (guint i = 0; i < spec->n; i++)
        {
          VsPeriod month = series->first + (VsPeriod) i;
          const VsBenchmark *best = earliest;

          for (guint b = 0; b < benchmarks->len; b++)
            {
              const VsBenchmark *bench = g_ptr_array_index (benchmarks, b);

              if ((int) bench->comparator == comparator && isfinite (bench->value)
                  && bench->period <= month && bench->period > best->period)
                best = bench;
            }
          line[i] = best->value;
        }
    }
}

/* The last @months months of the judged series: what a trend or a sparkline shows. */
static VsSeries *
shown_months (const VsAssessment *assessment,
              guint               months)
{
  const VsSeries *series = assessment->series;
  guint n = months == 0 || months > series->n ? series->n : months;

  return vs_series_slice (series, series->n - n, n);
}

static void
set_ratings (VsChartSpec        *spec,
             const VsSeries     *series,
             const VsAssessment *assessment)
{
  for (guint i = 0; i < series->n; i++)
    {
      const VsRating *rating = vs_assessment_rating_at (assessment, series->first + (VsPeriod) i);

      if (rating != NULL && series->states[i] == VS_OBS_ACTUAL)
        spec->rags[i] = rating->rag;
    }
}

VsChartSpec *
vs_chart_spec_new_trend (const VsAssessment *assessment,
                         const VsSeries     *series,
                         GPtrArray          *benchmarks,
                         const char         *locality)
{
  const VsIndicator *indicator;
  VsChartSpec *spec;

  g_return_val_if_fail (assessment != NULL, NULL);
  g_return_val_if_fail (series != NULL, NULL);

  indicator = assessment->indicator;
  spec = spec_for (VS_CHART_TREND, indicator, series->n);
  vs_chart_spec_set_series (spec, series);
  spec->subtitle = make_subtitle (indicator->area, locality);
  spec->series_label = g_strdup (locality);
  spec->footnote = make_footnote (indicator, series->first, vs_series_last (series));
  set_ratings (spec, series, assessment);
  add_target_and_bands (spec, &assessment->spec);
  add_benchmarks (spec, series, benchmarks);
  return spec;
}

VsChartSpec *
vs_chart_spec_new_sparkline (const VsAssessment *assessment,
                             guint               months)
{
  g_autoptr(VsSeries) series = NULL;
  VsChartSpec *spec;

  g_return_val_if_fail (assessment != NULL && assessment->series != NULL, NULL);

  series = shown_months (assessment, months);
  spec = spec_for (VS_CHART_SPARKLINE, assessment->indicator, series->n);
  vs_chart_spec_set_series (spec, series);
  set_ratings (spec, series, assessment);
  if (vs_target_is_single (&assessment->spec.target))
    spec->target = assessment->spec.target.value;
  return spec;
}

static VsChartSpcClass
class_for (VsSpcVariation variation)
{
  switch (variation)
    {
    case VS_SPC_IMPROVEMENT:
      return VS_CHART_SPC_IMPROVEMENT;
    case VS_SPC_CONCERN:
      return VS_CHART_SPC_CONCERN;
    case VS_SPC_NEUTRAL_HIGH:
    case VS_SPC_NEUTRAL_LOW:
      return VS_CHART_SPC_NEUTRAL;
    case VS_SPC_COMMON_CAUSE:
      return VS_CHART_SPC_COMMON;
    }
  g_return_val_if_reached (VS_CHART_SPC_COMMON);
}

VsChartSpec *
vs_chart_spec_new_spc (const VsIndicator *indicator,
                       const VsSeries    *series,
                       const VsSpcResult *spc,
                       const char        *locality)
{
  VsChartSpec *spec;
  g_autofree char *footnote = NULL;
  guint last_segment = 0;

  g_return_val_if_fail (indicator != NULL, NULL);
  g_return_val_if_fail (series != NULL, NULL);
  g_return_val_if_fail (spc != NULL, NULL);

  spec = spec_for (VS_CHART_SPC, indicator, series->n);
  vs_chart_spec_set_series (spec, series);
  spec->subtitle = make_subtitle (indicator->area, locality);
  spec->series_label = g_strdup (locality);

  for (guint p = 0; p < spc->n_points; p++)
    {
      const VsSpcPoint *point = &spc->points[p];
      int i = vs_series_index (series, point->period);

      if (i < 0)
        continue;
      spec->means[i] = point->mean;
      spec->lower_limits[i] = point->lower;
      spec->upper_limits[i] = point->upper;
      spec->classes[i] = class_for (point->variation);
      spec->rebased[i] = p > 0 && point->segment != last_segment;
      last_segment = point->segment;
    }
  if (spc->n_points > 0)
    spec->variation = g_strdup (vs_spc_variation_label (spc->variation));
  if (spc->assurance != VS_SPC_ASSURANCE_NONE)
    spec->assurance = g_strdup (vs_spc_assurance_label (spc->assurance));
  spec->target = spc->target;

  /* The rules' warning (too few points for reliable limits) belongs on the chart. */
  footnote = make_footnote (indicator, series->first, vs_series_last (series));
  if (spc->warning != NULL)
    spec->footnote = footnote != NULL ? g_strdup_printf ("%s %s", spc->warning, footnote)
                                      : g_strdup (spc->warning);
  else
    spec->footnote = g_steal_pointer (&footnote);
  return spec;
}

VsChartSpec *
vs_chart_spec_new_localities (const VsAssessment *assessment,
                              guint               n,
                              const char * const *names,
                              const double       *values,
                              const VsRag        *rags,
                              int                 whole_index)
{
  const VsIndicator *indicator;
  const VsTarget *target;
  VsChartSpec *spec;
  g_autofree char *when = NULL;

  g_return_val_if_fail (assessment != NULL, NULL);
  g_return_val_if_fail (n == 0 || (names != NULL && values != NULL && rags != NULL), NULL);
  g_return_val_if_fail (whole_index < (int) n, NULL);

  indicator = assessment->indicator;
  target = &assessment->spec.target;
  spec = spec_for (VS_CHART_LOCALITIES, indicator, n);
  for (guint i = 0; i < n; i++)
    {
      spec->labels[i] = g_strdup (names[i]);
      spec->values[i] = values[i];
      spec->rags[i] = rags[i];
    }
  spec->whole_index = whole_index;
  when = vs_period_is_valid (assessment->period) ? vs_period_to_long_label (assessment->period)
                                                 : NULL;
  spec->subtitle = make_subtitle (indicator->area, when);
  spec->footnote = make_footnote (indicator, assessment->period, assessment->period);
  if (vs_target_is_single (target))
    {
      g_autofree char *text = vs_target_to_string (target, spec->unit);

      spec->target = target->value;
      spec->target_label = g_strdup_printf (_("Target %s"), text);
    }
  return spec;
}
