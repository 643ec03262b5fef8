/* test-read-xlsx.c: the XLSX reader, on workbooks written here and by libxlsxwriter
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>
#include <xlsxwriter.h>

#include "test-read-writer.h"
#include "vs-read-private.h"
#include "vs-read-xlsx.h"
#include "vs-reader.h"

static VsWorkbook *
read_bytes (GBytes     *bytes,
            const char *name,
            GError    **error)
{
  return vs_reader_read_bytes (bytes, name, error);
}

static const VsSheet *
sheet_at (VsWorkbook *workbook,
          guint       i)
{
  g_assert_nonnull (workbook);
  g_assert_cmpuint (workbook->sheets->len, >, i);
  return g_ptr_array_index (workbook->sheets, i);
}

static const VsCell *
cell_at (const VsSheet *sheet,
         const char    *ref)
{
  guint row, col;

  g_assert_true (vs_xlsx_parse_ref (ref, &row, &col));
  return vs_sheet_get_cell (sheet, row, col);
}

static void
assert_string (const VsSheet *sheet,
               const char    *ref,
               const char    *expected)
{
  const VsCell *cell = cell_at (sheet, ref);

  g_test_message ("%s", ref);
  g_assert_cmpint (cell->kind, ==, VS_CELL_STRING);
  g_assert_cmpstr (cell->text, ==, expected);
}

static void
assert_number (const VsSheet *sheet,
               const char    *ref,
               double         expected,
               VsCellFormat   format)
{
  const VsCell *cell = cell_at (sheet, ref);

  g_test_message ("%s", ref);
  g_assert_cmpint (cell->kind, ==, VS_CELL_NUMBER);
  g_assert_cmpfloat (cell->number, ==, expected);
  g_assert_cmpint (cell->format, ==, format);
}

static guint32
julian (int y, int m, int d)
{
  g_autoptr(GDate) date = g_date_new_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y);

  return g_date_get_julian (date);
}

static void
assert_date (const VsSheet *sheet,
             const char    *ref,
             int            y,
             int            m,
             int            d)
{
  const VsCell *cell = cell_at (sheet, ref);

  g_test_message ("%s", ref);
  g_assert_cmpint (cell->kind, ==, VS_CELL_DATE);
  g_assert_cmpfloat (cell->number, ==, julian (y, m, d));
}

static void
assert_refused (GBytes     *bytes,
                const char *name,
                VsReadError code,
                const char *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsWorkbook) workbook = vs_reader_read_bytes (bytes, name, &error);

  g_assert_null (workbook);
  g_assert_error (error, VS_READ_ERROR, (int) code);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, name));
  if (fragment != NULL && strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, fragment);
}

#define STYLES \
  "<numFmts count=\"5\"><numFmt numFmtId=\"164\" formatCode=\"mmm\\-yy\"/>" \
  "<numFmt numFmtId=\"165\" formatCode=\"0.0%\"/>" \
  "<numFmt numFmtId=\"166\" formatCode=\"#,##0.0\"/>" \
  "<numFmt numFmtId=\"167\" formatCode=\"[$-809]dd\\ mmmm\\ yyyy;@\"/>" \
  "<numFmt numFmtId=\"168\" formatCode=\"&quot;Day &quot;0\"/></numFmts>" \
  "<cellStyleXfs count=\"1\"><xf numFmtId=\"9\"/></cellStyleXfs>" \
  "<cellXfs count=\"9\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/>" \
  "<xf numFmtId=\"164\"/><xf numFmtId=\"9\"/><xf numFmtId=\"165\"/><xf numFmtId=\"166\"/>" \
  "<xf numFmtId=\"22\"/><xf numFmtId=\"167\"><alignment horizontal=\"left\"/></xf>" \
  "<xf numFmtId=\"168\"/></cellXfs>"

#define STRINGS \
  "<si><t>Ref</t></si>" \
  "<si><r><t>Indi</t></r><r><rPr><b/></rPr><t>cator</t></r></si>" \
  "<si><t>NI 62</t></si>" \
  "<si><t>Line1_x000D_\nLine2</t></si>" \
  "<si><r><t>東京</t></r><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh>" \
  "<phoneticPr fontId=\"1\"/></si>" \
  "<si><t>_x005F_x0041_</t></si>" \
  "<si><t xml:space=\"preserve\">  spaced  </t></si>"

static const char sheet1[] =
  "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
  "<c r=\"C1\" s=\"1\"><v>42675</v></c><c r=\"D1\" s=\"2\"><v>42705</v></c>"
  "<c r=\"E1\" t=\"inlineStr\"><is><t>Target</t></is></c></row>"
  "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c>"
  "<c r=\"B2\" t=\"inlineStr\"><is><r><rPr><b/></rPr><t>Stability </t></r>"
  "<r><t xml:space=\"preserve\">of placements</t></r></is></c>"
  "<c r=\"C2\" s=\"3\"><v>0.657</v></c><c r=\"D2\" s=\"4\"><v>0.18</v></c>"
  "<c r=\"E2\" s=\"5\"><v>65.7</v></c><c r=\"F2\" t=\"b\"><v>1</v></c>"
  "<c r=\"G2\" t=\"e\"><v>#N/A</v></c>"
  "<c r=\"H2\" t=\"str\"><f>A1&amp;B1</f><v>RefIndicator</v></c>"
  "<c r=\"I2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c></row>"
  /* No r= on this row or its cells: row 3, columns A, B, C, D. */
  "<row><c t=\"s\"><v>3</v></c><c><v>1053</v></c><c s=\"1\"/>"
  "<c xmlns:r=\"urn:x\" xmlns:t=\"urn:y\"><v>-2.5E-3</v></c></row>"
  "<row r=\"6\"><c r=\"B6\" t=\"s\"><v>4</v></c><c t=\"s\"><v>5</v></c><c t=\"s\"><v>6</v></c>"
  "<c r=\"F6\" t=\"b\"><v>0</v></c></row>"
  "<row r=\"7\"><c r=\"A7\" t=\"d\"><v>2017-04-30T00:00:00</v></c>"
  "<c r=\"B7\" s=\"6\"><v>42675.5</v></c><c r=\"C7\" s=\"7\"><v>43220</v></c>"
  "<c r=\"D7\" s=\"8\"><v>3</v></c><c r=\"E7\" s=\"99\"><v>4</v></c>"
  "<c r=\"F7\" s=\"1\"><v>-5</v></c><c r=\"G7\" t=\"str\"><v></v></c></row>";

