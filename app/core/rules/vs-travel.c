/* vs-travel.c: direction of travel since the previous period
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "vs-travel.h"

VsTravel
vs_travel_compare (VsPolarity direction,
                   double     previous,
                   double     current,
                   double     tolerance)
{
  double change;
  /* As in the RAG rules, equality allows for the last bits of a computed double. */
  double slack = 1e-9 * MAX (1.0, fabs (previous));

  if (!isfinite (previous) || !isfinite (current) || direction == VS_POLARITY_INFO)
    return VS_TRAVEL_NONE;

  change = current - previous;
  if (fabs (change) <= (isfinite (tolerance) && tolerance > 0 ? tolerance : 0.0) + slack)
    return VS_TRAVEL_SAME;
  if ((change > 0) == (direction == VS_POLARITY_HIGHER_IS_BETTER))
    return VS_TRAVEL_IMPROVING;
  return VS_TRAVEL_DECLINING;
}

VsPeriod
vs_travel_previous_period (VsPeriod      period,
                           VsPeriodicity periodicity)
{
  g_return_val_if_fail (vs_period_is_valid (period), VS_PERIOD_INVALID);
  /* Terms are not all four months long, so step back to the last due month instead of
   * subtracting a fixed length. */
  return vs_period_due_at_or_before (period - 1, periodicity);
}

static double
actual_at (const VsSeries *series,
           VsPeriod        period)
{
  int i = vs_series_index (series, period);

  if (i < 0 || series->states[i] != VS_OBS_ACTUAL)
    return NAN;
  return series->values[i];
}

VsTravel
vs_travel_in_series (const VsSeries *series,
                     VsPeriod        period,
                     VsPeriodicity   periodicity,
                     VsPolarity      direction,
                     double          tolerance)
{
  g_return_val_if_fail (series != NULL, VS_TRAVEL_NONE);

  if (!vs_period_is_valid (period) || !vs_period_is_valid (period - 1))
    return VS_TRAVEL_NONE;
  return vs_travel_compare (direction,
                            actual_at (series, vs_travel_previous_period (period, periodicity)),
                            actual_at (series, period),
                            tolerance);
}

VsTravel
vs_travel_for_indicator (const VsIndicator *indicator,
                         const VsSeries    *series,
                         VsPeriod           period)
{
  g_return_val_if_fail (indicator != NULL, VS_TRAVEL_NONE);
  return vs_travel_in_series (series, period, indicator->periodicity, indicator->polarity,
                              indicator->dot_tolerance);
}
