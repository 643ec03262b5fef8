/* vs-bench-db.h: a synthetic database the size of a large authority's ten years
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vs-store.h"

G_BEGIN_DECLS

/* Areas in the order the committee papers use; indicators are spread across them. */
#define VS_BENCH_N_AREAS 10

/* Builds @n_indicators x @n_localities x @n_months observations ending at Nov 2017 into a
 * new database at @path through the store's own API, in one transaction. */
gboolean vs_bench_build_database (const char *path,
                                  guint       n_indicators,
                                  guint       n_localities,
                                  guint       n_months,
                                  GError    **error);

/* Seconds of monotonic time, for the benchmarks' own timing. */
double   vs_bench_now            (void);
/* Removes a benchmark's temporary folder and the files in it. */
void     vs_bench_remove_dir     (const char *path);
/* Median of @n values (sorts them in place). */
double   vs_bench_median         (double *values,
                                  guint   n);

G_END_DECLS
