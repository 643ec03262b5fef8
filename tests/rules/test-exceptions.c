/* test-exceptions.c: the committee papers' exception criteria, each at its edge
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "vs-exceptions.h"
#include "rules-test-util.h"

static void
test_off_target (void)
{
  static const struct {
    VsRag rag;
    double variance;
    gboolean want;
  } cases[] = {
    { VS_RAG_RED, 41.9, TRUE },
    { VS_RAG_RED, NAN, TRUE },
    { VS_RAG_AMBER, 4.7, FALSE },         /* LAC care plan, 95.3% against 100% */
    { VS_RAG_AMBER, 4.999, FALSE },
    { VS_RAG_AMBER, 5.0, TRUE },          /* "a variance of 5% or more" */
    { VS_RAG_AMBER, 5.0 - 1e-12, TRUE },  /* 95.0 against 100, computed */
    { VS_RAG_AMBER, 9.9, TRUE },
    { VS_RAG_GREEN, 0.0, FALSE },
    { VS_RAG_NONE, NAN, FALSE },
    { VS_RAG_PENDING, NAN, FALSE },
    { VS_RAG_NOT_EXPECTED, NAN, FALSE },
    { VS_RAG_SUPPRESSED, NAN, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      VsRating r = { cases[i].rag, VS_RAG_RULE_RELATIVE, 100, cases[i].variance, NULL };
      g_assert_cmpint (vs_exception_is_off_target (&r), ==, cases[i].want);
    }
}

static void
test_declining (void)
{
  g_autoptr(VsSeries) cin = series_from (NOV16, norfolk_cin_plan, 13);
  g_autoptr(VsSeries) lac = series_from (NOV16, norfolk_lac_care_plan, 13);
  g_autoptr(VsSeries) eh = series_from (NOV16, norfolk_eh_rereferrals, 13);
  VsPolarity h = VS_POLARITY_HIGHER_IS_BETTER;
  VsPolarity l = VS_POLARITY_LOWER_IS_BETTER;
  double tie[13];
  double gap[13];
  g_autoptr(VsSeries) tied = NULL;
  g_autoptr(VsSeries) gapped = NULL;

  /* CIN plans: 80.0 -> 75.1 -> 71.5 -> 64.7, three declines running. */
  g_assert_true (vs_exception_is_declining (cin, NOV17, VS_PERIODICITY_MONTHLY, h, NAN, 3));
  /* Four, in fact (84.0 -> 80.0), but not five (79.9 -> 84.0 rose). */
  g_assert_true (vs_exception_is_declining (cin, NOV17, VS_PERIODICITY_MONTHLY, h, NAN, 4));
  g_assert_false (vs_exception_is_declining (cin, NOV17, VS_PERIODICITY_MONTHLY, h, NAN, 5));
  /* By Oct 17 three had run (84.0 -> 80.0 -> 75.1 -> 71.5); by Aug 17 only one. */
  g_assert_true (vs_exception_is_declining (cin, NOV17 - 1, VS_PERIODICITY_MONTHLY, h, NAN, 3));
  g_assert_false (vs_exception_is_declining (cin, NOV17 - 3, VS_PERIODICITY_MONTHLY, h, NAN, 3));
  /* Read as smaller-is-better, the same fall is improvement. */
  g_assert_false (vs_exception_is_declining (cin, NOV17, VS_PERIODICITY_MONTHLY, l, NAN, 3));
  /* With a tolerance of 4 points, 75.1 -> 71.5 is no change. */
  g_assert_false (vs_exception_is_declining (cin, NOV17, VS_PERIODICITY_MONTHLY, h, 4, 3));

  /* LAC care plan: 96.2 -> 96.8 -> 97.0 -> 95.3: one decline. */
  g_assert_false (vs_exception_is_declining (lac, NOV17, VS_PERIODICITY_MONTHLY, h, NAN, 3));
  /* EH re-referrals (smaller is better) 11.2 -> 6.8 -> 9.4: one rise, after a fall. */
  g_assert_false (vs_exception_is_declining (eh, NOV17, VS_PERIODICITY_MONTHLY, l, NAN, 3));

  /* A tie is not a decline; a missing month breaks the run. */
  for (guint i = 0; i < 13; i++)
    {
      tie[i] = norfolk_cin_plan[i];
      gap[i] = norfolk_cin_plan[i];
    }
  tie[11] = tie[10];
  gap[10] = NAN;
  tied = series_from (NOV16, tie, 13);
  gapped = series_from (NOV16, gap, 13);
  g_assert_false (vs_exception_is_declining (tied, NOV17, VS_PERIODICITY_MONTHLY, h, NAN, 3));
  g_assert_false (vs_exception_is_declining (gapped, NOV17, VS_PERIODICITY_MONTHLY, h, NAN, 3));

  /* Information only: nothing deteriorates. */
  g_assert_false (vs_exception_is_declining (cin, NOV17, VS_PERIODICITY_MONTHLY,
                                             VS_POLARITY_INFO, NAN, 3));
  /* The series has too little history. */
  g_assert_false (vs_exception_is_declining (cin, NOV16 + 2, VS_PERIODICITY_MONTHLY, h, NAN, 3));
}

