/* vs-comparison.c: SN average and median, best SN, rank, England and region, quartiles
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <glib/gi18n.h>

#include "vs-comparison.h"
#include "vs-travel.h"

const char *
vs_band_to_string (VsBand band)
{
  static const char * const names[] = { "", "A", "B", "C", "D" };
  g_return_val_if_fail (band <= VS_BAND_D, "");
  return names[band];
}

static void
neighbour_free (VsNeighbourFigure *n)
{
  g_free (n->code);
  g_free (n->name);
  g_free (n->code_text);
  g_free (n->note);
  g_free (n);
}

void
vs_comparison_free (VsComparison *c)
{
  if (c == NULL)
    return;
  g_free (c->model);
  g_free (c->file);
  g_free (c->home_code);
  g_free (c->home_name);
  g_free (c->home_code_text);
  g_clear_pointer (&c->neighbours, g_ptr_array_unref);
  g_free (c->sn_best_name);
  g_free (c->region_name);
  g_free (c->sn_average_working);
  g_free (c->sn_median_working);
  g_free (c->sn_best_working);
  g_free (c->england_working);
  g_free (c->region_working);
  g_free (c->quartile_working);
  g_free (c);
}

/* "2024-25": the DfE's reporting year ending in March. */
static char *
year_label (VsPeriod period)
{
  int year = vs_period_year (period);

  if (vs_period_month (period) == 3)
    return g_strdup_printf ("%d-%02d", year - 1, year % 100);
  return vs_period_to_label (period);
}

/* An authority's figure as compared: its own numerator over denominator where the file
 * gives both (the published rate is rounded), else as published. */
static double
compared_value (const VsPeerFigure *f,
                VsUnit              unit,
                gboolean           *recomputed)
{
  double scale;

  if (f->state != VS_OBS_ACTUAL)
    return NAN;
  switch (unit)
    {
    case VS_UNIT_PERCENTAGE:
      scale = 100;
      break;
    case VS_UNIT_RATE_10K:
      scale = 10000;
      break;
    case VS_UNIT_AVERAGE:
      scale = 1;
      break;
    case VS_UNIT_COUNT:
    case VS_UNIT_DAYS:
    case VS_UNIT_MAXIMUM:
    case VS_UNIT_MONEY:
      /* Not a ratio of two published counts: the published figure is the only one. */
      return f->value;
    case VS_N_UNITS:
      g_return_val_if_reached (f->value);
    }
  if (f->level != VS_PEER_AUTHORITY || isnan (f->numerator) || isnan (f->denominator) ||
      f->denominator <= 0)
    return f->value;
  *recomputed = TRUE;
  return f->numerator / f->denominator * scale;
}

