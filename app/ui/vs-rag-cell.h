/* vs-rag-cell.h: a light table cell: text, a rating's symbol and tint, or an icon
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

/* GTK 4.8's column view builds every row of a table afresh when its items change, and a
 * row is twenty cells: one widget that lays out its own text costs far less than labels,
 * boxes and images, which is what keeps the window's first frame and area switches fast.
 * Colours, padding, fonts and backgrounds still come from CSS classes on the cell. */
GtkWidget  *vs_rag_cell_new        (void);
/* A month: the tint is the CSS class of @rag (style.css), the symbol is drawn at the left
 * in the rating's strong colour, the figure right-aligned. */
void        vs_rag_cell_set        (VsRagCell  *self,
                                    VsRag       rag,
                                    const char *text);
/* Plain text, aligned by @xalign, wrapped to at most @lines lines and ellipsized. */
void        vs_rag_cell_set_text   (VsRagCell  *self,
                                    const char *text,
                                    float       xalign,
                                    int         lines);
/* A symbolic icon drawn in the cell's CSS colour; NULL for none. */
void        vs_rag_cell_set_icon   (VsRagCell  *self,
                                    const char *icon_name);
/* Replaces the cell's CSS classes, doing nothing when they are the same. */
void        vs_rag_cell_set_classes (VsRagCell *self,
                                    const char * const *classes);
const char *vs_rag_cell_get_text   (VsRagCell  *self);

G_END_DECLS
