/* vs-area-view-pages.c: the area view's table for each scope, filled from the dashboard's
 * rows and the search, and what it says when a table is empty
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-area-view"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "vs-area-view-private.h"
#include "vs-judge.h"

void
_vs_area_view_page_free (Page *page)
{
  g_free (page->key);
  g_clear_object (&page->rows);
  g_clear_object (&page->filter);
  g_clear_object (&page->searched);
  g_clear_object (&page->shown);
  g_free (page->needle);
  g_free (page);
}

static gboolean
in_scope (Page            *page,
          VsIndicatorItem *row)
{
  switch (page->scope)
    {
    case VS_AREA_SCOPE_AREA:
      return vs_indicator_item_get_area_id (row) == page->area_id;
    case VS_AREA_SCOPE_EXCEPTIONS:
      return vs_indicator_item_is_exception (row);
    case VS_AREA_SCOPE_OVERVIEW:
      return TRUE;
    }
  g_return_val_if_reached (TRUE);
}

gboolean
_vs_area_view_search_row_cb (gpointer item,
                             gpointer user_data)
{
  Page *page = user_data;

  return vs_indicator_item_matches (VS_INDICATOR_ITEM (item), page->needle);
}

/* An empty table says why it is empty and what to do next: vs-area-view.ui binds the
 * status page to these, from the view's "has-data", "search-text" and "view". */
typedef struct {
  const char *icon;
  const char *title;
  const char *description;
  gboolean    offer_import;
} EmptyState;

static const EmptyState empty_states[] = {
  { "document-open-symbolic", N_("No Figures Yet"),
    N_("Import a monthly extract (CSV, Excel or LibreOffice) to see the dashboard. You can "
       "also drop files onto this window."), TRUE },
  { "edit-find-symbolic", N_("No Matching Indicators"),
    N_("Try a different title or reference."), FALSE },
  { "emblem-ok-symbolic", N_("No Exceptions"),
    N_("No vital sign is off target or deteriorating for this period."), FALSE },
  { "document-open-symbolic", N_("No Indicators in This Area"),
    N_("Import a file that names this service area, or a catalogue of indicator "
       "definitions."), TRUE },
};

static const EmptyState *
empty_state (gboolean      has_data,
             const char   *search_text,
             const VsView *view)
{
  if (!has_data)
    return &empty_states[0];
  if (search_text != NULL && *search_text != '\0')
    return &empty_states[1];
  if (view != NULL && view->kind == VS_VIEW_EXCEPTIONS)
    return &empty_states[2];
  return &empty_states[3];
}

static char *
empty_icon_cb (gpointer      unused,
               gboolean      has_data,
               const char   *search_text,
               const VsView *view)
{
  return g_strdup (empty_state (has_data, search_text, view)->icon);
}

static char *
empty_title_cb (gpointer      unused,
                gboolean      has_data,
                const char   *search_text,
                const VsView *view)
{
  return g_strdup (_(empty_state (has_data, search_text, view)->title));
}

static char *
empty_description_cb (gpointer      unused,
                      gboolean      has_data,
                      const char   *search_text,
                      const VsView *view)
{
  return g_strdup (_(empty_state (has_data, search_text, view)->description));
}

static gboolean
empty_offers_import_cb (gpointer      unused,
                        gboolean      has_data,
                        const char   *search_text,
                        const VsView *view)
{
  return empty_state (has_data, search_text, view)->offer_import;
}

/* The table while it has a row to show, else why not. */
static char *
page_name_cb (gpointer unused,
              guint    n_rows)
{
  return g_strdup (n_rows > 0 ? "table" : "empty");
}

void
_vs_area_view_class_pages_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, empty_icon_cb);
  gtk_widget_class_bind_template_callback (widget_class, empty_title_cb);
  gtk_widget_class_bind_template_callback (widget_class, empty_description_cb);
  gtk_widget_class_bind_template_callback (widget_class, empty_offers_import_cb);
  gtk_widget_class_bind_template_callback (widget_class, page_name_cb);
}

static int
compare_severity (gconstpointer a,
                  gconstpointer b)
{
  const VsAssessment *x = vs_indicator_item_get_assessment (*(VsIndicatorItem **) a);
  const VsAssessment *y = vs_indicator_item_get_assessment (*(VsIndicatorItem **) b);

  if (x == NULL || y == NULL)
    return (x == NULL) - (y == NULL);
  return vs_assessment_compare_severity (x, y);
}

