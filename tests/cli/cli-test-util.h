/* cli-test-util.h: running the real vital-signs binary from a test, as a batch job would
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdarg.h>
#include <string.h>
#include <sys/wait.h>
#include <glib.h>
#include <glib/gstdio.h>

/* Runs $VS_CLI with @prefix (NULL-terminated, may be NULL) then the NULL-terminated @args;
 * returns its exit status with stdout and stderr. A GLib critical or warning on stderr
 * fails the test: errors must reach users as messages, never as GLib's own. */
static inline int
cli_test_run_va (const char * const *prefix,
                 char              **out,
                 char              **err,
                 const char         *first,
                 va_list             args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_ptr_array_add (argv, (gpointer) g_getenv ("VS_CLI"));
  for (guint i = 0; prefix != NULL && prefix[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) prefix[i]);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err,
                &status, &error);
  g_assert_no_error (error);
  g_assert_null (strstr (*err, "CRITICAL"));
  g_assert_null (strstr (*err, "WARNING"));
  return WIFEXITED (status) ? WEXITSTATUS (status) : 128;
}

/* cli_test_run_va with the arguments in the call, ending with NULL. */
static inline int
cli_test_run (const char * const *prefix,
              char              **out,
              char              **err,
              const char         *first,
              ...)
{
  va_list args;
  int status;

  va_start (args, first);
  status = cli_test_run_va (prefix, out, err, first, args);
  va_end (args);
  return status;
}

/* Removes a test's temporary folder and the files in it. */
static inline void
cli_test_remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      g_unlink (child);
    }
  g_rmdir (path);
}

/* A temporary folder holding an extract @csv_name with @contents, and the path (not yet
 * created) of a database @db_name beside it; returns the folder. */
static inline char *
cli_test_folder_new (const char  *template,
                     const char  *db_name,
                     const char  *csv_name,
                     const char  *contents,
                     char       **db_path,
                     char       **csv_path)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (template, &error);

  g_assert_no_error (error);
  *db_path = g_build_filename (dir, db_name, NULL);
  *csv_path = g_build_filename (dir, csv_name, NULL);
  g_file_set_contents (*csv_path, contents, -1, &error);
  g_assert_no_error (error);
  return dir;
}
