/* vs-target.h: targets as officers write them ("95%", "<20%", "Between 15-20")
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "vs-rules-error.h"
#include "vs-types.h"

G_BEGIN_DECLS

typedef enum {
  VS_TARGET_NONE,      /* no target: empty, "N/A", "-", "TBC" */
  VS_TARGET_VALUE,     /* "95%", "1033": reach it, which way decided by polarity */
  VS_TARGET_AT_MOST,   /* "<20%", "3% or less": lower is better, whatever the polarity says */
  VS_TARGET_AT_LEAST,  /* ">= 90%", "at least 90%": higher is better */
  VS_TARGET_BAND,      /* "Between 15-20", "20-25%", "Under 20% and over 10%" */
} VsTargetKind;

/* Bounds are inclusive: the committee papers judge a figure level with "<20%" as in line with it, so
 * "<" and "<=" read the same. */
typedef struct {
  VsTargetKind kind;
  double       value;     /* VALUE, AT_MOST, AT_LEAST; NAN otherwise */
  double       low;       /* BAND; NAN otherwise */
  double       high;
  gboolean     percent;   /* written with a % sign */
  int          decimals;  /* the most decimal places written, to show it back the same way */
} VsTarget;

/* Parses @text; NULL or blank gives VS_TARGET_NONE. On failure sets a VS_RULES_ERROR_TARGET
 * error quoting the text (the caller prefixes the cell or key) and leaves @out as NONE. */
gboolean  vs_target_parse      (const char     *text,
                                VsTarget       *out,
                                GError        **error);
/* The single figure a relative rule compares against: VALUE, AT_MOST, AT_LEAST. */
gboolean  vs_target_is_single  (const VsTarget *target);
/* The target's own idea of which way is good (AT_MOST: lower), else @polarity. */
VsPolarity vs_target_direction (const VsTarget *target,
                                VsPolarity      polarity);
/* A bound in the unit, to the decimals the officer wrote: "100%", "20.0%", "15". */
char     *vs_target_format_number (const VsTarget *target,
                                   VsUnit          unit,
                                   double          number);
/* "95%", "≤ 20%", "≥ 90%", "15–20", "" for none: a normalised form for tables. */
char     *vs_target_to_string  (const VsTarget *target,
                                VsUnit          unit);

G_END_DECLS
