/* test-store.c: the database keeps what it is given, refuses what it must, and says why
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include <sqlite3.h>

#include "vs-store.h"

typedef struct {
  char    *dir;
  char    *path;
  VsStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("vs-store-XXXXXX", &error);
  g_assert_no_error (error);
  /* The folder is made only when asked, as for the default database. */
  f->path = g_build_filename (f->dir, "sub", "test.db", NULL);
  f->store = vs_store_open_full (f->path, VS_STORE_OPEN_CREATE_FOLDER, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->store);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (dir);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* CP % children seen, as the Norfolk dashboard of January 2018 has it. */
static VsIndicator *
add_cp_seen (VsStore *store)
{
  g_autoptr(GError) error = NULL;
  VsIndicator *indicator = vs_indicator_new ();

  indicator->ref = g_strdup ("6.14");
  indicator->title = g_strdup ("Child Protection (CP) - % children seen");
  indicator->area_id = vs_store_ensure_area (store, "Child Protection", &error);
  g_assert_no_error (error);
  indicator->unit = VS_UNIT_PERCENTAGE;
  indicator->target_text = g_strdup ("100%");
  indicator->red_threshold = 80;
  indicator->green_threshold = 90;
  indicator->lead_officer = g_strdup ("Head of Social Work");
  vs_store_save_indicator (store, indicator, &error);
  g_assert_no_error (error);
  return indicator;
}

