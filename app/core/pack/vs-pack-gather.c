/* vs-pack-gather.c: what the pack shows, read from the store and judged by the rules once
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "vs-pack-private.h"
#include "vs-judge.h"
#include "vs-rules.h"

static void
item_free (VsPackItem *item)
{
  g_clear_pointer (&item->assessment, vs_assessment_free);
  g_clear_pointer (&item->benchmarks, g_ptr_array_unref);
  g_clear_pointer (&item->actions, g_ptr_array_unref);
  g_clear_pointer (&item->trend, vs_chart_spec_free);
  g_free (item->reasons);
  g_free (item->commentary);
  g_free (item);
}

static void
area_free (VsPackArea *area)
{
  g_clear_pointer (&area->area, vs_area_free);
  g_clear_pointer (&area->items, g_ptr_array_unref);
  g_free (area);
}

void
vs_pack_data_free (VsPackData *data)
{
  if (data == NULL)
    return;
  g_clear_pointer (&data->locality, vs_locality_free);
  g_clear_pointer (&data->areas, g_ptr_array_unref);
  g_free (data);
}

/* A name the officer gave that the database does not hold is an option they got wrong:
 * the store's message (which lists the names there are) as VS_PACK_ERROR_INVALID_OPTION. */
static void
as_invalid_option (GError **error)
{
  if (error != NULL && *error != NULL &&
      (g_error_matches (*error, VS_STORE_ERROR, VS_STORE_ERROR_NOT_FOUND)))
    {
      (*error)->domain = VS_PACK_ERROR;
      (*error)->code = VS_PACK_ERROR_INVALID_OPTION;
    }
}

/* The areas asked for, in the database's order; a name that matches none is the
 * officer's mistake, so the message lists the names there are. */
static GPtrArray *
chosen_areas (VsStore             *store,
              const VsPackOptions *options,
              GError             **error)
{
  g_autoptr(GPtrArray) areas = vs_store_list_areas (store, error);
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) area_free);

  if (areas == NULL)
    return NULL;
  for (guint i = 0; options->areas != NULL && options->areas[i] != NULL; i++)
    {
      g_autoptr(VsArea) area = NULL;

      if (!(area = vs_store_find_area (store, options->areas[i], error)))
        {
          as_invalid_option (error);
          return NULL;
        }
    }
  for (guint j = 0; j < areas->len; j++)
    {
      VsArea *area = g_ptr_array_index (areas, j);
      gboolean wanted = options->areas == NULL;
      VsPackArea *entry;

      for (guint i = 0; !wanted && options->areas[i] != NULL; i++)
        wanted = g_ascii_strcasecmp (area->name, options->areas[i]) == 0;
      if (!wanted)
        continue;
      entry = g_new0 (VsPackArea, 1);
      entry->area = g_ptr_array_steal_index (areas, j--);
      entry->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
      g_ptr_array_add (out, entry);
    }
  return g_steal_pointer (&out);
}

/* That period's commentary on the indicator, oldest first as officers wrote it; without
 * any, the latest before it, dated, so that a card never says less than the last one did. */
