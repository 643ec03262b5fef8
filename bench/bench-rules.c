/* bench-rules.c: the rules at the size of a large authority's dashboard
 *
 * Prints:
 *   bench rules-assess-500x49m-ms   rating, travel and exceptions for 500 indicators over
 *                                   49 months each (the rating part), median
 *   bench rules-judge-500x49m-ms    the same with SPC, as vs_assess_indicator judges each
 *                                   indicator for the window and the command line, median
 *   bench rules-target-parse-us     one officer's target text parsed, mean
 *   bench rules-spc-120-us          an XmR chart of ten years of months, median
 *   bench rules-spc-10000-ms        an XmR chart of 10,000 points, median
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "vs-bench-db.h"
#include "vs-rules.h"

#define N_RUNS 21
#define N_INDICATORS 500
#define N_MONTHS 49

static const char * const targets[] = {
  "95%", "20.0%", "<20%", "3% or less", "11% or less", ">= 90%", "Between 15-20", "20-25%",
  "Under 20% and over 10%", "1033",
};

/* A wandering percentage, the same every run. */
static VsSeries *
make_series (VsPeriod first,
             guint    n,
             guint    seed)
{
  VsSeries *s = vs_series_new (first, n);
  GRand *rand = g_rand_new_with_seed (seed);
  double v = 80;

  for (guint i = 0; i < n; i++)
    {
      v = CLAMP (v + g_rand_double_range (rand, -4, 4), 40, 100);
      s->values[i] = round (v * 10) / 10;
      s->states[i] = VS_OBS_ACTUAL;
    }
  g_rand_free (rand);
  return s;
}

int
main (int argc, char **argv)
{
  VsPeriod last = vs_period_new (2017, 11);
  VsPeriod first = last - (N_MONTHS - 1);
  g_autoptr(GPtrArray) indicators = g_ptr_array_new_with_free_func ((GDestroyNotify) vs_indicator_unref);
  g_autoptr(GPtrArray) series = g_ptr_array_new_with_free_func ((GDestroyNotify) vs_series_free);
  double times[N_RUNS], start;
  guint n_exceptions = 0;

  for (guint i = 0; i < N_INDICATORS; i++)
    {
      VsIndicator *ind = vs_indicator_new ();
      ind->unit = VS_UNIT_PERCENTAGE;
      ind->polarity = i % 3 == 0 ? VS_POLARITY_LOWER_IS_BETTER : VS_POLARITY_HIGHER_IS_BETTER;
      ind->target_text = g_strdup (targets[i % G_N_ELEMENTS (targets)]);
      if (i % 4 == 0)
        {
          ind->red_threshold = 80;
          ind->green_threshold = 90;
        }
      g_ptr_array_add (indicators, ind);
      g_ptr_array_add (series, make_series (first, N_MONTHS, i));
    }

  for (guint run = 0; run < N_RUNS; run++)
    {
      start = vs_bench_now ();
      n_exceptions = 0;
      for (guint i = 0; i < N_INDICATORS; i++)
        {
          g_autoptr(VsAssessment) a = vs_assess_series (g_ptr_array_index (indicators, i),
                                                        g_ptr_array_index (series, i), last, NULL, NULL);
          n_exceptions += a->exception;
        }
      times[run] = (vs_bench_now () - start) * 1000;
    }
  g_print ("bench rules-assess-500x49m-ms %.2f ms\n", vs_bench_median (times, N_RUNS));

  for (guint run = 0; run < N_RUNS; run++)
    {
      start = vs_bench_now ();
      for (guint i = 0; i < N_INDICATORS; i++)
        {
          g_autoptr(VsAssessment) a = vs_assess_indicator (g_ptr_array_index (indicators, i),
                                                           g_ptr_array_index (series, i), last,
                                                           NULL, NULL);
          g_assert (a->spc != NULL);
        }
      times[run] = (vs_bench_now () - start) * 1000;
    }
  g_print ("bench rules-judge-500x49m-ms %.2f ms\n", vs_bench_median (times, N_RUNS));
  g_print ("# %u of %u indicators are exceptions\n", n_exceptions, N_INDICATORS);

  start = vs_bench_now ();
  for (guint i = 0; i < 100000; i++)
    {
      VsTarget t;
      if (!vs_target_parse (targets[i % G_N_ELEMENTS (targets)], &t, NULL))
        g_error ("target %s", targets[i % G_N_ELEMENTS (targets)]);
    }
  g_print ("bench rules-target-parse-us %.3f us\n", (vs_bench_now () - start) * 1e6 / 100000);

  for (guint size = 0; size < 2; size++)
    {
      guint n = size == 0 ? 120 : 10000;
      g_autoptr(VsSeries) s = make_series (vs_period_new (1200, 1), n, 7);
      VsSpcOptions options;

      vs_spc_options_init (&options);
      options.polarity = VS_POLARITY_HIGHER_IS_BETTER;
      options.target = 90;
      for (guint run = 0; run < N_RUNS; run++)
        {
          g_autoptr(VsSpcResult) r = NULL;
          start = vs_bench_now ();
          r = vs_spc_compute_series (s, &options, NULL);
          times[run] = vs_bench_now () - start;
          g_assert (r != NULL && r->n_points == n);
        }
      if (n == 120)
        g_print ("bench rules-spc-120-us %.1f us\n", vs_bench_median (times, N_RUNS) * 1e6);
      else
        g_print ("bench rules-spc-10000-ms %.2f ms\n", vs_bench_median (times, N_RUNS) * 1e3);
    }
  return 0;
}
