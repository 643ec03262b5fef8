/* bench-test-util.h: what the benchmarks' tests share: the trimmed DfE files of
 * tests/data/public and the peer figures they hold
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "../import/import-test-util.h"
#include "vs-store-peers.h"

/* tests/data/public/NAME (see its PROVENANCE.md). */
static inline char *
bench_public_file (const char *name)
{
  return g_build_filename (VS_TEST_SRCDIR, "data", "public", name, NULL);
}

#define C1_FILE "bench_c1_referrals_2019_to_2025.csv"
#define D3_FILE "bench_d3_cpp_subsequent_2019_to_2025.csv"
#define CSWW_FILE "csww_indicators_2024_to_2025.csv"

/* Imports a trimmed DfE file with @home as the authority whose figures are values. */
static inline VsImportSummary *
import_public (ImportFixture *fx,
               const char    *name,
               const char    *home)
{
  g_autofree char *path = bench_public_file (name);
  VsImportOptions options = { 0 };

  options.locality = home;
  return import_ok (fx, path, &options);
}

/* The peer figure of @code for @ref at March of @year; the test fails when there is none. */
static inline VsPeerFigure *
find_peer (ImportFixture *fx,
           const char    *ref,
           const char    *code,
           int            year)
{
  g_autoptr(VsIndicator) indicator = find_indicator (fx, ref);
  g_autoptr(GPtrArray) figures = NULL;
  g_autoptr(GError) error = NULL;

  figures = vs_store_list_peer_figures (fx->store, indicator->id, vs_period_new (year, 3), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < figures->len; i++)
    {
      VsPeerFigure *f = g_ptr_array_index (figures, i);
      if (g_str_equal (f->code, code))
        return vs_peer_figure_copy (f);
    }
  g_error ("no peer figure of %s for %s in %d", code, ref, year);
  return NULL;
}
