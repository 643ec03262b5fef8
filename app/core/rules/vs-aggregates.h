/* vs-aggregates.h: year to date, quarters, rolling twelve months, three-year averages
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "vs-indicator.h"
#include "vs-series.h"

G_BEGIN_DECLS

typedef enum {
  VS_AGGREGATE_NONE,     /* no actual value in the window */
  VS_AGGREGATE_LATEST,   /* a cumulative (year to date) figure: the latest one says it all */
  VS_AGGREGATE_MEAN,     /* the mean of the values */
  VS_AGGREGATE_RATIO,    /* summed numerators over summed denominators, in the unit */
  VS_AGGREGATE_DERIVED,  /* rolling 12 months of a cumulative figure, from three of them */
} VsAggregateMethod;

typedef struct {
  double            value;        /* NAN when there is none */
  double            numerator;    /* the sums, for RATIO; NAN otherwise */
  double            denominator;
  guint             n_values;     /* actual values used */
  VsPeriod          from;         /* the window, inclusive */
  VsPeriod          to;
  VsAggregateMethod method;
} VsAggregate;

/* What a ratio is multiplied by in @unit: 100 for percentages, 10,000 for rates. */
double   vs_aggregate_scale  (VsUnit unit);

/* Any window of months. Cumulative indicators give their latest value; otherwise the ratio
 * of sums when every value in the window has a numerator and a denominator (and the sum of
 * denominators is not zero), else the mean. FALSE (and value NAN) when there is nothing. */
gboolean vs_aggregate_window (const VsIndicator *indicator,
                              const VsSeries    *series,
                              VsPeriod           from,
                              VsPeriod           to,
                              VsAggregate       *out);
/* April of @period's financial year to @period. */
gboolean vs_aggregate_year_to_date          (const VsIndicator *indicator,
                                             const VsSeries    *series,
                                             VsPeriod           period,
                                             VsAggregate       *out);
/* The same months a year earlier. */
gboolean vs_aggregate_previous_year_to_date (const VsIndicator *indicator,
                                             const VsSeries    *series,
                                             VsPeriod           period,
                                             VsAggregate       *out);
/* The quarter (Apr-Jun, Jul-Sep, Oct-Dec, Jan-Mar) holding @period, up to @period. */
gboolean vs_aggregate_quarter               (const VsIndicator *indicator,
                                             const VsSeries    *series,
                                             VsPeriod           period,
                                             VsAggregate       *out);
/* The twelve months to @period. For a cumulative figure: this year to date plus the rest
 * of last year (last year's total less last year to date); for a rolling figure: itself. */
gboolean vs_aggregate_rolling_12            (const VsIndicator *indicator,
                                             const VsSeries    *series,
                                             VsPeriod           period,
                                             VsAggregate       *out);
/* The 36 months to @period. For a cumulative figure: the mean of the year-end (March)
 * totals in them. */
gboolean vs_aggregate_three_year            (const VsIndicator *indicator,
                                             const VsSeries    *series,
                                             VsPeriod           period,
                                             VsAggregate       *out);

G_END_DECLS
