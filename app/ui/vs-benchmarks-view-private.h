/* vs-benchmarks-view-private.h: the Benchmarks page's parts, shared with
 * vs-benchmarks-view-fit.c, which fits its columns to the window
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vs-benchmarks-view.h"

G_BEGIN_DECLS

struct _VsBenchmarksView
{
  AdwBin          parent_instance;

  GtkStack       *stack;
  AdwStatusPage  *empty_page;
  GtkLabel       *heading;
  GtkLabel       *hidden_note;
  GtkScrolledWindow *scroller;
  GtkGrid        *grid;

  VsStore        *store;
  guint           n_rows;
  guint           fit_source;
  guint           n_hidden;                            /* of give_way, in its order */
  int             hidden_width[VS_BENCHMARKS_N_COLUMNS]; /* each one's, as it went */
};

/* Fits the columns to the page's width from idle (once for many calls). */
void _vs_benchmarks_view_queue_fit          (VsBenchmarksView *self);
/* Shows or hides the note naming the columns that gave way. */
void _vs_benchmarks_view_update_hidden_note (VsBenchmarksView *self);

G_END_DECLS
