/* vs-report-card-figures.h: the report card's key figures: the month's value, target, rating, travel and SPC
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vs-report-card-section.h"

G_BEGIN_DECLS

#define VS_TYPE_REPORT_CARD_FIGURES (vs_report_card_figures_get_type ())
G_DECLARE_FINAL_TYPE (VsReportCardFigures, vs_report_card_figures, VS, REPORT_CARD_FIGURES, VsReportCardSection)

/* Properties: those of every VsReportCardSection. */
G_END_DECLS
