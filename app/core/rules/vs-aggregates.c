/* vs-aggregates.c: year to date, quarters, rolling twelve months, three-year averages
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "vs-aggregates.h"

double
vs_aggregate_scale (VsUnit unit)
{
  switch (unit)
    {
    case VS_UNIT_PERCENTAGE: return 100.0;
    case VS_UNIT_RATE_10K: return 10000.0;
    case VS_UNIT_COUNT:
    case VS_UNIT_AVERAGE:
    case VS_UNIT_DAYS:
    case VS_UNIT_MAXIMUM:
    case VS_UNIT_MONEY:
      return 1.0;
    case VS_N_UNITS:
      break;
    }
  g_return_val_if_reached (1.0);
}

static void
aggregate_init (VsAggregate *out,
                VsPeriod     from,
                VsPeriod     to)
{
  *out = (VsAggregate) { NAN, NAN, NAN, 0, from, to, VS_AGGREGATE_NONE };
}

static gboolean
actual_at (const VsSeries *series,
           VsPeriod        period,
           guint          *index)
{
  int i = vs_series_index (series, period);

  if (i < 0 || series->states[i] != VS_OBS_ACTUAL || !isfinite (series->values[i]))
    return FALSE;
  *index = (guint) i;
  return TRUE;
}

static gboolean
latest_in (const VsSeries *series,
           VsPeriod        from,
           VsPeriod        to,
           VsAggregate    *out)
{
  guint i;

  for (VsPeriod p = to; p >= from; p--)
    if (actual_at (series, p, &i))
      {
        out->value = series->values[i];
        out->n_values = 1;
        out->method = VS_AGGREGATE_LATEST;
        return TRUE;
      }
  return FALSE;
}

/* Mean or ratio of the actual values in [from, to]; with @year_ends only March counts. */
static gboolean
combine (const VsIndicator *indicator,
         const VsSeries    *series,
         VsPeriod           from,
         VsPeriod           to,
         gboolean           year_ends,
         VsAggregate       *out)
{
  double sum = 0, num = 0, den = 0;
  gboolean all_have_ratio = TRUE;
  guint n = 0, i;

  for (VsPeriod p = from; p <= to; p++)
    {
      if (year_ends && vs_period_month (p) != 3)
        continue;
      if (!actual_at (series, p, &i))
        continue;
      n++;
      sum += series->values[i];
      if (isfinite (series->numerators[i]) && isfinite (series->denominators[i]))
        {
          num += series->numerators[i];
          den += series->denominators[i];
        }
      else
        all_have_ratio = FALSE;
    }
  if (n == 0)
    return FALSE;

  out->n_values = n;
  /* A percentage of summed counts weights each month by its size, as the committee papers' YTD
   * columns do; a month without its counts would be silently dropped, so then the plain
   * mean is the honest figure. */
  if (all_have_ratio && den != 0 && !year_ends)
    {
      out->method = VS_AGGREGATE_RATIO;
      out->numerator = num;
      out->denominator = den;
      out->value = num / den * vs_aggregate_scale (indicator->unit);
    }
  else
    {
      out->method = VS_AGGREGATE_MEAN;
      out->value = sum / n;
    }
  return TRUE;
}

gboolean
vs_aggregate_window (const VsIndicator *indicator,
                     const VsSeries    *series,
                     VsPeriod           from,
                     VsPeriod           to,
                     VsAggregate       *out)
{
  g_return_val_if_fail (indicator != NULL, FALSE);
  g_return_val_if_fail (series != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  aggregate_init (out, from, to);
  if (from > to)
    return FALSE;
  if (indicator->cumulative)
    return latest_in (series, from, to, out);
  return combine (indicator, series, from, to, FALSE, out);
}

gboolean
vs_aggregate_year_to_date (const VsIndicator *indicator,
                           const VsSeries    *series,
                           VsPeriod           period,
                           VsAggregate       *out)
{
  g_return_val_if_fail (vs_period_is_valid (period), FALSE);
  return vs_aggregate_window (indicator, series, vs_period_financial_year_start (period),
                              period, out);
}

gboolean
vs_aggregate_previous_year_to_date (const VsIndicator *indicator,
                                    const VsSeries    *series,
                                    VsPeriod           period,
                                    VsAggregate       *out)
{
  g_return_val_if_fail (vs_period_is_valid (period - 12), FALSE);
  return vs_aggregate_year_to_date (indicator, series, period - 12, out);
}

gboolean
vs_aggregate_quarter (const VsIndicator *indicator,
                      const VsSeries    *series,
                      VsPeriod           period,
                      VsAggregate       *out)
{
  g_return_val_if_fail (vs_period_is_valid (period), FALSE);
  /* Financial quarters end in Jun, Sep, Dec and Mar, as calendar quarters do. */
  return vs_aggregate_window (indicator, series, period - (vs_period_month (period) - 1) % 3,
                              period, out);
}

gboolean
vs_aggregate_rolling_12 (const VsIndicator *indicator,
                         const VsSeries    *series,
                         VsPeriod           period,
                         VsAggregate       *out)
{
  VsPeriod year_end;
  guint now, last_total, last_same;

  g_return_val_if_fail (indicator != NULL && series != NULL && out != NULL, FALSE);
  g_return_val_if_fail (vs_period_is_valid (period - 12), FALSE);

  if (indicator->rolling)
    {
      aggregate_init (out, period - 11, period);
      return latest_in (series, period, period, out);
    }
  if (!indicator->cumulative)
    return vs_aggregate_window (indicator, series, period - 11, period, out);

  aggregate_init (out, period - 11, period);
  year_end = vs_period_financial_year_start (period) - 1;
  if (!actual_at (series, period, &now))
    return FALSE;
  if (vs_period_month (period) == 3)
    {
      /* A March figure is the whole financial year: twelve months already. */
      out->value = series->values[now];
      out->n_values = 1;
      out->method = VS_AGGREGATE_LATEST;
      return TRUE;
    }
  if (!actual_at (series, year_end, &last_total) || !actual_at (series, period - 12, &last_same))
    return FALSE;
  out->value = series->values[now] + series->values[last_total] - series->values[last_same];
  out->n_values = 3;
  out->method = VS_AGGREGATE_DERIVED;
  return TRUE;
}

gboolean
vs_aggregate_three_year (const VsIndicator *indicator,
                         const VsSeries    *series,
                         VsPeriod           period,
                         VsAggregate       *out)
{
  g_return_val_if_fail (indicator != NULL && series != NULL && out != NULL, FALSE);
  g_return_val_if_fail (vs_period_is_valid (period - 35), FALSE);

  if (!indicator->cumulative)
    return vs_aggregate_window (indicator, series, period - 35, period, out);
  aggregate_init (out, period - 35, period);
  return combine (indicator, series, period - 35, period, TRUE, out);
}
