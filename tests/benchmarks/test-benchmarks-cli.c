/* test-benchmarks-cli.c: vital-signs import --home, benchmarks and neighbours, run as a
 * batch job runs them
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "../cli/cli-test-util.h"

typedef struct {
  char       *dir;
  char       *db;
  const char *prefix[3];     /* --db PATH */
} Fixture;

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fx->dir = g_dir_make_tmp ("vs-bench-cli-XXXXXX", &error);
  g_assert_no_error (error);
  fx->db = g_build_filename (fx->dir, "test.db", NULL);
  fx->prefix[0] = "--db";
  fx->prefix[1] = fx->db;
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  cli_test_remove_dir (fx->dir);
  g_free (fx->dir);
  g_free (fx->db);
}

static char *
public_file (const char *name)
{
  return g_build_filename (VS_TEST_SRCDIR, "data", "public", name, NULL);
}

/* --home is remembered: the next file of many authorities needs neither it nor --locality,
 * and the comparators are computed for it. */
static void
test_home_and_benchmarks (Fixture       *fx,
                          gconstpointer  data)
{
  g_autofree char *d3 = public_file ("bench_d3_cpp_subsequent_2019_to_2025.csv");
  g_autofree char *c1 = public_file ("bench_c1_referrals_2019_to_2025.csv");
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (cli_test_run (fx->prefix, &out, &err, "import", "--home", "926", d3, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "published figures of every authority: 1023 added"));
  g_assert_nonnull (strstr (out, "comparators: 42 benchmarks computed (2025)"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (cli_test_run (fx->prefix, &out, &err, "import", c1, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "imported as import 2"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Norfolk 2024-25: SN average of the 2025 model's ten, as test-comparators works out */
  g_assert_cmpint (cli_test_run (fx->prefix, &out, &err, "benchmarks", "d3.subsequent_plan_percent", "--format",
                        "csv", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "2024-25,sn-average,26.19,10 of 10,"
                            "\"SN average: mean of 10 of 10 neighbours, 2025 model, from "
                            "bench_d3_cpp_subsequent_2019_to_2025.csv, rates recomputed from "
                            "numerator and denominator\""));
  g_assert_nonnull (strstr (out, "2024-25,england,24.5,,"));
  g_assert_nonnull (strstr (out, "2024-25,band,A,,"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Norfolk's own re-referrals, compared at 17.86 from numerator and denominator, are the
   * 17.9 that values, rag and the window show (its unit's decimals), not 17.86. */
  g_assert_cmpint (cli_test_run (fx->prefix, &out, &err, "benchmarks", "c1.rereferral_percent",
                                 "--format", "csv", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "2024-25,home,17.9,,"
                            "\"Norfolk: published 17.9, from numerator and denominator 17.86\""));
  g_assert_null (strstr (out, "home,17.86"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  /* In a table, in its unit, as the rag and values tables and the window show it. */
  g_assert_cmpint (cli_test_run (fx->prefix, &out, &err, "benchmarks", "c1.rereferral_percent",
                                 NULL), ==, 0);
  g_assert_true (g_regex_match_simple ("\\n2024-25 +home +17\\.9% ", out, 0, 0));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* the 2021 model, a year in which Cumbria had ended */
  g_assert_cmpint (cli_test_run (fx->prefix, &out, &err, "benchmarks", "d3.subsequent_plan_percent", "--model",
                        "2021", "--period", "2023-24", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "9 of 10"));
  g_assert_nonnull (strstr (out, "Cumbria: ended in March 2023"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* remembered: neighbours now lists the 2021 groupings */
  g_assert_cmpint (cli_test_run (fx->prefix, &out, &err, "neighbours", "--format", "csv", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "closeness,code,authority,region,note\r\n"
                                        "1,925,Lincolnshire,East Midlands,\r\n"));
  g_assert_nonnull (strstr (out, "5,909,Cumbria,North West,ended in March 2023"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (cli_test_run (fx->prefix, &out, &err, "neighbours", "--model", "2025", "--format", "json", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "{\"closeness\": 1, \"code\": \"935\", \"authority\": \"Suffolk\""));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* chart --kind: the ranked neighbour group of the latest year, Norfolk first, and the
   * years against the comparators, both drawn by gnuplot */
  {
    g_autofree char *ranked = g_build_filename (fx->dir, "ranked.svg", NULL);
    g_autofree char *years = g_build_filename (fx->dir, "years.svg", NULL);
    g_autofree char *svg = NULL;

    g_assert_cmpint (cli_test_run (fx->prefix, &out, &err, "chart", "d3.subsequent_plan_percent",
                                   "--kind", "neighbours", "--output", ranked, NULL), ==, 0);
    g_assert_true (g_file_get_contents (ranked, &svg, NULL, NULL));
    g_assert_nonnull (strstr (svg, "1. Norfolk"));
    g_assert_nonnull (strstr (svg, "2024-25: Norfolk and its statistical neighbours"));
    g_clear_pointer (&svg, g_free);
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);

    g_assert_cmpint (cli_test_run (fx->prefix, &out, &err, "chart", "d3.subsequent_plan_percent",
                                   "--kind", "comparators", "--output", years, NULL), ==, 0);
    g_assert_true (g_file_get_contents (years, &svg, NULL, NULL));
    g_assert_nonnull (strstr (svg, "2018-19"));
    g_assert_nonnull (strstr (svg, "East of England"));
  }
}

static void
test_errors (Fixture       *fx,
             gconstpointer  data)
{
  g_autofree char *d3 = public_file ("bench_d3_cpp_subsequent_2019_to_2025.csv");
  g_autofree char *out = NULL, *err = NULL;

  /* no home yet */
  g_assert_cmpint (cli_test_run (fx->prefix, &out, &err, "neighbours", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "--home"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (cli_test_run (fx->prefix, &out, &err, "import", "--home", "Atlantis", d3, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "no row is for “Atlantis”"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (cli_test_run (fx->prefix, &out, &err, "import", "--home", "Norfolk", d3, NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (cli_test_run (fx->prefix, &out, &err, "benchmarks", "d3.subsequent_plan_percent", "--model",
                        "1999", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--model is 2025 or 2021, not “1999”"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (cli_test_run (fx->prefix, &out, &err, "benchmarks", "d3.cpp_start", "--period", "1990", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "no published figures for that period"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/benchmarks/cli/home-and-benchmarks", Fixture, NULL, fixture_set_up,
              test_home_and_benchmarks, fixture_tear_down);
  g_test_add ("/benchmarks/cli/errors", Fixture, NULL, fixture_set_up, test_errors,
              fixture_tear_down);
  return g_test_run ();
}
