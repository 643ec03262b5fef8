/* vs-spc.h: statistical process control, XmR charts as NHS "Making Data Count" draws them
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "vs-rules-error.h"
#include "vs-series.h"
#include "vs-types.h"

G_BEGIN_DECLS

/* The special-cause rules, in order of precedence for naming a point. */
typedef enum {
  VS_SPC_SIGNAL_NONE          = 0,
  VS_SPC_SIGNAL_OUTSIDE       = 1 << 0,  /* beyond a process limit */
  VS_SPC_SIGNAL_TREND         = 1 << 1,  /* part of a run each strictly above (below) the last */
  VS_SPC_SIGNAL_TWO_IN_THREE  = 1 << 2,  /* two of three close to a limit, all one side */
  VS_SPC_SIGNAL_SHIFT         = 1 << 3,  /* part of a run on one side of the mean */
} VsSpcSignals;

typedef enum {
  VS_SPC_COMMON_CAUSE,
  VS_SPC_IMPROVEMENT,
  VS_SPC_CONCERN,
  VS_SPC_NEUTRAL_HIGH,   /* information-only indicators: special cause, no judgement */
  VS_SPC_NEUTRAL_LOW,
} VsSpcVariation;

typedef enum {
  VS_SPC_ASSURANCE_NONE,          /* no target, or no polarity */
  VS_SPC_ASSURANCE_PASS,          /* the process will consistently meet the target */
  VS_SPC_ASSURANCE_FAIL,          /* ... consistently fail it */
  VS_SPC_ASSURANCE_HIT_AND_MISS,  /* the target lies within the limits (a band: neither
                                   * holds the other, and they overlap) */
} VsSpcAssurance;

#define VS_SPC_MIN_POINTS 12      /* fewer, and the limits come with a warning */

typedef struct {
  gboolean        screen;        /* drop moving ranges >= 3.267 x their mean (plot the
                                  * dots); FALSE as the NHS Excel tool */
  guint           baseline;      /* 0: every point of a segment; else its first N (>= 12) */
  guint           shift_length;  /* 7 */
  guint           trend_length;  /* 7 */
  VsPolarity      polarity;      /* for improvement / concern and assurance */
  double          target;        /* NAN: no assurance */
  double          band_low;      /* a band target ("Between 15-20"): met inside it, */
  double          band_high;     /* whichever the polarity; NAN: none */
  const VsPeriod *rebase;        /* new limits from these periods on */
  guint           n_rebase;
} VsSpcOptions;

typedef struct {
  VsPeriod       period;
  double         value;
  guint          segment;
  double         moving_range;   /* |value - previous value|; NAN at a segment's start */
  double         mean;
  double         lower;          /* process limits, mean -/+ 2.66 x mean moving range */
  double         upper;
  double         near_lower;     /* mean -/+ (2/3) 2.66 x mean moving range */
  double         near_upper;
  int            side;           /* -1 below the mean, 0 on it, 1 above */
  gboolean       outside;
  gboolean       close;          /* beyond a near limit but not outside */
  VsSpcSignals   signals;        /* every rule the point is part of */
  VsSpcSignals   label;          /* the one that names it, by precedence; NONE: common cause */
  VsSpcVariation variation;
} VsSpcPoint;

typedef struct {
  guint   first;                 /* index of its first point */
  guint   n;
  guint   n_baseline;            /* points the limits were computed from */
  guint   n_screened;            /* moving ranges left out by screening */
  double  mean;
  double  mean_moving_range;
  double  lower;
  double  upper;
} VsSpcSegment;

typedef struct {
  VsSpcPoint     *points;
  guint           n_points;
  VsSpcSegment   *segments;
  guint           n_segments;
  VsSpcVariation  variation;     /* of the latest point */
  VsSpcAssurance  assurance;     /* against the latest segment's limits */
  double          target;        /* the options' target, which the chart draws; NAN */
  char           *warning;       /* translated; NULL when every segment has 12 points */
} VsSpcResult;

void          vs_spc_options_init    (VsSpcOptions       *options);
/* @periods strictly increasing. Fails (VS_RULES_ERROR_SPC) with fewer than two points in a
 * segment, a rebase period outside the values, or a baseline under 12. */
VsSpcResult  *vs_spc_compute         (const VsPeriod     *periods,
                                      const double       *values,
                                      guint               n,
                                      const VsSpcOptions *options,
                                      GError            **error);
/* The actual values of @series, in order; months without one are left out. */
VsSpcResult  *vs_spc_compute_series  (const VsSeries     *series,
                                      const VsSpcOptions *options,
                                      GError            **error);
void          vs_spc_result_free     (VsSpcResult        *result);

/* "outside;trend;two-in-three;shift" in order of precedence, "" for none. */
char         *vs_spc_signals_to_string    (VsSpcSignals   signals);
/* "common-cause", "improvement", "concern", "neutral-high", "neutral-low" */
const char   *vs_spc_variation_to_string  (VsSpcVariation variation);
const char   *vs_spc_variation_label      (VsSpcVariation variation);
/* "none", "pass", "fail", "hit-and-miss" */
const char   *vs_spc_assurance_to_string  (VsSpcAssurance assurance);
const char   *vs_spc_assurance_label      (VsSpcAssurance assurance);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsSpcResult, vs_spc_result_free)

G_END_DECLS
