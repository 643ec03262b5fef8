/* test-read-ods.c: the ODS reader, on spreadsheets written here the way LibreOffice does
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "test-read-writer.h"
#include "vs-read-private.h"
#include "vs-reader.h"

static const VsSheet *
sheet_at (VsWorkbook *workbook,
          guint       i)
{
  g_assert_nonnull (workbook);
  g_assert_cmpuint (workbook->sheets->len, >, i);
  return g_ptr_array_index (workbook->sheets, i);
}

static void
assert_string (const VsSheet *sheet,
               guint          row,
               guint          col,
               const char    *expected)
{
  const VsCell *cell = vs_sheet_get_cell (sheet, row, col);

  g_test_message ("row %u col %u", row, col);
  g_assert_cmpint (cell->kind, ==, VS_CELL_STRING);
  g_assert_cmpstr (cell->text, ==, expected);
}

static void
assert_number (const VsSheet *sheet,
               guint          row,
               guint          col,
               double         expected,
               VsCellFormat   format)
{
  const VsCell *cell = vs_sheet_get_cell (sheet, row, col);

  g_test_message ("row %u col %u", row, col);
  g_assert_cmpint (cell->kind, ==, VS_CELL_NUMBER);
  g_assert_cmpfloat (cell->number, ==, expected);
  g_assert_cmpint (cell->format, ==, format);
}

static void
assert_date (const VsSheet *sheet,
             guint          row,
             guint          col,
             int            y,
             int            m,
             int            d)
{
  const VsCell *cell = vs_sheet_get_cell (sheet, row, col);
  g_autoptr(GDate) date = g_date_new_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y);

  g_assert_cmpint (cell->kind, ==, VS_CELL_DATE);
  g_assert_cmpfloat (cell->number, ==, g_date_get_julian (date));
}

#define STYLES \
  "<style:style style:name=\"ta1\" style:family=\"table\">" \
  "<style:table-properties table:display=\"true\"/></style:style>" \
  "<style:style style:name=\"ta2\" style:family=\"table\">" \
  "<style:table-properties table:display=\"false\"/></style:style>" \
  "<style:style style:name=\"ro1\" style:family=\"table-row\">" \
  "<style:table-row-properties style:row-height=\"0.5cm\"/></style:style>"

static const char tables[] =
  "<table:table table:name=\"Vital signs\" table:style-name=\"ta1\">"
  "<table:table-column table:number-columns-repeated=\"1024\"/>"
  "<table:table-header-rows><table:table-row table:style-name=\"ro1\">"
  "<table:table-cell office:value-type=\"string\" calcext:value-type=\"string\">"
  "<text:p>Ref</text:p></table:table-cell>"
  "<table:table-cell office:value-type=\"string\"><text:p>Indicator</text:p></table:table-cell>"
  "<table:table-cell office:value-type=\"date\" office:date-value=\"2016-11-01\">"
  "<text:p>Nov 16</text:p></table:table-cell>"
  "<table:table-cell office:value-type=\"date\" office:date-value=\"2016-12-01T00:00:00\">"
  "<text:p>Dec-16</text:p></table:table-cell>"
  "<table:table-cell table:number-columns-repeated=\"1020\"/>"
  "</table:table-row></table:table-header-rows>"
  /* Row 2: every kind of value. */
  "<table:table-row>"
  "<table:table-cell office:value-type=\"string\"><text:p>NI 62</text:p></table:table-cell>"
  "<table:table-cell office:value-type=\"string\">"
  "<text:p>Stability  <text:s text:c=\"2\"/>of <text:span text:style-name=\"T1\">placements"
  "</text:span></text:p><text:p>second<text:tab/>para<text:line-break/>end</text:p>"
  "<office:annotation><dc:creator>Ann</dc:creator><text:p>A comment</text:p>"
  "</office:annotation></table:table-cell>"
  "<table:table-cell office:value-type=\"percentage\" office:value=\"0.18\">"
  "<text:p>18.0%</text:p></table:table-cell>"
  "<table:table-cell office:value-type=\"float\" office:value=\"65.7\"><text:p>65.7</text:p>"
  "</table:table-cell>"
  "<table:table-cell office:value-type=\"currency\" office:currency=\"GBP\" "
  "office:value=\"1053.5\"><text:p>£1,053.50</text:p></table:table-cell>"
  "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"true\">"
  "<text:p>TRUE</text:p></table:table-cell>"
  "<table:table-cell table:formula=\"of:=NA()\" office:value-type=\"string\" "
  "office:string-value=\"\" calcext:value-type=\"error\"><text:p>#N/A</text:p>"
  "</table:table-cell>"
  "<table:table-cell office:value-type=\"time\" office:time-value=\"PT12H30M00S\">"
  "<text:p>12:30</text:p></table:table-cell>"
  "<table:covered-table-cell table:number-columns-repeated=\"2\"><text:p>hidden</text:p>"
  "</table:covered-table-cell>"
  "<table:table-cell><text:p>no type</text:p></table:table-cell>"
  "<table:table-cell office:value-type=\"string\" office:string-value=\"stored value\">"
  "<text:p>shown</text:p></table:table-cell>"
  "</table:table-row>"
  /* Rows 3-4: a value repeated across and down. */
  "<table:table-row table:number-rows-repeated=\"2\">"
  "<table:table-cell table:number-columns-repeated=\"3\"/>"
  "<table:table-cell office:value-type=\"float\" office:value=\"7\" "
  "table:number-columns-repeated=\"2\"><text:p>7</text:p></table:table-cell>"
  "</table:table-row>"
  "<table:table-row table:number-rows-repeated=\"3\">"
  "<table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>"
  /* Row 8, inside a row group. */
  "<table:table-row-group><table:table-row>"
  "<table:table-cell office:value-type=\"string\"><text:p>grouped</text:p></table:table-cell>"
  "<table:table-cell table:number-columns-repeated=\"2\"/>"
  "<table:table-cell office:value-type=\"float\" office:value=\"-1.5E-2\"><text:p/>"
  "</table:table-cell></table:table-row></table:table-row-group>"
  /* Row 9: a frame in the cell, spaces to collapse. */
  "<table:table-row><table:table-cell><draw:frame draw:name=\"Logo\"><draw:image/>"
  "<text:p>caption</text:p></draw:frame><text:p>  lead\n and  trail  </text:p>"
  "</table:table-cell></table:table-row>"
  /* What LibreOffice writes after the last row: a million empty ones. */
  "<table:table-row table:number-rows-repeated=\"1048567\">"
  "<table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>"
  "</table:table>"
  "<table:table table:name=\"Workings\" table:style-name=\"ta2\"><table:table-row>"
  "<table:table-cell office:value-type=\"float\" office:value=\"1\"/></table:table-row>"
  "</table:table>"
  "<table:table table:name=\"Empty\"/>"
  "<table:named-expressions/>";

