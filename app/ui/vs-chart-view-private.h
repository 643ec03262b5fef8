/* vs-chart-view-private.h: what the chart view's actions (vs-chart-view-actions.c) share
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vs-chart-view.h"

G_BEGIN_DECLS

/* chart.copy, chart.save, chart.save-to (a URI) and chart.menu, with their keys. */
void       _vs_chart_view_class_install_actions (GtkWidgetClass *widget_class);
/* The button in the chart's corner whose menu offers them. */
GtkWidget *_vs_chart_view_menu_button_new       (void);
GtkWidget *_vs_chart_view_get_menu_button       (VsChartView    *self);

G_END_DECLS
