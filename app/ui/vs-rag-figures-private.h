/* vs-rag-figures-private.h: a RAG table's figure cells: a month's, a year's, and an
 * annual row's among months
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vs-indicator-item.h"
#include "vs-rag-cell.h"

G_BEGIN_DECLS

/* Place @place (0 .. VS_TABLE_MONTHS - 1) of @row, in a table of months (@periods FALSE)
 * or of the rows' own years, quarters or terms in its last places (@periods TRUE). */
void     _vs_rag_figure_bind              (VsRagCell       *cell,
                                           VsIndicatorItem *row,
                                           guint            place,
                                           gboolean         periods);
/* Its tooltip; NULL when it shows nothing. */
char    *_vs_rag_figure_describe          (VsIndicatorItem *row,
                                           guint            place,
                                           gboolean         periods);
/* The figure it sorts by, NAN when none. */
double   _vs_rag_figure_value             (VsIndicatorItem *row,
                                           guint            place,
                                           gboolean         periods);
/* Whether @row, in a table of months, shows its latest year (named in the place before)
 * rather than months: an annual indicator's row among monthly ones. */
gboolean _vs_rag_figure_shows_latest_year (VsIndicatorItem *row);

G_END_DECLS
