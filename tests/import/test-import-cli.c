/* test-import-cli.c: vital-signs import, history and undo-import, as a user runs them
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "import-test-util.h"

typedef struct {
  char *out;
  char *err;
  int   status;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs the built binary on the fixture's database; the arguments end with NULL. */
static void
run_cli (ImportFixture *fx,
         Run           *run,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("VS_CLI");
  const char *arg;
  va_list ap;
  int wait_status = 0;

  g_assert_nonnull (cli);
  g_ptr_array_add (args, (char *) cli);
  g_ptr_array_add (args, (char *) "--db");
  g_ptr_array_add (args, fx->db_path);
  va_start (ap, run);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (char *) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  /* The store is closed while the command runs, as two programs would share the file. */
  g_clear_object (&fx->store);
  g_assert_true (g_spawn_sync (NULL, (char **) args->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &run->out, &run->err, &wait_status, &error));
  g_assert_no_error (error);
  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
  fx->store = vs_store_open (fx->db_path, &error);
  g_assert_no_error (error);
}

static const char *november =
  "Ref,Indicator,Locality,Period,Value,Numerator,Denominator\n"
  "6.14,Child Protection (CP) - % children seen,County,2017-08,49.2%,272,553\n"
  "6.14,Child Protection (CP) - % children seen,County,2017-11,58.1%,,\n";

static const char *december =
  "Ref,Indicator,Locality,Period,Value,Numerator,Denominator\n"
  "6.14,Child Protection (CP) - % children seen,County,2017-11,59.0%,,\n"
  "6.14,Child Protection (CP) - % children seen,County,2017-12,61.2%,,\n";

static void
test_import_history_undo (ImportFixture *fx,
                          gconstpointer  data)
{
  g_autofree char *nov = write_fixture (fx, "november.csv", november);
  g_autofree char *dec = write_fixture (fx, "december.csv", december);
  g_auto(Run) first = { 0 }, dry = { 0 }, second = { 0 }, history = { 0 }, refused = { 0 };
  g_auto(Run) undo = { 0 }, values = { 0 }, bad = { 0 }, json = { 0 };

  run_cli (fx, &first, "import", nov, NULL);
  g_assert_cmpint (first.status, ==, 0);
  g_assert_nonnull (strstr (first.out, "november.csv: long layout, 2 rows"));
  g_assert_nonnull (strstr (first.out, "imported as import 1"));
  g_assert_nonnull (strstr (first.out, "values:     2 added, 0 changed, 0 unchanged"));
  g_assert_nonnull (strstr (first.out, "created  6.14  Child Protection (CP) - % children seen (Unassigned)"));

  run_cli (fx, &dry, "import", "--dry-run", dec, NULL);
  g_assert_cmpint (dry.status, ==, 0);
  g_assert_nonnull (strstr (dry.out, "dry run: nothing was written"));
  g_assert_nonnull (strstr (dry.out, "changed  6.14  County Nov 17: 58.1 → 59 (cell E2)"));

  run_cli (fx, &second, "import", dec, NULL);
  g_assert_cmpint (second.status, ==, 0);
  g_assert_nonnull (strstr (second.out, "imported as import 2"));
  g_assert_nonnull (strstr (second.out, "values:     1 added, 1 changed, 0 unchanged"));

  run_cli (fx, &history, "history", "--format", "csv", NULL);
  g_assert_cmpint (history.status, ==, 0);
  g_assert_true (g_str_has_prefix (history.out,
                                   "id,time,file,sha256,layout,added,changed,unchanged,warnings,state"));
  g_assert_nonnull (strstr (history.out, "december.csv"));
  g_assert_nonnull (strstr (history.out, ",long,1,1,0,0,imported"));
  g_assert_nonnull (strstr (history.out, ",long,2,0,0,0,imported"));

  /* provenance shows in values --format json */
  run_cli (fx, &values, "values", "6.14", "--format", "json", NULL);
  g_assert_cmpint (values.status, ==, 0);
  g_assert_nonnull (strstr (values.out, "\"cell\": \"E2\""));
  g_assert_nonnull (strstr (values.out, "december.csv"));

  run_cli (fx, &refused, "undo-import", "1", NULL);
  g_assert_cmpint (refused.status, !=, 0);
  g_assert_true (g_str_has_prefix (refused.err, "vital-signs: "));
  g_assert_cmpstr (refused.out, ==, "");

  run_cli (fx, &undo, "undo-import", "2", NULL);
  g_assert_cmpint (undo.status, ==, 0);
  g_assert_nonnull (strstr (undo.out, "Import 2"));
  assert_figure (fx, "6.14", NULL, "2017-11", 58.1, NAN, NAN);

  run_cli (fx, &bad, "undo-import", "two", NULL);
  g_assert_cmpint (bad.status, ==, 2);
  g_assert_nonnull (strstr (bad.err, "is not an import ID"));

  run_cli (fx, &json, "import", "--format", "json", "--dry-run", dec, NULL);
  g_assert_cmpint (json.status, ==, 0);
  g_assert_true (g_str_has_prefix (json.out, "[{\"file\": "));
  g_assert_nonnull (strstr (json.out, "\"layout\": \"long\""));
  g_assert_nonnull (strstr (json.out, "\"dry_run\": true"));
  g_assert_nonnull (strstr (json.out, "\"values_changed\": 1"));
  g_assert_nonnull (strstr (json.out, "\"old_value\": 58.1, \"new_state\": \"actual\", \"new_value\": 59"));
}

