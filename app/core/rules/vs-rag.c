/* vs-rag.c: what colour a figure is, and why
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "vs-rag.h"

/* Figures arrive as decimals computed from numerators and denominators, so "equal to the
 * threshold" allows for the last bits of a double: 90.0 from 0.9 * 100 is still 90. */
static double
slack (double bound)
{
  return 1e-9 * MAX (1.0, fabs (bound));
}

/* How much worse @value is than @bound, judged by @direction; 0 when at least as good. */
static double
worse_by (VsPolarity direction,
          double     value,
          double     bound)
{
  double d = direction == VS_POLARITY_LOWER_IS_BETTER ? value - bound : bound - value;
  return d <= slack (bound) ? 0.0 : d;
}

/* @worse as a percentage of @bound: the committee papers' "10% (not percentage points)". */
static double
relative_percent (double worse,
                  double bound)
{
  if (worse == 0.0)
    return 0.0;
  if (fabs (bound) < 1e-12)
    return INFINITY;
  return worse / fabs (bound) * 100.0;
}

gboolean
vs_rag_spec_init (VsRagSpec         *spec,
                  const VsIndicator *indicator,
                  GError           **error)
{
  gboolean has_thresholds;
  VsRagRule rule;

  g_return_val_if_fail (spec != NULL, FALSE);
  g_return_val_if_fail (indicator != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  memset (spec, 0, sizeof *spec);
  spec->rule = VS_RAG_RULE_NONE;
  spec->unit = indicator->unit;
  spec->red = indicator->red_threshold;
  spec->green = indicator->green_threshold;
  spec->amber_percent = isnan (indicator->amber_percent) ? VS_RAG_DEFAULT_AMBER_PERCENT
                                                         : indicator->amber_percent;
  spec->comparator = indicator->rag_comparator >= 0 &&
                     indicator->rag_comparator < VS_N_COMPARATORS ? indicator->rag_comparator : -1;

  if (!vs_target_parse (indicator->target_text, &spec->target, error))
    return FALSE;
  spec->direction = vs_target_direction (&spec->target, indicator->polarity);

  if (!isfinite (spec->amber_percent) || spec->amber_percent < 0)
    {
      g_set_error (error, VS_RULES_ERROR, VS_RULES_ERROR_RULE,
                   _("The amber margin must be a percentage of zero or more"));
      return FALSE;
    }

  has_thresholds = isfinite (spec->red) && isfinite (spec->green);
  rule = indicator->rag_rule;
  if ((guint) rule >= VS_N_RAG_RULES)
    {
      g_set_error (error, VS_RULES_ERROR, VS_RULES_ERROR_RULE, _("Unknown RAG rule %d"), rule);
      return FALSE;
    }
  switch (rule)
    {
    case VS_RAG_RULE_AUTO:
      /* Explicit thresholds say the most, then a range, then a single figure to meet. */
      if (has_thresholds)
        rule = VS_RAG_RULE_TOLERANCE;
      else if (spec->target.kind == VS_TARGET_BAND)
        rule = VS_RAG_RULE_BAND;
      else if (vs_target_is_single (&spec->target) || spec->comparator >= 0)
        rule = VS_RAG_RULE_RELATIVE;
      else
        rule = VS_RAG_RULE_NONE;
      break;
    case VS_RAG_RULE_TOLERANCE:
      if (!has_thresholds)
        {
          g_set_error (error, VS_RULES_ERROR, VS_RULES_ERROR_RULE,
                       _("The tolerance rule needs both a red and a green threshold"));
          return FALSE;
        }
      break;
    case VS_RAG_RULE_BAND:
      if (spec->target.kind != VS_TARGET_BAND)
        {
          g_set_error (error, VS_RULES_ERROR, VS_RULES_ERROR_RULE,
                       _("The band rule needs a target range such as “15-20”"));
          return FALSE;
        }
      break;
    case VS_RAG_RULE_RELATIVE:
      if (!vs_target_is_single (&spec->target) && spec->comparator < 0)
        {
          g_set_error (error, VS_RULES_ERROR, VS_RULES_ERROR_RULE,
                       _("The relative rule needs a single target figure or a comparator"));
          return FALSE;
        }
      break;
    case VS_RAG_RULE_NONE:
      break;
    case VS_N_RAG_RULES:
      g_return_val_if_reached (FALSE);
    }
  spec->rule = rule;
  return TRUE;
}

static void
rate_tolerance (const VsRagSpec *spec,
                double           value,
                const char      *shown,
                VsRating        *out)
{
  gboolean lower = spec->direction == VS_POLARITY_LOWER_IS_BETTER;
  g_autofree char *red = vs_target_format_number (NULL, spec->unit, spec->red);
  g_autofree char *green = vs_target_format_number (NULL, spec->unit, spec->green);

  out->comparator = spec->green;
  out->variance = relative_percent (worse_by (spec->direction, value, spec->green), spec->green);

  if (worse_by (spec->direction, value, spec->green) == 0.0)
    {
      out->rag = VS_RAG_GREEN;
      out->explanation = lower
        ? g_strdup_printf (_("%s is at or below the green threshold of %s"), shown, green)
        : g_strdup_printf (_("%s is at or above the green threshold of %s"), shown, green);
    }
  else if (lower ? value > spec->red + slack (spec->red) : value < spec->red - slack (spec->red))
    {
      out->rag = VS_RAG_RED;
      out->explanation = lower
        ? g_strdup_printf (_("%s is above the red threshold of %s"), shown, red)
        : g_strdup_printf (_("%s is below the red threshold of %s"), shown, red);
    }
  else
    {
      out->rag = VS_RAG_AMBER;
      out->explanation =
        g_strdup_printf (_("%s is between the red threshold of %s and the green threshold of %s"),
                         shown, red, green);
    }
}

static void
rate_relative (const VsRagSpec *spec,
               double           value,
               const char      *shown,
               double           benchmark,
               VsRating        *out)
{
  g_autofree char *against = NULL;
  g_autofree char *margin = vs_target_format_number (NULL, VS_UNIT_PERCENTAGE, spec->amber_percent);
  g_autofree char *by = NULL;
  double comparator, worse;

  if (spec->comparator >= 0 && isfinite (benchmark))
    {
      g_autofree char *number = vs_unit_format_value (spec->unit, benchmark);
      comparator = benchmark;
      /* TRANSLATORS: a benchmark and its figure, "National top quartile (60.0%)" */
      against = g_strdup_printf (_("%s (%s)"), vs_comparator_label (spec->comparator), number);
    }
  else if (vs_target_is_single (&spec->target))
    {
      g_autofree char *number = vs_target_format_number (&spec->target, spec->unit,
                                                         spec->target.value);
      comparator = spec->target.value;
      against = g_strdup_printf (_("the target of %s"), number);
    }
  else
    {
      out->rag = VS_RAG_NONE;
      out->explanation = g_strdup_printf (_("There is no %s figure for this period to rate against"),
                                          vs_comparator_label (spec->comparator));
      return;
    }

  worse = worse_by (spec->direction, value, comparator);
  out->comparator = comparator;
  out->variance = relative_percent (worse, comparator);
  by = vs_unit_format_value (VS_UNIT_PERCENTAGE, out->variance);

  if (worse == 0.0)
    {
      out->rag = VS_RAG_GREEN;
      if (fabs (value - comparator) <= slack (comparator))
        out->explanation = g_strdup_printf (_("%s meets %s"), shown, against);
      else
        out->explanation = g_strdup_printf (_("%s is better than %s"), shown, against);
    }
  else if (worse <= spec->amber_percent / 100.0 * fabs (comparator) + slack (comparator))
    {
      out->rag = VS_RAG_AMBER;
      /* TRANSLATORS: "95.3% is 4.7% worse than the target of 100%, within the amber margin of 10%" */
      out->explanation = g_strdup_printf (_("%s is %s worse than %s, within the amber margin of %s"),
                                          shown, by, against, margin);
    }
  else
    {
      out->rag = VS_RAG_RED;
      if (isfinite (out->variance))
        /* TRANSLATORS: "58.1% is 41.9% worse than the target of 100%" */
        out->explanation = g_strdup_printf (_("%s is %s worse than %s"), shown, by, against);
      else
        out->explanation = g_strdup_printf (_("%s is worse than %s"), shown, against);
    }
}

static void
rate_band (const VsRagSpec *spec,
           double           value,
           const char      *shown,
           VsRating        *out)
{
  const VsTarget *t = &spec->target;
  g_autofree char *low = vs_target_format_number (t, spec->unit, t->low);
  g_autofree char *high = vs_target_format_number (t, spec->unit, t->high);
  g_autofree char *margin = vs_target_format_number (NULL, VS_UNIT_PERCENTAGE, spec->amber_percent);
  g_autofree char *by = NULL;
  gboolean below = value < t->low - slack (t->low);
  gboolean above = value > t->high + slack (t->high);
  double bound, outside;

  if (!below && !above)
    {
      out->rag = VS_RAG_GREEN;
      out->variance = 0.0;
      out->explanation = g_strdup_printf (_("%s is within the target range of %s to %s"),
                                          shown, low, high);
      return;
    }

  bound = below ? t->low : t->high;
  outside = below ? bound - value : value - bound;
  out->comparator = bound;
  out->variance = relative_percent (outside, bound);
  by = vs_unit_format_value (VS_UNIT_PERCENTAGE, out->variance);

  if (outside <= spec->amber_percent / 100.0 * fabs (bound) + slack (bound))
    {
      out->rag = VS_RAG_AMBER;
      out->explanation = below
        ? g_strdup_printf (_("%s is %s below the target range of %s to %s, within the amber margin of %s"),
                           shown, by, low, high, margin)
        : g_strdup_printf (_("%s is %s above the target range of %s to %s, within the amber margin of %s"),
                           shown, by, low, high, margin);
    }
  else
    {
      out->rag = VS_RAG_RED;
      if (!isfinite (out->variance))
        out->explanation = g_strdup_printf (_("%s is outside the target range of %s to %s"),
                                            shown, low, high);
      else if (below)
        out->explanation = g_strdup_printf (_("%s is %s below the target range of %s to %s"),
                                            shown, by, low, high);
      else
        out->explanation = g_strdup_printf (_("%s is %s above the target range of %s to %s"),
                                            shown, by, low, high);
    }
}

void
vs_rag_rate (const VsRagSpec *spec,
             VsObsState       state,
             double           value,
             double           benchmark,
             VsRating        *out)
{
  g_autofree char *shown = NULL;

  g_return_if_fail (spec != NULL);
  g_return_if_fail (out != NULL);

  *out = (VsRating) { VS_RAG_NONE, VS_RAG_RULE_NONE, NAN, NAN, NULL };

  if (state == VS_OBS_NOT_EXPECTED)
    {
      out->rag = VS_RAG_NOT_EXPECTED;
      out->explanation = g_strdup (_("No value is expected for this period"));
      return;
    }
  if (state == VS_OBS_SUPPRESSED)
    {
      out->rag = VS_RAG_SUPPRESSED;
      out->explanation = g_strdup (_("The figure is suppressed in the source, so it is not rated"));
      return;
    }
  if (state != VS_OBS_ACTUAL || !isfinite (value))
    {
      out->rag = VS_RAG_PENDING;
      out->explanation = g_strdup (_("A value is due for this period but not yet available"));
      return;
    }

  /* Tolerances and comparators need to know which way is good; a range does not. */
  if (spec->rule == VS_RAG_RULE_NONE ||
      (spec->direction == VS_POLARITY_INFO && spec->rule != VS_RAG_RULE_BAND))
    {
      if (spec->direction == VS_POLARITY_INFO)
        out->explanation = g_strdup (_("Information only: the figure is not rated"));
      else if (spec->target.kind != VS_TARGET_NONE)   /* only an explicit "none" ignores one */
        out->explanation = g_strdup (_("The indicator is set not to be rated"));
      else
        out->explanation = g_strdup (_("No target is set, so the figure is not rated"));
      return;
    }

  shown = vs_unit_format_value (spec->unit, value);
  out->rule = spec->rule;
  switch (spec->rule)
    {
    case VS_RAG_RULE_TOLERANCE:
      rate_tolerance (spec, value, shown, out);
      break;
    case VS_RAG_RULE_RELATIVE:
      rate_relative (spec, value, shown, benchmark, out);
      break;
    case VS_RAG_RULE_BAND:
      rate_band (spec, value, shown, out);
      break;
    case VS_RAG_RULE_AUTO:
    case VS_RAG_RULE_NONE:
    case VS_N_RAG_RULES:
      g_assert_not_reached ();
    }
  if (out->rag == VS_RAG_NONE)
    {
      out->rule = VS_RAG_RULE_NONE;
      return;
    }

  /* The exception rule's "variance of 5% or more" is against the target, whatever rule
   * gave the colour: a figure inside its tolerances but 6% short of target is still off
   * target. Without a target, what the rule compared against stands in for it. */
  if (vs_target_is_single (&spec->target))
    out->variance = relative_percent (worse_by (spec->direction, value, spec->target.value),
                                      spec->target.value);
  else if (spec->target.kind == VS_TARGET_BAND && spec->rule != VS_RAG_RULE_BAND)
    {
      const VsTarget *t = &spec->target;
      if (value < t->low - slack (t->low))
        out->variance = relative_percent (t->low - value, t->low);
      else if (value > t->high + slack (t->high))
        out->variance = relative_percent (value - t->high, t->high);
      else
        out->variance = 0.0;
    }
}

gboolean
vs_rag_rate_indicator (const VsIndicator *indicator,
                       VsObsState         state,
                       double             value,
                       double             benchmark,
                       VsRating          *out,
                       GError           **error)
{
  VsRagSpec spec;

  g_return_val_if_fail (indicator != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (!vs_rag_spec_init (&spec, indicator, error))
    {
      *out = (VsRating) { VS_RAG_NONE, VS_RAG_RULE_NONE, NAN, NAN, NULL };
      return FALSE;
    }
  vs_rag_rate (&spec, state, value, benchmark, out);
  return TRUE;
}

void
vs_rating_clear (VsRating *rating)
{
  g_return_if_fail (rating != NULL);
  g_clear_pointer (&rating->explanation, g_free);
}

void
vs_rating_copy (const VsRating *src,
                VsRating       *dest)
{
  g_return_if_fail (src != NULL && dest != NULL);
  *dest = *src;
  dest->explanation = g_strdup (src->explanation);
}
