/* vs-bench-db.c: a synthetic database the size of a large authority's ten years
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include <glib/gstdio.h>

#include "vs-bench-db.h"

static const char * const area_names[VS_BENCH_N_AREAS] = {
  "Early Help", "Contacts & Referrals", "Assessments", "Children in Need", "Child Protection",
  "Looked After Children", "Care Leavers", "Placements", "Adoption", "Workforce & Caseloads",
};

double
vs_bench_now (void)
{
  return g_get_monotonic_time () / (double) G_USEC_PER_SEC;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

double
vs_bench_median (double *values,
                 guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

gboolean
vs_bench_build_database (const char *path,
                         guint       n_indicators,
                         guint       n_localities,
                         guint       n_months,
                         GError    **error)
{
  g_autoptr(VsStore) store = vs_store_open (path, error);
  g_autofree gint64 *area_ids = g_new0 (gint64, VS_BENCH_N_AREAS);
  g_autofree gint64 *locality_ids = g_new0 (gint64, n_localities);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20171130);
  VsPeriod last = vs_period_new (2017, 11);
  gint64 import_id;

  if (store == NULL || !vs_store_begin (store, error))
    return FALSE;

  for (guint a = 0; a < VS_BENCH_N_AREAS; a++)
    if (!(area_ids[a] = vs_store_ensure_area (store, area_names[a], error)))
      goto fail;
  for (guint l = 0; l < n_localities; l++)
    {
      g_autofree char *name = l == 0 ? g_strdup ("County") : g_strdup_printf ("District %u", l);
      if (!(locality_ids[l] = vs_store_ensure_locality (store, name, l == 0, error)))
        goto fail;
    }
  if (!(import_id = vs_store_begin_import (store, "synthetic.csv", NULL, "long", error)))
    goto fail;

  for (guint i = 0; i < n_indicators; i++)
    {
      g_autoptr(VsIndicator) indicator = vs_indicator_new ();
      gboolean percentage = i % 3 != 2;

      indicator->ref = g_strdup_printf ("B%u", i + 1);
      indicator->title = g_strdup_printf ("Synthetic indicator %u", i + 1);
      indicator->area_id = area_ids[i % VS_BENCH_N_AREAS];
      indicator->unit = percentage ? VS_UNIT_PERCENTAGE : VS_UNIT_COUNT;
      indicator->polarity = i % 2 ? VS_POLARITY_LOWER_IS_BETTER : VS_POLARITY_HIGHER_IS_BETTER;
      indicator->target_text = g_strdup (percentage ? "90%" : "500");
      if (i % 4 == 0)
        {
          indicator->red_threshold = 80;
          indicator->green_threshold = 90;
        }
      if (!vs_store_save_indicator (store, indicator, error))
        goto fail;

      for (guint l = 0; l < n_localities; l++)
        for (guint m = 0; m < n_months; m++)
          {
            double denominator = 400 + g_rand_int_range (rand, 0, 200);
            double numerator = floor (denominator * g_rand_double_range (rand, 0.5, 1.0));
            VsObservation obs = {
              .indicator_id = indicator->id,
              .locality_id = locality_ids[l],
              .period = last - (VsPeriod) (n_months - 1 - m),
              .state = VS_OBS_ACTUAL,
              .value = percentage ? round (1000 * numerator / denominator) / 10 : numerator,
              .numerator = percentage ? numerator : NAN,
              .denominator = percentage ? denominator : NAN,
              .import_id = import_id,
            };
            if (!vs_store_put_observation (store, &obs, NULL, error))
              goto fail;
          }
    }

  if (!vs_store_finish_import (store, import_id, n_indicators * n_localities * n_months, 0, 0, 0, error))
    goto fail;
  return vs_store_commit (store, error);

fail:
  vs_store_rollback (store);
  return FALSE;
}

void
vs_bench_remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_unlink (child);
    }
  g_rmdir (path);
}
