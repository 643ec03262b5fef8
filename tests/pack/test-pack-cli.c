/* test-pack-cli.c: vital-signs pack, as an officer or a month-end job would run it
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sys/stat.h>
#include <glib/gstdio.h>

#include "../cli/cli-test-util.h"

static char *dir;
static char *db;

static int
run_pack (char       **out,
          char       **err,
          const char  *first,
          ...)
{
  const char *prefix[] = { "--db", db, "--demo", "pack", NULL };
  va_list args;
  int status;

  va_start (args, first);
  status = cli_test_run_va (prefix, out, err, first, args);
  va_end (args);
  return status;
}

static void
test_writes_pdf (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *path = g_build_filename (dir, "committee.pdf", NULL);
  g_autofree char *head = NULL;
  gsize length = 0;

  g_assert_cmpint (run_pack (&out, &err, "--period", "2017-11", "--marking", "OFFICIAL-SENSITIVE",
                             "--suppress-below", "5", "--output", path, NULL), ==, 0);
  /* Not a terminal: no progress, only the result. */
  g_assert_cmpstr (err, ==, "");
  g_assert_nonnull (strstr (out, " slides, 5 exceptions: "));
  g_assert_true (g_file_get_contents (path, &head, &length, NULL));
  g_assert_true (g_str_has_prefix (head, "%PDF-1.5"));
  g_assert_cmpuint (length, >, 10000);
}

/* On a terminal (script(1) gives it one), progress is written to standard error, each
 * line over the last. */
