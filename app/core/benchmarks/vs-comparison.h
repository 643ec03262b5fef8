/* vs-comparison.h: every comparator of one published indicator and period for the home
 * authority, computed from the peer figures and an SN model, each with its working
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "vs-indicator.h"
#include "vs-peer.h"
#include "vs-period.h"
#include "vs-sn-model.h"

G_BEGIN_DECLS

/* One of the home authority's neighbours in one period. */
typedef struct {
  char       *code;
  char       *name;
  VsObsState  state;        /* ACTUAL, SUPPRESSED, or MISSING when it published nothing */
  double      value;        /* as compared (see VsComparison.recomputed); NAN when none */
  char       *code_text;    /* the suppression code, or NULL */
  char       *note;         /* why there is no figure: "suppressed (c)", "ended in March
                             * 2023: replaced by …", "not published for 2024" */
  guint       rank;         /* among the home authority and its neighbours, 1 = best; 0 none */
} VsNeighbourFigure;

typedef enum {
  VS_BAND_NONE,             /* no figure, or information only */
  VS_BAND_A,                /* the best quarter of authorities by polarity */
  VS_BAND_B,
  VS_BAND_C,
  VS_BAND_D,
} VsBand;

const char *vs_band_to_string (VsBand band);   /* "A" … "D", "" */

typedef struct {
  gint64       indicator_id;
  VsPeriod     period;
  VsPolarity   polarity;
  VsUnit       unit;
  char        *model;         /* "2025 model" */
  char        *file;          /* the published file's base name */
  gboolean     recomputed;    /* authorities' rates recomputed from numerator and denominator */
  gint64       import_id;     /* the latest import among the figures used */

  /* the home authority */
  char        *home_code;
  char        *home_name;
  VsObsState   home_state;
  double       home_value;    /* as compared; NAN when none */
  double       home_published;/* as the file gives it */
  char        *home_code_text;

  /* statistical neighbours */
  GPtrArray   *neighbours;    /* of VsNeighbourFigure*, closest first */
  guint        sn_counted;    /* how many of the 10 had a figure */
  double       sn_average;    /* mean of those (as LAIT and the committee papers), NAN when none */
  double       sn_median;     /* median of those (as the DfE dashboard) */
  double       sn_best;       /* best of those by polarity; NAN for information only */
  char        *sn_best_name;
  guint        rank;          /* the home authority among itself and its neighbours, 1 = best */
  guint        rank_of;       /* how many were ranked */

  /* England and the home region, as published */
  double       england;
  guint        england_row;
  char        *region_name;
  double       region;
  guint        region_row;

  /* England quartiles of every authority with a figure */
  guint        n_authorities;
  double       lower_quartile;
  double       median;
  double       upper_quartile;
  double       top_quartile;  /* the boundary of band A: upper or lower quartile by polarity */
  VsBand       band;
  guint        position;      /* the home authority among all authorities, 1 = best */

  /* each comparator's working, for the report card and the CLI */
  char        *sn_average_working;
  char        *sn_median_working;
  char        *sn_best_working;
  char        *england_working;
  char        *region_working;
  char        *quartile_working;
} VsComparison;

void vs_comparison_free (VsComparison *comparison);

/* The home authority's travel from @previous (the year before; may be NULL) to @current,
 * judged as every other travel is (vs_travel_compare, the indicator's polarity and
 * tolerance). */
VsTravel vs_comparison_travel (const VsIndicator  *indicator,
                               const VsComparison *previous,
                               const VsComparison *current);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsComparison, vs_comparison_free)

/* Computes every comparator for @home from @figures (of VsPeerFigure*, one indicator, one
 * period, every level). England and the region are taken as published, never recomputed;
 * an authority's rate is recomputed from its numerator and denominator only where the file
 * gives both. Neighbours without a figure are left out and said so. Fails when the period
 * has no England figure. */
VsComparison *vs_comparison_compute (const VsIndicator *indicator,
                                     const VsSnModel   *model,
                                     const VsAuthority *home,
                                     GPtrArray         *figures,
                                     GError           **error);

G_END_DECLS
