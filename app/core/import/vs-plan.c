/* vs-plan.c: what the file would change: each figure against the one stored (added,
 * changed, unchanged), far-out figures against their recent range, and the benchmarks,
 * commentary and actions against theirs
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "vs-import-private.h"

/* An outlier is judged against up to this many earlier figures, and only with enough. */
#define RECENT_FIGURES 12
#define MIN_RECENT_FIGURES 6

typedef struct {
  double values[RECENT_FIGURES];
  guint  n;          /* how many held, up to RECENT_FIGURES */
  guint  next;
} Recent;

static void
recent_push (Recent *recent,
             double  value)
{
  recent->values[recent->next] = value;
  recent->next = (recent->next + 1) % RECENT_FIGURES;
  recent->n = MIN (recent->n + 1, RECENT_FIGURES);
}

static void
check_outlier (VsImportJob     *job,
               VsFileIndicator *slot,
               const VsFigure  *figure,
               const Recent    *recent)
{
  double sorted[RECENT_FIGURES];
  double lo, hi, median, reach;
  g_autofree char *shown = NULL, *lo_text = NULL, *hi_text = NULL;

  if (recent->n < MIN_RECENT_FIGURES || figure->state != VS_OBS_ACTUAL)
    return;
  /* At most twelve figures, for every figure of the file: an insertion sort. */
  for (guint i = 0; i < recent->n; i++)
    {
      double v = recent->values[i];
      guint j = i;
      for (; j > 0 && sorted[j - 1] > v; j--)
        sorted[j] = sorted[j - 1];
      sorted[j] = v;
    }
  lo = sorted[0];
  hi = sorted[recent->n - 1];
  median = recent->n % 2 ? sorted[recent->n / 2]
                         : (sorted[recent->n / 2 - 1] + sorted[recent->n / 2]) / 2;
  /* As far again outside the range as the range is wide (at least a tenth of the level). */
  reach = MAX (MAX (hi - lo, 0.1 * fabs (median)), 1.0);
  if (figure->value >= lo - reach && figure->value <= hi + reach)
    return;

  shown = vs_import_format_value (slot->result->unit, figure->value);
  lo_text = vs_import_format_value (slot->result->unit, lo);
  hi_text = vs_import_format_value (slot->result->unit, hi);
  vs_import_job_warn (job, figure->row, figure->col,
                      _("%s is far outside the recent range of “%s” (%s to %s over the %u "
                        "figures before it); expected a figure near that range, so check it"),
                      shown, vs_file_indicator_name (slot), lo_text, hi_text, recent->n);
}

static void
record_change (VsImportJob         *job,
               VsFileIndicator     *slot,
               const VsFigure      *figure,
               const VsObservation *old)
{
  VsImportChange *change;
  VsFileLocality *fl = g_ptr_array_index (job->localities, figure->locality);

  job->n_changes++;
  if (job->changes->len >= VS_IMPORT_MAX_MESSAGES)
    return;
  change = g_new0 (VsImportChange, 1);
  change->ref = g_strdup (vs_file_indicator_name (slot));
  change->locality = g_strdup (fl->name);
  change->period = figure->period;
  change->old_state = old->state;
  change->old_value = old->value;
  change->new_state = figure->state;
  change->new_value = figure->value;
  change->cell = vs_cell_address (figure->row, figure->col);
  g_ptr_array_add (job->changes, change);
}

/* Whether one of the first @k figures (in period order) is for @period. */
static gboolean
restated (VsImportJob   *job,
          const guint32 *order,
          guint          k,
          VsPeriod       period)
{
  guint lo = 0, hi = k;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      VsPeriod p = g_array_index (job->figures, VsFigure, order[mid]).period;
      if (p == period)
        return TRUE;
      if (p < period)
        lo = mid + 1;
      else
        hi = mid;
    }
  return FALSE;
}

