/* test-read-real.c: real files from real spreadsheet programs, read from the public data
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every expected value here was taken from the file's XML with Python (zipfile and
 * ElementTree), not from this reader.
 */
#include <string.h>

#include "test-read-writer.h"
#include "vs-read-private.h"
#include "vs-read-xlsx.h"
#include "vs-reader.h"

static char *
public_file (const char *name)
{
  const char *dir = g_getenv ("VS_PUBLIC_DATA");
  char *path;

  /* The files are in the repository (tests/data/public): a missing one is a failure. */
  g_assert_nonnull (dir);
  path = g_build_filename (dir, name, NULL);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  return path;
}

static const VsSheet *
sheet_named (VsWorkbook *workbook,
             const char *name)
{
  for (guint i = 0; i < workbook->sheets->len; i++)
    {
      const VsSheet *sheet = g_ptr_array_index (workbook->sheets, i);

      if (g_str_equal (vs_sheet_get_name (sheet), name))
        return sheet;
    }
  g_error ("no sheet “%s”", name);
  return NULL;
}

static const VsCell *
cell_at (const VsSheet *sheet,
         const char    *ref)
{
  guint row, col;

  g_assert_true (vs_xlsx_parse_ref (ref, &row, &col));
  g_test_message ("%s!%s", vs_sheet_get_name (sheet), ref);
  return vs_sheet_get_cell (sheet, row, col);
}

static void
assert_string (const VsSheet *sheet,
               const char    *ref,
               const char    *expected)
{
  const VsCell *cell = cell_at (sheet, ref);

  g_assert_cmpint (cell->kind, ==, VS_CELL_STRING);
  g_assert_cmpstr (cell->text, ==, expected);
}

static void
assert_number (const VsSheet *sheet,
               const char    *ref,
               double         expected)
{
  const VsCell *cell = cell_at (sheet, ref);

  g_assert_cmpint (cell->kind, ==, VS_CELL_NUMBER);
  g_assert_cmpfloat (cell->number, ==, expected);
}

static void
assert_date (const VsSheet *sheet,
             const char    *ref,
             int            y,
             int            m,
             int            d)
{
  const VsCell *cell = cell_at (sheet, ref);
  g_autoptr(GDate) date = g_date_new_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y);

  g_assert_cmpint (cell->kind, ==, VS_CELL_DATE);
  g_assert_cmpfloat (cell->number, ==, g_date_get_julian (date));
}

/* Annex_A.xlsx, written by Excel: 11 sheets, shared strings, dates in styles 2 and 3
 * (built-in format 14), #N/A error cells. */
static void
test_annex_a (void)
{
  g_autofree char *path = public_file ("Annex_A.xlsx");
  g_autoptr(GError) error = NULL;
  g_autoptr(VsWorkbook) workbook = NULL;
  const VsSheet *sheet;

  workbook = vs_reader_read_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (workbook->format, ==, "xlsx");
  g_assert_cmpuint (workbook->sheets->len, ==, 11);
  g_assert_cmpstr (vs_sheet_get_name (g_ptr_array_index (workbook->sheets, 0)), ==, "List 1");
  g_assert_cmpstr (vs_sheet_get_name (g_ptr_array_index (workbook->sheets, 10)), ==,
                   "List 11");

  sheet = sheet_named (workbook, "List 1");
  assert_string (sheet, "A1", "Child Unique ID");
  assert_number (sheet, "A2", 9212044);
  /* <c r="D2" s="2"><v>42029</v></c>: numFmtId 14 */
  assert_date (sheet, "D2", 2015, 1, 25);
  assert_number (sheet, "E2", 6.1382614647501708);
  assert_date (sheet, "F2", 2020, 9, 16);
  assert_string (sheet, "G2", "q) 6: Police");
  /* <c r="D3" s="2"/>: styled, no value */
  g_assert_cmpint (cell_at (sheet, "D3")->kind, ==, VS_CELL_EMPTY);

  sheet = sheet_named (workbook, "List 6");
  assert_number (sheet, "A2", 12598894);
  assert_date (sheet, "D2", 1999, 9, 23);
  assert_string (sheet, "F2", "b) No");
  assert_date (sheet, "G2", 2010, 6, 9);
  g_assert_cmpint (cell_at (sheet, "M2")->kind, ==, VS_CELL_ERROR);
  g_assert_cmpstr (cell_at (sheet, "M2")->text, ==, "#N/A");
  g_assert_cmpstr (cell_at (sheet, "N2")->text, ==, "#N/A");

  sheet = sheet_named (workbook, "List 8");
  assert_date (sheet, "D2", 2002, 2, 13);
  assert_string (sheet, "W2", "f) U6: Foster placement - not FFA");

  g_assert_cmpuint (vs_sheet_get_n_rows (sheet_named (workbook, "List 11")), ==, 6);
}

