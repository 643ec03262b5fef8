/* vs-store-peers.h: the home authority and every authority's published figures
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vs-peer.h"
#include "vs-store.h"

G_BEGIN_DECLS

/* ---- settings kept in the database (they belong to the data, not to the user) ---- */
/* The value, or NULL (and no error) when unset. */
char        *vs_store_get_setting        (VsStore            *self,
                                          const char         *key,
                                          GError            **error);
/* Inside vs_store_begin / vs_store_commit; @value NULL forgets the setting. */
gboolean     vs_store_set_setting        (VsStore            *self,
                                          const char         *key,
                                          const char         *value,
                                          GError            **error);

/* The home authority: whose figures are the values, whose neighbours are compared. NULL
 * (and no error) until set. */
VsAuthority *vs_store_get_home           (VsStore            *self,
                                          GError            **error);
/* Inside a transaction. */
gboolean     vs_store_set_home           (VsStore            *self,
                                          const VsAuthority  *home,
                                          GError            **error);

/* Removes the indicator's benchmarks of @comparator (inside a transaction): the comparators
 * worked out from peer figures are replaced whole, so that none is left from another home
 * authority or model. */
gboolean     vs_store_delete_benchmarks  (VsStore            *self,
                                          gint64              indicator_id,
                                          VsComparator        comparator,
                                          GError            **error);

/* ---- peer figures ---- */
typedef struct {
  guint       index;          /* into the figures given to vs_store_put_peer_figures */
  VsObsState  old_state;
  double      old_value;
  gint64      old_import_id;
} VsPeerCorrection;

typedef struct {
  guint added;
  guint changed;              /* corrections: the old figure is kept for undo */
  guint unchanged;
} VsPeerCounts;

/* Writes @n figures of one import (inside a transaction; the strings are only read). A
 * figure already held with the same value is left as it was (its first provenance kept);
 * one with a different value or state is a correction: replaced, the old row logged
 * against @import_id, and its index appended to @corrections (of VsPeerCorrection, may be
 * NULL). */
gboolean     vs_store_put_peer_figures   (VsStore            *self,
                                          gint64              import_id,
                                          const VsPeerFigure *figures,
                                          guint               n,
                                          GArray             *corrections,
                                          VsPeerCounts       *counts,
                                          GError            **error);
/* What vs_store_put_peer_figures would do, without writing (figures of indicators not yet
 * stored, id 0, are all new). */
gboolean     vs_store_count_peer_figures (VsStore            *self,
                                          const VsPeerFigure *figures,
                                          guint               n,
                                          VsPeerCounts       *counts,
                                          GError            **error);
/* Of VsPeerFigure*, by period, level (England, regions, authorities) and code, with the
 * import's file. @period VS_PERIOD_INVALID: every period. */
GPtrArray   *vs_store_list_peer_figures  (VsStore            *self,
                                          gint64              indicator_id,
                                          VsPeriod            period,
                                          GError            **error);
/* Of gint64: the indicators that hold peer figures (published indicators). */
GArray      *vs_store_list_peer_indicators (VsStore          *self,
                                          GError            **error);
/* Of VsAuthority*: every authority the peer figures name (by code, as last published). */
GPtrArray   *vs_store_list_authorities   (VsStore            *self,
                                          GError            **error);
/* By old code, ONS code or name; VS_STORE_ERROR_NOT_FOUND naming a few when none. */
VsAuthority *vs_store_find_authority     (VsStore            *self,
                                          const char         *query,
                                          GError            **error);

G_END_DECLS
