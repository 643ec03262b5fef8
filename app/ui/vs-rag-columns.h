/* vs-rag-columns.h: the RAG table's columns: a cell factory and a sorter for each
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "vs-indicator-item.h"

G_BEGIN_DECLS

typedef enum {
  VS_RAG_COLUMN_REF,
  VS_RAG_COLUMN_TITLE,
  VS_RAG_COLUMN_POLARITY,
  VS_RAG_COLUMN_MONTH,       /* with the month's index */
  VS_RAG_COLUMN_TARGET,
  VS_RAG_COLUMN_TRAVEL,
  VS_RAG_COLUMN_RAG,
  VS_RAG_COLUMN_EXCEPTION,
  VS_RAG_COLUMN_REASONS,
  VS_RAG_COLUMN_REF_TITLE,   /* a narrow table's title: "6.14 · Child Protection…" on one line */
  VS_RAG_COLUMN_RAG_SYMBOL,  /* a narrow table's rating: its symbol, or "Due" */
  VS_RAG_COLUMN_PERIOD,      /* a year, quarter or term of a table of them, with the index
                              * of its place among the thirteen (the last is the latest) */
} VsRagColumn;

/* A factory whose cells show that column of a VsIndicatorItem. */
GtkListItemFactory *vs_rag_column_factory_new (VsRagColumn column,
                                               guint       month);
/* Orders two VsIndicatorItem by that column. */
GtkSorter          *vs_rag_column_sorter_new  (VsRagColumn column,
                                               guint       month);

G_END_DECLS