static void
test_cells (void)
{
  VsTestSheet sheets[] = {
    { "Vital signs", sheet1, NULL },
    { "Workings", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>",
      "hidden" },
    { "Empty", "", NULL },
  };
  g_autoptr(GBytes) bytes = vs_test_xlsx (STRINGS, STYLES, FALSE, sheets, 3);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsWorkbook) workbook = read_bytes (bytes, "Dashboard Nov 16.xlsx", &error);
  const VsSheet *sheet;

  g_assert_no_error (error);
  g_assert_cmpstr (workbook->format, ==, "xlsx");
  g_assert_cmpuint (workbook->sheets->len, ==, 3);
  sheet = sheet_at (workbook, 0);
  g_assert_cmpstr (vs_sheet_get_name (sheet), ==, "Vital signs");
  g_assert_false (vs_sheet_get_hidden (sheet));
  g_assert_cmpuint (vs_sheet_get_n_rows (sheet), ==, 7);

  assert_string (sheet, "A1", "Ref");
  assert_string (sheet, "B1", "Indicator");
  assert_date (sheet, "C1", 2016, 11, 1);
  assert_date (sheet, "D1", 2016, 12, 1);
  assert_string (sheet, "E1", "Target");
  assert_string (sheet, "A2", "NI 62");
  assert_string (sheet, "B2", "Stability of placements");
  assert_number (sheet, "C2", 0.657, VS_CELL_FORMAT_PERCENT);
  assert_number (sheet, "D2", 0.18, VS_CELL_FORMAT_PERCENT);
  assert_number (sheet, "E2", 65.7, VS_CELL_FORMAT_GENERAL);
  g_assert_cmpint (cell_at (sheet, "F2")->kind, ==, VS_CELL_BOOLEAN);
  g_assert_cmpfloat (cell_at (sheet, "F2")->number, ==, 1.0);
  g_assert_cmpint (cell_at (sheet, "G2")->kind, ==, VS_CELL_ERROR);
  g_assert_cmpstr (cell_at (sheet, "G2")->text, ==, "#N/A");
  assert_string (sheet, "H2", "RefIndicator");
  g_assert_cmpstr (cell_at (sheet, "I2")->text, ==, "#DIV/0!");

  assert_string (sheet, "A3", "Line1\r\nLine2");
  assert_number (sheet, "B3", 1053, VS_CELL_FORMAT_GENERAL);
  g_assert_cmpint (cell_at (sheet, "C3")->kind, ==, VS_CELL_EMPTY);
  assert_number (sheet, "D3", -0.0025, VS_CELL_FORMAT_GENERAL);
  g_assert_cmpuint (vs_sheet_get_n_cols (sheet, 3), ==, 0);

  /* Phonetic runs are not part of the text. */
  assert_string (sheet, "B6", "東京");
  assert_string (sheet, "C6", "_x0041_");
  assert_string (sheet, "D6", "  spaced  ");
  g_assert_cmpfloat (cell_at (sheet, "F6")->number, ==, 0.0);

  assert_date (sheet, "A7", 2017, 4, 30);
  assert_date (sheet, "B7", 2016, 11, 1);
  assert_date (sheet, "C7", 2018, 4, 30);
  assert_number (sheet, "D7", 3, VS_CELL_FORMAT_GENERAL);
  /* A style index beyond cellXfs is taken as General rather than refused. */
  assert_number (sheet, "E7", 4, VS_CELL_FORMAT_GENERAL);
  /* A date format on a number no calendar holds leaves the number. */
  assert_number (sheet, "F7", -5, VS_CELL_FORMAT_GENERAL);
  g_assert_cmpint (cell_at (sheet, "G7")->kind, ==, VS_CELL_EMPTY);

  sheet = sheet_at (workbook, 1);
  g_assert_cmpstr (vs_sheet_get_name (sheet), ==, "Workings");
  g_assert_true (vs_sheet_get_hidden (sheet));
  assert_string (sheet, "A1", "x");
  g_assert_cmpuint (vs_sheet_get_n_rows (sheet_at (workbook, 2)), ==, 0);
}

