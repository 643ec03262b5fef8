/* test-import-values.c: figures and period labels as officers and the DfE write them
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "vs-period-header.h"
#include "vs-values.h"

static void
assert_number (const char *text,
               double      expected,
               gboolean    percent,
               int         decimals)
{
  VsValue value;

  vs_value_parse_text (text, &value);
  if (value.kind != VS_VALUE_NUMBER)
    g_error ("“%s” did not read as a number (kind %d)", text, value.kind);
  g_assert_cmpfloat (value.number, ==, expected);
  g_assert_cmpint (value.percent, ==, percent);
  g_assert_cmpint (value.decimals, ==, decimals);
}

static void
assert_kind (const char  *text,
             VsValueKind  kind)
{
  VsValue value;

  vs_value_parse_text (text, &value);
  if (value.kind != kind)
    g_error ("“%s” read as kind %d, expected %d", text, value.kind, kind);
}

static void
test_numbers (void)
{
  assert_number ("18.0%", 18.0, TRUE, 1);
  assert_number ("58.1", 58.1, FALSE, 1);
  assert_number ("65.7", 65.7, FALSE, 1);
  assert_number ("1,053", 1053, FALSE, 0);
  assert_number ("1 053", 1053, FALSE, 0);
  assert_number ("1\xc2\xa0" "053", 1053, FALSE, 0);      /* no-break space */
  assert_number ("12,183,016", 12183016, FALSE, 0);
  assert_number ("  393  ", 393, FALSE, 0);
  assert_number ("-2.5", -2.5, FALSE, 1);
  assert_number ("\xe2\x88\x92" "2.5", -2.5, FALSE, 1);  /* U+2212 minus */
  assert_number ("£1,200", 1200, FALSE, 0);
  assert_number ("100%", 100, TRUE, 0);
  assert_number ("9.4 %", 9.4, TRUE, 1);
  assert_number (".5", 0.5, FALSE, 1);
  assert_number ("1.2E+06", 1200000, FALSE, -1);
  assert_number ("0.1", 0.1, FALSE, 1);
  assert_number ("12345678901234567890", 12345678901234567890.0, FALSE, 0);

  /* grouping must be in threes, and one kind of separator */
  assert_kind ("1,05", VS_VALUE_INVALID);
  assert_kind ("10,53", VS_VALUE_INVALID);
  assert_kind ("1,053 100", VS_VALUE_INVALID);
  assert_kind ("1053,000", VS_VALUE_INVALID);
  assert_kind ("12 5", VS_VALUE_INVALID);
  assert_kind ("abc", VS_VALUE_INVALID);
  assert_kind ("58.1%%", VS_VALUE_INVALID);
  assert_kind ("393 / 449", VS_VALUE_INVALID);
  assert_kind ("1.2.3", VS_VALUE_INVALID);
  assert_kind ("-", VS_VALUE_MISSING);
}

/* Each of these once went wrong: a long mantissa with an exponent wrote past the end of
 * the parser's buffer (caught by AddressSanitizer) and read the exponent cut short; two
 * signs were read as one. */
