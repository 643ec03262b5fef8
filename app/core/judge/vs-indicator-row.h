/* vs-indicator-row.h: one indicator's line in a RAG table, as a list item
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "vs-judge.h"

G_BEGIN_DECLS

#define VS_TYPE_INDICATOR_ROW (vs_indicator_row_get_type ())
G_DECLARE_FINAL_TYPE (VsIndicatorRow, vs_indicator_row, VS, INDICATOR_ROW, GObject)

/* Takes ownership of @assessment (from vs_judge_indicators at @locality), whose series
 * ends at the reporting period with history before the shown months. A holder for list
 * views: the judgement decides every colour, and this only reads it out cell by cell. */
VsIndicatorRow     *vs_indicator_row_new             (VsAssessment     *assessment,
                                                      const VsLocality *locality);
/* The locality judged, for its charts (vs_judge_chart_spec). */
const VsLocality   *vs_indicator_row_get_locality    (VsIndicatorRow   *self);
VsIndicator        *vs_indicator_row_get_indicator   (VsIndicatorRow *self);
const VsSeries     *vs_indicator_row_get_series      (VsIndicatorRow *self);
/* The judgement: never NULL (an unusable definition is judged unrated, ->error says why). */
const VsAssessment *vs_indicator_row_get_assessment  (VsIndicatorRow *self);
VsPeriod            vs_indicator_row_get_period      (VsIndicatorRow *self);
gint64              vs_indicator_row_get_area_id     (VsIndicatorRow *self);
const char         *vs_indicator_row_get_ref         (VsIndicatorRow *self);
const char         *vs_indicator_row_get_title       (VsIndicatorRow *self);

/* Shown month @index (0 .. VS_TABLE_MONTHS - 1, the last being the period). */
VsRag               vs_indicator_row_get_month_rag   (VsIndicatorRow *self,
                                                      guint           index);
char               *vs_indicator_row_format_month    (VsIndicatorRow *self,
                                                      guint           index);
char               *vs_indicator_row_describe_month  (VsIndicatorRow *self,
                                                      guint           index);
double              vs_indicator_row_get_month_value (VsIndicatorRow *self,
                                                      guint           index);

/* For the value reported: the latest due at or before the period. */
VsRag               vs_indicator_row_get_rag         (VsIndicatorRow *self);
/* The shown month of that value, -1 when none is shown. */
int                 vs_indicator_row_get_latest      (VsIndicatorRow *self);
VsTravel            vs_indicator_row_get_travel      (VsIndicatorRow *self);
gboolean            vs_indicator_row_is_exception    (VsIndicatorRow *self);
/* "Off target, declining for three periods"; NULL when not an exception. */
const char         *vs_indicator_row_get_reasons     (VsIndicatorRow *self);
const char         *vs_indicator_row_get_explanation (VsIndicatorRow *self);
/* As shown in the table (vs_assessment_dup_target_label): "100%", "<20%", "" */
const char         *vs_indicator_row_get_target      (VsIndicatorRow *self);

/* Case-insensitive match of @needle (already casefolded) against the ref and title. */
gboolean            vs_indicator_row_matches         (VsIndicatorRow *self,
                                                      const char     *needle);

/* Worse first: Red, Amber, pending, Green, none; for sorting. */
int                 vs_rag_severity                  (VsRag           rag);

G_END_DECLS
