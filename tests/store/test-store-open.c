/* test-store-open.c: how the database file is opened, journalled and checked
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "vs-store-private.h"

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("vs-store-open-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "vital-signs.db", NULL);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_chmod (path, 0700);
  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static void
exec_ok (sqlite3    *db,
         const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static char *
query_text (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

static gboolean
sidecar_exists (Fixture    *f,
                const char *suffix)
{
  g_autofree char *path = g_strconcat (f->path, suffix, NULL);
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/* A store with one area written, then closed. */
static void
write_one_area (Fixture    *f,
                const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) store = vs_store_open (f->path, &error);

  g_assert_no_error (error);
  g_assert_true (vs_store_begin (store, &error));
  g_assert_cmpint (vs_store_ensure_area (store, name, &error), >, 0);
  g_assert_true (vs_store_commit (store, &error));
  g_assert_no_error (error);
}

static guint
count_areas (VsStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) areas = vs_store_list_areas (store, &error);

  g_assert_no_error (error);
  return areas->len;
}

/* Between transactions the store holds no lock and leaves no -wal or -shm behind: nothing
 * another process (or a close elsewhere in this one) can take away from under it. */
static void
test_rollback_journal (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) store = vs_store_open (f->path, &error);
  g_autofree char *mode = NULL;

  g_assert_no_error (error);
  mode = query_text (store->db, "PRAGMA journal_mode");
  g_assert_cmpstr (mode, ==, "delete");
  g_assert_true (vs_store_begin (store, &error));
  g_assert_cmpint (vs_store_ensure_area (store, "Adoption", &error), >, 0);
  g_assert_true (vs_store_commit (store, &error));
  g_assert_false (sidecar_exists (f, "-wal"));
  g_assert_false (sidecar_exists (f, "-shm"));
  g_assert_false (sidecar_exists (f, "-journal"));

  /* Another connection can take the write lock while this one stays open. */
  {
    sqlite3 *other = NULL;
    g_assert_cmpint (sqlite3_open (f->path, &other), ==, SQLITE_OK);
    exec_ok (other, "BEGIN EXCLUSIVE; COMMIT;");
    sqlite3_close (other);
  }
  g_assert_cmpuint (count_areas (store), ==, 1);
}

/* A file an older version left in WAL mode, with figures still only in its -wal (as after
 * a crash), is folded back and turned into a rollback-journal file on open. */
static void
test_wal_file_converted (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) store = NULL;
  g_autofree char *mode = NULL;
  sqlite3 *db = NULL;

  write_one_area (f, "Adoption");
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  exec_ok (db, "PRAGMA journal_mode = WAL");
  g_assert_cmpint (sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL), ==, SQLITE_OK);
  exec_ok (db, "INSERT INTO area (name) VALUES ('Fostering')");
  sqlite3_close (db);
  g_assert_true (sidecar_exists (f, "-wal"));

  store = vs_store_open (f->path, &error);
  g_assert_no_error (error);
  mode = query_text (store->db, "PRAGMA journal_mode");
  g_assert_cmpstr (mode, ==, "delete");
  g_assert_false (sidecar_exists (f, "-wal"));
  g_assert_cmpuint (count_areas (store), ==, 2);
  g_clear_object (&store);

  /* The file itself now holds both, with nothing beside it. */
  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_free (mode);
  mode = query_text (db, "SELECT group_concat(name, ',') FROM (SELECT name FROM area ORDER BY name)");
  g_assert_cmpstr (mode, ==, "Adoption,Fostering");
  sqlite3_close (db);
}

/* While an older version still has the file open in WAL mode, it is opened as it is (the
 * conversion needs the file to itself) and converted on a later open. */
static void
test_wal_file_in_use (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) store = NULL;
  g_autofree char *mode = NULL;
  sqlite3 *older = NULL;

  write_one_area (f, "Adoption");
  g_assert_cmpint (sqlite3_open (f->path, &older), ==, SQLITE_OK);
  exec_ok (older, "PRAGMA journal_mode = WAL; SELECT count(*) FROM area;");

  store = vs_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (vs_store_begin (store, &error));
  g_assert_cmpint (vs_store_ensure_area (store, "Fostering", &error), >, 0);
  g_assert_true (vs_store_commit (store, &error));
  g_clear_object (&store);
  sqlite3_close (older);

  store = vs_store_open (f->path, &error);
  g_assert_no_error (error);
  mode = query_text (store->db, "PRAGMA journal_mode");
  g_assert_cmpstr (mode, ==, "delete");
  g_assert_cmpuint (count_areas (store), ==, 2);
}

/* user_version is whatever 32-bit number the file claims: outside 0..current it is refused
 * (INT_MIN read before the migrations table and crashed). */
static void
test_refuse_impossible_version (Fixture       *f,
                                gconstpointer  data)
{
  static const char * const versions[] = { "-1", "-2147483648" };

  for (gsize i = 0; i < G_N_ELEMENTS (versions); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(VsStore) store = NULL;
      g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %s", versions[i]);
      g_autofree char *expected = g_strdup_printf ("claims schema version %s", versions[i]);
      sqlite3 *db = NULL;

      g_unlink (f->path);
      write_one_area (f, "Adoption");
      g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
      exec_ok (db, sql);
      sqlite3_close (db);

      store = vs_store_open (f->path, &error);
      g_assert_null (store);
      g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_CORRUPT);
      g_assert_nonnull (strstr (error->message, expected));
      g_clear_error (&error);
      store = vs_store_open_full (f->path, VS_STORE_OPEN_READ_ONLY, &error);
      g_assert_null (store);
      g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_CORRUPT);
    }
}

