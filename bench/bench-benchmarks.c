/* bench-benchmarks.c: every DfE file of a folder imported with all authorities' figures
 * (home Norfolk), and every comparator of every published indicator and year worked out
 *
 * Usage: bench-benchmarks [FOLDER]   (default: $VS_PUBLIC_DATA)
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "vs-benchmarks.h"
#include "vs-importer.h"

/* A DfE published-statistics file: its header names the geography of each row. */
static gboolean
is_dfe_file (const char *path)
{
  g_autofree char *head = NULL;
  gsize length;
  char *newline;

  if (!g_str_has_suffix (path, ".csv") || !g_file_get_contents (path, &head, &length, NULL))
    return FALSE;
  if ((newline = strchr (head, '\n')) != NULL)
    *newline = '\0';
  return strstr (head, "geographic_level") != NULL && strstr (head, "old_la_code") != NULL;
}

static GPtrArray *
dfe_files (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)) != NULL)
    {
      char *path = g_build_filename (folder, name, NULL);
      if (is_dfe_file (path))
        g_ptr_array_add (files, path);
      else
        g_free (path);
    }
  g_ptr_array_sort (files, (GCompareFunc) g_strcmp0);
  return files;
}

int
main (int argc, char **argv)
{
  const char *folder = argc > 1 ? argv[1] : g_getenv ("VS_PUBLIC_DATA");
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) store = NULL;
  g_autoptr(VsSnModel) model = NULL;
  g_autoptr(VsAuthority) home = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *dir = NULL, *db = NULL;
  VsImportOptions options = { 0 };
  guint peers = 0, comparisons = 0;
  gint64 start;
  double import_ms, compute_ms;

  if (folder == NULL || !g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      printf ("# benchmarks: no folder of DfE files (give one, or set VS_PUBLIC_DATA); skipped\n");
      return 0;
    }
  files = dfe_files (folder);
  dir = g_dir_make_tmp ("vs-bench-benchmarks-XXXXXX", NULL);
  db = g_build_filename (dir, "bench.db", NULL);
  if ((store = vs_store_open (db, &error)) == NULL)
    g_error ("%s", error->message);

  /* Every file, every authority: the figures as values for Norfolk, every authority's,
   * region's and England's as peer figures, then the stored comparators. */
  options.locality = "Norfolk";
  start = g_get_monotonic_time ();
  for (guint i = 0; i < files->len; i++)
    {
      g_autoptr(VsImportSummary) summary = NULL;
      if (!vs_import_file (store, g_ptr_array_index (files, i), &options, &summary, &error))
        g_error ("%s", error->message);
      peers += summary->peers_added;
      if (i == 0)
        {
          if (!vs_store_begin (store, &error) || !vs_store_set_home (store, summary->authority, &error) ||
              !vs_store_commit (store, &error))
            g_error ("%s", error->message);
        }
    }
  if (!vs_benchmarks_refresh (store, NULL, &error))
    g_error ("%s", error->message);
  import_ms = (g_get_monotonic_time () - start) / 1000.0;
  printf ("# %u DfE files, %u published figures of every authority\n", files->len, peers);
  printf ("bench benchmarks-import-all-ms %.0f ms\n", import_ms);

  /* Every comparator of every published indicator and year, 2025 model. */
  home = vs_store_get_home (store, &error);
  model = vs_sn_model_load (VS_SN_MODEL_2025, &error);
  ids = vs_store_list_peer_indicators (store, &error);
  if (home == NULL || model == NULL || ids == NULL)
    g_error ("%s", error ? error->message : "no home");
  start = g_get_monotonic_time ();
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(VsIndicator) indicator = vs_store_get_indicator (store, g_array_index (ids, gint64, i), &error);
      g_autoptr(GPtrArray) all = NULL;

      if (indicator == NULL ||
          (all = vs_benchmarks_compare (store, indicator, model, home, VS_PERIOD_INVALID, &error)) == NULL)
        g_error ("%s", error->message);
      comparisons += all->len;
    }
  compute_ms = (g_get_monotonic_time () - start) / 1000.0;
  printf ("# %u indicators, %u indicator-years compared\n", ids->len, comparisons);
  printf ("bench benchmarks-compute-ms %.0f ms\n", compute_ms);

  g_clear_object (&store);
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;
    while (d && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *child = g_build_filename (dir, name, NULL);
        g_unlink (child);
      }
    g_rmdir (dir);
  }
  return 0;
}
