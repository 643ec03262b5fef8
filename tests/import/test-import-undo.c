/* test-import-undo.c: undoing an import puts the database back exactly as it was
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test imports a file, undoes it, and compares a dump of every table (all rows,
 * ordered by every column) with the dump taken before the import; only the import log's
 * own record of the undone import may differ. Each layout is tried on an empty database,
 * where the import creates everything, and on the demo, where it changes what is there.
 */
#include "import-test-util.h"
#include "vs-demo.h"
#include "vs-store-private.h"

static char *
demo_file (const char *name)
{
  return g_build_filename (g_getenv ("VS_SOURCE_ROOT"), "data", "demo", name, NULL);
}

static char *
public_file (const char *name)
{
  g_assert_nonnull (g_getenv ("VS_PUBLIC_DATA"));
  return g_build_filename (g_getenv ("VS_PUBLIC_DATA"), name, NULL);
}

static void
load_demo (ImportFixture *fx)
{
  g_autofree char *dir = g_build_filename (g_getenv ("VS_SOURCE_ROOT"), "data", "demo", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (vs_demo_load (fx->store, dir, &error));
  g_assert_no_error (error);
}

static VsImportSummary *
import_as (ImportFixture *fx,
           const char    *path,
           VsLayout       layout,
           const char    *locality)
{
  VsImportOptions options = { 0 };

  options.layout = layout;
  options.locality = locality;
  return import_ok (fx, path, &options);
}

static void
undo_ok (ImportFixture *fx,
         gint64         import_id)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (vs_store_undo_import (fx->store, import_id, &error));
  g_assert_no_error (error);
}

/* Imports @path, undoes it and asserts that nothing but the import log's record of it is
 * left. Returns the import's summary, for the test to check what the import did. */
static VsImportSummary *
assert_undo_restores (ImportFixture *fx,
                      const char    *path,
                      VsLayout       layout,
                      const char    *locality)
{
  g_autofree char *before = dump_database (fx->db_path);
  g_autofree char *imported = NULL, *undone = NULL;
  VsImportSummary *summary = import_as (fx, path, layout, locality);

  g_assert_true (summary->written);
  imported = dump_database_except (fx->db_path, summary->import_id);
  g_assert_cmpstr (before, !=, imported);
  undo_ok (fx, summary->import_id);
  undone = dump_database_except (fx->db_path, summary->import_id);
  assert_same_dump (before, undone);
  return summary;
}

/* A column per period, for one locality, in a service area of its own. */
static const char *wide_for_breckland =
  "Ref,Indicator,Polarity,2016/17,2017/18\n"
  "X1,Children in need per 10000,Info,401.2,388.0\n";

/* An MI report's shape: a column per month, targets, tolerances and benchmarks. The
 * demo has 6.5 and 7.2 with other figures for these months. */
static const char *wide_mi_report =
  "Area,Ref,Indicator,Good perf. is,Data note,Jun-17,Jul-17,Target,Red,Green,Stat neigh avg,Nat. avg\n"
  "Child Protection,6.5,Children Subject to CP Plans - Rate per 10K Under-18s,Low,Rate,31.7,32.2,34.0,30,35,40.6,41.1\n"
  "Looked After Children,7.2,LAC - Rate per 10K Under-18s,Low,Rate,64.7,64.9,54,65,55,52.0,59.0\n"
  "Participation,P1,Young people's participation in reviews,High,Percentage,81.0%,82.5%,,,,,\n";

static void
test_wide (ImportFixture *fx,
           gconstpointer  data)
{
  g_autofree char *breckland = write_fixture (fx, "breckland.csv", wide_for_breckland);
  g_autofree char *report = write_fixture (fx, "mi-report.csv", wide_mi_report);
  g_autoptr(VsImportSummary) first = NULL, second = NULL;
  VsImportOptions options = { 0 };
  g_autofree char *before = dump_database (fx->db_path);
  g_autofree char *after = NULL;

  /* an area, a locality and an indicator created */
  options.locality = "Breckland";
  options.area = "Children in Need";
  first = import_ok (fx, breckland, &options);
  g_assert_cmpuint (first->indicators_created, ==, 1);
  g_assert_cmpuint (first->localities_created, ==, 1);
  undo_ok (fx, first->import_id);
  after = dump_database_except (fx->db_path, first->import_id);
  assert_same_dump (before, after);

  /* figures and definitions changed, benchmarks replaced, an indicator and an area made */
  load_demo (fx);
  second = assert_undo_restores (fx, report, VS_LAYOUT_AUTO, NULL);
  g_assert_cmpstr (second->layout, ==, "wide");
  g_assert_cmpuint (second->indicators_created, ==, 1);
  g_assert_cmpuint (second->indicators_updated, >=, 1);
  g_assert_cmpuint (second->values_changed, >=, 2);
  g_assert_cmpuint (second->benchmarks_changed, >=, 1);
}

