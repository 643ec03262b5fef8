/* vs-window.c: the main window: its properties, its life, the dashboard it reloads
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-window"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "vs-a11y.h"
#include "vs-application-document.h"
#include "vs-window-private.h"

G_DEFINE_FINAL_TYPE (VsWindow, vs_window, ADW_TYPE_APPLICATION_WINDOW)

void
_vs_window_show_error (VsWindow     *self,
                       const char   *title,
                       const GError *error)
{
  /* Status pages read markup; a path or a message with "&" must show as written. */
  g_autofree char *escaped = error != NULL ? g_markup_escape_text (error->message, -1) : NULL;

  adw_status_page_set_title (self->error_page, title);
  adw_status_page_set_description (self->error_page, escaped);
  _vs_window_set_selected_row (self, NULL);
  _vs_window_set_boolean (self, &self->failed, VS_WINDOW_PROP_FAILED, TRUE);
}

/* ---- the dashboard ---- */

void
_vs_window_reload_dashboard (VsWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  if (vs_period_is_valid (self->period)
      && !vs_dashboard_load (self->dashboard, self->period, self->locality_id, &error))
    {
      _vs_window_show_error (self, _("Could Not Read the Figures"), error);
      return;
    }
  _vs_window_set_boolean (self, &self->failed, VS_WINDOW_PROP_FAILED, FALSE);
  _vs_window_set_boolean (self, &self->empty, VS_WINDOW_PROP_EMPTY, vs_store_is_empty (self->store));

  if (_vs_window_card_is_open (self))
    {
      VsIndicatorItem *old = self->selected_row;
      VsIndicatorItem *row = old != NULL
        ? vs_dashboard_find_row (self->dashboard, vs_indicator_item_get_indicator (old)->id)
        : NULL;

      if (row != NULL)
        _vs_window_set_selected_row (self, row);
      else
        _vs_window_close_card (self);
    }
}

void
vs_window_reload (VsWindow *self)
{
  g_return_if_fail (VS_IS_WINDOW (self));

  if (self->store == NULL)
    return;
  if (self->loading)
    {
      _vs_window_load_now (self);
      return;
    }
  _vs_window_load_localities (self, NULL);
  _vs_window_load_periods (self, self->period);
  _vs_window_reload_dashboard (self);
  vs_imports_view_reload (self->imports_view);
  vs_benchmarks_view_reload (self->benchmarks_view);
}

static gboolean
on_reload_idle_cb (gpointer user_data)
{
  VsWindow *self = user_data;

  self->reload_id = 0;
  vs_window_reload (self);
  return G_SOURCE_REMOVE;
}

/* Several writes (an import, then its log) arrive as one reload. */
static void
on_store_changed_cb (VsStore  *store,
                     VsWindow *self)
{
  if (self->reload_id == 0)
    self->reload_id = g_idle_add (on_reload_idle_cb, self);
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            VsWindow      *self)
{
  GdkFileList *list = g_value_get_boxed (value);
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
  g_autoptr(GSList) items = NULL;

  if (list == NULL || !_vs_window_can_write (self))
    return FALSE;
  items = gdk_file_list_get_files (list);
  for (GSList *l = items; l != NULL; l = l->next)
    g_list_store_append (files, l->data);
  vs_window_import_files (self, G_LIST_MODEL (files));
  return TRUE;
}

void
vs_window_toast (VsWindow   *self,
                 const char *message)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (VS_IS_WINDOW (self));

  escaped = g_markup_escape_text (message, -1);   /* toasts read markup */
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

/* ---- the window's life ---- */

static gboolean
vs_window_close_request (GtkWindow *window)
{
  VsWindow *self = VS_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (!gtk_window_is_maximized (window))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (vs_window_parent_class)->close_request (window);
}

static void
vs_window_constructed (GObject *object)
{
  VsWindow *self = VS_WINDOW (object);
  g_autofree char *last_period = NULL;
  g_autofree char *default_locality = NULL;
  g_autofree char *start_locality = g_steal_pointer (&self->start_locality);
  const char *locality = start_locality;
  VsPeriod wanted = self->period;

  G_OBJECT_CLASS (vs_window_parent_class)->constructed (object);

  g_return_if_fail (G_IS_SETTINGS (self->settings));

  self->period = VS_PERIOD_INVALID;
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  if (self->store == NULL)
    {
      /* Nothing to choose or search (vs-window.ui): only the menu (Preferences, About)
       * stays. */
      _vs_window_show_error (self, _("Could Not Open the Database"), self->open_error);
      _vs_window_actions_follow_state (self);
      return;
    }

  /* The template's bindings hear of the store and the dashboard once construction ends:
   * nothing reads them before the figures load, after the first frame. */
  self->dashboard = vs_dashboard_new (self->store);
  g_object_notify_by_pspec (object, _vs_window_properties[VS_WINDOW_PROP_DASHBOARD]);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed_cb), self, 0);
  _vs_window_actions_follow_state (self);

  if (!vs_period_is_valid (wanted))
    {
      last_period = g_settings_get_string (self->settings, "last-period");
      if (!vs_period_parse_iso (last_period, &wanted))
        wanted = VS_PERIOD_INVALID;
    }
  if (locality == NULL)
    locality = default_locality = g_settings_get_string (self->settings, "default-locality");

  _vs_window_load_localities (self, locality);
  _vs_window_load_periods (self, wanted);
  _vs_window_load_after_first_frame (self);
}

