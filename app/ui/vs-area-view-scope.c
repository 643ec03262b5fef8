/* vs-area-view-scope.c: which of the area view's tables shows: the one its "view" names,
 * over the rows of its "dashboard", searched by its "search-text"
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-area-view"

#include "config.h"

#include "vs-area-view-private.h"

/* The page of the view: the overview, the exceptions or an area, found by name in the
 * dashboard (an empty page when it has no such area). The imports and the benchmarks
 * have pages of the window's own: the table stays as it was. */
static Page *
page_of_view (VsAreaView *self)
{
  VsViewKind kind = self->view != NULL ? self->view->kind : VS_VIEW_OVERVIEW;
  const VsArea *area;

  switch (kind)
    {
    case VS_VIEW_OVERVIEW:
      return _vs_area_view_ensure_page (self, VS_AREA_SCOPE_OVERVIEW, 0);
    case VS_VIEW_EXCEPTIONS:
      return _vs_area_view_ensure_page (self, VS_AREA_SCOPE_EXCEPTIONS, 0);
    case VS_VIEW_AREA:
      area = self->dashboard != NULL ? vs_dashboard_find_area (self->dashboard, self->view->area)
                                     : NULL;
      return _vs_area_view_ensure_page (self, VS_AREA_SCOPE_AREA, area != NULL ? area->id : -1);
    case VS_VIEW_IMPORTS:
    case VS_VIEW_BENCHMARKS:
      return self->page;
    }
  g_return_val_if_reached (self->page);
}

void
_vs_area_view_count_rows (VsAreaView *self)
{
  guint n = self->page != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->page->searched)) : 0;

  if (n == self->n_rows)
    return;
  self->n_rows = n;
  g_object_notify_by_pspec (G_OBJECT (self), _vs_area_view_properties[VS_AREA_VIEW_PROP_N_ROWS]);
}

/* Brings @page up to date and shows it; TRUE when it was not the page shown. */
static gboolean
show_page (VsAreaView *self,
           Page       *page)
{
  gboolean moved = page != self->page;

  if (page == NULL)
    return FALSE;
  _vs_area_view_refresh_page (self, page);
  if (moved)
    {
      self->page = page;
      gtk_stack_set_visible_child (self->tables, GTK_WIDGET (page->table));
    }
  _vs_area_view_show_all_rows (self, page);
  _vs_area_view_count_rows (self);
  return moved;
}

/* The dashboard loaded: every page is out of date, the shown one is refreshed at once
 * (perhaps another: an area the view names may only now exist), and the selected
 * indicator's chart is drawn again, new figures and all. */
static void
on_rows_changed_cb (GListModel *rows,
                    guint       position,
                    guint       removed,
                    guint       added,
                    VsAreaView *self)
{
  self->generation++;
  show_page (self, page_of_view (self));
  _vs_area_view_chart_selected (self);
}

void
_vs_area_view_set_dashboard (VsAreaView  *self,
                             VsDashboard *dashboard)
{
  if (self->dashboard == dashboard)
    return;
  if (self->source != NULL)
    g_signal_handlers_disconnect_by_func (self->source, on_rows_changed_cb, self);
  g_set_object (&self->dashboard, dashboard);
  g_clear_object (&self->source);
  if (dashboard != NULL)
    self->source = g_object_ref (vs_dashboard_get_rows (dashboard));
  if (self->source != NULL)
    g_signal_connect (self->source, "items-changed", G_CALLBACK (on_rows_changed_cb), self);
  on_rows_changed_cb (self->source, 0, 0, 0, self);
  g_object_notify_by_pspec (G_OBJECT (self), _vs_area_view_properties[VS_AREA_VIEW_PROP_DASHBOARD]);
}

void
_vs_area_view_set_view (VsAreaView   *self,
                        const VsView *view)
{
  if (vs_view_equal (self->view, view))
    return;
  g_clear_pointer (&self->view, vs_view_free);
  self->view = view != NULL ? vs_view_copy (view) : NULL;
  if (show_page (self, page_of_view (self)))
    _vs_area_view_chart_selected (self);
  g_object_notify_by_pspec (G_OBJECT (self), _vs_area_view_properties[VS_AREA_VIEW_PROP_VIEW]);
}

void
_vs_area_view_set_search_text (VsAreaView *self,
                               const char *text)
{
  if (g_strcmp0 (self->search_text, text) == 0)
    return;
  g_free (self->search_text);
  self->search_text = g_strdup (text);
  g_free (self->needle);
  self->needle = text != NULL && *text != '\0' ? g_utf8_casefold (text, -1) : NULL;
  if (self->page != NULL)
    _vs_area_view_refresh_page (self, self->page);
  _vs_area_view_count_rows (self);
  g_object_notify_by_pspec (G_OBJECT (self), _vs_area_view_properties[VS_AREA_VIEW_PROP_SEARCH_TEXT]);
}

VsRagTable *
vs_area_view_get_table (VsAreaView *self)
{
  g_return_val_if_fail (VS_IS_AREA_VIEW (self), NULL);

  /* Asked before any view was shown: the overview's. */
  if (self->page == NULL)
    show_page (self, _vs_area_view_ensure_page (self, VS_AREA_SCOPE_OVERVIEW, 0));
  return self->page->table;
}

void
_vs_area_view_scope_dispose (VsAreaView *self)
{
  if (self->source != NULL)
    g_signal_handlers_disconnect_by_func (self->source, on_rows_changed_cb, self);
  g_clear_object (&self->source);
  g_clear_object (&self->dashboard);
  g_clear_pointer (&self->view, vs_view_free);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->needle, g_free);
}
