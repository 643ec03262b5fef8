/* vs-window-pack.c: the window's committee pack actions: export, open what was written,
 * print
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-window-pack"

#include "config.h"

#include <glib/gi18n.h>

#include "vs-pack-dialog.h"
#include "vs-print-pack.h"
#include "vs-window-private.h"

static void
on_launched_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(VsWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not open the file: %s"), error->message);

      vs_window_toast (self, message);
    }
}

/* GtkFileLauncher is GTK 4.10: the default application through GIO, which goes through
 * the OpenURI portal under Flatpak. */
static void
open_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  g_autoptr(GAppLaunchContext) context =
    G_APP_LAUNCH_CONTEXT (gdk_display_get_app_launch_context (gtk_widget_get_display (widget)));

  g_app_info_launch_default_for_uri_async (g_variant_get_string (parameter, NULL), context,
                                           NULL, on_launched_cb, g_object_ref (widget));
}

static void
on_exported_cb (VsPackDialog *dialog,
                GFile        *file,
                VsWindow     *self)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  /* Translators: a toast once the committee pack is written; the file's name */
  title = g_strdup_printf (_("Committee pack saved as “%s”"), name);
  escaped = g_markup_escape_text (title, -1);   /* toasts read markup */
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-file");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  adw_toast_set_timeout (toast, 10);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  /* The dialog remembered its small-numbers threshold in the database: the tables and
   * charts show what the pack showed (vs_small_numbers_judge). */
  _vs_window_reload_dashboard (self);
}

static void
export_pack_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  VsWindow *self = VS_WINDOW (widget);
  VsPackDialog *dialog;

  if (self->store == NULL)
    return;
  dialog = vs_pack_dialog_new (GTK_WINDOW (self), self->store, self->period,
                               _vs_window_locality_name (self));
  g_signal_connect_object (dialog, "exported", G_CALLBACK (on_exported_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_pack_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  VsWindow *self = VS_WINDOW (widget);

  if (self->store == NULL)
    return;
  vs_print_pack (GTK_WINDOW (self), self->store, self->period, _vs_window_locality_name (self));
}

/* A pack needs a month of figures: the months listed say whether there is one. */
static void
on_months_listed_cb (GListModel *labels,
                     guint       position,
                     guint       removed,
                     guint       added,
                     VsWindow   *self)
{
  gboolean has_figures = self->store != NULL && g_list_model_get_n_items (labels) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pack", has_figures);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-pack", has_figures);
}

void
_vs_window_pack_actions_follow_state (VsWindow *self)
{
  g_signal_connect_object (self->period_labels, "items-changed",
                           G_CALLBACK (on_months_listed_cb), self, 0);
  on_months_listed_cb (G_LIST_MODEL (self->period_labels), 0, 0, 0, self);
}

void
_vs_window_pack_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-pack", NULL, export_pack_action);
  gtk_widget_class_install_action (widget_class, "win.print-pack", NULL, print_pack_action);
  gtk_widget_class_install_action (widget_class, "win.open-file", "s", open_file_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "win.export-pack", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print-pack", NULL);
}
