/* vs-import-peers.c: a file's peer figures into the store, with corrections logged
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "vs-import-private.h"
#include "vs-store-peers.h"

/* The store's figures for the job's peers; strings are borrowed from the job. Indicators
 * not yet stored have id 0: all their figures are new. */
static GArray *
store_figures (VsImportJob *job,
               gint64       import_id)
{
  GArray *figures = g_array_sized_new (FALSE, TRUE, sizeof (VsPeerFigure), job->peers->len);

  for (guint i = 0; i < job->peers->len; i++)
    {
      const VsFilePeer *p = &g_array_index (job->peers, VsFilePeer, i);
      const VsFilePeerArea *area = g_ptr_array_index (job->peer_areas, p->area);
      VsFileIndicator *fi = g_ptr_array_index (job->indicators, p->indicator);
      VsFileIndicator *slot = g_ptr_array_index (job->indicators, fi->slot);
      VsPeerFigure f = { 0 };

      f.indicator_id = slot->result ? slot->result->id : 0;
      f.period = p->period;
      f.level = area->level;
      f.code = area->code;
      f.name = area->name;
      f.new_code = area->new_code;
      f.region = area->region;
      f.state = (VsObsState) p->state;
      f.value = p->value;
      f.code_text = (char *) p->code_text;
      f.numerator = p->numerator;
      f.denominator = p->denominator;
      f.import_id = import_id;
      f.row = p->row + 1;
      f.col = p->col + 1u;
      g_array_append_val (figures, f);
    }
  return figures;
}

/* A file of many authorities without England's figures is cut short: its comparators would
 * lack England, and a file filtered by hand can lack more. */
static gboolean
check_england (VsImportJob *job)
{
  guint authorities = 0;

  for (guint i = 0; i < job->peer_areas->len; i++)
    {
      const VsFilePeerArea *area = g_ptr_array_index (job->peer_areas, i);
      if (area->level == VS_PEER_ENGLAND)
        return TRUE;
      if (area->level == VS_PEER_AUTHORITY)
        authorities++;
    }
  if (authorities < 2)
    return TRUE;
  vs_import_job_error (job, 0, G_MAXUINT,
                       _("the file gives the figures of %u authorities but no England row "
                         "(geographic_level “National”); expected the whole file as the DfE "
                         "publishes it"), authorities);
  return FALSE;
}

/* Inside the plan's transaction: how many are new, corrected, or as held. */
gboolean
vs_import_peers_plan (VsImportJob  *job,
                      GError      **error)
{
  g_autoptr(GArray) figures = NULL;
  VsPeerCounts counts = { 0 };
  gboolean ok;

  if (job->peers->len == 0)
    return TRUE;
  if (!check_england (job))
    return TRUE;      /* an error for the file: nothing will be written */
  figures = store_figures (job, 0);
  ok = vs_store_count_peer_figures (job->store, (VsPeerFigure *) figures->data, figures->len,
                                    &counts, error);
  job->peers_added = counts.added;
  job->peers_changed = counts.changed;
  job->peers_unchanged = counts.unchanged;
  return ok;
}

static const char *
indicator_name (VsImportJob *job,
                gint64       indicator_id)
{
  for (guint i = 0; i < job->indicators->len; i++)
    {
      VsFileIndicator *fi = g_ptr_array_index (job->indicators, i);
      if (fi->slot == i && fi->result && fi->result->id == indicator_id)
        return vs_file_indicator_name (fi);
    }
  return "";
}

static void
note_correction (VsImportJob            *job,
                 const VsPeerCorrection *c,
                 const VsPeerFigure     *f)
{
  VsImportChange *change;

  job->n_changes++;
  if (job->changes->len >= VS_IMPORT_MAX_MESSAGES)
    return;
  change = g_new0 (VsImportChange, 1);
  change->ref = g_strdup (indicator_name (job, f->indicator_id));
  change->locality = g_strdup (f->name);
  change->period = f->period;
  change->old_state = c->old_state;
  change->old_value = c->old_value;
  change->new_state = f->state;
  change->new_value = f->value;
  change->cell = vs_cell_address (f->row - 1, f->col - 1);
  g_ptr_array_add (job->changes, change);
}

/* In key order, each insert lands beside the last one in the table's B-tree. */
static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  const VsPeerFigure *x = a, *y = b;

  if (x->indicator_id != y->indicator_id)
    return x->indicator_id < y->indicator_id ? -1 : 1;
  if (x->period != y->period)
    return x->period < y->period ? -1 : 1;
  return strcmp (x->code, y->code);
}

gboolean
vs_import_peers_write (VsImportJob  *job,
                       gint64        import_id,
                       GError      **error)
{
  g_autoptr(GArray) figures = NULL;
  g_autoptr(GArray) corrections = NULL;
  VsPeerCounts counts = { 0 };

  if (job->peers->len == 0)
    return TRUE;
  figures = store_figures (job, import_id);
  g_array_sort (figures, compare_keys);
  corrections = g_array_new (FALSE, FALSE, sizeof (VsPeerCorrection));
  if (!vs_store_put_peer_figures (job->store, import_id, (VsPeerFigure *) figures->data,
                                  figures->len, corrections, &counts, error))
    {
      g_prefix_error (error, _("%s, the published figures of every authority: "), job->file);
      return FALSE;
    }
  for (guint i = 0; i < corrections->len; i++)
    {
      const VsPeerCorrection *c = &g_array_index (corrections, VsPeerCorrection, i);
      note_correction (job, c, &g_array_index (figures, VsPeerFigure, c->index));
    }
  job->peers_added = counts.added;
  job->peers_changed = counts.changed;
  job->peers_unchanged = counts.unchanged;
  return TRUE;
}
