/* vs-judge-charts.c: a judgement's charts, with what the store adds to them
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "vs-chart-data.h"
#include "vs-judge.h"
#include "vs-small-numbers.h"

static double *
pick (const double   *values,
      const VsPeriod *periods,
      guint           n,
      VsPeriod        first)
{
  double *picked = g_new (double, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    picked[i] = values[periods[i] - first];
  return picked;
}

/* A quarterly or annual indicator's chart has a point for each of its own periods
 * (vs_judge_columns), named as the table names them, rather than a month each with gaps
 * between: its points join, and its comparators' lines run on the same years. */
static void
keep_columns (VsChartSpec        *spec,
              VsPeriod            first,
              const VsAssessment *a)
{
  VsPeriod periods[VS_TABLE_MONTHS];
  guint n = vs_judge_columns (a, periods);
  guint kept = 0;
  char **labels;
  VsRag *rags;
  char **marks;
  double *values;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *years = NULL;

  /* Only the periods the chart's months hold. */
  for (guint i = 0; i < n; i++)
    if (periods[i] >= first && periods[i] < first + (VsPeriod) spec->n)
      periods[kept++] = periods[i];
  n = kept;
  labels = g_new0 (char *, n + 1);
  rags = g_new0 (VsRag, MAX (n, 1));
  marks = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    {
      labels[i] = vs_judge_column_label (a->indicator, periods[i]);
      rags[i] = spec->rags[periods[i] - first];
      marks[i] = g_strdup (spec->marks[periods[i] - first]);
    }
  values = pick (spec->values, periods, n, first);
  for (guint b = 0; b < spec->benchmarks->len; b++)
    {
      VsChartLine *line = g_ptr_array_index (spec->benchmarks, b);
      double *picked = pick (line->values, periods, n, first);

      g_free (line->values);
      line->values = picked;
    }
  g_strfreev (spec->labels);
  g_free (spec->values);
  g_free (spec->rags);
  vs_chart_spec_clear_marks (spec->marks, spec->n);
  spec->labels = labels;
  spec->values = values;
  spec->rags = rags;
  spec->marks = marks;
  /* The SPC arrays are a trend's too, all NAN: they keep its length. */
  g_free (spec->means);
  g_free (spec->lower_limits);
  g_free (spec->upper_limits);
  g_free (spec->classes);
  g_free (spec->rebased);
  spec->means = g_new (double, MAX (n, 1));
  spec->lower_limits = g_new (double, MAX (n, 1));
  spec->upper_limits = g_new (double, MAX (n, 1));
  for (guint i = 0; i < MAX (n, 1); i++)
    spec->means[i] = spec->lower_limits[i] = spec->upper_limits[i] = NAN;
  spec->classes = g_new0 (VsChartSpcClass, MAX (n, 1));
  spec->rebased = g_new0 (gboolean, MAX (n, 1));
  spec->n = n;

  /* The footnote names the years, not the months they end in. */
  if (n == 0)
    return;
  from = g_strdup (labels[0]);
  to = g_strdup (labels[n - 1]);
  years = n == 1 ? g_strdup_printf (_("Figures for %s."), to)
                 : g_strdup_printf (_("Figures for %s to %s."), from, to);
  g_free (spec->footnote);
  if (a->indicator->source != NULL && a->indicator->source[0] != '\0')
    spec->footnote = g_strdup_printf (_("Source: %s. %s"), a->indicator->source, years);
  else
    spec->footnote = g_steal_pointer (&years);
}

/* A figure the tables mark is marked on its point too (the chart script draws spec->marks
 * beside it): a rate of a small denominator with VS_SMALL_NUMBERS_MARK, a count hidden
 * here or in the source with the "c" its cell shows, at the foot of its gap. @shown is
 * the series as drawn (vs_small_numbers_hide). */
