/* vs-window-views.c: which view the window shows: the sidebar's views, report cards, the header bound to them
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-window"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "vs-window-private.h"

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
period_is_valid_cb (gpointer unused,
                   int      period)
{
  return vs_period_is_valid (period);
}

static gboolean
back_visible_cb (gpointer        unused,
                 gboolean        folded,
                 VsIndicatorRow *row)
{
  return folded || row != NULL;
}

/* The selected row is the open card's: it names the window and brings the back button. */
void
_vs_window_sync_selected_row (VsWindow *self)
{
  VsIndicatorRow *row = _vs_window_card_is_open (self) ? vs_report_card_get_row (self->report_card)
                                                       : NULL;

  if (g_set_object (&self->selected_row, row))
    g_object_notify_by_pspec (G_OBJECT (self), _vs_window_properties[VS_WINDOW_PROP_SELECTED_ROW]);
}

static void
on_stack_child_changed_cb (GtkStack   *stack,
                           GParamSpec *pspec,
                           VsWindow   *self)
{
  _vs_window_sync_selected_row (self);
}

void
_vs_window_update_view (VsWindow *self)
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
  g_object_notify_by_pspec (G_OBJECT (self), _vs_window_properties[VS_WINDOW_PROP_VIEW]);
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
  _vs_window_update_view (self);
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
  _vs_window_sync_selected_row (self);
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
_vs_window_restore_start_view (VsWindow *self)
{
  g_autofree char *last = g_settings_get_string (self->settings, "last-view");

  if (self->start_view == NULL || !vs_window_show_view (self, self->start_view))
    if (!vs_window_show_view (self, last))
      vs_window_show_view (self, "overview");
  g_clear_pointer (&self->start_view, g_free);
  /* On a narrow window the dashboard comes first; the sidebar is one step back. */
  adw_leaflet_set_visible_child (self->leaflet, self->content_box);
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

void
_vs_window_class_views_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_indicator_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stack_child_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, window_title_cb);
  gtk_widget_class_bind_template_callback (widget_class, window_subtitle_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_visible_cb);
  gtk_widget_class_bind_template_callback (widget_class, period_is_valid_cb);
}
