/* test-spc.c: XmR limits against published results, and special causes worked by hand
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "vs-spc.h"
#include "rules-test-util.h"

#define JAN16 (vs_period_new (2016, 1))

/* The reference series the "plot the dots" documentation and the issue quote. */
static const double reference[] = { 1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1 };

static VsSpcResult *
run (const double       *values,
     guint               n,
     const VsSpcOptions *options,
     GError            **error)
{
  g_autofree VsPeriod *periods = g_new (VsPeriod, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    periods[i] = JAN16 + (VsPeriod) i;
  return vs_spc_compute (periods, values, n, options, error);
}

static VsSpcResult *
run_ok (const double       *values,
        guint               n,
        const VsSpcOptions *options)
{
  g_autoptr(GError) error = NULL;
  VsSpcResult *r = run (values, n, options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (r);
  return r;
}

static double
round2 (double x)
{
  return round (x * 100) / 100;
}

/* The signals of every point, "outside;trend" and so on, joined by "|". */
static char *
labels (const VsSpcResult *r)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < r->n_points; i++)
    {
      g_autofree char *s = vs_spc_signals_to_string (r->points[i].signals);
      if (i > 0)
        g_string_append_c (out, '|');
      g_string_append (out, s);
    }
  return g_string_free (out, FALSE);
}

