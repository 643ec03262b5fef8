/* test-aggregates.c: year to date, quarters, rolling and three-year figures from the committee papers
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "vs-aggregates.h"
#include "rules-test-util.h"

/* CP - % children seen, with the counts the dashboard prints for Nov 16 to Aug 17. */
static VsSeries *
cp_seen_series (void)
{
  VsSeries *s = series_from (NOV16, norfolk_cp_seen, 13);

  for (guint i = 0; i < 10; i++)
    {
      s->numerators[i] = norfolk_cp_seen_num[i];
      s->denominators[i] = norfolk_cp_seen_den[i];
    }
  return s;
}

static void
test_year_to_date (void)
{
  g_autoptr(VsIndicator) ind = norfolk_indicator ("CP1", "CP - % children seen",
                                                  VS_POLARITY_HIGHER_IS_BETTER, "100%");
  g_autoptr(VsSeries) s = cp_seen_series ();
  VsAggregate a;

  /* Apr to Aug 17: every month has its counts, so 1836 / 2592 = 70.8%, not the 71.3% mean
   * of the five percentages. */
  g_assert_true (vs_aggregate_year_to_date (ind, s, vs_period_new (2017, 8), &a));
  g_assert_cmpint (a.method, ==, VS_AGGREGATE_RATIO);
  g_assert_cmpfloat (a.numerator, ==, 1836);
  g_assert_cmpfloat (a.denominator, ==, 2592);
  g_assert_cmpfloat_with_epsilon (a.value, 1836.0 / 2592 * 100, 1e-9);
  g_assert_cmpuint (a.n_values, ==, 5);
  g_assert_cmpint (a.from, ==, vs_period_new (2017, 4));
  g_assert_cmpint (a.to, ==, vs_period_new (2017, 8));

  /* Apr to Nov 17: Sep to Nov have no counts, so the mean of the eight percentages. */
  g_assert_true (vs_aggregate_year_to_date (ind, s, NOV17, &a));
  g_assert_cmpint (a.method, ==, VS_AGGREGATE_MEAN);
  g_assert_cmpfloat_with_epsilon (a.value, 68.6875, 1e-9);
  g_assert_true (isnan (a.numerator));
  g_assert_cmpuint (a.n_values, ==, 8);

  /* Previous year to date: Apr to Nov 16, of which the series holds Nov 16 alone. */
  g_assert_true (vs_aggregate_previous_year_to_date (ind, s, NOV17, &a));
  g_assert_cmpint (a.from, ==, vs_period_new (2016, 4));
  g_assert_cmpuint (a.n_values, ==, 1);
  g_assert_cmpfloat_with_epsilon (a.value, 393.0 / 449 * 100, 1e-9);

  /* Nothing there: FALSE and NAN. */
  g_assert_false (vs_aggregate_previous_year_to_date (ind, s, vs_period_new (2017, 4), &a));
  g_assert_cmpint (a.method, ==, VS_AGGREGATE_NONE);
  g_assert_true (isnan (a.value));
}

static void
test_quarters_rolling_three_year (void)
{
  g_autoptr(VsIndicator) ind = norfolk_indicator ("CP1", "CP - % children seen",
                                                  VS_POLARITY_HIGHER_IS_BETTER, "100%");
  g_autoptr(VsSeries) s = cp_seen_series ();
  VsAggregate a;

  /* Apr-Jun 17: 1205 / 1516 */
  g_assert_true (vs_aggregate_quarter (ind, s, vs_period_new (2017, 6), &a));
  g_assert_cmpint (a.from, ==, vs_period_new (2017, 4));
  g_assert_cmpint (a.method, ==, VS_AGGREGATE_RATIO);
  g_assert_cmpfloat_with_epsilon (a.value, 1205.0 / 1516 * 100, 1e-9);
  /* Oct-Nov 17 so far: (67.5 + 58.1) / 2 */
  g_assert_true (vs_aggregate_quarter (ind, s, NOV17, &a));
  g_assert_cmpint (a.from, ==, vs_period_new (2017, 10));
  g_assert_cmpfloat_with_epsilon (a.value, 62.8, 1e-9);
  /* Jan-Mar 17 is the last financial quarter */
  g_assert_true (vs_aggregate_quarter (ind, s, vs_period_new (2017, 3), &a));
  g_assert_cmpint (a.from, ==, vs_period_new (2017, 1));
  g_assert_cmpuint (a.n_values, ==, 3);

  /* Dec 16 to Nov 17 */
  g_assert_true (vs_aggregate_rolling_12 (ind, s, NOV17, &a));
  g_assert_cmpint (a.from, ==, vs_period_new (2016, 12));
  g_assert_cmpuint (a.n_values, ==, 12);
  g_assert_cmpfloat_with_epsilon (a.value, 907.1 / 12, 1e-9);
  /* Sep 16 to Aug 17: the ten months the series holds all have counts */
  g_assert_true (vs_aggregate_rolling_12 (ind, s, vs_period_new (2017, 8), &a));
  g_assert_cmpint (a.method, ==, VS_AGGREGATE_RATIO);
  g_assert_cmpfloat_with_epsilon (a.value, 3913.0 / 4924 * 100, 1e-9);

  /* Dec 14 to Nov 17: all thirteen months held */
  g_assert_true (vs_aggregate_three_year (ind, s, NOV17, &a));
  g_assert_cmpint (a.from, ==, vs_period_new (2014, 12));
  g_assert_cmpuint (a.n_values, ==, 13);
  g_assert_cmpfloat_with_epsilon (a.value, 994.6 / 13, 1e-9);
}

