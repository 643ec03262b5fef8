/* vs-benchmarks-chart.h: the charts of a published indicator's comparators, for the
 * gnuplot room (VS_CHART_COMPARATORS, VS_CHART_NEIGHBOURS)
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vs-benchmarks.h"
#include "vs-chart-spec.h"

G_BEGIN_DECLS

/* How many years the comparators chart shows at most: the latest. */
#define VS_BENCHMARKS_CHART_YEARS 10

/* "2024-25": a published year (its period is the March it ends in) as the DfE labels it. */
char        *vs_benchmarks_year_label (VsPeriod            period);

/* From @comparisons (vs_benchmarks_compare, oldest first): VS_CHART_COMPARATORS, the home
 * authority over the last VS_BENCHMARKS_CHART_YEARS years against SN average, England and
 * region; or VS_CHART_NEIGHBOURS, the comparison of @period (VS_PERIOD_INVALID: the
 * latest) as the home authority and its neighbours in rank order. NULL with
 * VS_BENCHMARKS_ERROR_NOT_PUBLISHED when there is no such year. Size, format and palette
 * are the caller's. */
VsChartSpec *vs_benchmarks_chart_spec (const VsIndicator  *indicator,
                                       GPtrArray          *comparisons,
                                       VsChartKind         kind,
                                       VsPeriod            period,
                                       GError            **error);

/* The same from the store: its home authority and model; fails with
 * VS_BENCHMARKS_ERROR_NO_HOME when none is set. */
VsChartSpec *vs_benchmarks_chart_spec_from_store (VsStore           *store,
                                                  const VsIndicator *indicator,
                                                  VsChartKind        kind,
                                                  VsPeriod           period,
                                                  GError           **error);

G_END_DECLS
