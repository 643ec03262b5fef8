/* vs-benchmarks-chart.c: the charts of a published indicator's comparators
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "vs-benchmarks-chart.h"
#include "vs-store-peers.h"

char *
vs_benchmarks_year_label (VsPeriod period)
{
  int year = vs_period_year (period);

  /* The DfE's reporting years end in March: "2024-25". */
  return g_strdup_printf ("%d-%02d", year - 1, year % 100);
}

static char *
footnote (const VsComparison *c)
{
  /* Translators: under a benchmarks chart: the published file, then the SN model */
  return g_strdup_printf (_("Source: %s (DfE). Statistical neighbours: %s; SN average is the "
                            "mean of the neighbours with a figure."), c->file, c->model);
}

static VsChartSpec *
comparators_spec (const VsIndicator *indicator,
                  GPtrArray         *comparisons)
{
  guint first = comparisons->len > VS_BENCHMARKS_CHART_YEARS
                ? comparisons->len - VS_BENCHMARKS_CHART_YEARS : 0;
  guint n = comparisons->len - first;
  const VsComparison *latest = g_ptr_array_index (comparisons, comparisons->len - 1);
  VsChartSpec *spec = vs_chart_spec_new (VS_CHART_COMPARATORS, n);
  g_autofree char *region_label = NULL;
  double *sn, *england, *region;

  spec->title = g_strdup (indicator->title);
  /* Translators: subtitle of a benchmarks chart: the home authority, the SN model */
  spec->subtitle = g_strdup_printf (_("%s against its statistical neighbours (%s), England and "
                                      "its region"), latest->home_name, latest->model);
  spec->footnote = footnote (latest);
  spec->series_label = g_strdup (latest->home_name);
  spec->unit = indicator->unit;
  sn = vs_chart_spec_add_benchmark (spec, _("SN average"));
  england = vs_chart_spec_add_benchmark (spec, _("England"));
  region_label = g_strdup (latest->region_name != NULL ? latest->region_name : _("Region"));
  region = vs_chart_spec_add_benchmark (spec, region_label);
  for (guint i = 0; i < n; i++)
    {
      const VsComparison *c = g_ptr_array_index (comparisons, first + i);

      spec->labels[i] = vs_benchmarks_year_label (c->period);
      spec->values[i] = c->home_value;
      sn[i] = c->sn_average;
      england[i] = c->england;
      region[i] = c->region;
    }
  return spec;
}

typedef struct {
  const char *name;
  double      value;
  guint       rank;     /* 0: no figure */
  gboolean    home;
} Bar;

static int
compare_bars (gconstpointer a,
              gconstpointer b)
{
  const Bar *x = a, *y = b;

  /* Ranked first, best first; those without a figure after, by name. */
  if ((x->rank == 0) != (y->rank == 0))
    return x->rank == 0 ? 1 : -1;
  if (x->rank != y->rank)
    return x->rank < y->rank ? -1 : 1;
  return g_strcmp0 (x->name, y->name);
}