static void
test_reference_screened (void)
{
  VsSpcOptions o;
  g_autoptr(VsSpcResult) r = NULL;
  g_autofree char *l = NULL;

  vs_spc_options_init (&o);
  r = run_ok (reference, G_N_ELEMENTS (reference), &o);

  /* Published: UPL 4.6, mean 1.94, LPL -0.72 */
  g_assert_cmpfloat (round2 (r->segments[0].upper), ==, 4.60);
  g_assert_cmpfloat (round2 (r->segments[0].mean), ==, 1.94);
  g_assert_cmpfloat (round2 (r->segments[0].lower), ==, -0.72);
  /* The two ranges either side of the 10 (8 and 9) are freaks; the other 15 are all 1. */
  g_assert_cmpuint (r->segments[0].n_screened, ==, 2);
  g_assert_cmpfloat_with_epsilon (r->segments[0].mean_moving_range, 1.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (r->segments[0].mean, 35.0 / 18, 1e-12);
  g_assert_cmpuint (r->n_segments, ==, 1);
  g_assert_null (r->warning);

  l = labels (r);
  g_assert_cmpstr (l, ==, "||||outside|||||||||||||");
  g_assert_true (r->points[4].outside);
  g_assert_cmpint (r->points[4].label, ==, VS_SPC_SIGNAL_OUTSIDE);
  g_assert_true (isnan (r->points[0].moving_range));
  g_assert_cmpfloat (r->points[4].moving_range, ==, 8);
  g_assert_cmpfloat (r->points[5].moving_range, ==, 9);
  /* With no polarity the 10 is special cause, high; the latest point is common cause. */
  g_assert_cmpint (r->points[4].variation, ==, VS_SPC_NEUTRAL_HIGH);
  g_assert_cmpint (r->variation, ==, VS_SPC_COMMON_CAUSE);
  g_assert_cmpint (r->assurance, ==, VS_SPC_ASSURANCE_NONE);
}

static void
test_reference_unscreened (void)
{
  VsSpcOptions o;
  g_autoptr(VsSpcResult) r = NULL;
  g_autofree char *l = NULL;

  vs_spc_options_init (&o);
  o.screen = FALSE;   /* the NHS Excel tool */
  r = run_ok (reference, G_N_ELEMENTS (reference), &o);

  /* Published: UPL 6.95, LPL -3.06 */
  g_assert_cmpfloat (round2 (r->segments[0].upper), ==, 6.95);
  g_assert_cmpfloat (round2 (r->segments[0].lower), ==, -3.06);
  g_assert_cmpfloat (round2 (r->segments[0].mean), ==, 1.94);
  g_assert_cmpfloat_with_epsilon (r->segments[0].mean_moving_range, 32.0 / 17, 1e-12);
  g_assert_cmpuint (r->segments[0].n_screened, ==, 0);
  l = labels (r);
  g_assert_cmpstr (l, ==, "||||outside|||||||||||||");
}

typedef struct {
  const char   *name;
  double        values[24];
  guint         n;
  const char   *labels;   /* every point's signals */
} SignalCase;

/* Hand-worked series: each around a mean of 10-11 with its limits far enough away that
 * only the rule under test can fire (means and limits noted beside each). */
static const SignalCase signal_cases[] = {
  /* mean 10.5, limits 3.41 / 17.59: points 8-14 are seven above the mean */
  { "shift of seven", { 8, 12, 8, 12, 8, 12, 8, 11, 12, 11, 12, 11, 12, 11, 8, 12 }, 16,
    "|||||||shift|shift|shift|shift|shift|shift|shift||" },
  /* six above: nothing */
  { "shift of six", { 8, 12, 8, 12, 8, 12, 8, 11, 12, 11, 12, 11, 12, 8, 12, 8 }, 16,
    "|||||||||||||||" },
  /* mean exactly 10: the 10 in the run of 11s and 12s is on the mean and breaks it */
  { "on the mean", { 7, 13, 7, 13, 7, 13, 7, 11, 12, 11, 10, 11, 12, 11, 8, 7 }, 16,
    "|||||||||||||||" },
  /* 9, 9.5 ... 12: seven points each above the last */
  { "trend of seven", { 10, 12, 10, 12, 10, 12, 9, 9.5, 10, 10.5, 11, 11.5, 12, 10, 12, 10 }, 16,
    "||||||trend|trend|trend|trend|trend|trend|trend|||" },
  { "trend of six", { 10, 12, 10, 12, 10, 12, 10, 9.5, 10, 10.5, 11, 11.5, 12, 10, 12, 10 }, 16,
    "|||||||||||||||" },
  /* a tie (10, 10) is not a rise */
  { "tie breaks a trend", { 10, 12, 10, 12, 10, 12, 9, 9.5, 10, 10, 10.5, 11, 11.5, 12, 10, 12 }, 16,
    "|||||||||||||||" },
  /* mean 10.75, near limit 12.99: 13, 11, 13 all above the mean, two of them close */
  { "two in three", { 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 13, 11, 13, 10, 11, 10, 11, 10, 11, 10 }, 20,
    "||||||||||two-in-three||two-in-three|||||||" },
  { "two in three adjacent", { 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 13, 13, 11, 10, 11, 10, 11, 10, 11, 10 }, 20,
    "||||||||||two-in-three|two-in-three||||||||" },
  /* both 13.5s are close (near limit 13.36) but the 10 between them is below the mean */
  { "two in three split by the mean", { 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 13.5, 10, 13.5, 10, 11, 10, 11, 10, 11, 10 }, 20,
    "|||||||||||||||||||" },
  /* mean 11.1: below-the-mean shift, close 9s, a rising trend into an outside 20 */
  { "every rule at once", { 10, 9, 10, 9, 10, 9, 10, 9, 10.5, 11, 11.5, 12, 12.5, 13, 20 }, 15,
    "shift|two-in-three;shift|shift|two-in-three;shift|shift|two-in-three;shift|shift|"
    "trend;two-in-three;shift|trend;shift|trend;shift|trend|trend|trend|trend|outside;trend" },
};

static void
test_signals (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (signal_cases); i++)
    {
      const SignalCase *c = &signal_cases[i];
      double mirrored[24];
      VsSpcOptions o;
      g_autoptr(VsSpcResult) r = NULL;
      g_autoptr(VsSpcResult) m = NULL;
      g_autofree char *l = NULL;
      g_autofree char *ml = NULL;

      g_test_message ("%s", c->name);
      vs_spc_options_init (&o);
      o.polarity = VS_POLARITY_HIGHER_IS_BETTER;
      r = run_ok (c->values, c->n, &o);
      l = labels (r);
      g_assert_cmpstr (l, ==, c->labels);

      /* Turned upside down, every rule fires at the same points and the verdict flips. */
      for (guint j = 0; j < c->n; j++)
        mirrored[j] = 30 - c->values[j];
      m = run_ok (mirrored, c->n, &o);
      ml = labels (m);
      g_assert_cmpstr (ml, ==, c->labels);
      for (guint j = 0; j < c->n; j++)
        {
          VsSpcVariation a = r->points[j].variation, b = m->points[j].variation;

          g_assert_cmpint (r->points[j].label, ==, m->points[j].label);
          if (a == VS_SPC_COMMON_CAUSE)
            g_assert_cmpint (b, ==, VS_SPC_COMMON_CAUSE);
          else
            g_assert_cmpint (b, ==, a == VS_SPC_IMPROVEMENT ? VS_SPC_CONCERN : VS_SPC_IMPROVEMENT);
        }
    }
}

