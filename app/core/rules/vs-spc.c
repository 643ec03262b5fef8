/* vs-spc.c: statistical process control, XmR charts as NHS "Making Data Count" draws them
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "vs-enum-names.h"
#include "vs-rules-enums.h"
#include "vs-spc-private.h"

/* The constants of an XmR chart: 2.66 = 3 / d2 (d2 = 1.128 for ranges of two), and
 * 3.267 = D4, the upper limit of the moving-range chart, above which a range is a freak. */
#define SPC_LIMIT 2.66
#define SPC_NEAR_LIMIT (2.0 * SPC_LIMIT / 3.0)
#define SPC_SCREEN 3.267

void
vs_spc_options_init (VsSpcOptions *options)
{
  g_return_if_fail (options != NULL);

  /* The NHS-R "plot the dots" defaults. */
  *options = (VsSpcOptions) {
    .screen = TRUE,
    .baseline = 0,
    .shift_length = 7,
    .trend_length = 7,
    .polarity = VS_POLARITY_INFO,
    .target = NAN,
    .band_low = NAN,
    .band_high = NAN,
    .rebase = NULL,
    .n_rebase = 0,
  };
}

void
vs_spc_result_free (VsSpcResult *result)
{
  if (result == NULL)
    return;
  g_free (result->points);
  g_free (result->segments);
  g_free (result->warning);
  g_free (result);
}

static gboolean
spc_error (GError    **error,
           const char *format,
           ...) G_GNUC_PRINTF (2, 3);

static gboolean
spc_error (GError    **error,
           const char *format,
           ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (VS_RULES_ERROR, VS_RULES_ERROR_SPC, format, args));
  va_end (args);
  return FALSE;
}

/* Limits from the segment's baseline: mean of the values, mean of their moving ranges
 * (screened of freaks when asked), then the process and near limits for every point. */
static void
compute_segment (VsSpcPoint         *points,
                 VsSpcSegment       *segment,
                 const VsSpcOptions *options)
{
  guint nb = options->baseline > 0 ? MIN (options->baseline, segment->n) : segment->n;
  double sum = 0, mr_sum = 0, amr;
  guint mr_n = 0;

  segment->n_baseline = nb;
  for (guint i = 0; i < nb; i++)
    sum += points[i].value;
  segment->mean = sum / nb;

  for (guint i = 1; i < nb; i++)
    {
      mr_sum += points[i].moving_range;
      mr_n++;
    }
  amr = mr_n > 0 ? mr_sum / mr_n : 0.0;

  /* A flat series has no variation to screen: every range would go, leaving nothing. */
  if (options->screen && amr > 0)
    {
      double kept = 0;
      guint kept_n = 0;

      for (guint i = 1; i < nb; i++)
        if (points[i].moving_range < SPC_SCREEN * amr)
          {
            kept += points[i].moving_range;
            kept_n++;
          }
      segment->n_screened = mr_n - kept_n;
      amr = kept / kept_n;
    }

  segment->mean_moving_range = amr;
  segment->lower = segment->mean - SPC_LIMIT * amr;
  segment->upper = segment->mean + SPC_LIMIT * amr;

  for (guint i = 0; i < segment->n; i++)
    {
      VsSpcPoint *p = &points[i];
      /* On the mean means on it to the last bits of a double, so that a point equal to a
       * mean computed as 0.20000000000000004 still breaks a shift. */
      double slack = 1e-9 * MAX (1.0, fabs (segment->mean));

      p->mean = segment->mean;
      p->lower = segment->lower;
      p->upper = segment->upper;
      p->near_lower = segment->mean - SPC_NEAR_LIMIT * amr;
      p->near_upper = segment->mean + SPC_NEAR_LIMIT * amr;
      p->side = p->value > p->mean + slack ? 1 : p->value < p->mean - slack ? -1 : 0;
      p->outside = p->value > p->upper || p->value < p->lower;
      p->close = !p->outside && (p->value > p->near_upper || p->value < p->near_lower);
    }
}

