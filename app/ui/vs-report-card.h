/* vs-report-card.h: one vital sign's report card, as the committee papers lay it out
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "vs-chart-spec.h"
#include "vs-chart-view.h"
#include "vs-indicator-item.h"
#include "vs-store.h"

G_BEGIN_DECLS

#define VS_TYPE_REPORT_CARD (vs_report_card_get_type ())
G_DECLARE_FINAL_TYPE (VsReportCard, vs_report_card, VS, REPORT_CARD, GtkWidget)

/* Properties: "store" (VsStore) where it reads and writes, "author", whose name goes on
 * what is written, and "item" (VsIndicatorItem), the indicator shown (NULL when closed). */
/* The indicator shown, NULL when the card is closed. */
VsIndicatorItem *vs_report_card_get_row      (VsReportCard   *self);
VsChartView    *vs_report_card_get_chart     (VsReportCard   *self);
/* Saves @text as the commentary for the card's period, with the author and the time. */
gboolean        vs_report_card_save_commentary (VsReportCard *self,
                                              const char     *text,
                                              GError        **error);
/* The commentary shown for the period, and how many earlier versions are listed. */
char           *vs_report_card_get_commentary (VsReportCard  *self);
guint           vs_report_card_get_history_count (VsReportCard *self);

G_END_DECLS
