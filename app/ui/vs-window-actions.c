/* vs-window-actions.c: the window's actions and their keyboard shortcuts
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-window-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "vs-import-dialog.h"
#include "vs-importer.h"
#include "vs-indicator-dialog.h"
#include "vs-window-private.h"

static void
on_import_done_cb (VsImportDialog *dialog,
                   GVariant       *ids,
                   const char     *message,
                   VsWindow       *self)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);   /* toasts read markup */
  AdwToast *toast = adw_toast_new (escaped);
  gboolean was_latest = gtk_drop_down_get_selected (self->period_dropdown) == 0;

  adw_toast_set_timeout (toast, 10);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  if (g_variant_n_children (ids) > 0)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo-import");
      adw_toast_set_action_target_value (toast, ids);
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  vs_window_reload (self);
  /* December's extract imported while November was the latest: show December. */
  if (was_latest && self->periods != NULL && self->periods->len > 0)
    gtk_drop_down_set_selected (self->period_dropdown, 0);
}

GtkWindow *
vs_window_import_files (VsWindow   *self,
                        GListModel *files)
{
  VsImportDialog *dialog;

  g_return_val_if_fail (VS_IS_WINDOW (self), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (files), NULL);

  if (!_vs_window_can_write (self) || g_list_model_get_n_items (files) == 0)
    return NULL;
  dialog = vs_import_dialog_new (GTK_WINDOW (self), self->store, files);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_import_done_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

/* Installed on the class, as GNOME Text Editor does, so every window has them and the
 * shortcuts window (resources/gtk/help-overlay.ui) can name them. */

static void
on_file_chooser_response_cb (GtkNativeDialog *chooser,
                             int              response,
                             VsWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));

      vs_window_import_files (self, files);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *const *patterns)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; patterns[i] != NULL; i++)
    gtk_file_filter_add_suffix (filter, patterns[i]);
  gtk_file_chooser_add_filter (chooser, filter);
}

/* GtkFileChooserNative, so that under Flatpak the portal opens the officer's own files. */
static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VsWindow *self = VS_WINDOW (widget);
  GtkFileChooserNative *chooser;
  static const char *const sheets[] = { "csv", "tsv", "txt", "xlsx", "ods", "xls", NULL };
  static const char *const all[] = { "*", NULL };

  if (!_vs_window_can_write (self))
    return;

  chooser = gtk_file_chooser_native_new (_("Import Figures"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  add_filter (GTK_FILE_CHOOSER (chooser), _("Spreadsheets and CSV files"), sheets);
  add_filter (GTK_FILE_CHOOSER (chooser), _("All files"), all);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VsWindow *self = VS_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VsWindow *self = VS_WINDOW (widget);

  if (_vs_window_card_is_open (self))
    _vs_window_close_card (self);
  else if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  g_autoptr(VsView) view = vs_view_parse (g_variant_get_string (parameter, NULL));

  vs_window_show_view (VS_WINDOW (widget), view);
}

static void
step_period (VsWindow *self,
             int       step)
{
  guint selected = gtk_drop_down_get_selected (self->period_dropdown);
  int next;

  if (self->periods == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  /* The list runs newest first: an earlier month is further down. */
  next = (int) selected - step;
  if (next >= 0 && next < (int) self->periods->len)
    gtk_drop_down_set_selected (self->period_dropdown, (guint) next);
}

static void
previous_period_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  step_period (VS_WINDOW (widget), -1);
}

static void
next_period_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  step_period (VS_WINDOW (widget), 1);
}

static void
open_indicator_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  VsWindow *self = VS_WINDOW (widget);
  VsIndicatorItem *row = vs_rag_table_get_selected (vs_area_view_get_table (self->area_view));

  if (row != NULL && !_vs_window_card_is_open (self))
    _vs_window_open_card (self, row);
}

static void
edit_indicator_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  VsWindow *self = VS_WINDOW (widget);
  VsIndicatorItem *row = _vs_window_card_is_open (self)
                          ? vs_report_card_get_row (self->report_card)
                          : vs_rag_table_get_selected (vs_area_view_get_table (self->area_view));
  GtkWindow *dialog;

  if (row == NULL || !_vs_window_can_write (self))
    return;
  dialog = GTK_WINDOW (vs_indicator_dialog_new (GTK_WINDOW (self), self->store,
                                                vs_indicator_item_get_indicator (row)));
  gtk_window_present (dialog);
}

