/* vs-window.c: the main window: sidebar of views, the dashboard, report cards, imports
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
#include "vs-import-dialog.h"
#include "vs-window-private.h"

G_DEFINE_FINAL_TYPE (VsWindow, vs_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  PROP_OPEN_ERROR,
  PROP_VIEW,
  PROP_PERIOD,
  PROP_LOCALITY,
  PROP_SELECTED_ROW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload_dashboard (VsWindow *self);
static void update_view      (VsWindow *self);

VsApplication *
_vs_window_get_application (VsWindow *self)
{
  return VS_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
}

const char *
_vs_window_locality_name (VsWindow *self)
{
  for (guint i = 0; self->localities != NULL && i < self->localities->len; i++)
    {
      const VsLocality *locality = g_ptr_array_index (self->localities, i);

      if (locality->id == self->locality_id)
        return locality->name;
    }
  return NULL;
}

/* The header's title: an indicator by its title (officers know it so), else the view. */
static char *
window_title_cb (gpointer        unused,
                 const char     *view,
                 VsIndicatorRow *row)
{
  if (row != NULL)
    return g_strdup (vs_indicator_row_get_title (row));
  if (view == NULL)
    return g_strdup ("");
  if (g_str_equal (view, "exceptions"))
    return g_strdup (_("Exceptions"));
  if (g_str_equal (view, "imports"))
    return g_strdup (_("Imports"));
  if (g_str_equal (view, "benchmarks"))
    return g_strdup (_("Benchmarks"));
  if (g_str_has_prefix (view, "area:"))
    return g_strdup (view + strlen ("area:"));
  return g_strdup (_("Overview"));
}

/* "6.14 · November 2017 · County": the ref of an open card, the month and the locality. */
static char *
window_subtitle_cb (gpointer        unused,
                    int             period,
                    const char     *locality,
                    VsIndicatorRow *row)
{
  const char *ref = row != NULL ? vs_indicator_row_get_ref (row) : NULL;
  g_autofree char *month = NULL;
  g_autofree char *subtitle = NULL;

  if (vs_period_is_valid (period))
    {
      month = vs_period_to_long_label (period);
      /* Translators: the window subtitle: "November 2017 · County" */
      subtitle = locality != NULL ? g_strdup_printf (_("%s · %s"), month, locality)
                                  : g_strdup (month);
    }
  if (ref != NULL && *ref != '\0')
    return subtitle != NULL ? g_strdup_printf (_("%s · %s"), ref, subtitle) : g_strdup (ref);
  return subtitle != NULL ? g_steal_pointer (&subtitle) : g_strdup ("");
}

static gboolean
back_visible_cb (gpointer        unused,
                 gboolean        folded,
                 VsIndicatorRow *row)
{
  return folded || row != NULL;
}

/* The selected row is the open card's: it names the window and brings the back button. */
static void
sync_selected_row (VsWindow *self)
{
  VsIndicatorRow *row = _vs_window_card_is_open (self) ? vs_report_card_get_row (self->report_card)
                                                       : NULL;

  if (g_set_object (&self->selected_row, row))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ROW]);
}

static void
on_stack_child_changed_cb (GtkStack   *stack,
                           GParamSpec *pspec,
                           VsWindow   *self)
{
  sync_selected_row (self);
}

static void
set_period (VsWindow *self,
            VsPeriod  period)
{
  if (self->period == period)
    return;
  self->period = period;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD]);
}

static void
set_locality_id (VsWindow *self,
                 gint64    id)
{
  g_autofree char *old = g_strdup (_vs_window_locality_name (self));

  self->locality_id = id;
  if (g_strcmp0 (old, _vs_window_locality_name (self)) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCALITY]);
}

static void
show_error (VsWindow     *self,
            const char   *title,
            const GError *error)
{
  /* Status pages read markup; a path or a message with "&" must show as written. */
  g_autofree char *escaped = error != NULL ? g_markup_escape_text (error->message, -1) : NULL;

  adw_status_page_set_title (self->error_page, title);
  adw_status_page_set_description (self->error_page, escaped);
  gtk_stack_set_visible_child_name (self->content_stack, "error");
}

/* ---- the period and locality pickers ---- */

