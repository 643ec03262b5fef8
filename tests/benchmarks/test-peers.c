/* test-peers.c: every authority's, region's and England's published figures kept as
 * published, with provenance, suppression codes and corrections; the home authority
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bench-test-util.h"
#include "vs-judge.h"
#include "vs-store-private.h"

#define ADD(path, func) \
  g_test_add (path, ImportFixture, NULL, import_fixture_set_up, func, import_fixture_tear_down)

/* England and the East of England as the file's own rows give them:
 *   row 2: 2025,…,National,E92000001,England,…,632830,142900,22.6,…
 *   row 8: 2025,…,Regional,…,E12000006,East of England,…,44610,8660,19.4,…
 *   row 37: 2025,…,926,E10000020,Norfolk,…,5986,1069,17.9,… */
static void
test_every_level_as_published (ImportFixture *fx,
                               gconstpointer  data)
{
  g_autoptr(VsImportSummary) summary = import_public (fx, C1_FILE, "Norfolk");
  g_autoptr(VsPeerFigure) england = find_peer (fx, "c1.rereferral_percent", "E92000001", 2025);
  g_autoptr(VsPeerFigure) east = find_peer (fx, "c1.rereferral_percent", "E12000006", 2025);
  g_autoptr(VsPeerFigure) norfolk = find_peer (fx, "c1.rereferral_percent", "926", 2025);
  g_autoptr(GPtrArray) authorities = NULL;
  g_autoptr(GError) error = NULL;

  /* 341 rows of 10 measures; empty cells are no figure */
  g_assert_cmpuint (summary->peers_added, ==, 3410);
  g_assert_cmpuint (summary->peers_changed, ==, 0);

  g_assert_cmpint (england->level, ==, VS_PEER_ENGLAND);
  g_assert_cmpstr (england->name, ==, "England");
  g_assert_cmpfloat (england->value, ==, 22.6);
  g_assert_cmpuint (england->row, ==, 2);
  g_assert_cmpuint (england->col, ==, 14);     /* column N, rereferral_percent */
  g_assert_cmpstr (england->file, !=, NULL);
  g_assert_true (g_str_has_suffix (england->file, C1_FILE));

  g_assert_cmpint (east->level, ==, VS_PEER_REGION);
  g_assert_cmpstr (east->name, ==, "East of England");
  g_assert_cmpfloat (east->value, ==, 19.4);
  g_assert_cmpuint (east->row, ==, 8);

  /* the file gives the rate's parts: re-referrals over referrals */
  g_assert_cmpint (norfolk->level, ==, VS_PEER_AUTHORITY);
  g_assert_cmpstr (norfolk->new_code, ==, "E10000020");
  g_assert_cmpstr (norfolk->region, ==, "East of England");
  g_assert_cmpfloat (norfolk->value, ==, 17.9);
  g_assert_cmpfloat (norfolk->numerator, ==, 1069);
  g_assert_cmpfloat (norfolk->denominator, ==, 5986);
  g_assert_cmpuint (norfolk->row, ==, 37);

  /* definitions: the dictionary's title and heading, Vital Signs' polarity; a measure it
   * does not define gets a ref from dataset and column, under the same heading */
  {
    g_autoptr(VsIndicator) percent = find_indicator (fx, "c1.rereferral_percent");
    g_autoptr(VsIndicator) count = find_indicator (fx, "c1.rereferral_count");

    g_assert_cmpstr (percent->title, ==, "Repeat referrals (within 12 months)");
    g_assert_cmpstr (percent->area, ==, "Access to support and getting help");
    g_assert_cmpint (percent->polarity, ==, VS_POLARITY_LOWER_IS_BETTER);
    g_assert_cmpint (percent->unit, ==, VS_UNIT_PERCENTAGE);
    g_assert_cmpint (percent->periodicity, ==, VS_PERIODICITY_ANNUAL);
    g_assert_true (g_str_has_prefix (percent->source, "DfE children's social care dashboard: Outcomes, "
                                     "Outcome 1: Children, young people and families stay together"));
    g_assert_cmpstr (count->title, ==, "Referrals and Re-referrals: re-referral (number)");
    g_assert_cmpstr (count->area, ==, "Access to support and getting help");
    g_assert_cmpint (count->polarity, ==, VS_POLARITY_INFO);
  }

  /* the file's authorities, for the window's question which one is home */
  g_assert_nonnull (summary->authority);
  g_assert_cmpstr (summary->authority->code, ==, "926");
  g_assert_cmpuint (summary->authorities->len, ==, 40);
  authorities = vs_store_list_authorities (fx->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (authorities->len, ==, 40);
}

/* Suppression codes stay codes:
 *   row 80: 2024,…,884,E06000019,"Herefordshire, County of",…,u,u,u,…
 *   row 72: 2024,…,815,…,North Yorkshire,…,5704,1127,19.8,c,c,… */
/* The workforce file's working_days_lost_fte adds up every social worker's absence:
 * England's 322,786.3 days in 2025 is a count, not a time a child waits, and the whole
 * file was refused because a "days" figure over a hundred years was taken for an error. */
static void
test_workforce_days_lost (ImportFixture *fx,
                          gconstpointer  data)
{
  g_autoptr(VsImportSummary) summary = import_public (fx, CSWW_FILE, "Norfolk");
  g_autoptr(VsPeerFigure) england = find_peer (fx, "csww.working_days_lost_fte", "E92000001", 2025);
  g_autoptr(VsPeerFigure) norfolk = find_peer (fx, "csww.working_days_lost_fte", "926", 2025);
  g_autoptr(VsIndicator) days_lost = find_indicator (fx, "csww.working_days_lost_fte");

  g_assert_cmpfloat (england->value, ==, 322786.3);
  g_assert_cmpuint (england->row, ==, 2);
  g_assert_cmpfloat (norfolk->value, ==, 3787.2);
  g_assert_cmpint (days_lost->unit, ==, VS_UNIT_COUNT);
}

/* A workforce column the dictionary does not define was titled by its name with the
 * underscores taken out: "Inpost fte", "Agency rate headcount". Its words now, and its
 * name kept in the ref and the source. */
static void
test_workforce_titles (ImportFixture *fx,
                       gconstpointer  data)
{
  static const char * const titles[][2] = {
    { "csww.inpost_fte", "In post (FTE)" },
    { "csww.inpost_headcount", "In post (headcount)" },
    { "csww.agency_rate_headcount", "Agency rate (headcount)" },
    { "csww.vacancy_agency_cover_rate_fte", "Vacancy agency cover rate (FTE)" },
    { "csww.working_days_lost_fte", "Working days lost (FTE)" },
    { "csww.cases", "Cases" },
  };
  g_autoptr(VsImportSummary) summary = import_public (fx, CSWW_FILE, "Norfolk");

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr(VsIndicator) indicator = find_indicator (fx, titles[i][0]);
      g_autofree char *column = g_strdup_printf ("%s, column “%s”", CSWW_FILE,
                                                 titles[i][0] + strlen ("csww."));

      g_assert_cmpstr (indicator->title, ==, titles[i][1]);
      g_assert_cmpstr (indicator->source, ==, column);
    }
}