/* The Ofsted ODS: cover sheets, the header in row 3, dates as office:date-value, and
 * 16,373 empty styled columns and a million empty rows after each table. */
static void
test_ofsted_ods (void)
{
  g_autofree char *path = public_file ("LA_Inspection_Outcomes_as_at_31_March_2025.ods");
  g_autoptr(GError) error = NULL;
  g_autoptr(VsWorkbook) workbook = NULL;
  const VsSheet *sheet;
  const char *names[] = { "Cover", "Contents", "Notes", "Inspections_as_at_31_March",
                          "In-year_inspections", "ILACS_inspection_history" };
  const guint rows[] = { 25, 6, 18, 156, 115, 274 };

  workbook = vs_reader_read_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (workbook->format, ==, "ods");
  g_assert_cmpuint (workbook->sheets->len, ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      sheet = g_ptr_array_index (workbook->sheets, i);
      g_assert_cmpstr (vs_sheet_get_name (sheet), ==, names[i]);
      g_assert_cmpuint (vs_sheet_get_n_rows (sheet), ==, rows[i]);
    }

  sheet = sheet_named (workbook, "Cover");
  assert_string (sheet, "A1", "Local authority inspection outcomes as at 31 March 2025");
  assert_string (sheet, "B3", "Local Authority Inspection Outcomes");
  assert_string (sheet, "A25", "Link to the policy team email at the national archives "
                               "(opens in new window)");

  sheet = sheet_named (workbook, "Inspections_as_at_31_March");
  assert_string (sheet, "C3", "Local authority name");
  assert_string (sheet, "A4", "Ofsted Local Authority Webpage");
  assert_string (sheet, "B4", "E09000002");
  assert_string (sheet, "C4", "Barking and Dagenham");
  assert_date (sheet, "E4", 2023, 7, 10);
  assert_date (sheet, "F4", 2023, 9, 4);
  assert_string (sheet, "K4", "Good");
  g_assert_cmpuint (vs_sheet_get_n_cols (sheet, 3), ==, 11);
  assert_string (sheet, "C101", "Portsmouth");
  assert_date (sheet, "E101", 2023, 5, 15);
  assert_string (sheet, "C156", "York");
  assert_date (sheet, "F156", 2025, 4, 15);
  assert_string (sheet, "K156", "Outstanding");

  sheet = sheet_named (workbook, "ILACS_inspection_history");
  assert_string (sheet, "D274", "Current");
  assert_string (sheet, "H274", "ILACS Standard Inspection");
  assert_date (sheet, "F274", 2025, 2, 24);
}

/* The same real workbooks from memory, as the fuzzers read them. */
static void
test_from_bytes (void)
{
  g_autofree char *path = public_file ("Annex_A.xlsx");
  g_autofree char *contents = NULL;
  gsize len = 0;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VsWorkbook) workbook = NULL;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  bytes = g_bytes_new_take (g_steal_pointer (&contents), len);
  workbook = vs_reader_read_bytes (bytes, "Annex_A.xlsx", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (workbook->sheets->len, ==, 11);
  assert_date (sheet_named (workbook, "List 1"), "D2", 2015, 1, 25);
}

