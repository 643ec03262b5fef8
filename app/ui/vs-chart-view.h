/* vs-chart-view.h: a gnuplot chart drawn with librsvg at the widget's size and scale
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "vs-chart-spec.h"

G_BEGIN_DECLS

#define VS_TYPE_CHART_VIEW (vs_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (VsChartView, vs_chart_view, VS, CHART_VIEW, GtkWidget)

GtkWidget *vs_chart_view_new        (void);
/* Takes @spec (NULL clears the chart). The view sets its size, scale and palette, asks the
 * plotter for SVG without blocking, and draws again on resize and on a change between light
 * and dark. */
void       vs_chart_view_set_spec   (VsChartView *self,
                                     VsChartSpec *spec);
/* The chart shown (its copy and save draw it), NULL when none. */
const VsChartSpec *vs_chart_view_get_spec (VsChartView *self);
/* What a screen reader says the chart is. */
void       vs_chart_view_set_label  (VsChartView *self,
                                     const char  *label);
/* TRUE while a chart is being drawn, for tests and benchmarks. */
gboolean   vs_chart_view_is_busy    (VsChartView *self);
/* TRUE once the current spec is on screen. */
gboolean   vs_chart_view_has_chart  (VsChartView *self);
/* The error of the last attempt, NULL when it was drawn. */
const GError *vs_chart_view_get_error (VsChartView *self);

G_END_DECLS
