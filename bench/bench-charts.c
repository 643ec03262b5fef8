/* bench-charts.c: 200 trend charts through the one persistent gnuplot against the same
 * 200 with a gnuplot started for each, in one run; then PNG at 1200 x 675
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "vs-chart-script.h"
#include "vs-chart-spec.h"
#include "vs-plotter-private.h"

#define N_CHARTS 200

/* Seed 000: CP % children seen, Nov 16 .. Nov 17, target 100%, red 80 / green 90. */
static const double cp_values[13] = {
  87.5, 90.7, 89.1, 84.5, 93.3, 90.5, 90.0, 58.3, 68.6, 49.2, 67.3, 67.5, 58.1,
};

/* Chart @k: the seed's figures nudged so that no two charts are the same (the plotter's
 * cache would otherwise answer all but the first). */
static VsChartSpec *
make_spec (guint         k,
           VsChartFormat format,
           guint         width,
           guint         height)
{
  VsChartSpec *spec = vs_chart_spec_new (VS_CHART_TREND, 13);
  double *bench = vs_chart_spec_add_benchmark (spec, "Eastern region");

  spec->format = format;
  spec->width = width;
  spec->height = height;
  spec->unit = VS_UNIT_PERCENTAGE;
  spec->title = g_strdup_printf ("Child Protection (CP) - %% children seen (%u)", k);
  spec->subtitle = g_strdup ("Child Protection  ·  Norfolk");
  spec->series_label = g_strdup ("Norfolk");
  spec->footnote = g_strdup ("Source: Norfolk County Council, Children's Services Committee, "
                             "16 January 2018. Imported 16 January 2018.");
  spec->target = 100;
  vs_chart_spec_add_band (spec, 90, INFINITY, VS_RAG_GREEN);
  vs_chart_spec_add_band (spec, 80, 90, VS_RAG_AMBER);
  vs_chart_spec_set_period_labels (spec, vs_period_new (2016, 11));
  for (guint i = 0; i < 13; i++)
    {
      double v = cp_values[i] + (k % 50) * 0.01;

      spec->values[i] = v;
      spec->rags[i] = v >= 90 ? VS_RAG_GREEN : v >= 80 ? VS_RAG_AMBER : VS_RAG_RED;
      bench[i] = i >= 8 ? 77.5 : NAN;
    }
  if (k % 3 == 0)
    {
      spec->values[3] = NAN;
      spec->rags[3] = VS_RAG_PENDING;
    }
  spec->dark = k % 2 == 1;
  return spec;
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static GBytes *
render_or_die (VsPlotter         *plotter,
               const VsChartSpec *spec)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = vs_plotter_render (plotter, spec, NULL, &error);

  if (bytes == NULL)
    {
      g_printerr ("bench-charts: %s\n", error->message);
      exit (1);
    }
  return bytes;
}

/* The same chart as the plotter draws it, by a gnuplot started for it alone. */
static void
render_spawned (const VsChartSpec *spec)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *script = vs_chart_script_build (spec, &error);
  g_autofree char *input = NULL;
  g_autoptr(GBytes) stdin_bytes = NULL;
  g_autoptr(GBytes) stdout_bytes = NULL;
  g_autoptr(GSubprocess) gnuplot = NULL;

  if (script == NULL)
    {
      g_printerr ("bench-charts: %s\n", error->message);
      exit (1);
    }
  input = g_strconcat ("set output\n", script, NULL);
  stdin_bytes = g_bytes_new_static (input, strlen (input));
  gnuplot = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE
                              | G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error, "gnuplot", "-d",
                              NULL);
  if (gnuplot == NULL
      || !g_subprocess_communicate (gnuplot, stdin_bytes, NULL, &stdout_bytes, NULL, &error)
      || g_bytes_get_size (stdout_bytes) == 0)
    {
      g_printerr ("bench-charts: gnuplot per chart failed: %s\n",
                  error != NULL ? error->message : "no output");
      exit (1);
    }
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(VsPlotter) plotter = vs_plotter_new (NULL);
  g_autoptr(GPtrArray) specs = g_ptr_array_new_with_free_func ((GDestroyNotify) vs_chart_spec_free);
  double png_ms[N_CHARTS];
  double persistent, spawned;
  gint64 start;
  gsize svg_bytes = 0, png_bytes = 0;

  for (guint k = 0; k < N_CHARTS; k++)
    g_ptr_array_add (specs, make_spec (k, VS_CHART_FORMAT_SVG, 800, 450));

  /* Start gnuplot before the clock, as the application has by its second chart. */
  g_bytes_unref (render_or_die (plotter, g_ptr_array_index (specs, 0)));
  _vs_plotter_clear_cache (plotter);

  start = g_get_monotonic_time ();
  for (guint k = 0; k < N_CHARTS; k++)
    {
      g_autoptr(GBytes) bytes = render_or_die (plotter, g_ptr_array_index (specs, k));

      svg_bytes += g_bytes_get_size (bytes);
    }
  persistent = ms_since (start);

  start = g_get_monotonic_time ();
  for (guint k = 0; k < N_CHARTS; k++)
    render_spawned (g_ptr_array_index (specs, k));
  spawned = ms_since (start);

  for (guint k = 0; k < N_CHARTS; k++)
    {
      g_autoptr(VsChartSpec) spec = make_spec (k, VS_CHART_FORMAT_PNG, 1200, 675);
      g_autoptr(GBytes) bytes = NULL;

      start = g_get_monotonic_time ();
      bytes = render_or_die (plotter, spec);
      png_ms[k] = ms_since (start);
      png_bytes += g_bytes_get_size (bytes);
    }
  qsort (png_ms, N_CHARTS, sizeof (double), compare_doubles);

  printf ("# %d trend charts (13 months, RAG markers, target, bands, benchmark), SVG 800x450, "
          "%.1f KiB each; PNG 1200x675, %.1f KiB each\n", N_CHARTS,
          svg_bytes / 1024.0 / N_CHARTS, png_bytes / 1024.0 / N_CHARTS);
  printf ("bench chart-svg-persistent-ms %.1f ms\n", persistent);
  printf ("bench chart-svg-spawn-ms %.1f ms\n", spawned);
  printf ("bench chart-svg-speedup %.1f x\n", spawned / persistent);
  printf ("bench chart-svg-persistent-per-chart-ms %.2f ms\n", persistent / N_CHARTS);
  printf ("bench chart-png-persistent-ms %.2f ms\n", png_ms[N_CHARTS / 2]);
  printf ("bench chart-png-persistent-p95-ms %.2f ms\n", png_ms[N_CHARTS * 95 / 100]);
  return 0;
}