static void
test_precedence_and_variation (void)
{
  const SignalCase *c = &signal_cases[G_N_ELEMENTS (signal_cases) - 1];
  static const VsSpcSignals want_label[] = {
    VS_SPC_SIGNAL_SHIFT, VS_SPC_SIGNAL_TWO_IN_THREE, VS_SPC_SIGNAL_SHIFT,
    VS_SPC_SIGNAL_TWO_IN_THREE, VS_SPC_SIGNAL_SHIFT, VS_SPC_SIGNAL_TWO_IN_THREE,
    VS_SPC_SIGNAL_SHIFT, VS_SPC_SIGNAL_TREND, VS_SPC_SIGNAL_TREND, VS_SPC_SIGNAL_TREND,
    VS_SPC_SIGNAL_TREND, VS_SPC_SIGNAL_TREND, VS_SPC_SIGNAL_TREND, VS_SPC_SIGNAL_TREND,
    VS_SPC_SIGNAL_OUTSIDE,
  };
  VsSpcOptions o;
  g_autoptr(VsSpcResult) r = NULL;
  g_autoptr(VsSpcResult) low = NULL;
  g_autoptr(VsSpcResult) info = NULL;

  vs_spc_options_init (&o);
  o.polarity = VS_POLARITY_HIGHER_IS_BETTER;
  r = run_ok (c->values, c->n, &o);
  g_assert_cmpfloat_with_epsilon (r->segments[0].mean, 11.1, 1e-9);
  for (guint i = 0; i < c->n; i++)
    {
      g_assert_cmpint (r->points[i].label, ==, want_label[i]);
      /* Below the mean is concern when higher is better; the rising trend is improvement
       * even where it is still below the mean (points 8-10). */
      g_assert_cmpint (r->points[i].variation, ==,
                       i < 7 ? VS_SPC_CONCERN : VS_SPC_IMPROVEMENT);
    }
  g_assert_cmpint (r->points[7].side, ==, -1);
  g_assert_cmpint (r->variation, ==, VS_SPC_IMPROVEMENT);

  o.polarity = VS_POLARITY_LOWER_IS_BETTER;
  low = run_ok (c->values, c->n, &o);
  g_assert_cmpint (low->points[0].variation, ==, VS_SPC_IMPROVEMENT);
  g_assert_cmpint (low->points[9].variation, ==, VS_SPC_CONCERN);
  g_assert_cmpint (low->variation, ==, VS_SPC_CONCERN);

  o.polarity = VS_POLARITY_INFO;
  info = run_ok (c->values, c->n, &o);
  g_assert_cmpint (info->points[0].variation, ==, VS_SPC_NEUTRAL_LOW);
  g_assert_cmpint (info->points[9].variation, ==, VS_SPC_NEUTRAL_HIGH);
  g_assert_cmpint (info->variation, ==, VS_SPC_NEUTRAL_HIGH);
  g_assert_cmpstr (vs_spc_variation_to_string (info->variation), ==, "neutral-high");
}

