/* test-charts.c: the charts of a published indicator's comparators, from the store's peer
 * figures for its home authority (drawn by tests/plot)
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bench-test-util.h"
#include "vs-benchmarks-chart.h"

#define ADD(path, func) \
  g_test_add (path, ImportFixture, NULL, import_fixture_set_up, func, import_fixture_tear_down)

static VsChartSpec *
spec_ok (ImportFixture *fx,
         VsChartKind    kind,
         VsPeriod       period)
{
  g_autoptr(VsIndicator) indicator = find_indicator (fx, "d3.subsequent_plan_percent");
  g_autoptr(GError) error = NULL;
  VsChartSpec *spec = vs_benchmarks_chart_spec_from_store (fx->store, indicator, kind, period, &error);

  g_assert_no_error (error);
  g_assert_nonnull (spec);
  return spec;
}

/* Seven years, labelled as the DfE does; Norfolk's own rate recomputed from the file's
 * CPP_subsequent / CPP_start (101 / 536 in 2024-25, 226 / 912 in 2018-19), England's and
 * East of England's as the file gives them (rows 2 and 8 for 2024-25). */
static void
test_comparators (ImportFixture *fx,
                  gconstpointer  data)
{
  g_autoptr(VsImportSummary) summary = import_public (fx, D3_FILE, "Norfolk");
  g_autoptr(VsChartSpec) spec = NULL;
  VsChartLine *sn, *england, *region;

  /* import_public leaves the home unset: set it the way Preferences do. */
  {
    g_autoptr(VsAuthority) home = vs_store_find_authority (fx->store, "926", NULL);
    g_autoptr(GError) error = NULL;

    g_assert_true (vs_store_begin (fx->store, &error));
    g_assert_true (vs_store_set_home (fx->store, home, &error));
    g_assert_true (vs_store_commit (fx->store, &error));
  }
  spec = spec_ok (fx, VS_CHART_COMPARATORS, VS_PERIOD_INVALID);
  g_assert_cmpint (spec->kind, ==, VS_CHART_COMPARATORS);
  g_assert_cmpuint (spec->n, ==, 7);
  g_assert_cmpstr (spec->labels[0], ==, "2018-19");
  g_assert_cmpstr (spec->labels[6], ==, "2024-25");
  g_assert_cmpstr (spec->series_label, ==, "Norfolk");
  g_assert_cmpfloat_with_epsilon (spec->values[6], 101.0 / 536 * 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (spec->values[0], 226.0 / 912 * 100, 1e-9);
  g_assert_cmpuint (spec->benchmarks->len, ==, 3);
  sn = g_ptr_array_index (spec->benchmarks, 0);
  england = g_ptr_array_index (spec->benchmarks, 1);
  region = g_ptr_array_index (spec->benchmarks, 2);
  g_assert_cmpstr (sn->label, ==, "SN average");
  g_assert_cmpfloat_with_epsilon (sn->values[6], 26.1883009417, 1e-8);
  g_assert_cmpfloat (england->values[6], ==, 24.5);
  g_assert_cmpfloat (england->values[0], ==, 20.8);
  g_assert_cmpstr (region->label, ==, "East of England");
  g_assert_cmpfloat (region->values[6], ==, 22.5);
}

/* 2024-25: Norfolk (101 / 536) ranks first of eleven, lowest being best; Somerset (83 / 426)
 * next and Northumberland (162 / 464) last; the SN average across every bar. */
static void
test_neighbours (ImportFixture *fx,
                 gconstpointer  data)
{
  g_autofree char *path = bench_public_file (D3_FILE);
  g_autoptr(VsImportSummary) summary = NULL;
  g_autoptr(VsChartSpec) spec = NULL;
  g_autoptr(VsChartSpec) older = NULL;
  VsImportOptions options = { 0 };

  options.locality = "926";
  options.set_home = TRUE;
  summary = import_ok (fx, path, &options);
  spec = spec_ok (fx, VS_CHART_NEIGHBOURS, VS_PERIOD_INVALID);
  g_assert_cmpuint (spec->n, ==, 11);
  g_assert_cmpint (spec->whole_index, ==, 0);
  g_assert_cmpstr (spec->labels[0], ==, "1. Norfolk");
  g_assert_cmpstr (spec->labels[1], ==, "2. Somerset");
  g_assert_cmpfloat_with_epsilon (spec->values[1], 83.0 / 426 * 100, 1e-9);
  g_assert_cmpstr (spec->labels[10], ==, "11. Northumberland");
  g_assert_cmpfloat_with_epsilon (spec->values[10], 162.0 / 464 * 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (((VsChartLine *) g_ptr_array_index (spec->benchmarks, 0))->values[5],
                                  26.1883009417, 1e-8);
  g_assert_nonnull (strstr (spec->subtitle, "2024-25"));

  older = spec_ok (fx, VS_CHART_NEIGHBOURS, vs_period_new (2019, 3));
  g_assert_nonnull (strstr (older->subtitle, "2018-19"));
}

/* No home authority yet: a clear error, not an empty chart. */
static void
test_no_home (ImportFixture *fx,
              gconstpointer  data)
{
  g_autoptr(VsImportSummary) summary = import_public (fx, D3_FILE, "Norfolk");
  g_autoptr(VsIndicator) indicator = find_indicator (fx, "d3.subsequent_plan_percent");
  g_autoptr(GError) error = NULL;
  VsChartSpec *spec = vs_benchmarks_chart_spec_from_store (fx->store, indicator, VS_CHART_NEIGHBOURS,
                                                          VS_PERIOD_INVALID, &error);

  g_assert_null (spec);
  g_assert_error (error, VS_BENCHMARKS_ERROR, VS_BENCHMARKS_ERROR_NO_HOME);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  ADD ("/benchmarks/charts/comparators", test_comparators);
  ADD ("/benchmarks/charts/neighbours", test_neighbours);
  ADD ("/benchmarks/charts/no-home", test_no_home);
  return g_test_run ();
}
