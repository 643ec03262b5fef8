/* vs-report-card-private.h: what the report card and its sections share
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vs-benchmarks-charts.h"
#include "vs-report-card-actions.h"
#include "vs-report-card-benchmarks.h"
#include "vs-report-card-chart.h"
#include "vs-report-card-commentary.h"
#include "vs-report-card-figures.h"

#include "vs-report-card.h"

G_BEGIN_DECLS

struct _VsReportCard
{
  GtkWidget               parent_instance;

  /* template */
  GtkScrolledWindow      *scroller;
  GtkLabel               *eyebrow_label;
  GtkLabel               *title_label;
  GtkWidget              *exception_box;
  GtkLabel               *exception_label;
  VsReportCardChart      *chart_section;
  VsBenchmarksCharts     *benchmarks_charts;
  VsReportCardCommentary *commentary_section;
  GtkLabel               *why_label;
  GtkLabel               *success_label;
  AdwActionRow           *lead_row;
  AdwActionRow           *owner_row;

  /* state */
  VsStore                *store;
  char                   *author;
  VsIndicatorItem        *item;
};

/* Shows @text, or @empty dimmed when there is none. */
void     _vs_report_card_show_text  (GtkLabel        *label,
                                     const char      *text,
                                     const char      *empty);
/* The month the card reports: the latest value due at or before the reporting period. */
VsPeriod _vs_report_card_period     (VsIndicatorItem *item);

G_END_DECLS
