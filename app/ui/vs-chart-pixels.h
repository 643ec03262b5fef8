/* vs-chart-pixels.h: a chart's SVG drawn to a texture by librsvg, off the main thread
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Draws @svg (the plotter's) into @pixel_width x @pixel_height pixels in a worker thread:
 * librsvg can take tens of milliseconds, a frame's time or more. */
void        vs_chart_pixels_render_async  (GBytes              *svg,
                                           int                  pixel_width,
                                           int                  pixel_height,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
/* The texture, or NULL with librsvg's error (an SVG it could not read). */
GdkTexture *vs_chart_pixels_render_finish (GAsyncResult        *result,
                                           GError             **error);

G_END_DECLS