gboolean
vs_plan_series (VsImportJob    *job,
             const guint32  *order,
             guint           n,
             GError        **error)
{
  VsFigure *first = &g_array_index (job->figures, VsFigure, order[0]);
  VsFigure *last = &g_array_index (job->figures, VsFigure, order[n - 1]);
  VsFileIndicator *slot = vs_import_job_slot_of (job, first);
  VsFileLocality *fl = g_ptr_array_index (job->localities, first->locality);
  g_autoptr(GPtrArray) existing = NULL;
  Recent recent = { { 0 }, 0, 0 };
  guint e = 0;

  if (slot->exists && fl->id != 0)
    {
      guint span = vs_periodicity_months (slot->result->periodicity) * RECENT_FIGURES;
      existing = vs_store_list_observations (job->store, slot->result->id, fl->id,
                                             first->period - (VsPeriod) span, last->period, error);
      if (existing == NULL)
        return FALSE;
    }

  for (guint k = 0; k < n; k++)
    {
      VsFigure *figure = &g_array_index (job->figures, VsFigure, order[k]);
      VsObservation *old = NULL;

      /* Earlier stored figures the file does not restate count as history. */
      while (existing && e < existing->len)
        {
          VsObservation *obs = g_ptr_array_index (existing, e);
          if (obs->period > figure->period)
            break;
          e++;
          if (obs->period == figure->period)
            {
              old = obs;
              break;
            }
          if (obs->state == VS_OBS_ACTUAL)
            {
              if (!restated (job, order, k, obs->period))
                recent_push (&recent, obs->value);
            }
        }

      if (old == NULL)
        {
          check_outlier (job, slot, figure, &recent);
          if (figure->state == VS_OBS_ACTUAL)
            recent_push (&recent, figure->value);
          figure->outcome = VS_OUTCOME_ADDED;
          slot->added++;
          job->values_added++;
          continue;
        }
      /* A later dashboard often drops the oldest months' numerator / denominator line: the
       * same figure without them is the same figure. */
      if (!(figure->flags & VS_FIGURE_HAS_RATIO) && isnan (figure->numerator) &&
          isnan (figure->denominator) && old->state == figure->state &&
          vs_same_double (old->value, figure->value))
        {
          figure->numerator = old->numerator;
          figure->denominator = old->denominator;
        }
      if (old->state == figure->state && vs_same_double (old->value, figure->value) &&
          vs_same_double (old->numerator, figure->numerator) &&
          vs_same_double (old->denominator, figure->denominator))
        {
          figure->outcome = VS_OUTCOME_UNCHANGED;
          slot->unchanged++;
          job->values_unchanged++;
        }
      else
        {
          /* Only a figure this import brings in is worth a second look: an officer
           * should not be warned every month about the history the extract restates. */
          check_outlier (job, slot, figure, &recent);
          figure->outcome = VS_OUTCOME_CHANGED;
          slot->changed++;
          job->values_changed++;
          record_change (job, slot, figure, old);
        }
      if (figure->state == VS_OBS_ACTUAL)
        recent_push (&recent, figure->value);
    }
  return TRUE;
}

static gboolean
comparable (VsUnit unit)
{
  return unit == VS_UNIT_PERCENTAGE || unit == VS_UNIT_RATE_10K || unit == VS_UNIT_AVERAGE ||
         unit == VS_UNIT_DAYS;
}