static void
test_run_lengths (void)
{
  VsSpcOptions o;
  g_autoptr(VsSpcResult) shift8 = NULL;
  g_autoptr(VsSpcResult) shift6 = NULL;
  g_autoptr(VsSpcResult) trend6 = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;

  /* Some published tools count runs of eight, or six: the lengths are options. */
  vs_spc_options_init (&o);
  o.shift_length = 8;
  shift8 = run_ok (signal_cases[0].values, signal_cases[0].n, &o);
  a = labels (shift8);
  g_assert_cmpstr (a, ==, "|||||||||||||||");

  o.shift_length = 6;
  shift6 = run_ok (signal_cases[1].values, signal_cases[1].n, &o);
  b = labels (shift6);
  g_assert_cmpstr (b, ==, "|||||||shift|shift|shift|shift|shift|shift|||");

  vs_spc_options_init (&o);
  o.trend_length = 6;
  trend6 = run_ok (signal_cases[4].values, signal_cases[4].n, &o);
  c = labels (trend6);
  g_assert_cmpstr (c, ==, "|||||||trend|trend|trend|trend|trend|trend|||");
}

/* Against a single target by polarity; against a band ("Between 15-20") at both its ends,
 * whichever way the polarity points: the limits inside the band pass, a band clear of
 * them fails, an overlap is hit and miss. */
static void
test_assurance (void)
{
  static const struct {
    VsPolarity polarity;
    double target, low, high;
    VsSpcAssurance want;
  } cases[] = {
    /* screened reference limits: -0.72 to 4.60 */
    { VS_POLARITY_HIGHER_IS_BETTER, 5.0, NAN, NAN, VS_SPC_ASSURANCE_FAIL },
    { VS_POLARITY_LOWER_IS_BETTER, 5.0, NAN, NAN, VS_SPC_ASSURANCE_PASS },
    { VS_POLARITY_HIGHER_IS_BETTER, -1.0, NAN, NAN, VS_SPC_ASSURANCE_PASS },
    { VS_POLARITY_LOWER_IS_BETTER, -1.0, NAN, NAN, VS_SPC_ASSURANCE_FAIL },
    { VS_POLARITY_HIGHER_IS_BETTER, 2.0, NAN, NAN, VS_SPC_ASSURANCE_HIT_AND_MISS },
    { VS_POLARITY_LOWER_IS_BETTER, 4.5, NAN, NAN, VS_SPC_ASSURANCE_HIT_AND_MISS },
    { VS_POLARITY_INFO, 5.0, NAN, NAN, VS_SPC_ASSURANCE_NONE },
    { VS_POLARITY_HIGHER_IS_BETTER, NAN, NAN, NAN, VS_SPC_ASSURANCE_NONE },
    { VS_POLARITY_LOWER_IS_BETTER, NAN, -1.0, 5.0, VS_SPC_ASSURANCE_PASS },
    { VS_POLARITY_HIGHER_IS_BETTER, NAN, -1.0, 5.0, VS_SPC_ASSURANCE_PASS },
    { VS_POLARITY_INFO, NAN, -1.0, 5.0, VS_SPC_ASSURANCE_PASS },
    { VS_POLARITY_LOWER_IS_BETTER, NAN, 5.0, 8.0, VS_SPC_ASSURANCE_FAIL },
    { VS_POLARITY_HIGHER_IS_BETTER, NAN, -3.0, -1.0, VS_SPC_ASSURANCE_FAIL },
    { VS_POLARITY_LOWER_IS_BETTER, NAN, 0.0, 3.0, VS_SPC_ASSURANCE_HIT_AND_MISS },
    { VS_POLARITY_HIGHER_IS_BETTER, NAN, 3.0, 6.0, VS_SPC_ASSURANCE_HIT_AND_MISS },
    { VS_POLARITY_HIGHER_IS_BETTER, NAN, -2.0, 0.0, VS_SPC_ASSURANCE_HIT_AND_MISS },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      VsSpcOptions o;
      g_autoptr(VsSpcResult) r = NULL;

      vs_spc_options_init (&o);
      o.polarity = cases[i].polarity;
      o.target = cases[i].target;
      o.band_low = cases[i].low;
      o.band_high = cases[i].high;
      r = run_ok (reference, G_N_ELEMENTS (reference), &o);
      g_assert_cmpstr (vs_spc_assurance_to_string (r->assurance), ==,
                       vs_spc_assurance_to_string (cases[i].want));
    }
}