static void
undo_import_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  VsWindow *self = VS_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gsize n = g_variant_n_children (parameter);

  if (!_vs_window_can_write (self))
    return;
  /* Newest first: an import is refused while a later one depends on it. */
  for (gsize i = n; i > 0; i--)
    {
      gint64 id;

      g_variant_get_child (parameter, i - 1, "x", &id);
      if (!vs_import_undo (self->store, id, &error))
        {
          g_autofree char *message = g_strdup_printf (_("Could not undo the import: %s"),
                                                      error->message);

          vs_window_toast (self, message);
          vs_window_reload (self);
          return;
        }
    }
  vs_window_toast (self, _("Import undone"));
  vs_window_reload (self);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  vs_window_reload (VS_WINDOW (widget));
}

/* Which actions apply follows the window's state. The database is the window's for its
 * life: what it allows is set once. */
static void
enable_for_store (VsWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_store = self->store != NULL;
  gboolean writable = _vs_window_can_write (self);

  gtk_widget_action_set_enabled (widget, "win.import", writable);
  gtk_widget_action_set_enabled (widget, "win.search", has_store);
  gtk_widget_action_set_enabled (widget, "win.show-view", has_store);
  gtk_widget_action_set_enabled (widget, "win.edit-indicator", writable);
  gtk_widget_action_set_enabled (widget, "win.undo-import", writable);
  gtk_widget_action_set_enabled (widget, "win.reload", has_store);
}

/* A report card open: the table's row is already open. */
static void
on_page_shown_cb (GtkStack   *stack,
                  GParamSpec *pspec,
                  VsWindow   *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-indicator",
                                 self->store != NULL && !_vs_window_card_is_open (self));
}

/* The months listed, newest first, and the one chosen: whether there is one before or
 * after it. */
static void
on_month_chosen_cb (GtkDropDown *dropdown,
                    GParamSpec  *pspec,
                    VsWindow    *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  guint n_periods = g_list_model_get_n_items (G_LIST_MODEL (self->period_labels));
  gboolean chosen = self->store != NULL && selected != GTK_INVALID_LIST_POSITION;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-period",
                                 chosen && selected + 1 < n_periods);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-period", chosen && selected > 0);
}

static void
on_months_listed_cb (GListModel *labels,
                     guint       position,
                     guint       removed,
                     guint       added,
                     VsWindow   *self)
{
  on_month_chosen_cb (self->period_dropdown, NULL, self);
}

void
_vs_window_actions_follow_state (VsWindow *self)
{
  enable_for_store (self);
  g_signal_connect_object (self->content_stack, "notify::visible-child-name",
                           G_CALLBACK (on_page_shown_cb), self, 0);
  g_signal_connect_object (self->period_dropdown, "notify::selected",
                           G_CALLBACK (on_month_chosen_cb), self, 0);
  g_signal_connect_object (self->period_labels, "items-changed",
                           G_CALLBACK (on_months_listed_cb), self, 0);
  on_page_shown_cb (self->content_stack, NULL, self);
  on_month_chosen_cb (self->period_dropdown, NULL, self);
  _vs_window_pack_actions_follow_state (self);
}

/* Ctrl+Page Up / Page Down step the month wherever the focus is. A class binding would
 * come last, after the focused widget: the table's scrolled window takes these keys to
 * scroll sideways. This controller sees them first, in the capture phase. */
void
_vs_window_add_capture_shortcuts (VsWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  static const struct {
    guint       key;
    const char *action;
  } keys[] = {
    { GDK_KEY_Page_Up, "win.previous-period" },
    { GDK_KEY_Page_Down, "win.next-period" },
  };

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key,
                                                                                    GDK_CONTROL_MASK),
                                                            gtk_named_action_new (keys[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

void
_vs_window_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.previous-period", NULL, previous_period_action);
  gtk_widget_class_install_action (widget_class, "win.next-period", NULL, next_period_action);
  gtk_widget_class_install_action (widget_class, "win.open-indicator", NULL, open_indicator_action);
  gtk_widget_class_install_action (widget_class, "win.edit-indicator", NULL, edit_indicator_action);
  gtk_widget_class_install_action (widget_class, "win.undo-import", "ax", undo_import_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  _vs_window_pack_actions_init (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.back", NULL);
  /* Alt+Return opens properties in GNOME; Ctrl+E is the committee pack's export. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_ALT_MASK,
                                       "win.edit-indicator", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "win.reload", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.reload", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK,
                                       "win.show-view", "s", "overview");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK,
                                       "win.show-view", "s", "exceptions");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK,
                                       "win.show-view", "s", "imports");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK,
                                       "win.show-view", "s", "benchmarks");
}