static void
test_suppression_codes (ImportFixture *fx,
                        gconstpointer  data)
{
  g_autoptr(VsImportSummary) summary = import_public (fx, C1_FILE, "Norfolk");
  g_autoptr(VsPeerFigure) hereford = find_peer (fx, "c1.rereferral_percent", "884", 2024);
  g_autoptr(VsPeerFigure) nyorks = find_peer (fx, "c1.no_further_action_count", "815", 2024);

  g_assert_cmpint (hereford->state, ==, VS_OBS_SUPPRESSED);
  g_assert_cmpstr (hereford->code_text, ==, "u");
  g_assert_true (isnan (hereford->value));
  g_assert_cmpuint (hereford->row, ==, 80);
  g_assert_cmpint (nyorks->state, ==, VS_OBS_SUPPRESSED);
  g_assert_cmpstr (nyorks->code_text, ==, "c");
}

/* A later publication that revises a figure: logged as a correction, undone with its import. */
static void
test_corrections (ImportFixture *fx,
                  gconstpointer  data)
{
  g_autofree char *path = bench_public_file (C1_FILE);
  g_autofree char *text = NULL;
  g_autofree char *revised_path = NULL;
  g_autoptr(VsImportSummary) first = import_public (fx, C1_FILE, "Norfolk");
  g_autoptr(VsImportSummary) second = NULL;
  g_autoptr(VsImportSummary) again = NULL;
  g_autoptr(VsPeerFigure) before = NULL, after = NULL, undone = NULL;
  g_autofree char *dump_before = NULL, *dump_after = NULL;
  g_autoptr(GError) error = NULL;
  VsImportOptions options = { 0 };
  GString *revised;

  /* the same file again: nothing to write */
  again = import_public (fx, C1_FILE, "Norfolk");
  g_assert_false (again->written);
  g_assert_cmpuint (again->peers_unchanged, ==, first->peers_added);

  /* Suffolk (935) 2025: 22.0 revised to 23.0 */
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, ",935,E10000029,Suffolk,Referrals and Re-referrals,"));
  revised = g_string_new (text);
  {
    char *line = strstr (revised->str, "2025,Reporting year,Local authority,E92000001,England,E12000006,East of England,935,");
    char *end = strchr (line, '\n');
    g_autofree char *old_line = g_strndup (line, end - line);
    g_auto(GStrv) cells = g_strsplit (old_line, ",", -1);
    g_autofree char *new_line = NULL;

    before = find_peer (fx, "c1.rereferral_percent", "935", 2025);
    g_assert_cmpfloat (before->value, ==, g_ascii_strtod (cells[13], NULL));
    g_free (cells[13]);
    cells[13] = g_strdup ("23.0");
    new_line = g_strjoinv (",", cells);
    g_string_replace (revised, old_line, new_line, 1);
  }
  revised_path = write_fixture (fx, "bench_c1_revised.csv", revised->str);
  g_string_free (revised, TRUE);

  dump_before = dump_database (fx->db_path);
  options.locality = "Norfolk";
  second = import_ok (fx, revised_path, &options);
  g_assert_true (second->written);
  g_assert_cmpuint (second->peers_changed, ==, 1);
  g_assert_cmpuint (second->peers_added, ==, 0);
  g_assert_cmpuint (second->changes->len, ==, 1);
  {
    VsImportChange *change = g_ptr_array_index (second->changes, 0);
    g_assert_cmpstr (change->locality, ==, "Suffolk");
    g_assert_cmpfloat (change->old_value, ==, before->value);
    g_assert_cmpfloat (change->new_value, ==, 23.0);
  }
  after = find_peer (fx, "c1.rereferral_percent", "935", 2025);
  g_assert_cmpfloat (after->value, ==, 23.0);
  g_assert_cmpint (after->import_id, ==, second->import_id);

  /* the first import cannot be undone under the correction; the correction can */
  g_assert_false (vs_store_undo_import (fx->store, first->import_id, &error));
  g_clear_error (&error);
  g_assert_true (vs_store_undo_import (fx->store, second->import_id, &error));
  g_assert_no_error (error);
  undone = find_peer (fx, "c1.rereferral_percent", "935", 2025);
  g_assert_cmpfloat (undone->value, ==, before->value);
  g_assert_cmpint (undone->import_id, ==, first->import_id);
  dump_after = dump_database (fx->db_path);
  g_assert_nonnull (dump_after);
}