static VsChartSpec *
neighbours_spec (const VsIndicator  *indicator,
                 const VsComparison *c)
{
  g_autoptr(GArray) bars = g_array_new (FALSE, FALSE, sizeof (Bar));
  g_autofree char *year = vs_benchmarks_year_label (c->period);
  g_autofree char *region_label = NULL;
  Bar home = { c->home_name, c->home_value, isfinite (c->home_value) ? c->rank : 0, TRUE };
  VsChartSpec *spec;
  double *sn, *england, *region;

  g_array_append_val (bars, home);
  for (guint i = 0; i < c->neighbours->len; i++)
    {
      const VsNeighbourFigure *f = g_ptr_array_index (c->neighbours, i);
      Bar bar = { f->name, f->value, f->rank, FALSE };

      g_array_append_val (bars, bar);
    }
  g_array_sort (bars, compare_bars);

  spec = vs_chart_spec_new (VS_CHART_NEIGHBOURS, bars->len);
  spec->title = g_strdup (indicator->title);
  /* Translators: subtitle of the neighbours chart: year, home authority, rank, of how many */
  spec->subtitle = g_strdup_printf (_("%s: %s and its statistical neighbours, best first "
                                      "(%s ranks %u of %u)"),
                                    year, c->home_name, c->home_name, c->rank, c->rank_of);
  spec->footnote = footnote (c);
  spec->series_label = g_strdup (c->home_name);
  spec->unit = indicator->unit;
  for (guint i = 0; i < bars->len; i++)
    {
      const Bar *bar = &g_array_index (bars, Bar, i);

      spec->labels[i] = bar->rank > 0 ? g_strdup_printf ("%u. %s", bar->rank, bar->name)
                                      : g_strdup (bar->name);
      spec->values[i] = bar->value;
      if (bar->home)
        spec->whole_index = (int) i;
    }
  sn = vs_chart_spec_add_benchmark (spec, _("SN average"));
  england = vs_chart_spec_add_benchmark (spec, _("England"));
  region_label = g_strdup (c->region_name != NULL ? c->region_name : _("Region"));
  region = vs_chart_spec_add_benchmark (spec, region_label);
  for (guint i = 0; i < bars->len; i++)
    {
      sn[i] = c->sn_average;
      england[i] = c->england;
      region[i] = c->region;
    }
  return spec;
}

VsChartSpec *
vs_benchmarks_chart_spec (const VsIndicator  *indicator,
                          GPtrArray          *comparisons,
                          VsChartKind         kind,
                          VsPeriod            period,
                          GError            **error)
{
  g_return_val_if_fail (indicator != NULL && comparisons != NULL, NULL);
  g_return_val_if_fail (kind == VS_CHART_COMPARATORS || kind == VS_CHART_NEIGHBOURS, NULL);

  if (comparisons->len == 0)
    {
      g_set_error (error, VS_BENCHMARKS_ERROR, VS_BENCHMARKS_ERROR_NOT_PUBLISHED,
                   _("%s (%s) has no published figures to compare"), indicator->title,
                   indicator->ref);
      return NULL;
    }
  if (kind == VS_CHART_COMPARATORS)
    return comparators_spec (indicator, comparisons);
  if (period == VS_PERIOD_INVALID)
    return neighbours_spec (indicator, g_ptr_array_index (comparisons, comparisons->len - 1));
  for (guint i = 0; i < comparisons->len; i++)
    if (((VsComparison *) g_ptr_array_index (comparisons, i))->period == period)
      return neighbours_spec (indicator, g_ptr_array_index (comparisons, i));
  {
    g_autofree char *year = vs_benchmarks_year_label (period);

    g_set_error (error, VS_BENCHMARKS_ERROR, VS_BENCHMARKS_ERROR_NOT_PUBLISHED,
                 _("%s (%s) has no published figures for %s"), indicator->title, indicator->ref,
                 year);
  }
  return NULL;
}

VsChartSpec *
vs_benchmarks_chart_spec_from_store (VsStore           *store,
                                     const VsIndicator *indicator,
                                     VsChartKind        kind,
                                     VsPeriod           period,
                                     GError           **error)
{
  g_autoptr(VsAuthority) home = NULL;
  g_autoptr(VsSnModel) model = NULL;
  g_autoptr(GPtrArray) comparisons = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (VS_IS_STORE (store), NULL);

  home = vs_store_get_home (store, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  if (home == NULL)
    {
      g_set_error_literal (error, VS_BENCHMARKS_ERROR, VS_BENCHMARKS_ERROR_NO_HOME,
                           _("No home authority yet: import a DfE file of every authority "
                             "and choose yours"));
      return NULL;
    }
  if (!(model = vs_sn_model_load (vs_benchmarks_get_model (store), error)) ||
      !(comparisons = vs_benchmarks_compare (store, indicator, model, home, VS_PERIOD_INVALID,
                                             error)))
    return NULL;
  return vs_benchmarks_chart_spec (indicator, comparisons, kind, period, error);
}
