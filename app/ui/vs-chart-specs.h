/* vs-chart-specs.h: the window's charts, gathered from a row and built by the plot room
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vs-chart-spec.h"
#include "vs-indicator-row.h"
#include "vs-store.h"

G_BEGIN_DECLS

/* The 13-month trend of @row with its ratings, target and, when @store is given, the
 * benchmark lines (vs_chart_spec_new_trend). */
VsChartSpec *vs_chart_spec_for_trend      (VsIndicatorRow *row,
                                           const char     *locality,
                                           VsStore        *store);
/* The XmR chart of every month the row holds (vs_spc_compute_series, then
 * vs_chart_spec_new_spc). NULL with @error when the rules cannot compute it. */
VsChartSpec *vs_chart_spec_for_spc        (VsIndicatorRow *row,
                                           const char     *locality,
                                           gboolean        screen,
                                           guint           shift_length,
                                           guint           trend_length,
                                           GError        **error);
/* The latest value per locality at the row's period, rated by the row's rule. */
VsChartSpec *vs_chart_spec_for_localities (VsIndicatorRow *row,
                                           VsStore        *store,
                                           GError        **error);

G_END_DECLS