static void
test_cells (void)
{
  g_autoptr(GBytes) bytes = vs_test_ods (STYLES, tables);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsWorkbook) workbook = vs_reader_read_bytes (bytes, "County report.ods", &error);
  const VsSheet *sheet;
  const VsCell *cell;

  g_assert_no_error (error);
  g_assert_cmpstr (workbook->format, ==, "ods");
  g_assert_cmpuint (workbook->sheets->len, ==, 3);
  sheet = sheet_at (workbook, 0);
  g_assert_cmpstr (vs_sheet_get_name (sheet), ==, "Vital signs");
  g_assert_false (vs_sheet_get_hidden (sheet));
  /* The million empty rows at the end cost nothing and count for nothing. */
  g_assert_cmpuint (vs_sheet_get_n_rows (sheet), ==, 9);
  g_assert_cmpuint (vs_sheet_get_n_cols (sheet, 0), ==, 4);

  assert_string (sheet, 0, 0, "Ref");
  assert_date (sheet, 0, 2, 2016, 11, 1);
  assert_date (sheet, 0, 3, 2016, 12, 1);

  assert_string (sheet, 1, 0, "NI 62");
  assert_string (sheet, 1, 1, "Stability   of placements\nsecond\tpara\nend");
  assert_number (sheet, 1, 2, 0.18, VS_CELL_FORMAT_PERCENT);
  assert_number (sheet, 1, 3, 65.7, VS_CELL_FORMAT_GENERAL);
  assert_number (sheet, 1, 4, 1053.5, VS_CELL_FORMAT_GENERAL);
  cell = vs_sheet_get_cell (sheet, 1, 5);
  g_assert_cmpint (cell->kind, ==, VS_CELL_BOOLEAN);
  g_assert_cmpfloat (cell->number, ==, 1.0);
  cell = vs_sheet_get_cell (sheet, 1, 6);
  g_assert_cmpint (cell->kind, ==, VS_CELL_ERROR);
  g_assert_cmpstr (cell->text, ==, "#N/A");
  assert_string (sheet, 1, 7, "12:30");
  g_assert_cmpint (vs_sheet_get_cell (sheet, 1, 8)->kind, ==, VS_CELL_EMPTY);
  g_assert_cmpint (vs_sheet_get_cell (sheet, 1, 9)->kind, ==, VS_CELL_EMPTY);
  assert_string (sheet, 1, 10, "no type");
  assert_string (sheet, 1, 11, "stored value");

  for (guint row = 2; row <= 3; row++)
    {
      g_assert_cmpint (vs_sheet_get_cell (sheet, row, 2)->kind, ==, VS_CELL_EMPTY);
      assert_number (sheet, row, 3, 7, VS_CELL_FORMAT_GENERAL);
      assert_number (sheet, row, 4, 7, VS_CELL_FORMAT_GENERAL);
      g_assert_cmpuint (vs_sheet_get_n_cols (sheet, row), ==, 5);
    }
  for (guint row = 4; row <= 6; row++)
    g_assert_cmpuint (vs_sheet_get_n_cols (sheet, row), ==, 0);
  assert_string (sheet, 7, 0, "grouped");
  assert_number (sheet, 7, 3, -0.015, VS_CELL_FORMAT_GENERAL);
  assert_string (sheet, 8, 0, "lead and trail");

  sheet = sheet_at (workbook, 1);
  g_assert_cmpstr (vs_sheet_get_name (sheet), ==, "Workings");
  g_assert_true (vs_sheet_get_hidden (sheet));
  assert_number (sheet, 0, 0, 1, VS_CELL_FORMAT_GENERAL);
  g_assert_cmpstr (vs_sheet_get_name (sheet_at (workbook, 2)), ==, "Empty");
  g_assert_cmpuint (vs_sheet_get_n_rows (sheet_at (workbook, 2)), ==, 0);
}

