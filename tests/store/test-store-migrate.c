/* test-store-migrate.c: older files are backed up and brought up to date; newer ones refused
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "vs-store-private.h"

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("vs-migrate-XXXXXX", &error);
  g_assert_no_error (error);
  return dir;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);
      g_unlink (child);
    }
  g_rmdir (dir);
}

static void
exec_ok (sqlite3    *db,
         const char *sql)
{
  char *message = NULL;
  int rc = sqlite3_exec (db, sql, NULL, NULL, &message);
  if (rc != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* A file as the first release wrote it, holding one real figure. */
static void
write_version_1 (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  exec_ok (db, _vs_store_migration_sql (1));
  exec_ok (db,
           "INSERT INTO area (id, name) VALUES (1, 'Looked After Children');"
           "INSERT INTO locality (id, name, is_whole) VALUES (1, 'County', 1);"
           "INSERT INTO indicator (id, ref, title, area_id, polarity, unit, periodicity, target_text)"
           " VALUES (1, '7.2', 'LAC - Rate per 10K Under-18s', 1, 'lower', 'rate-10k', 'monthly', '55');"
           "INSERT INTO observation (indicator_id, locality_id, period, state, value)"
           " VALUES (1, 1, 2017 * 12 + 6, 0, 65.7);"
           "PRAGMA user_version = 1;");
  sqlite3_close (db);
}

