/* vs-rag-table-rows.c: the RAG table's row widgets: how many fill the window, and the
 * keyboard focus kept on its row when the rows are built anew
 *
 * GtkColumnView 4.8 names neither: its header is its first child, then the list whose
 * children are the rows, each holding one cell a column (vs-rag-columns.c).
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-rag-table"

#include "config.h"

#include "vs-rag-cell.h"
#include "vs-rag-table-private.h"

static GtkWidget *
header_of (VsRagTable *self)
{
  return gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
}

static GtkWidget *
list_of (VsRagTable *self)
{
  GtkWidget *header = header_of (self);

  return header != NULL ? gtk_widget_get_next_sibling (header) : NULL;
}

guint
vs_rag_table_count_rows_to_fill (VsRagTable *self)
{
  GtkWidget *header;
  GtkWidget *list;
  int height;

  g_return_val_if_fail (VS_IS_RAG_TABLE (self), 0);

  header = header_of (self);
  list = list_of (self);
  height = gtk_widget_get_height (GTK_WIDGET (self->scroller))
           - (header != NULL ? gtk_widget_get_height (header) : 0);
  /* Every row is as tall as the others: a title's cell asks for its two lines whatever
   * its text (vs-rag-cell.c). */
  for (GtkWidget *row = list != NULL ? gtk_widget_get_first_child (list) : NULL;
       row != NULL && height > 0;
       row = gtk_widget_get_next_sibling (row))
    {
      int row_height = gtk_widget_get_height (row);

      if (row_height > 0)
        return (guint) ((height + row_height - 1) / row_height) + 1;
    }
  return 0;
}

/* The indicator a row widget shows, by the list item its cells keep (vs-rag-columns.c):
 * 0 for none. */
static gint64
row_indicator (GtkWidget *row)
{
  for (GtkWidget *cell = gtk_widget_get_first_child (row); cell != NULL; cell = gtk_widget_get_next_sibling (cell))
    {
      GtkWidget *child = gtk_widget_get_first_child (cell);
      GtkListItem *item = child != NULL ? g_object_get_data (G_OBJECT (child), "vs-list-item") : NULL;
      gpointer shown = item != NULL ? gtk_list_item_get_item (item) : NULL;

      if (shown != NULL)
        return vs_indicator_item_get_indicator (VS_INDICATOR_ITEM (shown))->id;
    }
  return 0;
}

/* The indicator whose row has the keyboard focus, or 0. */
static gint64
focused_indicator (VsRagTable *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *list = list_of (self);

  if (focus == NULL || list == NULL || !gtk_widget_is_ancestor (focus, list))
    return 0;
  while (gtk_widget_get_parent (focus) != list)
    focus = gtk_widget_get_parent (focus);
  return row_indicator (focus);
}

static void
on_rows_changing_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     VsRagTable *self)
{
  /* Before GTK drops the rows: a new month or a reload brings new items for the same
   * indicators, and GTK gives the focus to whatever row now stands where the old one
   * was (another indicator, once the table is sorted by a figure), or to none. */
  if (self->refocus_id == 0)
    self->refocus_id = focused_indicator (self);
}

void
_vs_rag_table_watch_rows (VsRagTable *self,
                          GListModel *rows)
{
  if (self->rows != NULL)
    g_signal_handlers_disconnect_by_func (self->rows, on_rows_changing_cb, self);
  g_set_object (&self->rows, rows);
  /* Connected before the sorted model takes @rows, so heard before GTK rebuilds. */
  if (rows != NULL)
    g_signal_connect (rows, "items-changed", G_CALLBACK (on_rows_changing_cb), self);
}

void
_vs_rag_table_restore_focus (VsRagTable *self)
{
  gint64 id = self->refocus_id;
  GtkWidget *list = list_of (self);
  GtkRoot *root;
  GtkWidget *view;
  GtkWidget *focus;

  self->refocus_id = 0;
  if (id == 0 || list == NULL)
    return;
  /* Only from within the table, from a widget holding it, or from nowhere (GTK leaves
   * the focus on the row it dropped, out of the window): never from where the officer
   * went since. */
  view = GTK_WIDGET (self->column_view);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (focus != NULL && gtk_widget_get_root (focus) != NULL && focus != view
      && !gtk_widget_is_ancestor (focus, view) && !gtk_widget_is_ancestor (view, focus))
    return;
  /* GTK builds the rows about those in view: the indicator's, if it is among them,
   * takes the focus (and its list scrolls to it); else the table keeps it. */
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (row_indicator (row) == id && gtk_widget_grab_focus (row))
      return;
  gtk_widget_grab_focus (view);
}
