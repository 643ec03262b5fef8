/* vs-ui-test.c: a window on a fresh demo database, for the UI tests under Xvfb
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "vs-demo.h"
#include "vs-rag-cell.h"
#include "vs-ui-test.h"

void
vs_ui_test_init (int    *argc,
                 char ***argv)
{
  g_test_init (argc, argv, NULL);
  /* The software renderer: the same pixels on every machine. GL is not used then, and not
   * even probed: Mesa's software driver, loaded only to be asked, leaks when unloaded. */
  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  g_setenv ("GDK_DEBUG", "gl-disable", TRUE);
  gtk_init ();
  adw_init ();
}

static gboolean
window_ready (gpointer data)
{
  VsUiFixture *fixture = data;

  /* Shown, and its figures read (they follow the first frame). */
  return gtk_widget_get_mapped (GTK_WIDGET (fixture->window))
         && gtk_widget_get_width (GTK_WIDGET (fixture->window)) > 0
         && !fixture->window->loading
         && !vs_area_view_is_filling (fixture->window->area_view);
}

/* The memory backend lives as long as the process: what one test's window remembered
 * (its period, its view) must not open the next one. */
static void
reset_settings (GSettings *settings)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
}

void
vs_ui_fixture_setup (VsUiFixture  *fixture,
                     gconstpointer data)
{
  static guint n_fixtures;
  g_autoptr(GError) error = NULL;
  g_autofree char *app_id = NULL;

  fixture->dir = g_dir_make_tmp ("vs-ui-test-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db_path = g_build_filename (fixture->dir, "demo.db", NULL);
  fixture->store = vs_store_open (fixture->db_path, &error);
  g_assert_no_error (error);
  g_assert_true (vs_demo_load (fixture->store, vs_demo_find_dir (), &error));
  g_assert_no_error (error);

  fixture->app = vs_application_new ();
  /* Each fixture's application is its own on the bus: not unique, and under a name and
   * object path no earlier one (still being torn down) holds. */
  g_application_set_flags (G_APPLICATION (fixture->app), G_APPLICATION_NON_UNIQUE);
  app_id = g_strdup_printf ("%s.Test%u", APP_ID, ++n_fixtures);
  g_application_set_application_id (G_APPLICATION (fixture->app), app_id);
  g_application_register (G_APPLICATION (fixture->app), NULL, &error);
  g_assert_no_error (error);
  vs_application_set_store (fixture->app, fixture->store);
  reset_settings (vs_application_get_settings (fixture->app));

  fixture->window = vs_window_new (fixture->app);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (vs_ui_test_wait_until (window_ready, fixture, 10000));
  vs_ui_test_settle ();
}

static gboolean
charts_idle (gpointer data)
{
  VsUiFixture *fixture = data;

  return !vs_chart_view_is_busy (vs_area_view_get_chart (fixture->window->area_view))
         && !vs_chart_view_is_busy (vs_report_card_get_chart (fixture->window->report_card));
}

void
vs_ui_fixture_teardown (VsUiFixture  *fixture,
                        gconstpointer data)
{
  g_autofree char *wal = NULL;
  g_autofree char *shm = NULL;

  /* A chart still being drawn holds the window; let it arrive first. */
  vs_ui_test_wait_until (charts_idle, fixture, 20000);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  vs_ui_test_settle ();
  g_clear_object (&fixture->app);
  g_clear_object (&fixture->store);

  wal = g_strconcat (fixture->db_path, "-wal", NULL);
  shm = g_strconcat (fixture->db_path, "-shm", NULL);
  g_unlink (wal);
  g_unlink (shm);
  g_unlink (fixture->db_path);
  g_rmdir (fixture->dir);
  g_free (fixture->db_path);
  g_free (fixture->dir);
}

typedef struct {
  VsUiFixture *fixture;
  int          width;
  int          height;
} Size;

/* The window's frame (its resize border, without a compositor) is inside its default
 * size, as it is inside the size a window manager gives it: a 1280x800 window is this
 * much smaller within. */
static int frame_width = -1;
static int frame_height = -1;

static gboolean
window_sized (gpointer data)
{
  Size *size = data;
  GtkWidget *window = GTK_WIDGET (size->fixture->window);

  return gtk_widget_get_width (window) == size->width - frame_width
         && gtk_widget_get_height (window) == size->height - frame_height;
}

void
vs_ui_test_resize (VsUiFixture *fixture,
                   int          width,
                   int          height)
{
  Size size = { fixture, width, height };

  if (frame_width < 0)
    {
      int default_width, default_height;

      gtk_window_get_default_size (GTK_WINDOW (fixture->window), &default_width, &default_height);
      frame_width = default_width - gtk_widget_get_width (GTK_WIDGET (fixture->window));
      frame_height = default_height - gtk_widget_get_height (GTK_WIDGET (fixture->window));
      g_assert_cmpint (frame_width, >=, 0);
      g_assert_cmpint (frame_width, <=, 40);
    }
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, height);
  g_assert_true (vs_ui_test_wait_until (window_sized, &size, 10000));
  vs_ui_test_settle ();
}

