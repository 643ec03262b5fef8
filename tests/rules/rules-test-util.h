/* rules-test-util.h: series for the rules tests, from the figures the committee papers print
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <math.h>

#include "vs-indicator.h"
#include "vs-series.h"

/* Monthly values from @first; NAN is a month due but missing (a white cell). */
static inline VsSeries *
series_from (VsPeriod      first,
             const double *values,
             guint         n)
{
  VsSeries *s = vs_series_new (first, n);

  for (guint i = 0; i < n; i++)
    {
      s->values[i] = values[i];
      s->states[i] = isnan (values[i]) ? VS_OBS_MISSING : VS_OBS_ACTUAL;
    }
  return s;
}

/* Values of a quarterly / termly / annual indicator at the months it is due, from @first;
 * every other month not expected. */
static inline VsSeries *
series_at_due (VsPeriod      first,
               guint         n_months,
               VsPeriodicity periodicity,
               const double *values,
               guint         n_values)
{
  VsSeries *s = vs_series_new (first, n_months);
  guint next = 0;

  for (guint i = 0; i < n_months; i++)
    {
      if (!vs_period_is_due (first + (VsPeriod) i, periodicity) || next >= n_values)
        {
          s->states[i] = VS_OBS_NOT_EXPECTED;
          continue;
        }
      s->values[i] = values[next];
      s->states[i] = isnan (values[next]) ? VS_OBS_MISSING : VS_OBS_ACTUAL;
      next++;
    }
  return s;
}

/* The Norfolk dashboard's thirteen months, Nov 16 to Nov 17 (paper of 16 January 2018). */
#define NOV16 (vs_period_new (2016, 11))
#define NOV17 (vs_period_new (2017, 11))

static const double norfolk_cin_plan[13] = {   /* CIN with up to date CIN Plan, Bigger */
  72.5, 70.6, 85.7, 86.7, 81.9, 78.3, 82.1, 79.9, 84.0, 80.0, 75.1, 71.5, 64.7,
};
static const double norfolk_cp_seen[13] = {    /* CP - % children seen, Bigger */
  87.5, 90.7, 89.1, 84.5, 93.3, 90.5, 90.0, 58.3, 68.6, 49.2, 67.3, 67.5, 58.1,
};
/* ... and its numerator / denominator line, Nov 16 to Aug 17 */
static const double norfolk_cp_seen_num[10] = { 393, 411, 423, 392, 458, 466, 441, 298, 359, 272 };
static const double norfolk_cp_seen_den[10] = { 449, 453, 475, 464, 491, 515, 490, 511, 523, 553 };
static const double norfolk_lac_care_plan[13] = {  /* LAC with up to date Care Plan, Bigger */
  97.1, 98.5, 98.6, 98.0, 97.3, 97.1, 96.5, 96.6, 96.6, 96.2, 96.8, 97.0, 95.3,
};
static const double norfolk_eh_rereferrals[13] = {  /* re-referrals to EH, Smaller */
  18.0, 11.1, 11.3, 10.1, 13.7, 14.7, 18.4, 16.8, 21.7, 11.3, 11.2, 6.8, 9.4,
};

static inline VsIndicator *
norfolk_indicator (const char *ref,
                   const char *title,
                   VsPolarity  polarity,
                   const char *target)
{
  VsIndicator *ind = vs_indicator_new ();

  ind->ref = g_strdup (ref);
  ind->title = g_strdup (title);
  ind->polarity = polarity;
  ind->unit = VS_UNIT_PERCENTAGE;
  ind->periodicity = VS_PERIODICITY_MONTHLY;
  ind->target_text = g_strdup (target);
  return ind;
}
