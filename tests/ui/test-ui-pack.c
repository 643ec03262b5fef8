/* test-ui-pack.c: the committee pack from the window: exported in a thread, its choices
 * remembered by the database, failures shown in the dialog, and printed A4 landscape
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "vs-pack-dialog.h"
#include "vs-print-pack.h"
#include "vs-small-numbers.h"
#include "vs-store-peers.h"
#include "vs-ui-test.h"

#define NOV_17 (vs_period_new (2017, 11))

static gboolean
have_pdfinfo (void)
{
  g_autofree char *path = g_find_program_in_path ("pdfinfo");

  return path != NULL;
}

/* pdfinfo's "Pages:" and "Page size:" lines of @path. */
static void
pdfinfo (const char *path,
         guint      *pages,
         char      **size)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdfinfo", path, NULL };
  g_auto(GStrv) lines = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "Pages:"))
      *pages = (guint) g_ascii_strtoull (lines[i] + 6, NULL, 10);
    else if (g_str_has_prefix (lines[i], "Page size:") && size != NULL)
      *size = g_strdup (g_strstrip (lines[i] + 10));
}

/* The slides the model has for the window's defaults: Nov 17, the county, a card per
 * exception. */
static guint
model_slides (VsUiFixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsPackDocument) doc = NULL;
  VsPackOptions options;

  vs_pack_options_init (&options);
  options.period = NOV_17;
  doc = vs_pack_build (f->store, &options, NULL, NULL, &error);
  g_assert_no_error (error);
  return doc->slides->len;
}

static VsPackDialog *
find_dialog (void)
{
  return (VsPackDialog *) vs_ui_test_find_toplevel ("VsPackDialog");
}

static gboolean
dialog_done (gpointer data)
{
  return !vs_pack_dialog_is_running (data);
}

static void
on_exported_cb (VsPackDialog *dialog,
                GFile        *file,
                GFile       **out)
{
  *out = g_object_ref (file);
}

static void
test_export_pdf (VsUiFixture  *f,
                 gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "pack.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) exported = NULL;
  g_autoptr(VsPackDialog) dialog = NULL;
  guint pages = 0;

  if (!have_pdfinfo ())
    {
      g_test_skip ("pdfinfo (poppler-utils) is not installed");
      return;
    }
  /* Ctrl+E's action opens the dialog on the window's month and locality. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-pack", NULL));
  dialog = g_object_ref (find_dialog ());
  g_assert_nonnull (dialog);
  g_assert_cmpint (vs_pack_dialog_get_format (dialog), ==, VS_PACK_FORMAT_PDF);
  g_signal_connect (dialog, "exported", G_CALLBACK (on_exported_cb), &exported);

  vs_pack_dialog_export_to (dialog, file);
  g_assert_true (vs_pack_dialog_is_running (dialog));
  g_assert_true (vs_ui_test_wait_until (dialog_done, dialog, 120000));
  g_assert_null (vs_pack_dialog_get_error (dialog));
  g_assert_nonnull (exported);
  g_assert_true (g_file_equal (exported, file));

  pdfinfo (path, &pages, NULL);
  g_assert_cmpuint (pages, ==, model_slides (f));
  g_assert_null (find_dialog ());    /* closed once written */
}

static void
test_choices_remembered (VsUiFixture  *f,
                         gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "pack.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(VsPackDialog) dialog = NULL;
  g_autoptr(VsPackDialog) again = NULL;
  g_auto(VsPackChoices) choices = { 0 };

  dialog = g_object_ref_sink (vs_pack_dialog_new (GTK_WINDOW (f->window), f->store, NOV_17, NULL));
  vs_pack_dialog_set_format (dialog, VS_PACK_FORMAT_XLSX);
  vs_pack_dialog_export_to (dialog, file);
  g_assert_true (vs_ui_test_wait_until (dialog_done, dialog, 120000));
  g_assert_null (vs_pack_dialog_get_error (dialog));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  /* In the database, so the next officer on this data gets them too. */
  vs_pack_choices_load (&choices, f->store);
  g_assert_cmpint (choices.format, ==, VS_PACK_FORMAT_XLSX);
  g_assert_cmpint (choices.cards, ==, VS_PACK_CARDS_EXCEPTIONS);
  g_assert_cmpstr (choices.marking, ==, "OFFICIAL");
  g_assert_null (choices.areas);
  again = g_object_ref_sink (vs_pack_dialog_new (GTK_WINDOW (f->window), f->store, NOV_17, NULL));
  g_assert_cmpint (vs_pack_dialog_get_format (again), ==, VS_PACK_FORMAT_XLSX);
  gtk_window_destroy (GTK_WINDOW (again));
}