/* An Excel 97-2003 file written by xlwt (read-fixtures/make-xls.py). FreeXL gives dates
 * for date formats, but no other formats: the percentages come as plain numbers. */
static void
test_xls (void)
{
  g_autofree char *path = g_build_filename (VS_TEST_SRCDIR, "import", "read-fixtures",
                                            "vital-signs.xls", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsWorkbook) workbook = vs_reader_read_file (path, &error);
  const VsSheet *sheet;

  g_assert_no_error (error);
  g_assert_cmpstr (workbook->format, ==, "xls");
  g_assert_cmpuint (workbook->sheets->len, ==, 2);
  sheet = sheet_named (workbook, "Vital Signs");
  assert_string (sheet, "A1", "Ref");
  assert_date (sheet, "C1", 2016, 11, 1);
  assert_date (sheet, "D1", 2016, 12, 1);
  assert_string (sheet, "B2", "Stability of placements – moves");
  assert_number (sheet, "C2", 0.18);
  assert_number (sheet, "D2", 0.117);
  assert_number (sheet, "C3", 1053);
  assert_number (sheet, "D3", 1060.5);
  assert_number (sheet, "A4", 1);
  assert_string (sheet_named (workbook, "Notes"), "B5", "Breckland");
}

/* The same workbook with its Workbook stream in the compound file's mini stream (under
 * 4,096 bytes, read-fixtures/make-mini-xls.py): the check of what it claims follows the
 * mini FAT, and every cell reads as in the original. */
static void
test_xls_mini_stream (void)
{
  g_autofree char *path = g_build_filename (VS_TEST_SRCDIR, "import", "read-fixtures",
                                            "vital-signs.xls", NULL);
  g_autofree char *mini_path = g_build_filename (VS_TEST_SRCDIR, "import", "read-fixtures",
                                                 "vital-signs-mini.xls", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsWorkbook) workbook = vs_reader_read_file (path, &error);
  g_autoptr(VsWorkbook) mini = vs_reader_read_file (mini_path, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (mini->sheets->len, ==, workbook->sheets->len);
  for (guint s = 0; s < workbook->sheets->len; s++)
    {
      const VsSheet *a = g_ptr_array_index (workbook->sheets, s);
      const VsSheet *b = g_ptr_array_index (mini->sheets, s);

      g_assert_cmpstr (vs_sheet_get_name (a), ==, vs_sheet_get_name (b));
      g_assert_cmpuint (vs_sheet_get_n_rows (a), ==, vs_sheet_get_n_rows (b));
      for (guint r = 0; r < vs_sheet_get_n_rows (a); r++)
        {
          g_assert_cmpuint (vs_sheet_get_n_cols (a, r), ==, vs_sheet_get_n_cols (b, r));
          for (guint c = 0; c < vs_sheet_get_n_cols (a, r); c++)
            {
              const VsCell *x = vs_sheet_get_cell (a, r, c), *y = vs_sheet_get_cell (b, r, c);

              g_assert_cmpint (x->kind, ==, y->kind);
              g_assert_cmpfloat (x->number, ==, y->number);
              g_assert_cmpstr (x->text, ==, y->text);
            }
        }
    }
  assert_string (sheet_named (mini, "Vital Signs"), "B2", "Stability of placements – moves");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/read/real/annex-a-xlsx", test_annex_a);
  g_test_add_func ("/read/real/ofsted-ods", test_ofsted_ods);
  g_test_add_func ("/read/real/from-bytes", test_from_bytes);
  g_test_add_func ("/read/real/xls", test_xls);
  g_test_add_func ("/read/real/xls-mini-stream", test_xls_mini_stream);

  return g_test_run ();
}
