/* test-import-store.c: all or nothing, re-imports, corrections, undo and dry runs
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "import-test-util.h"

static const char *november =
  "Ref,Indicator,Locality,Period,Value,Numerator,Denominator\n"
  "6.14,Child Protection (CP) - % children seen,County,2017-09,67.3%,,\n"
  "6.14,Child Protection (CP) - % children seen,County,2017-10,67.5%,,\n"
  "6.14,Child Protection (CP) - % children seen,County,2017-11,58.1%,,\n"
  "6.14,Child Protection (CP) - % children seen,County,2017-08,49.2%,272,553\n"
  "7.14,LAC with up to date Care Plan,County,2017-11,95.3%,,\n";

/* December's extract restates the months and corrects November's CP figure. */
static const char *december =
  "Ref,Indicator,Locality,Period,Value,Numerator,Denominator\n"
  "6.14,Child Protection (CP) - % children seen,County,2017-09,67.3%,,\n"
  "6.14,Child Protection (CP) - % children seen,County,2017-10,67.5%,,\n"
  "6.14,Child Protection (CP) - % children seen,County,2017-11,59.0%,,\n"
  "6.14,Child Protection (CP) - % children seen,County,2017-12,61.2%,,\n"
  "6.14,Child Protection (CP) - % children seen,County,2017-08,49.2%,,\n"
  "7.14,LAC with up to date Care Plan,County,2017-11,95.3%,,\n";

