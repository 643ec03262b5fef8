/* vs-benchmarks.c: the comparators of the store's published indicators, and keeping them
 * as benchmarks
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "vs-benchmarks.h"

#define MODEL_KEY "benchmarks.model"

VsSnModelId
vs_benchmarks_get_model (VsStore *self)
{
  g_autofree char *text = vs_store_get_setting (self, MODEL_KEY, NULL);
  VsSnModelId id = VS_SN_MODEL_2025;

  if (text != NULL && !vs_sn_model_id_from_string (text, &id))
    g_debug ("Unknown SN model “%s” in the database; using the 2025 model", text);
  return id;
}

gboolean
vs_benchmarks_set_model (VsStore      *self,
                         VsSnModelId   id,
                         GError      **error)
{
  return vs_store_set_setting (self, MODEL_KEY, vs_sn_model_id_to_string (id), error);
}

gboolean
vs_benchmarks_check_model (VsStore            *self,
                           const VsSnModel    *model,
                           const VsAuthority  *home,
                           GError            **error)
{
  g_autoptr(GPtrArray) authorities = vs_store_list_authorities (self, error);
  g_autoptr(GHashTable) known = g_hash_table_new (g_str_hash, g_str_equal);
  const char * const *codes;
  guint n, matched = 0;

  if (authorities == NULL)
    return FALSE;
  for (guint i = 0; i < authorities->len; i++)
    g_hash_table_add (known, ((VsAuthority *) g_ptr_array_index (authorities, i))->code);
  codes = vs_sn_model_get_codes (model, &n);
  for (guint i = 0; i < n; i++)
    if (g_hash_table_contains (known, codes[i]))
      matched++;
  if (authorities->len > 0 && matched == 0)
    {
      g_set_error (error, VS_BENCHMARKS_ERROR, VS_BENCHMARKS_ERROR_MODEL,
                   _("%s, column A: none of its %u codes (%s, …) is an authority the published "
                     "statistics name (such as %s, %s); a statistical neighbour model lists old "
                     "three-digit LA codes"),
                   vs_sn_model_get_file (model), n, n ? codes[0] : "–",
                   ((VsAuthority *) g_ptr_array_index (authorities, 0))->code,
                   ((VsAuthority *) g_ptr_array_index (authorities, 0))->name);
      return FALSE;
    }
  if (home != NULL && vs_sn_model_get_neighbours (model, home->code) == NULL)
    {
      g_set_error (error, VS_BENCHMARKS_ERROR, VS_BENCHMARKS_ERROR_MODEL,
                   _("%s (%s) is not in the %s (%s); choose the other model"), home->name,
                   home->code, vs_sn_model_get_label (model), vs_sn_model_get_file (model));
      return FALSE;
    }
  return TRUE;
}

GPtrArray *
vs_benchmarks_compare (VsStore            *self,
                       const VsIndicator  *indicator,
                       const VsSnModel    *model,
                       const VsAuthority  *home,
                       VsPeriod            period,
                       GError            **error)
{
  g_autoptr(GPtrArray) comparisons = g_ptr_array_new_with_free_func ((GDestroyNotify) vs_comparison_free);
  g_autoptr(GPtrArray) figures = NULL;
  guint start = 0;

  g_return_val_if_fail (VS_IS_STORE (self), NULL);
  g_return_val_if_fail (indicator != NULL && model != NULL && home != NULL, NULL);

  figures = vs_store_list_peer_figures (self, indicator->id, period, error);
  if (figures == NULL)
    return NULL;
  if (figures->len == 0)
    {
      g_set_error (error, VS_BENCHMARKS_ERROR, VS_BENCHMARKS_ERROR_NOT_PUBLISHED,
                   period == VS_PERIOD_INVALID
                     ? _("%s (%s) holds no published figures of other authorities; import the "
                         "DfE file it comes from")
                     : _("%s (%s) holds no published figures for that period"),
                   indicator->title, indicator->ref);
      return NULL;
    }

  /* The figures come in period order: one comparison per run of a period. */
  for (guint i = 1; i <= figures->len; i++)
    {
      VsPeerFigure *first = g_ptr_array_index (figures, start);
      g_autoptr(GPtrArray) one = NULL;
      VsComparison *c;

      if (i < figures->len && ((VsPeerFigure *) g_ptr_array_index (figures, i))->period == first->period)
        continue;
      one = g_ptr_array_new ();
      for (guint k = start; k < i; k++)
        g_ptr_array_add (one, g_ptr_array_index (figures, k));
      c = vs_comparison_compute (indicator, model, home, one, error);
      if (c == NULL)
        return NULL;
      g_ptr_array_add (comparisons, c);
      start = i;
    }
  return g_steal_pointer (&comparisons);
}

