/* vs-values.h: one cell's figure, as officers and published statistics write it
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "vs-grid.h"

G_BEGIN_DECLS

typedef enum {
  VS_VALUE_EMPTY,       /* nothing in the cell */
  VS_VALUE_NUMBER,
  VS_VALUE_MISSING,     /* "-", "n/a", "tbc", "#N/A": no figure yet */
  VS_VALUE_SUPPRESSED,  /* "c", "x", "z", "u", "low", "*": published as withheld */
  VS_VALUE_INVALID,     /* something else: a cell that should be a number and is not */
} VsValueKind;

typedef struct {
  VsValueKind kind;
  gboolean    percent;   /* "18.0%", or a percent-formatted cell: number is already x100 */
  gint8       decimals;  /* places after the point as written; -1 for a binary number */
  double      number;    /* NAN unless NUMBER */
} VsValue;

/* Parses what a CSV field or a text cell holds: "18.0%", "1,053", "1 053", "£1,200",
 * "-12.5", "1.2E+06", the missing words and the suppression codes (also in square brackets,
 * as the GSS standard writes them). NULL or blank is EMPTY. */
void      vs_value_parse_text   (const char   *text,
                                 VsValue      *out);
/* The same for any cell: a number in a percent-formatted cell counts as a percentage. */
void      vs_value_from_cell    (const VsCell *cell,
                                 VsValue      *out);
/* "393 / 449" (the committee papers' numerator / denominator lines), "393/449", "(393/449)". */
gboolean  vs_value_parse_ratio  (const char   *text,
                                 double       *numerator,
                                 double       *denominator);
/* TRUE for the words and codes that stand for no figure (missing or suppressed). */
gboolean  vs_value_is_placeholder (const char *text);

/* A cell's content as it would read to a person, for messages: "abc", "#REF!", "12.5",
 * "a date (30 Nov 2016)". */
char     *vs_cell_describe      (const VsCell *cell);

G_END_DECLS
