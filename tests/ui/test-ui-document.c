/* test-ui-document.c: the database as a document: Open…, Save a Copy…, the recent files
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include <unistd.h>

#include "vs-application-document.h"
#include "vs-preferences-window.h"
#include "vs-report-card-private.h"
#include "vs-ui-test.h"

static char *data_home;   /* XDG_DATA_HOME: the recent files live here, not the user's */

/* The actions and their keys: Ctrl+Shift+O opens, Ctrl+Shift+S saves a copy, and the
 * main menu offers both beside a Recent submenu. */
static void
test_actions_and_keys (VsUiFixture  *f,
                       gconstpointer data)
{
  g_auto(GStrv) open_keys = gtk_application_get_accels_for_action (GTK_APPLICATION (f->app),
                                                                    "app.open");
  g_auto(GStrv) copy_keys = gtk_application_get_accels_for_action (GTK_APPLICATION (f->app),
                                                                    "app.save-copy");

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (f->app), "open"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (f->app), "save-copy"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (f->app), "open-recent"));
  g_assert_cmpstr (open_keys[0], ==, "<Shift><Control>o");
  g_assert_cmpstr (copy_keys[0], ==, "<Shift><Control>s");
  g_assert_true (G_IS_MENU (f->window->recent_menu));
}

static gboolean
recent_filled (gpointer data)
{
  return g_menu_model_get_n_items (G_MENU_MODEL (data)) > 0;
}