static gboolean
put (VsStore       *self,
     const VsComparison *c,
     VsComparator   comparator,
     double         value,
     const char    *label,
     guint         *n_written,
     GError       **error)
{
  VsBenchmark benchmark = { 0 };

  if (isnan (value))
    return TRUE;
  benchmark.indicator_id = c->indicator_id;
  benchmark.comparator = comparator;
  benchmark.period = c->period;
  benchmark.value = value;
  benchmark.label = (char *) label;
  benchmark.import_id = c->import_id;
  if (!vs_store_put_benchmark (self, &benchmark, error))
    return FALSE;
  (*n_written)++;
  return TRUE;
}

static gboolean
refresh_indicator (VsStore            *self,
                   const VsIndicator  *indicator,
                   const VsSnModel    *model,
                   const VsAuthority  *home,
                   guint              *n_written,
                   GError            **error)
{
  g_autoptr(GPtrArray) comparisons = NULL;

  static const VsComparator computed[] = {
    VS_COMPARATOR_SN_AVERAGE, VS_COMPARATOR_SN_MEDIAN, VS_COMPARATOR_SN_BEST,
    VS_COMPARATOR_NATIONAL_AVERAGE,
    VS_COMPARATOR_REGIONAL_AVERAGE, VS_COMPARATOR_NATIONAL_TOP_QUARTILE,
  };

  /* An authority's count is no benchmark for another's. */
  if (indicator->unit == VS_UNIT_COUNT)
    return TRUE;
  comparisons = vs_benchmarks_compare (self, indicator, model, home, VS_PERIOD_INVALID, error);
  if (comparisons == NULL)
    return FALSE;
  /* Replaced whole: a former home authority's region or best neighbour must not linger in
   * a year where the new one has none. */
  for (guint i = 0; i < G_N_ELEMENTS (computed); i++)
    if (!vs_store_delete_benchmarks (self, indicator->id, computed[i], error))
      return FALSE;
  for (guint i = 0; i < comparisons->len; i++)
    {
      const VsComparison *c = g_ptr_array_index (comparisons, i);

      if (!put (self, c, VS_COMPARATOR_SN_AVERAGE, c->sn_average, c->sn_average_working, n_written, error) ||
          !put (self, c, VS_COMPARATOR_SN_MEDIAN, c->sn_median, c->sn_median_working, n_written, error) ||
          !put (self, c, VS_COMPARATOR_SN_BEST, c->sn_best, c->sn_best_working, n_written, error) ||
          !put (self, c, VS_COMPARATOR_NATIONAL_AVERAGE, c->england, c->england_working, n_written, error) ||
          !put (self, c, VS_COMPARATOR_REGIONAL_AVERAGE, c->region, c->region_working, n_written, error) ||
          !put (self, c, VS_COMPARATOR_NATIONAL_TOP_QUARTILE, c->top_quartile, c->quartile_working,
                n_written, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
vs_benchmarks_refresh (VsStore  *self,
                       guint    *n_written,
                       GError  **error)
{
  g_autoptr(VsAuthority) home = NULL;
  g_autoptr(VsSnModel) model = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) local = NULL;
  gboolean own;
  guint written = 0;

  g_return_val_if_fail (VS_IS_STORE (self), FALSE);

  if (n_written)
    *n_written = 0;
  home = vs_store_get_home (self, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (home == NULL)
    return TRUE;
  if ((model = vs_sn_model_load (vs_benchmarks_get_model (self), error)) == NULL ||
      !vs_benchmarks_check_model (self, model, home, error) ||
      (ids = vs_store_list_peer_indicators (self, error)) == NULL)
    return FALSE;

  own = !vs_store_in_transaction (self);
  if (own && !vs_store_begin (self, error))
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(VsIndicator) indicator = vs_store_get_indicator (self, g_array_index (ids, gint64, i), error);

      if (indicator == NULL || !refresh_indicator (self, indicator, model, home, &written, error))
        {
          if (own)
            vs_store_rollback (self);
          return FALSE;
        }
    }
  if (own && !vs_store_commit (self, error))
    return FALSE;
  if (n_written)
    *n_written = written;
  return TRUE;
}
