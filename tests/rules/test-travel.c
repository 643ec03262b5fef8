/* test-travel.c: direction of travel, judged by polarity, at every periodicity
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "vs-travel.h"
#include "rules-test-util.h"

#define HIGH VS_POLARITY_HIGHER_IS_BETTER
#define LOW VS_POLARITY_LOWER_IS_BETTER
#define INFO VS_POLARITY_INFO

static void
test_compare (void)
{
  static const struct {
    VsPolarity direction;
    double previous, current, tolerance;
    VsTravel want;
  } cases[] = {
    { HIGH, 80, 81, NAN, VS_TRAVEL_IMPROVING },
    { LOW, 80, 81, NAN, VS_TRAVEL_DECLINING },      /* the same change, mirrored */
    { HIGH, 81, 80, NAN, VS_TRAVEL_DECLINING },
    { LOW, 81, 80, NAN, VS_TRAVEL_IMPROVING },
    { HIGH, 80, 80, NAN, VS_TRAVEL_SAME },
    { LOW, 80, 80, NAN, VS_TRAVEL_SAME },
    { HIGH, 0.1 + 0.2, 0.3, NAN, VS_TRAVEL_SAME },  /* equal but for the last bit */
    /* A tolerance: a change this small is no change, at the boundary included. */
    { HIGH, 80, 80.5, 0.5, VS_TRAVEL_SAME },
    { HIGH, 80, 79.5, 0.5, VS_TRAVEL_SAME },
    { HIGH, 80, 80.6, 0.5, VS_TRAVEL_IMPROVING },
    { LOW, 80, 80.6, 0.5, VS_TRAVEL_DECLINING },
    { LOW, 80, 79.4, 0.5, VS_TRAVEL_IMPROVING },
    { HIGH, 80, 80.6, 0, VS_TRAVEL_IMPROVING },
    /* Nothing to compare, or no way is better. */
    { HIGH, NAN, 80, NAN, VS_TRAVEL_NONE },
    { HIGH, 80, NAN, NAN, VS_TRAVEL_NONE },
    { INFO, 80, 90, NAN, VS_TRAVEL_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (vs_travel_to_string (vs_travel_compare (cases[i].direction, cases[i].previous,
                                                             cases[i].current, cases[i].tolerance)),
                     ==, vs_travel_to_string (cases[i].want));
}