static void
test_date1904 (void)
{
  VsTestSheet sheets[] = {
    { "Mac", "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>41213</v></c><c r=\"B1\"><v>41213</v></c>"
             "</row>", NULL },
  };
  g_autoptr(GBytes) bytes = vs_test_xlsx (NULL, STYLES, TRUE, sheets, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsWorkbook) workbook = read_bytes (bytes, "mac.xlsx", &error);

  g_assert_no_error (error);
  assert_date (sheet_at (workbook, 0), "A1", 2016, 11, 1);
  assert_number (sheet_at (workbook, 0), "B1", 41213, VS_CELL_FORMAT_GENERAL);
}

static void
test_formats (void)
{
  const struct { guint id; const char *code; VsCellFormat format; } cases[] = {
    { 0, NULL, VS_CELL_FORMAT_GENERAL },
    { 9, NULL, VS_CELL_FORMAT_PERCENT },
    { 10, NULL, VS_CELL_FORMAT_PERCENT },
    { 14, NULL, VS_CELL_FORMAT_DATE },
    { 17, NULL, VS_CELL_FORMAT_DATE },
    { 22, NULL, VS_CELL_FORMAT_DATE },
    { 46, NULL, VS_CELL_FORMAT_DATE },
    { 3, NULL, VS_CELL_FORMAT_GENERAL },
    { 49, NULL, VS_CELL_FORMAT_GENERAL },
    { 164, "General", VS_CELL_FORMAT_GENERAL },
    { 164, "0.0%", VS_CELL_FORMAT_PERCENT },
    { 164, "[Red]-0%;0%", VS_CELL_FORMAT_PERCENT },
    { 164, "mmm-yy", VS_CELL_FORMAT_DATE },
    { 164, "[$-809]dd mmmm yyyy;@", VS_CELL_FORMAT_DATE },
    { 164, "yyyy\\-mm\\-dd", VS_CELL_FORMAT_DATE },
    { 164, "[h]:mm:ss", VS_CELL_FORMAT_DATE },
    { 164, "h:mm AM/PM", VS_CELL_FORMAT_DATE },
    { 164, "#,##0.00", VS_CELL_FORMAT_GENERAL },
    { 164, "0.00E+00", VS_CELL_FORMAT_GENERAL },
    { 164, "\"Days: \"0", VS_CELL_FORMAT_GENERAL },
    { 164, "[$£-809]#,##0.00", VS_CELL_FORMAT_GENERAL },
    { 164, "_-* #,##0_-;\\-* #,##0_-;_-* \"-\"_-;_-@_-", VS_CELL_FORMAT_GENERAL },
    { 164, "0\\%", VS_CELL_FORMAT_GENERAL },
    { 164, "@", VS_CELL_FORMAT_GENERAL },
    { 14, "0.0", VS_CELL_FORMAT_GENERAL },  /* a file may redefine a built-in id */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%u %s", cases[i].id, cases[i].code);
      g_assert_cmpint (vs_xlsx_classify_format (cases[i].id, cases[i].code), ==,
                       cases[i].format);
    }
}

