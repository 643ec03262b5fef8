/* test-rag.c: every rule at its boundaries, mirrored under flipped polarity
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "vs-rag.h"

#define HIGH VS_POLARITY_HIGHER_IS_BETTER
#define LOW VS_POLARITY_LOWER_IS_BETTER
#define INFO VS_POLARITY_INFO
#define PCT VS_UNIT_PERCENTAGE
#define AVG VS_UNIT_AVERAGE
#define CNT VS_UNIT_COUNT
#define AUTO VS_RAG_RULE_AUTO

typedef struct {
  VsPolarity  polarity;
  VsUnit      unit;
  const char *target;
  double      red;
  double      green;
  VsRagRule   rule;
  double      amber_percent;
  double      value;
  VsRag       want;
  VsRagRule   want_rule;
  double      want_variance;   /* NAN: not rated */
  const char *explanation;
} Case;

static const Case cases[] = {
  /* Tolerance, higher is better: Green >= green, Red < red, Amber between. */
  { HIGH, PCT, NULL, 80, 90, AUTO, NAN, 95.0, VS_RAG_GREEN, VS_RAG_RULE_TOLERANCE, 0,
    "95.0% is at or above the green threshold of 90%" },
  { HIGH, PCT, NULL, 80, 90, AUTO, NAN, 90.0, VS_RAG_GREEN, VS_RAG_RULE_TOLERANCE, 0,
    "90.0% is at or above the green threshold of 90%" },
  { HIGH, PCT, NULL, 80, 90, AUTO, NAN, 89.9, VS_RAG_AMBER, VS_RAG_RULE_TOLERANCE, 0.1 / 90 * 100,
    "89.9% is between the red threshold of 80% and the green threshold of 90%" },
  { HIGH, PCT, NULL, 80, 90, AUTO, NAN, 80.0, VS_RAG_AMBER, VS_RAG_RULE_TOLERANCE, 10.0 / 90 * 100,
    "80.0% is between the red threshold of 80% and the green threshold of 90%" },
  { HIGH, PCT, NULL, 80, 90, AUTO, NAN, 79.9, VS_RAG_RED, VS_RAG_RULE_TOLERANCE, 10.1 / 90 * 100,
    "79.9% is below the red threshold of 80%" },
  /* With a target as well, the variance (for the exception rule) is against the target. */
  { HIGH, PCT, "95%", 80, 90, AUTO, NAN, 68.6, VS_RAG_RED, VS_RAG_RULE_TOLERANCE, 26.4 / 95 * 100,
    "68.6% is below the red threshold of 80%" },
  { HIGH, PCT, "100%", 80, 90, AUTO, NAN, 86.0, VS_RAG_AMBER, VS_RAG_RULE_TOLERANCE, 14.0,
    "86.0% is between the red threshold of 80% and the green threshold of 90%" },
  { LOW, AVG, "Between 15-20", 25, 22, AUTO, NAN, 23.0, VS_RAG_AMBER, VS_RAG_RULE_TOLERANCE, 15.0,
    "23 is between the red threshold of 25 and the green threshold of 22" },
  { LOW, AVG, "Between 15-20", 25, 22, AUTO, NAN, 17.0, VS_RAG_GREEN, VS_RAG_RULE_TOLERANCE, 0,
    "17 is at or below the green threshold of 22" },
  /* ... mirrored: lower is better, Green <= green, Red > red. */
  { LOW, PCT, NULL, 20, 10, AUTO, NAN, 5.0, VS_RAG_GREEN, VS_RAG_RULE_TOLERANCE, 0,
    "5.0% is at or below the green threshold of 10%" },
  { LOW, PCT, NULL, 20, 10, AUTO, NAN, 10.0, VS_RAG_GREEN, VS_RAG_RULE_TOLERANCE, 0,
    "10.0% is at or below the green threshold of 10%" },
  { LOW, PCT, NULL, 20, 10, AUTO, NAN, 10.1, VS_RAG_AMBER, VS_RAG_RULE_TOLERANCE, 1.0,
    "10.1% is between the red threshold of 20% and the green threshold of 10%" },
  { LOW, PCT, NULL, 20, 10, AUTO, NAN, 20.0, VS_RAG_AMBER, VS_RAG_RULE_TOLERANCE, 100.0,
    "20.0% is between the red threshold of 20% and the green threshold of 10%" },
  { LOW, PCT, NULL, 20, 10, AUTO, NAN, 20.1, VS_RAG_RED, VS_RAG_RULE_TOLERANCE, 101.0,
    "20.1% is above the red threshold of 20%" },
  /* Thresholds in a count: no stray ".0". */
  { HIGH, CNT, NULL, 100, 150, AUTO, NAN, 120, VS_RAG_AMBER, VS_RAG_RULE_TOLERANCE, 20.0,
    "120 is between the red threshold of 100 and the green threshold of 150" },

  /* Relative, higher is better: Green at least as good, Amber within 10% of the target
   * (relative, not points), Red beyond. The Norfolk Nov 17 figures. */
  { HIGH, PCT, "100%", NAN, NAN, AUTO, NAN, 100.0, VS_RAG_GREEN, VS_RAG_RULE_RELATIVE, 0,
    "100.0% meets the target of 100%" },
  { HIGH, PCT, "100%", NAN, NAN, AUTO, NAN, 100.5, VS_RAG_GREEN, VS_RAG_RULE_RELATIVE, 0,
    "100.5% is better than the target of 100%" },
  { HIGH, PCT, "100%", NAN, NAN, AUTO, NAN, 95.3, VS_RAG_AMBER, VS_RAG_RULE_RELATIVE, 4.7,
    "95.3% is 4.7% worse than the target of 100%, within the amber margin of 10%" },
  { HIGH, PCT, "100%", NAN, NAN, AUTO, NAN, 90.0, VS_RAG_AMBER, VS_RAG_RULE_RELATIVE, 10.0,
    "90.0% is 10.0% worse than the target of 100%, within the amber margin of 10%" },
  { HIGH, PCT, "100%", NAN, NAN, AUTO, NAN, 89.9, VS_RAG_RED, VS_RAG_RULE_RELATIVE, 10.1,
    "89.9% is 10.1% worse than the target of 100%" },
  { HIGH, PCT, "100%", NAN, NAN, AUTO, NAN, 58.1, VS_RAG_RED, VS_RAG_RULE_RELATIVE, 41.9,
    "58.1% is 41.9% worse than the target of 100%" },
  { HIGH, PCT, "100%", NAN, NAN, AUTO, NAN, 64.7, VS_RAG_RED, VS_RAG_RULE_RELATIVE, 35.3,
    "64.7% is 35.3% worse than the target of 100%" },
  /* The margin is relative: 10% of a 50% target is 5 points. */
  { HIGH, PCT, "50%", NAN, NAN, AUTO, NAN, 45.0, VS_RAG_AMBER, VS_RAG_RULE_RELATIVE, 10.0,
    "45.0% is 10.0% worse than the target of 50%, within the amber margin of 10%" },
  { HIGH, PCT, "50%", NAN, NAN, AUTO, NAN, 44.9, VS_RAG_RED, VS_RAG_RULE_RELATIVE, 10.2,
    "44.9% is 10.2% worse than the target of 50%" },
  /* ... mirrored: lower is better. Re-referrals to Early Help 9.4% against 20.0%. */
  { LOW, PCT, "20.0%", NAN, NAN, AUTO, NAN, 9.4, VS_RAG_GREEN, VS_RAG_RULE_RELATIVE, 0,
    "9.4% is better than the target of 20.0%" },
  { LOW, PCT, "20.0%", NAN, NAN, AUTO, NAN, 20.0, VS_RAG_GREEN, VS_RAG_RULE_RELATIVE, 0,
    "20.0% meets the target of 20.0%" },
  { LOW, PCT, "20.0%", NAN, NAN, AUTO, NAN, 22.0, VS_RAG_AMBER, VS_RAG_RULE_RELATIVE, 10.0,
    "22.0% is 10.0% worse than the target of 20.0%, within the amber margin of 10%" },
  { LOW, PCT, "20.0%", NAN, NAN, AUTO, NAN, 22.1, VS_RAG_RED, VS_RAG_RULE_RELATIVE, 10.5,
    "22.1% is 10.5% worse than the target of 20.0%" },
  /* Flipping the polarity flips the verdict on the same figures. */
  { LOW, PCT, "100%", NAN, NAN, AUTO, NAN, 58.1, VS_RAG_GREEN, VS_RAG_RULE_RELATIVE, 0,
    "58.1% is better than the target of 100%" },
  { HIGH, PCT, "20.0%", NAN, NAN, AUTO, NAN, 9.4, VS_RAG_RED, VS_RAG_RULE_RELATIVE, 53.0,
    "9.4% is 53.0% worse than the target of 20.0%" },
  /* "<20%" says lower is better whatever the polarity: S17 re-referrals 23.5%. */
  { LOW, PCT, "<20%", NAN, NAN, AUTO, NAN, 23.5, VS_RAG_RED, VS_RAG_RULE_RELATIVE, 17.5,
    "23.5% is 17.5% worse than the target of 20%" },
  { HIGH, PCT, "<20%", NAN, NAN, AUTO, NAN, 19.0, VS_RAG_GREEN, VS_RAG_RULE_RELATIVE, 0,
    "19.0% is better than the target of 20%" },
  { INFO, PCT, "3% or less", NAN, NAN, AUTO, NAN, 3.3, VS_RAG_AMBER, VS_RAG_RULE_RELATIVE, 10.0,
    "3.3% is 10.0% worse than the target of 3%, within the amber margin of 10%" },
  { LOW, PCT, ">= 90%", NAN, NAN, AUTO, NAN, 80.0, VS_RAG_RED, VS_RAG_RULE_RELATIVE, 100.0 / 9,
    "80.0% is 11.1% worse than the target of 90%" },
  /* An indicator's own margin. */
  { HIGH, PCT, "100%", NAN, NAN, AUTO, 5, 95.0, VS_RAG_AMBER, VS_RAG_RULE_RELATIVE, 5.0,
    "95.0% is 5.0% worse than the target of 100%, within the amber margin of 5%" },
  { HIGH, PCT, "100%", NAN, NAN, AUTO, 5, 94.9, VS_RAG_RED, VS_RAG_RULE_RELATIVE, 5.1,
    "94.9% is 5.1% worse than the target of 100%" },
  /* A target of zero has no relative margin. */
  { LOW, CNT, "0", NAN, NAN, AUTO, NAN, 0, VS_RAG_GREEN, VS_RAG_RULE_RELATIVE, 0,
    "0 meets the target of 0" },
  { LOW, CNT, "0", NAN, NAN, AUTO, NAN, 1, VS_RAG_RED, VS_RAG_RULE_RELATIVE, INFINITY,
    "1 is worse than the target of 0" },
  /* A count target. */
  { HIGH, CNT, "1033", NAN, NAN, AUTO, NAN, 1000, VS_RAG_AMBER, VS_RAG_RULE_RELATIVE, 33.0 / 10.33,
    "1,000 is 3.2% worse than the target of 1,033, within the amber margin of 10%" },

  /* Band: Green inside, Amber within 10% of the nearer bound outside, Red beyond; the
   * same under every polarity. Caseloads "Between 15-20". */
  { HIGH, AVG, "Between 15-20", NAN, NAN, AUTO, NAN, 15, VS_RAG_GREEN, VS_RAG_RULE_BAND, 0,
    "15 is within the target range of 15 to 20" },
  { LOW, AVG, "Between 15-20", NAN, NAN, AUTO, NAN, 20, VS_RAG_GREEN, VS_RAG_RULE_BAND, 0,
    "20 is within the target range of 15 to 20" },
  { INFO, AVG, "Between 15-20", NAN, NAN, AUTO, NAN, 17.5, VS_RAG_GREEN, VS_RAG_RULE_BAND, 0,
    "17.5 is within the target range of 15 to 20" },
  { HIGH, AVG, "Between 15-20", NAN, NAN, AUTO, NAN, 13.5, VS_RAG_AMBER, VS_RAG_RULE_BAND, 10.0,
    "13.5 is 10.0% below the target range of 15 to 20, within the amber margin of 10%" },
  { LOW, AVG, "Between 15-20", NAN, NAN, AUTO, NAN, 13.5, VS_RAG_AMBER, VS_RAG_RULE_BAND, 10.0,
    "13.5 is 10.0% below the target range of 15 to 20, within the amber margin of 10%" },
  { HIGH, AVG, "Between 15-20", NAN, NAN, AUTO, NAN, 13.4, VS_RAG_RED, VS_RAG_RULE_BAND, 1.6 / 15 * 100,
    "13.4 is 10.7% below the target range of 15 to 20" },
  { HIGH, AVG, "Between 15-20", NAN, NAN, AUTO, NAN, 22, VS_RAG_AMBER, VS_RAG_RULE_BAND, 10.0,
    "22 is 10.0% above the target range of 15 to 20, within the amber margin of 10%" },
  { LOW, AVG, "Between 15-20", NAN, NAN, AUTO, NAN, 22.1, VS_RAG_RED, VS_RAG_RULE_BAND, 10.5,
    "22.1 is 10.5% above the target range of 15 to 20" },
  /* Re-referrals "20-25%", and the officers' "Under 20% and over 10%". */
  { LOW, PCT, "20-25%", NAN, NAN, AUTO, NAN, 23.5, VS_RAG_GREEN, VS_RAG_RULE_BAND, 0,
    "23.5% is within the target range of 20% to 25%" },
  { LOW, PCT, "20-25%", NAN, NAN, AUTO, NAN, 26.3, VS_RAG_AMBER, VS_RAG_RULE_BAND, 5.2,
    "26.3% is 5.2% above the target range of 20% to 25%, within the amber margin of 10%" },
  { LOW, PCT, "Under 20% and over 10%", NAN, NAN, AUTO, NAN, 9.0, VS_RAG_AMBER, VS_RAG_RULE_BAND, 10.0,
    "9.0% is 10.0% below the target range of 10% to 20%, within the amber margin of 10%" },
  { LOW, PCT, "Under 20% and over 10%", NAN, NAN, AUTO, NAN, 8.9, VS_RAG_RED, VS_RAG_RULE_BAND, 11.0,
    "8.9% is 11.0% below the target range of 10% to 20%" },

  /* None: nothing to rate against, or information only. */
  { HIGH, PCT, NULL, NAN, NAN, AUTO, NAN, 83.5, VS_RAG_NONE, VS_RAG_RULE_NONE, NAN,
    "No target is set, so the figure is not rated" },
  { HIGH, PCT, "N/A", NAN, NAN, AUTO, NAN, 83.5, VS_RAG_NONE, VS_RAG_RULE_NONE, NAN,
    "No target is set, so the figure is not rated" },
  { INFO, PCT, "95%", NAN, NAN, AUTO, NAN, 83.5, VS_RAG_NONE, VS_RAG_RULE_NONE, NAN,
    "Information only: the figure is not rated" },
  { INFO, PCT, NULL, 80, 90, AUTO, NAN, 83.5, VS_RAG_NONE, VS_RAG_RULE_NONE, NAN,
    "Information only: the figure is not rated" },
  { HIGH, PCT, "95%", NAN, NAN, VS_RAG_RULE_NONE, NAN, 50.0, VS_RAG_NONE, VS_RAG_RULE_NONE, NAN,
    "The indicator is set not to be rated" },
  /* An explicit rule beats the automatic choice. */
  { HIGH, PCT, "100%", 80, 90, VS_RAG_RULE_RELATIVE, NAN, 85.0, VS_RAG_RED, VS_RAG_RULE_RELATIVE, 15.0,
    "85.0% is 15.0% worse than the target of 100%" },
};