static void
test_hostile_numbers (void)
{
  const char *long_mantissa =
    "1.2345678901234567890123456789012345678901234567890123456789e300";
  const char *long_whole = "1234567890123456789012345678901234567890.12345678901234567890"
                           "123456789012345678901234567890123456789e-9999";
  VsValue value;

  vs_value_parse_text (long_mantissa, &value);
  g_assert_cmpint (value.kind, ==, VS_VALUE_NUMBER);
  g_assert_cmpfloat (value.number, ==, g_ascii_strtod (long_mantissa, NULL));
  g_assert_cmpfloat (value.number, >, 1e300);
  vs_value_parse_text (long_whole, &value);
  g_assert_cmpint (value.kind, ==, VS_VALUE_NUMBER);
  g_assert_cmpfloat (value.number, ==, 0.0);
  /* 41 digits before the point, or 61 after: no spreadsheet writes them */
  assert_kind ("12345678901234567890123456789012345678901", VS_VALUE_INVALID);
  assert_kind ("0.1234567890123456789012345678901234567890123456789012345678901",
               VS_VALUE_INVALID);
  assert_kind ("1e99999", VS_VALUE_INVALID);
  assert_kind ("1e999", VS_VALUE_INVALID);    /* beyond a double */

  assert_kind ("-+5", VS_VALUE_INVALID);
  assert_kind ("--5", VS_VALUE_INVALID);
  assert_kind ("+-5", VS_VALUE_INVALID);
  assert_kind ("++5", VS_VALUE_INVALID);
  assert_kind ("-\xe2\x88\x92" "5", VS_VALUE_INVALID);
  assert_kind ("-£-5", VS_VALUE_INVALID);
  assert_kind ("££5", VS_VALUE_INVALID);
  assert_kind ("£$5", VS_VALUE_INVALID);
  assert_kind ("5-", VS_VALUE_INVALID);
  assert_kind ("- 5", VS_VALUE_INVALID);
  assert_number ("-£5", -5, FALSE, 0);
  assert_number ("£-5", -5, FALSE, 0);
  assert_number ("+5", 5, FALSE, 0);
  assert_kind ("--", VS_VALUE_MISSING);
}

/* The range each unit allows: the importer refuses a figure outside it. */
static void
test_unit_ranges (void)
{
  g_assert_true (vs_unit_value_in_range (VS_UNIT_PERCENTAGE, 100));
  g_assert_false (vs_unit_value_in_range (VS_UNIT_PERCENTAGE, 100.1));
  g_assert_false (vs_unit_value_in_range (VS_UNIT_PERCENTAGE, -0.1));
  g_assert_true (vs_unit_value_in_range (VS_UNIT_RATE_10K, 552.3));
  g_assert_false (vs_unit_value_in_range (VS_UNIT_RATE_10K, -1));
  g_assert_false (vs_unit_value_in_range (VS_UNIT_RATE_10K, 100001));
  g_assert_true (vs_unit_value_in_range (VS_UNIT_COUNT, 12183016));
  g_assert_false (vs_unit_value_in_range (VS_UNIT_COUNT, 1e308));
  g_assert_false (vs_unit_value_in_range (VS_UNIT_COUNT, -1e9));
  g_assert_true (vs_unit_value_in_range (VS_UNIT_DAYS, 365));
  g_assert_false (vs_unit_value_in_range (VS_UNIT_DAYS, 1e6));
  g_assert_true (vs_unit_value_in_range (VS_UNIT_MONEY, 2.5e9));
  g_assert_false (vs_unit_value_in_range (VS_UNIT_MONEY, 1e13));
  g_assert_false (vs_unit_value_in_range (VS_UNIT_AVERAGE, NAN));
  g_assert_false (vs_unit_value_in_range (VS_UNIT_MAXIMUM, INFINITY));
}

static void
test_codes (void)
{
  const char *missing[] = { "", "  ", NULL };
  const char *words[] = { "-", "n/a", "N/A", "tbc", "TBC", "..", "#N/A", "\xe2\x80\x93" };
  const char *suppressed[] = { "c", "x", "z", "u", "low", "LOW", "*", "[c]", "[x]", "[low]" };

  for (gsize i = 0; i < G_N_ELEMENTS (missing); i++)
    assert_kind (missing[i], VS_VALUE_EMPTY);
  for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
    assert_kind (words[i], VS_VALUE_MISSING);
  for (gsize i = 0; i < G_N_ELEMENTS (suppressed); i++)
    assert_kind (suppressed[i], VS_VALUE_SUPPRESSED);
  g_assert_true (vs_value_is_placeholder ("c"));
  g_assert_true (vs_value_is_placeholder ("tbc"));
  g_assert_false (vs_value_is_placeholder ("12"));
}

