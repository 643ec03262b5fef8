/* vs-period.c: months as small integers
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "vs-period.h"

/* Month abbreviations are the committee papers' own column headers and appear in files, so they are
 * not translated here; the UI labels periods through its own translated formats. */
static const char * const month_abbrev[] = {
  "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};
static const char * const month_name[] = {
  "January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December",
};

VsPeriod
vs_period_new (int year,
               int month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, VS_PERIOD_INVALID);
  g_return_val_if_fail (year >= 1 && year <= 9999, VS_PERIOD_INVALID);
  return year * 12 + (month - 1);
}

gboolean
vs_period_is_valid (VsPeriod period)
{
  return period >= 12 && period < 10000 * 12;
}

int
vs_period_year (VsPeriod period)
{
  g_return_val_if_fail (vs_period_is_valid (period), 0);
  return period / 12;
}

int
vs_period_month (VsPeriod period)
{
  g_return_val_if_fail (vs_period_is_valid (period), 0);
  return period % 12 + 1;
}

char *
vs_period_to_iso (VsPeriod period)
{
  g_return_val_if_fail (vs_period_is_valid (period), NULL);
  return g_strdup_printf ("%04d-%02d", period / 12, period % 12 + 1);
}

gboolean
vs_period_parse_iso (const char *text,
                     VsPeriod   *out)
{
  int year = 0, month = 0;

  g_return_val_if_fail (out != NULL, FALSE);

  if (text == NULL || strlen (text) != 7 || text[4] != '-')
    return FALSE;
  for (int i = 0; i < 7; i++)
    if (i != 4 && !g_ascii_isdigit (text[i]))
      return FALSE;

  year = atoi (text);
  month = atoi (text + 5);
  if (year < 1 || month < 1 || month > 12)
    return FALSE;
  *out = year * 12 + (month - 1);
  return TRUE;
}

char *
vs_period_to_label (VsPeriod period)
{
  g_return_val_if_fail (vs_period_is_valid (period), NULL);
  return g_strdup_printf ("%s %02d", month_abbrev[period % 12], (period / 12) % 100);
}

char *
vs_period_to_long_label (VsPeriod period)
{
  g_return_val_if_fail (vs_period_is_valid (period), NULL);
  return g_strdup_printf ("%s %d", month_name[period % 12], period / 12);
}

VsPeriod
vs_period_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  return vs_period_new (g_date_time_get_year (now), g_date_time_get_month (now));
}

VsPeriod
vs_period_financial_year_start (VsPeriod period)
{
  int month = vs_period_month (period);
  int year = vs_period_year (period);

  return vs_period_new (month >= 4 ? year : year - 1, 4);
}

gboolean
vs_period_is_due (VsPeriod      period,
                  VsPeriodicity periodicity)
{
  int month = vs_period_month (period);

  switch (periodicity)
    {
    case VS_PERIODICITY_MONTHLY:
      return TRUE;
    case VS_PERIODICITY_QUARTERLY:
      return month % 3 == 0;                    /* Jun, Sep, Dec, Mar */
    case VS_PERIODICITY_TERMLY:
      return month == 12 || month == 4 || month == 7;  /* autumn, spring, summer terms end */
    case VS_PERIODICITY_ANNUAL:
      return month == 3;                        /* the financial year ends in March */
    case VS_N_PERIODICITIES:
      break;
    }
  g_return_val_if_reached (FALSE);
}

VsPeriod
vs_period_due_at_or_before (VsPeriod      period,
                            VsPeriodicity periodicity)
{
  for (int i = 0; i < 12; i++)
    if (vs_period_is_due (period - i, periodicity))
      return period - i;
  g_return_val_if_reached (period);
}
