/* test-cli-rules.c: rag, exceptions and spc on the demo database, against the committee papers
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cli-test-util.h"

#include "vs-store.h"

static char *db_dir;
static char *db_path;

/* Runs the real binary on the demo database; returns its exit status. */
static int
run_cli (char       **out,
         char       **err,
         const char  *first,
         ...)
{
  const char *prefix[] = { "--db", db_path, "--demo", NULL };
  va_list args;
  int status;

  va_start (args, first);
  status = cli_test_run_va (prefix, out, err, first, args);
  va_end (args);
  return status;
}

/* The line of CSV @out whose first field is @ref, without its CRLF; NULL when none. */
static char *
csv_row (const char *out,
         const char *ref)
{
  g_auto(GStrv) lines = g_strsplit (out, "\r\n", -1);
  g_autofree char *prefix = g_strconcat (ref, ",", NULL);

  for (guint i = 1; lines[i]; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_strdup (lines[i]);
  return NULL;
}

#define RAG_HEADER "ref,indicator,area,locality,period,value,target,rag,dot,exception,reasons,spc,assurance,explanation\r\n"

static void
test_rag_norfolk_nov17 (void)
{
  /* The Norfolk dashboard of 16 January 2018, as its own rules judge it. */
  static const struct {
    const char *ref;
    const char *row;
  } rows[] = {
    { "VS03", "VS03,Child in Need (CIN) with up to date CIN Plan,Children in Need,County,2017-11,64.7,100%,"
              "red,declining,yes,off-target;declining-3,concern,fail,64.7% is 35.3% worse than the target of 100%" },
    /* CP seen carries the MI report's tolerances (Red 80, Green 90): Red either way. */
    { "6.14", "6.14,Child Protection (CP) - % children seen,Child Protection,County,2017-11,58.1,100%,"
              "red,declining,yes,off-target,concern,fail,58.1% is below the red threshold of 80%" },
    { "7.14", "7.14,LAC with up to date Care Plan,Looked After Children,County,2017-11,95.3,100%,"
              "amber,declining,no,,concern,fail,\"95.3% is 4.7% worse than the target of 100%, within the amber margin of 10%\"" },
    { "7.10p", "7.10p,LAC with up to date Health Assessment (HA),Looked After Children,County,2017-11,78,100%,"
               "red,declining,yes,off-target;declining-3,concern,fail,78.0% is 22.0% worse than the target of 100%" },
    { "1.8", "1.8,Percentage of Referrals into Early Help Services who have had a referral to EH in the previous 12 months,"
             "Early Help,County,2017-11,9.4,20.0%,green,declining,no,,common-cause,hit-and-miss,9.4% is better than the target of 20.0%" },
    { "VS01", "VS01,Percentage of Referrals into Section 17 CIN Services who have had a referral to S.17 CIN in the previous 12 months,"
              "Contacts & Referrals,County,2017-11,23.5,<20%,red,improving,yes,off-target,common-cause,hit-and-miss,23.5% is 17.5% worse than the target of 20%" },
    { "VS02", "VS02,Percentage of Children Starting a Child Protection Plan who have previously been subject to a Child Protection Plan (in the last 2 years),"
              "Child Protection,County,2017-11,8.3,,none,improving,no,,common-cause,none,\"No target is set, so the figure is not rated\"" },
    /* Quarterly: nothing due in Nov 17, so the row is Sep 17's. */
    { "VS06", "VS06,LAC with up to date Personal Education Plan (PEP),Looked After Children,County,2017-09,89.6,100%,"
              "red,improving,yes,off-target,common-cause,hit-and-miss,89.6% is 10.4% worse than the target of 100%" },
    { "VS05", "VS05,Percentage of Children Starting to be looked-after who have previously been looked-after,Looked After Children,"
              "County,2017-09,8,<15%,green,declining,no,,common-cause,pass,8.0% is better than the target of 15%" },
  };
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run_cli (&out, &err, "rag", "--period", "2017-11", "--format", "csv", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, RAG_HEADER));
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *row = csv_row (out, rows[i].ref);
      g_assert_cmpstr (row, ==, rows[i].row);
    }
}

