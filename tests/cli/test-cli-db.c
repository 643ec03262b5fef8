/* test-cli-db.c: which databases --db accepts, and what the command line does with them
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <unistd.h>
#include <sqlite3.h>

#include "cli-test-util.h"

typedef struct {
  char *dir;
  char *db_path;
  char *csv_path;
} Fixture;

static const char *figures =
  "Ref,Indicator,Locality,Period,Value\n"
  "6.14,Child Protection (CP) - % children seen,County,2017-11,58.1%\n";

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  fx->dir = cli_test_folder_new ("vs-cli-db-XXXXXX", "figures.db", "november.csv", figures,
                                 &fx->db_path, &fx->csv_path);
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  g_chmod (fx->dir, 0700);
  cli_test_remove_dir (fx->dir);
  g_free (fx->dir);
  g_free (fx->db_path);
  g_free (fx->csv_path);
}

/* "" and ":memory:" reported a successful import that was thrown away. */
static void
test_names_of_no_file (Fixture       *fx,
                       gconstpointer  data)
{
  static const char * const names[] = { "", ":memory:" };

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *out = NULL, *err = NULL;
      const char *args[] = { "--db", names[i], NULL };

      g_assert_cmpint (cli_test_run (args, &out, &err, "import", fx->csv_path, NULL), ==, 1);
      g_assert_null (strstr (out, "imported as import"));
      g_assert_true (strstr (err, "empty name") != NULL || strstr (err, "held in memory") != NULL);
    }
}