static void
put (VsStore    *store,
     gint64      indicator_id,
     gint64      locality_id,
     VsPeriod    period,
     double      value,
     double      numerator,
     double      denominator,
     gint64      import_id,
     VsPutResult expected)
{
  g_autoptr(GError) error = NULL;
  VsObservation obs = {
    .indicator_id = indicator_id, .locality_id = locality_id, .period = period,
    .state = isnan (value) ? VS_OBS_MISSING : VS_OBS_ACTUAL, .value = value,
    .numerator = numerator, .denominator = denominator, .import_id = import_id,
    .sheet = (char *) "Dashboard", .cell = (char *) "L7",
  };
  VsPutResult result;

  g_assert_true (vs_store_put_observation (store, &obs, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, expected);
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsIndicator) indicator = NULL;
  g_autoptr(VsIndicator) back = NULL;
  g_autoptr(GPtrArray) areas = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(VsSeries) series = NULL;
  gint64 county, import_id;
  VsPeriod nov16 = vs_period_new (2016, 11);
  const double seen[] = { 87.5, 90.7, 89.1, 84.5, 93.3, 90.5, 90.0, 58.3, 68.6, 49.2, 67.3, 67.5, 58.1 };

  g_assert_true (vs_store_is_empty (f->store));
  g_assert_cmpint (vs_store_get_schema_version (f->store), ==, 9);

  g_assert_true (vs_store_begin (f->store, &error));
  indicator = add_cp_seen (f->store);
  county = vs_store_ensure_locality (f->store, "County", TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vs_store_ensure_locality (f->store, "county", TRUE, &error), ==, county);
  import_id = vs_store_begin_import (f->store, "vital-signs-nov17.xlsx", "abc", "wide", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (seen); i++)
    put (f->store, indicator->id, county, nov16 + i, seen[i],
         i == 9 ? 272 : NAN, i == 9 ? 553 : NAN, import_id, VS_PUT_ADDED);
  g_assert_true (vs_store_finish_import (f->store, import_id, 13, 0, 0, 0, &error));
  g_assert_true (vs_store_commit (f->store, &error));
  g_assert_no_error (error);

  g_assert_false (vs_store_is_empty (f->store));
  areas = vs_store_list_areas (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (areas->len, ==, 1);
  g_assert_cmpstr (((VsArea *) areas->pdata[0])->name, ==, "Child Protection");
  g_assert_cmpuint (((VsArea *) areas->pdata[0])->n_indicators, ==, 1);

  back = vs_store_find_indicator (f->store, "children seen", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (back->ref, ==, "6.14");
  g_assert_cmpstr (back->area, ==, "Child Protection");
  g_assert_cmpint (back->unit, ==, VS_UNIT_PERCENTAGE);
  g_assert_cmpstr (back->target_text, ==, "100%");
  g_assert_cmpfloat (back->red_threshold, ==, 80);
  g_assert_true (isnan (back->amber_percent));
  g_assert_cmpstr (back->lead_officer, ==, "Head of Social Work");

  rows = vs_store_list_observations (f->store, back->id, county, vs_period_new (2017, 8),
                                     vs_period_new (2017, 8), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 1);
  {
    VsObservation *aug = rows->pdata[0];
    g_assert_cmpfloat (aug->value, ==, 49.2);
    g_assert_cmpfloat (aug->numerator, ==, 272);
    g_assert_cmpfloat (aug->denominator, ==, 553);
    g_assert_cmpstr (aug->file, ==, "vital-signs-nov17.xlsx");
    g_assert_cmpstr (aug->cell, ==, "L7");
    g_assert_cmpint (aug->import_id, ==, import_id);
  }

  series = vs_store_get_series (f->store, back, county, vs_period_new (2016, 10), 15, &error);
  g_assert_no_error (error);
  g_assert_cmpint (series->states[0], ==, VS_OBS_NOT_EXPECTED);  /* Oct 16: before it began */
  g_assert_cmpfloat (series->values[13], ==, 58.1);               /* Nov 17 */
  g_assert_cmpint (series->states[14], ==, VS_OBS_MISSING);       /* Dec 17: due, not in */
  g_assert_cmpint (vs_store_latest_period (f->store, &error), ==, vs_period_new (2017, 11));
}

static void
test_correction_and_undo (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsIndicator) indicator = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) imports = NULL;
  gint64 county, first, second;
  VsPeriod oct17 = vs_period_new (2017, 10);

  g_assert_true (vs_store_begin (f->store, &error));
  indicator = add_cp_seen (f->store);
  county = vs_store_ensure_locality (f->store, "County", TRUE, &error);
  first = vs_store_begin_import (f->store, "oct.csv", NULL, "long", &error);
  put (f->store, indicator->id, county, oct17, 67.0, NAN, NAN, first, VS_PUT_ADDED);
  vs_store_finish_import (f->store, first, 1, 0, 0, 0, &error);
  g_assert_true (vs_store_commit (f->store, &error));

  /* The corrected extract: Oct 17 was 67.5%, and Nov 17 arrives. */
  g_assert_true (vs_store_begin (f->store, &error));
  second = vs_store_begin_import (f->store, "nov.csv", NULL, "long", &error);
  put (f->store, indicator->id, county, oct17, 67.5, NAN, NAN, second, VS_PUT_CHANGED);
  put (f->store, indicator->id, county, oct17 + 1, 58.1, NAN, NAN, second, VS_PUT_ADDED);
  put (f->store, indicator->id, county, oct17 + 1, 58.1, NAN, NAN, second, VS_PUT_UNCHANGED);
  vs_store_finish_import (f->store, second, 1, 1, 1, 0, &error);
  g_assert_true (vs_store_commit (f->store, &error));
  g_assert_no_error (error);

  /* The first import cannot go while the second depends on it. */
  g_assert_false (vs_store_undo_import (f->store, first, &error));
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "Undo import 2 first"));
  g_clear_error (&error);

  g_assert_true (vs_store_undo_import (f->store, second, &error));
  g_assert_no_error (error);
  rows = vs_store_list_observations (f->store, indicator->id, county, VS_PERIOD_INVALID,
                                     VS_PERIOD_INVALID, &error);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpfloat (((VsObservation *) rows->pdata[0])->value, ==, 67.0);
  g_assert_cmpint (((VsObservation *) rows->pdata[0])->import_id, ==, first);

  imports = vs_store_list_imports (f->store, &error);
  g_assert_cmpuint (imports->len, ==, 2);
  g_assert_cmpstr (((VsImportRecord *) imports->pdata[0])->state, ==, "undone");
  g_assert_cmpstr (((VsImportRecord *) imports->pdata[1])->state, ==, "imported");

  /* Now the first can go too, and nothing is left. */
  g_assert_true (vs_store_undo_import (f->store, first, &error));
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = vs_store_list_observations (f->store, indicator->id, 0, VS_PERIOD_INVALID,
                                     VS_PERIOD_INVALID, &error);
  g_assert_cmpuint (rows->len, ==, 0);
  g_assert_false (vs_store_undo_import (f->store, first, &error));
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_FAILED);
  g_assert_cmpstr (error->message, ==, "Import 1 has already been undone.");
}

/* Two imports that each changed 6.14's target: the earlier cannot be undone first, and
 * undoing them in order gives back the definition before either. */
