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
window_title_cb (gpointer         unused,
                 VsView          *view,
                 VsIndicatorItem *row)
{
  if (row != NULL)
    return g_strdup (vs_indicator_item_get_title (row));
  if (view == NULL)
    return g_strdup ("");
  switch (view->kind)
    {
    case VS_VIEW_OVERVIEW:
      return g_strdup (_("Overview"));
    case VS_VIEW_EXCEPTIONS:
      return g_strdup (_("Exceptions"));
    case VS_VIEW_AREA:
      return g_strdup (view->area);
    case VS_VIEW_IMPORTS:
      return g_strdup (_("Imports"));
    case VS_VIEW_BENCHMARKS:
      return g_strdup (_("Benchmarks"));
    }
  g_return_val_if_reached (NULL);
}

/* The stack page of a view: the imports and the benchmarks have pages of their own,
 * the other views are scopes of the indicators' table. */
static const char *
page_of_view (VsViewKind kind)
{
  switch (kind)
    {
    case VS_VIEW_IMPORTS:
      return "imports";
    case VS_VIEW_BENCHMARKS:
      return "benchmarks";
    case VS_VIEW_OVERVIEW:
    case VS_VIEW_EXCEPTIONS:
    case VS_VIEW_AREA:
      return "area";
    }
  g_return_val_if_reached ("area");
}

/* Searching is over the indicators' table: pages of their own have none. */
static gboolean
showing_own_page (VsWindow *self)
{
  return self->view != NULL && !g_str_equal (page_of_view (self->view->kind), "area");
}

/* "6.14 · November 2017 · County": the ref of an open card, the month and the locality. */
static char *
window_subtitle_cb (gpointer         unused,
                    int              period,
                    const char      *locality,
                    VsIndicatorItem *row)
{
  const char *ref = row != NULL ? vs_indicator_item_get_ref (row) : NULL;
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
has_store_cb (gpointer  unused,
              VsStore  *store)
{
  return store != NULL;
}

static gboolean
read_only_cb (gpointer  unused,
              VsStore  *store)
{
  return store != NULL && vs_store_is_read_only (store);
}

static gboolean
back_visible_cb (gpointer         unused,
                 gboolean         folded,
                 VsIndicatorItem *row)
{
  return folded || row != NULL;
}

/* The selected row is the open card's: the card shows it, the content shows the card,
 * and it names the window and brings the back button (vs-window.ui). */
void
_vs_window_set_selected_row (VsWindow        *self,
                             VsIndicatorItem *row)
{
  if (g_set_object (&self->selected_row, row))
    g_object_notify_by_pspec (G_OBJECT (self), _vs_window_properties[VS_WINDOW_PROP_SELECTED_ROW]);
}

/* The content's page: what stands for the views first (an error, the spinner), then an
 * open report card, then the view's own page; an empty database welcomes rather than
 * showing an empty table. */
static char *
content_page_cb (gpointer         unused,
                 gboolean         failed,
                 gboolean         loading,
                 VsIndicatorItem *row,
                 VsView          *view,
                 gboolean         empty)
{
  const char *page = page_of_view (view != NULL ? view->kind : VS_VIEW_OVERVIEW);

  if (failed)
    return g_strdup ("error");
  if (loading)
    return g_strdup ("loading");
  if (row != NULL)
    return g_strdup ("card");
  if (g_str_equal (page, "area") && empty)
    return g_strdup ("welcome");
  return g_strdup (page);
}

static void
on_sidebar_selected_cb (VsSidebar  *sidebar,
                        GParamSpec *pspec,
                        VsWindow   *self)
{
  const VsView *view = vs_sidebar_get_selected (sidebar);
  g_autofree char *name = NULL;

  if (view == NULL || vs_view_equal (view, self->view))
    return;
  vs_view_free (self->view);
  self->view = vs_view_copy (view);
  /* The officer's choice, not the sidebar's first one while the figures load (the
   * overview, as it lists its areas): that would replace the view to restore. */
  if (!self->loading)
    {
      name = vs_view_to_string (view);
      g_settings_set_string (self->settings, "last-view", name);
    }
  /* A search belongs to the list it was typed over: another view starts unfiltered, so
   * its list matches its badge in the sidebar. */
  if (!self->searching && *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0')
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_search_bar_set_search_mode (self->search_bar, FALSE);
    }
  if (_vs_window_card_is_open (self))
    _vs_window_close_card (self);
  g_object_notify_by_pspec (G_OBJECT (self), _vs_window_properties[VS_WINDOW_PROP_VIEW]);
}

static void
on_sidebar_activated_cb (VsSidebar    *sidebar,
                         const VsView *view,
                         VsWindow     *self)
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
_vs_window_open_card (VsWindow        *self,
                      VsIndicatorItem *row)
{
  gtk_stack_set_transition_type (self->content_stack, GTK_STACK_TRANSITION_TYPE_SLIDE_LEFT);
  _vs_window_set_selected_row (self, row);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  gtk_widget_grab_focus (GTK_WIDGET (self->report_card));
}

void
_vs_window_close_card (VsWindow *self)
{
  g_autoptr(VsIndicatorItem) row = self->selected_row != NULL ? g_object_ref (self->selected_row) : NULL;

  gtk_stack_set_transition_type (self->content_stack, GTK_STACK_TRANSITION_TYPE_SLIDE_RIGHT);
  _vs_window_set_selected_row (self, NULL);
  /* Back where the officer was: the same row, focused for the keyboard. */
  if (row != NULL)
    vs_rag_table_select_indicator (vs_area_view_get_table (self->area_view),
                                   vs_indicator_item_get_indicator (row)->id);
  gtk_widget_grab_focus (GTK_WIDGET (vs_rag_table_get_column_view (vs_area_view_get_table (self->area_view))));
}

static void
on_indicator_activated_cb (VsAreaView      *view,
                           VsIndicatorItem *row,
                           VsWindow        *self)
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
  if (*text != '\0' && showing_own_page (self))
    {
      g_autoptr(VsView) overview = vs_view_new (VS_VIEW_OVERVIEW, NULL);

      self->searching = TRUE;
      vs_sidebar_select (self->sidebar, overview);
      self->searching = FALSE;
    }
  if (g_strcmp0 (self->search_text, text) != 0)
    {
      g_free (self->search_text);
      self->search_text = g_strdup (text);
      g_object_notify_by_pspec (G_OBJECT (self), _vs_window_properties[VS_WINDOW_PROP_SEARCH_TEXT]);
    }
}