/* The home authority, once set, is whose figures a file of many authorities gives. */
static void
test_home_remembered (ImportFixture *fx,
                      gconstpointer  data)
{
  g_autoptr(VsAuthority) home = vs_authority_new ("926", "Norfolk", "E10000020", "East of England");
  g_autoptr(VsAuthority) back = NULL;
  g_autoptr(VsAuthority) found = NULL;
  g_autoptr(VsImportSummary) summary = NULL;
  g_autoptr(GError) error = NULL;

  back = vs_store_get_home (fx->store, &error);
  g_assert_no_error (error);
  g_assert_null (back);

  g_assert_true (vs_store_begin (fx->store, &error));
  g_assert_true (vs_store_set_home (fx->store, home, &error));
  g_assert_true (vs_store_commit (fx->store, &error));
  back = vs_store_get_home (fx->store, &error);
  g_assert_cmpstr (back->code, ==, "926");
  g_assert_cmpstr (back->region, ==, "East of England");

  summary = import_public (fx, D3_FILE, NULL);
  g_assert_cmpstr (summary->authority->name, ==, "Norfolk");
  /* row 37: 2025,…,926,E10000020,Norfolk,…,495,93,18.8 */
  assert_figure (fx, "d3.subsequent_plan_percent", NULL, "2025-03", 18.8, NAN, NAN);

  found = vs_store_find_authority (fx->store, "e10000029", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (found->name, ==, "Suffolk");
  g_clear_pointer (&found, vs_authority_free);
  found = vs_store_find_authority (fx->store, "Atlantis", &error);
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "Atlantis"));
}

