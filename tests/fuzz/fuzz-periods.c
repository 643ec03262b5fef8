/* fuzz-periods.c: libFuzzer harness for period labels and dates (vs-period-header.c,
 * vs-read-date.c)
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any text as a column header, a period cell or a DfE time_period / time_identifier pair
 * (split at the first newline), and its first eight bytes as a number or date cell. What
 * the parsers promise: a period is a real month between 1990 and 2100 of a known
 * periodicity; an ISO month prints back as it was read; a date is a day the calendar has.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vs-period-header.h"
#include "vs-read-private.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
check_period (gboolean      ok,
              VsPeriod      period,
              VsPeriodicity periodicity)
{
  if (!ok)
    return;
  if (!vs_period_is_valid (period) || vs_period_year (period) < 1990 ||
      vs_period_year (period) > 2100 || periodicity > VS_PERIODICITY_ANNUAL)
    abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  char *text = g_strndup ((const char *) data, size);
  char *newline = strchr (text, '\n');
  VsPeriod period = VS_PERIOD_INVALID;
  VsPeriodicity periodicity = VS_PERIODICITY_MONTHLY;
  guint32 julian = 0;
  double number = 0;
  VsCell cell = { VS_CELL_NUMBER, VS_CELL_FORMAT_GENERAL, 0, NULL };

  check_period (vs_period_header_parse (text, &period, &periodicity), period, periodicity);

  if (vs_period_parse_iso (text, &period))
    {
      char *again;

      if (!vs_period_is_valid (period))
        abort ();
      again = vs_period_to_iso (period);
      if (strcmp (again, text) != 0)
        abort ();
      g_free (again);
    }

  if (vs_read_iso_to_julian (text, &julian) && !g_date_valid_julian (julian))
    abort ();

  if (newline != NULL)
    {
      *newline = '\0';
      check_period (vs_period_parse_dfe (text, newline + 1, &period, &periodicity), period,
                    periodicity);
    }

  if (size >= sizeof number)
    {
      memcpy (&number, data, sizeof number);
      cell.number = number;
      check_period (vs_period_header_from_cell (&cell, &period, &periodicity), period,
                    periodicity);
      cell.kind = VS_CELL_DATE;
      check_period (vs_period_header_from_cell (&cell, &period, &periodicity), period,
                    periodicity);
      if (vs_read_serial_to_julian (number, data[0] & 1, &julian) &&
          !g_date_valid_julian (julian))
        abort ();
    }
  g_free (text);
  return 0;
}
