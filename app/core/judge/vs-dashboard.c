/* vs-dashboard.c: every indicator judged for one period and locality: the window's model
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vs-dashboard.h"
#include "vs-small-numbers.h"

/* One load per period and locality serves the overview, the exceptions, the sidebar's
 * counts and every area: switching areas only filters rows already rated, which is what
 * keeps an area switch well inside a frame on a large database. */
struct _VsDashboard
{
  GObject      parent_instance;

  VsStore     *store;
  VsPeriod     period;
  gint64       locality_id;
  GListStore  *rows;
  GPtrArray   *areas;        /* of VsArea* */
  GHashTable  *counts;       /* area id -> VsRagCounts* */
  guint        n_exceptions;
};

G_DEFINE_FINAL_TYPE (VsDashboard, vs_dashboard, G_TYPE_OBJECT)

static void
vs_dashboard_finalize (GObject *object)
{
  VsDashboard *self = VS_DASHBOARD (object);

  g_clear_object (&self->store);
  g_clear_object (&self->rows);
  g_clear_pointer (&self->areas, g_ptr_array_unref);
  g_clear_pointer (&self->counts, g_hash_table_unref);

  G_OBJECT_CLASS (vs_dashboard_parent_class)->finalize (object);
}

static void
vs_dashboard_class_init (VsDashboardClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vs_dashboard_finalize;
}

static void
vs_dashboard_init (VsDashboard *self)
{
  self->period = VS_PERIOD_INVALID;
  self->rows = g_list_store_new (VS_TYPE_INDICATOR_ITEM);
  self->areas = g_ptr_array_new_with_free_func ((GDestroyNotify) vs_area_free);
  self->counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
}

VsDashboard *
vs_dashboard_new (VsStore *store)
{
  VsDashboard *self;

  g_return_val_if_fail (VS_IS_STORE (store), NULL);

  self = g_object_new (VS_TYPE_DASHBOARD, NULL);
  self->store = g_object_ref (store);
  return self;
}

static void
count_row (VsDashboard     *self,
           VsIndicatorItem *row)
{
  gint64 area_id = vs_indicator_item_get_area_id (row);
  VsRagCounts *counts = g_hash_table_lookup (self->counts, &area_id);

  if (counts == NULL)
    {
      gint64 *key = g_new (gint64, 1);

      *key = area_id;
      counts = g_new0 (VsRagCounts, 1);
      g_hash_table_insert (self->counts, key, counts);
    }
  switch (vs_indicator_item_get_rag (row))
    {
    case VS_RAG_RED:   counts->red++;   break;
    case VS_RAG_AMBER: counts->amber++; break;
    case VS_RAG_GREEN: counts->green++; break;
    case VS_RAG_NONE:
    case VS_RAG_PENDING:
    case VS_RAG_NOT_EXPECTED:
    case VS_RAG_SUPPRESSED:
      break;
    }
  if (vs_indicator_item_is_exception (row))
    self->n_exceptions++;
}

static VsLocality *
find_locality (VsStore  *store,
               gint64    locality_id,
               GError  **error)
{
  g_autoptr(GPtrArray) localities = vs_store_list_localities (store, error);

  for (guint i = 0; localities != NULL && i < localities->len; i++)
    {
      VsLocality *locality = g_ptr_array_index (localities, i);

      if (locality->id == locality_id)
        return g_ptr_array_steal_index (localities, i);
    }
  if (localities != NULL)
    g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_NOT_FOUND,
                 _("There is no locality number %" G_GINT64_FORMAT "."), locality_id);
  return NULL;
}

gboolean
vs_dashboard_load (VsDashboard *self,
                   VsPeriod     period,
                   gint64       locality_id,
                   GError     **error)
{
  g_autoptr(GPtrArray) areas = NULL;
  g_autoptr(GPtrArray) judged = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(VsLocality) locality = NULL;
  guint small_below;

  g_return_val_if_fail (VS_IS_DASHBOARD (self), FALSE);
  g_return_val_if_fail (vs_period_is_valid (period), FALSE);

  if (!(areas = vs_store_list_areas (self->store, error)) ||
      !(locality = find_locality (self->store, locality_id, error)) ||
      !(judged = vs_judge_indicators (self->store, 0, locality, period, error)) ||
      !vs_small_numbers_threshold (self->store, &small_below, error))
    return FALSE;

  rows = g_ptr_array_new_full (judged->len, g_object_unref);
  for (guint i = 0; i < judged->len; i++)
    g_ptr_array_add (rows, vs_indicator_item_new (g_steal_pointer (&judged->pdata[i]), locality,
                                                  small_below));

  self->period = period;
  self->locality_id = locality_id;
  g_ptr_array_set_size (self->areas, 0);
  g_ptr_array_extend_and_steal (self->areas, g_steal_pointer (&areas));
  g_hash_table_remove_all (self->counts);
  self->n_exceptions = 0;
  for (guint i = 0; i < rows->len; i++)
    count_row (self, g_ptr_array_index (rows, i));

  /* One splice: views see a single change, not one per indicator. */
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       rows->pdata, rows->len);
  return TRUE;
}

GListModel *
vs_dashboard_get_rows (VsDashboard *self)
{
  g_return_val_if_fail (VS_IS_DASHBOARD (self), NULL);
  return G_LIST_MODEL (self->rows);
}

GPtrArray *
vs_dashboard_get_areas (VsDashboard *self)
{
  g_return_val_if_fail (VS_IS_DASHBOARD (self), NULL);
  return self->areas;
}

const VsArea *
vs_dashboard_find_area (VsDashboard *self,
                        const char  *name)
{
  g_return_val_if_fail (VS_IS_DASHBOARD (self), NULL);

  for (guint i = 0; name != NULL && i < self->areas->len; i++)
    {
      const VsArea *area = g_ptr_array_index (self->areas, i);

      if (g_ascii_strcasecmp (area->name, name) == 0)
        return area;
    }
  return NULL;
}

VsRagCounts
vs_dashboard_count_area (VsDashboard *self,
                         gint64       area_id)
{
  VsRagCounts none = { 0 };
  VsRagCounts *counts;

  g_return_val_if_fail (VS_IS_DASHBOARD (self), none);

  counts = g_hash_table_lookup (self->counts, &area_id);
  return counts != NULL ? *counts : none;
}

guint
vs_dashboard_count_exceptions (VsDashboard *self)
{
  g_return_val_if_fail (VS_IS_DASHBOARD (self), 0);
  return self->n_exceptions;
}

VsIndicatorItem *
vs_dashboard_find_row (VsDashboard *self,
                       gint64       indicator_id)
{
  guint n;

  g_return_val_if_fail (VS_IS_DASHBOARD (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VsIndicatorItem) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);

      if (vs_indicator_item_get_indicator (row)->id == indicator_id)
        return row;   /* the store keeps it alive */
    }
  return NULL;
}
