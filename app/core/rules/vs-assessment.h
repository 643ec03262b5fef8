/* vs-assessment.h: one indicator judged at one period, as every front end shows it
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "vs-exceptions.h"
#include "vs-indicator.h"
#include "vs-rag.h"
#include "vs-rating-settings.h"
#include "vs-series.h"
#include "vs-spc.h"

G_BEGIN_DECLS

/* The view model the table, the charts, the report card, the command line and the committee pack
 * share, so that they cannot disagree about a colour. */
typedef struct {
  VsIndicator        *indicator;        /* a reference */
  VsRagSpec           spec;             /* the rule it is judged by */

  /* Every month of the series, as the dashboard's row of cells. */
  VsPeriod            first;
  guint               n;
  VsRating           *ratings;          /* n of them */

  /* The period reported: the one asked for, or for a quarterly, termly or annual
   * indicator the latest month at or before it in which a value is due. */
  VsPeriod            period;
  VsObsState          state;
  double              value;            /* NAN unless ACTUAL */
  double              numerator;
  double              denominator;
  double              benchmark;        /* the comparator's figure at the period, NAN when
                                         * none (rating.comparator says what was used) */
  VsPeriod            previous_period;  /* the period before, at its periodicity */
  double              previous;         /* NAN unless ACTUAL */
  VsRating            rating;
  VsTravel            travel;
  VsExceptionReasons  reasons;
  gboolean            exception;

  /* Set by vs_assess_indicator only (NULL / zero from vs_assess_series): */
  char               *error;            /* why unrated: the indicator's target or rule
                                         * cannot be used (names the indicator); NULL */
  VsSeries           *series;           /* a copy of the series judged */
  VsSpcOptions        spc_options;      /* direction, target and the department's runs */
  VsSeries           *spc_series;       /* from the first figure held: what SPC reads */
  VsSpcResult        *spc;              /* NULL when it cannot be computed ... */
  char               *spc_error;        /* ... and why */
} VsAssessment;

/* THE judgement of an indicator, which every front end shows and none re-judges: its
 * rating, travel and exception reasons (vs_assess_series) by the department's @settings
 * (NULL: the defaults), and its SPC verdict. Never fails: an indicator whose definition
 * the rules cannot use is judged unrated, with the reason in ->error and as the
 * explanation, so that no report silently drops a vital sign. @series ends at the period
 * the table shows and holds the history before it (vs-judge.h reads it from the store). */
VsAssessment *vs_assess_indicator        (const VsIndicator       *indicator,
                                          const VsSeries          *series,
                                          VsPeriod                 period,
                                          GPtrArray               *benchmarks,
                                          const VsRatingSettings  *settings);
/* The target as a table shows it: as the officer wrote it ("<20%"), which is what the
 * committee papers print, else the rules' own reading; NULL when there is none. */
char         *vs_assessment_dup_target_label (const VsAssessment *assessment);
/* Which way the figure moved between the two values the travel compared: 1 up, -1 down,
 * 0 when the travel is "same" or there is none. Every front end draws its arrow this way
 * (the committee papers' convention: the arrow the figure's way, its colour and word the
 * travel's), so the window and the pack never point differently. */
int           vs_assessment_get_movement     (const VsAssessment *assessment);

/* The rating part of vs_assess_indicator, for tests and benchmarks of the rules: judges
 * @indicator over @series at @period. @benchmarks (of VsBenchmark*, may be NULL) are
 * the indicator's comparator figures as vs_store_list_benchmarks gives them; each month is
 * rated against the latest one of the indicator's comparator at or before it. Fails only
 * when the indicator's target or rule cannot be used (the message names the indicator). */
VsAssessment *vs_assess_series           (const VsIndicator  *indicator,
                                          const VsSeries     *series,
                                          VsPeriod            period,
                                          GPtrArray          *benchmarks,
                                          GError            **error);
void          vs_assessment_free         (VsAssessment       *assessment);
/* The rating of one month of the series; NULL outside it. */
const VsRating *vs_assessment_rating_at  (const VsAssessment *assessment,
                                          VsPeriod            period);
/* Worst first, for the exception report: Red before Amber before the rest, then more
 * reasons, then further from target. A GCompareFunc on VsAssessment*. */
int           vs_assessment_compare_severity (const VsAssessment *a,
                                              const VsAssessment *b);
/* Sorts an array of VsAssessment* worst first (stable: ties keep their order). */
void          vs_assessments_sort_by_severity (GPtrArray         *assessments);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsAssessment, vs_assessment_free)

G_END_DECLS
