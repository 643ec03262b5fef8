/* vs-benchmarks-view.h: the "Benchmarks" page: every published indicator's latest year
 * against its comparators, for the home authority
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vs-store.h"

G_BEGIN_DECLS

#define VS_TYPE_BENCHMARKS_VIEW (vs_benchmarks_view_get_type ())
G_DECLARE_FINAL_TYPE (VsBenchmarksView, vs_benchmarks_view, VS, BENCHMARKS_VIEW, AdwBin)

/* Property: "store" (VsStore), whose published indicators it lists. */
void       vs_benchmarks_view_reload    (VsBenchmarksView *self);
/* How many published indicators are listed, for tests. */
guint      vs_benchmarks_view_get_count (VsBenchmarksView *self);
/* The text shown in row @row (0-based) of column @column, for tests; NULL when none. */
const char *vs_benchmarks_view_get_text (VsBenchmarksView *self,
                                         guint             row,
                                         guint             column);

/* Whether the columns are still to be fitted to a new width (from idle); for tests. */
gboolean   vs_benchmarks_view_is_fitting (VsBenchmarksView *self);
/* Whether @column is shown, or gave way to a narrow window; for tests. */
gboolean   vs_benchmarks_view_is_column_shown (VsBenchmarksView *self,
                                               guint             column);

/* The columns */
enum {
  VS_BENCHMARKS_COLUMN_INDICATOR,
  VS_BENCHMARKS_COLUMN_YEAR,
  VS_BENCHMARKS_COLUMN_HOME,
  VS_BENCHMARKS_COLUMN_SN_AVERAGE,
  VS_BENCHMARKS_COLUMN_SN_MEDIAN,
  VS_BENCHMARKS_COLUMN_ENGLAND,
  VS_BENCHMARKS_COLUMN_REGION,
  VS_BENCHMARKS_COLUMN_BAND,
  VS_BENCHMARKS_COLUMN_RANK,
  VS_BENCHMARKS_COLUMN_TRAVEL,
  VS_BENCHMARKS_N_COLUMNS
};

G_END_DECLS
