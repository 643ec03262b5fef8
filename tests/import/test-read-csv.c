/* test-read-csv.c: the CSV/TSV reader, on files written here and on the public data
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "vs-read-private.h"
#include "vs-reader.h"

static VsWorkbook *
read_data (const char  *data,
           gssize       len,
           const char  *name,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, len < 0 ? strlen (data) : (gsize) len);

  return vs_reader_read_bytes (bytes, name, error);
}

static const VsSheet *
only_sheet (VsWorkbook *workbook)
{
  g_assert_nonnull (workbook);
  g_assert_cmpuint (workbook->sheets->len, ==, 1);
  return g_ptr_array_index (workbook->sheets, 0);
}

static void
assert_text (const VsSheet *sheet,
             guint          row,
             guint          col,
             const char    *expected)
{
  const VsCell *cell = vs_sheet_get_cell (sheet, row, col);

  if (expected == NULL)
    {
      g_assert_cmpint (cell->kind, ==, VS_CELL_EMPTY);
      return;
    }
  g_assert_cmpint (cell->kind, ==, VS_CELL_STRING);
  g_assert_cmpstr (cell->text, ==, expected);
}

static void
assert_error (GError     *error,
              VsReadError code,
              const char *name,
              const char *fragment)
{
  g_assert_error (error, VS_READ_ERROR, (int) code);
  g_assert_true (g_str_has_prefix (error->message, name));
  if (fragment != NULL && strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, fragment);
}

static void
test_addresses (void)
{
  const struct { guint row, col; const char *address; } cases[] = {
    { 0, 0, "A1" }, { 6, 3, "D7" }, { 0, 25, "Z1" }, { 9, 26, "AA10" }, { 0, 51, "AZ1" },
    { 0, 52, "BA1" }, { 0, 701, "ZZ1" }, { 0, 702, "AAA1" }, { 1048575, 16383, "XFD1048576" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *address = vs_cell_address (cases[i].row, cases[i].col);

      g_assert_cmpstr (address, ==, cases[i].address);
    }
}

static void
test_grid (void)
{
  g_autoptr(VsSheet) sheet = vs_sheet_new ("Data");
  const VsCell *cell;

  vs_sheet_set_string (sheet, 2, 3, g_strdup ("Norwich"));
  vs_sheet_set_number (sheet, 0, 1, 0.18, VS_CELL_FORMAT_PERCENT);
  vs_sheet_set_boolean (sheet, 1, 0, TRUE);
  vs_sheet_set_error (sheet, 1, 5, "#N/A");
  vs_sheet_set_date (sheet, 4, 0, 736269);
  g_assert_cmpuint (vs_sheet_get_n_rows (sheet), ==, 5);
  g_assert_cmpuint (vs_sheet_get_n_cols (sheet, 0), ==, 2);
  g_assert_cmpuint (vs_sheet_get_n_cols (sheet, 1), ==, 6);
  g_assert_cmpuint (vs_sheet_get_n_cols (sheet, 3), ==, 0);
  g_assert_cmpuint (vs_sheet_get_n_cols (sheet, 99), ==, 0);
  assert_text (sheet, 2, 3, "Norwich");
  assert_text (sheet, 2, 2, NULL);
  assert_text (sheet, 200, 200, NULL);
  cell = vs_sheet_get_cell (sheet, 0, 1);
  g_assert_cmpint (cell->kind, ==, VS_CELL_NUMBER);
  g_assert_cmpint (cell->format, ==, VS_CELL_FORMAT_PERCENT);
  g_assert_cmpfloat (cell->number, ==, 0.18);
  cell = vs_sheet_get_cell (sheet, 1, 5);
  g_assert_cmpint (cell->kind, ==, VS_CELL_ERROR);
  g_assert_cmpstr (cell->text, ==, "#N/A");
  cell = vs_sheet_get_cell (sheet, 4, 0);
  g_assert_cmpint (cell->kind, ==, VS_CELL_DATE);
  g_assert_cmpfloat (cell->number, ==, 736269);
  /* Overwriting keeps one cell. */
  vs_sheet_set_string (sheet, 2, 3, g_strdup ("Breckland"));
  assert_text (sheet, 2, 3, "Breckland");
  g_assert_cmpuint (vs_sheet_get_n_cols (sheet, 2), ==, 4);
}

