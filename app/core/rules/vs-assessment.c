/* vs-assessment.c: one indicator judged at one period, as every front end shows it
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "vs-assessment.h"
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

void
vs_assessment_free (VsAssessment *assessment)
{
  if (assessment == NULL)
    return;
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
    default:
      return 0;
    }
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
