/* vs-chart-export.h: a chart copied to the clipboard (PNG and SVG) or saved as SVG, PNG or
 * PDF, drawn afresh by the plotter (never a grab of the screen)
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "vs-chart-spec.h"

G_BEGIN_DECLS

/* Puts @spec drawn at @width x @height (light, PNG at twice the pixels) on @clipboard as
 * both image/png and image/svg+xml, so that an office suite and a vector editor each take
 * the one they prefer. */
void      vs_chart_export_copy_async   (GdkClipboard        *clipboard,
                                        const VsChartSpec   *spec,
                                        int                  width,
                                        int                  height,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
gboolean  vs_chart_export_copy_finish  (GAsyncResult        *result,
                                        GError             **error);

/* Writes @spec to @file in the format its name ends with (.svg, .png or .pdf), whole or not
 * at all (a temporary file renamed). G_IO_ERROR_INVALID_FILENAME names another ending. */
void      vs_chart_export_save_async   (GFile               *file,
                                        const VsChartSpec   *spec,
                                        int                  width,
                                        int                  height,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
gboolean  vs_chart_export_save_finish  (GAsyncResult        *result,
                                        GError             **error);

/* Asks where to save @spec (a file chooser with a filter per format; a name with no known
 * ending takes the chosen filter's), then saves it; a failure is shown in a dialog over
 * @widget's window. */
void      vs_chart_export_choose       (GtkWidget           *widget,
                                        const VsChartSpec   *spec,
                                        int                  width,
                                        int                  height);
/* A dialog over @widget's window saying what could not be done and why. */
void      vs_chart_export_show_error   (GtkWidget           *widget,
                                        const char          *heading,
                                        const GError        *error);

G_END_DECLS
