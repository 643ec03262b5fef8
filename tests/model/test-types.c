/* test-types.c: machine names both ways, and values in their units
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "vs-types.h"

static void
test_names_round_trip (void)
{
  for (int i = VS_POLARITY_HIGHER_IS_BETTER; i <= VS_POLARITY_INFO; i++)
    {
      VsPolarity back;
      g_assert_true (vs_polarity_from_string (vs_polarity_to_string (i), &back));
      g_assert_cmpint (back, ==, i);
    }
  for (int i = VS_UNIT_COUNT; i <= VS_UNIT_MONEY; i++)
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
}

static void
test_rag_and_travel_names (void)
{
  g_assert_cmpstr (vs_rag_to_string (VS_RAG_NOT_EXPECTED), ==, "not-expected");
  g_assert_cmpstr (vs_rag_to_string (VS_RAG_RED), ==, "red");
  g_assert_cmpstr (vs_travel_to_string (VS_TRAVEL_DECLINING), ==, "declining");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/types/names-round-trip", test_names_round_trip);
  g_test_add_func ("/types/names-as-officers-write-them", test_names_as_officers_write_them);
  g_test_add_func ("/types/format-values", test_format_values);
  g_test_add_func ("/types/rag-and-travel-names", test_rag_and_travel_names);
  return g_test_run ();
}
