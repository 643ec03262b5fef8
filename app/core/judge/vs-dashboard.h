/* vs-dashboard.h: every indicator judged for one period and locality: the window's model
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vs-indicator-item.h"
#include "vs-store.h"

G_BEGIN_DECLS

#define VS_TYPE_DASHBOARD (vs_dashboard_get_type ())
G_DECLARE_FINAL_TYPE (VsDashboard, vs_dashboard, VS, DASHBOARD, GObject)

typedef struct {
  guint red;
  guint amber;
  guint green;
} VsRagCounts;

VsDashboard    *vs_dashboard_new            (VsStore               *store);
/* Judges every indicator at @period and @locality_id (vs_judge_indicators: the 13 months
 * ending at @period and the history the rules need, by the database's rating settings).
 * The rows model keeps its identity, so views bound to it follow. */
gboolean        vs_dashboard_load           (VsDashboard           *self,
                                             VsPeriod               period,
                                             gint64                 locality_id,
                                             GError               **error);
/* Of VsIndicatorItem, in area then indicator order. */
GListModel     *vs_dashboard_get_rows       (VsDashboard           *self);
/* Of VsArea*. */
GPtrArray      *vs_dashboard_get_areas      (VsDashboard           *self);
const VsArea   *vs_dashboard_find_area      (VsDashboard           *self,
                                             const char            *name);
VsRagCounts     vs_dashboard_count_area     (VsDashboard           *self,
                                             gint64                 area_id);
guint           vs_dashboard_count_exceptions (VsDashboard         *self);
VsIndicatorItem *vs_dashboard_find_row      (VsDashboard           *self,
                                             gint64                 indicator_id);

G_END_DECLS
