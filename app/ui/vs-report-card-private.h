/* vs-report-card-private.h: what the report card's files share
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vs-benchmarks-charts.h"

#include "vs-report-card.h"

G_BEGIN_DECLS

struct _VsReportCard
{
  GtkWidget          parent_instance;

  /* template */
  GtkScrolledWindow *scroller;
  GtkLabel          *eyebrow_label;
  GtkLabel          *title_label;
  GtkWidget         *exception_box;
  GtkLabel          *exception_label;
  GtkLabel          *value_heading;
  GtkLabel          *value_label;
  GtkLabel          *value_detail;
  GtkLabel          *target_label;
  GtkLabel          *target_detail;
  GtkLabel          *rag_label;
  GtkLabel          *rag_detail;
  GtkImage          *travel_icon;
  GtkLabel          *travel_label;
  GtkLabel          *travel_detail;
  GtkLabel          *spc_label;
  GtkLabel          *spc_detail;
  GtkToggleButton   *trend_toggle;
  GtkToggleButton   *spc_toggle;
  GtkToggleButton   *localities_toggle;
  VsChartView       *chart;
  VsBenchmarksCharts *benchmarks_charts;
  AdwPreferencesGroup *benchmarks_group;
  GtkListBox        *benchmarks_list;
  GtkLabel          *why_label;
  AdwPreferencesGroup *commentary_group;
  GtkTextView       *commentary_view;
  GtkLabel          *commentary_status;
  GtkButton         *save_commentary_button;
  GtkListBox        *history_list;
  AdwExpanderRow    *history_row;
  GtkLabel          *area_commentary_label;
  GtkWidget         *area_commentary_box;
  GtkLabel          *success_label;
  GtkListBox        *actions_list;
  GtkButton         *add_action_button;
  AdwActionRow      *lead_row;
  AdwActionRow      *owner_row;

  /* state */
  VsStore           *store;
  char              *author;
  VsIndicatorItem   *row;
  gint64             locality_id;
  char              *locality;
  VsChartKind        chart_kind;
  GPtrArray         *history_rows;   /* widgets added to history_row */
  guint              history_count;
  char              *commentary;     /* the text as last loaded or saved */
};

/* vs-report-card-edit.c: commentary and actions */
void _vs_report_card_load_commentary (VsReportCard *self);
void _vs_report_card_load_actions    (VsReportCard *self);
void _vs_report_card_edit_init       (VsReportCard *self);
VsPeriod _vs_report_card_period      (VsReportCard *self);

G_END_DECLS
