/* test-refresh.c: the stored comparators follow every import and undo made through the core
 * (vs_import_file, vs_import_undo), the paths the window and the command line both take, with
 * no front end calling vs_benchmarks_refresh itself
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bench-test-util.h"
#include "vs-benchmarks.h"

#define ADD(path, func) \
  g_test_add (path, ImportFixture, NULL, import_fixture_set_up, func, import_fixture_tear_down)

/* Norfolk's SN average for d3.subsequent_plan_percent in 2024-25 (see test-comparators.c):
 * the mean of its 10 neighbours' CPP_subsequent / CPP_start. */
#define SN_AVERAGE_2025 26.1883009417

/* The stored SN average of d3.subsequent_plan_percent for March 2025; NAN when none. */
static double
stored_sn_average (ImportFixture *fx)
{
  g_autoptr(VsIndicator) indicator = find_indicator (fx, "d3.subsequent_plan_percent");
  g_autoptr(GPtrArray) benchmarks = NULL;
  g_autoptr(GError) error = NULL;
  VsPeriod march25 = vs_period_new (2025, 3);

  benchmarks = vs_store_list_benchmarks (fx->store, indicator->id, march25, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < benchmarks->len; i++)
    {
      const VsBenchmark *b = g_ptr_array_index (benchmarks, i);
      if (b->period == march25 && b->comparator == VS_COMPARATOR_SN_AVERAGE)
        return b->value;
    }
  return NAN;
}

/* The window's first import of a file of many authorities: the authority chosen from the
 * file becomes the home one, and the comparators are there when the import returns. */
static void
test_first_import_sets_home (ImportFixture *fx,
                             gconstpointer  data)
{
  g_autofree char *path = bench_public_file (D3_FILE);
  g_autoptr(VsImportSummary) summary = NULL;
  g_autoptr(VsAuthority) home = NULL;
  g_autoptr(GError) error = NULL;
  VsImportOptions options = { 0 };

  options.locality = "926";
  options.set_home = TRUE;
  summary = import_ok (fx, path, &options);
  g_assert_true (summary->home_saved);
  /* 7 years of SN average and median, best SN, England, region and top quartile; the
   * counts none */
  g_assert_cmpuint (summary->comparators, ==, 7 * 6);
  home = vs_store_get_home (fx->store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (home->name, ==, "Norfolk");
  g_assert_cmpfloat_with_epsilon (stored_sn_average (fx), SN_AVERAGE_2025, 1e-8);
}

/* A dry run chooses nothing and computes nothing. */
static void
test_dry_run_keeps_nothing (ImportFixture *fx,
                            gconstpointer  data)
{
  g_autofree char *path = bench_public_file (D3_FILE);
  g_autoptr(VsImportSummary) summary = NULL;
  g_autoptr(VsAuthority) home = NULL;
  g_autoptr(GError) error = NULL;
  VsImportOptions options = { 0 };

  options.locality = "926";
  options.set_home = TRUE;
  options.dry_run = TRUE;
  g_assert_true (vs_import_file (fx->store, path, &options, &summary, &error));
  g_assert_no_error (error);
  g_assert_false (summary->home_saved);
  g_assert_cmpuint (summary->comparators, ==, 0);
  home = vs_store_get_home (fx->store, &error);
  g_assert_no_error (error);
  g_assert_null (home);
}

/* A later publication corrects Suffolk (row 38: 123 of 502 subsequent plans becomes 173):
 * the SN average moves by (173 - 123) / 502 * 100 / 10 at once, and undoing the correction
 * puts it back, each with no other call. */
static void
test_correction_and_undo (ImportFixture *fx,
                          gconstpointer  data)
{
  g_autofree char *path = bench_public_file (D3_FILE);
  g_autofree char *text = NULL;
  g_autofree char *corrected_path = NULL;
  g_autoptr(GString) corrected = NULL;
  g_autoptr(VsImportSummary) first = NULL;
  g_autoptr(VsImportSummary) second = NULL;
  g_autoptr(GError) error = NULL;
  const char *suffolk = "East of England,935,E10000029,Suffolk,Child Protection Plans which are a "
                        "second or subsequent plan,502,123,24.5";
  VsImportOptions options = { 0 };

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  corrected = g_string_new (text);
  g_assert_cmpint (g_string_replace (corrected, suffolk,
                                     "East of England,935,E10000029,Suffolk,Child Protection Plans "
                                     "which are a second or subsequent plan,502,173,34.5", 1), ==, 1);
  corrected_path = write_fixture (fx, "d3_corrected.csv", corrected->str);

  options.locality = "Norfolk";
  options.set_home = TRUE;
  first = import_ok (fx, path, &options);
  g_assert_cmpfloat_with_epsilon (stored_sn_average (fx), SN_AVERAGE_2025, 1e-8);

  second = import_ok (fx, corrected_path, &options);
  /* the count of subsequent plans and their rate */
  g_assert_cmpuint (second->peers_changed, ==, 2);
  g_assert_cmpfloat_with_epsilon (stored_sn_average (fx), SN_AVERAGE_2025 + 50.0 / 502 * 10, 1e-8);

  g_assert_true (vs_import_undo (fx->store, second->import_id, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (stored_sn_average (fx), SN_AVERAGE_2025, 1e-8);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  ADD ("/benchmarks/refresh/first-import-sets-home", test_first_import_sets_home);
  ADD ("/benchmarks/refresh/dry-run-keeps-nothing", test_dry_run_keeps_nothing);
  ADD ("/benchmarks/refresh/correction-and-undo", test_correction_and_undo);
  return g_test_run ();
}