static guint32
julian (int y, int m, int d)
{
  g_autoptr(GDate) date = g_date_new_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y);

  return g_date_get_julian (date);
}

static void
test_dates (void)
{
  guint32 j = 0;

  /* Excel: 1 is 1900-01-01, 59 is 1900-02-28, 60 the phantom 29th, 61 is 1900-03-01. */
  g_assert_true (vs_read_serial_to_julian (1, FALSE, &j));
  g_assert_cmpuint (j, ==, julian (1900, 1, 1));
  g_assert_true (vs_read_serial_to_julian (59, FALSE, &j));
  g_assert_cmpuint (j, ==, julian (1900, 2, 28));
  g_assert_false (vs_read_serial_to_julian (60, FALSE, &j));
  g_assert_true (vs_read_serial_to_julian (61, FALSE, &j));
  g_assert_cmpuint (j, ==, julian (1900, 3, 1));
  /* The committee papers' first month, November 2016, and a date with a time of day. */
  g_assert_true (vs_read_serial_to_julian (42675, FALSE, &j));
  g_assert_cmpuint (j, ==, julian (2016, 11, 1));
  g_assert_true (vs_read_serial_to_julian (42675.75, FALSE, &j));
  g_assert_cmpuint (j, ==, julian (2016, 11, 1));
  g_assert_true (vs_read_serial_to_julian (2958465, FALSE, &j));
  g_assert_cmpuint (j, ==, julian (9999, 12, 31));
  g_assert_false (vs_read_serial_to_julian (2958466, FALSE, &j));
  g_assert_false (vs_read_serial_to_julian (-1, FALSE, &j));
  /* 1904 system: 0 is 1904-01-01, and 2016-11-01 is 1462 less. */
  g_assert_true (vs_read_serial_to_julian (0, TRUE, &j));
  g_assert_cmpuint (j, ==, julian (1904, 1, 1));
  g_assert_true (vs_read_serial_to_julian (42675 - 1462, TRUE, &j));
  g_assert_cmpuint (j, ==, julian (2016, 11, 1));

  g_assert_true (vs_read_iso_to_julian ("2017-04-30", &j));
  g_assert_cmpuint (j, ==, julian (2017, 4, 30));
  g_assert_true (vs_read_iso_to_julian ("2016-11-01T00:00:00", &j));
  g_assert_cmpuint (j, ==, julian (2016, 11, 1));
  g_assert_false (vs_read_iso_to_julian ("2017-02-29", &j));
  g_assert_false (vs_read_iso_to_julian ("Nov-16", &j));
  g_assert_false (vs_read_iso_to_julian ("2016-11-01x", &j));
}

static void
test_basic (void)
{
  const char *csv =
    "Ref,Indicator,Nov 16,Dec 16\r\n"
    "NI 62,\"Stability of placements, moves\",\"1,053\",65.7\r\n"
    "\r\n"
    "\"He said \"\"no\"\"\", plain ,\"two\r\nlines\",\r\n"
    "last,,,x\n"
    "size 5\" screen,list('a' = \"b\")";
  g_autoptr(GError) error = NULL;
  g_autoptr(VsWorkbook) workbook = read_data (csv, -1, "/some/dir/Vital Signs Nov 16.csv",
                                              &error);
  const VsSheet *sheet;

  g_assert_no_error (error);
  sheet = only_sheet (workbook);
  g_assert_cmpstr (workbook->format, ==, "csv");
  g_assert_cmpstr (vs_sheet_get_name (sheet), ==, "Vital Signs Nov 16");
  g_assert_cmpuint (vs_sheet_get_n_rows (sheet), ==, 6);
  assert_text (sheet, 0, 0, "Ref");
  assert_text (sheet, 0, 3, "Dec 16");
  assert_text (sheet, 1, 1, "Stability of placements, moves");
  assert_text (sheet, 1, 2, "1,053");
  assert_text (sheet, 1, 3, "65.7");
  /* The blank line keeps its row, as a spreadsheet shows it. */
  g_assert_cmpuint (vs_sheet_get_n_cols (sheet, 2), ==, 0);
  assert_text (sheet, 3, 0, "He said \"no\"");
  /* Spaces around an unquoted cell go; a quoted cell keeps its line break. */
  assert_text (sheet, 3, 1, "plain");
  assert_text (sheet, 3, 2, "two\r\nlines");
  g_assert_cmpuint (vs_sheet_get_n_cols (sheet, 3), ==, 3);
  assert_text (sheet, 4, 0, "last");
  assert_text (sheet, 4, 1, NULL);
  assert_text (sheet, 4, 3, "x");
  /* A quote inside an unquoted cell is taken literally, as Excel and Python take it. */
  assert_text (sheet, 5, 0, "size 5\" screen");
  assert_text (sheet, 5, 1, "list('a' = \"b\")");
}

