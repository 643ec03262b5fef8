/* vs-travel.h: direction of travel since the previous period
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "vs-indicator.h"
#include "vs-series.h"
#include "vs-types.h"

G_BEGIN_DECLS

/* Judges @current against @previous: a change of no more than @tolerance (NAN: exact) is
 * "same"; NONE when either is missing or @direction is INFO. */
VsTravel  vs_travel_compare         (VsPolarity      direction,
                                     double          previous,
                                     double          current,
                                     double          tolerance);
/* The period before @period at the indicator's periodicity: the month before, the quarter
 * before, the term before, the year before. */
VsPeriod  vs_travel_previous_period (VsPeriod        period,
                                     VsPeriodicity   periodicity);
/* The travel into @period within @series (an actual value at @period and at the previous
 * period of @periodicity), else NONE. */
VsTravel  vs_travel_in_series       (const VsSeries *series,
                                     VsPeriod        period,
                                     VsPeriodicity   periodicity,
                                     VsPolarity      direction,
                                     double          tolerance);
/* The same with the indicator's periodicity, polarity and dot_tolerance. */
VsTravel  vs_travel_for_indicator   (const VsIndicator *indicator,
                                     const VsSeries    *series,
                                     VsPeriod           period);

G_END_DECLS