static void
test_cells (void)
{
  VsCell percent = { VS_CELL_NUMBER, VS_CELL_FORMAT_PERCENT, 0.181, NULL };
  VsCell plain = { VS_CELL_NUMBER, VS_CELL_FORMAT_GENERAL, 0.18, NULL };
  VsCell na = { VS_CELL_ERROR, VS_CELL_FORMAT_GENERAL, 0, (char *) "#N/A" };
  VsCell ref = { VS_CELL_ERROR, VS_CELL_FORMAT_GENERAL, 0, (char *) "#REF!" };
  VsCell text = { VS_CELL_STRING, VS_CELL_FORMAT_GENERAL, 0, (char *) "1,053" };
  VsCell date = { VS_CELL_DATE, VS_CELL_FORMAT_DATE, 736664, NULL };
  VsValue value;

  /* 0.181 in a percent-formatted cell is 18.1, not 18.099999999999998 */
  vs_value_from_cell (&percent, &value);
  g_assert_cmpint (value.kind, ==, VS_VALUE_NUMBER);
  g_assert_cmpfloat (value.number, ==, 18.1);
  g_assert_true (value.percent);

  vs_value_from_cell (&plain, &value);
  g_assert_cmpfloat (value.number, ==, 0.18);
  g_assert_false (value.percent);

  vs_value_from_cell (&na, &value);
  g_assert_cmpint (value.kind, ==, VS_VALUE_MISSING);
  vs_value_from_cell (&ref, &value);
  g_assert_cmpint (value.kind, ==, VS_VALUE_INVALID);
  vs_value_from_cell (&text, &value);
  g_assert_cmpfloat (value.number, ==, 1053);
  vs_value_from_cell (&date, &value);
  g_assert_cmpint (value.kind, ==, VS_VALUE_INVALID);
}

static void
test_ratios (void)
{
  double n = 0, d = 0;

  g_assert_true (vs_value_parse_ratio ("393 / 449", &n, &d));
  g_assert_cmpfloat (n, ==, 393);
  g_assert_cmpfloat (d, ==, 449);
  g_assert_true (vs_value_parse_ratio ("1053/1085", &n, &d));
  g_assert_cmpfloat (n, ==, 1053);
  g_assert_true (vs_value_parse_ratio ("(1,250 / 1,649)", &n, &d));
  g_assert_cmpfloat (n, ==, 1250);
  g_assert_cmpfloat (d, ==, 1649);
  g_assert_false (vs_value_parse_ratio ("58.1%", &n, &d));
  g_assert_false (vs_value_parse_ratio ("2016/17", NULL, NULL) && FALSE);
  g_assert_false (vs_value_parse_ratio ("1/2/3", &n, &d));
  g_assert_false (vs_value_parse_ratio ("a / b", &n, &d));
}

static void
assert_period (const char    *text,
               int            year,
               int            month,
               VsPeriodicity  periodicity)
{
  VsPeriod period;
  VsPeriodicity found;

  if (!vs_period_header_parse (text, &period, &found))
    g_error ("“%s” did not read as a period", text);
  if (period != vs_period_new (year, month))
    g_error ("“%s” read as %d-%02d, expected %d-%02d", text, vs_period_year (period),
             vs_period_month (period), year, month);
  g_assert_cmpint (found, ==, periodicity);
}

