/* test-types.c: machine names both ways, and values in their units
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "vs-enum-names.h"
#include "vs-indicator.h"
#include "vs-types.h"

static void
test_names_round_trip (void)
{
  for (int i = 0; i < VS_N_POLARITIES; i++)
    {
      VsPolarity back;
      g_assert_true (vs_polarity_from_string (vs_polarity_to_string (i), &back));
      g_assert_cmpint (back, ==, i);
    }
  for (int i = 0; i < VS_N_UNITS; i++)
    {
      VsUnit back;
      g_assert_true (vs_unit_from_string (vs_unit_to_string (i), &back));
      g_assert_cmpint (back, ==, i);
    }
  for (int i = 0; i < VS_N_COMPARATORS; i++)
    {
      VsComparator back;
      g_assert_true (vs_comparator_from_string (vs_comparator_to_string (i), &back));
      g_assert_cmpint (back, ==, i);
    }
}

static void
test_names_as_officers_write_them (void)
{
  VsPolarity polarity;
  VsUnit unit;
  VsComparator comparator;

  /* "Bigger or Smaller is better" (the dashboard) and "Good perf. is" (the MI report) */
  g_assert_true (vs_polarity_from_string ("Bigger", &polarity));
  g_assert_cmpint (polarity, ==, VS_POLARITY_HIGHER_IS_BETTER);
  g_assert_true (vs_polarity_from_string ("  Smaller ", &polarity));
  g_assert_cmpint (polarity, ==, VS_POLARITY_LOWER_IS_BETTER);
  g_assert_true (vs_polarity_from_string ("Low", &polarity));
  g_assert_cmpint (polarity, ==, VS_POLARITY_LOWER_IS_BETTER);
  g_assert_true (vs_polarity_from_string ("Info", &polarity));
  g_assert_cmpint (polarity, ==, VS_POLARITY_INFO);
  g_assert_false (vs_polarity_from_string ("sideways", &polarity));

  g_assert_true (vs_unit_from_string ("Percentage", &unit));
  g_assert_cmpint (unit, ==, VS_UNIT_PERCENTAGE);
  g_assert_true (vs_unit_from_string ("Rate", &unit));
  g_assert_cmpint (unit, ==, VS_UNIT_RATE_10K);
  g_assert_true (vs_unit_from_string ("Maximum", &unit));
  g_assert_cmpint (unit, ==, VS_UNIT_MAXIMUM);

  g_assert_true (vs_comparator_from_string ("Stat neigh avg", &comparator));
  g_assert_cmpint (comparator, ==, VS_COMPARATOR_SN_AVERAGE);
  g_assert_true (vs_comparator_from_string ("Nat. top quartile", &comparator));
  g_assert_cmpint (comparator, ==, VS_COMPARATOR_NATIONAL_TOP_QUARTILE);
  g_assert_true (vs_comparator_from_string ("Eastern region", &comparator));
  g_assert_cmpint (comparator, ==, VS_COMPARATOR_REGIONAL_AVERAGE);
}

