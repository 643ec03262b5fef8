/* vs-report-card-benchmarks.h: the report card's benchmarks: the latest figure of each comparator
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vs-report-card-section.h"

G_BEGIN_DECLS

#define VS_TYPE_REPORT_CARD_BENCHMARKS (vs_report_card_benchmarks_get_type ())
G_DECLARE_FINAL_TYPE (VsReportCardBenchmarks, vs_report_card_benchmarks, VS, REPORT_CARD_BENCHMARKS, VsReportCardSection)

/* Properties: those of every VsReportCardSection. */
G_END_DECLS