static void
test_declining_quarters (void)
{
  /* Children starting to be looked after who were before, quarterly, smaller is better:
   * 17.6, 10.0, 9.0, 8.3, 7.0, 8.0 from Jun 16 (Norfolk, 16 January 2018): improving; turned upside down
   * it deteriorates for three quarters, and years likewise. */
  static const double relac[] = { 17.6, 10.0, 9.0, 8.3, 7.0, 8.0 };
  static const double worse[] = { 7.0, 8.3, 9.0, 10.0, 17.6 };
  static const double years[] = { 60.1, 58.0, 55.2, 54.9 };
  g_autoptr(VsSeries) a = series_at_due (vs_period_new (2016, 6), 16, VS_PERIODICITY_QUARTERLY, relac, 6);
  g_autoptr(VsSeries) b = series_at_due (vs_period_new (2016, 6), 13, VS_PERIODICITY_QUARTERLY, worse, 5);
  g_autoptr(VsSeries) c = series_at_due (vs_period_new (2014, 3), 37, VS_PERIODICITY_ANNUAL, years, 4);
  VsPolarity l = VS_POLARITY_LOWER_IS_BETTER;

  g_assert_false (vs_exception_is_declining (a, vs_period_new (2017, 9), VS_PERIODICITY_QUARTERLY, l, NAN, 3));
  g_assert_true (vs_exception_is_declining (b, vs_period_new (2017, 6), VS_PERIODICITY_QUARTERLY, l, NAN, 3));
  g_assert_true (vs_exception_is_declining (c, vs_period_new (2017, 3), VS_PERIODICITY_ANNUAL,
                                            VS_POLARITY_HIGHER_IS_BETTER, NAN, 3));
}