/* Corrections to the demo's figures, a new locality and a new indicator. */
static const char *long_corrections =
  "Ref,Indicator,Locality,Period,Value,Numerator,Denominator\n"
  "6.14,Child Protection (CP) - % children seen,County,2017-11,59.0%,,\n"
  "6.14,Child Protection (CP) - % children seen,County,2017-12,61.2%,,\n"
  "6.14,Child Protection (CP) - % children seen,Dereham,2017-11,55.0%,11,20\n"
  "N2,Missing episodes per child,County,2017-11,1.4,,\n";

static void
test_long (ImportFixture *fx,
           gconstpointer  data)
{
  g_autofree char *values = demo_file ("values.csv");
  g_autofree char *corrections = write_fixture (fx, "corrections.csv", long_corrections);
  g_autoptr(VsImportSummary) first = NULL, second = NULL;

  first = assert_undo_restores (fx, values, VS_LAYOUT_AUTO, NULL);
  g_assert_cmpstr (first->layout, ==, "long");
  g_assert_cmpuint (first->indicators_created, >, 100);

  load_demo (fx);
  second = assert_undo_restores (fx, corrections, VS_LAYOUT_AUTO, NULL);
  g_assert_cmpuint (second->values_changed, ==, 1);
  g_assert_cmpuint (second->localities_created, ==, 1);
  g_assert_cmpuint (second->indicators_created, ==, 1);
}

/* A sheet per month with a column per locality. */
static const char *localities_sheet =
  "% children on CP plans seen within timescales, July 2017\n"
  "Ref,Indicator,County,Breckland,North,Norwich,South,West,Yarmouth\n"
  "6.14,% children on child protection plans seen within timescales,68.6%,84.0%,31.8%,70.2%,84.3%,66.0%,59.5%\n"
  ",,359 / 523,63 / 75,27 / 85,66 / 94,86 / 102,62 / 94,55 / 93\n"
  "7.2,LAC - Rate per 10K Under-18s,65.7,52.1,48.3,98.4,41.0,80.2,102.5\n";

static void
test_localities (ImportFixture *fx,
                 gconstpointer  data)
{
  g_autofree char *path = write_fixture (fx, "localities.csv", localities_sheet);
  g_autoptr(VsImportSummary) first = NULL, second = NULL;

  first = assert_undo_restores (fx, path, VS_LAYOUT_AUTO, NULL);
  g_assert_cmpstr (first->layout, ==, "localities");
  g_assert_cmpuint (first->localities_created, ==, 7);

  load_demo (fx);
  second = assert_undo_restores (fx, path, VS_LAYOUT_AUTO, NULL);
  g_assert_cmpstr (second->layout, ==, "localities");
}

/* The demo's definitions revised: a target, a threshold, an owner; and one new. */
static const char *catalogue_revised =
  "Ref,Indicator,Area,Polarity,Target,Red,Green,Lead officer\r\n"
  "6.14,Child Protection (CP) - % children seen,Child Protection,higher,95%,80,90,Head of Safeguarding\r\n"
  "C9,Timeliness of initial health assessments,Health,higher,85%,70,85,Designated Nurse\r\n";

static void
test_catalogue (ImportFixture *fx,
                gconstpointer  data)
{
  g_autofree char *catalogue = demo_file ("catalogue.csv");
  g_autofree char *revised = write_fixture (fx, "revised.csv", catalogue_revised);
  g_autoptr(VsImportSummary) first = NULL, second = NULL;

  first = assert_undo_restores (fx, catalogue, VS_LAYOUT_CATALOGUE, NULL);
  g_assert_cmpuint (first->indicators_created, >, 100);

  load_demo (fx);
  second = assert_undo_restores (fx, revised, VS_LAYOUT_CATALOGUE, NULL);
  g_assert_cmpuint (second->indicators_updated, ==, 1);
  g_assert_cmpuint (second->indicators_created, ==, 1);
}

/* DfE published statistics go in through the long layout, with England and the region
 * as benchmarks. */