gboolean
vs_ui_test_wait_until (gboolean (*done) (gpointer data),
                       gpointer   data,
                       guint      timeout_ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (!done (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return TRUE;
}

void
vs_ui_test_settle (void)
{
  /* Pending work runs, then a couple of frames' worth of time for layout and drawing. */
  for (int round = 0; round < 3; round++)
    {
      gint64 end = g_get_monotonic_time () + 60 * 1000;

      while (g_get_monotonic_time () < end)
        if (!g_main_context_iteration (NULL, FALSE))
          g_usleep (2000);
    }
}

GtkWidget *
vs_ui_test_find_widget (GtkWidget       *root,
                        VsUiWidgetShows  shows,
                        const char      *text)
{
  if (shows (root, text))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = vs_ui_test_find_widget (child, shows, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
label_shows (GtkWidget  *widget,
             const char *text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget)
         && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static gboolean
cell_shows (GtkWidget  *widget,
            const char *text)
{
  return VS_IS_RAG_CELL (widget) && gtk_widget_get_mapped (widget)
         && g_strcmp0 (vs_rag_cell_get_text (VS_RAG_CELL (widget)), text) == 0;
}

/* By the label as written, mnemonic underscore included. */
static gboolean
button_shows (GtkWidget  *widget,
              const char *label)
{
  return GTK_IS_BUTTON (widget)
         && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

GtkWidget *
vs_ui_test_find_label (GtkWidget  *root,
                       const char *text)
{
  return vs_ui_test_find_widget (root, label_shows, text);
}

GtkWidget *
vs_ui_test_find_cell (GtkWidget  *root,
                      const char *text)
{
  return vs_ui_test_find_widget (root, cell_shows, text);
}

GtkWidget *
vs_ui_test_find_button (GtkWidget  *root,
                        const char *label)
{
  return vs_ui_test_find_widget (root, button_shows, label);
}

/* By class name, so that a test needs no header (or library) for the class it looks for:
 * GtkPrintUnixDialog lives in gtk4-unix-print. */
GtkWindow *
vs_ui_test_find_toplevel (const char *type_name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* borrowed */
  GType type = g_type_from_name (type_name);

  for (guint i = 0; type != 0 && i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (g_type_is_a (G_OBJECT_TYPE (window), type))
        return GTK_WINDOW (window);
    }
  return NULL;
}

VsIndicatorItem *
vs_ui_test_find_row (VsUiFixture *fixture,
                     const char  *ref)
{
  GListModel *shown = vs_rag_table_get_shown (vs_area_view_get_table (fixture->window->area_view));
  guint n = g_list_model_get_n_items (shown);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VsIndicatorItem) row = g_list_model_get_item (shown, i);

      if (g_strcmp0 (vs_indicator_item_get_ref (row), ref) == 0)
        return row;   /* the dashboard keeps it */
    }
  return NULL;
}

char *
vs_ui_test_write_file (VsUiFixture *f,
                       const char  *name,
                       const char  *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

VsImportDialog *
vs_ui_test_open_import (VsUiFixture *f,
                        const char  *path)
{
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWindow *dialog;

  g_list_store_append (files, file);
  dialog = vs_window_import_files (f->window, G_LIST_MODEL (files));
  g_assert_true (VS_IS_IMPORT_DIALOG (dialog));
  return VS_IMPORT_DIALOG (g_object_ref (dialog));
}

gboolean
vs_ui_test_import_checked (gpointer dialog)
{
  return vs_import_dialog_get_state (dialog) != VS_IMPORT_DIALOG_CHECKING;
}

gboolean
vs_ui_test_import_finished (gpointer dialog)
{
  VsImportDialogState state = vs_import_dialog_get_state (dialog);

  return state == VS_IMPORT_DIALOG_DONE || state == VS_IMPORT_DIALOG_FAILED;
}

static gboolean
table_filled (gpointer window)
{
  return !vs_area_view_is_filling (VS_WINDOW (window)->area_view);
}

gboolean
vs_ui_test_show (VsWindow   *window,
                 const char *text)
{
  g_autoptr(VsView) view = NULL;
  gboolean shown;

  if (g_str_has_prefix (text, "indicator:"))
    shown = vs_window_open_indicator (window, text + strlen ("indicator:"));
  else
    shown = (view = vs_view_parse (text)) != NULL && vs_window_show_view (window, view);
  /* A new table has its first rows at once and the rest after its first frame. */
  vs_ui_test_wait_until (table_filled, window, 10000);
  return shown;
}