static VsIndicator *
make_indicator (const Case *c)
{
  VsIndicator *ind = vs_indicator_new ();

  ind->ref = g_strdup ("T1");
  ind->polarity = c->polarity;
  ind->unit = c->unit;
  ind->target_text = g_strdup (c->target);
  ind->red_threshold = c->red;
  ind->green_threshold = c->green;
  ind->rag_rule = c->rule;
  ind->amber_percent = c->amber_percent;
  return ind;
}

static void
test_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Case *c = &cases[i];
      g_autoptr(VsIndicator) ind = make_indicator (c);
      g_autoptr(GError) error = NULL;
      VsRating rating;

      g_test_message ("case %u: %g against “%s” (red %g, green %g)", i, c->value,
                      c->target ? c->target : "", c->red, c->green);
      g_assert_true (vs_rag_rate_indicator (ind, VS_OBS_ACTUAL, c->value, NAN, &rating, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (vs_rag_to_string (rating.rag), ==, vs_rag_to_string (c->want));
      g_assert_cmpint (rating.rule, ==, c->want_rule);
      g_assert_cmpstr (rating.explanation, ==, c->explanation);
      if (isnan (c->want_variance))
        g_assert_true (isnan (rating.variance));
      else if (isinf (c->want_variance))
        g_assert_true (isinf (rating.variance));
      else
        g_assert_cmpfloat_with_epsilon (rating.variance, c->want_variance, 1e-9);
      vs_rating_clear (&rating);
    }
}

