/* vs-read-date.c: spreadsheet dates (serial numbers and ISO 8601 text) as julian days
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "vs-read-private.h"

#include <math.h>

/* GDate julian days (day 1 is 1 January of year 1) of the epochs. */
#define JULIAN_1899_12_30  693594u
#define JULIAN_1899_12_31  693595u
#define JULIAN_1904_01_01  695056u
/* 31 December 9999, the last day Excel shows, in each system. */
#define LAST_SERIAL_1900   2958465.0
#define LAST_SERIAL_1904   2957003.0

gboolean
vs_read_serial_to_julian (double    serial,
                          gboolean  date1904,
                          guint32  *julian)
{
  double day;

  if (!isfinite (serial) || serial < 0.0)
    return FALSE;
  /* A date with a time of day is still that day. */
  day = floor (serial);

  if (date1904)
    {
      if (day > LAST_SERIAL_1904)
        return FALSE;
      *julian = JULIAN_1904_01_01 + (guint32) day;
      return TRUE;
    }

  if (day > LAST_SERIAL_1900)
    return FALSE;
  /* Lotus 1-2-3 took 1900 for a leap year and Excel kept the mistake for compatibility:
   * serial 60 is 29 February 1900, a day that never was, and serials before it are one
   * day later than a plain count from 30 December 1899 gives. */
  if (day < 60.0)
    *julian = JULIAN_1899_12_31 + (guint32) day;
  else if (day == 60.0)
    return FALSE;
  else
    *julian = JULIAN_1899_12_30 + (guint32) day;
  return TRUE;
}

static gboolean
read_digits (const char **p,
             guint        n,
             guint       *value)
{
  guint v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      v = v * 10 + (guint) ((*p)[i] - '0');
    }
  *p += n;
  *value = v;
  return TRUE;
}

gboolean
vs_read_iso_to_julian (const char *text,
                       guint32    *julian)
{
  const char *p = text;
  guint year, month, day;
  GDate date;

  if (text == NULL)
    return FALSE;
  while (g_ascii_isspace (*p))
    p++;
  if (!read_digits (&p, 4, &year) || *p++ != '-'
      || !read_digits (&p, 2, &month) || *p++ != '-'
      || !read_digits (&p, 2, &day))
    return FALSE;
  /* A time of day may follow; the date is what counts. */
  if (*p != '\0' && *p != 'T' && *p != ' ' && !g_ascii_isspace (*p))
    return FALSE;
  if (year < 1 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  *julian = g_date_get_julian (&date);
  return TRUE;
}