static void
test_period_headers (void)
{
  assert_period ("Nov 16", 2016, 11, VS_PERIODICITY_MONTHLY);
  assert_period ("Nov-16", 2016, 11, VS_PERIODICITY_MONTHLY);
  assert_period ("nov-16", 2016, 11, VS_PERIODICITY_MONTHLY);
  assert_period ("November 2016", 2016, 11, VS_PERIODICITY_MONTHLY);
  assert_period ("Sept 2017", 2017, 9, VS_PERIODICITY_MONTHLY);
  assert_period ("2016-11", 2016, 11, VS_PERIODICITY_MONTHLY);
  assert_period ("2016-11-30", 2016, 11, VS_PERIODICITY_MONTHLY);
  assert_period ("2016-02-29", 2016, 2, VS_PERIODICITY_MONTHLY);   /* a leap year */
  assert_period ("29/02/2016", 2016, 2, VS_PERIODICITY_MONTHLY);
  assert_period ("Apr. – Jun. 2017", 2017, 6, VS_PERIODICITY_QUARTERLY);
  assert_period ("Nov 16.", 2016, 11, VS_PERIODICITY_MONTHLY);
  assert_period ("30/11/2016", 2016, 11, VS_PERIODICITY_MONTHLY);
  assert_period ("Apr-17", 2017, 4, VS_PERIODICITY_MONTHLY);
  assert_period ("Dec 14", 2014, 12, VS_PERIODICITY_MONTHLY);
  assert_period ("As at 30 Nov 2017", 2017, 11, VS_PERIODICITY_MONTHLY);
  assert_period ("March 2023", 2023, 3, VS_PERIODICITY_MONTHLY);
  /* financial quarters: Q1 is April to June */
  assert_period ("Q1 2017/18", 2017, 6, VS_PERIODICITY_QUARTERLY);
  assert_period ("Q2 2017/18", 2017, 9, VS_PERIODICITY_QUARTERLY);
  assert_period ("Q3 2017/18", 2017, 12, VS_PERIODICITY_QUARTERLY);
  assert_period ("Q4 2017/18", 2018, 3, VS_PERIODICITY_QUARTERLY);
  assert_period ("2017/18 Q2", 2017, 9, VS_PERIODICITY_QUARTERLY);
  assert_period ("Q2 17/18", 2017, 9, VS_PERIODICITY_QUARTERLY);
  assert_period ("Apr-Jun 2017", 2017, 6, VS_PERIODICITY_QUARTERLY);
  /* years: the financial (and DfE reporting) year ends in March */
  assert_period ("2016/17", 2017, 3, VS_PERIODICITY_ANNUAL);
  assert_period ("2016-17", 2017, 3, VS_PERIODICITY_ANNUAL);
  assert_period ("2016/2017", 2017, 3, VS_PERIODICITY_ANNUAL);
  assert_period ("FY 2016/17", 2017, 3, VS_PERIODICITY_ANNUAL);
  assert_period ("2017", 2017, 3, VS_PERIODICITY_ANNUAL);
  assert_period ("Autumn 2017", 2017, 12, VS_PERIODICITY_TERMLY);
  assert_period ("Spring term 2018", 2018, 4, VS_PERIODICITY_TERMLY);
  assert_period ("Summer 2017/18", 2018, 7, VS_PERIODICITY_TERMLY);
}

static void
test_not_periods (void)
{
  const char *texts[] = {
    "Target", "YTD", "Bigger or Smaller is better", "", "13", "2016/15", "Q5 2017/18",
    "Nov", "1053", "58.1%", "Monthly", "Previous YTD", "Quarterly / Termly", "2016-13",
    "32/11/2016", "Red", "Ref", "{ChS} LAC with up to date Care Plan",
    /* days the calendar does not have, and signs or doubled separators around a month */
    "2017-02-30", "2017-02-29", "2016-11-31", "30/02/2017", "31/04/2017", "30 Feb 2017",
    "31 Sep 2016", "2016-11-00", "00/11/2016", "-2017-01", "2017-01-", "2017--01", "/2017-01",
    "+2017-01", ".2017", "Nov--16", "-Nov 16", "Nov 16-", "-2017", "2016//17",
  };
  VsPeriod period;

  for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
    if (vs_period_header_parse (texts[i], &period, NULL))
      g_error ("“%s” read as a period", texts[i]);
}