/* Indices at which segments start, from the rebase periods: 0 first, sorted, unique. */
static GArray *
segment_starts (const VsPeriod     *periods,
                guint               n,
                const VsSpcOptions *options,
                GError            **error)
{
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (guint));
  guint zero = 0;

  g_array_append_val (starts, zero);
  for (guint r = 0; r < options->n_rebase; r++)
    {
      VsPeriod at = options->rebase[r];
      guint index = 0;

      if (at < periods[0] || at > periods[n - 1])
        {
          g_autofree char *when = vs_period_is_valid (at) ? vs_period_to_iso (at) : g_strdup ("?");
          g_autofree char *first = vs_period_to_iso (periods[0]);
          g_autofree char *last = vs_period_to_iso (periods[n - 1]);
          spc_error (error, _("Cannot rebase at %s: the values run from %s to %s"),
                     when, first, last);
          return NULL;
        }
      while (periods[index] < at)
        index++;
      g_array_append_val (starts, index);
    }

  return g_steal_pointer (&starts);
}

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;
  return x < y ? -1 : x > y;
}

static char *
short_segment_warning (const VsSpcResult *result)
{
  GString *out = NULL;

  for (guint s = 0; s < result->n_segments; s++)
    {
      const VsSpcSegment *seg = &result->segments[s];
      g_autofree char *since = NULL;

      if (seg->n >= VS_SPC_MIN_POINTS)
        continue;
      if (out == NULL)
        out = g_string_new (NULL);
      else
        g_string_append (out, " ");
      since = vs_period_to_iso (result->points[seg->first].period);
      g_string_append_printf (out,
                              ngettext ("Only %u point from %s: limits from fewer than %d points are unreliable.",
                                        "Only %u points from %s: limits from fewer than %d points are unreliable.",
                                        seg->n),
                              seg->n, since, VS_SPC_MIN_POINTS);
    }
  return out ? g_string_free (out, FALSE) : NULL;
}

/* Making Data Count's assurance against the latest limits. A single target: beyond the
 * limits on the good side, every point will meet it; on the bad side, none will; within
 * them, hit and miss. A band is met inside, so both its ends count: the limits inside the
 * band, every point will be in it; the band wholly outside the limits, none will. */
static VsSpcAssurance
assure (const VsSpcSegment *last,
        const VsSpcOptions *options)
{
  gboolean higher = options->polarity == VS_POLARITY_HIGHER_IS_BETTER;

  if (isfinite (options->band_low) && isfinite (options->band_high))
    {
      if (last->lower >= options->band_low && last->upper <= options->band_high)
        return VS_SPC_ASSURANCE_PASS;
      if (options->band_high < last->lower || options->band_low > last->upper)
        return VS_SPC_ASSURANCE_FAIL;
      return VS_SPC_ASSURANCE_HIT_AND_MISS;
    }
  if (!isfinite (options->target) || options->polarity == VS_POLARITY_INFO)
    return VS_SPC_ASSURANCE_NONE;
  if (options->target > last->upper)
    return higher ? VS_SPC_ASSURANCE_FAIL : VS_SPC_ASSURANCE_PASS;
  if (options->target < last->lower)
    return higher ? VS_SPC_ASSURANCE_PASS : VS_SPC_ASSURANCE_FAIL;
  return VS_SPC_ASSURANCE_HIT_AND_MISS;
}