/* A mistyped folder is an error naming it, for reading and for writing, and is not made. */
static void
test_missing_folder (Fixture       *fx,
                     gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (fx->dir, "Perfromance", NULL);
  g_autofree char *path = g_build_filename (folder, "figures.db", NULL);
  const char *args[] = { "--db", path, NULL };
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (cli_test_run (args, &out, &err, "import", fx->csv_path, NULL), ==, 1);
  g_assert_nonnull (strstr (err, folder));
  g_assert_nonnull (strstr (err, "does not exist"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (cli_test_run (args, &out, &err, "areas", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "does not exist"));
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
}

/* A damaged file accepted imports with exit 0: now refused, naming the backup, unchanged. */
static void
test_damaged_file (Fixture       *fx,
                   gconstpointer  data)
{
  const char *args[] = { "--db", fx->db_path, NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *contents = NULL, *after = NULL;
  g_autofree char *backup = g_strconcat (fx->db_path, ".bak-v2", NULL);
  gsize length = 0, after_length = 0;
  sqlite3 *db = NULL;

  g_assert_cmpint (cli_test_run (args, &out, &err, "import", fx->csv_path, NULL), ==, 0);
  g_assert_cmpint (sqlite3_open (fx->db_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                 "WHERE i < 3000) INSERT INTO observation (indicator_id, "
                                 "locality_id, period, state, value) SELECT 1, 1, 30000 + i, 0, i "
                                 "FROM n;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_true (g_file_set_contents (backup, "an earlier copy", -1, NULL));
  g_assert_true (g_file_get_contents (fx->db_path, &contents, &length, NULL));
  for (gsize i = length - 4 * 4096; i < length - 3 * 4096; i++)
    contents[i] = (char) 0xA5;
  g_assert_true (g_file_set_contents (fx->db_path, contents, length, NULL));

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (cli_test_run (args, &out, &err, "import", fx->csv_path, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "is damaged"));
  g_assert_nonnull (strstr (err, backup));
  g_assert_true (g_file_get_contents (fx->db_path, &after, &after_length, NULL));
  g_assert_cmpmem (contents, length, after, after_length);
}

/* Runs the command line as another user when the test runs as root, whom no file mode
 * stops; does nothing otherwise. */
static void
drop_root (gpointer data)
{
  if (geteuid () == 0 && (setgid (65534) != 0 || setuid (65534) != 0))
    _exit (125);
}

/* The build folder may sit in a folder only root can enter (a clone in a private temporary
 * folder, as CI makes): the other user runs a copy from a folder anyone can enter. */
static char *
unprivileged_copy_of_cli (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("vs-cli-db-bin-XXXXXX", &error);
  g_autofree char *contents = NULL;
  g_autofree char *copy = NULL;
  gsize length = 0;

  g_assert_no_error (error);
  copy = g_build_filename (dir, "vital-signs", NULL);
  g_assert_true (g_file_get_contents (g_getenv ("VS_CLI"), &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, (gssize) length, NULL));
  g_assert_cmpint (g_chmod (copy, 0755), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  return g_steal_pointer (&copy);
}

static int
run_unprivileged (const char  *cli,
                  const char  *db_path,
                  char       **out,
                  char       **err,
                  ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = NULL;
  const char *arg;
  va_list args;
  int status = 0;

  g_ptr_array_add (argv, (gpointer) cli);
  g_ptr_array_add (argv, (gpointer) "--db");
  g_ptr_array_add (argv, (gpointer) db_path);
  va_start (args, err);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  /* The sanitizers' suppression files sit in the source tree, which the other user may not
   * be able to enter either; the child's leaks are checked by every other test. */
  envp = g_environ_setenv (g_get_environ (), "ASAN_OPTIONS", "detect_leaks=0:abort_on_error=1",
                           TRUE);
  envp = g_environ_unsetenv (envp, "LSAN_OPTIONS");
  g_spawn_sync ("/", (char **) argv->pdata, envp, G_SPAWN_DEFAULT, drop_root, NULL, out, err,
                &status, &error);
  if (g_error_matches (error, G_SPAWN_ERROR, G_SPAWN_ERROR_ACCES))
    return 125;
  g_assert_no_error (error);
  g_assert_null (strstr (*err, "CRITICAL"));
  return WIFEXITED (status) ? WEXITSTATUS (status) : 128;
}

/* A read-only file in a read-only folder (a colleague's, a share) could not even be
 * listed: reading commands open it read-only; writing ones say it can only be read. */
static void
test_read_only_folder (Fixture       *fx,
                       gconstpointer  data)
{
  const char *args[] = { "--db", fx->db_path, NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *csv = g_build_filename (g_get_tmp_dir (), "vs-cli-db-read-only.csv", NULL);
  g_autofree char *cli = unprivileged_copy_of_cli ();
  g_autofree char *cli_dir = g_path_get_dirname (cli);
  int status;

  g_assert_cmpint (cli_test_run (args, &out, &err, "import", fx->csv_path, NULL), ==, 0);
  g_assert_true (g_file_set_contents (csv, figures, -1, NULL));
  g_assert_cmpint (g_chmod (csv, 0644), ==, 0);
  g_assert_cmpint (g_chmod (fx->db_path, 0444), ==, 0);
  g_assert_cmpint (g_chmod (fx->dir, 0555), ==, 0);

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  status = run_unprivileged (cli, fx->db_path, &out, &err, "history", "--format", "csv", NULL);
  if (status == 125)
    {
      g_unlink (csv);
      g_unlink (cli);
      g_rmdir (cli_dir);
      g_test_skip ("cannot run as an unprivileged user");
      return;
    }
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "november.csv"));

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_unprivileged (cli, fx->db_path, &out, &err, "indicators", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "6.14"));

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_unprivileged (cli, fx->db_path, &out, &err, "import", csv, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "can only be read"));
  g_unlink (csv);
  g_unlink (cli);
  g_rmdir (cli_dir);
}

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/cli/db/names-of-no-file", test_names_of_no_file);
  ADD ("/cli/db/missing-folder", test_missing_folder);
  ADD ("/cli/db/damaged-file", test_damaged_file);
  ADD ("/cli/db/read-only-folder", test_read_only_folder);
  return g_test_run ();
}
