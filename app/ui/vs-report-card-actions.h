/* vs-report-card-actions.h: the report card's actions: what is to be done, by whom, by when
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vs-report-card-section.h"

G_BEGIN_DECLS

#define VS_TYPE_REPORT_CARD_ACTIONS (vs_report_card_actions_get_type ())
G_DECLARE_FINAL_TYPE (VsReportCardActions, vs_report_card_actions, VS, REPORT_CARD_ACTIONS, VsReportCardSection)

/* Properties: those of every VsReportCardSection. */
G_END_DECLS