static void
test_states (void)
{
  const Case c = { HIGH, PCT, "100%", NAN, NAN, AUTO, NAN, 0, 0, 0, 0, NULL };
  g_autoptr(VsIndicator) ind = make_indicator (&c);
  static const struct {
    VsObsState state;
    double value;
    VsRag want;
    const char *explanation;
  } states[] = {
    { VS_OBS_MISSING, NAN, VS_RAG_PENDING, "A value is due for this period but not yet available" },
    { VS_OBS_ACTUAL, NAN, VS_RAG_PENDING, "A value is due for this period but not yet available" },
    { VS_OBS_NOT_EXPECTED, NAN, VS_RAG_NOT_EXPECTED, "No value is expected for this period" },
    { VS_OBS_SUPPRESSED, NAN, VS_RAG_SUPPRESSED, "The figure is suppressed in the source, so it is not rated" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    {
      VsRating rating;

      g_assert_true (vs_rag_rate_indicator (ind, states[i].state, states[i].value, NAN, &rating, NULL));
      g_assert_cmpint (rating.rag, ==, states[i].want);
      g_assert_cmpint (rating.rule, ==, VS_RAG_RULE_NONE);
      g_assert_true (isnan (rating.variance) && isnan (rating.comparator));
      g_assert_cmpstr (rating.explanation, ==, states[i].explanation);
      vs_rating_clear (&rating);
    }
}

static void
test_benchmark (void)
{
  const Case c = { HIGH, PCT, "100%", NAN, NAN, AUTO, NAN, 0, 0, 0, 0, NULL };
  g_autoptr(VsIndicator) ind = make_indicator (&c);
  VsRating rating;

  /* Against the national top quartile when there is a figure for it ... */
  ind->rag_comparator = VS_COMPARATOR_NATIONAL_TOP_QUARTILE;
  g_assert_true (vs_rag_rate_indicator (ind, VS_OBS_ACTUAL, 58.1, 60.0, &rating, NULL));
  g_assert_cmpint (rating.rag, ==, VS_RAG_AMBER);
  g_assert_cmpfloat (rating.comparator, ==, 60.0);
  g_assert_cmpstr (rating.explanation, ==,
                   "58.1% is 3.2% worse than National top quartile (60.0%), within the amber margin of 10%");
  vs_rating_clear (&rating);

  g_assert_true (vs_rag_rate_indicator (ind, VS_OBS_ACTUAL, 61.0, 60.0, &rating, NULL));
  g_assert_cmpint (rating.rag, ==, VS_RAG_GREEN);
  g_assert_cmpstr (rating.explanation, ==, "61.0% is better than National top quartile (60.0%)");
  vs_rating_clear (&rating);

  /* ... else against the target ... */
  g_assert_true (vs_rag_rate_indicator (ind, VS_OBS_ACTUAL, 58.1, NAN, &rating, NULL));
  g_assert_cmpint (rating.rag, ==, VS_RAG_RED);
  g_assert_cmpstr (rating.explanation, ==, "58.1% is 41.9% worse than the target of 100%");
  vs_rating_clear (&rating);

  /* ... and with neither, not at all. */
  g_clear_pointer (&ind->target_text, g_free);
  g_assert_true (vs_rag_rate_indicator (ind, VS_OBS_ACTUAL, 58.1, NAN, &rating, NULL));
  g_assert_cmpint (rating.rag, ==, VS_RAG_NONE);
  g_assert_cmpint (rating.rule, ==, VS_RAG_RULE_NONE);
  g_assert_cmpstr (rating.explanation, ==,
                   "There is no National top quartile figure for this period to rate against");
  vs_rating_clear (&rating);

  /* A benchmark handed to an indicator rated against its target is ignored. */
  ind->rag_comparator = -1;
  ind->target_text = g_strdup ("100%");
  g_assert_true (vs_rag_rate_indicator (ind, VS_OBS_ACTUAL, 58.1, 50.0, &rating, NULL));
  g_assert_cmpint (rating.rag, ==, VS_RAG_RED);
  vs_rating_clear (&rating);
}

static void
test_rule_choice (void)
{
  static const struct {
    const char *target;
    double red, green;
    int comparator;
    VsRagRule rule;
    VsRagRule want;
  } choices[] = {
    { "95%", 80, 90, -1, AUTO, VS_RAG_RULE_TOLERANCE },     /* thresholds first */
    { "Between 15-20", NAN, NAN, -1, AUTO, VS_RAG_RULE_BAND },
    { "95%", NAN, NAN, -1, AUTO, VS_RAG_RULE_RELATIVE },
    { NULL, NAN, NAN, VS_COMPARATOR_SN_AVERAGE, AUTO, VS_RAG_RULE_RELATIVE },
    { NULL, NAN, NAN, -1, AUTO, VS_RAG_RULE_NONE },
    { "95%", 80, NAN, -1, AUTO, VS_RAG_RULE_RELATIVE },     /* half a tolerance is none */
    { "95%", 80, 90, -1, VS_RAG_RULE_RELATIVE, VS_RAG_RULE_RELATIVE },
    { "Between 15-20", 80, 90, -1, VS_RAG_RULE_BAND, VS_RAG_RULE_BAND },
    { "95%", 80, 90, -1, VS_RAG_RULE_NONE, VS_RAG_RULE_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    {
      g_autoptr(VsIndicator) ind = vs_indicator_new ();
      g_autoptr(GError) error = NULL;
      VsRagSpec spec;

      ind->target_text = g_strdup (choices[i].target);
      ind->red_threshold = choices[i].red;
      ind->green_threshold = choices[i].green;
      ind->rag_comparator = choices[i].comparator;
      ind->rag_rule = choices[i].rule;
      g_assert_true (vs_rag_spec_init (&spec, ind, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (vs_rag_rule_to_string (spec.rule), ==, vs_rag_rule_to_string (choices[i].want));
      g_assert_cmpfloat (spec.amber_percent, ==, VS_RAG_DEFAULT_AMBER_PERCENT);
    }
}

static void
test_rule_errors (void)
{
  static const struct {
    const char *target;
    double red, green, amber;
    VsRagRule rule;
    int code;
    const char *message;
  } errors[] = {
    { "95%", NAN, 90, NAN, VS_RAG_RULE_TOLERANCE, VS_RULES_ERROR_RULE,
      "The tolerance rule needs both a red and a green threshold" },
    { "95%", NAN, NAN, NAN, VS_RAG_RULE_BAND, VS_RULES_ERROR_RULE,
      "The band rule needs a target range such as “15-20”" },
    { "15-20", NAN, NAN, NAN, VS_RAG_RULE_RELATIVE, VS_RULES_ERROR_RULE,
      "The relative rule needs a single target figure or a comparator" },
    { "95%", NAN, NAN, -1, AUTO, VS_RULES_ERROR_RULE,
      "The amber margin must be a percentage of zero or more" },
    { "ninety", NAN, NAN, NAN, AUTO, VS_RULES_ERROR_TARGET,
      "Cannot read the target “ninety”: unexpected “ninety”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (errors); i++)
    {
      g_autoptr(VsIndicator) ind = vs_indicator_new ();
      g_autoptr(GError) error = NULL;
      VsRating rating;

      ind->target_text = g_strdup (errors[i].target);
      ind->red_threshold = errors[i].red;
      ind->green_threshold = errors[i].green;
      ind->amber_percent = errors[i].amber;
      ind->rag_rule = errors[i].rule;
      g_assert_false (vs_rag_rate_indicator (ind, VS_OBS_ACTUAL, 50, NAN, &rating, &error));
      g_assert_error (error, VS_RULES_ERROR, errors[i].code);
      g_assert_cmpstr (error->message, ==, errors[i].message);
      g_assert_null (rating.explanation);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/rules/rag/table", test_table);
  g_test_add_func ("/rules/rag/states", test_states);
  g_test_add_func ("/rules/rag/benchmark", test_benchmark);
  g_test_add_func ("/rules/rag/rule-choice", test_rule_choice);
  g_test_add_func ("/rules/rag/rule-errors", test_rule_errors);
  return g_test_run ();
}