static void
test_migrate_from_version_1 (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autofree char *backup = g_strconcat (path, ".bak-v1", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) store = NULL;
  g_autoptr(VsIndicator) indicator = NULL;
  g_autoptr(GPtrArray) actions = NULL;

  write_version_1 (path);
  store = vs_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vs_store_get_schema_version (store), ==, VS_STORE_SCHEMA_VERSION);

  /* The backup is a whole, readable version-1 database. */
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  {
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;
    g_assert_cmpint (sqlite3_open_v2 (backup, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT value FROM observation", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpfloat (sqlite3_column_double (stmt, 0), ==, 65.7);
    sqlite3_finalize (stmt);
    g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
    sqlite3_finalize (stmt);
    sqlite3_close (db);
  }

  /* The figures survived and the new parts work. */
  indicator = vs_store_get_indicator_by_ref (store, "7.2", &error);
  g_assert_no_error (error);
  g_assert_false (indicator->budget_flag);
  g_assert_cmpstr (indicator->target_text, ==, "55");
  g_assert_true (vs_store_begin (store, &error));
  {
    VsAction action = { .indicator_id = indicator->id, .text = (char *) "Review every placement",
                        .owner = (char *) "Head of Looked After Children",
                        .due = vs_period_new (2018, 3), .status = VS_ACTION_OPEN };
    g_assert_cmpint (vs_store_save_action (store, &action, &error), >, 0);
  }
  g_assert_true (vs_store_commit (store, &error));
  actions = vs_store_list_actions (store, indicator->id, &error);
  g_assert_cmpuint (actions->len, ==, 1);

  /* An older file rates by the defaults until someone sets the department's own. */
  {
    VsRatingSettings settings, defaults;

    vs_rating_settings_init (&defaults);
    g_assert_true (vs_store_get_rating_settings (store, &settings, &error));
    g_assert_no_error (error);
    g_assert_true (vs_rating_settings_equal (&settings, &defaults));
  }

  g_clear_object (&store);
  remove_dir (dir);
}

/* Version 6 wrote both comparator CHECKs without the SN median; version 7 replaces the
 * indicator's column and the benchmark table, and nothing they held may be lost. */
static void
test_migrate_from_version_6 (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "v6.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) store = NULL;
  g_autoptr(VsIndicator) indicator = NULL;
  g_autoptr(GPtrArray) benchmarks = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  for (int v = 1; v <= 6; v++)
    exec_ok (db, _vs_store_migration_sql (v));
  exec_ok (db,
           "INSERT INTO area (id, name) VALUES (1, 'Child Protection');"
           "INSERT INTO indicator (id, ref, title, area_id, polarity, unit, periodicity,"
           "                       rag_rule, rag_comparator)"
           " VALUES (1, 'd3', 'Second or subsequent plans', 1, 'lower', 'percentage', 'annual',"
           "         'relative', 'sn-average');"
           "INSERT INTO benchmark (indicator_id, comparator, period, value, label)"
           " VALUES (1, 'sn-average', 2025 * 12 + 2, 26.19, 'SN average: mean of 10 of 10');"
           "PRAGMA user_version = 6;");
  /* The old CHECK refuses the median: the reason for version 7. */
  g_assert_cmpint (sqlite3_exec (db, "UPDATE indicator SET rag_comparator = 'sn-median'",
                                 NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  sqlite3_close (db);

  store = vs_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vs_store_get_schema_version (store), ==, VS_STORE_SCHEMA_VERSION);
  indicator = vs_store_get_indicator_by_ref (store, "d3", &error);
  g_assert_no_error (error);
  g_assert_cmpint (indicator->rag_rule, ==, VS_RAG_RULE_RELATIVE);
  g_assert_cmpint (indicator->rag_comparator, ==, VS_COMPARATOR_SN_AVERAGE);
  benchmarks = vs_store_list_benchmarks (store, indicator->id, VS_PERIOD_INVALID, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (benchmarks->len, ==, 1);
  g_assert_cmpfloat (((VsBenchmark *) g_ptr_array_index (benchmarks, 0))->value, ==, 26.19);

  /* And now the median is a comparator like the others. */
  indicator->rag_comparator = VS_COMPARATOR_SN_MEDIAN;
  g_assert_true (vs_store_begin (store, &error));
  g_assert_true (vs_store_save_indicator (store, indicator, &error));
  g_assert_true (vs_store_commit (store, &error));
  g_assert_no_error (error);
  g_clear_pointer (&indicator, vs_indicator_unref);
  indicator = vs_store_get_indicator_by_ref (store, "d3", &error);
  g_assert_no_error (error);
  g_assert_cmpint (indicator->rag_comparator, ==, VS_COMPARATOR_SN_MEDIAN);

  g_clear_object (&store);
  remove_dir (dir);
}

/* Version 9 keeps an import's warnings. An import made before it keeps its count; its
 * words were never kept, so it has none to list, and a new import keeps its own. */
static void
test_migrate_from_version_8 (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "v8.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) store = NULL;
  g_autoptr(GPtrArray) imports = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  VsImportWarning warning = { NULL, 9, 4, (char *) "D9", (char *) "values.csv, cell D9: far outside" };
  sqlite3 *db = NULL;
  gint64 id;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  for (int v = 1; v <= 8; v++)
    exec_ok (db, _vs_store_migration_sql (v));
  exec_ok (db,
           "INSERT INTO import (id, started, file, layout, added, warnings, state)"
           " VALUES (1, 1515000000, 'values.csv', 'long', 13, 2, 'imported');"
           "PRAGMA user_version = 8;");
  sqlite3_close (db);

  store = vs_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vs_store_get_schema_version (store), ==, VS_STORE_SCHEMA_VERSION);
  imports = vs_store_list_imports (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (imports->len, ==, 1);
  g_assert_cmpuint (((VsImportRecord *) g_ptr_array_index (imports, 0))->warnings, ==, 2);
  warnings = vs_store_list_import_warnings (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 0);
  g_clear_pointer (&warnings, g_ptr_array_unref);

  g_assert_true (vs_store_begin (store, &error));
  id = vs_store_begin_import (store, "values.csv", NULL, "long", &error);
  g_assert_cmpint (id, ==, 2);
  g_assert_true (vs_store_add_import_warning (store, id, 0, &warning, &error));
  g_assert_true (vs_store_finish_import (store, id, 0, 0, 0, 1, &error));
  g_assert_true (vs_store_commit (store, &error));
  g_assert_no_error (error);
  warnings = vs_store_list_import_warnings (store, id, &error);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_cmpstr (((VsImportWarning *) g_ptr_array_index (warnings, 0))->cell, ==, "D9");
  g_assert_cmpuint (((VsImportWarning *) g_ptr_array_index (warnings, 0))->row, ==, 9);
  g_assert_null (((VsImportWarning *) g_ptr_array_index (warnings, 0))->sheet);

  g_clear_object (&store);
  remove_dir (dir);
}

static void
test_new_file_needs_no_backup (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "new.db", NULL);
  g_autofree char *backup = g_strconcat (path, ".bak-v0", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) store = vs_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_clear_object (&store);
  remove_dir (dir);
}

static void
test_refuse_newer_schema (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "future.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) store = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  exec_ok (db, "CREATE TABLE t (x); PRAGMA user_version = 99;");
  sqlite3_close (db);

  store = vs_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "newer version"));
  remove_dir (dir);
}

static void
test_refuse_foreign_database (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "other.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) store = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  exec_ok (db, "CREATE TABLE budget (line, amount); INSERT INTO budget VALUES ('x', 1);");
  sqlite3_close (db);

  store = vs_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "not one of Vital Signs"));
  remove_dir (dir);
}

