/* vs-cli-chart-private.h: what the chart command draws, from the store and the rules
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vs-cli-private.h"
#include "vs-chart-spec.h"

G_BEGIN_DECLS

typedef struct {
  VsChartKind   kind;
  VsChartFormat format;
  int           width;
  int           height;
  int           months;
  gboolean      dark;
  VsPeriod      period;      /* the window's last month; VS_PERIOD_INVALID: per indicator */
  VsLocality   *locality;    /* trend and spc */
} VsCliChartRequest;

/* The spec of @request's kind for @indicator: its series, ratings, limits or localities
 * read from @store and judged by the rules. Size, format and palette are the caller's. */
VsChartSpec *vs_cli_chart_spec (VsStore                 *store,
                                const VsCliChartRequest *request,
                                const VsIndicator       *indicator,
                                GError                 **error);

G_END_DECLS
