/* vs-chart-data.h: chart specs from what the store and the rules give
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "vs-assessment.h"
#include "vs-chart-spec.h"
#include "vs-indicator.h"
#include "vs-series.h"
#include "vs-spc.h"

G_BEGIN_DECLS

/* These fill a spec the way every front end should draw an indicator, so that the window,
 * the committee pack and the command line agree. Each takes the judgement (vs_assess_indicator)
 * and draws what it says: its ratings, its rule's target and zones, its SPC verdict; none
 * reads the indicator's target again. Size, format, dark and view_key are left at their
 * defaults for the caller to set. @locality names the series ("Norfolk"), NULL for none.
 * The footnote gives the indicator's source and the months shown ("Figures for Nov 16 to
 * Nov 17."): what a committee needs, where the date of an import told it nothing.
 * vs_judge_chart_spec (vs-judge.h) gathers what they need from the store. */

/* The trend of @shown, months of the judged series (a slice of assessment->series; the
 * pack hides small counts in its copy): title, unit, values (gaps where there is none),
 * each month's rating, the target dashed or the tolerance zones / target band shaded, and
 * one line per comparator in @benchmarks (of VsBenchmark*, as vs_store_list_benchmarks
 * gives them; NULL for none), each month showing the latest figure at or before it. */
VsChartSpec *vs_chart_spec_new_trend      (const VsAssessment *assessment,
                                           const VsSeries     *shown,
                                           GPtrArray          *benchmarks,
                                           const char         *locality);
/* The last @months months (0: all) of the judged series as a sparkline: each point
 * coloured by its rating. */
VsChartSpec *vs_chart_spec_new_sparkline  (const VsAssessment *assessment,
                                           guint               months);
/* The XmR chart of @series from @spc (vs_spc_compute_series of that series, as the
 * judgement's spc_series and spc, or a what-if with other options): mean and limits per
 * segment, each point's variation, the latest variation, the assurance and the target. */
VsChartSpec *vs_chart_spec_new_spc        (const VsIndicator  *indicator,
                                           const VsSeries     *series,
                                           const VsSpcResult  *spc,
                                           const char         *locality);
/* One bar per locality at the judgement's period: @values NAN where there is none, @rags
 * from the judgement's rule, @whole_index the whole authority's bar (-1: none). */
VsChartSpec *vs_chart_spec_new_localities (const VsAssessment *assessment,
                                           guint               n,
                                           const char * const *names,
                                           const double       *values,
                                           const VsRag        *rags,
                                           int                 whole_index);

G_END_DECLS
