/* vs-series.c: one indicator at one locality over a run of months
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "vs-series.h"

VsSeries *
vs_series_new (VsPeriod first,
               guint    n)
{
  VsSeries *series = g_new0 (VsSeries, 1);

  series->first = first;
  series->n = n;
  series->values = g_new (double, MAX (n, 1));
  series->numerators = g_new (double, MAX (n, 1));
  series->denominators = g_new (double, MAX (n, 1));
  series->states = g_new (VsObsState, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      series->values[i] = NAN;
      series->numerators[i] = NAN;
      series->denominators[i] = NAN;
      /* Until filled, a month has no row; vs_series_fill_gaps decides what that means. */
      series->states[i] = (VsObsState) -1;
    }
  return series;
}

void
vs_series_free (VsSeries *series)
{
  if (series == NULL)
    return;
  g_free (series->values);
  g_free (series->numerators);
  g_free (series->denominators);
  g_free (series->states);
  g_free (series);
}

VsSeries *
vs_series_slice (const VsSeries *series,
                 guint           start,
                 guint           n)
{
  VsSeries *out;

  g_return_val_if_fail (series != NULL, NULL);
  g_return_val_if_fail (start <= series->n && n <= series->n - start, NULL);

  out = vs_series_new (series->first + (VsPeriod) start, n);
  memcpy (out->values, series->values + start, n * sizeof (double));
  memcpy (out->numerators, series->numerators + start, n * sizeof (double));
  memcpy (out->denominators, series->denominators + start, n * sizeof (double));
  memcpy (out->states, series->states + start, n * sizeof (VsObsState));
  return out;
}

VsSeries *
vs_series_copy (const VsSeries *series)
{
  g_return_val_if_fail (series != NULL, NULL);
  return vs_series_slice (series, 0, series->n);
}

VsPeriod
vs_series_last (const VsSeries *series)
{
  g_return_val_if_fail (series != NULL && series->n > 0, VS_PERIOD_INVALID);
  return series->first + (VsPeriod) series->n - 1;
}

int
vs_series_index (const VsSeries *series,
                 VsPeriod        period)
{
  g_return_val_if_fail (series != NULL, -1);
  if (period < series->first || period >= series->first + (VsPeriod) series->n)
    return -1;
  return period - series->first;
}

void
vs_series_fill_gaps (VsSeries      *series,
                     VsPeriodicity  periodicity,
                     VsPeriod       first_observed)
{
  g_return_if_fail (series != NULL);

  for (guint i = 0; i < series->n; i++)
    {
      VsPeriod period = series->first + (VsPeriod) i;

      if ((int) series->states[i] != -1)
        continue;
      if (!vs_period_is_due (period, periodicity) ||
          first_observed == VS_PERIOD_INVALID || period < first_observed)
        series->states[i] = VS_OBS_NOT_EXPECTED;
      else
        series->states[i] = VS_OBS_MISSING;
    }
}
