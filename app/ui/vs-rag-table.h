/* vs-rag-table.h: the 13-month RAG dashboard as a sortable column view
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "vs-indicator-item.h"

G_BEGIN_DECLS

#define VS_TYPE_RAG_TABLE (vs_rag_table_get_type ())
G_DECLARE_FINAL_TYPE (VsRagTable, vs_rag_table, VS, RAG_TABLE, GtkWidget)

GtkWidget      *vs_rag_table_new               (void);
/* Rows (VsIndicatorItem) to show; the table sorts them and keeps the selection. */
void            vs_rag_table_set_model         (VsRagTable     *self,
                                                GListModel     *rows);
/* Titles the month columns "Nov 16" .. "Nov 17" for the 13 months ending at @period. */
void            vs_rag_table_set_period        (VsRagTable     *self,
                                                VsPeriod        period);
void            vs_rag_table_set_show_reasons  (VsRagTable     *self,
                                                gboolean        show);
void            vs_rag_table_show_latest       (VsRagTable     *self);
VsIndicatorItem *vs_rag_table_get_selected     (VsRagTable     *self);
gboolean        vs_rag_table_select_indicator  (VsRagTable     *self,
                                                gint64          indicator_id);
/* How many rows of this table's height fill its window as it is now shown, with one to
 * spare; 0 before it has shown a row. */
guint           vs_rag_table_count_rows_to_fill (VsRagTable    *self);
/* The rows in the order shown, for tests. */
GListModel     *vs_rag_table_get_shown         (VsRagTable     *self);
GtkColumnView  *vs_rag_table_get_column_view   (VsRagTable     *self);
/* Whether the columns wait to be fitted to a new width (they are, from idle): for tests. */
gboolean        vs_rag_table_is_fitting        (VsRagTable     *self);
/* The header of shown month @month (0 .. 12): "Nov 16". */
const char     *vs_rag_table_get_month_title   (VsRagTable     *self,
                                                guint           month);

G_END_DECLS