static void
test_unescape (void)
{
  const char *cases[][2] = {
    { "plain", "plain" },
    { "a_x000D_b", "a\rb" },
    { "_x0009_tab", "\ttab" },
    { "_x005F_x000D_", "_x000D_" },
    { "_x20AC_5", "€5" },
    { "_x0000_", "_x0000_" },
    { "_xD800_", "_xD800_" },
    { "_x12_", "_x12_" },
    { "end_x", "end_x" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) s = g_string_new (cases[i][0]);

      vs_xlsx_unescape (s);
      g_assert_cmpstr (s->str, ==, cases[i][1]);
    }
}

/* Part names come from the relationships, not from where Excel puts them; OPC names are
 * case-insensitive; targets may be absolute. */
static void
test_relationships (void)
{
  VsTestZip *zip = vs_test_zip_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VsWorkbook) workbook = NULL;

  vs_test_zip_add (zip, "_rels/.rels",
                   "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                   "relationships\"><Relationship Id=\"a\" Type=\"http://schemas."
                   "openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
                   "Target=\"docProps/core.xml\"/><Relationship Id=\"b\" Type=\"http://"
                   "purl.oclc.org/ooxml/officeDocument/relationships/officeDocument\" "
                   "Target=\"/Book/Main.XML\"/></Relationships>", -1);
  vs_test_zip_add (zip, "book/main.xml",
                   "<x:workbook xmlns:x=\"http://purl.oclc.org/ooxml/spreadsheetml/main\" "
                   "xmlns:rel=\"http://purl.oclc.org/ooxml/officeDocument/relationships\">"
                   "<x:sheets><x:sheet name=\"Data &amp; notes\" sheetId=\"7\" rel:id=\"s\"/>"
                   "<x:sheet name=\"Chart\" sheetId=\"8\" rel:id=\"c\"/></x:sheets>"
                   "</x:workbook>", -1);
  vs_test_zip_add (zip, "book/_rels/main.xml.rels",
                   "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                   "relationships\"><Relationship Id=\"s\" Type=\"http://purl.oclc.org/ooxml/"
                   "officeDocument/relationships/worksheet\" Target=\"../data/one%20sheet.xml\"/>"
                   "<Relationship Id=\"c\" Type=\"http://purl.oclc.org/ooxml/officeDocument/"
                   "relationships/chartsheet\" Target=\"charts/c.xml\"/>"
                   "<Relationship Id=\"t\" Type=\"http://purl.oclc.org/ooxml/officeDocument/"
                   "relationships/sharedStrings\" Target=\"./text.xml\"/>"
                   "<Relationship Id=\"h\" Type=\"http://purl.oclc.org/ooxml/officeDocument/"
                   "relationships/hyperlink\" Target=\"http://example.org/\" "
                   "TargetMode=\"External\"/></Relationships>", -1);
  vs_test_zip_add (zip, "book/text.xml",
                   "<sst xmlns=\"http://purl.oclc.org/ooxml/spreadsheetml/main\"><si><t>Breckland"
                   "</t></si></sst>", -1);
  vs_test_zip_add (zip, "data/one sheet.xml",
                   "<worksheet xmlns=\"http://purl.oclc.org/ooxml/spreadsheetml/main\">"
                   "<sheetData><row r=\"2\"><c r=\"C2\" t=\"s\"><v>0</v></c></row></sheetData>"
                   "</worksheet>", -1);
  bytes = vs_test_zip_finish (zip);

  workbook = read_bytes (bytes, "strict.xlsx", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (workbook->sheets->len, ==, 1);
  g_assert_cmpstr (vs_sheet_get_name (sheet_at (workbook, 0)), ==, "Data & notes");
  assert_string (sheet_at (workbook, 0), "C2", "Breckland");
}

