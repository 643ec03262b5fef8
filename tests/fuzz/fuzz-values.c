/* fuzz-values.c: libFuzzer harness for the figures of cells (vs-values.c)
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any text, as a CSV field or a text cell holds it. What the parser promises: a number is
 * finite; a plain decimal ("-12.50") reads exactly as strtod reads it, so the fast path
 * rounds correctly; a cell of that text reads the same; ratios are finite; a cell's
 * description is UTF-8.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vs-values.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* "-12.50", "0.5", "1053": a sign, digits and at most one point, nothing else. */
static gboolean
is_plain_decimal (const char *text)
{
  const char *p = text;
  gboolean digits = FALSE, point = FALSE;

  if (*p == '-')
    p++;
  for (; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits = TRUE;
      else if (*p == '.' && !point)
        point = TRUE;
      else
        return FALSE;
    }
  return digits && p - text <= 40;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  char *text = g_strndup ((const char *) data, size);
  VsCell cell = { VS_CELL_STRING, VS_CELL_FORMAT_GENERAL, 0, text };
  VsValue value, from_cell;
  double numerator = 0, denominator = 0;

  vs_value_parse_text (text, &value);
  if (value.kind > VS_VALUE_INVALID || value.decimals < -1)
    abort ();
  if (value.kind == VS_VALUE_NUMBER && !isfinite (value.number))
    abort ();
  if (value.kind != VS_VALUE_NUMBER && !isnan (value.number))
    abort ();
  if (is_plain_decimal (text) &&
      (value.kind != VS_VALUE_NUMBER || value.number != g_ascii_strtod (text, NULL)))
    abort ();

  vs_value_from_cell (&cell, &from_cell);
  if (from_cell.kind != value.kind || from_cell.percent != value.percent ||
      (value.kind == VS_VALUE_NUMBER && from_cell.number != value.number))
    abort ();

  if (vs_value_parse_ratio (text, &numerator, &denominator) &&
      (!isfinite (numerator) || !isfinite (denominator)))
    abort ();
  if (vs_value_is_placeholder (text) !=
      (value.kind == VS_VALUE_MISSING || value.kind == VS_VALUE_SUPPRESSED))
    abort ();

  /* The readers hand over valid UTF-8 only. */
  if (g_utf8_validate (text, -1, NULL) && text[0] != '\0')
    {
      char *described = vs_cell_describe (&cell);

      if (!g_utf8_validate (described, -1, NULL))
        abort ();
      g_free (described);
    }
  g_free (text);
  return 0;
}
