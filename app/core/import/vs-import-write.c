/* vs-import-write.c: the plan carried out inside the import's transaction
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "vs-import-private.h"

/* "D7" into @buffer without allocating: a million figures each carry one. */
static const char *
cell_address (char   *buffer,
              guint   row,
              guint   col)
{
  char letters[8];
  int n = 0;

  col++;
  while (col > 0 && n < (int) sizeof letters)
    {
      letters[n++] = (char) ('A' + (col - 1) % 26);
      col = (col - 1) / 26;
    }
  for (int i = 0; i < n; i++)
    buffer[i] = letters[n - 1 - i];
  g_snprintf (buffer + n, 16, "%u", row + 1);
  return buffer;
}

gboolean
vs_import_write (VsImportJob  *job,
                 const char   *sha256,
                 gint64       *import_id,
                 GError      **error)
{
  VsStore *store = job->store;
  g_autofree char *absolute = g_canonicalize_filename (job->path, NULL);
  guint added = 0, changed = 0, unchanged = job->values_unchanged;
  VsObservation obs = { 0 };
  char cell[32];

  *import_id = vs_store_begin_import (store, absolute, sha256, vs_layout_to_string (job->layout),
                                      error);
  if (*import_id == 0)
    return FALSE;

  for (guint i = 0; i < job->indicators->len; i++)
    {
      VsFileIndicator *fi = g_ptr_array_index (job->indicators, i);

      if (fi->slot != i || !fi->needs_save)
        continue;
      fi->result->area_id = vs_store_ensure_area (store, fi->result->area, error);
      if (fi->result->area_id == 0)
        return FALSE;
      if (fi->result->ref == NULL && (fi->result->ref = vs_store_next_generated_ref (store, error)) == NULL)
        return FALSE;
      if (!vs_store_save_indicator (store, fi->result, error))
        return FALSE;
    }

  for (guint i = 0; i < job->localities->len; i++)
    {
      VsFileLocality *fl = g_ptr_array_index (job->localities, i);
      if (fl->id == 0 && (fl->id = vs_store_ensure_locality (store, fl->name, fl->whole, error)) == 0)
        return FALSE;
    }

  /* New figures go in many to a statement; a figure that replaces another goes through
   * put_observation, which keeps the old one for undo. A figure stated again unchanged is
   * noted, many to a statement too, as held by this import as well. */
  {
    VsStoreBulk *bulk = vs_store_bulk_begin (store, job->values_added, error);
    VsObservation batch[VS_STORE_BULK_ROWS], same[VS_STORE_BULK_ROWS];
    char cells[VS_STORE_BULK_ROWS][32], same_cells[VS_STORE_BULK_ROWS][32];
    guint n_batch = 0, n_same = 0;

    if (bulk == NULL)
      return FALSE;
    memset (batch, 0, sizeof batch);
    memset (same, 0, sizeof same);
    for (guint i = 0; i <= job->order->len; i++)
      {
        VsFigure *f = NULL;
        VsFileIndicator *fi, *slot;
        VsFileLocality *fl;
        VsObservation *o;
        VsPutResult result;

        if (i < job->order->len)
          f = &g_array_index (job->figures, VsFigure, g_array_index (job->order, guint32, i));
        if (n_batch > 0 && (f == NULL || n_batch == VS_STORE_BULK_ROWS))
          {
            if (!vs_store_add_observations (store, batch, n_batch, error))
              {
                g_prefix_error (error, _("%s, near cell %s: "), job->where, cells[0]);
                vs_store_bulk_free (bulk);
                return FALSE;
              }
            added += n_batch;
            n_batch = 0;
          }
        if (n_same > 0 && (f == NULL || n_same == VS_STORE_BULK_ROWS))
          {
            if (!vs_store_note_restated (store, same, n_same, error))
              {
                vs_store_bulk_free (bulk);
                return FALSE;
              }
            n_same = 0;
          }
        if (f == NULL)
          continue;

        fi = g_ptr_array_index (job->indicators, f->indicator);
        slot = g_ptr_array_index (job->indicators, fi->slot);
        fl = g_ptr_array_index (job->localities, f->locality);
        if (f->outcome == VS_OUTCOME_ADDED)
          o = &batch[n_batch];
        else if (f->outcome == VS_OUTCOME_UNCHANGED)
          o = &same[n_same];
        else
          o = &obs;
        o->indicator_id = slot->result->id;
        o->locality_id = fl->id;
        o->period = f->period;
        o->state = (VsObsState) f->state;
        o->value = f->state == VS_OBS_ACTUAL ? f->value : NAN;
        o->numerator = f->numerator;
        o->denominator = f->denominator;
        o->import_id = *import_id;
        o->sheet = job->sheet;
        if (f->outcome == VS_OUTCOME_ADDED)
          {
            o->cell = (char *) cell_address (cells[n_batch], f->row, f->col);
            n_batch++;
            continue;
          }
        if (f->outcome == VS_OUTCOME_UNCHANGED)
          {
            o->cell = (char *) cell_address (same_cells[n_same], f->row, f->col);
            n_same++;
            continue;
          }

        o->cell = (char *) cell_address (cell, f->row, f->col);
        if (!vs_store_put_observation (store, o, &result, error))
          {
            g_prefix_error (error, _("%s, cell %s: "), job->where, cell);
            vs_store_bulk_free (bulk);
            return FALSE;
          }
        if (result == VS_PUT_ADDED)
          added++;
        else if (result == VS_PUT_CHANGED)
          changed++;
        else if (vs_store_note_restated (store, o, 1, error))
          unchanged++;
        else
          {
            vs_store_bulk_free (bulk);
            return FALSE;
          }
      }
    if (!vs_store_bulk_end (store, bulk, error))
      return FALSE;
  }

  if (!vs_import_peers_write (job, *import_id, error))
    return FALSE;

  for (guint i = 0; i < job->benchmarks->len; i++)
    {
      VsFileBenchmark *b = &g_array_index (job->benchmarks, VsFileBenchmark, i);
      VsFileIndicator *fi = g_ptr_array_index (job->indicators, b->indicator);
      VsFileIndicator *slot = g_ptr_array_index (job->indicators, fi->slot);
      VsBenchmark benchmark = { 0 };

      if (b->outcome == VS_OUTCOME_SKIPPED || b->outcome == VS_OUTCOME_UNCHANGED)
        continue;
      benchmark.indicator_id = slot->result->id;
      benchmark.comparator = b->comparator;
      benchmark.period = b->period;
      benchmark.value = b->value;
      benchmark.label = b->label;
      benchmark.import_id = *import_id;
      if (!vs_store_put_benchmark (store, &benchmark, error))
        return FALSE;
    }

  for (guint i = 0; i < job->commentary->len; i++)
    {
      VsFileCommentary *c = &g_array_index (job->commentary, VsFileCommentary, i);
      VsCommentary commentary = { 0 };

      if (c->unchanged)
        continue;
      if (c->indicator != G_MAXUINT32)
        {
          VsFileIndicator *fi = g_ptr_array_index (job->indicators, c->indicator);
          commentary.indicator_id = ((VsFileIndicator *) g_ptr_array_index (job->indicators, fi->slot))->result->id;
        }
      if (c->area != NULL && (commentary.area_id = vs_store_ensure_area (store, c->area, error)) == 0)
        return FALSE;
      commentary.period = c->period;
      commentary.author = c->author;
      commentary.text = c->text;
      if (vs_store_add_commentary (store, &commentary, error) == 0)
        return FALSE;
    }

  for (guint i = 0; i < job->actions->len; i++)
    {
      VsFileAction *a = &g_array_index (job->actions, VsFileAction, i);
      VsFileIndicator *fi = g_ptr_array_index (job->indicators, a->indicator);
      VsAction action = { 0 };

      if (a->unchanged)
        continue;
      action.id = a->existing_id;
      action.indicator_id = ((VsFileIndicator *) g_ptr_array_index (job->indicators, fi->slot))->result->id;
      action.text = a->text;
      action.owner = a->owner;
      action.due = a->due;
      action.status = a->status;
      action.progress = a->progress;
      if (vs_store_save_action (store, &action, error) == 0)
        return FALSE;
    }

  /* Kept with the import, so that the history can show them again later. */
  for (guint i = 0; i < job->warnings->len; i++)
    {
      const VsImportMessage *m = g_ptr_array_index (job->warnings, i);
      VsImportWarning warning = { m->sheet, m->row, m->column, m->cell, m->text };

      if (!vs_store_add_import_warning (store, *import_id, i, &warning, error))
        return FALSE;
    }

  job->values_added = added;
  job->values_changed = changed;
  job->values_unchanged = unchanged;
  return vs_store_finish_import (store, *import_id, added, changed, unchanged, job->n_warnings,
                                 error);
}
