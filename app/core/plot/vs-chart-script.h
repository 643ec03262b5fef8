/* vs-chart-script.h: a chart spec as a gnuplot script
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "vs-chart-spec.h"

G_BEGIN_DECLS

/* The whole script for one chart: encoding, terminal, layout, datablocks and the plot
 * command, one command per line. It never contains `set output`: where the bytes go is
 * the plotter's business. Every user string in it went through vs_gnuplot_append_quoted
 * and every number through vs_gnuplot_append_number, so the script is safe to run
 * whatever the titles and names contain. The same spec always gives the same script
 * within a process, which is what the plotter's cache is keyed on. */
char *vs_chart_script_build (const VsChartSpec *spec,
                             GError           **error);

G_END_DECLS