static void
mark_small_numbers (VsChartSpec       *spec,
                    const VsIndicator *indicator,
                    const VsSeries    *shown,
                    guint              below)
{
  for (guint k = 0; k < shown->n; k++)
    {
      g_clear_pointer (&spec->marks[k], g_free);
      if (shown->states[k] == VS_OBS_SUPPRESSED)
        spec->marks[k] = g_strdup (VS_SMALL_NUMBERS_HIDDEN);
      else if (vs_small_numbers_judge (indicator, shown, k, below) == VS_SMALL_NUMBERS_CAUTION)
        spec->marks[k] = g_strdup (VS_SMALL_NUMBERS_MARK);
    }
}

/* The points marked @mark, by their labels ("Jun 17, Aug 17"), or NULL. */
static char *
marked_points (const VsChartSpec *spec,
               const char        *mark)
{
  g_autoptr(GString) points = g_string_new (NULL);

  for (guint i = 0; i < spec->n; i++)
    if (g_strcmp0 (spec->marks[i], mark) == 0)
      g_string_append_printf (points, "%s%s", points->len > 0 ? ", " : "",
                              spec->labels[i] != NULL ? spec->labels[i] : "");
  return points->len > 0 ? g_string_free (g_steal_pointer (&points), FALSE) : NULL;
}

static void
append_footnote (VsChartSpec *spec,
                 const char  *note)
{
  char *joined;

  if (spec->footnote == NULL || spec->footnote[0] == '\0')
    {
      g_free (spec->footnote);
      spec->footnote = g_strdup (note);
      return;
    }
  joined = g_strconcat (spec->footnote, " ", note, NULL);
  g_free (spec->footnote);
  spec->footnote = joined;
}

/* The footnote says what the marks on the points mean, and which points they are, as a
 * paper's footer explains its cells: "† Small numbers (a denominator below 10), interpret
 * with caution: Jun 17, Aug 17." and "c Suppressed (small numbers): Jul 17." */
static void
explain_marks (VsChartSpec *spec,
               guint        below)
{
  g_autofree char *caution = marked_points (spec, VS_SMALL_NUMBERS_MARK);
  g_autofree char *hidden = marked_points (spec, VS_SMALL_NUMBERS_HIDDEN);

  if (caution != NULL)
    {
      /* Translators: a chart's footnote: the mark, the threshold, then the months */
      g_autofree char *note = g_strdup_printf (_("%s Small numbers (a denominator below %u), "
                                                 "interpret with caution: %s."),
                                               VS_SMALL_NUMBERS_MARK, below, caution);

      append_footnote (spec, note);
    }
  if (hidden != NULL)
    {
      /* Translators: a chart's footnote: "c" marks a gap where a count is hidden (here
       * or in the source), as the DfE writes it; then the months */
      g_autofree char *note = g_strdup_printf (_("c Suppressed (small numbers): %s."), hidden);

      append_footnote (spec, note);
    }
}