/* An error half-way down a thousand rows: none of it may stay. */
static void
test_all_or_nothing (ImportFixture *fx,
                     gconstpointer  data)
{
  g_autoptr(GString) csv = g_string_new ("Ref,Indicator,Locality,Period,Value\n");
  g_autofree char *path = NULL;
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr(VsImportSummary) first = NULL;
  VsImportSummary *summary = NULL;
  g_autoptr(GError) error = NULL;

  /* something there already, so that "unchanged" means more than "empty" */
  path = write_fixture (fx, "november.csv", november);
  first = import_ok (fx, path, NULL);
  g_free (path);

  for (int i = 0; i < 1000; i++)
    g_string_append_printf (csv, "R%d,Indicator %d,County,2017-%02d,%s\n", i % 50, i % 50,
                            i / 50 % 12 + 1, i == 500 ? "12..5" : "12.5");
  path = write_fixture (fx, "big.csv", csv->str);
  before = dump_database (fx->db_path);
  g_assert_false (vs_import_file (fx->store, path, NULL, &summary, &error));
  g_assert_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "big.csv, cell E502 (row 502, column E)"));
  g_assert_cmpuint (summary->n_errors, ==, 1);
  vs_import_summary_free (summary);
  after = dump_database (fx->db_path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_reimport_changes_nothing (ImportFixture *fx,
                               gconstpointer  data)
{
  g_autofree char *path = write_fixture (fx, "november.csv", november);
  g_autoptr(VsImportSummary) first = import_ok (fx, path, NULL);
  g_autofree char *before = dump_database (fx->db_path);
  g_autoptr(VsImportSummary) again = import_ok (fx, path, NULL);
  g_autofree char *after = dump_database (fx->db_path);

  g_assert_true (first->written);
  g_assert_cmpuint (first->values_added, ==, 5);
  g_assert_false (again->written);
  g_assert_cmpint (again->import_id, ==, 0);
  g_assert_cmpuint (again->values_added, ==, 0);
  g_assert_cmpuint (again->values_changed, ==, 0);
  g_assert_cmpuint (again->values_unchanged, ==, 5);
  g_assert_cmpuint (again->indicators_matched, ==, 2);
  g_assert_cmpuint (again->indicators_created, ==, 0);
  g_assert_cmpstr (before, ==, after);
}

static void
test_correction_and_undo (ImportFixture *fx,
                          gconstpointer  data)
{
  g_autofree char *nov_path = write_fixture (fx, "november.csv", november);
  g_autofree char *dec_path = write_fixture (fx, "december.csv", december);
  g_autoptr(VsImportSummary) nov = import_ok (fx, nov_path, NULL);
  g_autofree char *after_november = dump_database (fx->db_path);
  g_autoptr(VsImportSummary) dec = import_ok (fx, dec_path, NULL);
  g_autoptr(VsObservation) obs = NULL;
  g_autoptr(GPtrArray) imports = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after_undo = NULL;
  VsImportChange *change;

  g_assert_cmpuint (dec->values_added, ==, 1);
  g_assert_cmpuint (dec->values_changed, ==, 1);
  g_assert_cmpuint (dec->values_unchanged, ==, 4);
  g_assert_cmpuint (dec->changes->len, ==, 1);
  change = g_ptr_array_index (dec->changes, 0);
  g_assert_cmpstr (change->ref, ==, "6.14");
  g_assert_cmpstr (change->locality, ==, "County");
  g_assert_cmpint (change->period, ==, vs_period_new (2017, 11));
  g_assert_cmpfloat (change->old_value, ==, 58.1);
  g_assert_cmpfloat (change->new_value, ==, 59.0);
  g_assert_cmpstr (change->cell, ==, "E4");

  /* December left out August's numerator / denominator: the figure is the same, so it
   * keeps them */
  assert_figure (fx, "6.14", NULL, "2017-08", 49.2, 272, 553);
  obs = find_observation (fx, "6.14", NULL, "2017-11");
  g_assert_cmpfloat (obs->value, ==, 59.0);
  g_assert_cmpint (obs->import_id, ==, dec->import_id);
  g_assert_cmpstr (obs->cell, ==, "E4");
  g_clear_pointer (&obs, vs_observation_free);

  /* undoing December puts November's figure back and removes December's new month */
  g_assert_true (vs_store_undo_import (fx->store, dec->import_id, &error));
  g_assert_no_error (error);
  obs = find_observation (fx, "6.14", NULL, "2017-11");
  g_assert_cmpfloat (obs->value, ==, 58.1);
  g_assert_cmpint (obs->import_id, ==, nov->import_id);
  g_assert_null (find_observation (fx, "6.14", NULL, "2017-12"));

  imports = vs_store_list_imports (fx->store, &error);
  g_assert_cmpuint (imports->len, ==, 2);
  g_assert_cmpstr (((VsImportRecord *) g_ptr_array_index (imports, 0))->state, ==, "undone");
  g_assert_cmpstr (((VsImportRecord *) g_ptr_array_index (imports, 1))->state, ==, "imported");
  g_assert_cmpuint (((VsImportRecord *) g_ptr_array_index (imports, 1))->added, ==, 5);

  /* the observations are as November left them */
  after_undo = dump_database (fx->db_path);
  {
    const char *a = strstr (after_november, "== observation\n");
    const char *b = strstr (after_undo, "== observation\n");
    const char *a_end = strstr (a + 1, "== ");
    const char *b_end = strstr (b + 1, "== ");
    g_assert_cmpint (a_end - a, ==, b_end - b);
    g_assert_cmpint (memcmp (a, b, a_end - a), ==, 0);
  }
}

static void
test_undo_refused_when_later_import_depends (ImportFixture *fx,
                                             gconstpointer  data)
{
  g_autofree char *nov_path = write_fixture (fx, "november.csv", november);
  g_autofree char *dec_path = write_fixture (fx, "december.csv", december);
  g_autoptr(VsImportSummary) nov = import_ok (fx, nov_path, NULL);
  g_autoptr(VsImportSummary) dec = import_ok (fx, dec_path, NULL);
  g_autofree char *before = dump_database (fx->db_path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (vs_store_undo_import (fx->store, nov->import_id, &error));
  g_assert_nonnull (error);
  g_test_message ("refused: %s", error->message);
  after = dump_database (fx->db_path);
  g_assert_cmpstr (before, ==, after);
  g_clear_error (&error);

  /* in order, both go */
  g_assert_true (vs_store_undo_import (fx->store, dec->import_id, &error));
  g_assert_true (vs_store_undo_import (fx->store, nov->import_id, &error));
  g_assert_no_error (error);
  /* and the indicators November created go with it */
  g_assert_null (vs_store_get_indicator_by_ref (fx->store, "6.14", &error));
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_NOT_FOUND);
}

/* An officer set 6.14's target to 95% by hand; next month's extract carries 100% again.
 * Undoing that import must give back the officer's 95%, not only the figures. */
static void
test_undo_restores_definition (ImportFixture *fx,
                               gconstpointer  data)
{
  static const char *october =
    "Ref,Indicator,Bigger or Smaller is better,Sep 17,Oct 17,Target\n"
    "6.14,Child Protection (CP) - % children seen,Bigger,67.3%,67.5%,100%\n";
  static const char *november_with_target =
    "Ref,Indicator,Bigger or Smaller is better,Oct 17,Nov 17,Target\n"
    "6.14,Child Protection (CP) - % children seen,Bigger,67.5%,58.1%,100%\n";
  g_autofree char *oct_path = write_fixture (fx, "october.csv", october);
  g_autofree char *nov_path = write_fixture (fx, "november.csv", november_with_target);
  g_autoptr(VsImportSummary) oct = import_ok (fx, oct_path, NULL);
  g_autoptr(VsImportSummary) nov = NULL;
  g_autoptr(VsIndicator) indicator = NULL;
  g_autoptr(GError) error = NULL;

  indicator = vs_store_get_indicator_by_ref (fx->store, "6.14", &error);
  g_assert_no_error (error);
  g_free (indicator->target_text);
  indicator->target_text = g_strdup ("95%");
  g_assert_true (vs_store_begin (fx->store, &error));
  g_assert_true (vs_store_save_indicator (fx->store, indicator, &error));
  g_assert_true (vs_store_commit (fx->store, &error));
  g_clear_pointer (&indicator, vs_indicator_unref);

  nov = import_ok (fx, nov_path, NULL);
  g_assert_cmpuint (nov->indicators_updated, ==, 1);
  indicator = vs_store_get_indicator_by_ref (fx->store, "6.14", &error);
  g_assert_cmpstr (indicator->target_text, ==, "100%");
  g_clear_pointer (&indicator, vs_indicator_unref);

  g_assert_true (vs_store_undo_import (fx->store, nov->import_id, &error));
  g_assert_no_error (error);
  indicator = vs_store_get_indicator_by_ref (fx->store, "6.14", &error);
  g_assert_cmpstr (indicator->target_text, ==, "95%");
  g_assert_null (find_observation (fx, "6.14", NULL, "2017-11"));
  assert_figure (fx, "6.14", NULL, "2017-10", 67.5, NAN, NAN);
  g_assert_cmpint (oct->import_id, <, nov->import_id);
}

static void
test_dry_run_writes_nothing (ImportFixture *fx,
                             gconstpointer  data)
{
  g_autofree char *nov_path = write_fixture (fx, "november.csv", november);
  g_autofree char *dec_path = write_fixture (fx, "december.csv", december);
  g_autoptr(VsImportSummary) nov = import_ok (fx, nov_path, NULL);
  g_autoptr(VsImportSummary) dry = NULL;
  g_autofree char *before = dump_database (fx->db_path);
  g_autofree char *after = NULL;
  VsImportOptions options = { 0 };
  GStatBuf st_before, st_after;

  g_assert_true (nov->written);
  g_assert_cmpint (g_stat (fx->db_path, &st_before), ==, 0);
  options.dry_run = TRUE;
  dry = import_ok (fx, dec_path, &options);
  g_assert_true (dry->dry_run);
  g_assert_false (dry->written);
  g_assert_cmpint (dry->import_id, ==, 0);
  /* it reports what the import would do */
  g_assert_cmpuint (dry->values_added, ==, 1);
  g_assert_cmpuint (dry->values_changed, ==, 1);
  g_assert_cmpuint (dry->values_unchanged, ==, 4);
  g_assert_cmpuint (dry->changes->len, ==, 1);
  after = dump_database (fx->db_path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (g_stat (fx->db_path, &st_after), ==, 0);
  g_assert_cmpint (st_before.st_size, ==, st_after.st_size);
  g_assert_cmpint (st_before.st_mtime, ==, st_after.st_mtime);
}

/* --dry-run of a file that would create indicators and localities names them. */
static void
test_dry_run_new (ImportFixture *fx,
                  gconstpointer  data)
{
  g_autofree char *path = write_fixture (fx, "november.csv", november);
  VsImportOptions options = { 0 };
  g_autoptr(VsImportSummary) dry = NULL;
  VsImportIndicatorReport *report;

  options.dry_run = TRUE;
  dry = import_ok (fx, path, &options);
  g_assert_cmpuint (dry->indicators_created, ==, 2);
  g_assert_cmpuint (dry->localities_created, ==, 1);
  g_assert_cmpuint (dry->values_added, ==, 5);
  report = g_ptr_array_index (dry->indicators, 0);
  g_assert_cmpstr (report->ref, ==, "6.14");
  g_assert_cmpstr (report->area, ==, "Unassigned");
  g_assert_cmpint (report->outcome, ==, VS_IMPORT_CREATED);
  g_assert_cmpuint (report->added, ==, 4);
  g_assert_true (vs_store_is_empty (fx->store));
}

static char *
index_names (const char *db_path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  GString *names = g_string_new (NULL);

  g_assert_cmpint (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'index'"
                                       " AND tbl_name = 'observation' AND sql IS NOT NULL"
                                       " ORDER BY name", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (names, "%s ", sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return g_string_free (names, FALSE);
}

/* A big load into an empty table builds the indexes once at the end: they must be there
 * afterwards, and the figures findable through them. */
static void
test_big_load (ImportFixture *fx,
               gconstpointer  data)
{
  g_autoptr(GString) csv = g_string_new ("ref,indicator,locality,period,value,numerator,denominator\n");
  g_autofree char *path = NULL;
  g_autofree char *before = index_names (fx->db_path);
  g_autofree char *after = NULL;
  g_autoptr(VsImportSummary) summary = NULL, again = NULL;
  g_autoptr(GError) error = NULL;
  const char *localities[] = { "County", "North", "West" };

  for (int i = 0; i < 200; i++)
    for (int l = 0; l < 3; l++)
      for (int m = 0; m < 100; m++)
        g_string_append_printf (csv, "B%d,Indicator %d,%s,%04d-%02d,%.1f,%d,%d\n", i, i,
                                localities[l], 2010 + m / 12, m % 12 + 1,
                                (300 + i % 50) * 100.0 / 500, 300 + i % 50, 500);
  path = write_fixture (fx, "big.csv", csv->str);
  summary = import_ok (fx, path, NULL);
  g_assert_cmpuint (summary->values_added, ==, 60000);
  after = index_names (fx->db_path);
  g_assert_cmpstr (before, ==, after);
  g_assert_nonnull (strstr (after, "observation_by_import"));
  assert_figure (fx, "B17", "West", "2018-04", 63.4, 317, 500);
  g_assert_cmpint (vs_store_latest_period (fx->store, &error), ==, vs_period_new (2018, 4));

  again = import_ok (fx, path, NULL);
  g_assert_false (again->written);
  g_assert_cmpuint (again->values_unchanged, ==, 60000);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, ImportFixture, NULL, import_fixture_set_up, func, import_fixture_tear_down)
  ADD ("/import/store/all-or-nothing", test_all_or_nothing);
  ADD ("/import/store/reimport-changes-nothing", test_reimport_changes_nothing);
  ADD ("/import/store/correction-and-undo", test_correction_and_undo);
  ADD ("/import/store/undo-refused", test_undo_refused_when_later_import_depends);
  ADD ("/import/store/undo-restores-definition", test_undo_restores_definition);
  ADD ("/import/store/dry-run-writes-nothing", test_dry_run_writes_nothing);
  ADD ("/import/store/dry-run-new", test_dry_run_new);
  ADD ("/import/store/big-load", test_big_load);
#undef ADD

  return g_test_run ();
}