static void
test_progress_on_terminal (void)
{
  g_autofree char *script = g_find_program_in_path ("script");
  g_autofree char *path = g_build_filename (dir, "progress.pdf", NULL);
  g_autofree char *command = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (script == NULL)
    {
      g_test_skip ("script(1) is not installed");
      return;
    }
  command = g_strdup_printf ("'%s' --db '%s' --demo pack --period 2017-11 --output '%s'",
                             g_getenv ("VS_CLI"), db, path);
  {
    const char *argv[] = { script, "-qec", command, "/dev/null", NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                  &status, &error);
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (out, "Reading the figures"));
  g_assert_nonnull (strstr (out, "Drawing chart 1 of 5"));
  g_assert_nonnull (strstr (out, "\r\033[K"));
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* The other formats by their extension, in any case. */
static void
test_writes_office (gconstpointer data)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *path = g_build_filename (dir, data, NULL);
  g_autofree char *head = NULL;
  gsize length = 0;

  GStatBuf st;
  mode_t mask = umask (0);

  umask (mask);
  g_assert_cmpint (run_pack (&out, &err, "--period", "2017-11", "--output", path, NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  /* A workbook has sheets, not slides. */
  if (g_str_has_suffix (path, ".xlsx"))
    g_assert_true (g_str_has_prefix (out, "5 exceptions: "));
  else
    g_assert_nonnull (strstr (out, " slides, 5 exceptions: "));
  /* Readable by others as any new file is: the workbook was written 0600. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0666 & ~mask);
  g_assert_true (g_file_get_contents (path, &head, &length, NULL));
  g_assert_true (g_str_has_prefix (head, "PK\003\004"));
  g_assert_cmpuint (length, >, 10000);
}

/* Runs pack --output @output with the NULL-terminated options after @first; it must
 * fail with @expected and @message, and leave no file, not even a partial one. */
static void
assert_refused (int         expected,
                const char *message,
                const char *output,
                const char *first,
                ...)
{
  g_autofree char *out = NULL, *err = NULL;
  const char *prefix[] = { "--db", db, "--demo", "pack", "--output", output, NULL };
  va_list args;
  int status;

  va_start (args, first);
  status = cli_test_run_va (prefix, &out, &err, first, args);
  va_end (args);
  if (strstr (err, message) == NULL)
    g_error ("expected “%s” in: %s", message, err);
  g_assert_cmpint (status, ==, expected);
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
}

static void
test_bad_options (void)
{
  g_autofree char *pdf = g_build_filename (dir, "refused.pdf", NULL);
  g_autofree char *doc = g_build_filename (dir, "refused.doc", NULL);

  assert_refused (2, "cannot tell the format of “", doc, NULL, NULL);
  assert_refused (2, "name it .pdf, .pptx, .xlsx", doc, NULL, NULL);
  assert_refused (2, "--cards is exceptions, all or none, not “some”", pdf, "--cards", "some", NULL);
  assert_refused (2, "There is no service area called “Nowhere”; the areas are: Early Help",
                  pdf, "--area", "Nowhere", NULL);
  assert_refused (2, "protective marking is one line", pdf, "--marking",
                  "OFFICIAL\nSENSITIVE", NULL);
  assert_refused (2, "--suppress-below is a count of 1 or more", pdf, "--suppress-below", "-3", NULL);
  assert_refused (1, "There are no figures for January 2019 yet", pdf, "--period", "2019-01", NULL);
  assert_refused (2, "There is no locality called “Atlantis”; the localities are: County", pdf, "--locality", "Atlantis", NULL);
}

/* pdfinfo's Author of @path; NULL when the document names none. */
static char *
pdf_author (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "Author:"))
      return g_strdup (g_strstrip (lines[i] + 7));
  return NULL;
}

/* The PDF's author is the name Preferences signs commentary with, else the account's real
 * name; never the login name (it was "root" on a server's month-end job). */
static void
test_author (void)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *path = g_build_filename (dir, "author.pdf", NULL);
  g_autofree char *config = g_build_filename (dir, "config", NULL);
  g_autofree char *settings_dir = g_build_filename (config, "glib-2.0", "settings", NULL);
  g_autofree char *keyfile = g_build_filename (settings_dir, "keyfile", NULL);
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *author = NULL;
  g_autofree char *old_backend = g_strdup (g_getenv ("GSETTINGS_BACKEND"));
  g_autofree char *old_config = g_strdup (g_getenv ("XDG_CONFIG_HOME"));

  if (pdfinfo == NULL)
    {
      g_test_skip ("pdfinfo (poppler-utils) is not installed");
      return;
    }
  g_assert_cmpint (run_pack (&out, &err, "--period", "2017-11", "--cards", "none",
                             "--area", "Adoption", "--output", path, NULL), ==, 0);
  author = pdf_author (path);
  g_assert_cmpstr (author, !=, g_get_user_name ());
  g_clear_pointer (&author, g_free);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Preferences' name, as the window keeps it (a keyfile backend stands in for dconf). */
  g_assert_cmpint (g_mkdir_with_parents (settings_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (keyfile, "[io/github/vitalsigns/VitalSigns]\n"
                                               "author-name='Jane Smith'\n", -1, NULL));
  g_setenv ("GSETTINGS_BACKEND", "keyfile", TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_assert_cmpint (run_pack (&out, &err, "--period", "2017-11", "--cards", "none",
                             "--area", "Adoption", "--output", path, NULL), ==, 0);
  if (old_backend != NULL)
    g_setenv ("GSETTINGS_BACKEND", old_backend, TRUE);
  else
    g_unsetenv ("GSETTINGS_BACKEND");
  if (old_config != NULL)
    g_setenv ("XDG_CONFIG_HOME", old_config, TRUE);
  else
    g_unsetenv ("XDG_CONFIG_HOME");
  author = pdf_author (path);
  g_assert_cmpstr (author, ==, "Jane Smith");
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  dir = g_dir_make_tmp ("vs-pack-cli-XXXXXX", NULL);
  db = g_build_filename (dir, "demo.db", NULL);

  g_test_add_func ("/pack/cli/writes-pdf", test_writes_pdf);
  g_test_add_data_func ("/pack/cli/writes-pptx", "committee.PPTX", test_writes_office);
  g_test_add_data_func ("/pack/cli/writes-xlsx", "committee.xlsx", test_writes_office);
  g_test_add_func ("/pack/cli/bad-options", test_bad_options);
  g_test_add_func ("/pack/cli/author", test_author);
  g_test_add_func ("/pack/cli/progress-on-terminal", test_progress_on_terminal);
  status = g_test_run ();

  cli_test_remove_dir (dir);
  g_free (db);
  g_free (dir);
  return status;
}