static char *
period_commentary (VsStore     *store,
                   gint64       indicator_id,
                   VsPeriod     period,
                   GError     **error)
{
  g_autoptr(GPtrArray) notes = vs_store_list_commentary (store, indicator_id, 0,
                                                         VS_PERIOD_INVALID, error);
  g_autoptr(GString) text = NULL;
  VsPeriod shown = VS_PERIOD_INVALID;

  if (notes == NULL)
    return NULL;
  text = g_string_new (NULL);
  /* Newest period first: the first at or before @period with any text is the one. */
  for (guint i = 0; i < notes->len && shown == VS_PERIOD_INVALID; i++)
    {
      const VsCommentary *note = g_ptr_array_index (notes, i);

      if (note->period <= period && note->text != NULL && note->text[0] != '\0')
        shown = note->period;
    }
  if (shown != VS_PERIOD_INVALID && shown != period)
    {
      g_autofree char *month = vs_period_to_long_label (shown);

      /* Translators: before commentary written for an earlier month */
      g_string_append_printf (text, _("(Written for %s.)"), month);
    }
  for (guint i = notes->len; shown != VS_PERIOD_INVALID && i > 0; i--)
    {
      const VsCommentary *note = g_ptr_array_index (notes, i - 1);

      if (note->period != shown || note->text == NULL || note->text[0] == '\0')
        continue;
      if (text->len > 0)
        g_string_append (text, "\n");
      g_string_append (text, note->text);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* What a card shows beside the judgement: comparators, actions, commentary, and the trend
 * the window's card and `chart` draw of it (an annual indicator's years, not 13 months). */
static gboolean
fill_item (VsStore             *store,
           VsPackItem          *item,
           const VsPackData    *data,
           const VsPackOptions *options,
           GError             **error)
{
  gint64 id = item->indicator->id;
  VsPeriod period = data->period;

  if (!(item->benchmarks = vs_store_list_benchmarks (store, id, period, error)) ||
      !(item->actions = vs_store_list_actions (store, id, error)) ||
      !(item->commentary = period_commentary (store, id, period, error)))
    return FALSE;
  if (options->cards != VS_PACK_CARDS_NONE &&
      !(item->trend = vs_judge_trend_spec (store, item->assessment, data->locality, 0,
                                           options->suppress_below, error)))
    return FALSE;
  if (item->commentary[0] == '\0')
    g_clear_pointer (&item->commentary, g_free);
  if (item->assessment->exception)
    item->reasons = vs_exception_reasons_label (item->assessment->reasons);
  return TRUE;
}

VsPackData *
vs_pack_gather (VsStore             *store,
                const VsPackOptions *options,
                GError             **error)
{
  g_autoptr(VsPackData) data = g_new0 (VsPackData, 1);
  g_autoptr(GPtrArray) judged = NULL;
  GError *local = NULL;

  g_return_val_if_fail (VS_IS_STORE (store), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  data->latest = vs_store_latest_period (store, &local);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  if (data->latest == VS_PERIOD_INVALID)
    {
      g_set_error_literal (error, VS_PACK_ERROR, VS_PACK_ERROR_NO_DATA,
                           _("The database holds no figures yet; import some first."));
      return NULL;
    }
  data->period = vs_period_is_valid (options->period) ? options->period : data->latest;
  if (data->period > data->latest)
    {
      g_autofree char *asked = vs_period_to_long_label (data->period);
      g_autofree char *held = vs_period_to_long_label (data->latest);

      g_set_error (error, VS_PACK_ERROR, VS_PACK_ERROR_NO_DATA,
                   _("There are no figures for %s yet; the latest held are for %s."),
                   asked, held);
      return NULL;
    }

  if (!(data->locality = vs_store_find_locality (store, options->locality, error)))
    {
      if (options->locality != NULL)
        as_invalid_option (error);
      return NULL;
    }
  if (!(data->areas = chosen_areas (store, options, error)) ||
      !(judged = vs_judge_indicators (store, 0, data->locality, data->period, error)))
    return NULL;

  /* The one judgement every front end shows; the pack only lays it out. */
  for (guint i = 0; i < judged->len; i++)
    {
      VsAssessment *assessment = g_ptr_array_index (judged, i);
      VsPackArea *area = NULL;
      VsPackItem *item;

      for (guint j = 0; j < data->areas->len && area == NULL; j++)
        if (((VsPackArea *) g_ptr_array_index (data->areas, j))->area->id ==
            assessment->indicator->area_id)
          area = g_ptr_array_index (data->areas, j);
      if (area == NULL)
        continue;

      item = g_new0 (VsPackItem, 1);
      item->assessment = g_steal_pointer (&judged->pdata[i]);
      item->indicator = item->assessment->indicator;
      item->series = item->assessment->series;
      g_ptr_array_add (area->items, item);
      if (!fill_item (store, item, data, options, error))
        return NULL;
    }
  return g_steal_pointer (&data);
}

VsRag
vs_pack_item_rag_at (const VsPackItem *item,
                     guint             k)
{
  const VsRating *rating;

  g_return_val_if_fail (k < item->series->n, VS_RAG_NONE);

  rating = vs_assessment_rating_at (item->assessment, item->series->first + (VsPeriod) k);
  if (rating != NULL)
    return rating->rag;
  switch (item->series->states[k])
    {
    case VS_OBS_MISSING:      return VS_RAG_PENDING;
    case VS_OBS_NOT_EXPECTED: return VS_RAG_NOT_EXPECTED;
    case VS_OBS_SUPPRESSED:   return VS_RAG_SUPPRESSED;
    case VS_OBS_ACTUAL:
      return VS_RAG_NONE;
    case VS_N_OBS_STATES:
      break;
    }
  g_return_val_if_reached (VS_RAG_NONE);
}

char *
vs_pack_item_text_at (const VsPackItem *item,
                      guint             k,
                      guint             suppress_below)
{
  g_return_val_if_fail (k < item->series->n, NULL);

  return vs_small_numbers_format (item->indicator, item->series, k, suppress_below);
}
