/* vs-validate.c: every figure checked: ranges, numerators, duplicates, future periods
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "vs-import-private.h"

/* Below this many children a percentage swings by whole points with one child. */
#define SMALL_DENOMINATOR 10


static double
ratio_scale (VsUnit unit)
{
  switch (unit)
    {
    case VS_UNIT_PERCENTAGE:
      return 100.0;
    case VS_UNIT_RATE_10K:
      return 10000.0;
    case VS_UNIT_AVERAGE:
    case VS_UNIT_DAYS:
      return 1.0;
    case VS_UNIT_COUNT:
    case VS_UNIT_MAXIMUM:
    case VS_UNIT_MONEY:
      return 0.0;
    case VS_N_UNITS:
      break;
    }
  g_return_val_if_reached (0.0);
}

/* Half a unit of the last decimal written; a figure typed into a spreadsheet cell is
 * taken to be shown to one decimal place. */
static double
rounding_tolerance (const VsFigure *figure)
{
  int decimals = figure->decimals >= 0 ? figure->decimals : 1;
  return 0.5 * pow (10.0, -decimals) + 1e-9;
}

void
vs_validate_out_of_range (VsImportJob *job,
                          guint        row,
                          guint        col,
                          VsUnit       unit,
                          double       value,
                          const char  *name)
{
  char shown[G_ASCII_DTOSTR_BUF_SIZE];
  double low, high;
  g_autofree char *low_text = NULL, *high_text = NULL;

  /* %g, not the unit's format: 1e308 grouped in thousands would fill the screen. */
  g_ascii_formatd (shown, sizeof shown, "%g", value);
  vs_unit_range (unit, &low, &high);
  low_text = vs_unit_format_value (unit, low);
  high_text = vs_unit_format_value (unit, high);
  vs_import_job_error (job, row, col,
                       _("%s is outside %s to %s, the range for a figure of “%s” (unit: %s); "
                         "expected a figure in that range"),
                       shown, low_text, high_text, name, vs_unit_label (unit));
}

static void
check_figure (VsImportJob *job,
              VsFigure    *figure,
              VsPeriod     now,
              GHashTable  *future_warned)
{
  VsFileIndicator *slot = vs_import_job_slot_of (job, figure);
  VsUnit unit = slot->result->unit;
  gboolean has_n = !isnan (figure->numerator), has_d = !isnan (figure->denominator);

  if (figure->period > now && !g_hash_table_contains (future_warned, GINT_TO_POINTER (figure->period)))
    {
      g_autofree char *when = vs_period_to_long_label (figure->period);
      g_autofree char *latest = vs_period_to_long_label (now);
      g_hash_table_add (future_warned, GINT_TO_POINTER (figure->period));
      vs_import_job_warn (job, figure->row, figure->col,
                          _("%s is in the future; expected a period up to %s"), when, latest);
    }

  if ((has_n && figure->numerator < 0) || (has_d && figure->denominator < 0))
    {
      vs_import_job_error (job, figure->nd_row, figure->nd_col,
                           _("a numerator or denominator is negative; expected counts of "
                             "zero or more"));
      return;
    }
  if ((has_n && figure->numerator > VS_MAX_COUNT) || (has_d && figure->denominator > VS_MAX_COUNT))
    {
      vs_import_job_error (job, figure->nd_row, figure->nd_col,
                           _("a numerator or denominator is over %s; expected counts of "
                             "children or cases"), "100,000,000");
      return;
    }

  if (figure->state != VS_OBS_ACTUAL)
    return;

  if (unit == VS_UNIT_PERCENTAGE && (figure->value < 0 || figure->value > 100))
    {
      g_autofree char *shown = vs_import_format_value (unit, figure->value);
      vs_import_job_error (job, figure->row, figure->col,
                           _("%s is outside 0–100; expected a percentage for “%s”"),
                           shown, vs_file_indicator_name (slot));
    }
  else if (!vs_unit_value_in_range (unit, figure->value))
    {
      vs_validate_out_of_range (job, figure->row, figure->col, unit, figure->value,
                                vs_file_indicator_name (slot));
      return;
    }

  if (has_n && has_d)
    {
      double scale = ratio_scale (unit);

      if ((unit == VS_UNIT_PERCENTAGE || unit == VS_UNIT_RATE_10K) &&
          figure->numerator > figure->denominator)
        {
          vs_import_job_error (job, figure->nd_row, figure->nd_col,
                               _("the numerator %g is greater than the denominator %g; expected "
                                 "a part of the whole"), figure->numerator, figure->denominator);
          return;
        }
      if (scale > 0 && figure->denominator > 0)
        {
          double expected = figure->numerator / figure->denominator * scale;
          if (fabs (expected - figure->value) > rounding_tolerance (figure))
            {
              g_autofree char *shown = vs_import_format_value (unit, figure->value);
              g_autofree char *nd_cell = vs_cell_address (figure->nd_row, figure->nd_col);
              g_autofree char *computed = NULL;
              char buffer[G_ASCII_DTOSTR_BUF_SIZE];

              g_ascii_formatd (buffer, sizeof buffer, "%.1f", expected);
              computed = unit == VS_UNIT_PERCENTAGE ? g_strconcat (buffer, "%", NULL)
                                                    : g_strdup (buffer);
              vs_import_job_warn (job, figure->row, figure->col,
                                  _("%s does not agree with its numerator / denominator %g / %g "
                                    "(cell %s), which give %s; expected them to agree within "
                                    "rounding"),
                                  shown, figure->numerator, figure->denominator, nd_cell,
                                  computed);
            }
        }
      if (figure->denominator < SMALL_DENOMINATOR)
        vs_import_job_warn (job, figure->nd_row, figure->nd_col,
                            _("the denominator is %g, so one child moves the figure a long way; "
                              "expected %d or more before reading much into it"),
                            figure->denominator, SMALL_DENOMINATOR);
    }
}

