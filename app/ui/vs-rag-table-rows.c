/* vs-rag-table-rows.c: the RAG table's row widgets: how many fill the window
 *
 * GtkColumnView 4.8 names neither: its header is its first child, then the list whose
 * children are the rows, each holding one cell a column (vs-rag-columns.c).
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-rag-table"

#include "config.h"

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