static GBytes *
package_with_workbook (const char *workbook_xml,
                       const char *sheet_xml)
{
  VsTestZip *zip = vs_test_zip_new ();

  vs_test_zip_add (zip, "_rels/.rels",
                   "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                   "relationships\"><Relationship Id=\"r\" Type=\"http://schemas.openxmlformats"
                   ".org/officeDocument/2006/relationships/officeDocument\" "
                   "Target=\"xl/workbook.xml\"/></Relationships>", -1);
  vs_test_zip_add (zip, "xl/workbook.xml", workbook_xml, -1);
  vs_test_zip_add (zip, "xl/_rels/workbook.xml.rels",
                   "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                   "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                   "openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                   "Target=\"worksheets/sheet1.xml\"/></Relationships>", -1);
  if (sheet_xml != NULL)
    vs_test_zip_add (zip, "xl/worksheets/sheet1.xml", sheet_xml, -1);
  return vs_test_zip_finish (zip);
}

#define WORKBOOK_1 \
  "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" " \
  "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" \
  "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"

static GBytes *
one_sheet (const char *data)
{
  VsTestSheet sheets[] = { { "Data", data, NULL } };

  return vs_test_xlsx ("<si><t>only</t></si>", NULL, FALSE, sheets, 1);
}

static void
test_refused (void)
{
  g_autoptr(GBytes) docx = package_with_workbook (
    "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>",
    NULL);
  g_autoptr(GBytes) missing_sheet = package_with_workbook (WORKBOOK_1, NULL);
  g_autoptr(GBytes) bad_index = one_sheet ("<row r=\"1\"><c r=\"B1\" t=\"s\"><v>1</v></c></row>");
  g_autoptr(GBytes) bad_number = one_sheet ("<row r=\"4\"><c r=\"C4\"><v>1,053</v></c></row>");
  g_autoptr(GBytes) bad_ref = one_sheet ("<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>");
  g_autoptr(GBytes) bad_bool = one_sheet ("<row r=\"1\"><c r=\"A1\" t=\"b\"><v>yes</v></c></row>");
  g_autoptr(GBytes) bad_type = one_sheet ("<row r=\"1\"><c r=\"A1\" t=\"q\"><v>1</v></c></row>");
  g_autoptr(GBytes) unclosed = one_sheet ("<row r=\"1\"><c r=\"A1\"><v>1</v></row>");
  VsTestZip *zip = vs_test_zip_new ();
  g_autoptr(GBytes) no_rels = NULL;
  g_autoptr(GBytes) odt = NULL;

  vs_test_zip_add (zip, "readme.txt", "hello", -1);
  no_rels = vs_test_zip_finish (zip);
  zip = vs_test_zip_new ();
  vs_test_zip_add (zip, "mimetype", "application/vnd.oasis.opendocument.text", -1);
  vs_test_zip_add (zip, "content.xml", "<x/>", -1);
  odt = vs_test_zip_finish (zip);

  assert_refused (docx, "letter.xlsx", VS_READ_ERROR_FORMAT, "not a workbook");
  assert_refused (missing_sheet, "gap.xlsx", VS_READ_ERROR_CORRUPT, "xl/worksheets/sheet1.xml");
  assert_refused (bad_index, "index.xlsx", VS_READ_ERROR_CORRUPT, "cell B1");
  assert_refused (bad_number, "number.xlsx", VS_READ_ERROR_CORRUPT, "sheet “Data”, cell C4");
  assert_refused (bad_ref, "ref.xlsx", VS_READ_ERROR_CORRUPT, "“1A”");
  assert_refused (bad_bool, "bool.xlsx", VS_READ_ERROR_CORRUPT, "cell A1");
  assert_refused (bad_type, "type.xlsx", VS_READ_ERROR_CORRUPT, "cell A1");
  assert_refused (unclosed, "unclosed.xlsx", VS_READ_ERROR_CORRUPT, "line 2");
  assert_refused (no_rels, "archive.xlsx", VS_READ_ERROR_FORMAT, "not a spreadsheet");
  assert_refused (odt, "letter.ods", VS_READ_ERROR_FORMAT, "opendocument.text");
}

