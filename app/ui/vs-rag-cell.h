/* vs-rag-cell.h: one month of the RAG table: a tinted cell with a symbol and a figure
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "vs-types.h"

G_BEGIN_DECLS

#define VS_TYPE_RAG_CELL (vs_rag_cell_get_type ())
G_DECLARE_FINAL_TYPE (VsRagCell, vs_rag_cell, VS, RAG_CELL, GtkWidget)

GtkWidget  *vs_rag_cell_new      (void);
/* The tint comes from the CSS class of @rag (style.css), the symbol is drawn in the
 * rating's strong colour at the left, the figure right-aligned in the text colour. */
void        vs_rag_cell_set      (VsRagCell  *self,
                                  VsRag       rag,
                                  const char *text);
const char *vs_rag_cell_get_text (VsRagCell  *self);
VsRag       vs_rag_cell_get_rag  (VsRagCell  *self);

G_END_DECLS