/* A current file with one page overwritten, as a disk or a copy can leave it. */
static void
write_damaged (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  sqlite3 *db = NULL;

  write_one_area (f, "Adoption");
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  exec_ok (db, "INSERT INTO locality (id, name) VALUES (1, 'County');"
               "INSERT INTO indicator (id, ref, title, area_id, polarity, unit, periodicity)"
               " VALUES (1, '7.2', 'LAC rate', 1, 'lower', 'rate-10k', 'monthly');"
               "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)"
               " INSERT INTO observation (indicator_id, locality_id, period, state, value)"
               " SELECT 1, 1, 30000 + i, 0, i FROM n;");
  sqlite3_close (db);
  g_assert_true (g_file_get_contents (f->path, &contents, &length, &error));
  g_assert_cmpuint (length, >, 20 * 4096);
  /* A page of figures near the end, not of the schema that every open reads. */
  for (gsize i = length - 4 * 4096; i < length - 3 * 4096; i++)
    contents[i] = (char) 0xA5;
  g_assert_true (g_file_set_contents (f->path, contents, length, &error));
}

/* Nothing is written to a damaged file: the first write of a store checks it, and the
 * message names the backup to restore when there is one. */
static void
test_refuse_to_write_damaged (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) store = NULL;
  g_autofree char *before = NULL, *after = NULL;
  g_autofree char *backup = g_strconcat (f->path, ".bak-v2", NULL);
  gsize before_length = 0, after_length = 0;

  write_damaged (f);
  g_assert_true (g_file_get_contents (f->path, &before, &before_length, NULL));

  store = vs_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_false (vs_store_begin (store, &error));
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "is damaged"));
  g_assert_nonnull (strstr (error->message, "Restore it from a backup"));
  g_assert_false (vs_store_in_transaction (store));
  g_clear_error (&error);

  /* With a backup beside it, the message names it. */
  g_assert_true (g_file_set_contents (backup, "a backup", -1, NULL));
  g_assert_false (vs_store_begin (store, &error));
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, backup));
  g_clear_object (&store);

  g_assert_true (g_file_get_contents (f->path, &after, &after_length, NULL));
  g_assert_cmpmem (before, before_length, after, after_length);
}

/* "" and ":memory:" are databases SQLite throws away; a file named "file:…" is a file. */
static void
test_refuse_names_of_no_file (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) store = NULL;
  g_autofree char *cwd = g_get_current_dir ();
  g_autofree char *uri_like = NULL;

  store = vs_store_open ("", &error);
  g_assert_null (store);
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_OPEN);
  g_assert_nonnull (strstr (error->message, "empty name"));
  g_clear_error (&error);

  store = vs_store_open (":memory:", &error);
  g_assert_null (store);
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_OPEN);
  g_assert_nonnull (strstr (error->message, "held in memory"));
  g_clear_error (&error);

  g_assert_cmpint (g_chdir (f->dir), ==, 0);
  store = vs_store_open ("file:figures.db?mode=memory", &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  uri_like = g_build_filename (f->dir, "file:figures.db?mode=memory", NULL);
  g_assert_true (g_file_test (uri_like, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (g_chdir (cwd), ==, 0);
}

/* A mistyped folder is an error that names it, and is not created; only the default
 * database's folder is made (VS_STORE_OPEN_CREATE_FOLDER). */
static void
test_missing_folder (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) store = NULL;
  g_autofree char *folder = g_build_filename (f->dir, "Perfromance", NULL);
  g_autofree char *path = g_build_filename (folder, "figures.db", NULL);

  store = vs_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_OPEN);
  g_assert_nonnull (strstr (error->message, folder));
  g_assert_nonnull (strstr (error->message, "does not exist"));
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  store = vs_store_open_full (path, VS_STORE_OPEN_CREATE_FOLDER, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

/* Read-only: no migration, no journal change, no writes, and a missing file is not made. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) store = NULL;
  g_autofree char *mode = NULL;
  g_autofree char *backup = g_strconcat (f->path, ".bak-v1", NULL);
  gboolean read_only = FALSE;
  sqlite3 *db = NULL;

  store = vs_store_open_full (f->path, VS_STORE_OPEN_READ_ONLY, &error);
  g_assert_null (store);
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_OPEN);
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  write_one_area (f, "Adoption");
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  exec_ok (db, "PRAGMA journal_mode = WAL");
  sqlite3_close (db);

  store = vs_store_open_full (f->path, VS_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (vs_store_is_read_only (store));
  g_object_get (store, "read-only", &read_only, NULL);
  g_assert_true (read_only);
  g_assert_cmpuint (count_areas (store), ==, 1);
  mode = query_text (store->db, "PRAGMA journal_mode");
  g_assert_cmpstr (mode, ==, "wal");
  g_assert_false (vs_store_begin (store, &error));
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "can only be read"));
  g_clear_error (&error);
  g_clear_object (&store);

  /* An older schema is not brought up to date, nor backed up. */
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  exec_ok (db, "PRAGMA user_version = 1");
  sqlite3_close (db);
  store = vs_store_open_full (f->path, VS_STORE_OPEN_READ_ONLY, &error);
  g_assert_null (store);
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_NEEDS_UPDATE);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
}

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/store/open/rollback-journal", test_rollback_journal);
  ADD ("/store/open/wal-file-converted", test_wal_file_converted);
  ADD ("/store/open/wal-file-in-use", test_wal_file_in_use);
  ADD ("/store/open/refuse-impossible-version", test_refuse_impossible_version);
  ADD ("/store/open/refuse-to-write-damaged", test_refuse_to_write_damaged);
  ADD ("/store/open/refuse-names-of-no-file", test_refuse_names_of_no_file);
  ADD ("/store/open/missing-folder", test_missing_folder);
  ADD ("/store/open/read-only", test_read_only);
  return g_test_run ();
}
