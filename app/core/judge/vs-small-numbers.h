/* vs-small-numbers.h: which figures a public paper hides or marks, decided once for the
 * window, the charts and the committee pack
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "vs-indicator.h"
#include "vs-series.h"
#include "vs-store.h"

G_BEGIN_DECLS

/* The database's setting (the pack dialog remembers it there, so that the window and the
 * next officer's pack agree): a count below it is suppressed, a rate or percentage of a
 * denominator below it is marked; unset or 0, off (the default). */
#define VS_SMALL_NUMBERS_SETTING "pack.suppress-below"

/* The mark after a figure of small numbers, as the pack's footer explains it. */
#define VS_SMALL_NUMBERS_MARK "†"
/* What shows in place of a hidden count, as the DfE writes it. */
#define VS_SMALL_NUMBERS_HIDDEN "c"

typedef enum {
  VS_SMALL_NUMBERS_SHOWN,        /* shown as it is (or not a figure at all) */
  VS_SMALL_NUMBERS_SUPPRESSED,   /* a count below the threshold: shown as the DfE's "c" */
  VS_SMALL_NUMBERS_CAUTION,      /* a rate of a small denominator: shown, marked */
} VsSmallNumbers;

/* The threshold the database holds (0: off). Errors are the store's. */
gboolean        vs_small_numbers_threshold (VsStore           *store,
                                            guint             *below,
                                            GError           **error);
/* How figure @k of @series (of @indicator) is shown with @below (0: off). */
VsSmallNumbers  vs_small_numbers_judge     (const VsIndicator *indicator,
                                            const VsSeries    *series,
                                            guint              k,
                                            guint              below);
/* Figure @k as a table shows it: "58.1%", "58.1%†", "c" (suppressed here or in the
 * source), "" (pending, not expected). */
char           *vs_small_numbers_format    (const VsIndicator *indicator,
                                            const VsSeries    *series,
                                            guint              k,
                                            guint              below);
/* What a cell's tooltip and accessible name add for figure @k: "suppressed: a count below
 * 5", "small numbers (a denominator below 5): interpret with caution"; NULL when shown. */
char           *vs_small_numbers_describe  (const VsIndicator *indicator,
                                            const VsSeries    *series,
                                            guint              k,
                                            guint              below);
/* A copy of @series with its suppressed counts hidden (VS_OBS_SUPPRESSED, no value), as
 * a chart draws it. */
VsSeries       *vs_small_numbers_hide      (const VsIndicator *indicator,
                                            const VsSeries    *series,
                                            guint              below);

G_END_DECLS