static void
test_rebase (void)
{
  double values[24];
  VsPeriod rebase[2];
  VsSpcOptions o;
  g_autoptr(VsSpcResult) whole = NULL;
  g_autoptr(VsSpcResult) split = NULL;
  g_autoptr(VsSpcResult) early = NULL;
  g_autofree char *l = NULL;

  /* A year around 10, then a year around 20. */
  for (guint i = 0; i < 24; i++)
    values[i] = (i < 12 ? 10 : 20) + (i % 2 ? 1 : -1);

  vs_spc_options_init (&o);
  whole = run_ok (values, 24, &o);
  g_assert_cmpuint (whole->n_segments, ==, 1);
  g_assert_cmpfloat (whole->segments[0].mean, ==, 15);
  g_assert_true (whole->points[0].signals & VS_SPC_SIGNAL_SHIFT);

  rebase[0] = JAN16 + 12;
  o.rebase = rebase;
  o.n_rebase = 1;
  split = run_ok (values, 24, &o);
  g_assert_cmpuint (split->n_segments, ==, 2);
  g_assert_cmpuint (split->segments[1].first, ==, 12);
  g_assert_cmpfloat (split->segments[0].mean, ==, 10);
  g_assert_cmpfloat (split->segments[1].mean, ==, 20);
  g_assert_cmpfloat (split->segments[1].mean_moving_range, ==, 2);
  g_assert_cmpfloat_with_epsilon (split->segments[1].upper, 25.32, 1e-9);
  g_assert_cmpuint (split->points[12].segment, ==, 1);
  /* A new segment starts its moving ranges afresh. */
  g_assert_true (isnan (split->points[12].moving_range));
  l = labels (split);
  g_assert_cmpstr (l, ==, "|||||||||||||||||||||||");
  g_assert_null (split->warning);

  /* Rebased after eight points: both segments warn. */
  rebase[0] = JAN16 + 8;
  early = run_ok (values, 12, &o);
  g_assert_cmpuint (early->n_segments, ==, 2);
  g_assert_cmpstr (early->warning, ==,
                   "Only 8 points from 2016-01: limits from fewer than 12 points are unreliable. "
                   "Only 4 points from 2016-09: limits from fewer than 12 points are unreliable.");
}

static void
test_baseline (void)
{
  double values[16];
  VsSpcOptions o;
  g_autoptr(VsSpcResult) r = NULL;
  g_autofree char *l = NULL;

  for (guint i = 0; i < 12; i++)
    values[i] = i % 2 ? 11 : 9;
  for (guint i = 12; i < 16; i++)
    values[i] = 14;

  /* Limits fixed on the first year: mean 10, mean moving range 2, 4.68 to 15.32; the 14s
   * after it are judged against them. */
  vs_spc_options_init (&o);
  o.baseline = 12;
  r = run_ok (values, 16, &o);
  g_assert_cmpuint (r->segments[0].n_baseline, ==, 12);
  g_assert_cmpfloat (r->segments[0].mean, ==, 10);
  g_assert_cmpfloat (r->segments[0].mean_moving_range, ==, 2);
  g_assert_cmpfloat_with_epsilon (r->segments[0].upper, 15.32, 1e-9);
  g_assert_cmpfloat_with_epsilon (r->points[15].near_upper, 10 + 2 * 2.66 * 2 / 3, 1e-9);
  l = labels (r);
  g_assert_cmpstr (l, ==, "||||||||||||two-in-three|two-in-three|two-in-three|two-in-three");
}

