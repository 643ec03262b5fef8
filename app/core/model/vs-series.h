/* vs-series.h: one indicator at one locality over a run of months
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "vs-period.h"
#include "vs-types.h"

G_BEGIN_DECLS

/* Dense by month from @first for @n months, so index i is month first + i. This is the
 * shape the rules, the charts and the tables all read. */
typedef struct {
  VsPeriod     first;
  guint        n;
  double      *values;        /* NAN unless ACTUAL */
  double      *numerators;    /* NAN when not given */
  double      *denominators;
  VsObsState  *states;
} VsSeries;

VsSeries *vs_series_new        (VsPeriod       first,
                                guint          n);
void      vs_series_free       (VsSeries      *series);
/* A copy of months @start .. @start + @n - 1 (indexes into @series, which must hold them). */
VsSeries *vs_series_slice      (const VsSeries *series,
                                guint          start,
                                guint          n);
/* A copy of the whole series. */
VsSeries *vs_series_copy       (const VsSeries *series);
VsPeriod  vs_series_last       (const VsSeries *series);
/* -1 when @period is outside the series */
int       vs_series_index      (const VsSeries *series,
                                VsPeriod       period);
/* Gives every month that has no row a state: NOT_EXPECTED when nothing of that periodicity
 * is due then or when it comes before @first_observed (the indicator did not exist yet: the
 * committee papers' grey cells), otherwise MISSING (white cells: due, not yet in). */
void      vs_series_fill_gaps  (VsSeries      *series,
                                VsPeriodicity  periodicity,
                                VsPeriod       first_observed);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsSeries, vs_series_free)

G_END_DECLS