static void
test_line_ends (void)
{
  g_autoptr(GError) error = NULL;
  /* Old Mac line ends, and LF, and blank lines of each. */
  g_autoptr(VsWorkbook) cr = read_data ("a,b\r\rc,d\r", -1, "cr.csv", &error);
  g_autoptr(VsWorkbook) lf = read_data ("a,b\n\nc,d\n\n\n", -1, "lf.csv", &error);

  g_assert_no_error (error);
  assert_text (only_sheet (cr), 2, 1, "d");
  assert_text (only_sheet (lf), 2, 0, "c");
  g_assert_cmpuint (vs_sheet_get_n_rows (only_sheet (lf)), ==, 3);
}

static void
test_delimiters (void)
{
  g_autoptr(GError) error = NULL;
  /* Semicolons with decimal commas, as European Excel writes. */
  g_autoptr(VsWorkbook) semi = read_data ("Indicator;Nov 16;Dec 16\n"
                                          "Rate;1,5;2,5\n"
                                          "Count;10;12\n", -1, "semi.csv", &error);
  g_autoptr(VsWorkbook) tab = read_data ("Ref\tValue, %\tArea\nA1\t18,0\tNorth\n", -1,
                                         "tab.tsv", &error);
  g_autoptr(VsWorkbook) sep = read_data ("sep=;\na;b,c\n", -1, "sep.csv", &error);
  g_autoptr(VsWorkbook) one = read_data ("just one column\nsecond\n", -1, "one.csv",
                                         &error);
  /* A title row above the header does not fool the count. */
  g_autoptr(VsWorkbook) title = read_data ("Children's services: November\n"
                                           "\n"
                                           "ref,value,area\n1,2,3\n4,5,6\n", -1,
                                           "title.csv", &error);

  g_assert_no_error (error);
  assert_text (only_sheet (semi), 1, 1, "1,5");
  assert_text (only_sheet (semi), 2, 2, "12");
  assert_text (only_sheet (tab), 0, 1, "Value, %");
  assert_text (only_sheet (tab), 1, 2, "North");
  assert_text (only_sheet (sep), 1, 1, "b,c");
  assert_text (only_sheet (one), 1, 0, "second");
  assert_text (only_sheet (title), 0, 0, "Children's services: November");
  assert_text (only_sheet (title), 4, 2, "6");
}

