/* vs-indicator-item.h: one indicator's line in a RAG table, as a list item
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "vs-judge.h"

G_BEGIN_DECLS

#define VS_TYPE_INDICATOR_ITEM (vs_indicator_item_get_type ())
G_DECLARE_FINAL_TYPE (VsIndicatorItem, vs_indicator_item, VS, INDICATOR_ITEM, GObject)

/* Takes ownership of @assessment (from vs_judge_indicators at @locality), whose series
 * ends at the reporting period with history before the shown months. A holder for list
 * views: the judgement decides every colour, and this only reads it out cell by cell;
 * figures of small numbers are hidden or marked with @small_below (0: off). */
VsIndicatorItem    *vs_indicator_item_new             (VsAssessment     *assessment,
                                                       const VsLocality *locality,
                                                       guint             small_below);
/* The locality judged, for its charts (vs_judge_chart_spec). */
const VsLocality   *vs_indicator_item_get_locality    (VsIndicatorItem  *self);
VsIndicator        *vs_indicator_item_get_indicator   (VsIndicatorItem  *self);
const VsSeries     *vs_indicator_item_get_series      (VsIndicatorItem  *self);
/* The judgement: never NULL (an unusable definition is judged unrated, ->error says why). */
const VsAssessment *vs_indicator_item_get_assessment  (VsIndicatorItem  *self);
VsPeriod            vs_indicator_item_get_period      (VsIndicatorItem  *self);
gint64              vs_indicator_item_get_area_id     (VsIndicatorItem  *self);
const char         *vs_indicator_item_get_ref         (VsIndicatorItem  *self);
const char         *vs_indicator_item_get_title       (VsIndicatorItem  *self);

/* Shown month @index (0 .. VS_TABLE_MONTHS - 1, the last being the period). */
VsRag               vs_indicator_item_get_month_rag   (VsIndicatorItem  *self,
                                                       guint             index);
char               *vs_indicator_item_format_month    (VsIndicatorItem  *self,
                                                       guint             index);
char               *vs_indicator_item_describe_month  (VsIndicatorItem  *self,
                                                       guint             index);
/* NAN when there is no figure, or it is hidden (vs_small_numbers_judge). */
double              vs_indicator_item_get_month_value (VsIndicatorItem  *self,
                                                       guint             index);
/* What the month's cell adds for small numbers ("suppressed: a count below 5"), for its
 * tooltip and accessible name; NULL when its figure is shown as it is. */
char               *vs_indicator_item_dup_month_note  (VsIndicatorItem  *self,
                                                       guint             index);
/* The small-numbers threshold the item was judged with (the database's), 0: off. */
guint               vs_indicator_item_get_small_below (VsIndicatorItem  *self);

/* The row's own periods (vs_judge_columns): its months, quarters or years, oldest first,
 * the last being the latest held; a table of quarterly or annual indicators shows these
 * in place of the months. Column @index < vs_indicator_item_get_n_columns(). */
guint               vs_indicator_item_get_n_columns    (VsIndicatorItem  *self);
/* "2024-25" (vs_judge_column_label) */
char               *vs_indicator_item_dup_column_label (VsIndicatorItem  *self,
                                                        guint             index);
VsRag               vs_indicator_item_get_column_rag   (VsIndicatorItem  *self,
                                                        guint             index);
double              vs_indicator_item_get_column_value (VsIndicatorItem  *self,
                                                        guint             index);
char               *vs_indicator_item_format_column    (VsIndicatorItem  *self,
                                                        guint             index);
char               *vs_indicator_item_describe_column  (VsIndicatorItem  *self,
                                                        guint             index);
/* What a "c" or a small-numbers mark in column @index means; NULL when neither. */
char               *vs_indicator_item_dup_column_note  (VsIndicatorItem  *self,
                                                        guint             index);

/* For the value reported: the latest due at or before the period. */
VsRag               vs_indicator_item_get_rag         (VsIndicatorItem  *self);
/* The shown month of that value, -1 when none is shown. */
int                 vs_indicator_item_get_latest      (VsIndicatorItem  *self);
VsTravel            vs_indicator_item_get_travel      (VsIndicatorItem  *self);
gboolean            vs_indicator_item_is_exception    (VsIndicatorItem  *self);
/* "Off target, declining for three periods"; NULL when not an exception. */
const char         *vs_indicator_item_get_reasons     (VsIndicatorItem  *self);
const char         *vs_indicator_item_get_explanation (VsIndicatorItem  *self);
/* As shown in the table (vs_assessment_dup_target_label): "100%", "<20%", "" */
const char         *vs_indicator_item_get_target      (VsIndicatorItem  *self);

/* Case-insensitive match of @needle (already casefolded) against the ref and title. */
gboolean            vs_indicator_item_matches         (VsIndicatorItem  *self,
                                                       const char       *needle);

/* Worse first: Red, Amber, pending, Green, none; for sorting. */
int                 vs_rag_severity                   (VsRag             rag);

G_END_DECLS