static void
vs_window_dispose (GObject *object)
{
  VsWindow *self = VS_WINDOW (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  g_clear_handle_id (&self->load_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_WINDOW);
  g_clear_object (&self->selected_row);

  G_OBJECT_CLASS (vs_window_parent_class)->dispose (object);
}

static void
vs_window_finalize (GObject *object)
{
  VsWindow *self = VS_WINDOW (object);

  g_clear_object (&self->dashboard);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_error (&self->open_error);
  g_clear_pointer (&self->periods, g_array_unref);
  g_clear_pointer (&self->localities, g_ptr_array_unref);
  g_clear_pointer (&self->view, vs_view_free);
  g_clear_pointer (&self->start_view, vs_view_free);
  g_clear_pointer (&self->start_locality, g_free);
  g_clear_pointer (&self->pending_indicator, g_free);
  g_clear_pointer (&self->search_text, g_free);

  G_OBJECT_CLASS (vs_window_parent_class)->finalize (object);
}

static void
vs_window_class_init (VsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = vs_window_constructed;
  object_class->dispose = vs_window_dispose;
  object_class->finalize = vs_window_finalize;
  window_class->close_request = vs_window_close_request;

  _vs_window_class_properties_init (object_class);

  g_type_ensure (VS_TYPE_SIDEBAR);
  g_type_ensure (VS_TYPE_AREA_VIEW);
  g_type_ensure (VS_TYPE_REPORT_CARD);
  g_type_ensure (VS_TYPE_IMPORTS_VIEW);
  g_type_ensure (VS_TYPE_BENCHMARKS_VIEW);
  g_type_ensure (VS_TYPE_APPLICATION);
  g_type_ensure (VS_TYPE_WELCOME_PAGE);
  g_type_ensure (VS_TYPE_READ_ONLY_BANNER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vitalsigns/VitalSigns/ui/vs-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, document_title);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, read_only_banner);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, locality_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, recent_menu);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, area_view);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, report_card);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, imports_view);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, benchmarks_view);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, period_labels);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, locality_labels);

  _vs_window_class_pickers_init (widget_class);
  _vs_window_class_views_init (widget_class);
  _vs_window_class_actions_init (widget_class);
}

static void
vs_window_init (VsWindow *self)
{
  GtkDropTarget *drop;

  self->period = VS_PERIOD_INVALID;
  gtk_widget_init_template (GTK_WIDGET (self));
  vs_a11y_name_drop_down (self->period_dropdown,
                          gtk_widget_get_tooltip_text (GTK_WIDGET (self->period_dropdown)));
  vs_a11y_name_drop_down (self->locality_dropdown,
                          gtk_widget_get_tooltip_text (GTK_WIDGET (self->locality_dropdown)));
  vs_application_document_track_recent (self->recent_menu);
  _vs_window_add_capture_shortcuts (self);

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}

VsWindow *
vs_window_new (VsApplication *application)
{
  VsWindow *self;
  const char *start_period;
  VsPeriod period;

  g_return_val_if_fail (VS_IS_APPLICATION (application), NULL);

  start_period = vs_application_get_start_period (application);
  if (start_period == NULL || !vs_period_parse_iso (start_period, &period))
    period = VS_PERIOD_INVALID;
  self = g_object_new (VS_TYPE_WINDOW,
                       "application", application,
                       "settings", vs_application_get_settings (application),
                       "store", vs_application_get_store (application),
                       "open-error", vs_application_get_open_error (application),
                       "view", vs_application_get_start_view (application),
                       "period", period,
                       "locality", vs_application_get_start_locality (application),
                       NULL);
  /* Once the application is known: "application" is set after construction. */
  _vs_window_show_document (self);
  return self;
}


VsWindow *
vs_window_new_for_store (VsApplication *application,
                         VsStore       *store)
{
  VsWindow *self;

  g_return_val_if_fail (VS_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (VS_IS_STORE (store), NULL);

  self = g_object_new (VS_TYPE_WINDOW,
                       "application", application,
                       "settings", vs_application_get_settings (application),
                       "store", store,
                       NULL);
  _vs_window_show_document (self);
  return self;
}