static void
load_localities (VsWindow   *self,
                 const char *wanted)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) localities = vs_store_list_localities (self->store, &error);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  guint selected = 0;
  gint64 keep = self->locality_id;
  g_autofree char *old_name = NULL;

  if (localities == NULL)
    {
      show_error (self, _("Could Not Read the Localities"), error);
      return;
    }

  for (guint i = 0; i < localities->len; i++)
    {
      const VsLocality *locality = g_ptr_array_index (localities, i);

      g_strv_builder_add (names, locality->name);
      if (wanted != NULL && *wanted != '\0')
        {
          if (g_ascii_strcasecmp (locality->name, wanted) == 0)
            selected = i;
        }
      else if (keep != 0 ? locality->id == keep : locality->is_whole_authority)
        selected = i;
    }

  self->updating = TRUE;
  old_name = g_strdup (_vs_window_locality_name (self));
  g_clear_pointer (&self->localities, g_ptr_array_unref);
  self->localities = g_steal_pointer (&localities);
  strv = g_strv_builder_end (names);
  gtk_string_list_splice (self->locality_labels, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->locality_labels)),
                          (const char *const *) strv);
  gtk_drop_down_set_selected (self->locality_dropdown, selected);
  self->locality_id = self->localities->len > 0
                        ? ((VsLocality *) g_ptr_array_index (self->localities, selected))->id
                        : 0;
  if (g_strcmp0 (old_name, _vs_window_locality_name (self)) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCALITY]);
  gtk_widget_set_sensitive (GTK_WIDGET (self->locality_dropdown), self->localities->len > 1);
  self->updating = FALSE;
}

static void
load_periods (VsWindow *self,
              VsPeriod  wanted)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) periods = vs_store_list_periods (self->store, &error);
  g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  guint selected = 0;

  if (periods == NULL)
    {
      show_error (self, _("Could Not Read the Months"), error);
      return;
    }

  for (guint i = 0; i < periods->len; i++)
    {
      VsPeriod period = g_array_index (periods, VsPeriod, i);
      g_autofree char *label = vs_period_to_long_label (period);

      g_strv_builder_add (labels, label);
      if (period == wanted)
        selected = i;
    }

  self->updating = TRUE;
  g_clear_pointer (&self->periods, g_array_unref);
  self->periods = g_steal_pointer (&periods);
  strv = g_strv_builder_end (labels);
  gtk_string_list_splice (self->period_labels, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->period_labels)),
                          (const char *const *) strv);
  gtk_drop_down_set_selected (self->period_dropdown, selected);
  /* The latest month with data unless another was asked for: that is the month a
   * committee paper is being prepared for. */
  set_period (self, self->periods->len > 0 ? g_array_index (self->periods, VsPeriod, selected)
                                           : VS_PERIOD_INVALID);
  /* With no figures there is no month to choose: the pickers wait for the first import. */
  gtk_widget_set_visible (GTK_WIDGET (self->period_dropdown), self->periods->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->locality_dropdown), self->periods->len > 0);
  self->updating = FALSE;
}

static void
on_period_selected_cb (GtkDropDown *dropdown,
                       GParamSpec  *pspec,
                       VsWindow    *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  g_autofree char *iso = NULL;

  if (self->updating || self->periods == NULL || selected >= self->periods->len)
    return;
  set_period (self, g_array_index (self->periods, VsPeriod, selected));
  /* The latest month is remembered as "the latest", so that next month's import opens on
   * next month; an earlier month chosen on purpose is remembered as itself. */
  iso = selected == 0 ? g_strdup ("") : vs_period_to_iso (self->period);
  g_settings_set_string (self->settings, "last-period", iso);
  reload_dashboard (self);
}

static void
on_locality_selected_cb (GtkDropDown *dropdown,
                         GParamSpec  *pspec,
                         VsWindow    *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->updating || self->localities == NULL || selected >= self->localities->len)
    return;
  set_locality_id (self, ((VsLocality *) g_ptr_array_index (self->localities, selected))->id);
  reload_dashboard (self);
}

/* ---- the dashboard ---- */

static void
update_sidebar (VsWindow *self)
{
  GPtrArray *areas = vs_dashboard_get_areas (self->dashboard);

  vs_sidebar_set_areas (self->sidebar, areas);
  for (guint i = 0; i < areas->len; i++)
    {
      const VsArea *area = g_ptr_array_index (areas, i);
      VsRagCounts counts = vs_dashboard_count_area (self->dashboard, area->id);

      vs_sidebar_set_area_counts (self->sidebar, area->name, counts.red, counts.amber, counts.green);
    }
  vs_sidebar_set_exception_count (self->sidebar, vs_dashboard_count_exceptions (self->dashboard));
}