/* strtod reads hex, "inf" and "nan": a stored <v> never holds them, and 0x10 read as 16
 * would be a figure nobody wrote. Spaces around a number are harmless. */
static void
test_number_shapes (void)
{
  const char *refused[] = { "0x10", "0X1p4", "inf", "-infinity", "nan", "NaN", "1e", ".",
                            "1e400", "+" };
  g_autoptr(GBytes) spaced = one_sheet ("<row r=\"2\"><c r=\"B2\"><v> 1300</v></c>"
                                        "<c r=\"C2\"><v>-.5e1 </v></c></row>");
  g_autoptr(GError) error = NULL;
  g_autoptr(VsWorkbook) workbook = read_bytes (spaced, "spaced.xlsx", &error);

  g_assert_no_error (error);
  assert_number (sheet_at (workbook, 0), "B2", 1300, VS_CELL_FORMAT_GENERAL);
  assert_number (sheet_at (workbook, 0), "C2", -5, VS_CELL_FORMAT_GENERAL);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *data = g_strdup_printf ("<row r=\"3\"><c r=\"D3\"><v>%s</v></c></row>",
                                               refused[i]);
      g_autoptr(GBytes) bytes = one_sheet (data);
      g_autofree char *fragment = g_strdup_printf ("sheet “Data”, cell D3: “%s” should be a "
                                                   "number", refused[i]);

      assert_refused (bytes, "hex.xlsx", VS_READ_ERROR_CORRUPT, fragment);
    }
}

/* A workbook as a real program writes it: libxlsxwriter, in both its modes (shared
 * strings, and inline strings in constant-memory mode). */