static void
test_dfe (ImportFixture *fx,
          gconstpointer  data)
{
  g_autofree char *c1 = public_file ("c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv");
  g_autofree char *d3 = public_file ("d3_cpps_subsequent_plan_2013_to_2025.csv");
  g_autoptr(VsImportSummary) first = NULL, second = NULL;

  first = assert_undo_restores (fx, c1, VS_LAYOUT_AUTO, "Norfolk");
  g_assert_cmpstr (first->layout, ==, "long");
  g_assert_cmpuint (first->benchmarks_added, >, 0);

  load_demo (fx);
  second = assert_undo_restores (fx, d3, VS_LAYOUT_AUTO, "926");
  g_assert_cmpuint (second->benchmarks_added, >, 0);
}

/* The demo's benchmarks, two of them revised and one new. */
static const char *benchmarks_revised =
  "Ref,Period,Comparator,Value,Label\n"
  "VS06,2017-09,regional-average,86.0%,Eastern Region\n"
  "MI05,2017-07,sn-average,20.9%,Statistical Neighbours (revised)\n"
  "MI05,2017-08,national-average,22.0%,England\n";

static void
test_benchmarks (ImportFixture *fx,
                 gconstpointer  data)
{
  g_autofree char *path = write_fixture (fx, "benchmarks.csv", benchmarks_revised);
  g_autoptr(VsImportSummary) summary = NULL;

  load_demo (fx);
  summary = assert_undo_restores (fx, path, VS_LAYOUT_BENCHMARKS, NULL);
  g_assert_cmpuint (summary->benchmarks_changed, ==, 2);
  g_assert_cmpuint (summary->benchmarks_added, ==, 1);
}

/* The demo's definitions and figures, without its commentary and actions. */
static void
import_definitions_and_figures (ImportFixture *fx)
{
  g_autofree char *catalogue = demo_file ("catalogue.csv");
  g_autofree char *values = demo_file ("values.csv");
  g_autoptr(VsImportSummary) a = import_as (fx, catalogue, VS_LAYOUT_CATALOGUE, NULL);
  g_autoptr(VsImportSummary) b = import_as (fx, values, VS_LAYOUT_LONG, NULL);
}

static const char *commentary_new_area =
  "Ref,Area,Period,Author,Text\n"
  ",Youth Justice,2017-11,Head of Youth Justice,First-time entrants fell for the third month.\n"
  "6.14,,2017-12,Acting Assistant Director,Visits recovered in December.\n";

static void
test_commentary (ImportFixture *fx,
                 gconstpointer  data)
{
  g_autofree char *commentary = demo_file ("commentary.csv");
  g_autofree char *more = write_fixture (fx, "more-commentary.csv", commentary_new_area);
  g_autoptr(VsImportSummary) first = NULL, second = NULL;

  import_definitions_and_figures (fx);
  first = assert_undo_restores (fx, commentary, VS_LAYOUT_COMMENTARY, NULL);
  g_assert_cmpuint (first->commentary_added, >, 50);

  load_demo (fx);
  second = assert_undo_restores (fx, more, VS_LAYOUT_COMMENTARY, NULL);
  g_assert_cmpuint (second->commentary_added, ==, 2);
}

/* One of the demo's actions moved on, and a new one. */
static const char *actions_progress =
  "Ref,Action,Owner,Due,Status,Progress\n"
  "7.10p,Continue to focus on HAs as a specific KPI,Acting Assistant Director,2018-03,done,Health assessments back above 90%.\n"
  "6.14,Audit every plan not seen within 10 days,Head of Safeguarding,2018-01,open,\n";

static void
test_actions (ImportFixture *fx,
              gconstpointer  data)
{
  g_autofree char *actions = demo_file ("actions.csv");
  g_autofree char *progress = write_fixture (fx, "progress.csv", actions_progress);
  g_autoptr(VsImportSummary) first = NULL, second = NULL;

  import_definitions_and_figures (fx);
  first = assert_undo_restores (fx, actions, VS_LAYOUT_ACTIONS, NULL);
  g_assert_cmpuint (first->actions_added, ==, 10);

  load_demo (fx);
  second = assert_undo_restores (fx, progress, VS_LAYOUT_ACTIONS, NULL);
  g_assert_cmpuint (second->actions_updated, ==, 1);
  g_assert_cmpuint (second->actions_added, ==, 1);
}

/* December's extract corrects November's figures: undoing December gives November's back,
 * every table as November left it. */
