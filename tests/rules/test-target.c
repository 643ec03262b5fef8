/* test-target.c: targets as officers write them, and the ones that cannot be read
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "vs-target.h"

typedef struct {
  const char   *text;
  VsTargetKind  kind;
  double        a;        /* value, or low for a band */
  double        b;        /* high for a band */
  gboolean      percent;
  int           decimals;
} GoodCase;

/* Every spelling in the issue and the committee papers, plus the variants officers type. */
static const GoodCase good_cases[] = {
  { "95%", VS_TARGET_VALUE, 95, NAN, TRUE, 0 },
  { "20.0%", VS_TARGET_VALUE, 20, NAN, TRUE, 1 },
  { "100%", VS_TARGET_VALUE, 100, NAN, TRUE, 0 },
  { "<20%", VS_TARGET_AT_MOST, 20, NAN, TRUE, 0 },
  { "< 15%", VS_TARGET_AT_MOST, 15, NAN, TRUE, 0 },
  { "<=20%", VS_TARGET_AT_MOST, 20, NAN, TRUE, 0 },
  { "≤ 20%", VS_TARGET_AT_MOST, 20, NAN, TRUE, 0 },
  { "3% or less", VS_TARGET_AT_MOST, 3, NAN, TRUE, 0 },
  { "11% or less", VS_TARGET_AT_MOST, 11, NAN, TRUE, 0 },
  { "11 % OR LESS", VS_TARGET_AT_MOST, 11, NAN, TRUE, 0 },
  { "20 or fewer", VS_TARGET_AT_MOST, 20, NAN, FALSE, 0 },
  { "under 20%", VS_TARGET_AT_MOST, 20, NAN, TRUE, 0 },
  { "less than 5", VS_TARGET_AT_MOST, 5, NAN, FALSE, 0 },
  { "no more than 12.5%", VS_TARGET_AT_MOST, 12.5, NAN, TRUE, 1 },
  { ">= 90%", VS_TARGET_AT_LEAST, 90, NAN, TRUE, 0 },
  { ">90%", VS_TARGET_AT_LEAST, 90, NAN, TRUE, 0 },
  { "≥90%", VS_TARGET_AT_LEAST, 90, NAN, TRUE, 0 },
  { "at least 90%", VS_TARGET_AT_LEAST, 90, NAN, TRUE, 0 },
  { "90% or more", VS_TARGET_AT_LEAST, 90, NAN, TRUE, 0 },
  { "90% and above", VS_TARGET_AT_LEAST, 90, NAN, TRUE, 0 },
  { "90+", VS_TARGET_AT_LEAST, 90, NAN, FALSE, 0 },
  { "Between 15-20", VS_TARGET_BAND, 15, 20, FALSE, 0 },
  { "between 15 and 20", VS_TARGET_BAND, 15, 20, FALSE, 0 },
  { "Between 15 – 20", VS_TARGET_BAND, 15, 20, FALSE, 0 },
  { "20-25%", VS_TARGET_BAND, 20, 25, TRUE, 0 },
  { "20% - 25%", VS_TARGET_BAND, 20, 25, TRUE, 0 },
  { "15 to 20", VS_TARGET_BAND, 15, 20, FALSE, 0 },
  { "Under 20% and over 10%", VS_TARGET_BAND, 10, 20, TRUE, 0 },
  { "over 10% and under 20%", VS_TARGET_BAND, 10, 20, TRUE, 0 },
  { ">10%, <20%", VS_TARGET_BAND, 10, 20, TRUE, 0 },
  { "1033", VS_TARGET_VALUE, 1033, NAN, FALSE, 0 },
  { "1,033", VS_TARGET_VALUE, 1033, NAN, FALSE, 0 },
  { "65.7", VS_TARGET_VALUE, 65.7, NAN, FALSE, 1 },
  { "  42  ", VS_TARGET_VALUE, 42, NAN, FALSE, 0 },
  { "= 95%", VS_TARGET_VALUE, 95, NAN, TRUE, 0 },
  { "£1,200", VS_TARGET_VALUE, 1200, NAN, FALSE, 0 },
  { "-5", VS_TARGET_VALUE, -5, NAN, FALSE, 0 },
  { "0", VS_TARGET_VALUE, 0, NAN, FALSE, 0 },
  /* No target: not an error, and not a number. */
  { NULL, VS_TARGET_NONE, NAN, NAN, FALSE, 0 },
  { "", VS_TARGET_NONE, NAN, NAN, FALSE, 0 },
  { "   ", VS_TARGET_NONE, NAN, NAN, FALSE, 0 },
  { "N/A", VS_TARGET_NONE, NAN, NAN, FALSE, 0 },
  { "-", VS_TARGET_NONE, NAN, NAN, FALSE, 0 },
  { "TBC", VS_TARGET_NONE, NAN, NAN, FALSE, 0 },
};

