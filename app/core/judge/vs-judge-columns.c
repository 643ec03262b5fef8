/* vs-judge-columns.c: the periods a table and a chart show of an indicator, and their names
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "vs-judge.h"

/* The most periods of each kind a table shows: thirteen months (the committee papers'
 * dashboard), two years of quarters, three of terms, and every year the judgement reads
 * (VS_JUDGE_MONTHS: five) up to ten. */
static guint
most_columns (VsPeriodicity periodicity)
{
  switch (periodicity)
    {
    case VS_PERIODICITY_MONTHLY:   return VS_TABLE_MONTHS;
    case VS_PERIODICITY_QUARTERLY: return 8;
    case VS_PERIODICITY_TERMLY:    return 9;
    case VS_PERIODICITY_ANNUAL:    return VS_TABLE_YEARS;
    case VS_N_PERIODICITIES:       break;
    }
  g_return_val_if_reached (VS_TABLE_MONTHS);
}

/* A figure of a published statistic names its year by the month the year ends in: a
 * financial or reporting year in March, an academic year in July, a calendar year in
 * December (vs_period_parse_dfe). The latest figure held says which; with none, the
 * month a figure is due. */
static VsPeriod
latest_held (const VsAssessment *assessment)
{
  const VsSeries *series = assessment->series;

  for (guint k = series->n; k-- > 0;)
    if (series->states[k] == VS_OBS_ACTUAL || series->states[k] == VS_OBS_SUPPRESSED)
      return series->first + (VsPeriod) k;
  return vs_period_due_at_or_before (vs_series_last (series), assessment->indicator->periodicity);
}

guint
vs_judge_columns (const VsAssessment *assessment,
                  VsPeriod            periods[VS_TABLE_MONTHS])
{
  const VsSeries *series;
  VsPeriodicity periodicity;
  VsPeriod last, period;
  guint most, n = 0;

  g_return_val_if_fail (assessment != NULL && assessment->series != NULL, 0);
  g_return_val_if_fail (periods != NULL, 0);

  series = assessment->series;
  last = vs_series_last (series);
  periodicity = assessment->indicator->periodicity;
  most = MIN (most_columns (periodicity), VS_TABLE_MONTHS);
  if (periodicity == VS_PERIODICITY_MONTHLY)
    {
      n = MIN (series->n, (guint) VS_TABLE_MONTHS);
      for (guint i = 0; i < n; i++)
        periods[i] = last - (VsPeriod) (n - 1 - i);
      return n;
    }

  /* Newest first, then turned round. */
  period = latest_held (assessment);
  if (periodicity == VS_PERIODICITY_TERMLY)
    {
      for (VsPeriod p = period; p >= series->first && n < most; p--)
        if (vs_period_is_due (p, periodicity) || p == period)
          periods[n++] = p;
    }
  else
    {
      VsPeriod step = periodicity == VS_PERIODICITY_ANNUAL ? 12 : 3;

      for (VsPeriod p = period; p >= series->first && n < most; p -= step)
        periods[n++] = p;
    }
  for (guint i = 0; i < n / 2; i++)
    {
      VsPeriod swap = periods[i];

      periods[i] = periods[n - 1 - i];
      periods[n - 1 - i] = swap;
    }
  return n;
}

char *
vs_judge_column_label (const VsIndicator *indicator,
                       VsPeriod           period)
{
  int year, month;

  g_return_val_if_fail (indicator != NULL, NULL);
  g_return_val_if_fail (vs_period_is_valid (period), NULL);

  year = vs_period_year (period);
  month = vs_period_month (period);
  switch (indicator->periodicity)
    {
    case VS_PERIODICITY_MONTHLY:
      break;
    case VS_PERIODICITY_QUARTERLY:
      {
        /* The financial year's quarters, as local government counts them: Q1 is
         * April to June. */
        int end = month <= 3 ? year : year + 1;

        if (month % 3 != 0)
          break;
        /* Translators: a financial quarter, "Q3 2017-18" */
        return g_strdup_printf (C_("period", "Q%d %d-%02d"), ((month + 8) % 12) / 3 + 1,
                                end - 1, end % 100);
      }
    case VS_PERIODICITY_TERMLY:
      /* Translators: the school terms, "Autumn 2017" */
      if (month == 12)
        return g_strdup_printf (C_("period", "Autumn %d"), year);
      if (month == 4)
        return g_strdup_printf (C_("period", "Spring %d"), year);
      if (month == 7)
        return g_strdup_printf (C_("period", "Summer %d"), year);
      break;
    case VS_PERIODICITY_ANNUAL:
      /* As the source writes the year: "2024-25" a financial year, "2024/25" an
       * academic one, "2024" a calendar one. */
      if (month == 3)
        return g_strdup_printf ("%d-%02d", year - 1, year % 100);
      if (month == 7)
        return g_strdup_printf ("%d/%02d", year - 1, year % 100);
      if (month == 12)
        return g_strdup_printf ("%d", year);
      break;
    case VS_N_PERIODICITIES:
      g_return_val_if_reached (NULL);
    }
  return vs_period_to_label (period);
}

char *
vs_judge_period_label (const VsIndicator *indicator,
                       VsPeriod           period)
{
  g_return_val_if_fail (indicator != NULL, NULL);
  g_return_val_if_fail (vs_period_is_valid (period), NULL);

  if (indicator->periodicity == VS_PERIODICITY_MONTHLY)
    return vs_period_to_long_label (period);
  return vs_judge_column_label (indicator, period);
}
