/* test-ui-document.c: the database as a document: Open…, Save a Copy…, the recent files
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "vs-application-document.h"
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
  status = g_test_run ();

  g_spawn_sync (NULL, (char *[]) { "rm", "-rf", data_home, NULL }, NULL, G_SPAWN_SEARCH_PATH,
                NULL, NULL, NULL, NULL, NULL, NULL);
  g_free (data_home);
  return status;
}