static void
reload_dashboard (VsWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  if (vs_period_is_valid (self->period)
      && !vs_dashboard_load (self->dashboard, self->period, self->locality_id, &error))
    {
      show_error (self, _("Could Not Read the Figures"), error);
      return;
    }
  if (!vs_period_is_valid (self->period))
    {
      /* No figures at all: the areas (perhaps from a catalogue) still list. */
      g_autoptr(GPtrArray) areas = vs_store_list_areas (self->store, NULL);

      if (areas != NULL)
        vs_sidebar_set_areas (self->sidebar, areas);
    }
  else
    update_sidebar (self);

  vs_area_view_set_has_data (self->area_view, vs_period_is_valid (self->period));
  vs_area_view_set_context (self->area_view, self->period, _vs_window_locality_name (self));

  if (_vs_window_card_is_open (self))
    {
      VsIndicatorRow *old = vs_report_card_get_row (self->report_card);
      VsIndicatorRow *row = old != NULL
        ? vs_dashboard_find_row (self->dashboard, vs_indicator_row_get_indicator (old)->id)
        : NULL;

      if (row != NULL)
        {
          vs_report_card_show (self->report_card, row, self->locality_id,
                               _vs_window_locality_name (self));
          sync_selected_row (self);
        }
      else
        _vs_window_close_card (self);
    }
  update_view (self);
}

void
vs_window_reload (VsWindow *self)
{
  g_return_if_fail (VS_IS_WINDOW (self));

  if (self->store == NULL)
    return;
  load_localities (self, NULL);
  load_periods (self, self->period);
  reload_dashboard (self);
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

/* ---- views ---- */

static void
update_view (VsWindow *self)
{
  const char *view = self->view != NULL ? self->view : "overview";

  if (self->store == NULL)
    return;
  /* Pages of their own rather than a scope of the indicators' table. */
  if (g_str_equal (view, "imports") || g_str_equal (view, "benchmarks"))
    {
      if (!_vs_window_card_is_open (self))
        gtk_stack_set_visible_child_name (self->content_stack, view);
    }
  else
    {
      if (g_str_equal (view, "exceptions"))
        vs_area_view_set_scope (self->area_view, VS_AREA_SCOPE_EXCEPTIONS, 0);
      else if (g_str_has_prefix (view, "area:"))
        {
          const VsArea *area = vs_dashboard_find_area (self->dashboard, view + strlen ("area:"));

          vs_area_view_set_scope (self->area_view, VS_AREA_SCOPE_AREA, area != NULL ? area->id : -1);
        }
      else
        vs_area_view_set_scope (self->area_view, VS_AREA_SCOPE_OVERVIEW, 0);
      if (!_vs_window_card_is_open (self))
        gtk_stack_set_visible_child_name (self->content_stack, "area");
    }
  _vs_window_update_actions (self);
}

static void
on_sidebar_selected_cb (VsSidebar  *sidebar,
                        GParamSpec *pspec,
                        VsWindow   *self)
{
  const char *view = vs_sidebar_get_selected (sidebar);

  if (view == NULL || g_strcmp0 (view, self->view) == 0)
    return;
  g_free (self->view);
  self->view = g_strdup (view);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
  g_settings_set_string (self->settings, "last-view", view);
  /* A search belongs to the list it was typed over: another view starts unfiltered, so
   * its list matches its badge in the sidebar. */
  if (!self->searching && *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0')
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_search_bar_set_search_mode (self->search_bar, FALSE);
    }
  if (_vs_window_card_is_open (self))
    _vs_window_close_card (self);
  update_view (self);
}

static void
on_sidebar_activated_cb (VsSidebar  *sidebar,
                         const char *view,
                         VsWindow   *self)
{
  if (_vs_window_card_is_open (self))
    _vs_window_close_card (self);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

gboolean
_vs_window_card_is_open (VsWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "card") == 0;
}

void
_vs_window_open_card (VsWindow       *self,
                      VsIndicatorRow *row)
{
  vs_report_card_show (self->report_card, row, self->locality_id, _vs_window_locality_name (self));
  gtk_stack_set_transition_type (self->content_stack, GTK_STACK_TRANSITION_TYPE_SLIDE_LEFT);
  gtk_stack_set_visible_child_name (self->content_stack, "card");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  sync_selected_row (self);
  _vs_window_update_actions (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->report_card));
}