static void
test_rag_json_and_area (void)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run_cli (&out, &err, "rag", "--period", "2017-11", "--area", "children in need",
                            "--format", "json", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "[\n  {\"ref\": \"VS03\", "));
  g_assert_nonnull (strstr (out, "\"value\": 64.7, \"target\": \"100%\", \"rag\": \"red\", "
                                 "\"dot\": \"declining\", \"exception\": \"yes\", "
                                 "\"reasons\": \"off-target;declining-3\", \"spc\": \"concern\", "
                                 "\"assurance\": \"fail\", \"explanation\": \"64.7% is 35.3% worse than the target of 100%\""));
  g_assert_null (strstr (out, "\"area\": \"Child Protection\""));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* A month before the dashboard began: CIN plans had no figure yet, so they are grey. */
  g_assert_cmpint (run_cli (&out, &err, "rag", "--period", "2016-06", "--area", "Children in Need",
                            "--format", "csv", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "\r\nVS03,Child in Need (CIN) with up to date CIN Plan,Children in Need,"
                                 "County,2016-06,,100%,not-expected,none,no,,,,No value is expected for this period\r\n"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* The table a person reads. */
  g_assert_cmpint (run_cli (&out, &err, "rag", "--period", "2017-11", "--area", "Children in Need", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "ref   indicator"));
  g_assert_nonnull (strstr (out, "64.7% is 35.3% worse than the target of 100%\n"));
}

/* The table names each row's period as the window and the pack do, and shows its value in
 * its unit as the target beside it: an annual indicator's row said 2017-03, a quarterly
 * one's 2017-09, and 95.3 stood beside a target of 100%. */
static void
test_rag_table_labels (void)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run_cli (&out, &err, "rag", "--period", "2017-11", "--area", "Looked After Children",
                            NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "ref    indicator"));
  /* Norfolk, 16 January 2018: LAC with an up to date care plan, Nov 17, 95.3% against 100%. */
  g_assert_true (g_regex_match_simple ("\n7\\.14 +LAC with up to date Care Plan +Looked After Children +"
                                          "County +Nov 17 +95\\.3% +100% +amber ", out, 0, 0));
  g_assert_true (g_regex_match_simple ("\nVS05 .* Q2 2017-18 +8\\.0% +<15% +green ", out, 0, 0));
  g_assert_null (strstr (out, "2017-09"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (&out, &err, "rag", "--period", "2017-11", "--area", "Adoption", NULL), ==, 0);
  g_assert_true (g_regex_match_simple ("\nSP01 +Adopters approved +Adoption +County +2016-17 ", out, 0, 0));
  g_assert_null (strstr (out, "2017-03"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* values' table likewise; its CSV keeps the month for programs. */
  g_assert_cmpint (run_cli (&out, &err, "values", "SP01", "--from", "2012-03", "--to", "2012-03", NULL), ==, 0);
  g_assert_true (g_regex_match_simple ("\nSP01 +Adopters approved +County +2011-12 +42 ", out, 0, 0));
}

static void
test_rag_locality (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *mi06 = NULL;
  g_autofree char *vs03 = NULL;

  /* North reported only some figures: the rows are those; assessments auth in 45 working
   * days was 67.5% in Nov 17 (45% in Oct) and has no target. */
  g_assert_cmpint (run_cli (&out, &err, "rag", "--period", "2017-11", "--locality", "north",
                            "--format", "csv", NULL), ==, 0);
  mi06 = csv_row (out, "MI06");
  g_assert_cmpstr (mi06, ==, "MI06,Assessments auth in 45 WD - %,Assessments,North,2017-11,67.5,,none,improving,no,,"
                             "common-cause,none,\"No target is set, so the figure is not rated\"");
  vs03 = csv_row (out, "VS03");
  g_assert_null (vs03);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (&out, &err, "rag", "--period", "2017-11", "--locality", "Atlantis", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "There is no locality called “Atlantis”"));
}

static void
test_exceptions_worst_first (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_auto(GStrv) lines = NULL;
  static const char * const order[] = { "VS03,", "7.10p,", "6.14,", "VS01,", "VS06," };

  /* Norfolk, 16 January 2018: "The two measures which are currently rated as Red (CP Child Seen and LAC
   * Health Assessments) ... A further measure also rated as red, children in need with no
   * up to date CiN plan". The rules add the S.17 re-referrals (23.5% against <20%) and the
   * PEPs (89.6% in Sep 17). Worst first: the two Reds that are also deteriorating, then by
   * how far short of target they are. */
  g_assert_cmpint (run_cli (&out, &err, "exceptions", "--period", "2017-11", "--format", "csv", NULL), ==, 0);
  lines = g_strsplit (out, "\r\n", -1);
  g_assert_cmpstr (lines[0], ==, "ref,indicator,area,locality,period,value,target,rag,dot,exception,reasons,spc,assurance,explanation");
  g_assert_cmpuint (g_strv_length (lines), ==, G_N_ELEMENTS (order) + 2);   /* header, rows, "" */
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_assert_true (g_str_has_prefix (lines[i + 1], order[i]));
      g_assert_nonnull (strstr (lines[i + 1], ",yes,"));
    }
  g_assert_cmpstr (lines[G_N_ELEMENTS (order) + 1], ==, "");
  /* LAC care plan, Amber and 4.7% short, is not one. */
  g_assert_null (strstr (out, "7.14,"));
}