/* A saved copy joins the recent databases, and the window's Recent submenu opens it. */
static void
test_recent_after_copy (VsUiFixture  *f,
                        gconstpointer data)
{
  g_autofree char *copy = g_build_filename (f->dir, "review.vsdb", NULL);
  g_autofree char *label = NULL, *target = NULL;
  g_autoptr(GError) error = NULL;
  GMenuModel *menu = G_MENU_MODEL (f->window->recent_menu);

  g_assert_true (vs_store_save_copy (f->store, copy, &error));
  g_assert_no_error (error);
  vs_application_add_recent (copy);

  g_assert_true (vs_ui_test_wait_until (recent_filled, menu, 5000));
  g_assert_true (g_menu_model_get_item_attribute (menu, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  g_assert_cmpstr (label, ==, "review.vsdb");
  g_assert_true (g_menu_model_get_item_attribute (menu, 0, G_MENU_ATTRIBUTE_TARGET, "s",
                                                  &target));
  g_assert_cmpstr (target, ==, copy);

  gtk_recent_manager_purge_items (gtk_recent_manager_get_default (), NULL);
}


static gboolean
window_shown (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0
         && !VS_WINDOW (data)->loading;
}

/* A new window opens on the view the officer left (the last-view setting): the sidebar
 * lists its areas as soon as the window has its store, before the figures load, and its
 * choosing the overview meanwhile must not overwrite the setting. */
static void
test_last_view (VsUiFixture  *f,
                gconstpointer data)
{
  GSettings *settings = vs_application_get_settings (f->app);
  VsWindow *second;

  g_settings_set_string (settings, "last-view", "area:Child Protection");
  second = vs_window_new_for_store (f->app, f->store);
  gtk_window_present (GTK_WINDOW (second));
  g_assert_true (vs_ui_test_wait_until (window_shown, second, 10000));
  vs_ui_test_settle ();
  g_assert_nonnull (second->view);
  g_assert_cmpint (second->view->kind, ==, VS_VIEW_AREA);
  g_assert_cmpstr (second->view->area, ==, "Child Protection");
  gtk_window_destroy (GTK_WINDOW (second));
  vs_ui_test_settle ();
}

/* The window of @app that is not @other (the one just opened), or NULL. */
static VsWindow *
other_window (GApplication *app,
              VsWindow     *other)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (l->data != (gpointer) other && VS_IS_WINDOW (l->data))
      return l->data;
  return NULL;
}

/* The first widget under @root (depth first, shown or not) bound to action @name. */
static GtkWidget *
find_actionable (GtkWidget  *root,
                 const char *name)
{
  if (GTK_IS_ACTIONABLE (root)
      && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_actionable (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The first widget of @type under @root, depth first. */
static GtkWidget *
find_type (GtkWidget *root,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* @name, a template child of the report card's section of @type in @window. */
static gpointer
card_child (VsWindow   *window,
            GType       type,
            const char *name)
{
  GtkWidget *section = find_type (GTK_WIDGET (window->report_card), type);

  g_assert_nonnull (section);
  return gtk_widget_get_template_child (section, type, name);
}

static gboolean
two_windows (gpointer app)
{
  return g_list_length (gtk_application_get_windows (app)) == 2;
}

static const char *
visible_page (VsWindow *window)
{
  return gtk_stack_get_visible_child_name (window->content_stack);
}

static void
destroy_windows (GApplication *app)
{
  GList *l;

  while ((l = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (l->data);
  vs_ui_test_settle ();
}

/* Real data first: a new default database opens empty on the welcome page; its demo
 * button opens the demo in a file of its own, named "Demo Data" in the header, and the
 * officer's database stays empty. Issue 12, item 2. */
static void
test_welcome_and_demo (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vs-ui-welcome-XXXXXX", NULL);
  g_autofree char *own = g_build_filename (dir, "own.vsdb", NULL);
  g_autofree char *demo = g_build_filename (dir, "demo.vsdb", NULL);
  g_autoptr(VsApplication) app = vs_application_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) demo_store = NULL;
  VsWindow *window, *demo_window;
  GtkWidget *label, *button;

  g_setenv ("VITAL_SIGNS_DB", own, TRUE);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_set_application_id (G_APPLICATION (app), APP_ID ".TestWelcome");
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  window = vs_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (vs_ui_test_wait_until (window_shown, window, 10000));
  vs_ui_test_settle ();
  g_assert_cmpstr (vs_store_get_path (vs_application_get_store (app)), ==, own);
  g_assert_true (vs_store_is_empty (vs_application_get_store (app)));
  g_assert_cmpstr (visible_page (window), ==, "welcome");
  g_assert_cmpstr (adw_window_title_get_subtitle (window->document_title), ==, "");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Vital Signs");

  label = vs_ui_test_find_label (GTK_WIDGET (window), "Explore the Demo Data");
  g_assert_nonnull (label);
  button = gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON);
  g_assert_true (gtk_widget_activate (button));
  /* A button activated from the keyboard clicks once its press has shown. */
  g_assert_true (vs_ui_test_wait_until (two_windows, app, 10000));

  demo_window = other_window (G_APPLICATION (app), window);
  g_assert_nonnull (demo_window);
  g_assert_true (vs_ui_test_wait_until (window_shown, demo_window, 10000));
  vs_ui_test_settle ();
  g_object_get (demo_window, "store", &demo_store, NULL);
  g_assert_cmpstr (vs_store_get_path (demo_store), ==, demo);
  g_assert_false (vs_store_is_empty (demo_store));
  g_assert_cmpstr (visible_page (demo_window), ==, "area");
  g_assert_cmpstr (adw_window_title_get_subtitle (demo_window->document_title), ==, "Demo Data");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (demo_window)), ==, "Demo Data — Vital Signs");
  g_assert_true (vs_store_is_empty (vs_application_get_store (app)));
  g_assert_cmpstr (visible_page (window), ==, "welcome");

  /* Asked again, the demo's window comes forward rather than a second one on its file. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-demo", NULL);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 2);

  g_clear_object (&demo_store);
  destroy_windows (G_APPLICATION (app));
  g_unsetenv ("VITAL_SIGNS_DB");
  g_spawn_sync (NULL, (char *[]) { "rm", "-rf", dir, NULL }, NULL, G_SPAWN_SEARCH_PATH,
                NULL, NULL, NULL, NULL, NULL, NULL);
}

/* Two files, two windows in one process, each with its own store: the second, a new
 * file, is named in its title and starts empty; the first keeps its figures. */
static void
test_two_windows (VsUiFixture  *f,
                  gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "second.vsdb", NULL);
  g_autoptr(VsStore) second_store = NULL;
  VsWindow *second;

  second = vs_application_open_database (f->app, path, FALSE);
  g_assert_nonnull (second);
  g_assert_true (second != f->window);
  g_assert_true (vs_ui_test_wait_until (window_shown, second, 10000));
  vs_ui_test_settle ();

  g_object_get (second, "store", &second_store, NULL);
  g_assert_true (second_store != f->store);
  g_assert_cmpstr (vs_store_get_path (second_store), ==, path);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (second)), ==, "second.vsdb — Vital Signs");
  g_assert_cmpstr (adw_window_title_get_subtitle (second->document_title), ==, "second.vsdb");
  g_assert_cmpstr (visible_page (second), ==, "welcome");
  g_assert_cmpstr (visible_page (f->window), ==, "area");
  g_assert_nonnull (vs_ui_test_find_row (f, "VS01"));

  /* The same file again: its window, not a third. */
  g_assert_true (vs_application_open_database (f->app, path, FALSE) == second);
  gtk_window_destroy (GTK_WINDOW (second));
  vs_ui_test_settle ();
  g_unlink (path);
}

/* A copy on a read-only stick: a banner says so, and nothing writes: no import, no undo,
 * no indicator settings, no commentary or action edits, no rating settings. */
static void
test_read_only (VsUiFixture  *f,
                gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "stick.vsdb", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) store = NULL;
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  VsWindow *window;
  VsPreferencesWindow *prefs;

  g_assert_true (vs_store_save_copy (f->store, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  store = vs_store_open (path, &error);
  g_assert_no_error (error);
  if (!vs_store_is_read_only (store))
    {
      /* root writes through any mode: the same store the stick's file would give. */
      g_test_message ("running as root: opening %s read-only by flag", path);
      g_clear_object (&store);
      store = vs_store_open_full (path, VS_STORE_OPEN_READ_ONLY, &error);
      g_assert_no_error (error);
    }
  g_assert_true (vs_store_is_read_only (store));

  window = vs_window_new_for_store (f->app, store);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (vs_ui_test_wait_until (window_shown, window, 10000));
  vs_ui_test_settle ();

  g_assert_true (vs_read_only_banner_get_revealed (window->read_only_banner));
  g_assert_false (vs_read_only_banner_get_revealed (f->window->read_only_banner));
  /* The buttons of write actions follow them: the welcome page's import, the imports
   * view's undo. */
  for (const char *const *name = (const char *const[]) { "win.import", "win.undo-import", NULL };
       *name != NULL; name++)
    {
      GtkWidget *ours = find_actionable (GTK_WIDGET (window), *name);
      GtkWidget *theirs = find_actionable (GTK_WIDGET (f->window), *name);

      g_assert_nonnull (ours);
      g_assert_false (gtk_widget_get_sensitive (ours));
      g_assert_true (gtk_widget_get_sensitive (theirs));
    }
  g_list_store_append (files, file);
  g_assert_null (vs_window_import_files (window, G_LIST_MODEL (files)));

  /* The report card reads, but does not edit. */
  g_assert_true (vs_ui_test_show (window, "indicator:6.14"));
  vs_ui_test_settle ();
  g_assert_false (gtk_text_view_get_editable (card_child (window, VS_TYPE_REPORT_CARD_COMMENTARY,
                                                          "commentary_view")));
  g_assert_false (gtk_widget_get_sensitive (card_child (window, VS_TYPE_REPORT_CARD_ACTIONS,
                                                        "add_action_button")));
  g_assert_true (gtk_widget_get_sensitive (card_child (f->window, VS_TYPE_REPORT_CARD_ACTIONS,
                                                       "add_action_button")));
  /* July's commentary beside August's is there to read, not to carry into an editor that
   * cannot save it. */
  g_assert_true (vs_window_set_period (window, vs_period_new (2017, 8)));
  vs_ui_test_settle ();
  g_assert_true (vs_ui_test_show (window, "indicator:6.14"));
  vs_ui_test_settle ();
  g_assert_true (gtk_widget_get_visible (card_child (window, VS_TYPE_REPORT_CARD_COMMENTARY,
                                                     "previous_box")));
  g_assert_false (gtk_widget_get_visible (card_child (window, VS_TYPE_REPORT_CARD_COMMENTARY,
                                                      "carry_forward_button")));

  /* Preferences from this window: its database's ratings, greyed out. */
  gtk_window_present (GTK_WINDOW (window));
  vs_ui_test_settle ();
  g_assert_true (gtk_application_get_active_window (GTK_APPLICATION (f->app)) == GTK_WINDOW (window));
  prefs = vs_preferences_window_new (f->app);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (prefs),
                                                                                       VS_TYPE_PREFERENCES_WINDOW,
                                                                                       "ratings_group"))));
  gtk_window_destroy (GTK_WINDOW (prefs));
  gtk_window_destroy (GTK_WINDOW (window));
  vs_ui_test_settle ();
  g_clear_object (&store);
  g_unlink (path);
}

int
main (int    argc,
      char **argv)
{
  int status;

  data_home = g_dir_make_tmp ("vs-ui-doc-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  vs_ui_test_init (&argc, &argv);

  g_test_add ("/ui/document/actions-and-keys", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_actions_and_keys, vs_ui_fixture_teardown);
  g_test_add ("/ui/document/recent-after-copy", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_recent_after_copy, vs_ui_fixture_teardown);
  g_test_add_func ("/ui/document/welcome-and-demo", test_welcome_and_demo);
  g_test_add ("/ui/document/last-view", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_last_view, vs_ui_fixture_teardown);
  g_test_add ("/ui/document/two-windows", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_two_windows, vs_ui_fixture_teardown);
  g_test_add ("/ui/document/read-only", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_read_only, vs_ui_fixture_teardown);
  status = g_test_run ();

  g_spawn_sync (NULL, (char *[]) { "rm", "-rf", data_home, NULL }, NULL, G_SPAWN_SEARCH_PATH,
                NULL, NULL, NULL, NULL, NULL, NULL);
  g_free (data_home);
  return status;
}
