/* vs-rag.h: what colour a figure is, and why
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "vs-indicator.h"
#include "vs-target.h"
#include "vs-types.h"

G_BEGIN_DECLS

/* The relative rule's amber margin when the indicator sets none: "Amber within 10% (not
 * percentage points) of high performing authorities". */
#define VS_RAG_DEFAULT_AMBER_PERCENT 10.0

/* An indicator's rule, resolved once (its target parsed) and then applied to each figure. */
typedef struct {
  VsRagRule   rule;           /* never AUTO */
  VsPolarity  direction;      /* which way is good: the target's own ("<20%"), else polarity */
  VsUnit      unit;
  VsTarget    target;
  double      red;            /* tolerance rule */
  double      green;
  double      amber_percent;  /* relative and band rules */
  int         comparator;     /* relative rule: -1 for the target, else a VsComparator */
} VsRagSpec;

typedef struct {
  VsRag       rag;
  VsRagRule   rule;           /* the rule that gave the colour; NONE for pending and the like */
  double      comparator;     /* the figure the value was judged against; NAN when none */
  double      variance;       /* how far short of the target, as a % of it (outside a
                               * range: of the nearer bound); without a target, of
                               * @comparator. 0 when at least as good, NAN when not rated */
  char       *explanation;    /* the sentence an officer reads, translated */
} VsRating;

/* Fails (VS_RULES_ERROR_TARGET) on a target that cannot be read, and
 * (VS_RULES_ERROR_RULE) when a rule set on the indicator lacks what it needs. */
gboolean  vs_rag_spec_init      (VsRagSpec         *spec,
                                 const VsIndicator *indicator,
                                 GError           **error);
/* Rates one figure. @state other than ACTUAL (or a NAN value) gives pending, not-expected
 * or suppressed. @benchmark is the comparator's figure for the period when the indicator is
 * rated against one (NAN when there is none: the target is used if it has one). Clear @out
 * with vs_rating_clear. */
void      vs_rag_rate           (const VsRagSpec   *spec,
                                 VsObsState         state,
                                 double             value,
                                 double             benchmark,
                                 VsRating          *out);
/* The two above in one call. */
gboolean  vs_rag_rate_indicator (const VsIndicator *indicator,
                                 VsObsState         state,
                                 double             value,
                                 double             benchmark,
                                 VsRating          *out,
                                 GError           **error);

void      vs_rating_clear       (VsRating          *rating);
void      vs_rating_copy        (const VsRating    *src,
                                 VsRating          *dest);

G_END_DECLS