static void
test_errors (void)
{
  static const double two[] = { 1, 2 };
  static const double bad[] = { 1, NAN, 3 };
  VsPeriod periods[3] = { JAN16, JAN16 + 2, JAN16 + 1 };
  VsPeriod rebase = JAN16 + 40;
  VsSpcOptions o;
  GError *error = NULL;

  vs_spc_options_init (&o);
  g_assert_null (run (two, 1, &o, &error));
  g_assert_error (error, VS_RULES_ERROR, VS_RULES_ERROR_SPC);
  g_assert_cmpstr (error->message, ==, "A control chart needs at least two values; there are 1");
  g_clear_error (&error);

  g_assert_null (run (bad, 3, &o, &error));
  g_assert_cmpstr (error->message, ==, "Value 2 of the chart is not a number");
  g_clear_error (&error);

  g_assert_null (vs_spc_compute (periods, reference, 3, &o, &error));
  g_assert_cmpstr (error->message, ==, "The values are not in period order at value 3");
  g_clear_error (&error);

  o.baseline = 6;
  g_assert_null (run (reference, 18, &o, &error));
  g_assert_cmpstr (error->message, ==, "A baseline needs at least 12 points, not 6");
  g_clear_error (&error);

  vs_spc_options_init (&o);
  o.rebase = &rebase;
  o.n_rebase = 1;
  g_assert_null (run (reference, 18, &o, &error));
  g_assert_cmpstr (error->message, ==, "Cannot rebase at 2019-05: the values run from 2016-01 to 2017-06");
  g_clear_error (&error);

  rebase = JAN16 + 17;   /* would leave the last value alone */
  g_assert_null (run (reference, 18, &o, &error));
  g_assert_cmpstr (error->message, ==, "The limits from 2017-06 would rest on a single value");
  g_clear_error (&error);

  /* A rebase at the first value changes nothing. */
  rebase = JAN16;
  {
    g_autoptr(VsSpcResult) r = run_ok (reference, 18, &o);
    g_assert_cmpuint (r->n_segments, ==, 1);
  }
}

