/* test-cli-shared.c: the window and the command line on one database at the same time
 *
 * Issue 9, item 1: the window imported through its worker, the file chooser listed the
 * database's folder, `vital-signs history` ran, and the window's next writes went into a
 * -wal file that the command line had deleted. Here the test process plays the window (its
 * own VsStore, an import on a second connection from a thread, as vs-import-dialog.c does,
 * and the chooser's content-type query on the database) and the real binary plays the
 * other process.
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <unistd.h>
#include <gio/gio.h>

#include "cli-test-util.h"
#include "vs-importer.h"
#include "vs-store.h"

typedef struct {
  char *dir;
  char *db_path;
  char *csv_path;
} Fixture;

static const char *figures =
  "Ref,Indicator,Locality,Period,Value,Numerator,Denominator\n"
  "6.14,Child Protection (CP) - % children seen,County,2017-08,49.2%,272,553\n"
  "6.14,Child Protection (CP) - % children seen,County,2017-11,58.1%,,\n";

static void
fixture_setup (Fixture       *fx,
               gconstpointer  data)
{
  /* The name the default database has: no glob settles its type, so GIO reads it. */
  fx->dir = cli_test_folder_new ("vs-cli-shared-XXXXXX", "vital-signs.db", "november.csv",
                                 figures, &fx->db_path, &fx->csv_path);
}

static void
fixture_teardown (Fixture       *fx,
                  gconstpointer  data)
{
  cli_test_remove_dir (fx->dir);
  g_free (fx->dir);
  g_free (fx->db_path);
  g_free (fx->csv_path);
}

/* The import dialog's worker: a connection of its own, one transaction, closed at the end. */
static gpointer
import_thread (gpointer data)
{
  Fixture *fx = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) store = vs_store_open (fx->db_path, &error);
  g_autoptr(VsImportSummary) summary = NULL;

  g_assert_no_error (error);
  g_assert_true (vs_store_begin (store, &error));
  g_assert_true (vs_import_file (store, fx->csv_path, NULL, &summary, &error));
  g_assert_no_error (error);
  g_assert_true (vs_store_commit (store, &error));
  return GINT_TO_POINTER (summary->values_added);
}

/* The state of the only import, as the other process sees it. */
static char *
state_seen_by_cli (Fixture *fx)
{
  g_autofree char *out = NULL, *err = NULL;
  const char *args[] = { "--db", fx->db_path, NULL };
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) fields = NULL;
  int status = cli_test_run (args, &out, &err, "history", "--format", "csv", NULL);

  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (status, ==, 0);
  lines = g_strsplit (out, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);   /* header, one import, "" */
  fields = g_strsplit (lines[1], ",", -1);
  return g_strdup (fields[g_strv_length (fields) - 1]);
}

static char *
state_seen_by_store (VsStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) imports = vs_store_list_imports (store, &error);
  VsImportRecord *record;

  g_assert_no_error (error);
  g_assert_cmpuint (imports->len, ==, 1);
  record = g_ptr_array_index (imports, 0);
  return g_strdup (record->state);
}

static void
test_window_write_survives_other_process (Fixture       *fx,
                                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) window = vs_store_open (fx->db_path, &error);
  g_autoptr(GFile) db_file = g_file_new_for_path (fx->db_path);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GPtrArray) imports = NULL;
  g_autofree char *before = NULL, *cli_after = NULL, *reopened_state = NULL;
  g_autoptr(VsStore) reopened = NULL;
  VsImportRecord *record;

  g_assert_no_error (error);
  g_assert_cmpuint (GPOINTER_TO_INT (g_thread_join (g_thread_new ("import", import_thread, fx))),
                    ==, 2);

  /* The window reloads after the import... */
  imports = vs_store_list_imports (window, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (imports->len, ==, 1);
  record = g_ptr_array_index (imports, 0);
  g_assert_cmpstr (record->state, ==, "imported");

  /* ...the file chooser lists the folder, sniffing each file's type... */
  info = g_file_query_info (db_file, G_FILE_ATTRIBUTE_STANDARD_CONTENT_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);

  /* ...another process reads the database and closes it... */
  before = state_seen_by_cli (fx);
  g_assert_cmpstr (before, ==, "imported");

  /* ...and the window's next write must reach the file both of them read. */
  g_assert_true (vs_store_undo_import (window, record->id, &error));
  g_assert_no_error (error);

  cli_after = state_seen_by_cli (fx);
  g_assert_cmpstr (cli_after, ==, "undone");

  g_clear_object (&window);
  reopened = vs_store_open (fx->db_path, &error);
  g_assert_no_error (error);
  reopened_state = state_seen_by_store (reopened);
  g_assert_cmpstr (reopened_state, ==, "undone");
}