static void
test_undo_definition_order (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsIndicator) indicator = NULL;
  g_autoptr(VsIndicator) back = NULL;
  const char *targets[] = { "90%", "85%" };   /* from 100%, then 90%, then 85% */
  gint64 imports[2];

  g_assert_true (vs_store_begin (f->store, &error));
  indicator = add_cp_seen (f->store);   /* target 100% */
  g_assert_true (vs_store_commit (f->store, &error));

  for (guint i = 0; i < 2; i++)
    {
      g_assert_true (vs_store_begin (f->store, &error));
      imports[i] = vs_store_begin_import (f->store, "catalogue.csv", NULL, "catalogue", &error);
      g_free (indicator->target_text);
      indicator->target_text = g_strdup (targets[i]);
      g_assert_true (vs_store_save_indicator (f->store, indicator, &error));
      g_assert_true (vs_store_finish_import (f->store, imports[i], 0, 0, 0, 0, &error));
      g_assert_true (vs_store_commit (f->store, &error));
      g_assert_no_error (error);
    }

  g_assert_false (vs_store_undo_import (f->store, imports[0], &error));
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_FAILED);
  g_clear_error (&error);

  g_assert_true (vs_store_undo_import (f->store, imports[1], &error));
  back = vs_store_get_indicator (f->store, indicator->id, &error);
  g_assert_cmpstr (back->target_text, ==, "90%");
  g_clear_pointer (&back, vs_indicator_unref);
  g_assert_true (vs_store_undo_import (f->store, imports[0], &error));
  back = vs_store_get_indicator (f->store, indicator->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (back->target_text, ==, "100%");
}

static void
test_constraints (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsIndicator) indicator = NULL;
  g_autoptr(VsIndicator) duplicate = vs_indicator_new ();
  gint64 county;
  VsObservation obs = { 0 };

  g_assert_true (vs_store_begin (f->store, &error));
  indicator = add_cp_seen (f->store);
  county = vs_store_ensure_locality (f->store, "County", TRUE, &error);

  /* An empty area name */
  g_assert_cmpint (vs_store_ensure_area (f->store, "   ", &error), ==, 0);
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* A figure for an indicator that does not exist */
  obs.indicator_id = 9999;
  obs.locality_id = county;
  obs.period = vs_period_new (2017, 11);
  obs.state = VS_OBS_ACTUAL;
  obs.value = 1;
  obs.numerator = obs.denominator = NAN;
  g_assert_false (vs_store_put_observation (f->store, &obs, NULL, &error));
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* An actual figure with no value, and a negative denominator */
  obs.indicator_id = indicator->id;
  obs.value = NAN;
  g_assert_false (vs_store_put_observation (f->store, &obs, NULL, &error));
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  obs.value = 50;
  obs.denominator = -3;
  g_assert_false (vs_store_put_observation (f->store, &obs, NULL, &error));
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* Two indicators cannot share a title-less row */
  duplicate->ref = g_strdup ("6.15");
  duplicate->title = g_strdup ("");
  duplicate->area_id = indicator->area_id;
  g_assert_false (vs_store_save_indicator (f->store, duplicate, &error));
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "6.15"));
  g_clear_error (&error);

  vs_store_rollback (f->store);
  g_assert_true (vs_store_is_empty (f->store));
}

static void
test_find_indicator (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsIndicator) cp = NULL;
  g_autoptr(VsIndicator) lac = vs_indicator_new ();
  g_autoptr(VsIndicator) found = NULL;
  g_autofree char *generated = NULL;

  g_assert_true (vs_store_begin (f->store, &error));
  cp = add_cp_seen (f->store);
  lac->ref = g_strdup ("7.15");
  lac->title = g_strdup ("% LAC seen within timescales");
  lac->area_id = vs_store_ensure_area (f->store, "Looked After Children", &error);
  g_assert_true (vs_store_save_indicator (f->store, lac, &error));
  g_assert_true (vs_store_commit (f->store, &error));

  found = vs_store_find_indicator (f->store, "7.15", &error);
  g_assert_no_error (error);
  g_assert_cmpint (found->id, ==, lac->id);
  g_clear_pointer (&found, vs_indicator_unref);

  g_assert_null (vs_store_find_indicator (f->store, "SEEN", &error));
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_AMBIGUOUS);
  g_assert_nonnull (strstr (error->message, "6.14"));
  g_assert_nonnull (strstr (error->message, "7.15"));
  g_clear_error (&error);

  g_assert_null (vs_store_find_indicator (f->store, "adoption", &error));
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  generated = vs_store_next_generated_ref (f->store, &error);
  g_assert_cmpstr (generated, ==, "U1");
}