static VsImportSummary *
import_with_home (ImportFixture *fx,
                  const char    *name,
                  const char    *home,
                  GError       **error)
{
  g_autofree char *path = bench_public_file (name);
  VsImportOptions options = { 0 };
  VsImportSummary *summary = NULL;

  options.locality = home;
  options.set_home = TRUE;
  vs_import_file (fx->store, path, &options, &summary, error);
  return summary;
}

/* The whole authority's figures and what rag rates at it: every indicator is Suffolk's. */
static void
assert_whole_is (ImportFixture *fx,
                 const char    *name,
                 const char    *prefix)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsAuthority) home = vs_store_get_home (fx->store, &error);
  g_autoptr(VsLocality) whole = vs_store_find_locality (fx->store, NULL, &error);
  g_autoptr(GPtrArray) judged = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (home->name, ==, name);
  g_assert_cmpstr (whole->name, ==, name);
  judged = vs_judge_indicators (fx->store, 0, whole, vs_period_new (2025, 3), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (judged->len, >, 0);
  for (guint i = 0; i < judged->len; i++)
    {
      VsAssessment *a = g_ptr_array_index (judged, i);
      g_assert_true (g_str_has_prefix (a->indicator->ref, prefix));
    }
}

/* A database follows one authority: a file of another is refused with how to change
 * deliberately, rather than its figures filed under the first one's name while the
 * benchmarks say the other's. Undoing the first authority's imports makes the change. */
static void
test_home_change_refused (ImportFixture *fx,
                          gconstpointer  data)
{
  g_autoptr(VsImportSummary) suffolk = NULL, norfolk = NULL, again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL, *after = NULL;
  g_autofree char *path = bench_public_file (D3_FILE);
  VsImportOptions options = { 0 };

  suffolk = import_with_home (fx, C1_FILE, "Suffolk", &error);
  g_assert_no_error (error);
  g_assert_true (suffolk->home_saved);
  before = dump_database (fx->db_path);

  norfolk = import_with_home (fx, D3_FILE, "Norfolk", &error);
  g_assert_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_OPTION);
  g_assert_nonnull (strstr (error->message, "Norfolk’s figures"));
  g_assert_nonnull (strstr (error->message, "the locality “Suffolk”"));
  g_assert_nonnull (strstr (error->message, "--db FILE"));
  g_clear_error (&error);
  g_clear_pointer (&norfolk, vs_import_summary_free);
  /* --locality alone names the authority to take as well */
  options.locality = "926";
  g_assert_false (vs_import_file (fx->store, path, &options, NULL, &error));
  g_assert_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_OPTION);
  g_clear_error (&error);
  after = dump_database (fx->db_path);
  g_assert_cmpstr (before, ==, after);
  assert_whole_is (fx, "Suffolk", "c1.");

  /* Suffolk's own file still goes in. */
  again = import_with_home (fx, D3_FILE, "Suffolk", &error);
  g_assert_no_error (error);

  /* Undoing Suffolk's imports takes its locality; then Norfolk's figures are Norfolk's. */
  g_assert_true (vs_import_undo (fx->store, again->import_id, &error));
  g_assert_true (vs_import_undo (fx->store, suffolk->import_id, &error));
  g_assert_no_error (error);
  norfolk = import_with_home (fx, D3_FILE, "Norfolk", &error);
  g_assert_no_error (error);
  g_assert_true (norfolk->home_saved);
  assert_whole_is (fx, "Norfolk", "d3.");
}

