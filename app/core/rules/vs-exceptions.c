/* vs-exceptions.c: which vital signs go to committee, and why
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "vs-exceptions.h"
#include "vs-travel.h"

gboolean
vs_exception_is_off_target (const VsRating *rating)
{
  g_return_val_if_fail (rating != NULL, FALSE);

  if (rating->rag == VS_RAG_RED)
    return TRUE;
  /* An Amber 5-10% short of its target is still "a variance of 5% or more"; the small
   * allowance keeps a figure exactly 5% short on the exception side despite rounding. */
  return (rating->rag == VS_RAG_AMBER || rating->rag == VS_RAG_GREEN) &&
         !isnan (rating->variance) &&
         rating->variance >= VS_EXCEPTION_VARIANCE_PERCENT - 1e-9;
}

gboolean
vs_exception_is_declining (const VsSeries *series,
                           VsPeriod        period,
                           VsPeriodicity   periodicity,
                           VsPolarity      direction,
                           double          tolerance,
                           guint           n_changes)
{
  g_return_val_if_fail (series != NULL, FALSE);

  if (n_changes == 0 || direction == VS_POLARITY_INFO)
    return FALSE;
  for (guint i = 0; i < n_changes; i++)
    {
      if (!vs_period_is_valid (period) || period < series->first)
        return FALSE;
      if (vs_travel_in_series (series, period, periodicity, direction, tolerance) !=
          VS_TRAVEL_DECLINING)
        return FALSE;
      period = vs_travel_previous_period (period, periodicity);
    }
  return TRUE;
}

VsExceptionReasons
vs_exception_reasons (const VsIndicator *indicator,
                      const VsRating    *rating,
                      const VsSeries    *series,
                      VsPeriod           period,
                      VsPolarity         direction)
{
  VsExceptionReasons reasons = VS_EXCEPTION_NONE;

  g_return_val_if_fail (indicator != NULL, VS_EXCEPTION_NONE);
  g_return_val_if_fail (rating != NULL, VS_EXCEPTION_NONE);

  if (vs_exception_is_off_target (rating))
    reasons |= VS_EXCEPTION_OFF_TARGET;
  if (series != NULL &&
      vs_exception_is_declining (series, period, indicator->periodicity, direction,
                                 indicator->dot_tolerance, VS_EXCEPTION_DECLINING_CHANGES))
    reasons |= VS_EXCEPTION_DECLINING_3;
  if (indicator->budget_flag)
    reasons |= VS_EXCEPTION_BUDGET;
  if (indicator->risk_flag)
    reasons |= VS_EXCEPTION_RISK;
  return reasons;
}

static const struct {
  VsExceptionReasons reason;
  const char *name;
  const char *label;
} reason_names[] = {
  { VS_EXCEPTION_OFF_TARGET, "off-target", N_("Off target") },
  { VS_EXCEPTION_DECLINING_3, "declining-3", N_("Declining for three periods") },
  { VS_EXCEPTION_BUDGET, "budget", N_("Affects the budget") },
  { VS_EXCEPTION_RISK, "risk", N_("Affects a corporate risk") },
};

char *
vs_exception_reasons_to_string (VsExceptionReasons reasons)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (reason_names); i++)
    if (reasons & reason_names[i].reason)
      {
        if (out->len > 0)
          g_string_append_c (out, ';');
        g_string_append (out, reason_names[i].name);
      }
  return g_string_free (out, FALSE);
}

char *
vs_exception_reasons_label (VsExceptionReasons reasons)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (reason_names); i++)
    if (reasons & reason_names[i].reason)
      {
        if (out->len > 0)
          /* TRANSLATORS: separates exception reasons: "Off target, Affects the budget" */
          g_string_append (out, _(", "));
        g_string_append (out, _(reason_names[i].label));
      }
  return g_string_free (out, FALSE);
}

guint
vs_exception_reasons_count (VsExceptionReasons reasons)
{
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (reason_names); i++)
    if (reasons & reason_names[i].reason)
      n++;
  return n;
}
