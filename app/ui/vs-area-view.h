/* vs-area-view.h: one view of the dashboard: overview, exceptions or an area, with its chart
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "vs-chart-view.h"
#include "vs-indicator-item.h"
#include "vs-rag-table.h"
#include "vs-store.h"

G_BEGIN_DECLS

typedef enum {
  VS_AREA_SCOPE_OVERVIEW,     /* every vital sign */
  VS_AREA_SCOPE_EXCEPTIONS,   /* what goes to committee for the period */
  VS_AREA_SCOPE_AREA,         /* one service area */
} VsAreaScope;

#define VS_TYPE_AREA_VIEW (vs_area_view_get_type ())
G_DECLARE_FINAL_TYPE (VsAreaView, vs_area_view, VS, AREA_VIEW, GtkWidget)

/* Properties, bound from the window: "dashboard" (VsDashboard), whose rows the tables
 * show; "view" (VsView), which of them: the overview, the exceptions or an area; and
 * "search-text", which the rows shown match. "store" (VsStore), for the benchmark lines of
 * the charts; "period" (a VsPeriod), the month the rows were rated for; "has-data",
 * whether the database holds any figure at all (the empty state differs). Read-only:
 * "n-rows", the rows the table shown lists. */

VsRagTable  *vs_area_view_get_table    (VsAreaView  *self);
VsChartView *vs_area_view_get_chart    (VsAreaView  *self);
/* TRUE from a table's first frame, with the rows that fill the window, until it has the
 * rest (just after that frame). */
gboolean     vs_area_view_is_filling   (VsAreaView  *self);
/* TRUE when the view shows its empty state rather than the table. */
gboolean     vs_area_view_is_empty     (VsAreaView  *self);

G_END_DECLS
