/* test-cli.c: the command line on the demo database, as a batch job would run it
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cli-test-util.h"

static char *db_dir;
static char *db_path;

static int
run_cli (char       **out,
         char       **err,
         const char  *first,
         ...)
{
  va_list args;
  int status;

  va_start (args, first);
  status = cli_test_run_va (NULL, out, err, first, args);
  va_end (args);
  return status;
}

static void
test_version_and_help (void)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run_cli (&out, &err, "--version", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "vital-signs "));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (&out, &err, "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "areas"));
  g_assert_nonnull (strstr (out, "values"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (&out, &err, "values", "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "--locality"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (&out, &err, "frobnicate", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "“frobnicate” is not a command"));
  g_assert_null (strstr (err, "CRITICAL"));
}

static void
test_areas_on_demo (void)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run_cli (&out, &err, "--db", db_path, "--demo", "areas", "--format", "csv", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "area,indicators\r\n"));
  g_assert_nonnull (strstr (out, "\r\nChild Protection,"));
  g_assert_nonnull (strstr (out, "\r\nLooked After Children,"));
}

static void
test_indicators_json (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (run_cli (&out, &err, "--db", db_path, "indicators", "--area", "child protection",
                            "--format", "json", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "[\n  {\"ref\": "));
  g_assert_nonnull (strstr (out, "\"area\": \"Child Protection\""));
  g_assert_nonnull (strstr (out, "\"polarity\": \"higher\""));
  g_assert_null (strstr (out, "\"area\": \"Adoption\""));
}

static void
test_values_cp_seen (void)
{
  g_autofree char *out = NULL, *err = NULL;

  /* Norfolk, 16 January 2018: CP % children seen, Aug 17 = 49.2% with 272 / 553; Nov 17 = 58.1%. */
  g_assert_cmpint (run_cli (&out, &err, "--db", db_path, "values", "children seen",
                            "--locality", "County", "--from", "2017-08", "--to", "2017-11",
                            "--format", "csv", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "ref,indicator,locality,period,value,numerator,denominator,state\r\n"));
  g_assert_nonnull (strstr (out, ",County,2017-08,49.2,272,553,actual\r\n"));
  g_assert_nonnull (strstr (out, ",County,2017-11,58.1,,,actual\r\n"));
  g_assert_null (strstr (out, "2017-07"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (&out, &err, "--db", db_path, "values", "children seen",
                            "--locality", "County", "--from", "2017-08", "--to", "2017-08",
                            "--format", "json", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "\"value\": 49.2"));
  g_assert_nonnull (strstr (out, "\"provenance\": {\"import\": "));
  g_assert_nonnull (strstr (out, "values.csv"));
}