/* ---- duplicates ---- */

typedef struct {
  guint64  series;     /* slot << 32 | locality */
  gint32   period;
  guint32  index;      /* into job->figures; file order breaks ties */
} SortKey;

static int
compare_keys (const void *a,
              const void *b)
{
  const SortKey *ka = a, *kb = b;

  if (ka->series != kb->series)
    return ka->series < kb->series ? -1 : 1;
  if (ka->period != kb->period)
    return ka->period < kb->period ? -1 : 1;
  return (ka->index > kb->index) - (ka->index < kb->index);
}

static gboolean
same_figure (const VsFigure *a,
             const VsFigure *b)
{
  return a->state == b->state && vs_same_double (a->value, b->value) &&
         vs_same_double (a->numerator, b->numerator) && vs_same_double (a->denominator, b->denominator);
}

static void
sort_figures (VsImportJob *job)
{
  guint n = job->figures->len;
  SortKey *keys = g_new (SortKey, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      VsFigure *f = &g_array_index (job->figures, VsFigure, i);
      VsFileIndicator *fi = g_ptr_array_index (job->indicators, f->indicator);
      keys[i].series = ((guint64) fi->slot << 32) | f->locality;
      keys[i].period = f->period;
      keys[i].index = i;
    }
  /* Extracts usually come in order already: then there is nothing to sort. */
  for (guint i = 1; i < n; i++)
    if (compare_keys (&keys[i - 1], &keys[i]) > 0)
      {
        qsort (keys, n, sizeof *keys, compare_keys);
        break;
      }

  job->order = g_array_sized_new (FALSE, FALSE, sizeof (guint32), n);
  for (guint i = 0; i < n; i++)
    {
      VsFigure *f = &g_array_index (job->figures, VsFigure, keys[i].index);

      if (i > 0 && keys[i].series == keys[i - 1].series && keys[i].period == keys[i - 1].period)
        {
          /* The first of them in the file stays; an identical repeat is harmless. */
          guint32 first = g_array_index (job->order, guint32, job->order->len - 1);
          VsFigure *kept = &g_array_index (job->figures, VsFigure, first);

          f->flags |= VS_FIGURE_DROPPED;
          if (!same_figure (kept, f))
            {
              VsFileIndicator *slot = vs_import_job_slot_of (job, f);
              g_autofree char *where = vs_cell_address (kept->row, kept->col);
              g_autofree char *when = vs_period_to_label (f->period);
              VsFileLocality *fl = g_ptr_array_index (job->localities, f->locality);
              vs_import_job_error (job, f->row, f->col,
                                   _("“%s” for %s (%s) is already given in cell %s with a different "
                                     "figure; expected one figure per indicator, period and "
                                     "locality"), vs_file_indicator_name (slot), when, fl->name ? fl->name : "",
                                   where);
            }
          continue;
        }
      g_array_append_val (job->order, keys[i].index);
    }
  g_free (keys);
}

gboolean
vs_validate_and_plan (VsImportJob  *job,
                      GError      **error)
{
  g_autoptr(GHashTable) future_warned = g_hash_table_new (NULL, NULL);
  VsPeriod now = vs_period_now ();
  guint n;

  sort_figures (job);
  n = job->order->len;
  for (guint i = 0; i < n; i++)
    check_figure (job, &g_array_index (job->figures, VsFigure,
                                       g_array_index (job->order, guint32, i)),
                  now, future_warned);

  for (guint i = 0; i < n;)
    {
      guint32 *order = &g_array_index (job->order, guint32, 0);
      VsFigure *head = &g_array_index (job->figures, VsFigure, order[i]);
      guint j = i + 1;

      while (j < n)
        {
          VsFigure *f = &g_array_index (job->figures, VsFigure, order[j]);
          if (vs_import_job_slot_of (job, f) != vs_import_job_slot_of (job, head) || f->locality != head->locality)
            break;
          j++;
        }
      if (!vs_plan_series (job, order + i, j - i, error))
        return FALSE;
      i = j;
    }

  return vs_plan_benchmarks (job, error) && vs_plan_notes (job, error);
}