static void
test_busy_second_writer (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) other = vs_store_open (f->path, &error);

  g_assert_no_error (error);
  vs_store_set_busy_timeout (other, 50);

  g_assert_true (vs_store_begin (f->store, &error));
  g_assert_false (vs_store_begin (other, &error));
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, f->path));
  g_clear_error (&error);
  vs_store_rollback (f->store);

  /* Once the first lets go, the second goes ahead. */
  g_assert_true (vs_store_begin (other, &error));
  g_assert_cmpint (vs_store_ensure_area (other, "Adoption", &error), >, 0);
  g_assert_true (vs_store_commit (other, &error));
  g_assert_no_error (error);
}

static void
test_not_a_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("vs-store-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "notes.db", NULL);
  g_autoptr(VsStore) store = NULL;

  g_assert_true (g_file_set_contents (path, "Monthly figures, not a database\n", -1, NULL));
  store = vs_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "notes.db"));
  remove_tree (dir);
}

static void
count_changed_cb (guint *count)
{
  (*count)++;
}

/* The department's rating settings: defaults until set, kept as set, checked as read. */
static void
test_rating_settings (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  VsRatingSettings settings, read;
  guint changed = 0;
  sqlite3 *db = NULL;

  g_assert_true (vs_store_get_rating_settings (f->store, &read, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (read.amber_percent, ==, 10);
  g_assert_true (read.spc_screen);
  g_assert_cmpuint (read.spc_shift_length, ==, 7);
  g_assert_cmpuint (read.spc_trend_length, ==, 7);

  /* A checked value and nothing else: "30%" is thirty, "abc" and 101 are refused. */
  settings = read;
  g_assert_true (vs_rating_settings_set (&settings, "amber-tolerance", "30%", &error));
  g_assert_cmpfloat (settings.amber_percent, ==, 30);
  g_assert_false (vs_rating_settings_set (&settings, "amber-tolerance", "101", &error));
  g_assert_error (error, VS_SETTINGS_ERROR, VS_SETTINGS_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "amber-tolerance cannot be “101”"));
  g_clear_error (&error);
  g_assert_false (vs_rating_settings_set (&settings, "spc-run-length", "6.5", &error));
  g_assert_error (error, VS_SETTINGS_ERROR, VS_SETTINGS_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (vs_rating_settings_set (&settings, "amber", "5", &error));
  g_assert_error (error, VS_SETTINGS_ERROR, VS_SETTINGS_ERROR_UNKNOWN_KEY);
  g_assert_nonnull (strstr (error->message, "amber-tolerance, spc-screening"));
  g_clear_error (&error);
  g_assert_cmpfloat (settings.amber_percent, ==, 30);
  g_assert_true (vs_rating_settings_set (&settings, "spc-screening", "No", &error));
  g_assert_true (vs_rating_settings_set (&settings, "spc-trend-length", "6", &error));

  g_signal_connect_swapped (f->store, "changed", G_CALLBACK (count_changed_cb), &changed);
  g_assert_true (vs_store_set_rating_settings (f->store, &settings, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_true (vs_store_get_rating_settings (f->store, &read, &error));
  g_assert_true (vs_rating_settings_equal (&read, &settings));
  /* Setting the same again changes nothing, and says so by staying quiet. */
  g_assert_true (vs_store_set_rating_settings (f->store, &settings, &error));
  g_assert_cmpuint (changed, ==, 1);

  /* A value edited by hand into something the rules cannot use fails naming the key. */
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE setting SET value = 'lots' WHERE key = 'amber-tolerance'",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_false (vs_store_get_rating_settings (f->store, &read, &error));
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "amber-tolerance cannot be “lots”"));
  g_clear_error (&error);

  /* Back to the defaults: no rows left behind. */
  vs_rating_settings_init (&settings);
  g_assert_true (vs_store_set_rating_settings (f->store, &settings, &error));
  g_assert_true (vs_store_get_rating_settings (f->store, &read, &error));
  g_assert_true (vs_rating_settings_equal (&read, &settings));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/round-trip", test_round_trip);
  ADD ("/store/correction-and-undo", test_correction_and_undo);
  ADD ("/store/constraints", test_constraints);
  ADD ("/store/undo-definition-order", test_undo_definition_order);
  ADD ("/store/find-indicator", test_find_indicator);
  ADD ("/store/busy-second-writer", test_busy_second_writer);
  ADD ("/store/rating-settings", test_rating_settings);
#undef ADD
  g_test_add_func ("/store/not-a-database", test_not_a_database);
  return g_test_run ();
}
