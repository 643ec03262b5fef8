/* vs-plotter-private.h: what tests and the benchmark need beyond the public API
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vs-plotter.h"

G_BEGIN_DECLS

/* Draws a script as vs_chart_script_build makes it (the caller vouches for its quoting),
 * with the same queue, supersession by @view_key (may be NULL) and cache as a spec. */
void   _vs_plotter_render_script_async (VsPlotter           *self,
                                        const char          *script,
                                        const char          *view_key,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
/* Charts gnuplot actually drew (cache hits not counted). */
guint  _vs_plotter_get_n_drawn         (VsPlotter           *self);
void   _vs_plotter_clear_cache         (VsPlotter           *self);

G_END_DECLS