/* A commentary the window saves after the same sequence reaches the next process too. */
static void
test_window_commentary_survives_other_process (Fixture       *fx,
                                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) window = vs_store_open (fx->db_path, &error);
  g_autoptr(GFile) db_file = g_file_new_for_path (fx->db_path);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(VsIndicator) indicator = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autofree char *state = NULL;
  VsCommentary commentary = { 0 };
  VsPeriod november;

  g_assert_no_error (error);
  g_assert_cmpuint (GPOINTER_TO_INT (g_thread_join (g_thread_new ("import", import_thread, fx))),
                    ==, 2);
  indicator = vs_store_get_indicator_by_ref (window, "6.14", &error);
  g_assert_no_error (error);

  info = g_file_query_info (db_file, G_FILE_ATTRIBUTE_STANDARD_CONTENT_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);
  state = state_seen_by_cli (fx);
  g_assert_cmpstr (state, ==, "imported");

  g_assert_true (vs_period_parse_iso ("2017-11", &november));
  commentary.indicator_id = indicator->id;
  commentary.period = november;
  commentary.text = (char *) "Visits caught up after the summer.";
  commentary.author = (char *) "Performance team";
  g_assert_true (vs_store_begin (window, &error));
  g_assert_cmpint (vs_store_add_commentary (window, &commentary, &error), >, 0);
  g_assert_true (vs_store_commit (window, &error));
  g_assert_no_error (error);

  /* Another process reads it while the window still has the file open... */
  g_setenv ("VS_TEST_SHARED_DB", fx->db_path, TRUE);
  g_test_trap_subprocess ("/cli/shared/commentary-reader", 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*Visits caught up after the summer.*");

  /* ...and so does the window when it is opened again. */
  g_clear_object (&window);
  window = vs_store_open (fx->db_path, &error);
  g_assert_no_error (error);
  notes = vs_store_list_commentary (window, indicator->id, 0, november, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_cmpstr (((VsCommentary *) g_ptr_array_index (notes, 0))->text, ==,
                   "Visits caught up after the summer.");
}

/* The other process of the test above: prints the commentary it finds. */
static void
commentary_reader (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) store = NULL;
  g_autoptr(VsIndicator) indicator = NULL;
  g_autoptr(GPtrArray) notes = NULL;

  if (!g_test_subprocess ())
    {
      g_test_skip ("run by /cli/shared/commentary-after-other-process");
      return;
    }
  store = vs_store_open (g_getenv ("VS_TEST_SHARED_DB"), &error);
  g_assert_no_error (error);
  indicator = vs_store_get_indicator_by_ref (store, "6.14", &error);
  g_assert_no_error (error);
  notes = vs_store_list_commentary (store, indicator->id, 0, VS_PERIOD_INVALID, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < notes->len; i++)
    g_print ("%s\n", ((VsCommentary *) g_ptr_array_index (notes, i))->text);
}

/* Importing the database into itself would read it outside SQLite: refused before any
 * open, by the window's importer and by the command line, naming the file. */
static void
test_import_refuses_the_database (Fixture       *fx,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) window = vs_store_open (fx->db_path, &error);
  g_autoptr(VsImportSummary) summary = NULL;
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *alias = g_build_filename (fx->dir, "figures.csv", NULL);
  const char *args[] = { "--db", fx->db_path, NULL };

  g_assert_no_error (error);
  g_assert_false (vs_import_file (window, fx->db_path, NULL, &summary, &error));
  g_assert_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_READ);
  g_assert_nonnull (strstr (error->message, "vital-signs.db is the Vital Signs database itself"));
  g_clear_error (&error);

  /* Under another name it is still the same file. */
  g_assert_cmpint (link (fx->db_path, alias), ==, 0);
  g_assert_false (vs_import_file (window, alias, NULL, &summary, &error));
  g_assert_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_READ);
  g_clear_error (&error);
  g_clear_object (&window);

  g_assert_cmpint (cli_test_run (args, &out, &err, "import", fx->db_path, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "vital-signs.db is the Vital Signs database itself"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli/shared/undo-after-other-process", Fixture, NULL, fixture_setup,
              test_window_write_survives_other_process, fixture_teardown);
  g_test_add ("/cli/shared/commentary-after-other-process", Fixture, NULL, fixture_setup,
              test_window_commentary_survives_other_process, fixture_teardown);
  g_test_add ("/cli/shared/import-refuses-database", Fixture, NULL, fixture_setup,
              test_import_refuses_the_database, fixture_teardown);
  g_test_add_func ("/cli/shared/commentary-reader", commentary_reader);
  return g_test_run ();
}