static void
test_encodings (void)
{
  g_autoptr(GError) error = NULL;
  const char utf8_bom[] = "\xEF\xBB\xBF" "Area,Value\nK\xC3\xB8" "benhavn,\xC2\xA3" "5\n";
  /* Excel's "Unicode Text": UTF-16LE with a BOM, tab-separated; with an emoji for a
   * surrogate pair. */
  const char utf16le[] = "\xFF\xFE" "A\0r\0e\0a\0\t\0V\0\r\0\n\0"
                         "\xA3\0" "5\0\t\0" "=\xD8\x00\xDE\r\0\n\0";
  const char utf16be[] = "\xFE\xFF" "\0A\0,\0B\0\n\0x\0,\x20\xAC";
  /* Windows-1252, with every byte Microsoft left undefined. */
  const char cp1252[] = "Name,Note\n\x80 5,\x96 \x93quoted\x94\n\x81\x8D\x8F\x90\x9D,\xA3\xE9\n";
  g_autoptr(VsWorkbook) a = read_data (utf8_bom, sizeof utf8_bom - 1, "bom.csv", &error);
  g_autoptr(VsWorkbook) b = read_data (utf16le, sizeof utf16le - 1, "unicode.txt", &error);
  g_autoptr(VsWorkbook) c = read_data (utf16be, sizeof utf16be - 1, "be.csv", &error);
  g_autoptr(VsWorkbook) d = read_data (cp1252, sizeof cp1252 - 1, "ansi.csv", &error);

  g_assert_no_error (error);
  assert_text (only_sheet (a), 0, 0, "Area");
  assert_text (only_sheet (a), 1, 0, "København");
  assert_text (only_sheet (a), 1, 1, "£5");
  assert_text (only_sheet (b), 0, 0, "Area");
  assert_text (only_sheet (b), 0, 1, "V");
  assert_text (only_sheet (b), 1, 0, "£5");
  assert_text (only_sheet (b), 1, 1, "😀");
  assert_text (only_sheet (c), 1, 1, "€");
  assert_text (only_sheet (d), 1, 0, "€ 5");
  assert_text (only_sheet (d), 1, 1, "– “quoted”");
  assert_text (only_sheet (d), 2, 0, "\xC2\x81\xC2\x8D\xC2\x8F\xC2\x90\xC2\x9D");
  assert_text (only_sheet (d), 2, 1, "£é");
}

/* A file that is valid UTF-8 for its first megabyte and then is not must be read as
 * Windows-1252 throughout. */
static void
test_late_windows_1252 (void)
{
  g_autoptr(GString) csv = g_string_new ("Name,Value\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(VsWorkbook) workbook = NULL;
  const VsSheet *sheet;

  for (guint i = 0; i < 40000; i++)
    g_string_append_printf (csv, "row %u,%u\n", i, i * 3);
  g_string_append (csv, "caf\xE9,1\n");
  workbook = read_data (csv->str, (gssize) csv->len, "late.csv", &error);
  g_assert_no_error (error);
  sheet = only_sheet (workbook);
  g_assert_cmpuint (vs_sheet_get_n_rows (sheet), ==, 40002);
  assert_text (sheet, 40000, 1, "119997");
  assert_text (sheet, 40001, 0, "café");
}

static void
test_refused (void)
{
  struct {
    const char *data;
    gsize len;
    VsReadError code;
    const char *fragment;
  } cases[] = {
    { "a,b\n\"c\" ,d\"e\n\"f\"\"g\"h\n", 0, VS_READ_ERROR_CORRUPT, "line 3 (row 3)" },
    { "a,b\n\n\"x\"y,z\n", 0, VS_READ_ERROR_CORRUPT, "line 3 (row 3)" },
    { "a,b\n\"never closed,\n\n", 0, VS_READ_ERROR_CORRUPT, "row 2" },
    { "a,b\nc,\0d\n", 10, VS_READ_ERROR_FORMAT, "line 2" },
    { "\xEF\xBB\xBF" "a\nb\n\xFF\n", 0, VS_READ_ERROR_ENCODING, "line 3" },
    { "\xFF\xFE" "a\0\n\0\x00\xDC", 8, VS_READ_ERROR_ENCODING, "line 2" },
    { "\xFF\xFE" "a\0\n\0b", 7, VS_READ_ERROR_ENCODING, "line 2" },
    { "<html><body><table>", 0, VS_READ_ERROR_FORMAT, "XLSX" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      const char *name = i == G_N_ELEMENTS (cases) - 1 ? "export.xls" : "bad.csv";
      g_autoptr(VsWorkbook) workbook =
        read_data (cases[i].data, cases[i].len ? (gssize) cases[i].len : -1, name, &error);

      g_test_message ("case %u: %s", i, error != NULL ? error->message : "(read)");
      g_assert_null (workbook);
      assert_error (error, cases[i].code, name, cases[i].fragment);
    }
}

static void
test_wrong_name (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsWorkbook) workbook = read_data ("a,b\n", -1, "report.xlsx", &error);

  g_assert_null (workbook);
  assert_error (error, VS_READ_ERROR_FORMAT, "report.xlsx", "zip");
}

/* A 10 MB cell is refused, as soon as the reader has seen a little over the cap. */
static void
test_huge_cell (void)
{
  gsize size = 10 * 1024 * 1024;
  g_autofree char *csv = g_malloc (size + 64);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) error_quoted = NULL;
  g_autoptr(VsWorkbook) workbook = NULL;
  g_autoptr(VsWorkbook) quoted = NULL;
  gsize n;

  n = (gsize) g_snprintf (csv, 64, "Ref,Note\nNI 62,");
  memset (csv + n, 'x', size);
  memcpy (csv + n + size, "\n", 2);
  workbook = read_data (csv, -1, "huge.csv", &error);
  g_assert_null (workbook);
  assert_error (error, VS_READ_ERROR_TOO_LARGE, "huge.csv", "cell B2");

  /* The same inside quotes, never closed: still the size that stops it. */
  csv[n] = '"';
  quoted = read_data (csv, -1, "huge.csv", &error_quoted);
  g_assert_null (quoted);
  assert_error (error_quoted, VS_READ_ERROR_TOO_LARGE, "huge.csv", "cell B2");
}

