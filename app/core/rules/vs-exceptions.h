/* vs-exceptions.h: which vital signs go to committee, and why
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "vs-indicator.h"
#include "vs-rag.h"
#include "vs-series.h"

G_BEGIN_DECLS

/* "Performance is off-target (Red RAG rating or variance of 5% or more)" */
#define VS_EXCEPTION_VARIANCE_PERCENT 5.0
/* "Performance has deteriorated for three consecutive months/quarters/years" */
#define VS_EXCEPTION_DECLINING_CHANGES 3

typedef enum {
  VS_EXCEPTION_NONE         = 0,
  VS_EXCEPTION_OFF_TARGET   = 1 << 0,
  VS_EXCEPTION_DECLINING_3  = 1 << 1,
  VS_EXCEPTION_BUDGET       = 1 << 2,
  VS_EXCEPTION_RISK         = 1 << 3,
} VsExceptionReasons;

/* Red, or rated and short of its target by 5% of the target or more (VsRating.variance). */
gboolean            vs_exception_is_off_target (const VsRating *rating);
/* TRUE when each of the last @n_changes changes into @period at @periodicity was a
 * decline (beyond @tolerance); every value they need must be actual. */
gboolean            vs_exception_is_declining  (const VsSeries *series,
                                                VsPeriod        period,
                                                VsPeriodicity   periodicity,
                                                VsPolarity      direction,
                                                double          tolerance,
                                                guint           n_changes);
/* Every reason the indicator is an exception at @period. @rating is its rating there;
 * @direction which way is good (VsRagSpec.direction). */
VsExceptionReasons  vs_exception_reasons       (const VsIndicator *indicator,
                                                const VsRating    *rating,
                                                const VsSeries    *series,
                                                VsPeriod           period,
                                                VsPolarity         direction);
/* "off-target;declining-3;budget;risk" (machine names, in that order), "" for none. */
char               *vs_exception_reasons_to_string (VsExceptionReasons reasons);
/* "Off target, declining for three periods" for people, translated. */
char               *vs_exception_reasons_label     (VsExceptionReasons reasons);
/* How many reasons are set. */
guint               vs_exception_reasons_count     (VsExceptionReasons reasons);

G_END_DECLS
