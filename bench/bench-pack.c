/* bench-pack.c: the demo's full committee pack as a PDF, PowerPoint and a workbook (every
 * area, a card per exception), against drawing the same charts one file each as the chart command does
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "vs-bench-db.h"
#include "vs-demo.h"
#include "vs-pack-render.h"

#define RUNS 5

/* The whole command: read and lay out, start gnuplot, draw the charts, write the file. A
 * plotter per run, as each run of the command has, so that no chart comes from a cache. */
static double
time_pack (VsStore      *store,
           VsPackFormat  format,
           const char   *path,
           guint      *n_slides,
           GPtrArray  *specs,
           GPtrArray  *refs)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsPackDocument) doc = NULL;
  g_autoptr(VsPlotter) plotter = vs_plotter_new (NULL);
  VsPackOptions options;
  double start = vs_bench_now ();

  vs_pack_options_init (&options);
  options.period = vs_period_new (2017, 11);
  if (!(doc = vs_pack_build (store, &options, NULL, NULL, &error)) ||
      !vs_pack_write (doc, format, plotter, path, NULL, NULL, NULL, &error))
    g_error ("pack: %s", error->message);
  *n_slides = doc->slides->len;
  for (guint i = 0; specs != NULL && i < doc->slides->len; i++)
    {
      VsPackSlide *slide = g_ptr_array_index (doc->slides, i);

      for (guint j = 0; j < slide->blocks->len; j++)
        {
          VsPackBlock *block = g_ptr_array_index (slide->blocks, j);

          if (block->kind == VS_PACK_BLOCK_CHART)
            g_ptr_array_add (specs, vs_chart_spec_copy (block->chart));
        }
      /* A card's bookmark is its ref and title. */
      if (slide->kind == VS_PACK_SLIDE_CARD && !slide->continued)
        g_ptr_array_add (refs, g_strndup (slide->outline, strcspn (slide->outline, " ")));
    }
  return (vs_bench_now () - start) * 1000;
}

/* The same charts, each drawn and written to a file of its own through one gnuplot, as
 * chart --output-dir does. */
static double
time_charts (GPtrArray  *specs,
             const char *dir)
{
  g_autoptr(VsPlotter) plotter = vs_plotter_new (NULL);
  double start = vs_bench_now ();

  for (guint i = 0; i < specs->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) svg = vs_plotter_render (plotter, g_ptr_array_index (specs, i), NULL, &error);
      g_autofree char *name = g_strdup_printf ("chart-%u.svg", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (svg == NULL ||
          !g_file_set_contents (path, g_bytes_get_data (svg, NULL), (gssize) g_bytes_get_size (svg),
                                &error))
        g_error ("chart: %s", error->message);
    }
  return (vs_bench_now () - start) * 1000;
}

/* The same charts as an officer draws them today: the chart command once per indicator,
 * each a process of its own with its own gnuplot. */
static double
time_chart_commands (const char *cli,
                     const char *db,
                     GPtrArray  *refs,
                     const char *dir)
{
  double start = vs_bench_now ();

  for (guint i = 0; i < refs->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("command-%u.svg", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      const char *argv[] = { cli, "--db", db, "chart", g_ptr_array_index (refs, i), "--period",
                             "2017-11", "--output", path, NULL };
      int status = 0;

      if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                         NULL, NULL, &status, &error) ||
          !g_spawn_check_wait_status (status, &error))
        g_error ("chart %s: %s", (char *) g_ptr_array_index (refs, i), error->message);
    }
  return (vs_bench_now () - start) * 1000;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("vs-bench-pack-XXXXXX", &error);
  g_autofree char *db = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *pptx = NULL;
  g_autofree char *xlsx = NULL;
  g_autoptr(VsStore) store = NULL;
  g_autoptr(GPtrArray) specs = g_ptr_array_new_with_free_func ((GDestroyNotify) vs_chart_spec_free);
  g_autoptr(GPtrArray) refs = g_ptr_array_new_with_free_func (g_free);
  double pack[RUNS], charts[RUNS], commands[RUNS], pptx_ms[RUNS], xlsx_ms[RUNS];
  guint n_slides = 0;

  g_assert_no_error (error);
  db = g_build_filename (dir, "demo.db", NULL);
  pdf = g_build_filename (dir, "pack.pdf", NULL);
  pptx = g_build_filename (dir, "pack.pptx", NULL);
  xlsx = g_build_filename (dir, "pack.xlsx", NULL);
  if (!(store = vs_store_open (db, &error)) || !vs_demo_load (store, vs_demo_find_dir (), &error))
    g_error ("demo: %s", error->message);

  time_pack (store, VS_PACK_FORMAT_PDF, pdf, &n_slides, specs, refs);   /* warm the font caches */
  for (guint i = 0; i < RUNS; i++)
    {
      pack[i] = time_pack (store, VS_PACK_FORMAT_PDF, pdf, &n_slides, NULL, NULL);
      /* The same pack as PowerPoint: its charts rasterised, its parts zipped. */
      pptx_ms[i] = time_pack (store, VS_PACK_FORMAT_PPTX, pptx, &n_slides, NULL, NULL);
      xlsx_ms[i] = time_pack (store, VS_PACK_FORMAT_XLSX, xlsx, &n_slides, NULL, NULL);
      charts[i] = time_charts (specs, dir);
      commands[i] = argc > 1 ? time_chart_commands (argv[1], db, refs, dir) : NAN;
    }

  printf ("# the demo at November 2017: %u slides, %u charts\n", n_slides, specs->len);
  printf ("bench pack-pdf-ms %.1f ms\n", vs_bench_median (pack, RUNS));
  printf ("bench pack-pptx-ms %.1f ms\n", vs_bench_median (pptx_ms, RUNS));
  printf ("bench pack-xlsx-ms %.1f ms\n", vs_bench_median (xlsx_ms, RUNS));
  /* The figure: the pack against drawing the same charts one file each with the
   * chart command, once per card, as an officer would. */
  if (argc > 1)
    printf ("bench pack-pdf-vs-charts %.2f x\n",
            vs_bench_median (pack, RUNS) / vs_bench_median (commands, RUNS));
  /* Stricter: against the same charts drawn in this process through one gnuplot, so that
   * only the pages' own cost shows beyond the charts. */
  printf ("bench pack-pdf-vs-one-gnuplot %.2f x\n",
          vs_bench_median (pack, RUNS) / vs_bench_median (charts, RUNS));
  vs_bench_remove_dir (dir);
  return 0;
}