static void
test_import_errors (ImportFixture *fx,
                    gconstpointer  data)
{
  static const char *broken =
    "Ref,Indicator,Period,Value\n"
    "7.1,No. Looked-After Children,2017-06,1103\n"
    "7.1,No. Looked-After Children,2017-07,about 1100\n";
  g_autofree char *path = write_fixture (fx, "broken.csv", broken);
  g_autofree char *good = write_fixture (fx, "good.csv", november);
  g_autofree char *benchmarks = write_fixture (fx, "benchmarks.csv",
                                               "Ref,Period,Comparator,Value,Label\n"
                                               "6.14,2017-11,sn-average,61.2%,Statistical Neighbours\n");
  g_auto(Run) run = { 0 }, layout = { 0 }, json = { 0 }, forced = { 0 };

  /* one bad file of two: the good one goes in, the exit status says one failed */
  run_cli (fx, &run, "import", path, good, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "broken.csv, cell D3 (row 3, column D): "
                                     "“about 1100” is not a number"));
  g_assert_nonnull (strstr (run.err, "broken.csv: 1 error, so nothing was imported\n"));
  g_assert_null (strstr (run.err, "CRITICAL"));
  /* the error once, and no count of what a refused file would have added */
  g_assert_null (strstr (strstr (run.err, "is not a number") + 1, "is not a number"));
  g_assert_nonnull (strstr (run.out, "broken.csv: long layout, 2 rows\n"
                                     "  refused: nothing was imported (the errors follow)\n"
                                     "good.csv: long layout, 2 rows\n"));
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(VsIndicator) lac = vs_store_get_indicator_by_ref (fx->store, "7.1", &error);
    g_assert_null (lac);
  }

  run_cli (fx, &layout, "import", "--layout", "sideways", good, NULL);
  g_assert_cmpint (layout.status, ==, 2);
  g_assert_nonnull (strstr (layout.err, "--layout is auto, wide, long, localities, catalogue, "
                                      "benchmarks, commentary or actions, not “sideways”"));
  /* Every layout the help lists can be asked for, the demo data's own shapes too. */
  run_cli (fx, &forced, "import", "--layout", "benchmarks", "--dry-run", "--format", "json",
           benchmarks, NULL);
  g_assert_cmpint (forced.status, ==, 0);
  g_assert_nonnull (strstr (forced.out, "\"layout\": \"benchmarks\""));

  run_cli (fx, &json, "import", "--format", "json", path, NULL);
  g_assert_cmpint (json.status, ==, 1);
  g_assert_nonnull (strstr (json.out, "\"errors\": [{\"file\": \"broken.csv\", \"sheet\": \"broken\", "
                                      "\"row\": 3, \"column\": 4, \"cell\": \"D3\""));
}

/* What an import warned of could not be read back: the history counted the warnings only.
 * They are kept with the import, and history --warnings ID says them again. */