static void
test_format_values (void)
{
  const struct { VsUnit unit; double value; const char *expected; } cases[] = {
    { VS_UNIT_PERCENTAGE, 58.1, "58.1%" },
    { VS_UNIT_PERCENTAGE, 100, "100.0%" },
    { VS_UNIT_RATE_10K, 65.7, "65.7" },
    { VS_UNIT_RATE_10K, 62, "62.0" },       /* beside 62.3 in the same row */
    { VS_UNIT_COUNT, 1053, "1,053" },
    { VS_UNIT_COUNT, 582, "582" },
    { VS_UNIT_COUNT, 1234567, "1,234,567" },
    { VS_UNIT_AVERAGE, 338, "338" },
    { VS_UNIT_MONEY, 1200, "£1,200" },
    { VS_UNIT_COUNT, -1053, "-1,053" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = vs_unit_format_value (cases[i].unit, cases[i].value);
      g_assert_cmpstr (text, ==, cases[i].expected);
    }
  {
    g_autofree char *empty = vs_unit_format_value (VS_UNIT_PERCENTAGE, NAN);
    g_assert_cmpstr (empty, ==, "");
  }
  /* As a number, the figure the text shows: Norfolk's re-referrals of 2024-25 worked out
   * from numerator and denominator, 17.857…%, are 17.9 as "17.9%" is. */
  g_assert_cmpfloat (vs_unit_round_value (VS_UNIT_PERCENTAGE, 1250.0 / 7000 * 100), ==, 17.9);
  g_assert_cmpfloat (vs_unit_round_value (VS_UNIT_MONEY, 1200.456), ==, 1200.46);
  g_assert_cmpfloat (vs_unit_round_value (VS_UNIT_COUNT, 582), ==, 582);
  g_assert_true (isnan (vs_unit_round_value (VS_UNIT_COUNT, NAN)));
}

static void
test_rag_and_travel_names (void)
{
  g_assert_cmpstr (vs_rag_to_string (VS_RAG_NOT_EXPECTED), ==, "not-expected");
  g_assert_cmpstr (vs_rag_to_string (VS_RAG_RED), ==, "red");
  g_assert_cmpstr (vs_travel_to_string (VS_TRAVEL_DECLINING), ==, "declining");
}

/* The names are stored in databases and files: the nicks mkenums derives from the values'
 * identifiers must not change when someone renames an identifier. */
static void
assert_names (GType              type,
              int                n_values,
              const char *(*to_string) (int),
              const char * const *expected)
{
  GEnumClass *klass = g_type_class_ref (type);

  g_assert_cmpuint (klass->n_values, ==, (guint) n_values);
  for (int i = 0; i < n_values; i++)
    {
      int back = -1;

      g_assert_cmpstr (to_string (i), ==, expected[i]);
      g_assert_cmpstr (vs_enum_to_nick (type, i), ==, expected[i]);
      g_assert_true (vs_enum_from_nick (type, expected[i], &back));
      g_assert_cmpint (back, ==, i);
    }
  g_assert_null (expected[n_values]);
  g_type_class_unref (klass);
}

#define NAMES(...) ((const char * const []) { __VA_ARGS__, NULL })

static void
test_names_are_the_gtype_nicks (void)
{
  assert_names (VS_TYPE_POLARITY, VS_N_POLARITIES, (const char *(*) (int)) vs_polarity_to_string,
                NAMES ("higher", "lower", "info"));
  assert_names (VS_TYPE_UNIT, VS_N_UNITS, (const char *(*) (int)) vs_unit_to_string,
                NAMES ("count", "percentage", "rate-10k", "average", "days", "maximum", "money"));
  assert_names (VS_TYPE_PERIODICITY, VS_N_PERIODICITIES,
                (const char *(*) (int)) vs_periodicity_to_string,
                NAMES ("monthly", "quarterly", "termly", "annual"));
  assert_names (VS_TYPE_OBS_STATE, VS_N_OBS_STATES, (const char *(*) (int)) vs_obs_state_to_string,
                NAMES ("actual", "missing", "not-expected", "suppressed"));
  assert_names (VS_TYPE_RAG_RULE, VS_N_RAG_RULES, (const char *(*) (int)) vs_rag_rule_to_string,
                NAMES ("auto", "tolerance", "relative", "band", "none"));
  assert_names (VS_TYPE_COMPARATOR, VS_N_COMPARATORS,
                (const char *(*) (int)) vs_comparator_to_string,
                NAMES ("sn-average", "sn-median", "sn-best", "national-average",
                       "national-top-quartile", "regional-average", "previous-year"));
  assert_names (VS_TYPE_ACTION_STATUS, VS_N_ACTION_STATUSES,
                (const char *(*) (int)) vs_action_status_to_string,
                NAMES ("open", "in-progress", "done", "dropped"));
  assert_names (VS_TYPE_RAG, VS_RAG_SUPPRESSED + 1, (const char *(*) (int)) vs_rag_to_string,
                NAMES ("none", "green", "amber", "red", "pending", "not-expected", "suppressed"));
  assert_names (VS_TYPE_TRAVEL, VS_TRAVEL_SAME + 1, (const char *(*) (int)) vs_travel_to_string,
                NAMES ("none", "improving", "declining", "same"));
}

static void
test_enum_choices (void)
{
  g_autofree char *periodicities = vs_enum_choices (VS_TYPE_PERIODICITY);
  g_autofree char *polarities = vs_enum_choices (VS_TYPE_POLARITY);
  int value = -1;

  g_assert_cmpstr (periodicities, ==, "monthly, quarterly, termly or annual");
  g_assert_cmpstr (polarities, ==, "higher, lower or info");
  /* Some of the values, as a command offers them: in the enum's order, one alone bare. */
  g_clear_pointer (&periodicities, g_free);
  periodicities = vs_enum_choices_among (VS_TYPE_PERIODICITY, (1 << VS_PERIODICITY_ANNUAL) |
                                                              (1 << VS_PERIODICITY_MONTHLY));
  g_assert_cmpstr (periodicities, ==, "monthly or annual");
  g_clear_pointer (&polarities, g_free);
  polarities = vs_enum_choices_among (VS_TYPE_POLARITY, 1 << VS_POLARITY_LOWER_IS_BETTER);
  g_assert_cmpstr (polarities, ==, "lower");
  /* Blanks and case as a person types them; a number or an alias is not a nick. */
  g_assert_true (vs_enum_from_nick (VS_TYPE_RAG_RULE, " Band ", &value));
  g_assert_cmpint (value, ==, VS_RAG_RULE_BAND);
  g_assert_false (vs_enum_from_nick (VS_TYPE_RAG_RULE, "3", &value));
  g_assert_false (vs_enum_from_nick (VS_TYPE_RAG_RULE, "range", &value));
  g_assert_false (vs_enum_from_nick (VS_TYPE_RAG_RULE, NULL, &value));
  g_assert_null (vs_enum_to_nick (VS_TYPE_RAG_RULE, VS_N_RAG_RULES));
}

/* A legend shows a benchmark's name: the file's own, or a computed comparator's without
 * the working that follows it (which ran off the chart, the d3 trend's six lines long). */
static void
test_benchmark_name (void)
{
  VsBenchmark computed = {
    .comparator = VS_COMPARATOR_SN_AVERAGE,
    .label = (char *) "SN average: mean of 10 of 10 neighbours, 2025 model, from "
                      "bench_d3_cpp_subsequent_2019_to_2025.csv, rates recomputed",
  };
  VsBenchmark named = { .comparator = VS_COMPARATOR_REGIONAL_AVERAGE,
                        .label = (char *) "Eastern region" };
  VsBenchmark unnamed = { .comparator = VS_COMPARATOR_NATIONAL_AVERAGE };
  VsBenchmark odd = { .comparator = VS_COMPARATOR_SN_BEST, .label = (char *) ": Somerset" };
  g_autofree char *a = vs_benchmark_dup_name (&computed);
  g_autofree char *b = vs_benchmark_dup_name (&named);
  g_autofree char *c = vs_benchmark_dup_name (&unnamed);
  g_autofree char *d = vs_benchmark_dup_name (&odd);

  g_assert_cmpstr (a, ==, "SN average");
  g_assert_cmpstr (b, ==, "Eastern region");
  g_assert_cmpstr (c, ==, "National average");
  g_assert_cmpstr (d, ==, ": Somerset");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/types/names-round-trip", test_names_round_trip);
  g_test_add_func ("/types/names-as-officers-write-them", test_names_as_officers_write_them);
  g_test_add_func ("/types/format-values", test_format_values);
  g_test_add_func ("/types/rag-and-travel-names", test_rag_and_travel_names);
  g_test_add_func ("/types/names-are-the-gtype-nicks", test_names_are_the_gtype_nicks);
  g_test_add_func ("/types/enum-choices", test_enum_choices);
  g_test_add_func ("/types/benchmark-name", test_benchmark_name);
  return g_test_run ();
}