static void
test_reasons (void)
{
  g_autoptr(VsIndicator) cin = norfolk_indicator ("CIN1", "CIN with up to date CIN Plan",
                                                  VS_POLARITY_HIGHER_IS_BETTER, "100%");
  g_autoptr(VsIndicator) lac = norfolk_indicator ("LAC1", "LAC with up to date Care Plan",
                                                  VS_POLARITY_HIGHER_IS_BETTER, "100%");
  g_autoptr(VsSeries) cin_s = series_from (NOV16, norfolk_cin_plan, 13);
  g_autoptr(VsSeries) lac_s = series_from (NOV16, norfolk_lac_care_plan, 13);
  VsRating r;
  VsExceptionReasons reasons;
  g_autofree char *names = NULL;
  g_autofree char *label = NULL;
  g_autofree char *flags = NULL;
  g_autofree char *none = NULL;

  /* CIN plans: Red (64.7% is 35.3% short of 100%) and three months down. */
  g_assert_true (vs_rag_rate_indicator (cin, VS_OBS_ACTUAL, 64.7, NAN, &r, NULL));
  reasons = vs_exception_reasons (cin, &r, cin_s, NOV17, VS_POLARITY_HIGHER_IS_BETTER);
  vs_rating_clear (&r);
  g_assert_cmpint (reasons, ==, VS_EXCEPTION_OFF_TARGET | VS_EXCEPTION_DECLINING_3);
  names = vs_exception_reasons_to_string (reasons);
  g_assert_cmpstr (names, ==, "off-target;declining-3");
  label = vs_exception_reasons_label (reasons);
  g_assert_cmpstr (label, ==, "Off target, Declining for three periods");
  g_assert_cmpuint (vs_exception_reasons_count (reasons), ==, 2);

  /* LAC care plan: Amber, 4.7% short, not an exception ... */
  g_assert_true (vs_rag_rate_indicator (lac, VS_OBS_ACTUAL, 95.3, NAN, &r, NULL));
  g_assert_cmpint (r.rag, ==, VS_RAG_AMBER);
  reasons = vs_exception_reasons (lac, &r, lac_s, NOV17, VS_POLARITY_HIGHER_IS_BETTER);
  g_assert_cmpint (reasons, ==, VS_EXCEPTION_NONE);
  none = vs_exception_reasons_to_string (reasons);
  g_assert_cmpstr (none, ==, "");

  /* ... unless its officers flag the budget and a corporate risk. */
  lac->budget_flag = TRUE;
  lac->risk_flag = TRUE;
  reasons = vs_exception_reasons (lac, &r, lac_s, NOV17, VS_POLARITY_HIGHER_IS_BETTER);
  vs_rating_clear (&r);
  flags = vs_exception_reasons_to_string (reasons);
  g_assert_cmpstr (flags, ==, "budget;risk");

  /* Inside its tolerances but 14% short of its 100% target: still off target. */
  {
    g_autoptr(VsIndicator) tol = norfolk_indicator ("T", "Tolerances and a target",
                                                    VS_POLARITY_HIGHER_IS_BETTER, "100%");
    tol->red_threshold = 80;
    tol->green_threshold = 90;
    g_assert_true (vs_rag_rate_indicator (tol, VS_OBS_ACTUAL, 86.0, NAN, &r, NULL));
    g_assert_cmpint (r.rag, ==, VS_RAG_AMBER);
    g_assert_cmpint (vs_exception_reasons (tol, &r, NULL, NOV17, VS_POLARITY_HIGHER_IS_BETTER),
                     ==, VS_EXCEPTION_OFF_TARGET);
    vs_rating_clear (&r);
    /* ... and 96% is within 5% of it: not. */
    g_assert_true (vs_rag_rate_indicator (tol, VS_OBS_ACTUAL, 96.0, NAN, &r, NULL));
    g_assert_cmpint (r.rag, ==, VS_RAG_GREEN);
    g_assert_cmpint (vs_exception_reasons (tol, &r, NULL, NOV17, VS_POLARITY_HIGHER_IS_BETTER),
                     ==, VS_EXCEPTION_NONE);
    vs_rating_clear (&r);
  }

  /* Without a series, only the rating and the flags count. */
  g_assert_true (vs_rag_rate_indicator (cin, VS_OBS_ACTUAL, 64.7, NAN, &r, NULL));
  g_assert_cmpint (vs_exception_reasons (cin, &r, NULL, NOV17, VS_POLARITY_HIGHER_IS_BETTER),
                   ==, VS_EXCEPTION_OFF_TARGET);
  vs_rating_clear (&r);

  {
    g_autofree char *all = vs_exception_reasons_to_string (VS_EXCEPTION_RISK | VS_EXCEPTION_OFF_TARGET |
                                                           VS_EXCEPTION_BUDGET | VS_EXCEPTION_DECLINING_3);
    g_assert_cmpstr (all, ==, "off-target;declining-3;budget;risk");
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/rules/exceptions/off-target", test_off_target);
  g_test_add_func ("/rules/exceptions/declining", test_declining);
  g_test_add_func ("/rules/exceptions/declining-quarters-and-years", test_declining_quarters);
  g_test_add_func ("/rules/exceptions/reasons", test_reasons);
  return g_test_run ();
}