static void
write_with_libxlsxwriter (const char *path,
                          gboolean    constant_memory)
{
  lxw_workbook_options options = { .constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE };
  lxw_workbook *wb = workbook_new_opt (path, &options);
  lxw_worksheet *cover = workbook_add_worksheet (wb, "Cover");
  lxw_worksheet *ws = workbook_add_worksheet (wb, "Vital Signs");
  lxw_format *month = workbook_add_format (wb);
  lxw_format *pct = workbook_add_format (wb);
  lxw_format *bold = workbook_add_format (wb);
  lxw_datetime nov = { 2016, 11, 1, 0, 0, 0 };
  lxw_datetime dec = { 2016, 12, 1, 0, 0, 0 };
  lxw_rich_string_tuple part1 = { bold, "Stability " };
  lxw_rich_string_tuple part2 = { NULL, "of placements" };
  lxw_rich_string_tuple *rich[] = { &part1, &part2, NULL };

  format_set_num_format (month, "mmm-yy");
  format_set_num_format (pct, "0.0%");
  format_set_bold (bold);
  worksheet_write_string (cover, 0, 0, "Children's services vital signs", bold);
  worksheet_write_string (ws, 2, 0, "Ref", bold);
  worksheet_write_string (ws, 2, 1, "Indicator", bold);
  worksheet_write_datetime (ws, 2, 2, &nov, month);
  worksheet_write_datetime (ws, 2, 3, &dec, month);
  worksheet_write_string (ws, 3, 0, "NI 62", NULL);
  worksheet_write_rich_string (ws, 3, 1, rich, NULL);
  worksheet_write_number (ws, 3, 2, 0.18, pct);
  worksheet_write_number (ws, 3, 3, 0.117, pct);
  worksheet_write_string (ws, 4, 0, "LAC 1", NULL);
  worksheet_write_string (ws, 4, 1, "Number of looked after children", NULL);
  worksheet_write_number (ws, 4, 2, 1053, NULL);
  worksheet_write_formula_num (ws, 4, 3, "=C5+12", NULL, 1065);
  worksheet_write_boolean (ws, 5, 0, 1, NULL);
  worksheet_write_formula_str (ws, 5, 1, "=\"a\"&\"b\"", NULL, "ab");
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
}

static void
test_libxlsxwriter (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vs-read-xlsx-XXXXXX", NULL);

  for (guint mode = 0; mode < 2; mode++)
    {
      g_autofree char *path = g_build_filename (dir, mode ? "inline.xlsx" : "shared.xlsx",
                                                NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(VsWorkbook) workbook = NULL;
      const VsSheet *sheet;

      write_with_libxlsxwriter (path, mode == 1);
      workbook = vs_reader_read_file (path, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (workbook->sheets->len, ==, 2);
      assert_string (sheet_at (workbook, 0), "A1", "Children's services vital signs");
      sheet = sheet_at (workbook, 1);
      g_assert_cmpstr (vs_sheet_get_name (sheet), ==, "Vital Signs");
      assert_string (sheet, "A3", "Ref");
      assert_date (sheet, "C3", 2016, 11, 1);
      assert_date (sheet, "D3", 2016, 12, 1);
      assert_string (sheet, "B4", "Stability of placements");
      assert_number (sheet, "C4", 0.18, VS_CELL_FORMAT_PERCENT);
      assert_number (sheet, "D4", 0.117, VS_CELL_FORMAT_PERCENT);
      assert_number (sheet, "C5", 1053, VS_CELL_FORMAT_GENERAL);
      assert_number (sheet, "D5", 1065, VS_CELL_FORMAT_GENERAL);
      g_assert_cmpint (cell_at (sheet, "A6")->kind, ==, VS_CELL_BOOLEAN);
      assert_string (sheet, "B6", "ab");
      g_unlink (path);
    }
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/read/xlsx/cells", test_cells);
  g_test_add_func ("/read/xlsx/date1904", test_date1904);
  g_test_add_func ("/read/xlsx/formats", test_formats);
  g_test_add_func ("/read/xlsx/unescape", test_unescape);
  g_test_add_func ("/read/xlsx/relationships", test_relationships);
  g_test_add_func ("/read/xlsx/refused", test_refused);
  g_test_add_func ("/read/xlsx/number-shapes", test_number_shapes);
  g_test_add_func ("/read/xlsx/libxlsxwriter", test_libxlsxwriter);

  return g_test_run ();
}
