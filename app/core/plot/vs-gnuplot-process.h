/* vs-gnuplot-process.h: one gnuplot child, driven through its pipes
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Blocking, for the plotter's own thread: nothing here touches a main context. */
typedef struct _VsGnuplotProcess VsGnuplotProcess;

/* Starts @program (a path or a name looked up in PATH) with no init files read. Fails
 * with VS_PLOT_ERROR_NO_GNUPLOT when it cannot be found or run. */
VsGnuplotProcess *vs_gnuplot_process_spawn    (const char       *program,
                                               GError          **error);
/* What gnuplot may write for one chart: the largest chart a spec allows (a trend of 60
 * months as an 8000 x 8000 px PNG) measured 392 KB. A gnuplot that writes more is
 * stopped, not read into memory without end. */
#define VS_GNUPLOT_MAX_CHART_BYTES   (G_GUINT64_CONSTANT (64) * 1024 * 1024)
#define VS_GNUPLOT_MAX_MESSAGE_BYTES (G_GUINT64_CONSTANT (1) * 1024 * 1024)

/* Runs one chart script (see vs_chart_script_build) and returns the bytes gnuplot wrote
 * for it. Fails with VS_PLOT_ERROR_GNUPLOT naming what gnuplot reported (the process
 * stays usable), or with VS_PLOT_ERROR_DIED / VS_PLOT_ERROR_TIMEOUT /
 * VS_PLOT_ERROR_TOO_LARGE (more than the caps above on stdout or stderr), after which the
 * process is dead (killed if it hung or flooded) and must be freed. */
GBytes           *vs_gnuplot_process_draw     (VsGnuplotProcess *self,
                                               const char       *script,
                                               guint             timeout_ms,
                                               GError          **error);
gboolean          vs_gnuplot_process_is_alive (VsGnuplotProcess *self);
/* The child's process id, 0 once it is gone. */
GPid              vs_gnuplot_process_get_pid  (VsGnuplotProcess *self);
/* Asks gnuplot to quit (end of input), kills it if it has not within a moment. */
void              vs_gnuplot_process_free     (VsGnuplotProcess *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsGnuplotProcess, vs_gnuplot_process_free)

G_END_DECLS
