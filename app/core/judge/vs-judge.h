/* vs-judge.h: every indicator judged from the database, as every front end shows it
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vs-assessment.h"
#include "vs-chart-spec.h"
#include "vs-store.h"

G_BEGIN_DECLS

/* The months a RAG table shows, ending at the reporting period, as the committee papers' dashboard. */
#define VS_TABLE_MONTHS 13

/* How much history a judgement reads before the shown months: enough for the rules to see
 * three changes in a row of an annual indicator (the exception criteria), its previous
 * value, and four years of points for SPC. */
#define VS_JUDGE_HISTORY_MONTHS 36

/* The months a judgement reads, ending at its period. */
#define VS_JUDGE_MONTHS (VS_TABLE_MONTHS + VS_JUDGE_HISTORY_MONTHS)

/* The most years a table shows of an annual indicator. */
#define VS_TABLE_YEARS 10

/* The periods a table or a chart shows of @assessment's indicator, oldest first, up to
 * the series' last period: a monthly one's VS_TABLE_MONTHS months; a quarterly, termly or
 * annual one's quarters, terms or years (the last 5 to VS_TABLE_YEARS years the
 * judgement holds), each where its figure is dated. Writes at most VS_TABLE_MONTHS
 * periods and returns how many. */
guint         vs_judge_columns      (const VsAssessment *assessment,
                                     VsPeriod            periods[VS_TABLE_MONTHS]);
/* A column's name as the source writes the period: "Nov 16", "Q3 2017-18", "Autumn 2017",
 * "2024-25" for a financial year (or the DfE's reporting year, which ends in March),
 * "2024/25" for an academic year, "2024" for a calendar year. */
char         *vs_judge_column_label (const VsIndicator  *indicator,
                                     VsPeriod            period);

/* The window (VsDashboard), the command line (rag, exceptions, spc, chart) and the pack
 * all judge through these, so that a figure has one colour, one arrow, one exception
 * verdict and one SPC verdict everywhere. The rating settings are read from the database
 * (vs_store_get_rating_settings): the department's, not one officer's. */

/* Every indicator of @area_id (0: all) at @locality, judged at @period (vs_assess_indicator
 * over the VS_JUDGE_MONTHS months ending at it); of VsAssessment*, in area then indicator
 * order. At a locality that is not the whole authority, an indicator with no figure at all
 * in those months is left out: the locality does not report it (the committee papers' locality
 * columns carry only the measures broken down by locality), and a table of grey rows
 * would hide the few that it does report. */
GPtrArray    *vs_judge_indicators  (VsStore            *store,
                                    gint64              area_id,
                                    const VsLocality   *locality,
                                    VsPeriod            period,
                                    GError            **error);
/* One indicator at @locality, judged at @period the same way (never left out). */
VsAssessment *vs_judge_indicator   (VsStore            *store,
                                    const VsIndicator  *indicator,
                                    const VsLocality   *locality,
                                    VsPeriod            period,
                                    GError            **error);

/* The chart of @kind that @assessment (from the two above) says: the trend of its last
 * @months months (0: VS_TABLE_MONTHS; at most VS_JUDGE_MONTHS) with each month's rating,
 * its rule's target and zones, and the comparators' lines; its SPC chart; or every
 * locality's figure at its period, rated by its rule, the whole authority last.
 * @locality is the one judged (its name labels the series). The footnote says when the
 * figures shown were imported. Fails when SPC could not be computed (the judgement's
 * spc_error) or the store cannot be read. */
VsChartSpec  *vs_judge_chart_spec  (VsStore            *store,
                                    const VsAssessment *assessment,
                                    const VsLocality   *locality,
                                    VsChartKind         kind,
                                    guint               months,
                                    GError            **error);

/* The VS_CHART_TREND chart of vs_judge_chart_spec with counts below @small_below hidden
 * and rates of a smaller denominator marked (0: none), rather than below the database's
 * threshold: the pack's report card, whose officer may choose its own, draws this, so
 * that it shows the series, the periods and their names the window and `chart` show. */
VsChartSpec  *vs_judge_trend_spec  (VsStore            *store,
                                    const VsAssessment *assessment,
                                    const VsLocality   *locality,
                                    guint               months,
                                    guint               small_below,
                                    GError            **error);

/* @period as a report card names it: "November 2016" for a month; a quarter, term or
 * year as its column does (vs_judge_column_label), "2024-25". */
char         *vs_judge_period_label (const VsIndicator  *indicator,
                                     VsPeriod            period);

G_END_DECLS
