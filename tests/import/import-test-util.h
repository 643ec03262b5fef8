/* import-test-util.h: what the importer's tests share: temporary files and stores, and a
 * dump of a whole database to compare before and after
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <math.h>
#include <string.h>
#include <sqlite3.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "vs-importer.h"
#include "vs-store.h"

typedef struct {
  char    *dir;
  char    *db_path;
  VsStore *store;
} ImportFixture;

static inline void
import_fixture_set_up (ImportFixture *fx,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fx->dir = g_dir_make_tmp ("vs-import-XXXXXX", &error);
  g_assert_no_error (error);
  fx->db_path = g_build_filename (fx->dir, "test.db", NULL);
  fx->store = vs_store_open (fx->db_path, &error);
  g_assert_no_error (error);
}

static inline void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static inline void
import_fixture_tear_down (ImportFixture *fx,
                          gconstpointer  data)
{
  g_clear_object (&fx->store);
  remove_tree (fx->dir);
  g_free (fx->dir);
  g_free (fx->db_path);
}

/* Writes @text to a file named @name in the fixture's folder; returns its path. */
static inline char *
write_fixture (ImportFixture *fx,
               const char    *name,
               const char    *text)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fx->dir, name, NULL);

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  return path;
}

/* Imports and asserts success; returns the summary. */
static inline VsImportSummary *
import_ok (ImportFixture         *fx,
           const char            *path,
           const VsImportOptions *options)
{
  g_autoptr(GError) error = NULL;
  VsImportSummary *summary = NULL;

  if (!vs_import_file (fx->store, path, options, &summary, &error))
    g_error ("import of %s failed: %s", path, error->message);
  g_assert_nonnull (summary);
  return summary;
}

/* The figure stored for @ref at @period (YYYY-MM) for @locality (NULL: the whole). */
/* The indicator a ref or part of a title names; the test fails when there is none. */
static inline VsIndicator *
find_indicator (ImportFixture *fx,
                const char    *query)
{
  g_autoptr(GError) error = NULL;
  VsIndicator *indicator = vs_store_find_indicator (fx->store, query, &error);

  g_assert_no_error (error);
  g_assert_nonnull (indicator);
  return indicator;
}

static inline VsObservation *
find_observation (ImportFixture *fx,
                  const char    *ref,
                  const char    *locality_name,
                  const char    *period_iso)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsIndicator) indicator = vs_store_get_indicator_by_ref (fx->store, ref, &error);
  g_autoptr(VsLocality) locality = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  VsPeriod period;

  g_assert_no_error (error);
  g_assert_nonnull (indicator);
  locality = vs_store_find_locality (fx->store, locality_name, &error);
  g_assert_no_error (error);
  g_assert_nonnull (locality);
  g_assert_true (vs_period_parse_iso (period_iso, &period));
  rows = vs_store_list_observations (fx->store, indicator->id, locality->id, period, period, &error);
  g_assert_no_error (error);
  if (rows->len == 0)
    return NULL;
  {
    VsObservation *obs = g_new0 (VsObservation, 1);
    VsObservation *found = g_ptr_array_index (rows, 0);
    *obs = *found;
    obs->file = g_strdup (found->file);
    obs->sheet = g_strdup (found->sheet);
    obs->cell = g_strdup (found->cell);
    return obs;
  }
}

/* Asserts a stored figure, with its numerator and denominator (NAN: none). */
static inline void
assert_figure (ImportFixture *fx,
               const char    *ref,
               const char    *locality,
               const char    *period,
               double         value,
               double         numerator,
               double         denominator)
{
  g_autoptr(VsObservation) obs = find_observation (fx, ref, locality, period);

  if (obs == NULL)
    g_error ("no figure for %s at %s", ref, period);
  g_assert_cmpint (obs->state, ==, VS_OBS_ACTUAL);
  g_assert_cmpfloat_with_epsilon (obs->value, value, 1e-9);
  if (isnan (numerator))
    g_assert_true (isnan (obs->numerator));
  else
    g_assert_cmpfloat_with_epsilon (obs->numerator, numerator, 1e-9);
  if (isnan (denominator))
    g_assert_true (isnan (obs->denominator));
  else
    g_assert_cmpfloat_with_epsilon (obs->denominator, denominator, 1e-9);
}