/* Due dates of actions, as the committee papers write them and as officers type them. */
static void
test_due_months (void)
{
  const char *not_months[] = { "soon", "Q4 2025/26", "2025/26", "2026", "Spring 2026", "",
                               "by", "March" };
  VsPeriod period = VS_PERIOD_INVALID;

  g_assert_true (vs_period_parse_month ("by March 2017", &period));
  g_assert_cmpint (period, ==, vs_period_new (2017, 3));
  g_assert_true (vs_period_parse_month ("March 2026", &period));
  g_assert_cmpint (period, ==, vs_period_new (2026, 3));
  g_assert_true (vs_period_parse_month (" BY mar 26", &period));
  g_assert_cmpint (period, ==, vs_period_new (2026, 3));
  g_assert_true (vs_period_parse_month ("2026-03", &period));
  g_assert_cmpint (period, ==, vs_period_new (2026, 3));
  for (gsize i = 0; i < G_N_ELEMENTS (not_months); i++)
    if (vs_period_parse_month (not_months[i], &period))
      g_error ("“%s” read as a month", not_months[i]);
}

static void
test_period_cells (void)
{
  GDate date;
  VsCell cell = { VS_CELL_DATE, VS_CELL_FORMAT_DATE, 0, NULL };
  VsCell year = { VS_CELL_NUMBER, VS_CELL_FORMAT_GENERAL, 2017, NULL };
  VsCell count = { VS_CELL_NUMBER, VS_CELL_FORMAT_GENERAL, 1053, NULL };
  VsPeriod period;
  VsPeriodicity periodicity;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_APRIL, 2017);     /* Excel's "Apr-17" */
  cell.number = g_date_get_julian (&date);
  g_assert_true (vs_period_header_from_cell (&cell, &period, &periodicity));
  g_assert_cmpint (period, ==, vs_period_new (2017, 4));
  g_assert_cmpint (periodicity, ==, VS_PERIODICITY_MONTHLY);
  g_assert_true (vs_period_header_from_cell (&year, &period, &periodicity));
  g_assert_cmpint (period, ==, vs_period_new (2017, 3));
  g_assert_false (vs_period_header_from_cell (&count, &period, &periodicity));
}

static void
test_dfe_periods (void)
{
  VsPeriod period;
  VsPeriodicity periodicity;

  g_assert_true (vs_period_parse_dfe ("2025", "Reporting year", &period, &periodicity));
  g_assert_cmpint (period, ==, vs_period_new (2025, 3));
  g_assert_cmpint (periodicity, ==, VS_PERIODICITY_ANNUAL);
  g_assert_true (vs_period_parse_dfe ("201617", "Financial year", &period, NULL));
  g_assert_cmpint (period, ==, vs_period_new (2017, 3));
  g_assert_true (vs_period_parse_dfe ("2024", "Calendar year", &period, NULL));
  g_assert_cmpint (period, ==, vs_period_new (2024, 12));
  g_assert_true (vs_period_parse_dfe ("2024", "September", &period, &periodicity));
  g_assert_cmpint (period, ==, vs_period_new (2024, 9));
  g_assert_true (vs_period_parse_dfe ("201718", "Financial year Q2", &period, &periodicity));
  g_assert_cmpint (period, ==, vs_period_new (2017, 9));
  g_assert_cmpint (periodicity, ==, VS_PERIODICITY_QUARTERLY);
  g_assert_false (vs_period_parse_dfe ("201619", "Financial year", &period, NULL));
  g_assert_false (vs_period_parse_dfe ("20x5", "Reporting year", &period, NULL));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/values/numbers", test_numbers);
  g_test_add_func ("/import/values/hostile", test_hostile_numbers);
  g_test_add_func ("/import/values/unit-ranges", test_unit_ranges);
  g_test_add_func ("/import/values/codes", test_codes);
  g_test_add_func ("/import/values/cells", test_cells);
  g_test_add_func ("/import/values/ratios", test_ratios);
  g_test_add_func ("/import/periods/headers", test_period_headers);
  g_test_add_func ("/import/periods/not-periods", test_not_periods);
  g_test_add_func ("/import/periods/cells", test_period_cells);
  g_test_add_func ("/import/periods/due-months", test_due_months);
  g_test_add_func ("/import/periods/dfe", test_dfe_periods);

  return g_test_run ();
}