void
_vs_window_restore_start_view (VsWindow *self)
{
  g_autofree char *last_name = g_settings_get_string (self->settings, "last-view");
  g_autoptr(VsView) last = vs_view_parse (last_name);
  g_autoptr(VsView) overview = vs_view_new (VS_VIEW_OVERVIEW, NULL);

  if (self->start_view == NULL || !vs_window_show_view (self, self->start_view))
    if (last == NULL || !vs_window_show_view (self, last))
      vs_window_show_view (self, overview);
  g_clear_pointer (&self->start_view, vs_view_free);
  /* On a narrow window the dashboard comes first; the sidebar is one step back. */
  adw_leaflet_set_visible_child (self->leaflet, self->content_box);
}

gboolean
vs_window_show_view (VsWindow     *self,
                     const VsView *view)
{
  g_return_val_if_fail (VS_IS_WINDOW (self), FALSE);

  if (view == NULL || self->store == NULL)
    return FALSE;
  if (!vs_sidebar_select (self->sidebar, view))
    return FALSE;
  if (_vs_window_card_is_open (self))
    _vs_window_close_card (self);
  return TRUE;
}

gboolean
vs_window_open_indicator (VsWindow   *self,
                          const char *ref)
{
  g_autoptr(VsIndicator) indicator = NULL;
  VsIndicatorItem *row;

  g_return_val_if_fail (VS_IS_WINDOW (self), FALSE);

  if (ref == NULL || self->store == NULL)
    return FALSE;
  if (self->loading)
    {
      /* Opened once the figures are read. */
      g_free (self->pending_indicator);
      self->pending_indicator = g_strdup (ref);
      return TRUE;
    }
  indicator = vs_store_find_indicator (self->store, ref, NULL);
  if (indicator == NULL)
    return FALSE;
  if (self->view == NULL || self->view->kind != VS_VIEW_AREA
      || g_ascii_strcasecmp (self->view->area, indicator->area) != 0)
    {
      g_autoptr(VsView) area = vs_view_new (VS_VIEW_AREA, indicator->area);

      vs_sidebar_select (self->sidebar, area);
    }
  row = vs_dashboard_find_row (self->dashboard, indicator->id);
  if (row == NULL)
    return FALSE;
  vs_rag_table_select_indicator (vs_area_view_get_table (self->area_view), indicator->id);
  _vs_window_open_card (self, row);
  return TRUE;
}

void
_vs_window_class_views_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_indicator_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, content_page_cb);
  gtk_widget_class_bind_template_callback (widget_class, window_title_cb);
  gtk_widget_class_bind_template_callback (widget_class, window_subtitle_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_visible_cb);
  gtk_widget_class_bind_template_callback (widget_class, read_only_cb);
  gtk_widget_class_bind_template_callback (widget_class, has_store_cb);
  gtk_widget_class_bind_template_callback (widget_class, period_is_valid_cb);
}