static void
test_failure_in_dialog (VsUiFixture  *f,
                        gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "no-such-folder", "pack.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(VsPackDialog) dialog = NULL;

  dialog = g_object_ref_sink (vs_pack_dialog_new (GTK_WINDOW (f->window), f->store, NOV_17, NULL));
  gtk_window_present (GTK_WINDOW (dialog));
  vs_pack_dialog_export_to (dialog, file);
  g_assert_true (vs_ui_test_wait_until (dialog_done, dialog, 120000));
  /* Shown, the dialog still open for another try, and no file. */
  g_assert_nonnull (vs_pack_dialog_get_error (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
on_built_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  VsPackJob **out = user_data;

  *out = vs_pack_job_run_finish (result, &error);
  g_assert_no_error (error);
}

static gboolean
job_done (gpointer data)
{
  return *(VsPackJob **) data != NULL;
}

static void
test_print_a4_landscape (VsUiFixture  *f,
                         gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "printed.pdf", NULL);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *size = NULL;
  VsPackChoices choices = { .cards = VS_PACK_CARDS_EXCEPTIONS };
  VsPackJob *job = NULL;
  guint pages = 0;

  if (!have_pdfinfo ())
    {
      g_test_skip ("pdfinfo (poppler-utils) is not installed");
      return;
    }
  vs_pack_job_run_async (vs_pack_job_new (f->store, NOV_17, NULL, &choices, NULL), NULL, NULL,
                         on_built_cb, &job);
  g_assert_true (vs_ui_test_wait_until (job_done, &job, 120000));
  operation = vs_print_pack_operation_new (job);
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                            NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  pdfinfo (path, &pages, &size);
  g_assert_cmpuint (pages, ==, model_slides (f));
  /* A4 landscape: 842 x 595 points. */
  g_assert_true (g_str_has_prefix (size, "841.89 x 595.276") || g_str_has_prefix (size, "842 x 595"));
}

/* The RAG cells under @root showing @text. */
static void
collect_cells (GtkWidget  *root,
               const char *text,
               GPtrArray  *cells)
{
  GtkWidget *cell = vs_ui_test_find_cell (root, text);

  if (cell == root)
    {
      g_ptr_array_add (cells, cell);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_cells (child, text, cells);
}

/* With the database's small-numbers threshold (which the pack dialog remembers), the
 * window's table hides 6.10n's counts below 10 as the pack does: the cell shows "c", and a
 * screen reader hears why. */
static void
test_small_numbers_in_table (VsUiFixture  *f,
                             gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  VsIndicatorItem *row;
  guint described = 0;

  g_assert_true (vs_ui_test_show (f->window, "area:Child Protection"));
  g_object_set (f->window->area_view, "search-text", "6.10n", NULL);
  vs_ui_test_settle ();
  /* Off by default: May 2017's 8 children shown. */
  row = vs_ui_test_find_row (f, "6.10n");
  g_assert_nonnull (row);
  g_assert_cmpuint (vs_indicator_item_get_small_below (row), ==, 0);
  collect_cells (GTK_WIDGET (f->window->area_view), "c", cells);
  g_assert_cmpuint (cells->len, ==, 0);

  g_assert_true (vs_store_begin (f->store, &error));
  g_assert_true (vs_store_set_setting (f->store, VS_SMALL_NUMBERS_SETTING, "10", &error));
  g_assert_true (vs_store_commit (f->store, &error));
  g_assert_no_error (error);
  vs_window_reload (f->window);
  vs_ui_test_settle ();

  row = vs_ui_test_find_row (f, "6.10n");
  g_assert_nonnull (row);
  g_assert_cmpuint (vs_indicator_item_get_small_below (row), ==, 10);
  collect_cells (GTK_WIDGET (f->window->area_view), "c", cells);
  g_assert_cmpuint (cells->len, >, 0);
  for (guint i = 0; i < cells->len; i++)
    for (VsRag rag = 0; rag <= VS_RAG_SUPPRESSED; rag++)
      {
        g_autofree char *label = g_strdup_printf ("c, suppressed: a count below 10, %s",
                                                  vs_rag_label (rag));
        g_autofree char *mismatch =
          gtk_test_accessible_check_property (GTK_ACCESSIBLE (g_ptr_array_index (cells, i)),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL, label);

        described += mismatch == NULL;
      }
  g_assert_cmpuint (described, ==, cells->len);
}

int
main (int   argc,
      char *argv[])
{
  /* GTK's test accessibility context keeps what a screen reader would be told, for
   * gtk_test_accessible_check_property. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  vs_ui_test_init (&argc, &argv);
  g_test_add ("/ui/pack/export-pdf", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_export_pdf, vs_ui_fixture_teardown);
  g_test_add ("/ui/pack/choices-remembered", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_choices_remembered, vs_ui_fixture_teardown);
  g_test_add ("/ui/pack/failure-in-dialog", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_failure_in_dialog, vs_ui_fixture_teardown);
  g_test_add ("/ui/pack/print-a4-landscape", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_print_a4_landscape, vs_ui_fixture_teardown);
  g_test_add ("/ui/pack/small-numbers-in-table", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_small_numbers_in_table, vs_ui_fixture_teardown);
  return g_test_run ();
}
