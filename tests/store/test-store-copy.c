/* test-store-copy.c: "Save a Copy" while the database is open and being written
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "vs-store.h"

static void
exec_ok (sqlite3    *db,
         const char *sql)
{
  char *message = NULL;
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
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

/* The figures of indicator 7.2 for the whole authority, as "period=value;..." */
static char *
figures (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) store = vs_store_open (path, &error);
  g_autoptr(VsIndicator) indicator = NULL;
  g_autoptr(VsLocality) county = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  indicator = vs_store_get_indicator_by_ref (store, "7.2", &error);
  g_assert_no_error (error);
  county = vs_store_find_locality (store, NULL, &error);
  g_assert_no_error (error);
  rows = vs_store_list_observations (store, indicator->id, county->id, VS_PERIOD_INVALID,
                                     VS_PERIOD_INVALID, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    {
      VsObservation *o = rows->pdata[i];
      g_string_append_printf (out, "%d=%.1f;", (int) o->period, o->value);
    }
  return g_string_free (out, FALSE);
}

/* The copy opens, has the same figures, is one file in rollback-journal mode with the
 * application id, and leaves out what another connection has not yet committed. */
static void
test_copy_while_another_writes (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vs-copy-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "vital-signs.db", NULL);
  g_autofree char *copy = g_build_filename (dir, "review.vsdb", NULL);
  g_autofree char *copy2 = g_build_filename (dir, "review-2.vsdb", NULL);
  g_autofree char *head = NULL, *want = NULL, *got = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) store = NULL;
  sqlite3 *writer = NULL;
  gsize length = 0;

  store = vs_store_open (path, &error);
  g_assert_no_error (error);

  /* Another process (an import) writes through its own connection. */
  g_assert_cmpint (sqlite3_open (path, &writer), ==, SQLITE_OK);
  exec_ok (writer,
           "INSERT INTO area (id, name) VALUES (1, 'Looked After Children');"
           "INSERT INTO locality (id, name, is_whole) VALUES (1, 'County', 1);"
           "INSERT INTO indicator (id, ref, title, area_id, polarity, unit, periodicity, target_text)"
           " VALUES (1, '7.2', 'LAC - Rate per 10K Under-18s', 1, 'lower', 'rate-10k', 'monthly', '55');"
           "INSERT INTO observation (indicator_id, locality_id, period, state, value)"
           " VALUES (1, 1, 2017 * 12 + 6, 0, 65.7);");
  exec_ok (writer, "BEGIN IMMEDIATE;"
                   "INSERT INTO observation (indicator_id, locality_id, period, state, value)"
                   " VALUES (1, 1, 2017 * 12 + 7, 0, 66.1);");

  /* Mid-transaction: the copy is the committed state, and is not held up by the writer. */
  g_assert_true (vs_store_save_copy (store, copy, &error));
  g_assert_no_error (error);
  exec_ok (writer, "COMMIT");

  g_assert_true (vs_store_save_copy (store, copy2, &error));
  g_assert_no_error (error);
  sqlite3_close (writer);

  /* Read before figures() opens it (an open store turns WAL on). One file: rollback
   * journal (bytes 18-19 are 1, not WAL's 2), and Vital Signs' id. */
  g_assert_true (g_file_get_contents (copy2, &head, &length, NULL));
  g_assert_cmpint (head[18], ==, 1);
  g_assert_cmpint (head[19], ==, 1);
  g_assert_cmpint ((guint8) head[68], ==, 'V');
  g_assert_cmpint ((guint8) head[71], ==, 'B');
  {
    g_autofree char *wal = g_strconcat (copy2, "-wal", NULL);
    g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  }

  want = figures (path);
  g_assert_cmpstr (want, ==, "24210=65.7;24211=66.1;");
  got = figures (copy);
  g_assert_cmpstr (got, ==, "24210=65.7;");
  g_free (got);
  got = figures (copy2);
  g_assert_cmpstr (got, ==, want);

  g_clear_object (&store);
  remove_dir (dir);
}

/* The open file itself is refused as a destination; a failed copy leaves nothing behind. */
static void
test_copy_refusals (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vs-copy-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "vital-signs.db", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "copy.vsdb", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) store = vs_store_open (path, &error);
  g_autoptr(GDir) d = NULL;
  guint entries = 0;

  g_assert_no_error (error);
  g_assert_false (vs_store_save_copy (store, path, &error));
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_OPEN);
  g_assert_nonnull (strstr (error->message, "the open database itself"));
  g_clear_error (&error);

  g_assert_false (vs_store_save_copy (store, missing, &error));
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_OPEN);
  g_assert_nonnull (strstr (error->message, "no-such-folder"));
  g_clear_error (&error);

  g_assert_true (vs_store_begin (store, &error));
  g_assert_false (vs_store_save_copy (store, missing, &error));
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_BUSY);
  vs_store_rollback (store);

  g_clear_object (&store);
  d = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (d) != NULL)
    entries++;
  g_assert_cmpuint (entries, ==, 1);   /* the database; no temporary copy left */
  remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/copy/while-another-writes", test_copy_while_another_writes);
  g_test_add_func ("/store/copy/refusals", test_copy_refusals);
  return g_test_run ();
}