/* TRUE when @a is better than @b by @polarity (information only: higher first). */
static gboolean
better (VsPolarity polarity,
        double     a,
        double     b)
{
  return polarity == VS_POLARITY_LOWER_IS_BETTER ? a < b : a > b;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

/* The p-quantile of sorted values, interpolating between ranks (Excel's QUARTILE.INC). */
static double
quantile (const double *sorted,
          guint         n,
          double        p)
{
  double pos, frac;
  guint lo;

  if (n == 0)
    return NAN;
  pos = p * (n - 1);
  lo = (guint) floor (pos);
  frac = pos - lo;
  if (lo + 1 >= n)
    return sorted[n - 1];
  return sorted[lo] + frac * (sorted[lo + 1] - sorted[lo]);
}

static guint
position_among (VsPolarity    polarity,
                const double *values,
                guint         n,
                double        value)
{
  guint ahead = 0;

  for (guint i = 0; i < n; i++)
    if (better (polarity, values[i], value))
      ahead++;
  return ahead + 1;
}

static void
compute_neighbours (VsComparison      *c,
                    const VsSnModel   *model,
                    GHashTable        *by_code,
                    const char * const *codes,
                    GArray            *values,
                    GString           *left_out)
{
  g_autofree char *year = year_label (c->period);

  for (guint k = 0; codes[k] != NULL; k++)
    {
      const VsPeerFigure *f = g_hash_table_lookup (by_code, codes[k]);
      VsNeighbourFigure *n = g_new0 (VsNeighbourFigure, 1);

      n->code = g_strdup (codes[k]);
      n->name = g_strdup (f ? f->name : vs_sn_model_get_name (model, codes[k]));
      if (n->name == NULL)
        n->name = g_strdup (codes[k]);
      n->value = f ? compared_value (f, c->unit, &c->recomputed) : NAN;
      n->state = f ? f->state : VS_OBS_MISSING;
      if (f && f->state == VS_OBS_SUPPRESSED)
        {
          n->code_text = g_strdup (f->code_text);
          n->note = g_strdup_printf (_("suppressed (%s)"), f->code_text ? f->code_text : "?");
        }
      else if (f == NULL)
        {
          n->note = vs_authority_change_note (codes[k], vs_period_year (c->period));
          if (n->note == NULL)
            n->note = g_strdup_printf (_("not published for %s"), year);
        }
      if (!isnan (n->value))
        g_array_append_val (values, n->value);
      else
        g_string_append_printf (left_out, "%s%s: %s", left_out->len ? "; " : "", n->name, n->note);
      g_ptr_array_add (c->neighbours, n);
    }
  c->sn_counted = values->len;
}

/* Fewer neighbours with a figure than this, and an "SN average" is one or two
 * authorities': not a comparator a committee should read as its neighbours'. */
#define MIN_NEIGHBOURS_COUNTED 5
/* Fewer authorities than this (a file of a few authorities, or a year most suppressed),
 * and quartiles would band an authority "top quarter" of two. */
#define MIN_AUTHORITIES_BANDED 20

static void
compute_sn (VsComparison *c,
            GArray       *values)
{
  g_autoptr(GArray) sorted = g_array_copy (values);
  g_autoptr(GArray) ranked = g_array_copy (values);
  double sum = 0;

  c->sn_average = c->sn_median = c->sn_best = NAN;
  if (values->len < MIN_NEIGHBOURS_COUNTED)
    return;
  for (guint i = 0; i < values->len; i++)
    sum += g_array_index (values, double, i);
  c->sn_average = sum / values->len;
  g_array_sort (sorted, compare_doubles);
  c->sn_median = quantile ((double *) sorted->data, sorted->len, 0.5);

  if (c->polarity != VS_POLARITY_INFO)
    for (guint i = 0; i < c->neighbours->len; i++)
      {
        VsNeighbourFigure *n = g_ptr_array_index (c->neighbours, i);
        if (!isnan (n->value) && (isnan (c->sn_best) || better (c->polarity, n->value, c->sn_best)))
          {
            c->sn_best = n->value;
            g_free (c->sn_best_name);
            c->sn_best_name = g_strdup (n->name);
          }
      }

  /* The home authority among itself and its neighbours. */
  if (!isnan (c->home_value))
    g_array_append_val (ranked, c->home_value);
  for (guint i = 0; i < c->neighbours->len; i++)
    {
      VsNeighbourFigure *n = g_ptr_array_index (c->neighbours, i);
      if (!isnan (n->value))
        n->rank = position_among (c->polarity, (double *) ranked->data, ranked->len, n->value);
    }
  if (!isnan (c->home_value))
    {
      c->rank = position_among (c->polarity, (double *) ranked->data, ranked->len, c->home_value);
      c->rank_of = ranked->len;
    }
}

static void
compute_quartiles (VsComparison *c,
                   GArray       *all)
{
  const double *x;

  c->lower_quartile = c->median = c->upper_quartile = c->top_quartile = NAN;
  c->n_authorities = all->len;
  if (all->len < MIN_AUTHORITIES_BANDED)
    return;
  g_array_sort (all, compare_doubles);
  x = (const double *) all->data;
  c->lower_quartile = quantile (x, all->len, 0.25);
  c->median = quantile (x, all->len, 0.5);
  c->upper_quartile = quantile (x, all->len, 0.75);
  if (c->polarity == VS_POLARITY_INFO)
    return;
  c->top_quartile = c->polarity == VS_POLARITY_LOWER_IS_BETTER ? c->lower_quartile : c->upper_quartile;
  if (isnan (c->home_value))
    return;
  c->position = position_among (c->polarity, x, all->len, c->home_value);
  if (c->polarity == VS_POLARITY_LOWER_IS_BETTER)
    c->band = c->home_value <= c->lower_quartile ? VS_BAND_A
            : c->home_value <= c->median ? VS_BAND_B
            : c->home_value <= c->upper_quartile ? VS_BAND_C : VS_BAND_D;
  else
    c->band = c->home_value >= c->upper_quartile ? VS_BAND_A
            : c->home_value >= c->median ? VS_BAND_B
            : c->home_value >= c->lower_quartile ? VS_BAND_C : VS_BAND_D;
}

static void
write_working (VsComparison *c,
               const char   *left_out,
               guint         england_row,
               guint         region_row)
{
  g_autofree char *year = year_label (c->period);
  const char *how = c->recomputed ? _(", rates recomputed from numerator and denominator") : "";
  g_autofree char *excluded = *left_out ? g_strdup_printf (" (%s)", left_out) : g_strdup ("");

  if (c->sn_counted < MIN_NEIGHBOURS_COUNTED)
    {
      g_autofree char *few = g_strdup_printf (_("only %u of %d neighbours have a figure (at "
                                                "least %d are needed), %s, from %s"),
                                              c->sn_counted, VS_SN_NEIGHBOURS,
                                              MIN_NEIGHBOURS_COUNTED, c->model, c->file);

      /* Translators: %s says why: "only 1 of 10 neighbours have a figure ..." */
      c->sn_average_working = g_strdup_printf (_("SN average: none, %s"), few);
      c->sn_median_working = g_strdup_printf (_("SN median: none, %s"), few);
      c->sn_best_working = g_strdup_printf (_("Best SN: none, %s"), few);
    }
  else
    {
      c->sn_average_working = g_strdup_printf (_("SN average: mean of %u of %d neighbours%s, %s, from %s%s"),
                                               c->sn_counted, VS_SN_NEIGHBOURS, excluded, c->model,
                                               c->file, how);
      c->sn_median_working = g_strdup_printf (_("SN median: median of %u of %d neighbours, %s, from %s%s"),
                                              c->sn_counted, VS_SN_NEIGHBOURS, c->model, c->file, how);
      if (c->polarity == VS_POLARITY_INFO)
        c->sn_best_working = g_strdup (_("Best SN: none, the indicator is information only"));
      else
        c->sn_best_working = g_strdup_printf (_("Best SN: %s, the %s of %u of %d neighbours, %s, from %s"),
                                              c->sn_best_name ? c->sn_best_name : "–",
                                              c->polarity == VS_POLARITY_LOWER_IS_BETTER ? _("lowest")
                                                                                          : _("highest"),
                                              c->sn_counted, VS_SN_NEIGHBOURS, c->model, c->file);
    }
  if (isnan (c->england))
    c->england_working = g_strdup_printf (_("England: %s has no England row for %s"), c->file, year);
  else
    c->england_working = g_strdup_printf (_("England: as published, %s row %u"), c->file, england_row);
  if (isnan (c->region))
    c->region_working = g_strdup_printf (_("Region: %s has no row of %s for %s"), c->file,
                                         c->region_name ? c->region_name : _("the home region"), year);
  else
    c->region_working = g_strdup_printf (_("%s: as published, %s row %u"), c->region_name, c->file,
                                         region_row);
  if (c->n_authorities < MIN_AUTHORITIES_BANDED)
    c->quartile_working = g_strdup_printf (_("Top quartile: none, only %u authorities have a "
                                             "figure for %s in %s (at least %d are needed)"),
                                           c->n_authorities, year, c->file, MIN_AUTHORITIES_BANDED);
  else if (c->polarity == VS_POLARITY_INFO)
    c->quartile_working = g_strdup_printf (_("Quartiles of %u authorities, %s; no banding for "
                                             "information only"), c->n_authorities, year);
  else
    c->quartile_working = g_strdup_printf (_("Top quartile: the %s quartile of %u authorities with "
                                             "a figure for %s (band A is the best quarter, %s), "
                                             "from %s%s"),
                                           c->polarity == VS_POLARITY_LOWER_IS_BETTER ? _("lower")
                                                                                       : _("upper"),
                                           c->n_authorities, year,
                                           c->polarity == VS_POLARITY_LOWER_IS_BETTER
                                             ? _("lower is better") : _("higher is better"),
                                           c->file, how);
}

VsComparison *
vs_comparison_compute (const VsIndicator *indicator,
                       const VsSnModel   *model,
                       const VsAuthority *home,
                       GPtrArray         *figures,
                       GError           **error)
{
  g_autoptr(VsComparison) c = NULL;
  g_autoptr(GHashTable) by_code = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) sn_values = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GString) left_out = g_string_new (NULL);
  const char * const *codes;
  const VsPeerFigure *home_figure;
  const char *region;
  guint england_row = 0, region_row = 0;

  g_return_val_if_fail (indicator != NULL && model != NULL && home != NULL, NULL);
  g_return_val_if_fail (figures != NULL && figures->len > 0, NULL);

  codes = vs_sn_model_get_neighbours (model, home->code);
  if (codes == NULL)
    {
      g_set_error (error, VS_BENCHMARKS_ERROR, VS_BENCHMARKS_ERROR_MODEL,
                   _("%s (%s) is not in the %s (%s); choose the other model"),
                   home->name, home->code, vs_sn_model_get_label (model), vs_sn_model_get_file (model));
      return NULL;
    }

  c = g_new0 (VsComparison, 1);
  c->indicator_id = indicator->id;
  c->polarity = indicator->polarity;
  c->unit = indicator->unit;
  c->model = g_strdup (vs_sn_model_get_label (model));
  c->period = ((VsPeerFigure *) g_ptr_array_index (figures, 0))->period;
  c->neighbours = g_ptr_array_new_with_free_func ((GDestroyNotify) neighbour_free);
  c->home_code = g_strdup (home->code);
  c->home_name = g_strdup (home->name);
  c->england = c->region = c->home_value = c->home_published = NAN;

  for (guint i = 0; i < figures->len; i++)
    {
      const VsPeerFigure *f = g_ptr_array_index (figures, i);
      g_hash_table_insert (by_code, f->code, (gpointer) f);
      c->import_id = MAX (c->import_id, f->import_id);
      if (c->file == NULL && f->file != NULL)
        c->file = g_path_get_basename (f->file);
    }
  if (c->file == NULL)
    c->file = g_strdup (_("the published file"));

  /* The home authority, and its region as the file names it. */
  home_figure = g_hash_table_lookup (by_code, home->code);
  c->home_state = home_figure ? home_figure->state : VS_OBS_MISSING;
  if (home_figure)
    {
      c->home_value = compared_value (home_figure, c->unit, &c->recomputed);
      c->home_published = home_figure->value;
      c->home_code_text = g_strdup (home_figure->code_text);
    }
  region = home_figure && home_figure->region ? home_figure->region : home->region;
  c->region_name = g_strdup (region);

  for (guint i = 0; i < figures->len; i++)
    {
      const VsPeerFigure *f = g_ptr_array_index (figures, i);
      gboolean ignored = FALSE;

      if (f->level == VS_PEER_ENGLAND && f->state == VS_OBS_ACTUAL)
        {
          c->england = f->value;
          england_row = f->row;
        }
      else if (f->level == VS_PEER_REGION && f->state == VS_OBS_ACTUAL && region != NULL &&
               g_utf8_collate (f->name, region) == 0)
        {
          c->region = f->value;
          region_row = f->row;
        }
      else if (f->level == VS_PEER_AUTHORITY && f->state == VS_OBS_ACTUAL)
        {
          double v = compared_value (f, c->unit, &ignored);
          g_array_append_val (all, v);
        }
    }

  compute_neighbours (c, model, by_code, codes, sn_values, left_out);
  compute_sn (c, sn_values);
  compute_quartiles (c, all);
  write_working (c, left_out->str, england_row, region_row);
  c->england_row = england_row;
  c->region_row = region_row;
  return g_steal_pointer (&c);
}

VsTravel
vs_comparison_travel (const VsIndicator  *indicator,
                      const VsComparison *previous,
                      const VsComparison *current)
{
  g_return_val_if_fail (indicator != NULL && current != NULL, VS_TRAVEL_NONE);

  if (previous == NULL || vs_travel_previous_period (current->period, VS_PERIODICITY_ANNUAL) != previous->period)
    return VS_TRAVEL_NONE;
  return vs_travel_compare (indicator->polarity, previous->home_value, current->home_value,
                            indicator->dot_tolerance);
}
