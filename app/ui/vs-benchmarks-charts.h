/* vs-benchmarks-charts.h: the report card's section for a published indicator: the home
 * authority against SN, England and region over the years, or its neighbour group ranked
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vs-chart-spec.h"
#include "vs-chart-view.h"
#include "vs-report-card-section.h"
#include "vs-store.h"

G_BEGIN_DECLS

#define VS_TYPE_BENCHMARKS_CHARTS (vs_benchmarks_charts_get_type ())
G_DECLARE_FINAL_TYPE (VsBenchmarksCharts, vs_benchmarks_charts, VS, BENCHMARKS_CHARTS, VsReportCardSection)

/* A VsReportCardSection: shows itself only for an indicator with published figures and a
 * home authority set. */
/* VS_CHART_COMPARATORS (the default) or VS_CHART_NEIGHBOURS, as the toggles choose. */
void         vs_benchmarks_charts_set_kind      (VsBenchmarksCharts *self,
                                                 VsChartKind         kind);
VsChartView *vs_benchmarks_charts_get_chart     (VsBenchmarksCharts *self);

G_END_DECLS
