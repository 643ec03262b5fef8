/* vs-assessment.c: one indicator judged at one period, as every front end shows it
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "vs-assessment.h"
#include "vs-target.h"
#include "vs-travel.h"

/* The latest figure of the indicator's comparator at or before @period, NAN when none. */
static double
benchmark_at (const VsRagSpec *spec,
              GPtrArray       *benchmarks,
              VsPeriod         period)
{
  const VsBenchmark *best = NULL;

  if (benchmarks == NULL || spec->comparator < 0)
    return NAN;
  for (guint i = 0; i < benchmarks->len; i++)
    {
      const VsBenchmark *b = g_ptr_array_index (benchmarks, i);

      if ((int) b->comparator != spec->comparator || b->period > period || !isfinite (b->value))
        continue;
      if (best == NULL || b->period > best->period)
        best = b;
    }
  return best ? best->value : NAN;
}

static double
actual_value (const VsSeries *series,
              VsPeriod        period)
{
  int i = vs_period_is_valid (period) ? vs_series_index (series, period) : -1;

  if (i < 0 || series->states[i] != VS_OBS_ACTUAL)
    return NAN;
  return series->values[i];
}

VsAssessment *
vs_assess_series (const VsIndicator *indicator,
                  const VsSeries    *series,
                  VsPeriod           period,
                  GPtrArray         *benchmarks,
                  GError           **error)
{
  g_autoptr(VsAssessment) a = NULL;
  int index;

  g_return_val_if_fail (indicator != NULL, NULL);
  g_return_val_if_fail (series != NULL, NULL);
  g_return_val_if_fail (vs_period_is_valid (period), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  a = g_new0 (VsAssessment, 1);
  a->indicator = vs_indicator_ref ((VsIndicator *) indicator);
  if (!vs_rag_spec_init (&a->spec, indicator, error))
    {
      g_prefix_error (error, _("Indicator %s: "),
                      indicator->ref ? indicator->ref : indicator->title ? indicator->title : "?");
      return NULL;
    }

  a->first = series->first;
  a->n = series->n;
  a->ratings = g_new0 (VsRating, MAX (series->n, 1));
  for (guint i = 0; i < series->n; i++)
    {
      VsPeriod month = series->first + (VsPeriod) i;
      vs_rag_rate (&a->spec, series->states[i], series->values[i],
                   benchmark_at (&a->spec, benchmarks, month), &a->ratings[i]);
    }

  a->period = vs_period_due_at_or_before (period, indicator->periodicity);
  index = vs_series_index (series, a->period);
  a->benchmark = benchmark_at (&a->spec, benchmarks, a->period);
  if (index >= 0)
    {
      a->state = series->states[index];
      a->value = series->values[index];
      a->numerator = series->numerators[index];
      a->denominator = series->denominators[index];
      vs_rating_copy (&a->ratings[index], &a->rating);
    }
  else
    {
      /* Outside the months read from the store there is nothing to show. */
      a->state = VS_OBS_NOT_EXPECTED;
      a->value = a->numerator = a->denominator = NAN;
      vs_rag_rate (&a->spec, a->state, NAN, NAN, &a->rating);
    }
  if (a->state != VS_OBS_ACTUAL)
    a->value = NAN;

  a->previous_period = vs_travel_previous_period (a->period, indicator->periodicity);
  a->previous = actual_value (series, a->previous_period);
  /* Travel and deterioration are judged the way the colour is: by the target's own
   * direction ("<20%") when it has one, else by polarity. */
  a->travel = vs_travel_in_series (series, a->period, indicator->periodicity,
                                   a->spec.direction, indicator->dot_tolerance);
  a->reasons = vs_exception_reasons (indicator, &a->rating, series, a->period,
                                     a->spec.direction);
  a->exception = a->reasons != VS_EXCEPTION_NONE;
  return g_steal_pointer (&a);
}

/* An indicator whose rule cannot be applied is judged as one with no target: its figures,
 * travel (by polarity) and the exception flags that need no target still show, unrated,
 * and the reason stands where the colour's explanation would. */
static VsAssessment *
assess_unrated (const VsIndicator *indicator,
                const VsSeries    *series,
                VsPeriod           period,
                const GError      *why)
{
  g_autoptr(VsIndicator) plain = vs_indicator_copy (indicator);
  VsAssessment *a;

  /* Nothing left that could fail again. */
  g_clear_pointer (&plain->target_text, g_free);
  plain->rag_rule = VS_RAG_RULE_NONE;
  plain->amber_percent = NAN;
  plain->rag_comparator = -1;
  a = vs_assess_series (plain, series, period, NULL, NULL);
  g_assert (a != NULL);
  a->error = g_strdup (why->message);
  if (a->rating.rag == VS_RAG_NONE)
    {
      g_free (a->rating.explanation);
      a->rating.explanation = g_strdup (why->message);
    }
  return a;
}

/* Statistical process control reads the months from the first figure held: the months
 * before the indicator existed are no part of its process. The report card's tile and its
 * chart once read different spans (the whole window against this one) and could disagree
 * on the same screen; now both read this. */
static VsSeries *
trim_to_first_actual (const VsSeries *series)
{
  guint first = 0;

  while (first + 1 < series->n && series->states[first] != VS_OBS_ACTUAL)
    first++;
  return vs_series_slice (series, first, series->n - first);
}

static void
assess_spc (VsAssessment           *a,
            const VsRatingSettings *settings)
{
  g_autoptr(GError) error = NULL;

  vs_spc_options_init (&a->spc_options);
  a->spc_options.screen = settings->spc_screen;
  a->spc_options.shift_length = settings->spc_shift_length;
  a->spc_options.trend_length = settings->spc_trend_length;
  /* Improvement and concern are judged the way the colour, the arrow and the exception
   * are: by the target's own direction ("<20%") when it has one, else by polarity. The
   * committee papers judge the direction of travel "in relation to the polarity of 'good'
   * performance"; a target that says which way is good is that polarity for this figure,
   * and a card must not show a Green, improving figure as an SPC concern. */
  a->spc_options.polarity = a->spec.direction;
  if (vs_target_is_single (&a->spec.target))
    a->spc_options.target = a->spec.target.value;
  else if (a->spec.target.kind == VS_TARGET_BAND)
    {
      a->spc_options.band_low = a->spec.target.low;
      a->spc_options.band_high = a->spec.target.high;
    }

  a->spc_series = trim_to_first_actual (a->series);
  a->spc = vs_spc_compute_series (a->spc_series, &a->spc_options, &error);
  if (a->spc == NULL)
    a->spc_error = g_strdup (error->message);
}

VsAssessment *
vs_assess_indicator (const VsIndicator      *indicator,
                     const VsSeries         *series,
                     VsPeriod                period,
                     GPtrArray              *benchmarks,
                     const VsRatingSettings *settings)
{
  g_autoptr(VsIndicator) judged = NULL;
  g_autoptr(GError) error = NULL;
  VsRatingSettings defaults;
  VsAssessment *a;

  g_return_val_if_fail (indicator != NULL, NULL);
  g_return_val_if_fail (series != NULL && series->n > 0, NULL);
  g_return_val_if_fail (vs_period_is_valid (period), NULL);

  if (settings == NULL)
    {
      vs_rating_settings_init (&defaults);
      settings = &defaults;
    }

  /* The department's amber tolerance stands in for the rules' default only where the
   * indicator sets none; the rules judge a copy, so the definition shown is the stored one. */
  if (isnan (indicator->amber_percent))
    {
      judged = vs_indicator_copy (indicator);
      judged->amber_percent = settings->amber_percent;
    }
  else
    judged = vs_indicator_ref ((VsIndicator *) indicator);

  a = vs_assess_series (judged, series, period, benchmarks, &error);
  if (a == NULL)
    a = assess_unrated (indicator, series, period, error);
  g_clear_pointer (&a->indicator, vs_indicator_unref);
  a->indicator = vs_indicator_ref ((VsIndicator *) indicator);
  a->series = vs_series_copy (series);
  assess_spc (a, settings);
  return a;
}

int
vs_assessment_get_movement (const VsAssessment *assessment)
{
  g_return_val_if_fail (assessment != NULL, 0);

  switch (assessment->travel)
    {
    case VS_TRAVEL_IMPROVING:
    case VS_TRAVEL_DECLINING:
      if (isnan (assessment->value) || isnan (assessment->previous)
          || assessment->value == assessment->previous)
        return 0;
      return assessment->value > assessment->previous ? 1 : -1;
    case VS_TRAVEL_SAME:
    case VS_TRAVEL_NONE:
      return 0;
    }
  g_return_val_if_reached (0);
}

char *
vs_assessment_dup_target_label (const VsAssessment *assessment)
{
  const char *text;
  g_autofree char *reading = NULL;

  g_return_val_if_fail (assessment != NULL, NULL);

  text = assessment->indicator->target_text;
  if (text != NULL && *text != '\0')
    return g_strdup (text);
  reading = vs_target_to_string (&assessment->spec.target, assessment->indicator->unit);
  return reading != NULL && *reading != '\0' ? g_steal_pointer (&reading) : NULL;
}

void
vs_assessment_free (VsAssessment *assessment)
{
  if (assessment == NULL)
    return;
  g_free (assessment->error);
  g_clear_pointer (&assessment->series, vs_series_free);
  g_clear_pointer (&assessment->spc_series, vs_series_free);
  g_clear_pointer (&assessment->spc, vs_spc_result_free);
  g_free (assessment->spc_error);
  for (guint i = 0; i < assessment->n; i++)
    vs_rating_clear (&assessment->ratings[i]);
  g_free (assessment->ratings);
  vs_rating_clear (&assessment->rating);
  g_clear_pointer (&assessment->indicator, vs_indicator_unref);
  g_free (assessment);
}

const VsRating *
vs_assessment_rating_at (const VsAssessment *assessment,
                         VsPeriod            period)
{
  g_return_val_if_fail (assessment != NULL, NULL);

  if (period < assessment->first || period >= assessment->first + (VsPeriod) assessment->n)
    return NULL;
  return &assessment->ratings[period - assessment->first];
}

static int
rag_rank (VsRag rag)
{
  switch (rag)
    {
    case VS_RAG_RED: return 3;
    case VS_RAG_AMBER: return 2;
    case VS_RAG_GREEN: return 1;
    case VS_RAG_NONE:
    case VS_RAG_PENDING:
    case VS_RAG_NOT_EXPECTED:
    case VS_RAG_SUPPRESSED:
      return 0;
    }
  g_return_val_if_reached (0);
}

int
vs_assessment_compare_severity (const VsAssessment *a,
                                const VsAssessment *b)
{
  int ra = rag_rank (a->rating.rag), rb = rag_rank (b->rating.rag);
  guint na = vs_exception_reasons_count (a->reasons), nb = vs_exception_reasons_count (b->reasons);
  double va = isnan (a->rating.variance) ? -1 : a->rating.variance;
  double vb = isnan (b->rating.variance) ? -1 : b->rating.variance;

  if (ra != rb)
    return rb - ra;
  if (na != nb)
    return nb > na ? 1 : -1;
  if (va != vb)
    return vb > va ? 1 : -1;
  return 0;
}

static int
compare_severity_indirect (gconstpointer a,
                           gconstpointer b,
                           gpointer      user_data)
{
  const VsAssessment *x = *(VsAssessment * const *) a;
  const VsAssessment *y = *(VsAssessment * const *) b;

  return vs_assessment_compare_severity (x, y);
}

void
vs_assessments_sort_by_severity (GPtrArray *assessments)
{
  g_return_if_fail (assessments != NULL);
  /* GLib's array sorts are stable (since 2.32), so rows that tie keep the dashboard's
   * order. */
  g_ptr_array_sort_with_data (assessments, compare_severity_indirect, NULL);
}
