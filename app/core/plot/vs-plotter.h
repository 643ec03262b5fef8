/* vs-plotter.h: the application's one gnuplot, shared by the window, the committee pack and the CLI
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vs-chart-spec.h"

G_BEGIN_DECLS

#define VS_TYPE_PLOTTER (vs_plotter_get_type ())
G_DECLARE_FINAL_TYPE (VsPlotter, vs_plotter, VS, PLOTTER, GObject)

#define VS_PLOTTER_DEFAULT_TIMEOUT_MS 10000

/* The plotter the application shares; created on first use, never freed. gnuplot itself
 * starts with the first chart. The program is $VS_GNUPLOT, else "gnuplot" from PATH. */
VsPlotter *vs_plotter_get_default      (void);
/* A plotter of its own (tests, the command line); @program NULL as for the default. */
VsPlotter *vs_plotter_new              (const char          *program);

/* How long one chart may take before gnuplot counts as hung, is killed and restarted. */
guint      vs_plotter_get_timeout      (VsPlotter           *self);
void       vs_plotter_set_timeout      (VsPlotter           *self,
                                        guint                timeout_ms);
/* The running gnuplot's process id, 0 when none is running. */
GPid       vs_plotter_get_pid          (VsPlotter           *self);

/* Draws @spec (copied: free it when you like) and completes on the thread-default main
 * context of the caller with the file's bytes (SVG, PNG or PDF as spec->format says).
 * A later request with the same spec->view_key completes this one with
 * G_IO_ERROR_CANCELLED; identical charts come from a cache. Errors: VS_PLOT_ERROR_*
 * (NO_GNUPLOT when gnuplot is not installed: show the message where the chart would be). */
void       vs_plotter_render_async     (VsPlotter           *self,
                                        const VsChartSpec   *spec,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
GBytes    *vs_plotter_render_finish    (VsPlotter           *self,
                                        GAsyncResult        *result,
                                        GError             **error);
/* The same, waiting: for the command line and the committee pack, not for a window's main thread. */
GBytes    *vs_plotter_render           (VsPlotter           *self,
                                        const VsChartSpec   *spec,
                                        GCancellable        *cancellable,
                                        GError             **error);

G_END_DECLS