/* A value repeated a million times down is a million cells: read when the caps allow,
 * refused (quickly) when they do not. */
static void
test_repeats_capped (void)
{
  const char *repeated =
    "<table:table table:name=\"T\"><table:table-row table:number-rows-repeated=\"1048576\">"
    "<table:table-cell office:value-type=\"float\" office:value=\"1\" "
    "table:number-columns-repeated=\"16384\"/></table:table-row></table:table>";
  g_autoptr(GBytes) bytes = vs_test_ods (NULL, repeated);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsWorkbook) workbook = NULL;
  VsReadLimits limits;

  vs_read_limits_init_default (&limits);
  limits.max_cells = 100000;
  workbook = vs_reader_read_bytes_with_limits (bytes, "repeats.ods", &limits, &error);
  g_assert_null (workbook);
  g_assert_error (error, VS_READ_ERROR, VS_READ_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "repeats.ods: sheet “T”"));
}

static void
test_refused (void)
{
  g_autoptr(GBytes) bad_number = vs_test_ods (NULL,
    "<table:table table:name=\"T\"><table:table-row><table:table-cell/>"
    "<table:table-cell office:value-type=\"float\" office:value=\"1,5\"/></table:table-row>"
    "</table:table>");
  g_autoptr(GBytes) unclosed = vs_test_ods (NULL,
    "<table:table table:name=\"T\"><table:table-row><table:table-cell>"
    "</table:table-row></table:table>");
  VsTestZip *zip = vs_test_zip_new ();
  g_autoptr(GBytes) no_content = NULL;
  struct { GBytes *bytes; VsReadError code; const char *fragment; } cases[] = {
    { bad_number, VS_READ_ERROR_CORRUPT, "sheet “T”, cell B1" },
    { unclosed, VS_READ_ERROR_CORRUPT, "content.xml is not well-formed" },
    { NULL, VS_READ_ERROR_CORRUPT, "content.xml" },
  };

  vs_test_zip_add (zip, "mimetype", "application/vnd.oasis.opendocument.spreadsheet", -1);
  no_content = vs_test_zip_finish (zip);
  cases[2].bytes = no_content;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(VsWorkbook) workbook = vs_reader_read_bytes (cases[i].bytes, "bad.ods",
                                                             &error);

      g_assert_null (workbook);
      g_assert_error (error, VS_READ_ERROR, (int) cases[i].code);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, "bad.ods: "));
      g_assert_nonnull (strstr (error->message, cases[i].fragment));
    }
}

/* office:value is a decimal number: hex, "inf" and "nan", which strtod would take, are
 * refused naming the cell; spaces around it are not. */
static void
test_number_shapes (void)
{
  const char *refused[] = { "0x10", "inf", "nan", "-Infinity", "1e400" };
  g_autoptr(GBytes) spaced = vs_test_ods (NULL,
    "<table:table table:name=\"T\"><table:table-row>"
    "<table:table-cell office:value-type=\"float\" office:value=\" 1300 \"/>"
    "</table:table-row></table:table>");
  g_autoptr(GError) error = NULL;
  g_autoptr(VsWorkbook) workbook = vs_reader_read_bytes (spaced, "spaced.ods", &error);
  const VsCell *cell;

  g_assert_no_error (error);
  cell = vs_sheet_get_cell (g_ptr_array_index (workbook->sheets, 0), 0, 0);
  g_assert_cmpint (cell->kind, ==, VS_CELL_NUMBER);
  g_assert_cmpfloat (cell->number, ==, 1300);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *content = g_strdup_printf (
        "<table:table table:name=\"T\"><table:table-row><table:table-cell/>"
        "<table:table-cell office:value-type=\"float\" office:value=\"%s\"/>"
        "</table:table-row></table:table>", refused[i]);
      g_autoptr(GBytes) bytes = vs_test_ods (NULL, content);
      g_autoptr(GError) refusal = NULL;
      g_autoptr(VsWorkbook) none = vs_reader_read_bytes (bytes, "hex.ods", &refusal);
      g_autofree char *fragment = g_strdup_printf ("hex.ods: sheet “T”, cell B1: office:value "
                                                   "“%s” should be a number", refused[i]);

      g_assert_null (none);
      g_assert_error (refusal, VS_READ_ERROR, VS_READ_ERROR_CORRUPT);
      g_assert_cmpstr (refusal->message, ==, fragment);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/read/ods/cells", test_cells);
  g_test_add_func ("/read/ods/repeats-capped", test_repeats_capped);
  g_test_add_func ("/read/ods/refused", test_refused);
  g_test_add_func ("/read/ods/number-shapes", test_number_shapes);

  return g_test_run ();
}
