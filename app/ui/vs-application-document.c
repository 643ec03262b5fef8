/* vs-application-document.c: the database as a document: Open…, recent files, Save a Copy…
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-application"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "vs-application-document.h"
#include "vs-demo.h"
#include "vs-window.h"

void
vs_application_add_recent (const char *path)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  GtkRecentData data = {
    .mime_type = (char *) VS_DATABASE_MIME_TYPE,
    .app_name = (char *) g_get_application_name (),
    .app_exec = (char *) "vital-signs %f",
  };

  if (uri != NULL)
    gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static void
show_error (VsApplication *self,
            const char    *heading,
            const GError  *error)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

char *
vs_application_demo_path (void)
{
  g_autofree char *db = vs_store_default_path ();
  g_autofree char *dir = g_path_get_dirname (db);

  return g_build_filename (dir, "demo.vsdb", NULL);
}

gboolean
vs_application_fill_demo (VsStore  *store,
                          GError  **error)
{
  const char *dir = vs_demo_find_dir ();

  if (vs_store_is_read_only (store) || !vs_store_is_empty (store))
    return TRUE;
  if (dir == NULL || !vs_demo_load (store, dir, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     _("The demo data could not be found"));
      g_prefix_error (error, _("Could not load the demo data: "));
      return FALSE;
    }
  return TRUE;
}

static VsWindow *
find_window (VsApplication *self,
             const char    *path)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      g_autoptr(VsStore) store = NULL;

      if (!VS_IS_WINDOW (l->data))
        continue;
      g_object_get (l->data, "store", &store, NULL);
      if (store != NULL && vs_store_is_own_file (store, path))
        return l->data;
    }
  return NULL;
}

VsWindow *
vs_application_open_database (VsApplication *self,
                              const char    *path,
                              gboolean       demo)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) store = NULL;
  VsWindow *window;

  g_return_val_if_fail (VS_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  /* One window a file: a second store on the same file would only wait on the first's locks. */
  window = find_window (self, path);
  if (window == NULL)
    {
      store = demo ? vs_store_open_full (path, VS_STORE_OPEN_CREATE_FOLDER, &error)
                   : vs_store_open (path, &error);
      if (store == NULL || (demo && !vs_application_fill_demo (store, &error)))
        {
          show_error (self, _("Could Not Open the Database"), error);
          return NULL;
        }
      window = vs_window_new_for_store (self, store);
    }
  if (!demo)
    vs_application_add_recent (path);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static GtkFileChooserNative *
new_chooser (VsApplication        *self,
             const char           *title,
             GtkFileChooserAction  action,
             const char           *accept)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (title, parent, action, accept, _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Vital Signs databases"));
  gtk_file_filter_add_mime_type (filter, VS_DATABASE_MIME_TYPE);
  /* Uninstalled (make run) the mime type is unknown; the names still find the files. */
  gtk_file_filter_add_suffix (filter, "vsdb");
  gtk_file_filter_add_suffix (filter, "db");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  return chooser;
}

static void
on_open_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);
          g_autofree char *path = g_file_get_path (file);

          if (path != NULL)
            vs_application_open_database (user_data, path, FALSE);
        }
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
open_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  VsApplication *self = user_data;
  GtkFileChooserNative *chooser = new_chooser (self, _("Open Database"),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"));

  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_recent_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  vs_application_open_database (user_data, g_variant_get_string (parameter, NULL), FALSE);
}

static void
open_demo_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  g_autofree char *path = vs_application_demo_path ();

  vs_application_open_database (user_data, path, TRUE);
}

static void
on_save_copy_response_cb (GtkNativeDialog *chooser,
                          int              response,
                          VsApplication   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) error = NULL;
      VsStore *store = vs_application_get_active_store (self);

      if (path == NULL)
        g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                     _("A copy can only be saved to a local folder."));
      if (store == NULL && error == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                             _("No database is open."));
      if (error == NULL && vs_store_save_copy (store, path, &error))
        vs_application_add_recent (path);
      if (error != NULL)
        show_error (self, _("The Copy Was Not Saved"), error);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
save_copy_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  VsApplication *self = user_data;
  GtkFileChooserNative *chooser = new_chooser (self, _("Save a Copy"),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"));
  VsStore *store = vs_application_get_active_store (self);
  g_autofree char *name = NULL;

  if (store != NULL)
    {
      g_autofree char *base = g_path_get_basename (vs_store_get_path (store));
      char *dot = strrchr (base, '.');

      if (dot != NULL && dot != base)
        *dot = '\0';
      /* Translators: the proposed name of a copy; %s is the database's name. */
      name = g_strdup_printf (_("%s (copy).vsdb"), base);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_copy_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static const GActionEntry document_actions[] = {
  { "open", open_activated },
  { "open-recent", open_recent_activated, "s" },
  { "save-copy", save_copy_activated },
  { "open-demo", open_demo_activated },
};

void
vs_application_add_document_actions (VsApplication *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), document_actions,
                                   G_N_ELEMENTS (document_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.open",
                                         (const char *[]) { "<Control><Shift>o", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.save-copy",
                                         (const char *[]) { "<Control><Shift>s", NULL });
}

/* The "Recent" submenu of a window's main menu: the databases opened or saved lately,
 * newest first, kept up to date while the window is open. */
#define RECENT_MAX 8

static gint
compare_visited (gconstpointer a,
                 gconstpointer b)
{
  GDateTime *ta = gtk_recent_info_get_visited (*(GtkRecentInfo **) a);
  GDateTime *tb = gtk_recent_info_get_visited (*(GtkRecentInfo **) b);

  return g_date_time_compare (tb, ta);
}

static void
fill_recent (GMenu *menu)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  g_autoptr(GPtrArray) ours = g_ptr_array_new ();

  for (GList *l = items; l != NULL; l = l->next)
    if (g_strcmp0 (gtk_recent_info_get_mime_type (l->data), VS_DATABASE_MIME_TYPE) == 0 &&
        gtk_recent_info_is_local (l->data) && gtk_recent_info_exists (l->data))
      g_ptr_array_add (ours, l->data);
  g_ptr_array_sort (ours, compare_visited);

  g_menu_remove_all (menu);
  for (guint i = 0; i < ours->len && i < RECENT_MAX; i++)
    {
      GtkRecentInfo *info = ours->pdata[i];
      g_autofree char *path = g_filename_from_uri (gtk_recent_info_get_uri (info), NULL, NULL);
      g_autoptr(GMenuItem) item = NULL;

      if (path == NULL)
        continue;
      item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);
      g_menu_item_set_action_and_target (item, "app.open-recent", "s", path);
      g_menu_append_item (menu, item);
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

void
vs_application_document_track_recent (GMenu *menu)
{
  g_return_if_fail (G_IS_MENU (menu));

  fill_recent (menu);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (fill_recent), menu, G_CONNECT_SWAPPED);
}