static void
assert_same_number (double got,
                    double want)
{
  if (isnan (want))
    g_assert_true (isnan (got));
  else
    g_assert_cmpfloat_with_epsilon (got, want, 1e-12);
}

static void
test_good (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (good_cases); i++)
    {
      const GoodCase *c = &good_cases[i];
      g_autoptr(GError) error = NULL;
      VsTarget target;

      g_test_message ("target “%s”", c->text ? c->text : "(null)");
      g_assert_true (vs_target_parse (c->text, &target, &error));
      g_assert_no_error (error);
      g_assert_cmpint (target.kind, ==, c->kind);
      if (c->kind == VS_TARGET_BAND)
        {
          assert_same_number (target.low, c->a);
          assert_same_number (target.high, c->b);
          g_assert_true (isnan (target.value));
        }
      else
        {
          assert_same_number (target.value, c->a);
          g_assert_true (isnan (target.low) && isnan (target.high));
        }
      g_assert_cmpint (target.percent, ==, c->percent);
      g_assert_cmpint (target.decimals, ==, c->decimals);
    }
}

typedef struct {
  const char *text;
  const char *message;   /* the whole message: it quotes the text and says what is wrong */
} BadCase;

static const BadCase bad_cases[] = {
  { "high", "Cannot read the target “high”: unexpected “high”" },
  { "95%%", "Cannot read the target “95%%”: unexpected “%”" },
  { "<", "Cannot read the target “<”: a number should follow “<”" },
  { "less than", "Cannot read the target “less than”: a number should follow “less than”" },
  { "between 15", "Cannot read the target “between 15”: a range is written “between 15 and 20”" },
  { "25-20%", "Cannot read the target “25-20%”: the range runs backwards (25 is above 20%)" },
  { "under 10% and under 20%", "Cannot read the target “under 10% and under 20%”: both limits point the same way" },
  { "over 20% and under 10%", "Cannot read the target “over 20% and under 10%”: the range runs backwards (20% is above 10%)" },
  { "95% by March", "Cannot read the target “95% by March”: unexpected “95%”" },
  { "3% or less please", "Cannot read the target “3% or less please”: unexpected “please”" },
  { "1 2", "Cannot read the target “1 2”: unexpected “1”" },
  { "£", "Cannot read the target “£”: a number is missing" },
  { "=", "Cannot read the target “=”: unexpected “=”" },
  { "95% ; 90%", "Cannot read the target “95% ; 90%”: unexpected “;”" },
  { "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17", "Cannot read the target “1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17”: too many words" },
};

static void
test_bad (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      const BadCase *c = &bad_cases[i];
      g_autoptr(GError) error = NULL;
      VsTarget target;

      g_test_message ("target “%s”", c->text);
      g_assert_false (vs_target_parse (c->text, &target, &error));
      g_assert_error (error, VS_RULES_ERROR, VS_RULES_ERROR_TARGET);
      g_assert_cmpstr (error->message, ==, c->message);
      g_assert_cmpint (target.kind, ==, VS_TARGET_NONE);
    }
}

static void
test_hostile (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *long_text = g_strnfill (5000, '9');
  VsTarget target;

  g_assert_false (vs_target_parse ("9\xff%", &target, &error));
  g_assert_error (error, VS_RULES_ERROR, VS_RULES_ERROR_TARGET);
  g_assert_cmpstr (error->message, ==, "Cannot read the target: it is not valid text");
  g_clear_error (&error);

  g_assert_false (vs_target_parse (long_text, &target, &error));
  g_assert_error (error, VS_RULES_ERROR, VS_RULES_ERROR_TARGET);
  g_assert_true (g_str_has_suffix (error->message, "…”: it is too long"));
  g_clear_error (&error);

  /* A caller adds where the text came from. */
  g_assert_false (vs_target_parse ("soon", &target, &error));
  g_prefix_error (&error, "%s: ", "targets.csv, row 7, column D (D7)");
  g_assert_cmpstr (error->message, ==,
                   "targets.csv, row 7, column D (D7): Cannot read the target “soon”: unexpected “soon”");
}