static void
test_history_warnings (ImportFixture *fx,
                       gconstpointer  data)
{
  /* Norfolk, 16 January 2018: 272 / 553 is 49.2%, not 60%; a denominator of 4 is small. */
  g_autofree char *path = write_fixture (fx, "warned.csv",
    "Ref,Indicator,Period,Value,Numerator,Denominator\n"
    "6.14,% children seen,2017-07,75.0%,3,4\n"
    "6.14,% children seen,2017-08,60.0%,272,553\n");
  g_auto (Run) imported = { 0 }, table = { 0 }, csv = { 0 }, missing = { 0 }, bad = { 0 };
  g_autoptr(GPtrArray) imports = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  const VsImportWarning *w;

  run_cli (fx, &imported, "import", path, NULL);
  g_assert_cmpint (imported.status, ==, 0);
  imports = vs_store_list_imports (fx->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (((VsImportRecord *) g_ptr_array_index (imports, 0))->warnings, ==, 2);
  id = g_strdup_printf ("%" G_GINT64_FORMAT, ((VsImportRecord *) g_ptr_array_index (imports, 0))->id);

  /* The core's getter, which the window's Imports page can read too. */
  kept = vs_store_list_import_warnings (fx->store, ((VsImportRecord *) g_ptr_array_index (imports, 0))->id,
                                        &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kept->len, ==, 2);
  w = g_ptr_array_index (kept, 1);
  g_assert_cmpuint (w->row, ==, 3);
  g_assert_cmpuint (w->column, ==, 4);
  g_assert_cmpstr (w->cell, ==, "D3");
  g_assert_nonnull (strstr (w->text, "does not agree with its numerator / denominator 272 / 553"));

  run_cli (fx, &table, "history", "--warnings", id, NULL);
  g_assert_cmpint (table.status, ==, 0);
  g_assert_true (g_str_has_prefix (table.out, "Import "));
  g_assert_nonnull (strstr (table.out, "(warned.csv): 2 warnings\n  warned.csv, cell F2 (row 2, column F): "
                                       "the denominator is 4"));
  g_assert_nonnull (strstr (table.out, "\n  warned.csv, cell D3 (row 3, column D): 60% does not agree"));

  run_cli (fx, &csv, "history", "--warnings", id, "--format", "csv", NULL);
  g_assert_cmpint (csv.status, ==, 0);
  g_assert_true (g_str_has_prefix (csv.out, "sheet,row,column,cell,warning\r\nwarned,2,F,F2,\"warned.csv, cell F2"));

  run_cli (fx, &missing, "history", "--warnings", "99", NULL);
  g_assert_cmpint (missing.status, ==, 2);
  g_assert_nonnull (strstr (missing.err, "there is no import 99"));
  run_cli (fx, &bad, "history", "--warnings", "last", NULL);
  g_assert_cmpint (bad.status, ==, 2);
  g_assert_nonnull (strstr (bad.err, "“last” is not an import ID"));
}

/* A misspelt --locality: the dry run and the import say the locality is created, and a
 * name two edits from one the database holds asks whether that one was meant. */
static void
test_new_locality (ImportFixture *fx,
                   gconstpointer  data)
{
  g_autofree char *breckland = write_fixture (fx, "breckland.csv",
                                              "Ref,Indicator,Period,Value\n"
                                              "7.1,No. Looked-After Children,2017-06,103\n");
  g_autofree char *norwich = write_fixture (fx, "norwich.csv",
                                            "Ref,Indicator,Period,Value\n"
                                            "7.1,No. Looked-After Children,2017-06,211\n");
  g_auto(Run) first = { 0 }, dry = { 0 }, slip = { 0 }, exact = { 0 };
  g_autoptr(VsImportSummary) summary = NULL;
  VsImportOptions options = { 0 };

  options.locality = "Norwich";
  summary = import_ok (fx, norwich, &options);
  g_assert_cmpuint (summary->localities_new->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (summary->localities_new, 0), ==, "Norwich");
  g_assert_cmpuint (summary->n_warnings, ==, 0);

  run_cli (fx, &dry, "import", "--dry-run", "--locality", "Norwhich", breckland, NULL);
  g_assert_cmpint (dry.status, ==, 0);
  g_assert_nonnull (strstr (dry.out, "  creates locality “Norwhich”\n"));
  g_assert_nonnull (strstr (dry.out, "breckland.csv: creates locality “Norwhich”: did you mean "
                                     "“Norwich”?"));

  run_cli (fx, &slip, "import", "--locality", "Norwhich", breckland, NULL);
  g_assert_cmpint (slip.status, ==, 0);
  g_assert_nonnull (strstr (slip.out, "  created locality “Norwhich”\n"));
  g_assert_nonnull (strstr (slip.out, "did you mean “Norwich”?"));

  /* A name far from every other is new without a question; one the database holds, in
   * any case, is no new locality at all. */
  run_cli (fx, &first, "import", "--dry-run", "--locality", "Breckland", breckland, NULL);
  g_assert_nonnull (strstr (first.out, "  creates locality “Breckland”\n"));
  g_assert_null (strstr (first.out, "did you mean"));
  run_cli (fx, &exact, "import", "--dry-run", "--locality", "norwich", norwich, NULL);
  g_assert_null (strstr (exact.out, "creates locality"));
  g_assert_null (strstr (exact.out, "did you mean"));
}

/* A PDF or a PNG picked by mistake is named for what it is, and nothing is imported. */
static void
test_not_spreadsheet (ImportFixture *fx,
                      gconstpointer  data)
{
  static const char pdf[] = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< >>\nstream\n\0\0";
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
  g_autofree char *pdf_path = g_build_filename (fx->dir, "committee-report.pdf", NULL);
  g_autofree char *png_path = g_build_filename (fx->dir, "chart.png", NULL);
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };

  g_file_set_contents (pdf_path, pdf, sizeof pdf - 1, &error);
  g_assert_no_error (error);
  g_file_set_contents (png_path, png, sizeof png - 1, &error);
  g_assert_no_error (error);

  run_cli (fx, &run, "import", pdf_path, png_path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "committee-report.pdf: is a PDF document, not a "
                                     "spreadsheet: import CSV, XLSX, ODS or XLS files"));
  g_assert_nonnull (strstr (run.err, "chart.png: is a PNG image, not a spreadsheet"));
  g_assert_null (strstr (run.err, "NUL byte"));
  g_assert_true (vs_store_is_empty (fx->store));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, ImportFixture, NULL, import_fixture_set_up, func, import_fixture_tear_down)
  ADD ("/import/cli/import-history-undo", test_import_history_undo);
  ADD ("/import/cli/errors", test_import_errors);
  ADD ("/import/cli/history-warnings", test_history_warnings);
  ADD ("/import/cli/new-locality", test_new_locality);
  ADD ("/import/cli/not-spreadsheet", test_not_spreadsheet);
#undef ADD

  return g_test_run ();
}
