/* test-period.c: months, labels, financial years and what falls due when
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vs-period.h"
#include "vs-series.h"

static void
test_period_round_trip (void)
{
  VsPeriod nov17 = vs_period_new (2017, 11);
  VsPeriod parsed;
  g_autofree char *iso = vs_period_to_iso (nov17);
  g_autofree char *label = vs_period_to_label (nov17);
  g_autofree char *long_label = vs_period_to_long_label (nov17);

  g_assert_cmpint (vs_period_year (nov17), ==, 2017);
  g_assert_cmpint (vs_period_month (nov17), ==, 11);
  g_assert_cmpstr (iso, ==, "2017-11");
  g_assert_cmpstr (label, ==, "Nov 17");
  g_assert_cmpstr (long_label, ==, "November 2017");
  g_assert_true (vs_period_parse_iso ("2017-11", &parsed));
  g_assert_cmpint (parsed, ==, nov17);
  /* Thirteen months of the dashboard in Norfolk's paper of 16 January 2018: Nov 16 .. Nov 17 */
  g_assert_cmpint (nov17 - vs_period_new (2016, 11), ==, 12);
  {
    g_autofree char *dec = vs_period_to_label (vs_period_new (2016, 11) + 1);
    g_autofree char *jan = vs_period_to_label (vs_period_new (2016, 12) + 1);
    g_assert_cmpstr (dec, ==, "Dec 16");
    g_assert_cmpstr (jan, ==, "Jan 17");
  }
}

static void
test_period_parse_rejects (void)
{
  const char *bad[] = { "2017-13", "2017-00", "17-11", "2017/11", "2017-1", "", "abcd-ef", "2017-11x" };
  VsPeriod out = 0;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    g_assert_false (vs_period_parse_iso (bad[i], &out));
  g_assert_false (vs_period_parse_iso (NULL, &out));
}

static void
test_period_financial_year (void)
{
  /* The financial year starts in April: Mar 17 belongs to 2016/17, Apr 17 to 2017/18. */
  g_assert_cmpint (vs_period_financial_year_start (vs_period_new (2017, 3)), ==, vs_period_new (2016, 4));
  g_assert_cmpint (vs_period_financial_year_start (vs_period_new (2017, 4)), ==, vs_period_new (2017, 4));
  g_assert_cmpint (vs_period_financial_year_start (vs_period_new (2017, 11)), ==, vs_period_new (2017, 4));
  g_assert_cmpint (vs_period_financial_year_start (vs_period_new (2018, 1)), ==, vs_period_new (2017, 4));
}

static void
test_period_due (void)
{
  /* Quarterly values sit at the quarter's last month, as the committee papers label them. */
  g_assert_true (vs_period_is_due (vs_period_new (2014, 12), VS_PERIODICITY_QUARTERLY));
  g_assert_true (vs_period_is_due (vs_period_new (2015, 3), VS_PERIODICITY_QUARTERLY));
  g_assert_false (vs_period_is_due (vs_period_new (2017, 11), VS_PERIODICITY_QUARTERLY));
  g_assert_cmpint (vs_period_due_at_or_before (vs_period_new (2017, 11), VS_PERIODICITY_QUARTERLY),
                   ==, vs_period_new (2017, 9));
  g_assert_cmpint (vs_period_due_at_or_before (vs_period_new (2017, 11), VS_PERIODICITY_ANNUAL),
                   ==, vs_period_new (2017, 3));
  g_assert_cmpint (vs_period_due_at_or_before (vs_period_new (2017, 11), VS_PERIODICITY_MONTHLY),
                   ==, vs_period_new (2017, 11));
  g_assert_cmpint (vs_period_due_at_or_before (vs_period_new (2017, 11), VS_PERIODICITY_TERMLY),
                   ==, vs_period_new (2017, 7));
}

static void
test_series_gaps (void)
{
  g_autoptr(VsSeries) series = vs_series_new (vs_period_new (2016, 11), 13);

  /* Quarterly PEP figures from Norfolk's paper of 16 January 2018: Sep 16 76.0%,
   * Dec 16 83.2% ... */
  series->states[10] = VS_OBS_ACTUAL;   /* Sep 17 */
  series->values[10] = 89.6;
  vs_series_fill_gaps (series, VS_PERIODICITY_QUARTERLY, vs_period_new (2014, 12));
  g_assert_cmpint (series->states[0], ==, VS_OBS_NOT_EXPECTED);  /* Nov 16: no quarter ends */
  g_assert_cmpint (series->states[1], ==, VS_OBS_MISSING);       /* Dec 16: due, not held */
  g_assert_cmpint (series->states[10], ==, VS_OBS_ACTUAL);
  g_assert_cmpint (series->states[12], ==, VS_OBS_NOT_EXPECTED); /* Nov 17 */
  g_assert_cmpint (vs_series_index (series, vs_period_new (2017, 11)), ==, 12);
  g_assert_cmpint (vs_series_index (series, vs_period_new (2017, 12)), ==, -1);
  g_assert_cmpint (vs_series_last (series), ==, vs_period_new (2017, 11));
}

static void
test_series_before_first_observation (void)
{
  g_autoptr(VsSeries) series = vs_series_new (vs_period_new (2016, 11), 13);

  /* A monthly indicator that started in Feb 17: earlier months are grey, not white. */
  vs_series_fill_gaps (series, VS_PERIODICITY_MONTHLY, vs_period_new (2017, 2));
  g_assert_cmpint (series->states[2], ==, VS_OBS_NOT_EXPECTED);
  g_assert_cmpint (series->states[3], ==, VS_OBS_MISSING);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/period/round-trip", test_period_round_trip);
  g_test_add_func ("/period/parse-rejects", test_period_parse_rejects);
  g_test_add_func ("/period/financial-year", test_period_financial_year);
  g_test_add_func ("/period/due", test_period_due);
  g_test_add_func ("/series/gaps", test_series_gaps);
  g_test_add_func ("/series/before-first-observation", test_series_before_first_observation);
  return g_test_run ();
}