static void
test_limits (void)
{
  VsReadLimits limits;
  g_autoptr(GBytes) rows = g_bytes_new_static ("1\n2\n3\n4\n5\n", 10);
  g_autoptr(GBytes) cols = g_bytes_new_static ("1,2,3,4,5\n", 10);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) error_cols = NULL;
  g_autoptr(GError) error_cells = NULL;
  g_autoptr(VsWorkbook) a = NULL;
  g_autoptr(VsWorkbook) b = NULL;
  g_autoptr(VsWorkbook) c = NULL;

  vs_read_limits_init_default (&limits);
  limits.max_rows = 4;
  a = vs_reader_read_bytes_with_limits (rows, "rows.csv", &limits, &error);
  g_assert_null (a);
  assert_error (error, VS_READ_ERROR_TOO_LARGE, "rows.csv", "cell A5");

  vs_read_limits_init_default (&limits);
  limits.max_cols = 3;
  b = vs_reader_read_bytes_with_limits (cols, "cols.csv", &limits, &error_cols);
  g_assert_null (b);
  assert_error (error_cols, VS_READ_ERROR_TOO_LARGE, "cols.csv", "cell D1");

  vs_read_limits_init_default (&limits);
  limits.max_cells = 7;  /* rows count too: 1 + 5, then 2 + 5 */
  c = vs_reader_read_bytes_with_limits (rows, "cells.csv", &limits, &error_cells);
  g_assert_null (c);
  assert_error (error_cells, VS_READ_ERROR_TOO_LARGE, "cells.csv", "cell A4");

  /* The whole file, before a row is read. */
  {
    g_autoptr(GError) error_size = NULL;
    g_autoptr(VsWorkbook) d = NULL;

    vs_read_limits_init_default (&limits);
    limits.max_total_bytes = 8;
    d = vs_reader_read_bytes_with_limits (rows, "size.csv", &limits, &error_size);
    g_assert_null (d);
    assert_error (error_size, VS_READ_ERROR_TOO_LARGE, "size.csv", "larger than");
  }
}

static void
test_read_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vs-read-csv-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Monthly extract.CSV", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) error_missing = NULL;
  g_autoptr(VsWorkbook) workbook = NULL;
  g_autoptr(VsWorkbook) none = NULL;

  g_assert_true (g_file_set_contents (path, "Ref;Value\nNI 62;65,7\n", -1, NULL));
  workbook = vs_reader_read_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (workbook->path, ==, path);
  g_assert_cmpstr (vs_sheet_get_name (only_sheet (workbook)), ==, "Monthly extract");
  assert_text (only_sheet (workbook), 1, 1, "65,7");

  none = vs_reader_read_file (missing, &error_missing);
  g_assert_null (none);
  assert_error (error_missing, VS_READ_ERROR_IO, "missing.csv", NULL);

  g_unlink (path);
  g_rmdir (dir);
}

