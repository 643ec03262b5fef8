/* test-store-mime.c: the desktop recognises a Vital Signs database by its content
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The mime type in data/ is installed into a private XDG data dir with the real
 * update-mime-database, and GIO (the same xdgmime code file managers use) is asked what a
 * database written by VsStore is.
 */
#include "config.h"

#include <string.h>
#include <sqlite3.h>
#include <glib/gstdio.h>

#include "vs-store.h"

#define MIME_TYPE "application/x-vital-signs-database"

static char *data_dir;   /* XDG_DATA_HOME holding mime/ */

static char *
read_head (const char *path,
           gsize      *length)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, length, NULL));
  return contents;
}

static char *
guess (const char *name,
       const char *path)
{
  g_autofree char *head = NULL;
  gsize length = 0;

  if (path != NULL)
    head = read_head (path, &length);
  return g_content_type_guess (name, (const guchar *) head, MIN (length, 4096), NULL);
}

/* update-mime-database accepts the file: it fails on XML that breaks the spec. */
static void
test_database_installs (void)
{
  g_autofree char *generic = g_build_filename (data_dir, "mime", "generic-icons", NULL);
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (generic, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, MIME_TYPE ":x-office-spreadsheet"));
}

/* A database VsStore wrote is recognised by its content, whatever its name. */
static void
test_store_file_by_content (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vs-mime-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "vital-signs.db", NULL);
  g_autofree char *by_data = NULL, *by_file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  VsStore *store = vs_store_open (path, &error);

  g_assert_no_error (error);
  g_object_unref (store);

  by_data = guess (NULL, path);
  g_assert_cmpstr (by_data, ==, MIME_TYPE);
  g_assert_true (g_content_type_is_a (by_data, "application/vnd.sqlite3"));

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_CONTENT_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_file_info_get_content_type (info), ==, MIME_TYPE);

  g_unlink (path);
  g_rmdir (dir);
}

/* Another SQLite file is not taken for ours; a .vsdb name is ours without reading it. */
static void
test_other_sqlite_and_glob (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vs-mime-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "budget.db", NULL);
  g_autofree char *other = NULL, *named = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE budget (line, amount)", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);

  other = guess (NULL, path);
  g_assert_cmpstr (other, !=, MIME_TYPE);
  g_assert_true (g_content_type_is_a (other, "application/vnd.sqlite3"));

  named = guess ("copy for review.vsdb", NULL);
  g_assert_cmpstr (named, ==, MIME_TYPE);

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *mime_src = g_build_filename (g_getenv ("VS_SOURCE_ROOT"), "data",
                                                "io.github.vitalsigns.VitalSigns.mime.xml",
                                                NULL);
  g_autofree char *packages = NULL, *installed = NULL, *contents = NULL, *mime_dir = NULL;
  g_autofree char *update = g_find_program_in_path ("update-mime-database");
  g_autofree char *data_dirs = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0, result;

  g_test_init (&argc, &argv, NULL);

  if (update == NULL)
    {
      g_test_skip ("update-mime-database (shared-mime-info) is not installed");
      return g_test_run ();
    }

  /* Set before GIO first reads the mime database, which it then caches. */
  data_dir = g_dir_make_tmp ("vs-xdg-XXXXXX", &error);
  g_assert_no_error (error);
  mime_dir = g_build_filename (data_dir, "mime", NULL);
  packages = g_build_filename (mime_dir, "packages", NULL);
  g_assert_cmpint (g_mkdir_with_parents (packages, 0700), ==, 0);
  installed = g_build_filename (packages, "io.github.vitalsigns.VitalSigns.xml", NULL);
  g_assert_true (g_file_get_contents (mime_src, &contents, NULL, &error));
  g_assert_true (g_file_set_contents (installed, contents, -1, &error));

  g_assert_true (g_spawn_sync (NULL, (char *[]) { update, mime_dir, NULL }, NULL,
                               G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));

  /* The system's database stays behind ours for application/vnd.sqlite3 itself. */
  g_setenv ("XDG_DATA_HOME", data_dir, TRUE);
  data_dirs = g_strdup (g_getenv ("XDG_DATA_DIRS"));
  if (data_dirs == NULL || *data_dirs == '\0')
    g_setenv ("XDG_DATA_DIRS", "/usr/local/share:/usr/share", TRUE);

  g_test_add_func ("/store/mime/installs", test_database_installs);
  g_test_add_func ("/store/mime/store-file-by-content", test_store_file_by_content);
  g_test_add_func ("/store/mime/other-sqlite-and-glob", test_other_sqlite_and_glob);
  result = g_test_run ();

  g_spawn_sync (NULL, (char *[]) { "rm", "-rf", data_dir, NULL }, NULL, G_SPAWN_SEARCH_PATH,
                NULL, NULL, NULL, NULL, NULL, NULL);
  g_free (data_dir);
  return result;
}