void
_vs_window_close_card (VsWindow *self)
{
  VsIndicatorRow *row = vs_report_card_get_row (self->report_card);

  gtk_stack_set_transition_type (self->content_stack, GTK_STACK_TRANSITION_TYPE_SLIDE_RIGHT);
  gtk_stack_set_visible_child_name (self->content_stack,
                                    g_strcmp0 (self->view, "imports") == 0 ? "imports"
                                    : g_strcmp0 (self->view, "benchmarks") == 0 ? "benchmarks"
                                    : "area");
  _vs_window_update_actions (self);
  /* Back where the officer was: the same row, focused for the keyboard. */
  if (row != NULL)
    vs_rag_table_select_indicator (vs_area_view_get_table (self->area_view),
                                   vs_indicator_row_get_indicator (row)->id);
  gtk_widget_grab_focus (GTK_WIDGET (vs_rag_table_get_column_view (vs_area_view_get_table (self->area_view))));
}

static void
on_indicator_activated_cb (VsAreaView     *view,
                           VsIndicatorRow *row,
                           VsWindow       *self)
{
  _vs_window_open_card (self, row);
}

static void
on_search_changed_cb (GtkSearchEntry *entry,
                      VsWindow       *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  /* Searching is over indicators: from the imports or a report card, go to them. */
  if (*text != '\0' && _vs_window_card_is_open (self))
    _vs_window_close_card (self);
  if (*text != '\0' && (g_strcmp0 (self->view, "imports") == 0 ||
                        g_strcmp0 (self->view, "benchmarks") == 0))
    {
      self->searching = TRUE;
      vs_sidebar_select (self->sidebar, "overview");
      self->searching = FALSE;
    }
  vs_area_view_set_search (self->area_view, text);
}

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

  if (self->store == NULL || g_list_model_get_n_items (files) == 0)
    return NULL;
  dialog = vs_import_dialog_new (GTK_WINDOW (self), self->store, files);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_import_done_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
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

  if (list == NULL || self->store == NULL)
    return FALSE;
  items = gdk_file_list_get_files (list);
  for (GSList *l = items; l != NULL; l = l->next)
    g_list_store_append (files, l->data);
  vs_window_import_files (self, G_LIST_MODEL (files));
  return TRUE;
}

static void
unref_closure_data (gpointer  data,
                    GClosure *closure)
{
  g_object_unref (data);
}

static void
on_map_import_cb (VsWindow   *self,
                  GListModel *files)
{
  g_signal_handlers_disconnect_by_func (self, on_map_import_cb, files);
  vs_window_import_files (self, files);
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
restore_start_view (VsWindow *self)
{
  g_autofree char *last = g_settings_get_string (self->settings, "last-view");

  if (self->start_view == NULL || !vs_window_show_view (self, self->start_view))
    if (!vs_window_show_view (self, last))
      vs_window_show_view (self, "overview");
  g_clear_pointer (&self->start_view, g_free);
  /* On a narrow window the dashboard comes first; the sidebar is one step back. */
  adw_leaflet_set_visible_child (self->leaflet, self->content_box);
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
      /* Nothing to choose or search: only the menu (Preferences, About) stays. */
      gtk_widget_set_visible (GTK_WIDGET (self->period_dropdown), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->locality_dropdown), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->search_button), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->sidebar), FALSE);
      show_error (self, _("Could Not Open the Database"), self->open_error);
      _vs_window_update_actions (self);
      return;
    }

  /* Bound here rather than in the template: the start view may open a report card
   * before construction ends, when the template's bindings have not yet heard of the
   * store (notifications wait until g_object_new returns). */
  g_object_bind_property (self, "store", self->area_view, "store", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "store", self->report_card, "store", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "store", self->imports_view, "store", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "store", self->benchmarks_view, "store", G_BINDING_SYNC_CREATE);

  self->dashboard = vs_dashboard_new (self->store);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed_cb), self, 0);
  vs_area_view_set_rows (self->area_view, vs_dashboard_get_rows (self->dashboard));

  if (!vs_period_is_valid (wanted))
    {
      last_period = g_settings_get_string (self->settings, "last-period");
      if (!vs_period_parse_iso (last_period, &wanted))
        wanted = VS_PERIOD_INVALID;
    }
  if (locality == NULL)
    locality = default_locality = g_settings_get_string (self->settings, "default-locality");

  load_localities (self, locality);
  load_periods (self, wanted);
  reload_dashboard (self);
  restore_start_view (self);
}