/* The public files, read from the disk, against values taken from them with Python's
 * csv module. */
static void
test_public (void)
{
  const char *dir = g_getenv ("VS_PUBLIC_DATA");
  g_autofree char *stability = NULL;
  g_autofree char *metadata = NULL;
  g_autofree char *sn = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VsWorkbook) a = NULL;
  g_autoptr(VsWorkbook) b = NULL;
  g_autoptr(VsWorkbook) c = NULL;
  const VsSheet *sheet;

  g_assert_nonnull (dir);
  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));
  stability = g_build_filename (dir, "la_cla_placement_stability.csv", NULL);
  metadata = g_build_filename (dir, "dfe_dashboard_indicator_metadata.csv", NULL);
  sn = g_build_filename (dir, "sn_model_2025_wide.csv", NULL);

  /* UTF-8 with a BOM, trimmed to 91 lines: England, Norfolk and Waltham Forest. */
  a = vs_reader_read_file (stability, &error);
  g_assert_no_error (error);
  sheet = only_sheet (a);
  g_assert_cmpuint (vs_sheet_get_n_rows (sheet), ==, 91);
  assert_text (sheet, 0, 0, "time_period");
  assert_text (sheet, 0, 13, "children_percent");
  assert_text (sheet, 1, 5, NULL);
  assert_text (sheet, 1, 10, "Children looked after continuously for at least 2.5 years on "
                             "31 March aged under 16 years");
  assert_text (sheet, 1, 12, "19680");
  assert_text (sheet, 1, 13, "69");
  assert_text (sheet, 90, 8, "Waltham Forest");
  assert_text (sheet, 90, 11, "With 3 or more placements during the year");
  assert_text (sheet, 90, 13, "8");

  /* Quoted cells with commas. */
  b = vs_reader_read_file (metadata, &error);
  g_assert_no_error (error);
  sheet = only_sheet (b);
  g_assert_cmpuint (vs_sheet_get_n_rows (sheet), ==, 69);
  assert_text (sheet, 1, 2, "Outcome 1: Children, young people and families stay together");
  assert_text (sheet, 1, 4, "Rate of children in need, per 10,000 children");
  assert_text (sheet, 68, 4, "Social workers from ethnic minority backgrounds");
  assert_text (sheet, 49, 8, "list('characteristic' = \"Secure homes and children's homes\")");

  /* "Close " loses its trailing space, as libcsv trims unquoted cells. */
  c = vs_reader_read_file (sn, &error);
  g_assert_no_error (error);
  sheet = only_sheet (c);
  g_assert_cmpuint (vs_sheet_get_n_rows (sheet), ==, 154);
  assert_text (sheet, 1, 1, "Barking and Dagenham");
  assert_text (sheet, 1, 5, "Close");
  assert_text (sheet, 153, 1, "York");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/read/grid/addresses", test_addresses);
  g_test_add_func ("/read/grid/cells", test_grid);
  g_test_add_func ("/read/dates", test_dates);
  g_test_add_func ("/read/csv/basic", test_basic);
  g_test_add_func ("/read/csv/line-ends", test_line_ends);
  g_test_add_func ("/read/csv/delimiters", test_delimiters);
  g_test_add_func ("/read/csv/encodings", test_encodings);
  g_test_add_func ("/read/csv/late-windows-1252", test_late_windows_1252);
  g_test_add_func ("/read/csv/refused", test_refused);
  g_test_add_func ("/read/csv/wrong-name", test_wrong_name);
  g_test_add_func ("/read/csv/huge-cell", test_huge_cell);
  g_test_add_func ("/read/csv/limits", test_limits);
  g_test_add_func ("/read/csv/read-file", test_read_file);
  g_test_add_func ("/read/csv/public", test_public);

  return g_test_run ();
}
