/* test-ui-about.c: the application's icon is found from the build tree, as the About window
 * needs it under `make run`
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vs-ui-test.h"

#define ICON_RESOURCE "resource:///io/github/vitalsigns/VitalSigns/icons/scalable/apps/"

/* The icon must come from the application's resources: an installed copy in hicolor
 * would hide that an uninstalled build has none. */
static void
assert_icon_from_resources (const char *name)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  g_autoptr(GtkIconPaintable) icon = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *expected = g_strconcat (ICON_RESOURCE, name, ".svg", NULL);

  g_assert_true (gtk_icon_theme_has_icon (theme, name));
  icon = gtk_icon_theme_lookup_icon (theme, name, NULL, 128, 1, GTK_TEXT_DIR_LTR, 0);
  file = gtk_icon_paintable_get_file (icon);
  g_assert_nonnull (file);
  uri = g_file_get_uri (file);
  g_assert_cmpstr (uri, ==, expected);
}

static gboolean
about_shown (gpointer data)
{
  AdwAboutWindow **about = data;
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_ABOUT_WINDOW (window) && gtk_widget_get_mapped (GTK_WIDGET (window)))
        {
          *about = ADW_ABOUT_WINDOW (window);
          return TRUE;
        }
    }
  return FALSE;
}

static void
test_about_icon (VsUiFixture  *f,
                 gconstpointer data)
{
  AdwAboutWindow *about = NULL;

  assert_icon_from_resources (APP_ID);
  assert_icon_from_resources (APP_ID "-symbolic");

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "about", NULL);
  g_assert_true (vs_ui_test_wait_until (about_shown, &about, 10000));
  g_assert_cmpstr (adw_about_window_get_application_icon (about), ==, APP_ID);
  gtk_window_destroy (GTK_WINDOW (about));
  vs_ui_test_settle ();
}

int
main (int    argc,
      char **argv)
{
  vs_ui_test_init (&argc, &argv);

  g_test_add ("/ui/about/icon", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_about_icon, vs_ui_fixture_teardown);

  return g_test_run ();
}