static void
test_previous_period (void)
{
  static const struct {
    int year, month;
    VsPeriodicity periodicity;
    int want_year, want_month;
  } cases[] = {
    { 2017, 11, VS_PERIODICITY_MONTHLY, 2017, 10 },
    { 2017, 1, VS_PERIODICITY_MONTHLY, 2016, 12 },
    { 2017, 9, VS_PERIODICITY_QUARTERLY, 2017, 6 },
    { 2017, 3, VS_PERIODICITY_QUARTERLY, 2016, 12 },
    { 2017, 4, VS_PERIODICITY_TERMLY, 2016, 12 },   /* spring term before autumn */
    { 2017, 7, VS_PERIODICITY_TERMLY, 2017, 4 },
    { 2016, 12, VS_PERIODICITY_TERMLY, 2016, 7 },
    { 2017, 3, VS_PERIODICITY_ANNUAL, 2016, 3 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (vs_travel_previous_period (vs_period_new (cases[i].year, cases[i].month),
                                                cases[i].periodicity), ==,
                     vs_period_new (cases[i].want_year, cases[i].want_month));
}

static void
test_norfolk (void)
{
  static const struct {
    const double *values;
    VsPolarity polarity;
    VsTravel nov17;
    VsTravel oct17;
  } cases[] = {
    { norfolk_cin_plan, HIGH, VS_TRAVEL_DECLINING, VS_TRAVEL_DECLINING },         /* 71.5 -> 64.7 */
    { norfolk_cp_seen, HIGH, VS_TRAVEL_DECLINING, VS_TRAVEL_IMPROVING },          /* 67.3 -> 67.5 */
    { norfolk_lac_care_plan, HIGH, VS_TRAVEL_DECLINING, VS_TRAVEL_IMPROVING },    /* 96.8 -> 97.0 */
    { norfolk_eh_rereferrals, LOW, VS_TRAVEL_DECLINING, VS_TRAVEL_IMPROVING },    /* 6.8 -> 9.4 */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(VsSeries) s = series_from (NOV16, cases[i].values, 13);

      g_assert_cmpint (vs_travel_in_series (s, NOV17, VS_PERIODICITY_MONTHLY, cases[i].polarity, NAN),
                       ==, cases[i].nov17);
      g_assert_cmpint (vs_travel_in_series (s, NOV17 - 1, VS_PERIODICITY_MONTHLY, cases[i].polarity, NAN),
                       ==, cases[i].oct17);
      /* The first month has nothing before it in the series. */
      g_assert_cmpint (vs_travel_in_series (s, NOV16, VS_PERIODICITY_MONTHLY, cases[i].polarity, NAN),
                       ==, VS_TRAVEL_NONE);
    }
}

static void
test_indicator (void)
{
  g_autoptr(VsIndicator) ind = norfolk_indicator ("CP1", "CP - % children seen",
                                                  VS_POLARITY_HIGHER_IS_BETTER, "100%");
  double values[13];
  g_autoptr(VsSeries) s = NULL;

  /* Oct 17 missing (a white cell): no direction for Nov 17. */
  for (guint i = 0; i < 13; i++)
    values[i] = i == 11 ? NAN : norfolk_cp_seen[i];
  s = series_from (NOV16, values, 13);
  g_assert_cmpint (vs_travel_for_indicator (ind, s, NOV17), ==, VS_TRAVEL_NONE);
  g_assert_cmpint (vs_travel_for_indicator (ind, s, NOV17 - 2), ==, VS_TRAVEL_IMPROVING);

  /* With a tolerance of 0.5 points, Sep -> Oct (67.3 -> 67.5) would be no change. */
  ind->dot_tolerance = 0.5;
  g_clear_pointer (&s, vs_series_free);
  s = series_from (NOV16, norfolk_cp_seen, 13);
  g_assert_cmpint (vs_travel_for_indicator (ind, s, NOV17 - 1), ==, VS_TRAVEL_SAME);
  g_assert_cmpint (vs_travel_for_indicator (ind, s, NOV17), ==, VS_TRAVEL_DECLINING);
}

static void
test_quarterly (void)
{
  /* LAC with up to date PEP, quarterly, Dec 14 to Sep 17 (Norfolk, 16 January 2018), Dec 15 missing. */
  static const double pep[] = {
    84.6, 86.5, 76.7, 63.5, NAN, 73.5, 88.1, 76.0, 83.2, 84.2, 89.5, 89.6,
  };
  g_autoptr(VsSeries) s = series_at_due (vs_period_new (2014, 12), 34, VS_PERIODICITY_QUARTERLY,
                                         pep, G_N_ELEMENTS (pep));
  VsPolarity h = VS_POLARITY_HIGHER_IS_BETTER;

  g_assert_cmpint (vs_series_last (s), ==, vs_period_new (2017, 9));
  g_assert_cmpint (vs_travel_in_series (s, vs_period_new (2017, 9), VS_PERIODICITY_QUARTERLY, h, NAN),
                   ==, VS_TRAVEL_IMPROVING);   /* 89.5 -> 89.6 */
  g_assert_cmpint (vs_travel_in_series (s, vs_period_new (2016, 9), VS_PERIODICITY_QUARTERLY, h, NAN),
                   ==, VS_TRAVEL_DECLINING);   /* 88.1 -> 76.0 */
  g_assert_cmpint (vs_travel_in_series (s, vs_period_new (2016, 3), VS_PERIODICITY_QUARTERLY, h, NAN),
                   ==, VS_TRAVEL_NONE);        /* after the missing Dec 15 */
  /* Asked at a month with no quarter-end value: nothing there to compare. */
  g_assert_cmpint (vs_travel_in_series (s, vs_period_new (2017, 8), VS_PERIODICITY_QUARTERLY, h, NAN),
                   ==, VS_TRAVEL_NONE);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/rules/travel/compare", test_compare);
  g_test_add_func ("/rules/travel/previous-period", test_previous_period);
  g_test_add_func ("/rules/travel/norfolk", test_norfolk);
  g_test_add_func ("/rules/travel/indicator", test_indicator);
  g_test_add_func ("/rules/travel/quarterly", test_quarterly);
  return g_test_run ();
}