static void
test_rate_and_missing (void)
{
  /* A rate per 10,000 children from a population denominator. */
  static const double rates[] = { 23.5, 24.7, NAN };
  g_autoptr(VsIndicator) ind = vs_indicator_new ();
  g_autoptr(VsSeries) s = series_from (vs_period_new (2017, 4), rates, 3);
  VsAggregate a;

  ind->unit = VS_UNIT_RATE_10K;
  s->numerators[0] = 400;
  s->denominators[0] = 170000;
  s->numerators[1] = 420;
  s->denominators[1] = 170000;
  /* Jun 17 is a white cell: left out, not a zero. */
  g_assert_true (vs_aggregate_year_to_date (ind, s, vs_period_new (2017, 6), &a));
  g_assert_cmpint (a.method, ==, VS_AGGREGATE_RATIO);
  g_assert_cmpuint (a.n_values, ==, 2);
  g_assert_cmpfloat_with_epsilon (a.value, 820.0 / 340000 * 10000, 1e-9);

  /* A denominator of zero cannot make a ratio: the mean stands in. */
  s->denominators[0] = 0;
  s->denominators[1] = 0;
  g_assert_true (vs_aggregate_year_to_date (ind, s, vs_period_new (2017, 6), &a));
  g_assert_cmpint (a.method, ==, VS_AGGREGATE_MEAN);
  g_assert_cmpfloat_with_epsilon (a.value, 24.1, 1e-9);

  g_assert_cmpfloat (vs_aggregate_scale (VS_UNIT_PERCENTAGE), ==, 100);
  g_assert_cmpfloat (vs_aggregate_scale (VS_UNIT_RATE_10K), ==, 10000);
  g_assert_cmpfloat (vs_aggregate_scale (VS_UNIT_AVERAGE), ==, 1);
}

static void
test_cumulative (void)
{
  /* A financial-year-to-date count, Apr 16 to Jun 17: 150 by March, then afresh. */
  static const double ytd[] = {
    12, 25, 45, 58, 70, 83, 95, 104, 118, 130, 141, 150,   /* Apr 16 - Mar 17 */
    10, 25, 40,                                             /* Apr 17 - Jun 17 */
  };
  g_autoptr(VsIndicator) ind = vs_indicator_new ();
  g_autoptr(VsSeries) s = series_from (vs_period_new (2016, 4), ytd, G_N_ELEMENTS (ytd));
  VsAggregate a;

  ind->cumulative = TRUE;
  /* Year to date is the latest figure itself. */
  g_assert_true (vs_aggregate_year_to_date (ind, s, vs_period_new (2017, 6), &a));
  g_assert_cmpint (a.method, ==, VS_AGGREGATE_LATEST);
  g_assert_cmpfloat (a.value, ==, 40);
  g_assert_true (vs_aggregate_previous_year_to_date (ind, s, vs_period_new (2017, 6), &a));
  g_assert_cmpfloat (a.value, ==, 45);
  /* Twelve months to Jun 17: 40 this year + (150 - 45) of last year's. */
  g_assert_true (vs_aggregate_rolling_12 (ind, s, vs_period_new (2017, 6), &a));
  g_assert_cmpint (a.method, ==, VS_AGGREGATE_DERIVED);
  g_assert_cmpfloat (a.value, ==, 145);
  /* In March the year's figure is the twelve months. */
  g_assert_true (vs_aggregate_rolling_12 (ind, s, vs_period_new (2017, 3), &a));
  g_assert_cmpfloat (a.value, ==, 150);
  /* Three-year average of year-end totals: only Mar 17 is there. */
  g_assert_true (vs_aggregate_three_year (ind, s, vs_period_new (2017, 6), &a));
  g_assert_cmpfloat (a.value, ==, 150);
  g_assert_cmpuint (a.n_values, ==, 1);
  /* Rolling twelve months needs last year's figures. */
  g_assert_false (vs_aggregate_rolling_12 (ind, s, vs_period_new (2016, 6), &a));

  /* A rolling-12 indicator is already twelve months long. */
  ind->cumulative = FALSE;
  ind->rolling = TRUE;
  g_assert_true (vs_aggregate_rolling_12 (ind, s, vs_period_new (2017, 6), &a));
  g_assert_cmpfloat (a.value, ==, 40);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/rules/aggregates/year-to-date", test_year_to_date);
  g_test_add_func ("/rules/aggregates/quarters-rolling-three-year", test_quarters_rolling_three_year);
  g_test_add_func ("/rules/aggregates/rate-and-missing", test_rate_and_missing);
  g_test_add_func ("/rules/aggregates/cumulative", test_cumulative);
  return g_test_run ();
}