static void
test_correction (ImportFixture *fx,
                 gconstpointer  data)
{
  static const char *november =
    "Ref,Indicator,Locality,Period,Value,Numerator,Denominator\n"
    "6.14,Child Protection (CP) - % children seen,County,2017-10,67.5%,,\n"
    "6.14,Child Protection (CP) - % children seen,County,2017-11,58.1%,,\n"
    "6.14,Child Protection (CP) - % children seen,North,2017-11,31.8%,27,85\n";
  static const char *december =
    "Ref,Indicator,Locality,Period,Value,Numerator,Denominator\n"
    "6.14,Child Protection (CP) - % children seen,County,2017-10,67.5%,,\n"
    "6.14,Child Protection (CP) - % children seen,County,2017-11,59.0%,,\n"
    "6.14,Child Protection (CP) - % children seen,North,2017-11,c,,\n"
    "6.14,Child Protection (CP) - % children seen,County,2017-12,61.2%,,\n"
    "6.14,Child Protection (CP) - % children seen,South,2017-12,70.0%,,\n";
  g_autofree char *nov_path = write_fixture (fx, "november.csv", november);
  g_autofree char *dec_path = write_fixture (fx, "december.csv", december);
  g_autoptr(VsImportSummary) nov = import_ok (fx, nov_path, NULL);
  g_autoptr(VsImportSummary) dec = assert_undo_restores (fx, dec_path, VS_LAYOUT_AUTO, NULL);

  g_assert_cmpuint (dec->values_changed, ==, 2);
  g_assert_cmpuint (dec->localities_created, ==, 1);
  assert_figure (fx, "6.14", NULL, "2017-11", 58.1, NAN, NAN);
  assert_figure (fx, "6.14", "North", "2017-11", 31.8, 27, 85);
}

/* The demo goes in as five imports; undoing them newest first leaves an empty database. */
static void
test_demo_in_reverse (ImportFixture *fx,
                      gconstpointer  data)
{
  g_autofree char *before = dump_database (fx->db_path);
  g_autofree char *after = NULL;
  g_autoptr(GPtrArray) imports = NULL;
  g_autoptr(GError) error = NULL;

  load_demo (fx);
  imports = vs_store_list_imports (fx->store, &error);
  g_assert_cmpuint (imports->len, ==, 5);
  for (guint i = 0; i < imports->len; i++)
    undo_ok (fx, ((VsImportRecord *) g_ptr_array_index (imports, i))->id);
  after = dump_database_except (fx->db_path, 1);
  assert_same_dump (before, after);
  g_assert_true (vs_store_is_empty (fx->store));
}

/* A later import that put figures on an indicator this one created: undoing this one
 * first would take the later one's figures with it, so it is refused until the later
 * one is undone. */
static void
test_refused_when_later_import_builds_on_it (ImportFixture *fx,
                                             gconstpointer  data)
{
  static const char *first_csv =
    "Ref,Indicator,Locality,Period,Value\n"
    "N3,Repeat missing episodes,County,2017-10,12\n";
  static const char *second_csv =
    "Ref,Indicator,Locality,Period,Value\n"
    "N3,Repeat missing episodes,County,2017-11,14\n";
  g_autofree char *first_path = write_fixture (fx, "october.csv", first_csv);
  g_autofree char *second_path = write_fixture (fx, "november.csv", second_csv);
  g_autofree char *empty = dump_database (fx->db_path);
  g_autoptr(VsImportSummary) first = import_ok (fx, first_path, NULL);
  g_autoptr(VsImportSummary) second = import_ok (fx, second_path, NULL);
  g_autofree char *before = dump_database (fx->db_path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (second->indicators_created, ==, 0);
  g_assert_false (vs_store_undo_import (fx->store, first->import_id, &error));
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "Undo import 2 first"));
  after = dump_database (fx->db_path);
  assert_same_dump (before, after);

  undo_ok (fx, second->import_id);
  undo_ok (fx, first->import_id);
  g_free (after);
  after = dump_database_except (fx->db_path, first->import_id);
  assert_same_dump (empty, after);
}

/* Commentary written in the window on an indicator an import created would go with the
 * indicator: the undo is refused and says why. */