/* Token soup from the parser's own vocabulary, and stray bytes: every string either
 * parses to something coherent or fails with the one error code, never anything else. */
static void
test_random_soup (void)
{
  static const char * const pieces[] = {
    "<", ">", "<=", ">=", "=", "20", "95%", "%", "1,033", "12.5", ".5", "9.", "-", "–", "≤", "≥",
    "£", "+", ",", "or", "less", "more", "and", "between", "under", "over", "to", "at least",
    "no more than", "n/a", " ", "  ", "x", "\xff", "\t", "1,00", "0", "-7",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20171130);

  for (guint i = 0; i < 20000; i++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GError) error = NULL;
      guint n = g_rand_int_range (rand, 0, 7);
      VsTarget t;

      for (guint j = 0; j < n; j++)
        g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      if (vs_target_parse (text->str, &t, &error))
        {
          g_assert_no_error (error);
          switch (t.kind)
            {
            case VS_TARGET_NONE:
              break;
            case VS_TARGET_BAND:
              g_assert_true (isfinite (t.low) && isfinite (t.high) && t.low <= t.high);
              break;
            case VS_TARGET_VALUE:
            case VS_TARGET_AT_MOST:
            case VS_TARGET_AT_LEAST:
            default:
              g_assert_true (isfinite (t.value));
            }
        }
      else
        {
          g_assert_error (error, VS_RULES_ERROR, VS_RULES_ERROR_TARGET);
          g_assert_true (g_str_has_prefix (error->message, "Cannot read the target"));
          g_assert_cmpint (t.kind, ==, VS_TARGET_NONE);
        }
    }
}

static void
test_direction_and_format (void)
{
  VsTarget t;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;
  g_autofree char *d = NULL;
  g_autofree char *e = NULL;

  g_assert_true (vs_target_parse ("<20%", &t, NULL));
  g_assert_cmpint (vs_target_direction (&t, VS_POLARITY_INFO), ==, VS_POLARITY_LOWER_IS_BETTER);
  g_assert_true (vs_target_is_single (&t));
  a = vs_target_to_string (&t, VS_UNIT_PERCENTAGE);
  g_assert_cmpstr (a, ==, "≤ 20%");

  g_assert_true (vs_target_parse ("at least 90%", &t, NULL));
  g_assert_cmpint (vs_target_direction (&t, VS_POLARITY_LOWER_IS_BETTER), ==,
                   VS_POLARITY_HIGHER_IS_BETTER);

  g_assert_true (vs_target_parse ("20.0%", &t, NULL));
  g_assert_cmpint (vs_target_direction (&t, VS_POLARITY_LOWER_IS_BETTER), ==,
                   VS_POLARITY_LOWER_IS_BETTER);
  b = vs_target_to_string (&t, VS_UNIT_PERCENTAGE);
  g_assert_cmpstr (b, ==, "20.0%");

  g_assert_true (vs_target_parse ("100%", &t, NULL));
  c = vs_target_to_string (&t, VS_UNIT_COUNT);   /* written with %: shown with % */
  g_assert_cmpstr (c, ==, "100%");

  g_assert_true (vs_target_parse ("Between 15-20", &t, NULL));
  g_assert_false (vs_target_is_single (&t));
  d = vs_target_to_string (&t, VS_UNIT_AVERAGE);
  g_assert_cmpstr (d, ==, "15–20");

  g_assert_true (vs_target_parse ("1,033", &t, NULL));
  e = vs_target_to_string (&t, VS_UNIT_COUNT);
  g_assert_cmpstr (e, ==, "1,033");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/rules/target/good", test_good);
  g_test_add_func ("/rules/target/bad", test_bad);
  g_test_add_func ("/rules/target/hostile", test_hostile);
  g_test_add_func ("/rules/target/random-soup", test_random_soup);
  g_test_add_func ("/rules/target/direction-and-format", test_direction_and_format);
  return g_test_run ();
}