/* Brings @page up to date with the dashboard and the search; work only when they moved. */
void
_vs_area_view_refresh_page (VsAreaView *self,
                            Page       *page)
{
  /* The months first: a new page then measures its columns once, with its rows. */
  if (page->period != self->period)
    {
      vs_rag_table_set_period (page->table, self->period);
      page->period = self->period;
    }

  if (page->generation != self->generation)
    {
      g_autoptr(GPtrArray) rows = g_ptr_array_new ();
      guint n = self->source != NULL ? g_list_model_get_n_items (self->source) : 0;
      VsIndicatorItem *selected = vs_rag_table_get_selected (page->table);
      gint64 keep = selected != NULL ? vs_indicator_item_get_indicator (selected)->id : 0;

      for (guint i = 0; i < n; i++)
        {
          VsIndicatorItem *row = g_list_model_get_item (self->source, i);

          if (in_scope (page, row))
            g_ptr_array_add (rows, row);
          g_object_unref (row);   /* the source keeps it */
        }
      /* What goes to committee, worst first, as the rules order it. */
      if (page->scope == VS_AREA_SCOPE_EXCEPTIONS)
        g_ptr_array_sort (rows, compare_severity);
      g_list_store_splice (page->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (page->rows)),
                           rows->pdata, rows->len);
      page->generation = self->generation;
      /* A new period or a saved setting keeps the officer on the same indicator. */
      if (keep != 0)
        vs_rag_table_select_indicator (page->table, keep);
    }

  if (g_strcmp0 (page->needle, self->needle) != 0)
    {
      GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

      /* Typing more only narrows the match, so GTK filters just the rows still shown. */
      if (page->needle != NULL && self->needle != NULL && strstr (self->needle, page->needle) != NULL)
        change = GTK_FILTER_CHANGE_MORE_STRICT;
      else if (self->needle == NULL
               || (page->needle != NULL && strstr (page->needle, self->needle) != NULL))
        change = GTK_FILTER_CHANGE_LESS_STRICT;
      g_free (page->needle);
      page->needle = g_strdup (self->needle);
      gtk_filter_changed (GTK_FILTER (page->filter), change);
    }

}

guint
_vs_area_view_count_first_rows (VsAreaView *self)
{
  /* Every table of the stack gets the same height: the one shown tells how many rows
   * fill the next. */
  guint n = self->page != NULL ? vs_rag_table_count_rows_to_fill (self->page->table) : 0;

  return n > 0 ? n : VS_AREA_VIEW_FIRST_ROWS;
}

static gboolean
on_show_all_idle_cb (gpointer data)
{
  GtkWidget *table = data;
  GtkSliceListModel *shown = g_object_get_data (G_OBJECT (table), "vs-shown");

  /* A table left before it got the rest gets them when it is shown again: built out of
   * sight, they would only delay the table shown now. */
  if (shown != NULL && gtk_widget_get_mapped (table))
    gtk_slice_list_model_set_size (shown, G_MAXUINT);
  return G_SOURCE_REMOVE;
}

/* After the frame, not in it: the rest of the rows make a frame of their own. */
static void
on_first_paint_cb (GdkFrameClock *clock,
                   VsRagTable    *table)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_paint_cb, table);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, on_show_all_idle_cb, g_object_ref (table),
                   g_object_unref);
}

void
_vs_area_view_show_all_rows (VsAreaView *self,
                             Page       *page)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (gtk_slice_list_model_get_size (page->shown) == G_MAXUINT)
    return;
  /* Not on screen (a window not shown yet): no frame to wait for. */
  if (clock == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      gtk_slice_list_model_set_size (page->shown, G_MAXUINT);
      return;
    }
  g_object_set_data_full (G_OBJECT (page->table), "vs-shown", g_object_ref (page->shown),
                          g_object_unref);
  g_signal_handlers_disconnect_by_func (clock, on_first_paint_cb, page->table);
  g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_first_paint_cb), page->table, 0);
  /* A table shown again may have nothing new to paint: its frame comes all the same. */
  gtk_widget_queue_draw (GTK_WIDGET (page->table));
}