static void
test_values_errors (void)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run_cli (&out, &err, "--db", db_path, "values", "%", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "matches"));
  g_assert_null (strstr (err, "CRITICAL"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (&out, &err, "--db", db_path, "values", "children seen", "--from", "Nov 17", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "YYYY-MM"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (&out, &err, "--db", db_path, "areas", "--format", "xml", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "table, csv or json"));
}

/* The README's rule, one for every command: 2 when the command line is wrong whatever the
 * database holds (a bad option value as much as an unknown option); 1 when this database
 * lacks what was named. rag --period, values --from, spc --rebase, settings --set and
 * --format said 1 for a bad value while chart, pack and import said 2. */
static void
test_usage_errors_exit_2 (void)
{
  g_autofree char *untouched = g_build_filename (db_dir, "untouched.db", NULL);
  const char *usage[][6] = {
    { "rag", "--period", "Nov 17", NULL },
    { "exceptions", "--period", "2017-13", NULL },
    { "values", "6.14", "--to", "last month", NULL },
    { "spc", "6.14", "--rebase", "April", NULL },
    { "settings", "--set", "amber-tolerance", NULL },
    { "settings", "--set", "no-such-setting=3", NULL },
    { "benchmarks", "6.14", "--model", "2019", NULL },
    { "chart", "6.14", "--kind", "pie", "--output", "x.svg" },
    { "pack", "--cards", "some", "--output", "x.pdf", NULL },
    { "import", "--layout", "diagonal", "x.csv", NULL },
    { "undo-import", "first", NULL },
    { "rag", "--colour", NULL },
    { "areas", "--format", "yaml", NULL },
  };
  /* Names the database does not hold are unknown arguments too. */
  const char *unknown[][4] = {
    { "values", "no such indicator", NULL },
    { "values", "%", NULL },
    { "rag", "--area", "Nope", NULL },
    { "rag", "--locality", "Atlantis", NULL },
    { "chart", "--area", "Nope", "--output-dir" },
    { "spc", "zzz", NULL },
  };
  /* What the command could not do with this database: 1. */
  const char *failed[][4] = {
    { "rag", "--period", "2030-01", NULL },
    { "spc", "6.14", "--rebase", "2030-01" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (usage); i++)
    {
      g_autofree char *out = NULL, *err = NULL;

      g_test_message ("%s %s", usage[i][0], usage[i][1]);
      g_assert_cmpint (run_cli (&out, &err, "--db", untouched, usage[i][0], usage[i][1],
                                usage[i][2], usage[i][3], usage[i][4], usage[i][5], NULL), ==, 2);
      g_assert_true (g_str_has_prefix (err, "vital-signs: "));
      g_assert_cmpstr (out, ==, "");
      /* Refused before anything was opened: the database was not even created (settings
       * reads the stored ones before it applies --set to them). */
      if (!g_str_equal (usage[i][0], "settings"))
        g_assert_false (g_file_test (untouched, G_FILE_TEST_EXISTS));
      g_unlink (untouched);
    }
  for (guint i = 0; i < G_N_ELEMENTS (unknown); i++)
    {
      g_autofree char *out = NULL, *err = NULL;

      g_test_message ("%s %s", unknown[i][0], unknown[i][1]);
      g_assert_cmpint (run_cli (&out, &err, "--db", db_path, "--demo", unknown[i][0], unknown[i][1],
                                unknown[i][2], unknown[i][3], db_dir, NULL), ==, 2);
      g_assert_cmpstr (out, ==, "");
    }
  for (guint i = 0; i < G_N_ELEMENTS (failed); i++)
    {
      g_autofree char *out = NULL, *err = NULL;

      g_test_message ("%s %s", failed[i][0], failed[i][1]);
      g_assert_cmpint (run_cli (&out, &err, "--db", db_path, "--demo", failed[i][0], failed[i][1],
                                failed[i][2], failed[i][3], NULL), ==, 1);
    }
}

/* A name the database does not hold is answered with the ones it does, or the closest:
 * “There is no service area called “Nope”.” left the officer guessing. */
static void
test_unknown_names_offer_choices (void)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run_cli (&out, &err, "--db", db_path, "--demo", "rag", "--area", "Nope", NULL), ==, 2);
  g_assert_cmpstr (err, ==, "vital-signs: There is no service area called “Nope”; the areas are: "
                            "Early Help, Contacts & Referrals, Assessments, Children in Need, "
                            "Child Protection, Looked After Children, Care Leavers, Placements, "
                            "Adoption, Workforce & Caseloads, Foster Carers, CSE & Missing\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (&out, &err, "--db", db_path, "indicators", "--area", "Adopton", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "the areas are: Early Help,"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (&out, &err, "--db", db_path, "rag", "--locality", "Norwhich", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "There is no locality called “Norwhich”; the localities are: County, "));
  g_assert_nonnull (strstr (err, "Norwich"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* A slip in a title finds the indicator it was meant for, as does one in a ref. */
  g_assert_cmpint (run_cli (&out, &err, "--db", db_path, "values", "chidlren seen", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "No indicator has the reference or a title containing “chidlren seen”; "
                                 "the closest is 6.14 “"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&out, &err, "--db", db_path, "spc", "6.41", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "the closest is 6."));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Nothing near: no guess. */
  g_assert_cmpint (run_cli (&out, &err, "--db", db_path, "values", "xylophone quartet", NULL), ==, 2);
  g_assert_null (strstr (err, "closest"));
}

/* Every command with --format refuses one it does not offer the same way: exit 2, the bad
 * value named with the ones it takes, and the database left alone. */
static void
test_format_refused_alike (void)
{
  g_autofree char *untouched = g_build_filename (db_dir, "untouched.db", NULL);
  const struct { const char *command, *argument, *format, *offered; } cases[] = {
    { "areas", NULL, "xml", "table, csv or json" },
    { "indicators", NULL, "xml", "table, csv or json" },
    { "values", "6.14", "xml", "table, csv or json" },
    { "rag", NULL, "xml", "table, csv or json" },
    { "exceptions", NULL, "xml", "table, csv or json" },
    { "spc", "6.14", "xml", "table, csv or json" },
    { "history", NULL, "xml", "table, csv or json" },
    { "settings", NULL, "xml", "table, csv or json" },
    { "benchmarks", "6.14", "xml", "table, csv or json" },
    { "neighbours", NULL, "xml", "table, csv or json" },
    { "import", "figures.csv", "xml", "table or json" },
    { "import", "figures.csv", "csv", "table or json" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL, *err = NULL;
      g_autofree char *expected = g_strdup_printf ("vital-signs: --format must be %s, not “%s”\n",
                                                   cases[i].offered, cases[i].format);

      g_test_message ("%s --format %s", cases[i].command, cases[i].format);
      if (cases[i].argument != NULL)
        g_assert_cmpint (run_cli (&out, &err, "--db", untouched, cases[i].command,
                                  cases[i].argument, "--format", cases[i].format, NULL), ==, 2);
      else
        g_assert_cmpint (run_cli (&out, &err, "--db", untouched, cases[i].command, "--format",
                                  cases[i].format, NULL), ==, 2);
      g_assert_cmpstr (err, ==, expected);
      g_assert_cmpstr (out, ==, "");
      g_assert_false (g_file_test (untouched, G_FILE_TEST_EXISTS));
    }
}

/* A command that takes no parameter names the first surplus one, before it opens anything. */
static void
test_surplus_argument_refused (void)
{
  g_autofree char *untouched = g_build_filename (db_dir, "untouched.db", NULL);
  const char *commands[] = { "areas", "indicators", "history", "rag", "exceptions", "settings",
                             "neighbours", "pack" };

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *out = NULL, *err = NULL;
      g_autofree char *expected = g_strdup_printf ("vital-signs: %s: unexpected argument “surplus”\n",
                                                   commands[i]);

      g_assert_cmpint (run_cli (&out, &err, "--db", untouched, commands[i], "surplus", NULL), ==, 2);
      g_assert_cmpstr (err, ==, expected);
      g_assert_false (g_file_test (untouched, G_FILE_TEST_EXISTS));
    }
}

static void
test_db_named_starts_empty (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *empty = g_build_filename (db_dir, "empty.db", NULL);

  g_assert_cmpint (run_cli (&out, &err, "--db", empty, "areas", "--format", "csv", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "area,indicators\r\n");
}

/* The officer's default database starts empty, as the window's does: a reading command
 * run first filled it with the demo's 144 indicators, which then mixed with real imports. */
static void
test_default_database_starts_empty (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *own = g_build_filename (db_dir, "default.db", NULL);

  g_setenv ("VITAL_SIGNS_DB", own, TRUE);
  g_assert_cmpint (run_cli (&out, &err, "areas", "--format", "csv", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "area,indicators\r\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&out, &err, "indicators", "--format", "csv", NULL), ==, 0);
  g_assert_null (strstr (out, "6.14"));
  g_unsetenv ("VITAL_SIGNS_DB");
}

/* A title carrying terminal escapes (retitle the window, colour, a right-to-left override)
 * reached the terminal raw, and a file name that is not UTF-8 made `history --format json`
 * invalid. Table output and messages show them escaped; JSON escapes them its own way and
 * is valid UTF-8 whatever the file name. */
static void
test_hostile_text (void)
{
  static const char *csv =
    "Ref,Indicator,Period,Value\n"
    "H1,\x1b]0;owned\x07Seen \x1b[31min time\xe2\x80\xae,2017-10,67.5\n";
  g_autofree char *dir = g_dir_make_tmp ("vs-cli-hostile-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "hostile.db", NULL);
  /* "café.csv" in Latin-1: not UTF-8, as an old file server might name it */
  g_autofree char *file = g_build_filename (dir, "caf\xe9.csv", NULL);
  g_autofree char *out = NULL, *err = NULL;

  g_assert_true (g_file_set_contents (file, csv, -1, NULL));
  g_assert_cmpint (run_cli (&out, &err, "--db", db, "import", file, NULL), ==, 0);
  g_assert_null (strchr (out, '\x1b'));
  g_assert_true (g_utf8_validate (out, -1, NULL));
  g_assert_nonnull (strstr (out, "caf\\xE9.csv: long layout"));
  g_assert_nonnull (strstr (out, "\\x1B]0;owned\\x07Seen \\x1B[31min time\\u202E"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (&out, &err, "--db", db, "indicators", NULL), ==, 0);
  g_assert_null (strchr (out, '\x1b'));
  g_assert_null (strchr (out, '\x07'));
  g_assert_null (strstr (out, "\xe2\x80\xae"));
  g_assert_nonnull (strstr (out, "\\x1B]0;owned\\x07Seen"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (&out, &err, "--db", db, "indicators", "--format", "json", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "\"\\u001b]0;owned\\u0007Seen \\u001b[31min time\\u202e\""));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (&out, &err, "--db", db, "history", "--format", "json", NULL), ==, 0);
  g_assert_true (g_utf8_validate (out, -1, NULL));
  g_assert_nonnull (strstr (out, "caf\\ufffd.csv\""));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (&out, &err, "--db", db, "history", "--format", "csv", NULL), ==, 0);
  g_assert_true (g_utf8_validate (out, -1, NULL));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (&out, &err, "--db", db, "history", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "caf\\xE9.csv"));

  cli_test_remove_dir (dir);
}

/* save-copy: the copy holds the demo data's figures; an existing file is kept unless --replace. */
static void
test_save_copy (void)
{
  g_autofree char *out = NULL, *err = NULL, *copied = NULL;
  g_autofree char *copy = g_build_filename (db_dir, "review.vsdb", NULL);
  const char *query[] = { "values", "children seen", "--locality", "County", "--from",
                          "2017-08", "--to", "2017-11", "--format", "csv" };

  g_assert_cmpint (run_cli (&out, &err, "--db", db_path, "--demo", "save-copy", copy, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "review.vsdb"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (&out, &err, "--db", db_path, query[0], query[1], query[2], query[3],
                            query[4], query[5], query[6], query[7], query[8], query[9], NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&copied, &err, "--db", copy, query[0], query[1], query[2], query[3],
                            query[4], query[5], query[6], query[7], query[8], query[9], NULL), ==, 0);
  g_assert_nonnull (strstr (copied, ",County,2017-08,49.2,272,553,actual\r\n"));
  g_assert_cmpstr (copied, ==, out);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (&out, &err, "--db", db_path, "save-copy", copy, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "already exists"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&out, &err, "--db", db_path, "save-copy", "--replace", copy, NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (&out, &err, "--db", db_path, "save-copy", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "one destination file"));
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  db_dir = g_dir_make_tmp ("vs-cli-XXXXXX", NULL);
  db_path = g_build_filename (db_dir, "demo.db", NULL);

  g_test_add_func ("/cli/version-and-help", test_version_and_help);
  g_test_add_func ("/cli/areas-on-demo", test_areas_on_demo);
  g_test_add_func ("/cli/indicators-json", test_indicators_json);
  g_test_add_func ("/cli/values-cp-seen", test_values_cp_seen);
  g_test_add_func ("/cli/values-errors", test_values_errors);
  g_test_add_func ("/cli/format-refused-alike", test_format_refused_alike);
  g_test_add_func ("/cli/usage-errors-exit-2", test_usage_errors_exit_2);
  g_test_add_func ("/cli/unknown-names-offer-choices", test_unknown_names_offer_choices);
  g_test_add_func ("/cli/surplus-argument-refused", test_surplus_argument_refused);
  g_test_add_func ("/cli/db-named-starts-empty", test_db_named_starts_empty);
  g_test_add_func ("/cli/default-database-starts-empty", test_default_database_starts_empty);
  g_test_add_func ("/cli/hostile-text", test_hostile_text);
  g_test_add_func ("/cli/save-copy", test_save_copy);
  status = g_test_run ();

  cli_test_remove_dir (db_dir);
  g_free (db_path);
  g_free (db_dir);
  return status;
}
