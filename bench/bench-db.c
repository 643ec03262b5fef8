/* bench-db.c: building, sizing and reading the 1.2-million-observation database
 *
 * Prints:
 *   bench db-build-1.2M-s       building it through the store's API
 *   bench db-size-mb            its size on disk
 *   bench area-table-13m-ms     one area's 13-month table for one locality (median)
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "vs-bench-db.h"

#define N_RUNS 50

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) store = NULL;
  g_autoptr(GPtrArray) areas = NULL;
  g_autofree char *dir = g_dir_make_tmp ("vs-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.db", NULL);
  const char *keep = g_getenv ("VS_BENCH_DB");
  double start, times[N_RUNS];
  GStatBuf st;
  VsPeriod first = vs_period_new (2016, 11);
  gint64 county;

  if (keep != NULL)
    {
      g_free (path);
      path = g_strdup (keep);
      g_unlink (path);
    }

  start = vs_bench_now ();
  if (!vs_bench_build_database (path, 500, 20, 120, &error))
    g_error ("building the database: %s", error->message);
  g_print ("bench db-build-1.2M-s %.2f s\n", vs_bench_now () - start);

  store = vs_store_open (path, &error);
  g_assert_no_error (error);
  /* Fold the WAL back in so that the size is the file's own. */
  g_clear_object (&store);
  store = vs_store_open (path, &error);
  g_assert_no_error (error);
  if (g_stat (path, &st) == 0)
    g_print ("bench db-size-mb %.1f MB\n", st.st_size / 1e6);

  areas = vs_store_list_areas (store, &error);
  county = 1;
  for (guint run = 0; run < N_RUNS; run++)
    {
      VsArea *area = g_ptr_array_index (areas, run % areas->len);
      g_autoptr(GPtrArray) indicators = NULL;
      g_autoptr(GPtrArray) series = NULL;

      start = vs_bench_now ();
      series = vs_store_get_area_series (store, area->id, county, first, 13, &indicators, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (series->len, ==, 50);
      times[run] = (vs_bench_now () - start) * 1000;
    }
  g_print ("bench area-table-13m-ms %.2f ms\n", vs_bench_median (times, N_RUNS));

  g_clear_object (&store);
  if (keep == NULL)
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);
      g_unlink (wal);
      g_unlink (shm);
      g_unlink (path);
      g_rmdir (dir);
    }
  return 0;
}