static guint32
file_application_id (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  const guint8 *b;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >=, 100);
  g_assert_cmpmem (contents, 16, "SQLite format 3", 16);
  /* Byte 68, big-endian: where the mime type's magic looks. */
  b = (const guint8 *) contents + 68;
  return (guint32) b[0] << 24 | (guint32) b[1] << 16 | (guint32) b[2] << 8 | b[3];
}

/* A new file, and an older one on its first writable open, carry Vital Signs' id. */
static void
test_application_id_stamped (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *fresh = g_build_filename (dir, "fresh.db", NULL);
  g_autofree char *old = g_build_filename (dir, "old.db", NULL);
  g_autoptr(GError) error = NULL;
  VsStore *store;

  store = vs_store_open (fresh, &error);
  g_assert_no_error (error);
  g_object_unref (store);
  g_assert_cmphex (file_application_id (fresh), ==, VS_STORE_APPLICATION_ID);
  g_assert_cmphex (VS_STORE_APPLICATION_ID, ==, 0x56534442); /* "VSDB", as in the mime xml */

  write_version_1 (old);
  g_assert_cmphex (file_application_id (old), ==, 0);
  store = vs_store_open (old, &error);
  g_assert_no_error (error);
  g_object_unref (store);
  g_assert_cmphex (file_application_id (old), ==, VS_STORE_APPLICATION_ID);

  /* A current file without the id (written before it existed) is stamped too. */
  {
    sqlite3 *db = NULL;
    g_assert_cmpint (sqlite3_open (old, &db), ==, SQLITE_OK);
    exec_ok (db, "PRAGMA application_id = 0");
    sqlite3_close (db);
  }
  g_assert_cmphex (file_application_id (old), ==, 0);
  store = vs_store_open (old, &error);
  g_assert_no_error (error);
  g_object_unref (store);
  g_assert_cmphex (file_application_id (old), ==, VS_STORE_APPLICATION_ID);
  remove_dir (dir);
}

/* A file stamped by another application is refused by name and left byte for byte. */
static void
test_refuse_other_application_id (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "fossil.db", NULL);
  g_autofree char *before = NULL, *after = NULL;
  gsize before_len = 0, after_len = 0;
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) store = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  exec_ok (db, "PRAGMA application_id = 252006673");  /* Fossil's 0x0f055111 */
  exec_ok (db, "CREATE TABLE blob (rid INTEGER PRIMARY KEY);");
  sqlite3_close (db);
  g_assert_true (g_file_get_contents (path, &before, &before_len, NULL));

  store = vs_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "fossil.db"));
  g_assert_nonnull (strstr (error->message, "another application"));
  g_assert_nonnull (strstr (error->message, "0x0f055111"));

  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
  remove_dir (dir);
}

/* A damaged older file is reported, and neither migrated nor backed up over. */
static void
test_refuse_damaged_file (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "damaged.db", NULL);
  g_autofree char *backup = g_strconcat (path, ".bak-v1", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) store = NULL;
  sqlite3 *db = NULL;
  gsize length = 0;

  write_version_1 (path);
  /* Enough figures to fill pages beyond the schema's, then scribble over one of them. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  exec_ok (db, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)"
               " INSERT INTO observation (indicator_id, locality_id, period, state, value)"
               " SELECT 1, 1, 30000 + i, 0, i FROM n;");
  sqlite3_close (db);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8 * 4096);
  for (gsize i = 6 * 4096; i < 7 * 4096; i++)
    contents[i] = (char) 0xA5;
  g_assert_true (g_file_set_contents (path, contents, length, NULL));

  store = vs_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "damaged.db"));
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  remove_dir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/migrate/from-version-1", test_migrate_from_version_1);
  g_test_add_func ("/store/migrate/from-version-6", test_migrate_from_version_6);
  g_test_add_func ("/store/migrate/from-version-8", test_migrate_from_version_8);
  g_test_add_func ("/store/migrate/new-file-needs-no-backup", test_new_file_needs_no_backup);
  g_test_add_func ("/store/migrate/refuse-newer-schema", test_refuse_newer_schema);
  g_test_add_func ("/store/migrate/refuse-foreign-database", test_refuse_foreign_database);
  g_test_add_func ("/store/migrate/refuse-damaged-file", test_refuse_damaged_file);
  g_test_add_func ("/store/migrate/application-id-stamped", test_application_id_stamped);
  g_test_add_func ("/store/migrate/refuse-other-application-id", test_refuse_other_application_id);
  return g_test_run ();
}