VsChartSpec *
vs_judge_trend_spec (VsStore            *store,
                     const VsAssessment *a,
                     const VsLocality   *locality,
                     guint               months,
                     guint               small_below,
                     GError            **error)
{
  const VsIndicator *indicator;
  VsPeriod last;
  g_autoptr(GPtrArray) benchmarks = NULL;
  g_autoptr(VsSeries) months_held = NULL;
  g_autoptr(VsSeries) shown = NULL;
  VsChartSpec *spec;

  g_return_val_if_fail (VS_IS_STORE (store), NULL);
  g_return_val_if_fail (a != NULL && a->series != NULL, NULL);
  g_return_val_if_fail (locality != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  indicator = a->indicator;
  last = vs_series_last (a->series);

  /* A quarterly or annual indicator is drawn over every period the judgement holds,
   * then kept to its own periods (keep_columns). */
  if (indicator->periodicity != VS_PERIODICITY_MONTHLY)
    months = a->series->n;
  months = months == 0 ? VS_TABLE_MONTHS : MIN (months, a->series->n);
  months_held = vs_series_slice (a->series, a->series->n - months, months);
  /* Every comparator's line, not only the one a relative rule rates against. */
  if (!(benchmarks = vs_store_list_benchmarks (store, indicator->id, last, error)))
    return NULL;
  /* A count the tables hide is not drawn either (the pack's charts hide the same). */
  shown = vs_small_numbers_hide (indicator, months_held, small_below);
  spec = vs_chart_spec_new_trend (a, shown, benchmarks, locality->name);
  mark_small_numbers (spec, indicator, shown, small_below);
  if (indicator->periodicity != VS_PERIODICITY_MONTHLY)
    keep_columns (spec, shown->first, a);
  explain_marks (spec, small_below);
  return spec;
}

static VsChartSpec *
spc_spec (VsStore            *store,
          const VsAssessment *a,
          const VsLocality   *locality,
          GError            **error)
{
  if (a->spc == NULL)
    {
      g_set_error (error, VS_RULES_ERROR, VS_RULES_ERROR_SPC, "%s (%s): %s", a->indicator->ref,
                   locality->name, a->spc_error);
      return NULL;
    }
  return vs_chart_spec_new_spc (a->indicator, a->spc_series, a->spc, locality->name);
}

static VsChartSpec *
localities_spec (VsStore            *store,
                 const VsAssessment *a,
                 GError            **error)
{
  const VsIndicator *indicator = a->indicator;
  g_autoptr(GPtrArray) localities = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) rags = g_array_new (FALSE, FALSE, sizeof (VsRag));
  int whole = -1;

  if (!(localities = vs_store_list_localities (store, error)))
    return NULL;

  /* The localities in their order, the whole authority last as the reference bar. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < localities->len; i++)
      {
        const VsLocality *locality = g_ptr_array_index (localities, i);
        g_autoptr(VsSeries) one = NULL;
        VsRating rating = { 0 };
        double value;

        if (locality->is_whole_authority != (pass == 1))
          continue;
        if (!(one = vs_store_get_series (store, indicator, locality->id, a->period, 1, error)))
          return NULL;
        value = one->states[0] == VS_OBS_ACTUAL ? one->values[0] : NAN;
        /* Each locality is judged by the indicator's own rule and comparator, as the
         * judged series is. */
        vs_rag_rate (&a->spec, one->states[0], one->values[0], a->benchmark, &rating);
        if (locality->is_whole_authority)
          whole = (int) names->len;
        g_ptr_array_add (names, locality->name);
        g_array_append_val (values, value);
        g_array_append_val (rags, rating.rag);
        vs_rating_clear (&rating);
      }
  if (names->len == 0)
    {
      g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_NOT_FOUND,
                   _("%s: the database has no localities to compare"), indicator->ref);
      return NULL;
    }
  return vs_chart_spec_new_localities (a, names->len, (const char * const *) names->pdata,
                                       (const double *) values->data,
                                       (const VsRag *) rags->data, whole);
}

VsChartSpec *
vs_judge_chart_spec (VsStore            *store,
                     const VsAssessment *assessment,
                     const VsLocality   *locality,
                     VsChartKind         kind,
                     guint               months,
                     GError            **error)
{
  g_return_val_if_fail (VS_IS_STORE (store), NULL);
  g_return_val_if_fail (assessment != NULL && assessment->series != NULL, NULL);
  g_return_val_if_fail (locality != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  switch (kind)
    {
    case VS_CHART_SPC:
      return spc_spec (store, assessment, locality, error);
    case VS_CHART_LOCALITIES:
      return localities_spec (store, assessment, error);
    case VS_CHART_SPARKLINE:
      return vs_chart_spec_new_sparkline (assessment, months == 0 ? VS_TABLE_MONTHS : months);
    case VS_CHART_TREND:
      {
        guint small_below;

        if (!vs_small_numbers_threshold (store, &small_below, error))
          return NULL;
        return vs_judge_trend_spec (store, assessment, locality, months, small_below, error);
      }
    case VS_CHART_COMPARATORS:
    case VS_CHART_NEIGHBOURS:
      /* Drawn from every authority's published figures, not from one judgement:
       * vs_benchmarks_chart_spec_from_store. */
      g_set_error (error, VS_PLOT_ERROR, VS_PLOT_ERROR_INVALID_SPEC,
                   _("A %s chart is drawn from the published figures of every authority"),
                   vs_chart_kind_to_string (kind));
      return NULL;
    case VS_N_CHART_KINDS:
      break;
    }
  g_return_val_if_reached (NULL);
}