static void
test_series (void)
{
  /* CP - % children seen, Nov 16 to Nov 17, with Feb 17 gone missing: the chart runs
   * over the twelve values there are, and says twelve are just enough. */
  double values[13];
  g_autoptr(VsSeries) s = NULL;
  g_autoptr(VsSpcResult) r = NULL;
  g_autoptr(GError) error = NULL;
  VsSpcOptions o;
  double sum = 0;

  for (guint i = 0; i < 13; i++)
    values[i] = i == 3 ? NAN : norfolk_cp_seen[i];
  s = series_from (NOV16, values, 13);
  vs_spc_options_init (&o);
  o.polarity = VS_POLARITY_HIGHER_IS_BETTER;
  o.target = 100;
  r = vs_spc_compute_series (s, &o, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (r->n_points, ==, 12);
  g_assert_cmpint (r->points[3].period, ==, vs_period_new (2017, 3));
  g_assert_null (r->warning);
  for (guint i = 0; i < 13; i++)
    if (i != 3)
      sum += norfolk_cp_seen[i];
  g_assert_cmpfloat_with_epsilon (r->segments[0].mean, sum / 12, 1e-9);
  /* Worked through by hand: mean 75.84, mean moving range 6.97 (the 31.7 drop into Jun 17
   * is screened out), limits 57.30 to 94.38, near limits 63.48 and 88.20. Dec 16 to
   * May 17 sit close to the upper limit in twos and threes; Aug 17's 49.2 is outside;
   * Nov 17's 58.1 is common cause. 100% lies beyond the upper limit: the process, as it
   * runs, will not meet its target. */
  g_assert_cmpfloat (round2 (r->segments[0].mean), ==, 75.84);
  g_assert_cmpfloat (round2 (r->segments[0].lower), ==, 57.30);
  g_assert_cmpfloat (round2 (r->segments[0].upper), ==, 94.38);
  g_assert_cmpuint (r->segments[0].n_screened, ==, 1);
  for (guint i = 1; i <= 5; i++)
    {
      g_assert_cmpint (r->points[i].label, ==, VS_SPC_SIGNAL_TWO_IN_THREE);
      g_assert_cmpint (r->points[i].variation, ==, VS_SPC_IMPROVEMENT);
    }
  g_assert_cmpint (r->points[8].period, ==, vs_period_new (2017, 8));
  g_assert_cmpint (r->points[8].label, ==, VS_SPC_SIGNAL_OUTSIDE);
  g_assert_cmpint (r->points[8].variation, ==, VS_SPC_CONCERN);
  g_assert_cmpint (r->points[11].label, ==, VS_SPC_SIGNAL_NONE);
  g_assert_cmpint (r->variation, ==, VS_SPC_COMMON_CAUSE);
  g_assert_cmpint (r->assurance, ==, VS_SPC_ASSURANCE_FAIL);
}

/* Random series, ties and all, with random options: the invariants of every chart. */
static void
test_random_invariants (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (4242);

  for (guint attempt = 0; attempt < 500; attempt++)
    {
      guint n = g_rand_int_range (rand, 2, 60);
      double values[60];
      VsPeriod rebase;
      VsSpcOptions o;
      g_autoptr(VsSpcResult) r = NULL;
      g_autoptr(GError) error = NULL;

      for (guint i = 0; i < n; i++)
        values[i] = g_rand_int_range (rand, 0, 4) == 0 ? 5 : g_rand_int_range (rand, 0, 10);
      vs_spc_options_init (&o);
      o.screen = g_rand_boolean (rand);
      o.polarity = (VsPolarity) g_rand_int_range (rand, 0, 3);
      o.target = g_rand_double_range (rand, -5, 15);
      o.shift_length = g_rand_int_range (rand, 2, 9);
      o.trend_length = g_rand_int_range (rand, 2, 9);
      rebase = JAN16 + g_rand_int_range (rand, 0, n);
      if (g_rand_boolean (rand))
        {
          o.rebase = &rebase;
          o.n_rebase = 1;
        }
      r = run (values, n, &o, &error);
      if (r == NULL)
        {
          /* Only a rebase leaving a single value on either side may fail here. */
          g_assert_error (error, VS_RULES_ERROR, VS_RULES_ERROR_SPC);
          g_assert_true (o.n_rebase == 1 &&
                         (rebase == JAN16 + 1 || rebase == JAN16 + (VsPeriod) n - 1));
          g_assert_true (g_str_has_suffix (error->message, "would rest on a single value"));
          continue;
        }
      for (guint i = 0; i < r->n_points; i++)
        {
          const VsSpcPoint *p = &r->points[i];

          g_assert_true (p->lower <= p->near_lower && p->near_lower <= p->mean);
          g_assert_true (p->mean <= p->near_upper && p->near_upper <= p->upper);
          g_assert_cmpint (p->outside, ==, p->value > p->upper || p->value < p->lower);
          g_assert_false (p->outside && p->close);
          g_assert_cmpint (!!(p->signals & VS_SPC_SIGNAL_OUTSIDE), ==, p->outside);
          g_assert_cmpint (p->label == VS_SPC_SIGNAL_NONE, ==, p->signals == VS_SPC_SIGNAL_NONE);
          g_assert_true (p->label == 0 || (p->signals & p->label));
          /* the label is the lowest bit: the highest precedence */
          g_assert_true (p->label == 0 || (p->signals & (p->label - 1)) == 0);
          g_assert_cmpint (p->variation == VS_SPC_COMMON_CAUSE, ==, p->label == VS_SPC_SIGNAL_NONE);
          if (p->signals & VS_SPC_SIGNAL_TWO_IN_THREE)
            g_assert_true (p->close);
          if (p->signals & VS_SPC_SIGNAL_SHIFT)
            g_assert_cmpint (p->side, !=, 0);
        }
      g_assert_cmpint (r->variation, ==, r->points[r->n_points - 1].variation);
      g_assert_cmpint (r->assurance == VS_SPC_ASSURANCE_NONE, ==, o.polarity == VS_POLARITY_INFO);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/rules/spc/reference-screened", test_reference_screened);
  g_test_add_func ("/rules/spc/reference-unscreened", test_reference_unscreened);
  g_test_add_func ("/rules/spc/signals", test_signals);
  g_test_add_func ("/rules/spc/precedence-and-variation", test_precedence_and_variation);
  g_test_add_func ("/rules/spc/run-lengths", test_run_lengths);
  g_test_add_func ("/rules/spc/assurance", test_assurance);
  g_test_add_func ("/rules/spc/rebase", test_rebase);
  g_test_add_func ("/rules/spc/baseline", test_baseline);
  g_test_add_func ("/rules/spc/errors", test_errors);
  g_test_add_func ("/rules/spc/series", test_series);
  g_test_add_func ("/rules/spc/random-invariants", test_random_invariants);
  return g_test_run ();
}