static void
test_spc_cp_seen (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  /* CP % children seen, Jul 16 to Nov 17: seventeen months. Mean 79.64, limits 64.85 and
   * 94.42 once the 31.7-point drop into Jun 17 is screened out; Nov 17's 58.1% is below the
   * lower limit: special cause for concern; 100% lies above the upper limit: the process
   * will consistently fail its target. */
  g_assert_cmpint (run_cli (&out, &err, "spc", "6.14", "--format", "csv", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "period,value,mean,lcl,ucl,signal\r\n"
                                        "2016-07,91.6,79.63529412,64.84569412,94.42489412,two-in-three;shift\r\n"));
  g_assert_nonnull (strstr (out, "\r\n2017-06,58.3,79.63529412,64.84569412,94.42489412,outside\r\n"));
  g_assert_true (g_str_has_suffix (out, "\r\n2017-11,58.1,79.63529412,64.84569412,94.42489412,outside\r\n"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (&out, &err, "spc", "children seen", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "period   value  mean   lcl    ucl    signal\n"));
  g_assert_nonnull (strstr (out, "\n2017-11   58.1  79.64  64.85  94.42  outside\n"));
  g_assert_nonnull (strstr (out, "\nvariation: concern ("));
  g_assert_nonnull (strstr (out, "\nassurance: fail ("));
  g_assert_null (strstr (out, "warning:"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (&out, &err, "spc", "6.14", "--format", "json", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "{\n\"points\": [\n  {\"period\": \"2016-07\", \"value\": 91.6, "
                                        "\"mean\": 79.63529412, \"lcl\": 64.84569412, \"ucl\": 94.42489412, "
                                        "\"signal\": \"two-in-three;shift\"},"));
  g_assert_true (g_str_has_suffix (out, "\n],\n\"summary\": {\"variation\": \"concern\", "
                                        "\"assurance\": \"fail\", \"warning\": null}\n}\n"));
}

static void
test_spc_options (void)
{
  g_autofree char *out = NULL, *err = NULL;

  /* As the NHS Excel tool: no screening, so the drop widens the limits to 60.50 - 98.77
   * and the summer's 67-69% are common cause. */
  g_assert_cmpint (run_cli (&out, &err, "spc", "6.14", "--no-screen", "--format", "csv", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "\r\n2017-07,68.6,79.63529412,60.49991912,98.77066912,\r\n"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Rebased at Jun 17, when the timescale changed from 20 working days to 10: the new
   * limits (mean 61.5, 30.96 - 92.04) make Nov 17 ordinary for the new process; both
   * segments are short and say so. */
  g_assert_cmpint (run_cli (&out, &err, "spc", "6.14", "--rebase", "2017-06", "--format", "csv", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "\r\n2017-05,90,89.52727273,84.44371717,94.61082828,\r\n"));
  g_assert_nonnull (strstr (out, "\r\n2017-11,58.1,61.5,30.9632,92.0368,\r\n"));
  /* In csv the warning goes to stderr, so that the rows stay machine-readable. */
  g_assert_nonnull (strstr (err, "Only 11 points from 2016-07"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (&out, &err, "spc", "6.14", "--rebase", "2017-06", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "\n2017-11   58.1  61.50  30.96  92.04\n"));
  g_assert_nonnull (strstr (out, "\nvariation: common-cause ("));
  g_assert_nonnull (strstr (out, "\nassurance: fail ("));
  g_assert_nonnull (strstr (out, "\nwarning: Only 11 points from 2016-07: limits from fewer than 12 points are unreliable. "
                                 "Only 6 points from 2017-06: limits from fewer than 12 points are unreliable.\n"));
}

static void
test_errors (void)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run_cli (&out, &err, "rag", "--period", "Nov 17", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--period expects a month as YYYY-MM"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (&out, &err, "exceptions", "--format", "xml", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "table, csv or json"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (&out, &err, "spc", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "spc: name one indicator"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (&out, &err, "spc", "6.14", "--rebase", "2030-01", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "Cannot rebase at 2030-01: the values run from 2016-07 to 2017-11"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (&out, &err, "spc", "6.14", "--rebase", "June", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--rebase expects a month as YYYY-MM"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Norwich has a single CP-seen figure (59.5% in Jul 17): no chart from one point. */
  g_assert_cmpint (run_cli (&out, &err, "spc", "6.14", "--locality", "Norwich", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "A control chart needs at least two values; there are 1"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (&out, &err, "rag", "surplus", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "unexpected argument “surplus”"));
}

/* A month after the last the database holds: no figures to rate, and saying so rather
 * than rating every indicator "pending" with success. */
static void
test_period_beyond_the_data (void)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run_cli (&out, &err, "rag", "--period", "2030-01", NULL), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "There are no figures for 2030-01"));
  g_assert_nonnull (strstr (err, "the latest month the database holds is 2017-11"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (&out, &err, "exceptions", "--period", "2018-01", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "There are no figures for 2018-01"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* the latest month itself is rated */
  g_assert_cmpint (run_cli (&out, &err, "rag", "--period", "2017-11", "--format", "csv", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, RAG_HEADER));
}

/* A month with nothing to report: a person reads "No exceptions", a program an empty list. */
static void
test_no_exceptions (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vs-cli-quiet-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "quiet.db", NULL);
  g_autofree char *csv = g_build_filename (dir, "quiet.csv", NULL);
  const char *prefix[] = { "--db", db, NULL };
  const struct { const char *format; const char *expected; } cases[] = {
    { "table", "No exceptions for 2017-06.\n" },
    { "csv", "ref,indicator,area,locality,period,value,target,rag,dot,exception,reasons,spc,assurance,explanation\r\n" },
    { "json", "[]\n" },
  };

  g_assert_true (g_file_set_contents (csv, "Ref,Indicator,Period,Value\n"
                                           "Q1,Children seen within 10 working days,2017-06,12\n",
                                      -1, NULL));
  {
    g_autofree char *out = NULL, *err = NULL;
    g_assert_cmpint (cli_test_run (prefix, &out, &err, "import", csv, NULL), ==, 0);
  }
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL, *err = NULL;

      g_assert_cmpint (cli_test_run (prefix, &out, &err, "exceptions", "--format",
                                     cases[i].format, NULL), ==, 0);
      g_assert_cmpstr (out, ==, cases[i].expected);
      g_assert_cmpstr (err, ==, "");
    }
  cli_test_remove_dir (dir);
}

static void
test_unreadable_target (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *row = NULL;

  /* Load the demo, then give CIN plans a target no rule can read, as a hand-edited
   * database might hold. */
  g_assert_cmpint (run_cli (&out, &err, "areas", NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(VsStore) store = vs_store_open (db_path, &error);
    g_autoptr(VsIndicator) cin = NULL;
    g_autofree char *saved = NULL;

    g_assert_no_error (error);
    cin = vs_store_get_indicator_by_ref (store, "VS03", &error);
    g_assert_no_error (error);
    saved = g_steal_pointer (&cin->target_text);
    cin->target_text = g_strdup ("ninety per cent");
    g_assert_true (vs_store_begin (store, &error));
    g_assert_true (vs_store_save_indicator (store, cin, &error));
    g_assert_true (vs_store_commit (store, &error));
    g_assert_no_error (error);

    /* The row stays, unrated, with the reason; the error names the indicator; the exit
     * status says something was wrong. Three months of decline still make it an exception. */
    g_assert_cmpint (run_cli (&out, &err, "rag", "--period", "2017-11", "--format", "csv", NULL), ==, 1);
    g_assert_cmpstr (err, ==, "vital-signs: Indicator VS03: Cannot read the target “ninety per cent”: "
                              "unexpected “ninety”\n");
    row = csv_row (out, "VS03");
    g_assert_cmpstr (row, ==, "VS03,Child in Need (CIN) with up to date CIN Plan,Children in Need,County,2017-11,64.7,"
                              "ninety per cent,none,declining,yes,declining-3,concern,none,"
                              "Indicator VS03: Cannot read the target “ninety per cent”: unexpected “ninety”");
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);

    g_assert_cmpint (run_cli (&out, &err, "spc", "VS03", "--format", "json", NULL), ==, 0);
    g_assert_nonnull (strstr (err, "VS03: Cannot read the target “ninety per cent”"));
    g_assert_nonnull (strstr (out, "\"assurance\": \"none\""));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);

    g_free (cin->target_text);
    cin->target_text = g_steal_pointer (&saved);
    g_assert_true (vs_store_begin (store, &error));
    g_assert_true (vs_store_save_indicator (store, cin, &error));
    g_assert_true (vs_store_commit (store, &error));
  }
}

/* The department's rating settings: shown with their defaults, set all or nothing. */
static void
test_settings (void)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run_cli (&out, &err, "settings", "--format", "csv", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "key,value,default,description\r\n"
                                        "amber-tolerance,10,10,"));
  g_assert_nonnull (strstr (out, "\r\nspc-screening,true,true,"));
  g_assert_nonnull (strstr (out, "\r\nspc-run-length,7,7,"));
  g_assert_nonnull (strstr (out, "\r\nspc-trend-length,7,7,"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* One bad value and nothing is written, the good one before it included. */
  g_assert_cmpint (run_cli (&out, &err, "settings", "--set", "spc-run-length=8",
                            "--set", "amber-tolerance=lots", NULL), ==, 2);
  g_assert_cmpstr (err, ==, "vital-signs: amber-tolerance cannot be “lots”: Amber tolerance, in percent "
                            "of the target, for indicators that set none (0 to 100)\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&out, &err, "settings", "--set", "amber", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--set expects KEY=VALUE"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&out, &err, "settings", "--set", "colour=red", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "“colour” is not a rating setting"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&out, &err, "settings", "--format", "json", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "{\"key\": \"spc-run-length\", \"value\": \"7\""));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Set, it stays set for every later command; then back to the default. */
  g_assert_cmpint (run_cli (&out, &err, "settings", "--set", "spc-run-length=8", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "\nspc-run-length    8      7        Points on one side"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&out, &err, "settings", "--format", "csv", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "\r\nspc-run-length,8,7,"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&out, &err, "settings", "--set", "spc-run-length=7", NULL), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  db_dir = g_dir_make_tmp ("vs-cli-rules-XXXXXX", NULL);
  db_path = g_build_filename (db_dir, "demo.db", NULL);

  g_test_add_func ("/cli/rules/rag-norfolk-nov17", test_rag_norfolk_nov17);
  g_test_add_func ("/cli/rules/rag-json-and-area", test_rag_json_and_area);
  g_test_add_func ("/cli/rules/rag-locality", test_rag_locality);
  g_test_add_func ("/cli/rules/rag-table-labels", test_rag_table_labels);
  g_test_add_func ("/cli/rules/exceptions-worst-first", test_exceptions_worst_first);
  g_test_add_func ("/cli/rules/spc-cp-seen", test_spc_cp_seen);
  g_test_add_func ("/cli/rules/spc-options", test_spc_options);
  g_test_add_func ("/cli/rules/errors", test_errors);
  g_test_add_func ("/cli/rules/unreadable-target", test_unreadable_target);
  g_test_add_func ("/cli/rules/period-beyond-the-data", test_period_beyond_the_data);
  g_test_add_func ("/cli/rules/no-exceptions", test_no_exceptions);
  g_test_add_func ("/cli/rules/settings", test_settings);
  status = g_test_run ();

  cli_test_remove_dir (db_dir);
  g_free (db_path);
  g_free (db_dir);
  return status;
}