gboolean
vs_plan_benchmarks (VsImportJob  *job,
                 GError      **error)
{
  g_autoptr(GHashTable) latest = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* A later line for the same benchmark supersedes an earlier one. */
  for (guint i = 0; i < job->benchmarks->len; i++)
    {
      VsFileBenchmark *b = &g_array_index (job->benchmarks, VsFileBenchmark, i);
      VsFileIndicator *fi = g_ptr_array_index (job->indicators, b->indicator);
      VsFileIndicator *slot = g_ptr_array_index (job->indicators, fi->slot);
      char *key;

      b->outcome = VS_OUTCOME_ADDED;
      if (b->geographic && !comparable (slot->result->unit))
        {
          /* England's total of a count is no comparison for one authority. */
          b->outcome = VS_OUTCOME_SKIPPED;
          continue;
        }
      if (!vs_unit_value_in_range (slot->result->unit, b->value))
        {
          vs_validate_out_of_range (job, b->row, b->col, slot->result->unit, b->value,
                                    vs_file_indicator_name (slot));
          b->outcome = VS_OUTCOME_SKIPPED;
          continue;
        }
      key = g_strdup_printf ("%u:%d:%d", fi->slot, b->comparator, b->period);
      if (g_hash_table_contains (latest, key))
        {
          guint previous = GPOINTER_TO_UINT (g_hash_table_lookup (latest, key));
          g_array_index (job->benchmarks, VsFileBenchmark, previous).outcome = VS_OUTCOME_SKIPPED;
        }
      g_hash_table_insert (latest, key, GUINT_TO_POINTER (i));
    }

  for (guint i = 0; i < job->benchmarks->len; i++)
    {
      VsFileBenchmark *b = &g_array_index (job->benchmarks, VsFileBenchmark, i);
      VsFileIndicator *fi = g_ptr_array_index (job->indicators, b->indicator);
      VsFileIndicator *slot = g_ptr_array_index (job->indicators, fi->slot);
      g_autoptr(GPtrArray) stored = NULL;

      if (b->outcome == VS_OUTCOME_SKIPPED)
        continue;
      if (slot->exists)
        {
          stored = vs_store_list_benchmarks (job->store, slot->result->id, b->period, error);
          if (stored == NULL)
            return FALSE;
          for (guint k = 0; k < stored->len; k++)
            {
              VsBenchmark *old = g_ptr_array_index (stored, k);
              if (old->comparator == b->comparator && old->period == b->period)
                {
                  b->outcome = old->value == b->value ? VS_OUTCOME_UNCHANGED : VS_OUTCOME_CHANGED;
                  break;
                }
            }
        }
      if (b->outcome == VS_OUTCOME_ADDED)
        job->benchmarks_added++;
      else if (b->outcome == VS_OUTCOME_CHANGED)
        job->benchmarks_changed++;
      else
        job->benchmarks_unchanged++;
    }
  return TRUE;
}

gboolean
vs_plan_notes (VsImportJob  *job,
                             GError      **error)
{
  g_autoptr(GPtrArray) areas = NULL;

  if (job->commentary->len > 0 && (areas = vs_store_list_areas (job->store, error)) == NULL)
    return FALSE;

  for (guint i = 0; i < job->commentary->len; i++)
    {
      VsFileCommentary *c = &g_array_index (job->commentary, VsFileCommentary, i);
      gint64 indicator_id = 0, area_id = 0;
      g_autoptr(GPtrArray) stored = NULL;

      if (c->indicator != G_MAXUINT32)
        {
          VsFileIndicator *fi = g_ptr_array_index (job->indicators, c->indicator);
          VsFileIndicator *slot = g_ptr_array_index (job->indicators, fi->slot);
          indicator_id = slot->exists ? slot->result->id : -1;
        }
      for (guint k = 0; c->area && k < areas->len; k++)
        {
          VsArea *area = g_ptr_array_index (areas, k);
          if (g_utf8_collate (area->name, c->area) == 0)
            area_id = area->id;
        }
      if (indicator_id >= 0 && (indicator_id != 0 || area_id != 0))
        {
          stored = vs_store_list_commentary (job->store, indicator_id, area_id, c->period, error);
          if (stored == NULL)
            return FALSE;
          for (guint k = 0; k < stored->len && !c->unchanged; k++)
            {
              VsCommentary *old = g_ptr_array_index (stored, k);
              c->unchanged = old->indicator_id == indicator_id && g_strcmp0 (old->text, c->text) == 0;
            }
        }
      if (!c->unchanged)
        job->commentary_added++;
    }

  for (guint i = 0; i < job->actions->len; i++)
    {
      VsFileAction *a = &g_array_index (job->actions, VsFileAction, i);
      VsFileIndicator *fi = g_ptr_array_index (job->indicators, a->indicator);
      VsFileIndicator *slot = g_ptr_array_index (job->indicators, fi->slot);
      g_autoptr(GPtrArray) stored = NULL;

      if (slot->exists)
        {
          stored = vs_store_list_actions (job->store, slot->result->id, error);
          if (stored == NULL)
            return FALSE;
          for (guint k = 0; k < stored->len && a->existing_id == 0; k++)
            {
              VsAction *old = g_ptr_array_index (stored, k);
              if (g_strcmp0 (old->text, a->text) != 0)
                continue;
              a->existing_id = old->id;
              a->unchanged = g_strcmp0 (old->owner, a->owner) == 0 && old->due == a->due &&
                             old->status == a->status && g_strcmp0 (old->progress, a->progress) == 0;
            }
        }
      if (a->existing_id == 0)
        job->actions_added++;
      else if (!a->unchanged)
        job->actions_updated++;
    }
  return TRUE;
}
