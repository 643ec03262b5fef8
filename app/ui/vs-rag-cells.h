/* vs-rag-cells.h: the cells of the RAG table: tinted months, arrows, pills
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
} VsRagColumn;

/* A factory whose cells show that column of a VsIndicatorItem. */
GtkListItemFactory *vs_rag_cell_factory_new (VsRagColumn column,
                                             guint       month);
/* Orders two VsIndicatorItem by that column. */
GtkSorter          *vs_rag_cell_sorter_new  (VsRagColumn column,
                                             guint       month);

/* CSS class for a rating, shared with the report card and the sidebar (its symbol is the
 * core's vs_rag_symbol). */
const char         *vs_rag_css_class        (VsRag       rag);
const char         *vs_rag_polarity_word    (VsPolarity  polarity);
const char         *vs_travel_icon_name     (VsIndicatorItem *row);
const char         *vs_travel_css_class     (VsTravel    travel);

G_END_DECLS