static void
vs_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  VsWindow *self = VS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_OPEN_ERROR:
      g_value_set_boxed (value, self->open_error);
      break;
    case PROP_VIEW:
      g_value_set_string (value, self->view);
      break;
    case PROP_PERIOD:
      g_value_set_int (value, self->period);
      break;
    case PROP_LOCALITY:
      g_value_set_string (value, _vs_window_locality_name (self));
      break;
    case PROP_SELECTED_ROW:
      g_value_set_object (value, self->selected_row);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* "view", "period" and "locality" are wishes while the window is built (the command
 * line's, read once the store is); afterwards they choose as the officer would. */
static void
vs_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  VsWindow *self = VS_WINDOW (object);
  gboolean built = self->dashboard != NULL;

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_OPEN_ERROR:
      self->open_error = g_value_dup_boxed (value);
      break;
    case PROP_VIEW:
      if (built)
        vs_window_show_view (self, g_value_get_string (value));
      else
        self->start_view = g_value_dup_string (value);
      break;
    case PROP_PERIOD:
      if (built)
        vs_window_set_period (self, g_value_get_int (value));
      else
        self->period = g_value_get_int (value);
      break;
    case PROP_LOCALITY:
      if (built)
        vs_window_set_locality (self, g_value_get_string (value));
      else
        self->start_locality = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_window_dispose (GObject *object)
{
  VsWindow *self = VS_WINDOW (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
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
  g_clear_pointer (&self->view, g_free);
  g_clear_pointer (&self->start_view, g_free);
  g_clear_pointer (&self->start_locality, g_free);

  G_OBJECT_CLASS (vs_window_parent_class)->finalize (object);
}

static void
vs_window_class_init (VsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = vs_window_constructed;
  object_class->get_property = vs_window_get_property;
  object_class->set_property = vs_window_set_property;
  object_class->dispose = vs_window_dispose;
  object_class->finalize = vs_window_finalize;
  window_class->close_request = vs_window_close_request;

  /* NULL when the database could not be opened: the window then shows open-error. */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, VS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS
                         | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS
                         | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_OPEN_ERROR] =
    g_param_spec_boxed ("open-error", NULL, NULL, G_TYPE_ERROR,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS
                        | G_PARAM_EXPLICIT_NOTIFY);
  /* The sidebar's view, as vs_window_show_view() names it. */
  properties[PROP_VIEW] =
    g_param_spec_string ("view", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_STATIC_STRINGS
                         | G_PARAM_EXPLICIT_NOTIFY);
  /* The month rated (a VsPeriod). */
  properties[PROP_PERIOD] =
    g_param_spec_int ("period", NULL, NULL, G_MININT32, G_MAXINT32, VS_PERIOD_INVALID,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_STATIC_STRINGS
                      | G_PARAM_EXPLICIT_NOTIFY);
  /* The locality rated, by name. */
  properties[PROP_LOCALITY] =
    g_param_spec_string ("locality", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_STATIC_STRINGS
                         | G_PARAM_EXPLICIT_NOTIFY);
  /* The indicator whose report card is open, NULL when none is. */
  properties[PROP_SELECTED_ROW] =
    g_param_spec_object ("selected-row", NULL, NULL, VS_TYPE_INDICATOR_ROW,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (VS_TYPE_SIDEBAR);
  g_type_ensure (VS_TYPE_AREA_VIEW);
  g_type_ensure (VS_TYPE_REPORT_CARD);
  g_type_ensure (VS_TYPE_IMPORTS_VIEW);
  g_type_ensure (VS_TYPE_BENCHMARKS_VIEW);
  g_type_ensure (VS_TYPE_APPLICATION);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vitalsigns/VitalSigns/ui/vs-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, window_title);
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
  gtk_widget_class_bind_template_callback (widget_class, on_period_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_locality_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stack_child_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, window_title_cb);
  gtk_widget_class_bind_template_callback (widget_class, window_subtitle_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_visible_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_indicator_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);

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

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}

VsWindow *
vs_window_new (VsApplication *application)
{
  const char *start_view;
  const char *start_period;
  VsPeriod period;

  g_return_val_if_fail (VS_IS_APPLICATION (application), NULL);

  start_view = vs_application_get_start_view (application);
  if (g_strcmp0 (start_view, "preferences") == 0)
    start_view = NULL;   /* a dialog over the window, which opens as it was left */
  start_period = vs_application_get_start_period (application);
  if (start_period == NULL || !vs_period_parse_iso (start_period, &period))
    period = VS_PERIOD_INVALID;
  return g_object_new (VS_TYPE_WINDOW,
                       "application", application,
                       "settings", vs_application_get_settings (application),
                       "store", vs_application_get_store (application),
                       "open-error", vs_application_get_open_error (application),
                       "view", start_view,
                       "period", period,
                       "locality", vs_application_get_start_locality (application),
                       NULL);
}

gboolean
vs_window_show_view (VsWindow   *self,
                     const char *view)
{
  g_return_val_if_fail (VS_IS_WINDOW (self), FALSE);

  if (view == NULL || self->store == NULL)
    return FALSE;

  if (g_str_has_prefix (view, "indicator:"))
    {
      g_autoptr(VsIndicator) indicator = NULL;
      VsIndicatorRow *row;

      indicator = vs_store_find_indicator (self->store, view + strlen ("indicator:"), NULL);
      if (indicator == NULL)
        return FALSE;
      if (self->view == NULL || !g_str_has_prefix (self->view, "area:")
          || g_ascii_strcasecmp (self->view + strlen ("area:"), indicator->area) != 0)
        {
          g_autofree char *area = g_strconcat ("area:", indicator->area, NULL);

          vs_sidebar_select (self->sidebar, area);
        }
      row = vs_dashboard_find_row (self->dashboard, indicator->id);
      if (row == NULL)
        return FALSE;
      vs_rag_table_select_indicator (vs_area_view_get_table (self->area_view), indicator->id);
      _vs_window_open_card (self, row);
      return TRUE;
    }

  if (g_str_has_prefix (view, "import:"))
    {
      g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (view + strlen ("import:"));

      g_list_store_append (files, file);
      vs_window_show_view (self, "overview");
      /* A dialog needs its parent on screen first, or it would open beneath it. */
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        vs_window_import_files (self, G_LIST_MODEL (files));
      else
        g_signal_connect_data (self, "map", G_CALLBACK (on_map_import_cb),
                               g_steal_pointer (&files), unref_closure_data, G_CONNECT_AFTER);
      return TRUE;
    }

  if (!vs_sidebar_select (self->sidebar, view))
    return FALSE;
  if (_vs_window_card_is_open (self))
    _vs_window_close_card (self);
  return TRUE;
}

char *
vs_window_get_view (VsWindow *self)
{
  g_return_val_if_fail (VS_IS_WINDOW (self), NULL);

  if (_vs_window_card_is_open (self) && vs_report_card_get_row (self->report_card) != NULL)
    return g_strconcat ("indicator:", vs_indicator_row_get_ref (vs_report_card_get_row (self->report_card)), NULL);
  return g_strdup (self->view);
}

gboolean
vs_window_set_period (VsWindow *self,
                      VsPeriod  period)
{
  g_return_val_if_fail (VS_IS_WINDOW (self), FALSE);

  for (guint i = 0; self->periods != NULL && i < self->periods->len; i++)
    if (g_array_index (self->periods, VsPeriod, i) == period)
      {
        gtk_drop_down_set_selected (self->period_dropdown, i);
        return TRUE;
      }
  return FALSE;
}

VsPeriod
vs_window_get_period (VsWindow *self)
{
  g_return_val_if_fail (VS_IS_WINDOW (self), VS_PERIOD_INVALID);
  return self->period;
}

gboolean
vs_window_set_locality (VsWindow   *self,
                        const char *name)
{
  g_return_val_if_fail (VS_IS_WINDOW (self), FALSE);

  for (guint i = 0; self->localities != NULL && i < self->localities->len; i++)
    {
      const VsLocality *locality = g_ptr_array_index (self->localities, i);

      if (g_ascii_strcasecmp (locality->name, name) == 0)
        {
          gtk_drop_down_set_selected (self->locality_dropdown, i);
          return TRUE;
        }
    }
  return FALSE;
}
