/* vs-report-card-chart.h: the report card's chart: trend, SPC or localities
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vs-report-card-section.h"
#include "vs-chart-view.h"

G_BEGIN_DECLS

#define VS_TYPE_REPORT_CARD_CHART (vs_report_card_chart_get_type ())
G_DECLARE_FINAL_TYPE (VsReportCardChart, vs_report_card_chart, VS, REPORT_CARD_CHART, VsReportCardSection)

/* Properties: those of every VsReportCardSection. */
VsChartView *vs_report_card_chart_get_chart (VsReportCardChart *self);

G_END_DECLS