static void
test_refused_when_written_by_hand (ImportFixture *fx,
                                   gconstpointer  data)
{
  static const char *csv =
    "Ref,Indicator,Locality,Period,Value\n"
    "N4,Return interviews offered,County,2017-10,88%\n";
  g_autofree char *path = write_fixture (fx, "october.csv", csv);
  g_autoptr(VsImportSummary) summary = import_ok (fx, path, NULL);
  g_autoptr(VsIndicator) indicator = find_indicator (fx, "N4");
  VsCommentary commentary = { 0 };
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr(GError) error = NULL;

  commentary.indicator_id = indicator->id;
  commentary.period = vs_period_new (2017, 10);
  commentary.text = (char *) "Offered to every child who went missing.";
  g_assert_true (vs_store_begin (fx->store, &error));
  g_assert_cmpint (vs_store_add_commentary (fx->store, &commentary, &error), >, 0);
  g_assert_true (vs_store_commit (fx->store, &error));
  before = dump_database (fx->db_path);

  g_assert_false (vs_store_undo_import (fx->store, summary->import_id, &error));
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_FAILED);
  g_test_message ("refused: %s", error->message);
  g_assert_nonnull (strstr (error->message, "N4"));
  after = dump_database (fx->db_path);
  assert_same_dump (before, after);
}

static void
exec_ok (sqlite3    *db,
         const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* A database as schema 3 left it, with one import that created its indicator: it is
 * brought up to date, its old import can still be undone (figures only: schema 3 did not
 * record what an import created), and new imports are undone exactly. */
static void
test_after_migration (ImportFixture *fx,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fx->dir, "v3.db", NULL);
  g_autofree char *corrections = write_fixture (fx, "corrections.csv", long_corrections);
  g_autoptr(VsImportSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(VsIndicator) indicator = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  for (int v = 1; v <= 3; v++)
    exec_ok (db, _vs_store_migration_sql (v));
  exec_ok (db,
           "INSERT INTO import (id, started, file, layout, added, state)"
           " VALUES (1, 1512086400, '/home/officer/november.csv', 'long', 1, 'imported');"
           "INSERT INTO area (id, name) VALUES (1, 'Child Protection');"
           "INSERT INTO locality (id, name, is_whole) VALUES (1, 'County', 1);"
           "INSERT INTO indicator (id, ref, title, area_id, polarity, unit, periodicity)"
           " VALUES (1, '6.14', 'Child Protection (CP) - % children seen', 1, 'higher',"
           "  'percentage', 'monthly');"
           "INSERT INTO observation (indicator_id, locality_id, period, state, value, import_id)"
           " VALUES (1, 1, 2017 * 12 + 10, 0, 58.1, 1);"
           "PRAGMA user_version = 3;");
  sqlite3_close (db);

  g_clear_object (&fx->store);
  g_free (fx->db_path);
  fx->db_path = g_steal_pointer (&path);
  fx->store = vs_store_open (fx->db_path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vs_store_get_schema_version (fx->store), ==, VS_STORE_SCHEMA_VERSION);
  assert_figure (fx, "6.14", NULL, "2017-11", 58.1, NAN, NAN);

  summary = assert_undo_restores (fx, corrections, VS_LAYOUT_AUTO, NULL);
  g_assert_cmpuint (summary->values_changed, ==, 1);
  assert_figure (fx, "6.14", NULL, "2017-11", 58.1, NAN, NAN);

  undo_ok (fx, 1);
  indicator = find_indicator (fx, "6.14");
  rows = vs_store_list_observations (fx->store, indicator->id, 0, VS_PERIOD_INVALID,
                                     VS_PERIOD_INVALID, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, ImportFixture, NULL, import_fixture_set_up, func, import_fixture_tear_down)
  ADD ("/import/undo/wide", test_wide);
  ADD ("/import/undo/long", test_long);
  ADD ("/import/undo/localities", test_localities);
  ADD ("/import/undo/catalogue", test_catalogue);
  ADD ("/import/undo/dfe", test_dfe);
  ADD ("/import/undo/benchmarks", test_benchmarks);
  ADD ("/import/undo/commentary", test_commentary);
  ADD ("/import/undo/actions", test_actions);
  ADD ("/import/undo/correction", test_correction);
  ADD ("/import/undo/demo-in-reverse", test_demo_in_reverse);
  ADD ("/import/undo/refused-when-later-import-builds-on-it",
       test_refused_when_later_import_builds_on_it);
  ADD ("/import/undo/refused-when-written-by-hand", test_refused_when_written_by_hand);
  ADD ("/import/undo/after-migration", test_after_migration);
#undef ADD

  return g_test_run ();
}