/* With no home authority and no --locality, the file is refused, but its authorities are
 * listed for the window's question which one is home. */
static void
test_no_home_lists_authorities (ImportFixture *fx,
                                gconstpointer  data)
{
  g_autofree char *path = bench_public_file (D3_FILE);
  g_autofree char *before = dump_database (fx->db_path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  VsImportSummary *summary = NULL;

  g_assert_false (vs_import_file (fx->store, path, NULL, &summary, &error));
  g_assert_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_INVALID);
  /* The advice is the home authority's, which keeps every authority's figures for the
   * benchmarks: --locality alone imported the figures and left no comparators. */
  g_assert_nonnull (strstr (error->message, "choose your authority with --home NAME or CODE"));
  g_assert_nonnull (summary);
  g_assert_null (summary->authority);
  g_assert_cmpuint (summary->authorities->len, ==, 40);
  /* by name: Barnsley (370) first */
  g_assert_cmpstr (((VsAuthority *) g_ptr_array_index (summary->authorities, 0))->code, ==, "370");
  vs_import_summary_free (summary);
  after = dump_database (fx->db_path);
  g_assert_cmpstr (before, ==, after);
}

/* A database of schema 5 (the last before peer figures) is brought up to date and keeps its figures. */
static void
test_migrate_from_version_5 (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("vs-peers-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "v5.db", NULL);
  g_autoptr(VsStore) store = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(VsIndicator) indicator = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  for (int v = 1; v <= 5; v++)
    g_assert_cmpint (sqlite3_exec (db, _vs_store_migration_sql (v), NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO area (id, name) VALUES (1, 'Child Protection');"
                                 "INSERT INTO indicator (id, ref, title, area_id, polarity, unit, periodicity)"
                                 " VALUES (1, '4.1', 'CP repeat plans', 1, 'lower', 'percentage', 'monthly');"
                                 "PRAGMA user_version = 5;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = vs_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vs_store_get_schema_version (store), >=, 6);
  indicator = vs_store_get_indicator_by_ref (store, "4.1", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (indicator->title, ==, "CP repeat plans");
  ids = vs_store_list_peer_indicators (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 0);
  g_assert_null (vs_store_get_home (store, &error));
  g_assert_no_error (error);

  g_clear_object (&store);
  remove_tree (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  ADD ("/benchmarks/peers/every-level-as-published", test_every_level_as_published);
  ADD ("/benchmarks/peers/workforce-days-lost", test_workforce_days_lost);
  ADD ("/benchmarks/peers/workforce-titles", test_workforce_titles);
  ADD ("/benchmarks/peers/suppression-codes", test_suppression_codes);
  ADD ("/benchmarks/peers/corrections", test_corrections);
  ADD ("/benchmarks/peers/home-remembered", test_home_remembered);
  ADD ("/benchmarks/peers/no-home-lists-authorities", test_no_home_lists_authorities);
  ADD ("/benchmarks/peers/home-change-refused", test_home_change_refused);
  g_test_add_func ("/benchmarks/peers/migrate-from-version-5", test_migrate_from_version_5);
  return g_test_run ();
}
