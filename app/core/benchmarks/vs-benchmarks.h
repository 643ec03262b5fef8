/* vs-benchmarks.h: comparators from the store's peer figures, for the CLI and the window
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How a front end uses it (the CLI in app/cli/vs-cli-benchmarks.c does all of this):
 * - First import of a file of many authorities with no home set: vs_import_file fails
 *   asking for one (VS_IMPORT_ERROR_INVALID); a dry run (options.dry_run) still fills
 *   summary->authorities (of VsAuthority*, by name) for a search list. Import again with
 *   options.locality = the chosen code and options.set_home: the file, the choice and
 *   the comparators land together.
 * - vs_import_file and vs_import_undo recompute the comparators themselves, in their own
 *   transaction. After vs_store_set_home or vs_benchmarks_set_model (Preferences), call
 *   vs_benchmarks_refresh in the same transaction: the stored benchmarks, and so every RAG
 *   against a comparator, follow.
 * - A Benchmarks page: vs_store_list_peer_indicators gives the published indicators;
 *   vs_benchmarks_compare (…, VS_PERIOD_INVALID) gives each year's VsComparison, oldest
 *   first: the home figure, sn_average / sn_median with sn_counted of VS_SN_NEIGHBOURS,
 *   sn_best, rank of rank_of, england, region, the quartiles, band (vs_band_to_string) and
 *   position of n_authorities, each comparator's *_working for a tooltip or the report
 *   card, and neighbours (VsNeighbourFigure: value, rank, or a note why none) for the
 *   ranked bar chart. vs_store_get_home and vs_benchmarks_get_model say for whom and how.
 */
#pragma once

#include "vs-comparison.h"
#include "vs-sn-model.h"
#include "vs-store-peers.h"

G_BEGIN_DECLS

/* The model the database is set to ("benchmarks.model"; the 2025 model until set). */
VsSnModelId  vs_benchmarks_get_model  (VsStore            *self);
/* Inside a transaction. */
gboolean     vs_benchmarks_set_model  (VsStore            *self,
                                       VsSnModelId         id,
                                       GError            **error);

/* Fails unless at least one of the model's codes is an authority the published figures
 * name, and the home authority (may be NULL) is one of the model's. */
gboolean     vs_benchmarks_check_model (VsStore           *self,
                                       const VsSnModel    *model,
                                       const VsAuthority  *home,
                                       GError            **error);

/* Of VsComparison*, oldest first: every period of @indicator's peer figures (or only
 * @period, unless VS_PERIOD_INVALID) compared for @home with @model. */
GPtrArray   *vs_benchmarks_compare    (VsStore            *self,
                                       const VsIndicator  *indicator,
                                       const VsSnModel    *model,
                                       const VsAuthority  *home,
                                       VsPeriod            period,
                                       GError            **error);

/* Recomputes the comparators of every published indicator for the stored home authority
 * and model, and keeps them as the indicators' benchmarks (SN average, best SN, England,
 * region, top quartile, each labelled with its working) so that RAG against a comparator
 * uses them; counts are not compared. Each benchmark belongs to the import of the figures
 * it came from, so undoing that import removes it. Does nothing (TRUE, @n_written 0) when
 * no home authority is set. One transaction (or the caller's). */
gboolean     vs_benchmarks_refresh    (VsStore            *self,
                                       guint              *n_written,
                                       GError            **error);

G_END_DECLS