/* Every row of every table, ordered by all its columns: two equal dumps are equal
 * databases. The import log's rows (and their warnings) from number @from_import on (0:
 * none) are left out, so that a database after imports and their undo can be compared
 * with the one before them. */
static inline char *
dump_database_except (const char *path,
                      gint64      from_import)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *tables = NULL;
  GString *out = g_string_new (NULL);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table'"
                                       " ORDER BY name", -1, &tables, NULL), ==, SQLITE_OK);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (tables, 0);
      g_autofree char *probe = g_strdup_printf ("SELECT * FROM \"%s\"", table);
      g_autoptr(GString) sql = g_string_new (probe);
      sqlite3_stmt *rows = NULL;
      int n_columns;

      g_assert_cmpint (sqlite3_prepare_v2 (db, probe, -1, &rows, NULL), ==, SQLITE_OK);
      n_columns = sqlite3_column_count (rows);
      sqlite3_finalize (rows);
      if (g_str_equal (table, "import") && from_import != 0)
        g_string_append_printf (sql, " WHERE id < %" G_GINT64_FORMAT, from_import);
      /* An import's warnings are part of its log, kept after its undo as the log is. */
      if (g_str_equal (table, "import_warning") && from_import != 0)
        g_string_append_printf (sql, " WHERE import_id < %" G_GINT64_FORMAT, from_import);
      for (int c = 1; c <= n_columns; c++)
        g_string_append_printf (sql, c == 1 ? " ORDER BY %d" : ", %d", c);

      g_string_append_printf (out, "== %s\n", table);
      g_assert_cmpint (sqlite3_prepare_v2 (db, sql->str, -1, &rows, NULL), ==, SQLITE_OK);
      while (sqlite3_step (rows) == SQLITE_ROW)
        {
          for (int c = 0; c < n_columns; c++)
            g_string_append_printf (out, "%s|", sqlite3_column_type (rows, c) == SQLITE_NULL
                                    ? "NULL" : (const char *) sqlite3_column_text (rows, c));
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (rows);
    }
  sqlite3_finalize (tables);
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

static inline char *
dump_database (const char *path)
{
  return dump_database_except (path, 0);
}

/* Fails the test with the first line where two dumps differ, rather than two whole dumps. */
static inline void
assert_same_dump (const char *expected,
                  const char *actual)
{
  g_auto(GStrv) a = g_strsplit (expected, "\n", -1);
  g_auto(GStrv) b = g_strsplit (actual, "\n", -1);
  const char *table = "";

  for (guint i = 0; a[i] != NULL || b[i] != NULL; i++)
    {
      if (a[i] == NULL || b[i] == NULL || !g_str_equal (a[i], b[i]))
        g_error ("the databases differ after table %s's header, line %u:\n  expected: %s\n"
                 "  actual:   %s", table, i + 1, a[i] ? a[i] : "(end)", b[i] ? b[i] : "(end)");
      if (g_str_has_prefix (a[i], "== "))
        table = a[i] + 3;
    }
}

/* A message naming @cell whose text contains @fragment; fails the test when there is none. */
static inline const VsImportMessage *
find_message (GPtrArray  *messages,
              const char *cell,
              const char *fragment)
{
  for (guint i = 0; i < messages->len; i++)
    {
      const VsImportMessage *m = g_ptr_array_index (messages, i);
      if (g_strcmp0 (m->cell, cell) == 0 && (fragment == NULL || strstr (m->text, fragment)))
        return m;
    }
  for (guint i = 0; i < messages->len; i++)
    g_printerr ("  have: %s\n", ((VsImportMessage *) g_ptr_array_index (messages, i))->text);
  g_error ("no message at %s containing “%s”", cell ? cell : "(none)", fragment ? fragment : "");
  return NULL;
}
