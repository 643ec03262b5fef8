/* vs-report-card-commentary.h: the report card's commentary: the period's text, its earlier versions, the area's
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vs-report-card-section.h"

G_BEGIN_DECLS

#define VS_TYPE_REPORT_CARD_COMMENTARY (vs_report_card_commentary_get_type ())
G_DECLARE_FINAL_TYPE (VsReportCardCommentary, vs_report_card_commentary, VS, REPORT_CARD_COMMENTARY, VsReportCardSection)

/* Properties: those of every VsReportCardSection. */
/* Saves @text as the commentary for the item's period, with the author and the time. */
gboolean vs_report_card_commentary_save      (VsReportCardCommentary  *self,
                                              const char              *text,
                                              GError                 **error);
/* The commentary shown for the period, and how many earlier versions are listed. */
char    *vs_report_card_commentary_get_text  (VsReportCardCommentary  *self);
guint    vs_report_card_commentary_get_history_count (VsReportCardCommentary *self);
/* The previous period's commentary (at the indicator's periodicity), NULL when none;
 * carrying it forward puts it in the editor, unsaved. */
const char *vs_report_card_commentary_get_previous   (VsReportCardCommentary *self);
void     vs_report_card_commentary_carry_forward     (VsReportCardCommentary *self);

G_END_DECLS