VsSpcResult *
vs_spc_compute (const VsPeriod     *periods,
                const double       *values,
                guint               n,
                const VsSpcOptions *options,
                GError            **error)
{
  g_autoptr(VsSpcResult) result = NULL;
  g_autoptr(GArray) starts = NULL;
  guint n_segments = 0;

  g_return_val_if_fail (periods != NULL || n == 0, NULL);
  g_return_val_if_fail (values != NULL || n == 0, NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (n < 2)
    {
      spc_error (error, _("A control chart needs at least two values; there are %u"), n);
      return NULL;
    }
  if (options->baseline > 0 && options->baseline < VS_SPC_MIN_POINTS)
    {
      spc_error (error, _("A baseline needs at least %d points, not %u"),
                 VS_SPC_MIN_POINTS, options->baseline);
      return NULL;
    }
  if (options->shift_length < 2 || options->trend_length < 2)
    {
      spc_error (error, _("Shift and trend runs need at least two points"));
      return NULL;
    }
  for (guint i = 0; i < n; i++)
    {
      if (!isfinite (values[i]))
        {
          spc_error (error, _("Value %u of the chart is not a number"), i + 1);
          return NULL;
        }
      if (i > 0 && periods[i] <= periods[i - 1])
        {
          spc_error (error, _("The values are not in period order at value %u"), i + 1);
          return NULL;
        }
    }

  starts = segment_starts (periods, n, options, error);
  if (starts == NULL)
    return NULL;
  g_array_sort (starts, compare_uint);

  result = g_new0 (VsSpcResult, 1);
  result->n_points = n;
  result->points = g_new0 (VsSpcPoint, n);
  result->segments = g_new0 (VsSpcSegment, starts->len);

  for (guint s = 0; s < starts->len; s++)
    {
      guint first = g_array_index (starts, guint, s);
      guint end = s + 1 < starts->len ? g_array_index (starts, guint, s + 1) : n;
      VsSpcSegment *seg;

      if (end == first)   /* a rebase repeated, or at the first value: nothing new */
        continue;
      seg = &result->segments[n_segments];
      seg->first = first;
      seg->n = end - first;
      if (seg->n < 2)
        {
          g_autofree char *when = vs_period_to_iso (periods[first]);
          spc_error (error, _("The limits from %s would rest on a single value"), when);
          return NULL;
        }
      for (guint i = first; i < end; i++)
        {
          VsSpcPoint *p = &result->points[i];
          p->period = periods[i];
          p->value = values[i];
          p->segment = n_segments;
          p->moving_range = i > first ? fabs (values[i] - values[i - 1]) : NAN;
        }
      compute_segment (&result->points[first], seg, options);
      _vs_spc_mark_signals (&result->points[first], seg->n, options);
      n_segments++;
    }
  result->n_segments = n_segments;

  result->variation = result->points[n - 1].variation;
  result->target = options->target;
  result->assurance = assure (&result->segments[n_segments - 1], options);
  result->warning = short_segment_warning (result);
  return g_steal_pointer (&result);
}

VsSpcResult *
vs_spc_compute_series (const VsSeries     *series,
                       const VsSpcOptions *options,
                       GError            **error)
{
  g_autofree VsPeriod *periods = NULL;
  g_autofree double *values = NULL;
  guint n = 0;

  g_return_val_if_fail (series != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  periods = g_new (VsPeriod, MAX (series->n, 1));
  values = g_new (double, MAX (series->n, 1));
  for (guint i = 0; i < series->n; i++)
    if (series->states[i] == VS_OBS_ACTUAL && isfinite (series->values[i]))
      {
        periods[n] = series->first + (VsPeriod) i;
        values[n] = series->values[i];
        n++;
      }
  return vs_spc_compute (periods, values, n, options, error);
}

char *
vs_spc_signals_to_string (VsSpcSignals signals)
{
  static const struct { VsSpcSignals signal; const char *name; } names[] = {
    { VS_SPC_SIGNAL_OUTSIDE, "outside" },
    { VS_SPC_SIGNAL_TREND, "trend" },
    { VS_SPC_SIGNAL_TWO_IN_THREE, "two-in-three" },
    { VS_SPC_SIGNAL_SHIFT, "shift" },
  };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (signals & names[i].signal)
      {
        if (out->len > 0)
          g_string_append_c (out, ';');
        g_string_append (out, names[i].name);
      }
  return g_string_free (out, FALSE);
}

VS_DEFINE_ENUM_TO_STRING (VsSpcVariation, vs_spc_variation, VS_TYPE_SPC_VARIATION)

const char *
vs_spc_variation_label (VsSpcVariation variation)
{
  switch (variation)
    {
    case VS_SPC_COMMON_CAUSE: return _("Common cause variation");
    case VS_SPC_IMPROVEMENT: return _("Special cause: improvement");
    case VS_SPC_CONCERN: return _("Special cause: concern");
    case VS_SPC_NEUTRAL_HIGH: return _("Special cause: higher");
    case VS_SPC_NEUTRAL_LOW: return _("Special cause: lower");
    }
  g_return_val_if_reached (NULL);
}

VS_DEFINE_ENUM_TO_STRING (VsSpcAssurance, vs_spc_assurance, VS_TYPE_SPC_ASSURANCE)

const char *
vs_spc_assurance_label (VsSpcAssurance assurance)
{
  switch (assurance)
    {
    case VS_SPC_ASSURANCE_NONE: return _("No target to assure");
    case VS_SPC_ASSURANCE_PASS: return _("Consistently passes the target");
    case VS_SPC_ASSURANCE_FAIL: return _("Consistently fails the target");
    case VS_SPC_ASSURANCE_HIT_AND_MISS: return _("Hit and miss: the target lies within the limits");
    }
  g_return_val_if_reached (NULL);
}
