/* test-read-hostile.c: files built to hurt the readers, refused with the right error
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every file is made here. Each refusal must come with VS_READ_ERROR, the expected code,
 * and a message that starts with the file's name. Memory and time stay bounded by
 * construction (caps checked while reading); no test here times anything.
 */
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "test-read-writer.h"
#include "vs-read-private.h"
#include "vs-reader.h"

#define XML_DECL "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
#define MAIN_NS "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define SHEET_HEAD XML_DECL "<worksheet xmlns=\"" MAIN_NS "\"><sheetData>"
#define SHEET_TAIL "</sheetData></worksheet>"
#define SST_HEAD XML_DECL "<sst xmlns=\"" MAIN_NS "\">"

static void
assert_refused_with (GBytes             *bytes,
                     const char         *name,
                     const VsReadLimits *limits,
                     VsReadError         code,
                     const char         *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsWorkbook) workbook = vs_reader_read_bytes_with_limits (bytes, name, limits,
                                                                     &error);
  g_autofree char *prefix = g_strconcat (name, ": ", NULL);

  g_assert_null (workbook);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_error (error, VS_READ_ERROR, (int) code);
  g_assert_true (g_str_has_prefix (error->message, prefix));
  if (fragment != NULL && strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, fragment);
}

static void
assert_refused (GBytes      *bytes,
                const char  *name,
                VsReadError  code,
                const char  *fragment)
{
  assert_refused_with (bytes, name, NULL, code, fragment);
}

/* An XLSX with one sheet, "Data", whose part (and shared strings, if @with_strings) the
 * caller adds to the returned zip. */
static VsTestZip *
xlsx_begin (gboolean with_strings)
{
  VsTestSheet sheets[] = { { "Data", VS_TEST_LATER, NULL } };

  return vs_test_xlsx_begin (with_strings ? VS_TEST_LATER : NULL, NULL, FALSE, sheets, 1);
}

static GBytes *
xlsx_with (const char *sheet_xml,
           const char *strings_xml)
{
  VsTestZip *zip = xlsx_begin (strings_xml != NULL);

  vs_test_zip_add (zip, "xl/worksheets/sheet1.xml", sheet_xml, -1);
  if (strings_xml != NULL)
    vs_test_zip_add (zip, "xl/sharedStrings.xml", strings_xml, -1);
  return vs_test_zip_finish (zip);
}

/* A sheet part that inflates to 300 MB, beyond the 256 MB cap, from 300 KB. With its
 * true size declared it is refused before a byte is inflated; declaring a small size
 * instead does not get it read further than that. */
static void
test_zip_bomb (void)
{
  VsTestZipOptions lie = { .declared_size = 4096 };
  guint64 rows = 300u * 1024 * 1024 / 8;
  VsTestZip *zip = xlsx_begin (FALSE);
  g_autoptr(GBytes) honest = NULL;
  g_autoptr(GBytes) lying = NULL;

  vs_test_zip_add_repeated (zip, "xl/worksheets/sheet1.xml", SHEET_HEAD, "<row/>  ", rows,
                            SHEET_TAIL, NULL);
  honest = vs_test_zip_finish (zip);
  g_assert_cmpuint (g_bytes_get_size (honest), <, 2 * 1024 * 1024);
  assert_refused (honest, "bomb.xlsx", VS_READ_ERROR_HOSTILE, "zip bomb");

  zip = xlsx_begin (FALSE);
  vs_test_zip_add_repeated (zip, "xl/worksheets/sheet1.xml", SHEET_HEAD, "<row/>  ", rows,
                            SHEET_TAIL, &lie);
  lying = vs_test_zip_finish (zip);
  assert_refused (lying, "liar.xlsx", VS_READ_ERROR_CORRUPT, "xl/worksheets/sheet1.xml");
}

/* The caps are counted as bytes are inflated, per part and across parts: with small caps
 * (so that the test stays small), parts within the per-part cap but beyond the total, and
 * one sheet part listed many times over, are refused. */
static void
test_caps_counted (void)
{
  VsReadLimits limits;
  VsTestSheet many[12];
  VsTestZip *zip;
  g_autoptr(GBytes) two = NULL;
  g_autoptr(GBytes) repeated = NULL;
  g_autoptr(GString) workbook = g_string_new ("<workbook xmlns=\"" MAIN_NS "\" xmlns:r=\""
                                              "http://schemas.openxmlformats.org/"
                                              "officeDocument/2006/relationships\"><sheets>");

  vs_read_limits_init_default (&limits);
  limits.max_part_bytes = 600 * 1024;
  limits.max_total_bytes = 1024 * 1024;

  for (guint i = 0; i < G_N_ELEMENTS (many); i++)
    many[i] = (VsTestSheet) { "S", VS_TEST_LATER, NULL };
  zip = vs_test_xlsx_begin (NULL, NULL, FALSE, many, 2);
  for (guint i = 1; i <= 2; i++)
    {
      g_autofree char *part = g_strdup_printf ("xl/worksheets/sheet%u.xml", i);

      vs_test_zip_add_repeated (zip, part, SHEET_HEAD, "<row/>  ", 560 * 1024 / 8,
                                SHEET_TAIL, NULL);
    }
  two = vs_test_zip_finish (zip);
  assert_refused_with (two, "two.xlsx", &limits, VS_READ_ERROR_HOSTILE, "together");

  /* Twelve sheets, one part: the rels of vs_test_xlsx_begin() name sheetN.xml, so point
   * them all at one 100 KB part by giving every sheet the same target. */
  zip = vs_test_zip_new ();
  vs_test_zip_add (zip, "_rels/.rels",
                   "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                   "relationships\"><Relationship Id=\"r\" Type=\"http://schemas."
                   "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                   "Target=\"xl/workbook.xml\"/></Relationships>", -1);
  for (guint i = 0; i < G_N_ELEMENTS (many); i++)
    g_string_append_printf (workbook, "<sheet name=\"S%u\" sheetId=\"%u\" r:id=\"one\"/>",
                            i, i + 1);
  g_string_append (workbook, "</sheets></workbook>");
  vs_test_zip_add (zip, "xl/workbook.xml", workbook->str, -1);
  vs_test_zip_add (zip, "xl/_rels/workbook.xml.rels",
                   "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                   "relationships\"><Relationship Id=\"one\" Type=\"http://schemas."
                   "openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                   "Target=\"one.xml\"/></Relationships>", -1);
  vs_test_zip_add_repeated (zip, "xl/one.xml", SHEET_HEAD, "<row/>  ", 100 * 1024 / 8,
                            SHEET_TAIL, NULL);
  repeated = vs_test_zip_finish (zip);
  assert_refused_with (repeated, "same.xlsx", &limits, VS_READ_ERROR_HOSTILE, "together");
}

/* An XLSX whose workbook names @n sheets, all pointing at one small part holding one cell. */
static GBytes *
xlsx_sheet_refs (guint n)
{
  VsTestZip *zip = vs_test_zip_new ();
  g_autoptr(GString) workbook = g_string_new ("<workbook xmlns=\"" MAIN_NS "\" xmlns:r=\""
                                              "http://schemas.openxmlformats.org/"
                                              "officeDocument/2006/relationships\"><sheets>");

  vs_test_zip_add (zip, "_rels/.rels",
                   "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                   "relationships\"><Relationship Id=\"r\" Type=\"http://schemas."
                   "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                   "Target=\"xl/workbook.xml\"/></Relationships>", -1);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (workbook, "<sheet name=\"S%u\" sheetId=\"%u\" r:id=\"one\"/>",
                            i + 1, i + 1);
  g_string_append (workbook, "</sheets></workbook>");
  vs_test_zip_add (zip, "xl/workbook.xml", workbook->str, -1);
  vs_test_zip_add (zip, "xl/_rels/workbook.xml.rels",
                   "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                   "relationships\"><Relationship Id=\"one\" Type=\"http://schemas."
                   "openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                   "Target=\"one.xml\"/></Relationships>", -1);
  vs_test_zip_add (zip, "xl/one.xml", SHEET_HEAD "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                   SHEET_TAIL, -1);
  return vs_test_zip_finish (zip);
}

/* The grid caps, at their real values, on small files: 1,024 sheets (an XLSX naming one
 * part a hundred thousand times took 624 MB), 1,048,576 rows as in the spreadsheet
 * programs (an ODS row repeated two million times took 780 MB), and a total of cells
 * that keeps the worst file's grid near 200 MB. */
static void
test_grid_caps (void)
{
  g_autoptr(GBytes) most_sheets = xlsx_sheet_refs (VS_READ_MAX_SHEETS);
  g_autoptr(GBytes) too_many_sheets = xlsx_sheet_refs (VS_READ_MAX_SHEETS + 1);
  g_autoptr(GString) tables = g_string_new (NULL);
  g_autoptr(GBytes) ods_sheets = NULL;
  g_autoptr(GBytes) ods_rows = NULL;
  g_autoptr(GBytes) xlsx_last_row = NULL;
  g_autoptr(GBytes) xlsx_beyond = NULL;
  g_autoptr(GBytes) ods_cells = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VsWorkbook) workbook = NULL;
  VsTestZip *zip;

  g_assert_cmpuint (VS_READ_MAX_ROWS, ==, 1048576);
  g_assert_cmpuint (VS_READ_MAX_SHEETS, ==, 1024);
  /* 24-byte cells, doubled by growth, under 256 MB */
  g_assert_cmpuint ((guint64) VS_READ_MAX_CELLS * 2 * sizeof (VsCell), <=, 256u * 1024 * 1024);

  workbook = vs_reader_read_bytes (most_sheets, "sheets.xlsx", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (workbook->sheets->len, ==, 1024);
  assert_refused (too_many_sheets, "sheets.xlsx", VS_READ_ERROR_TOO_LARGE,
                  "sheet “S1025”: the file has more than 1024 sheets");

  for (guint i = 0; i <= VS_READ_MAX_SHEETS; i++)
    g_string_append_printf (tables, "<table:table table:name=\"T%u\"/>", i + 1);
  ods_sheets = vs_test_ods (NULL, tables->str);
  assert_refused (ods_sheets, "sheets.ods", VS_READ_ERROR_TOO_LARGE,
                  "sheet “T1025”: the file has more than 1024 sheets");

  ods_rows = vs_test_ods (NULL,
    "<table:table table:name=\"Dash\"><table:table-row>"
    "<table:table-cell office:value-type=\"string\"><text:p>Ref</text:p></table:table-cell>"
    "</table:table-row><table:table-row table:number-rows-repeated=\"2000000\">"
    "<table:table-cell office:value-type=\"float\" office:value=\"1\"/>"
    "</table:table-row></table:table>");
  assert_refused (ods_rows, "rows.ods", VS_READ_ERROR_TOO_LARGE, "sheet “Dash”");

  zip = xlsx_begin (FALSE);
  vs_test_zip_add (zip, "xl/worksheets/sheet1.xml", SHEET_HEAD
                   "<row r=\"1048576\"><c r=\"A1048576\"><v>1</v></c></row>" SHEET_TAIL, -1);
  xlsx_last_row = vs_test_zip_finish (zip);
  g_clear_pointer (&workbook, vs_workbook_free);
  workbook = vs_reader_read_bytes (xlsx_last_row, "last.xlsx", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (vs_sheet_get_n_rows (g_ptr_array_index (workbook->sheets, 0)), ==, 1048576);

  zip = xlsx_begin (FALSE);
  vs_test_zip_add (zip, "xl/worksheets/sheet1.xml", SHEET_HEAD
                   "<row r=\"1048577\"><c r=\"A1048577\"><v>1</v></c></row>" SHEET_TAIL, -1);
  xlsx_beyond = vs_test_zip_finish (zip);
  assert_refused (xlsx_beyond, "beyond.xlsx", VS_READ_ERROR_TOO_LARGE, "sheet “Data”");

  /* 8 columns of 600,000 rows: within the rows, beyond the cells (a row counts as a slot) */
  ods_cells = vs_test_ods (NULL,
    "<table:table table:name=\"Wide\"><table:table-row table:number-rows-repeated=\"600000\">"
    "<table:table-cell office:value-type=\"float\" office:value=\"1\" "
    "table:number-columns-repeated=\"8\"/></table:table-row></table:table>");
  assert_refused (ods_cells, "cells.ods", VS_READ_ERROR_TOO_LARGE,
                  "sheet “Wide”, cell C349526: the file has more than 3145728 cells");
}

static void
test_billion_laughs (void)
{
  const char *laughs =
    XML_DECL
    "<!DOCTYPE sst [\n"
    " <!ENTITY lol \"lol\">\n"
    " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
    " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
    " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
    " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
    " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
    " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
    " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
    " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
    " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
    "]>\n"
    "<sst xmlns=\"" MAIN_NS "\"><si><t>&lol9;</t></si></sst>";
  g_autoptr(GBytes) bytes = xlsx_with (SHEET_HEAD "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v>"
                                       "</c></row>" SHEET_TAIL, laughs);

  assert_refused (bytes, "laughs.xlsx", VS_READ_ERROR_HOSTILE, "DOCTYPE");
}

static void
test_external_entity (void)
{
  const char *sheet =
    XML_DECL "<!DOCTYPE worksheet [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>"
    "<worksheet xmlns=\"" MAIN_NS "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
    "<is><t>&xxe;</t></is></c></row></sheetData></worksheet>";
  const char *parameter =
    XML_DECL "<!DOCTYPE worksheet [ <!ENTITY % remote SYSTEM \"http://127.0.0.1:9/x.dtd\">"
    " %remote; ]><worksheet xmlns=\"" MAIN_NS "\"/>";
  const char *external_dtd =
    XML_DECL "<!DOCTYPE worksheet SYSTEM \"file:///etc/passwd\">"
    "<worksheet xmlns=\"" MAIN_NS "\"/>";
  g_autoptr(GBytes) a = xlsx_with (sheet, NULL);
  g_autoptr(GBytes) b = xlsx_with (parameter, NULL);
  g_autoptr(GBytes) c = xlsx_with (external_dtd, NULL);

  assert_refused (a, "xxe.xlsx", VS_READ_ERROR_HOSTILE, "xl/worksheets/sheet1.xml");
  assert_refused (b, "xxe.xlsx", VS_READ_ERROR_HOSTILE, "DOCTYPE");
  assert_refused (c, "xxe.xlsx", VS_READ_ERROR_HOSTILE, "DOCTYPE");
}

/* Any DOCTYPE, however harmless, in any part and after comments or processing
 * instructions, in UTF-8 or UTF-16; and an entity reference without one. */
static void
test_doctype (void)
{
  g_autoptr(GBytes) plain = xlsx_with (XML_DECL "<!-- made by hand --><?pi x?>\n"
                                       "<!DOCTYPE worksheet><worksheet xmlns=\"" MAIN_NS
                                       "\"/>", NULL);
  g_autoptr(GBytes) in_rels = NULL;
  g_autoptr(GBytes) ods = vs_test_ods (NULL, "");
  g_autoptr(GBytes) ods_doctype = NULL;
  g_autoptr(GBytes) utf16 = NULL;
  g_autoptr(GBytes) undeclared = xlsx_with (SHEET_HEAD "<row r=\"1\"><c r=\"A1\" "
                                            "t=\"inlineStr\"><is><t>&undeclared;</t></is>"
                                            "</c></row>" SHEET_TAIL, NULL);
  g_autofree char *content = NULL;
  VsTestZip *zip;
  GString *wide = g_string_new (NULL);
  const char *text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE x><worksheet/>";

  zip = vs_test_zip_new ();
  vs_test_zip_add (zip, "_rels/.rels", XML_DECL "<!DOCTYPE Relationships>"
                   "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                   "relationships\"/>", -1);
  in_rels = vs_test_zip_finish (zip);

  zip = vs_test_ods_begin ();
  content = vs_test_ods_content (NULL, "<table:table table:name=\"T\"/>");
  /* Slip a DOCTYPE in after the XML declaration. */
  {
    g_autoptr(GString) s = g_string_new (content);
    const char *end = strstr (s->str, "?>");

    g_string_insert (s, (gssize) (end - s->str + 2), "<!DOCTYPE office:document-content>");
    vs_test_zip_add (zip, "content.xml", s->str, -1);
  }
  ods_doctype = vs_test_zip_finish (zip);

  g_string_append_len (wide, "\xFF\xFE", 2);
  for (const char *p = text; *p != '\0'; p++)
    {
      g_string_append_c (wide, *p);
      g_string_append_c (wide, '\0');
    }
  zip = xlsx_begin (FALSE);
  vs_test_zip_add (zip, "xl/worksheets/sheet1.xml", wide->str, (gssize) wide->len);
  utf16 = vs_test_zip_finish (zip);
  g_string_free (wide, TRUE);

  assert_refused (plain, "doctype.xlsx", VS_READ_ERROR_HOSTILE, "DOCTYPE");
  assert_refused (in_rels, "doctype.xlsx", VS_READ_ERROR_HOSTILE, "_rels/.rels");
  assert_refused (ods_doctype, "doctype.ods", VS_READ_ERROR_HOSTILE, "content.xml");
  assert_refused (utf16, "utf16.xlsx", VS_READ_ERROR_HOSTILE, "DOCTYPE");
  assert_refused (undeclared, "entity.xlsx", VS_READ_ERROR_CORRUPT, "undeclared");

  /* The plain ODS, for contrast, reads. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(VsWorkbook) workbook = vs_reader_read_bytes (ods, "fine.ods", &error);

    g_assert_no_error (error);
    g_assert_cmpuint (workbook->sheets->len, ==, 0);
  }
}

/* An archive cut short anywhere is refused, never read in part. */
static void
test_truncated (void)
{
  VsTestSheet sheets[] = {
    { "Data", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\"><v>65.7</v></c></row>",
      NULL },
  };
  g_autoptr(GBytes) whole = vs_test_xlsx ("<si><t>NI 62</t></si>", NULL, FALSE, sheets, 1);
  gsize size = g_bytes_get_size (whole);

  for (gsize len = 0; len < size; len += 1 + len / 64)
    {
      g_autoptr(GBytes) cut = g_bytes_new_from_bytes (whole, 0, len);
      g_autoptr(GError) error = NULL;
      g_autoptr(VsWorkbook) workbook = vs_reader_read_bytes (cut, "cut.xlsx", &error);
      int code = len < 4 ? VS_READ_ERROR_FORMAT : VS_READ_ERROR_CORRUPT;

      g_assert_null (workbook);
      g_assert_error (error, VS_READ_ERROR, code);
      g_assert_true (g_str_has_prefix (error->message, "cut.xlsx: "));
    }
}

static void
test_damaged_parts (void)
{
  VsTestZipOptions bad_crc = { .crc_xor = 1 };
  VsTestZipOptions encrypted = { .flags = 1 };
  VsTestZipOptions bzip2 = { .method = 12 };
  const char *sheet = SHEET_HEAD "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>" SHEET_TAIL;
  const VsTestZipOptions *options[] = { &bad_crc, &encrypted, &bzip2 };
  const VsReadError codes[] = { VS_READ_ERROR_CORRUPT, VS_READ_ERROR_FORMAT,
                                VS_READ_ERROR_FORMAT };
  const char *fragments[] = { "checksum", "encrypted", "compression method (12)" };

  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    {
      VsTestZip *zip = xlsx_begin (FALSE);
      g_autoptr(GBytes) bytes = NULL;

      vs_test_zip_add_full (zip, "xl/worksheets/sheet1.xml", sheet, -1, options[i]);
      bytes = vs_test_zip_finish (zip);
      assert_refused (bytes, "damaged.xlsx", codes[i], fragments[i]);
    }
}

/* libgsf walks the archive with a scan per directory level: too many entries, or names
 * too deep, are refused before it starts. */
static void
test_archive_shape (void)
{
  VsTestZip *zip = xlsx_begin (FALSE);
  g_autoptr(GBytes) many = NULL;
  g_autoptr(GBytes) deep = NULL;
  g_autoptr(GString) name = g_string_new (NULL);

  for (guint i = 0; i < 17000; i++)
    {
      g_autofree char *part = g_strdup_printf ("xl/media/%u", i);

      vs_test_zip_add_full (zip, part, "", 0, &(VsTestZipOptions) { .stored = TRUE });
    }
  many = vs_test_zip_finish (zip);
  assert_refused (many, "many.xlsx", VS_READ_ERROR_HOSTILE, "parts");

  zip = xlsx_begin (FALSE);
  for (guint i = 0; i < 40; i++)
    g_string_append (name, "d/");
  g_string_append (name, "x.xml");
  vs_test_zip_add (zip, name->str, "<x/>", -1);
  deep = vs_test_zip_finish (zip);
  assert_refused (deep, "deep.xlsx", VS_READ_ERROR_CORRUPT, "damaged");
}

/* A part that is never read may claim any size. */
static void
test_unread_parts_ignored (void)
{
  VsTestZipOptions huge = { .declared_size = 0xF0000000u };
  VsTestZip *zip = xlsx_begin (FALSE);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VsWorkbook) workbook = NULL;

  vs_test_zip_add (zip, "xl/worksheets/sheet1.xml",
                   SHEET_HEAD "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>" SHEET_TAIL, -1);
  vs_test_zip_add_full (zip, "docProps/thumbnail.jpeg", "not really", -1, &huge);
  bytes = vs_test_zip_finish (zip);
  workbook = vs_reader_read_bytes (bytes, "fine.xlsx", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (workbook->sheets->len, ==, 1);
}

static void
test_invalid_utf8 (void)
{
  g_autoptr(GBytes) bytes = xlsx_with (SHEET_HEAD "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v>"
                                       "</c></row>" SHEET_TAIL,
                                       SST_HEAD "<si><t>caf\xE9</t></si></sst>");

  assert_refused (bytes, "latin1.xlsx", VS_READ_ERROR_ENCODING, "xl/sharedStrings.xml");

  /* Bytes that do not follow the encoding the part declares: libxml2 says so only
   * through its generic handler, which must neither print nor be lost. */
  {
    g_autoptr(GBytes) sjis = xlsx_with ("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>"
                                        "<worksheet xmlns=\"" MAIN_NS "\"><sheetData><row>"
                                        "<c t=\"inlineStr\"><is><t>\x81\xFF</t></is></c>"
                                        "</row></sheetData></worksheet>", NULL);

    assert_refused (sjis, "sjis.xlsx", VS_READ_ERROR_ENCODING, "xl/worksheets/sheet1.xml");
  }
}

/* A broken shared-strings part must stop the read: reading on would shift every later
 * string onto the wrong cells. */
static void
test_broken_shared_strings (void)
{
  const char *sheet = SHEET_HEAD "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                      "<c r=\"B1\" t=\"s\"><v>2</v></c></row>" SHEET_TAIL;
  g_autoptr(GBytes) unclosed = xlsx_with (sheet, SST_HEAD "<si><t>a</t></si><si><t>b</t>"
                                                 "<si><t>c</t></si></sst>");
  g_autoptr(GBytes) cut = xlsx_with (sheet, SST_HEAD "<si><t>a</t></si><si><t>b</t></si><s");
  g_autoptr(GBytes) junk = xlsx_with (sheet, SST_HEAD "<si><t>a</t></si><si><t>b<</t></si>"
                                             "<si><t>c</t></si></sst>");

  assert_refused (unclosed, "sst.xlsx", VS_READ_ERROR_CORRUPT, "xl/sharedStrings.xml");
  assert_refused (cut, "sst.xlsx", VS_READ_ERROR_CORRUPT, "xl/sharedStrings.xml");
  assert_refused (junk, "sst.xlsx", VS_READ_ERROR_CORRUPT, "xl/sharedStrings.xml");
}

static char *
big_text (gsize size)
{
  char *text = g_malloc (size + 1);

  memset (text, 'x', size);
  text[size] = '\0';
  return text;
}

/* A 10 MB cell, in each place a cell's text can be; and 2 MB, under libxml2's own limit
 * but over ours. */
static void
test_huge_cells (void)
{
  const gsize sizes[] = { 10 * 1024 * 1024, 2 * 1024 * 1024 };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *text = big_text (sizes[i]);
      g_autofree char *inline_sheet = g_strconcat (SHEET_HEAD "<row r=\"3\"><c r=\"B3\" "
                                                   "t=\"inlineStr\"><is><t>", text,
                                                   "</t></is></c></row>" SHEET_TAIL, NULL);
      g_autofree char *sst = g_strconcat (SST_HEAD "<si><t>", text, "</t></si></sst>", NULL);
      g_autofree char *ods_table = g_strconcat ("<table:table table:name=\"T\">"
                                                "<table:table-row><table:table-cell "
                                                "office:value-type=\"string\"><text:p>", text,
                                                "</text:p></table:table-cell>"
                                                "</table:table-row></table:table>", NULL);
      g_autoptr(GBytes) a = xlsx_with (inline_sheet, NULL);
      g_autoptr(GBytes) b = xlsx_with (SHEET_HEAD SHEET_TAIL, sst);
      g_autoptr(GBytes) c = vs_test_ods (NULL, ods_table);

      assert_refused (a, "cell.xlsx", VS_READ_ERROR_TOO_LARGE, NULL);
      assert_refused (b, "cell.xlsx", VS_READ_ERROR_TOO_LARGE, NULL);
      assert_refused (c, "cell.ods", VS_READ_ERROR_TOO_LARGE, NULL);
    }
}

/* One 512 KB shared string used by many cells of many sheets is copied once per sheet;
 * copies beyond the total cap are refused. */
static void
test_shared_string_amplification (void)
{
  VsTestSheet sheets[4];
  g_autofree char *text = big_text (512 * 1024);
  g_autofree char *sst = g_strconcat (SST_HEAD "<si><t>", text, "</t></si></sst>", NULL);
  const char *data = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\">"
                     "<v>0</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>";
  VsTestZip *zip;
  g_autoptr(GBytes) bytes = NULL;
  VsReadLimits limits;

  for (guint i = 0; i < G_N_ELEMENTS (sheets); i++)
    sheets[i] = (VsTestSheet) { "S", data, NULL };
  zip = vs_test_xlsx_begin (VS_TEST_LATER, NULL, FALSE, sheets, G_N_ELEMENTS (sheets));
  vs_test_zip_add (zip, "xl/sharedStrings.xml", sst, -1);
  bytes = vs_test_zip_finish (zip);

  vs_read_limits_init_default (&limits);
  limits.max_total_bytes = 1792 * 1024;
  assert_refused_with (bytes, "amplify.xlsx", &limits, VS_READ_ERROR_HOSTILE, "repeat");
}

/* Overwrites @len bytes at @field of @name's central-directory entry. */
static GBytes *
patch_directory (GBytes     *zip,
                 const char *name,
                 guint       field,
                 guint32     value,
                 guint       len)
{
  gsize size;
  guint8 *data = g_bytes_unref_to_data (g_bytes_ref (zip), &size);
  guint8 *p = data + size - 22;
  guint cd = p[16] | (p[17] << 8) | (p[18] << 16) | ((guint) p[19] << 24);

  for (p = data + cd; p + 46 <= data + size && memcmp (p, "PK\1\2", 4) == 0;)
    {
      guint name_len = p[28] | (p[29] << 8);
      guint skip = 46 + name_len + (p[30] | (p[31] << 8)) + (p[32] | (p[33] << 8));

      if (name_len == strlen (name) && memcmp (p + 46, name, name_len) == 0)
        {
          for (guint i = 0; i < len; i++)
            p[field + i] = (guint8) (value >> (8 * i));
          return g_bytes_new_take (data, size);
        }
      p += skip;
    }
  g_assert_not_reached ();
  return NULL;
}

/* Found by fuzz-xlsx and fuzz-ods: libgsf reports a bad local header, and an impossible
 * DOS date, with a g_warning or a GLib critical of its own; both are caught before. */
static void
test_bad_directory_entries (void)
{
  VsTestSheet sheets[] = { { "Data", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", NULL } };
  g_autoptr(GBytes) good = vs_test_xlsx (NULL, NULL, FALSE, sheets, 1);
  g_autoptr(GBytes) bad_date = patch_directory (good, "xl/workbook.xml", 12, 0x00000001u, 4);
  g_autoptr(GBytes) bad_minute = patch_directory (good, "xl/workbook.xml", 12, 0x002107E0u, 4);
  g_autoptr(GBytes) bad_offset = patch_directory (good, "xl/workbook.xml", 42, 50, 4);
  g_autoptr(GBytes) far_offset = patch_directory (good, "xl/workbook.xml", 42, 0x7FFFFFF0u, 4);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsWorkbook) workbook = vs_reader_read_bytes (good, "good.xlsx", &error);

  g_assert_no_error (error);
  assert_refused (bad_date, "date.xlsx", VS_READ_ERROR_CORRUPT, "impossible");
  assert_refused (bad_minute, "date.xlsx", VS_READ_ERROR_CORRUPT, "impossible");
  assert_refused (bad_offset, "offset.xlsx", VS_READ_ERROR_CORRUPT, "xl/workbook.xml");
  assert_refused (far_offset, "offset.xlsx", VS_READ_ERROR_CORRUPT, "xl/workbook.xml");
}

static void
test_bad_xls (void)
{
  guint8 junk[4096];
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VsWorkbook) workbook = NULL;

  memset (junk, 0x41, sizeof junk);
  memcpy (junk, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  bytes = g_bytes_new (junk, sizeof junk);
  workbook = vs_reader_read_bytes (bytes, "old.xls", &error);
  g_assert_null (workbook);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_true (error->domain == VS_READ_ERROR);
  g_assert_true (g_str_has_prefix (error->message, "old.xls: "));
  g_assert_nonnull (strstr (error->message, "XLSX"));
}

/* A zip with two entries of one name was read as its first, silently: refused, naming
 * both, whatever the case of the second. */
static void
test_duplicate_entries (void)
{
  static const char *sheet = SHEET_HEAD "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>" SHEET_TAIL;
  VsTestZip *zip = xlsx_begin (FALSE);
  g_autoptr(GBytes) twice = NULL;
  g_autoptr(GBytes) cased = NULL;

  vs_test_zip_add (zip, "xl/worksheets/sheet1.xml", sheet, -1);
  vs_test_zip_add (zip, "xl/worksheets/sheet1.xml", SHEET_HEAD SHEET_TAIL, -1);
  twice = vs_test_zip_finish (zip);
  assert_refused (twice, "twice.xlsx", VS_READ_ERROR_CORRUPT,
                  "the archive holds “xl/worksheets/sheet1.xml” twice (the second as "
                  "“xl/worksheets/sheet1.xml”)");

  zip = xlsx_begin (FALSE);
  vs_test_zip_add (zip, "xl/worksheets/sheet1.xml", sheet, -1);
  vs_test_zip_add (zip, "XL/Worksheets/Sheet1.xml", sheet, -1);
  cased = vs_test_zip_finish (zip);
  assert_refused (cased, "cased.xlsx", VS_READ_ERROR_CORRUPT,
                  "(the second as “XL/Worksheets/Sheet1.xml”)");
}

static void
assert_file_refused (const char  *path,
                     VsReadError  code,
                     const char  *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsWorkbook) workbook = vs_reader_read_file (path, &error);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *prefix = g_strconcat (base, ": ", NULL);

  g_assert_null (workbook);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_error (error, VS_READ_ERROR, (int) code);
  g_assert_true (g_str_has_prefix (error->message, prefix));
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, fragment);
}

/* A FIFO with no writer once hung open() for ever; a folder or a device is no file to
 * read either. All are refused by what they are, before any read. */
static void
test_not_regular (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vs-hostile-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "extract.csv", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.xlsx", NULL);

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  assert_file_refused (fifo, VS_READ_ERROR_FORMAT, "is a named pipe, not a file");
  assert_file_refused (folder, VS_READ_ERROR_FORMAT, "is a folder, not a file");
  assert_file_refused ("/dev/zero", VS_READ_ERROR_FORMAT, "is a device, not a file");
  g_unlink (fifo);
  g_rmdir (folder);
  g_rmdir (dir);
}

/* A sparse file of @size bytes that starts with @head: nothing is written but the head. */
static char *
make_sparse (const char *dir,
             const char *name,
             const void *head,
             gsize       head_len,
             guint64     size)
{
  char *path = g_build_filename (dir, name, NULL);
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, head, head_len), ==, (gssize) head_len);
  g_assert_cmpint (ftruncate (fd, (off_t) size), ==, 0);
  close (fd);
  return path;
}

/* Each kind's cap on the file's size is checked before a byte past its head is read: a
 * sparse 4 GiB file that starts like a zip took 25 s to hash and parse. */
static void
test_file_size_caps (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vs-hostile-XXXXXX", NULL);
  g_autofree char *zip = make_sparse (dir, "huge.xlsx", "PK\3\4", 4,
                                      G_GUINT64_CONSTANT (4) << 30);
  g_autofree char *ole = make_sparse (dir, "huge.xls", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8,
                                      VS_READ_MAX_XLS_FILE_BYTES + 1);
  g_autofree char *text = make_sparse (dir, "huge.csv", "Ref,Value\n", 10,
                                       VS_READ_MAX_TEXT_FILE_BYTES + 1);

  assert_file_refused (zip, VS_READ_ERROR_TOO_LARGE, "is 4096 MB, more than the 256 MB");
  assert_file_refused (ole, VS_READ_ERROR_TOO_LARGE, "more than the 128 MB");
  assert_file_refused (text, VS_READ_ERROR_TOO_LARGE, "more than the 1024 MB");
  g_unlink (zip);
  g_unlink (ole);
  g_unlink (text);
  g_rmdir (dir);
}

/* read-fixtures/vital-signs.xls (5.6 KB, two sheets) with its records patched: every
 * 4-byte record header @header found is followed by @body. */
static GBytes *
patched_xls (const guint8 *header,
             const guint8 *body,
             gsize         body_len)
{
  g_autofree char *path = g_build_filename (VS_TEST_SRCDIR, "import", "read-fixtures",
                                            "vital-signs.xls", NULL);
  g_autofree char *contents = NULL;
  gsize len = 0;
  guint patched = 0;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  for (gsize i = 0; i + 4 + body_len <= len; i++)
    if (memcmp (contents + i, header, 4) == 0)
      {
        memcpy (contents + i + 4, body, body_len);
        patched++;
      }
  g_assert_cmpuint (patched, >, 0);
  return g_bytes_new_take (g_steal_pointer (&contents), len);
}

/* FreeXL allocates what a sheet's DIMENSIONS record claims: this 5.6 KB file claiming
 * 65,536 x 256 cells per sheet took 542 MB. Claims beyond the grid's cap on cells, or
 * beyond what an Excel 97-2003 sheet has, and a string count the file cannot hold, are
 * refused before FreeXL sees the file. */
static void
test_xls_claims (void)
{
  static const guint8 dimensions[4] = { 0x00, 0x02, 0x0E, 0x00 };
  static const guint8 sst[4] = { 0xFC, 0x00 };
  /* rwMic, rwMac (32 bits), colMic, colMac, reserved */
  static const guint8 full[14] = { 0, 0, 0, 0, 0x00, 0x00, 0x01, 0x00, 0, 0, 0x00, 0x01 };
  /* 16,777,216 x 256 is 2^32: FreeXL's 32-bit product wraps to 0, then it writes every cell */
  static const guint8 wrapping[14] = { 0, 0, 0, 0, 0x00, 0x00, 0x00, 0x01, 0, 0, 0x00, 0x01 };
  static const guint8 modest[14] = { 0, 0, 0, 0, 0xE8, 0x03, 0x00, 0x00, 0, 0, 0x10, 0x00 };
  /* cstTotal, cstUnique */
  static const guint8 strings[8] = { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF };
  g_autoptr(GBytes) claims_all = patched_xls (dimensions, full, sizeof full);
  g_autoptr(GBytes) wraps = patched_xls (dimensions, wrapping, sizeof wrapping);
  g_autoptr(GBytes) within = patched_xls (dimensions, modest, sizeof modest);
  g_autoptr(GBytes) many_strings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VsWorkbook) workbook = NULL;
  guint8 sst_header[4];

  g_assert_cmpuint (g_bytes_get_size (claims_all), ==, 5632);
  assert_refused (claims_all, "claims.xls", VS_READ_ERROR_TOO_LARGE,
                  "its sheets claim 16777216 cells (sheet 1 alone 16777216), more than the "
                  "3145728 that can be read");
  assert_refused (wraps, "wraps.xls", VS_READ_ERROR_HOSTILE,
                  "sheet 1 claims 16777216 rows by 256 columns, more than an Excel 97-2003 "
                  "sheet has");

  /* 1,000 x 16 cells a sheet is a claim like a real file's: read as before. */
  workbook = vs_reader_read_bytes (within, "within.xls", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (workbook->sheets->len, ==, 2);

  /* The SST record's header, whatever its length, then cstTotal and cstUnique. */
  {
    g_autofree char *path = g_build_filename (VS_TEST_SRCDIR, "import", "read-fixtures",
                                              "vital-signs.xls", NULL);
    g_autofree char *contents = NULL;
    gsize len = 0;
    const char *at;

    g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
    at = memmem (contents, len, sst, 2);
    g_assert_nonnull (at);
    memcpy (sst_header, at, 4);
  }
  many_strings = patched_xls (sst_header, strings, sizeof strings);
  assert_refused (many_strings, "strings.xls", VS_READ_ERROR_HOSTILE,
                  "its string table claims 4294967295 strings");
}

/* Damage FreeXL does not survive, found by fuzz-xls: a sheet without a DIMENSIONS record
 * made FreeXL allocate the previous sheet's cells again (leaking them), a sheet with two
 * did the same; both are refused first, as is a compound file whose tables lead nowhere. */
static void
test_xls_structure (void)
{
  static const guint8 dimensions[4] = { 0x00, 0x02, 0x0E, 0x00 };
  g_autofree char *path = g_build_filename (VS_TEST_SRCDIR, "import", "read-fixtures",
                                            "vital-signs.xls", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *twice = NULL;
  g_autoptr(GBytes) no_size = NULL;
  g_autoptr(GBytes) two_sizes = NULL;
  g_autoptr(GBytes) lost = NULL;
  g_autoptr(GBytes) ended = NULL;
  gsize len = 0;
  char *first, *second;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  first = memmem (contents, len, dimensions, 4);
  g_assert_nonnull (first);
  second = memmem (first + 4, len - (first + 4 - contents), dimensions, 4);
  g_assert_nonnull (second);

  /* the second sheet's DIMENSIONS turned into a record nobody reads */
  twice = g_memdup2 (contents, len);
  twice[second - contents] = 0x7F;
  no_size = g_bytes_new (twice, len);
  assert_refused (no_size, "nosize.xls", VS_READ_ERROR_CORRUPT,
                  "sheet 2 does not give its size (no DIMENSIONS record)");

  /* the four 6-byte records after the first sheet's DIMENSIONS (xlwt writes them) made
   * a second DIMENSIONS and one 6-byte record */
  memcpy (twice, contents, len);
  memcpy (twice + (first - contents) + 18, first, 18);
  memcpy (twice + (first - contents) + 36, "\x2a\x00\x02\x00\x00\x00", 6);
  two_sizes = g_bytes_new (twice, len);
  assert_refused (two_sizes, "twice.xls", VS_READ_ERROR_CORRUPT, "sheet 1 gives its size twice");

  /* the 12-byte record xlwt writes 26 bytes before the first sheet's DIMENSIONS zeroed:
   * a record of type 0 ends the stream for FreeXL, which then failed on a sheet without
   * its size and leaked a cell (found by fuzz-xls) */
  memcpy (twice, contents, len);
  memset (twice + (first - contents) - 26, 0, 12);
  ended = g_bytes_new (twice, len);
  assert_refused (ended, "ended.xls", VS_READ_ERROR_CORRUPT,
                  "sheet 1 does not give its size (no DIMENSIONS record)");

  /* the directory's first sector pointed past the end of the file */
  memcpy (twice, contents, len);
  twice[0x30] = 0x7F;
  lost = g_bytes_new (twice, len);
  assert_refused (lost, "lost.xls", VS_READ_ERROR_CORRUPT, "inner tables are damaged");
}

/* Two files fuzz-xls made of vital-signs-mini.xls: FreeXL copied 129,544 and 117,706 bytes
 * out of a 65,768-byte buffer reading them (heap overflows under AddressSanitizer), the
 * first through the mini stream's tables, the second through a record longer than any
 * (once FreeXL read tables written here). Both are refused before FreeXL now. */
static void
test_xls_fuzzed (void)
{
  static const struct { const char *name, *fragment; } cases[] = {
    { "fuzz-mini-overflow.xls", "holds a record of 47872 bytes at byte 517 of its workbook" },
    { "fuzz-long-record.xls", "holds a record of 58853 bytes at byte 528 of its workbook" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (VS_TEST_SRCDIR, "import", "read-fixtures",
                                                cases[i].name, NULL);

      assert_file_refused (path, VS_READ_ERROR_CORRUPT, cases[i].fragment);
    }
}

/* FreeXL is given the checked Workbook stream in a compound file written here: one that
 * needs DIFAT sectors (over 109 FAT sectors, a stream of some 7 MB) reads back whole. */
static void
test_cfb_round_trip (void)
{
  static const char * const names[] = { "Book", "Workbook", NULL };
  gsize len = 9 * 1024 * 1024 + 123;
  g_autofree guint8 *stream = g_malloc (len);
  g_autoptr(GByteArray) file = NULL;
  g_autoptr(GByteArray) back = NULL;
  gboolean damaged = TRUE;
  guint which = 0;

  for (gsize i = 0; i < len; i++)
    stream[i] = (guint8) (i * 7 + i / 512);
  file = vs_read_cfb_build (stream, len, "Workbook");
  back = vs_read_cfb_stream (file->data, file->len, names, &which, &damaged);
  g_assert_nonnull (back);
  g_assert_cmpuint (which, ==, 1);
  g_assert_cmpuint (back->len, >=, len);
  g_assert_true (memcmp (back->data, stream, len) == 0);

  /* an empty Workbook stream (found by fuzz-xls: its data pointer was NULL) */
  g_clear_pointer (&file, g_byte_array_unref);
  g_clear_pointer (&back, g_byte_array_unref);
  file = vs_read_cfb_build (NULL, 0, "Workbook");
  back = vs_read_cfb_stream (file->data, file->len, names, &which, &damaged);
  g_assert_nonnull (back);
  g_assert_cmpuint (back->len, ==, 4096);
}

/* A PDF or an image picked by mistake is named for what it is, before the CSV reader
 * would stop at its first NUL byte and suggest UTF-16. */
static void
test_not_spreadsheets (void)
{
  static const char pdf[] = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Length 3 >>\nstream\n\0\0\0";
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
  static const char jpeg[] = "\xFF\xD8\xFF\xE0\0\x10JFIF\0\x01";
  static const char webp[] = "RIFF\x24\0\0\0WEBPVP8 \0\0";
  g_autoptr(GBytes) pdf_bytes = g_bytes_new_static (pdf, sizeof pdf - 1);
  g_autoptr(GBytes) png_bytes = g_bytes_new_static (png, sizeof png - 1);
  g_autoptr(GBytes) jpeg_bytes = g_bytes_new_static (jpeg, sizeof jpeg - 1);
  g_autoptr(GBytes) webp_bytes = g_bytes_new_static (webp, sizeof webp - 1);
  g_autoptr(GBytes) zip_bytes = NULL;
  VsTestZip *zip = vs_test_zip_new ();

  vs_test_zip_add (zip, "readme.txt", "hello", -1);
  zip_bytes = vs_test_zip_finish (zip);

  assert_refused (pdf_bytes, "committee-report.pdf", VS_READ_ERROR_FORMAT,
                  "is a PDF document, not a spreadsheet: import CSV, XLSX, ODS or XLS files");
  /* the name does not decide: a PDF saved as .csv is still a PDF */
  assert_refused (pdf_bytes, "dashboard.csv", VS_READ_ERROR_FORMAT, "is a PDF document");
  assert_refused (pdf_bytes, "dashboard.xlsx", VS_READ_ERROR_FORMAT, "is a PDF document");
  assert_refused (png_bytes, "chart.png", VS_READ_ERROR_FORMAT,
                  "is a PNG image, not a spreadsheet");
  assert_refused (jpeg_bytes, "scan.jpg", VS_READ_ERROR_FORMAT, "is a JPEG image");
  assert_refused (webp_bytes, "chart.webp", VS_READ_ERROR_FORMAT, "is a WebP image");
  assert_refused (zip_bytes, "bundle.zip", VS_READ_ERROR_FORMAT,
                  "is a zip archive, not a spreadsheet: import CSV, XLSX, ODS or XLS files");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/read/hostile/zip-bomb", test_zip_bomb);
  g_test_add_func ("/read/hostile/caps-counted", test_caps_counted);
  g_test_add_func ("/read/hostile/grid-caps", test_grid_caps);
  g_test_add_func ("/read/hostile/billion-laughs", test_billion_laughs);
  g_test_add_func ("/read/hostile/external-entity", test_external_entity);
  g_test_add_func ("/read/hostile/doctype", test_doctype);
  g_test_add_func ("/read/hostile/truncated", test_truncated);
  g_test_add_func ("/read/hostile/damaged-parts", test_damaged_parts);
  g_test_add_func ("/read/hostile/archive-shape", test_archive_shape);
  g_test_add_func ("/read/hostile/unread-parts-ignored", test_unread_parts_ignored);
  g_test_add_func ("/read/hostile/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/read/hostile/broken-shared-strings", test_broken_shared_strings);
  g_test_add_func ("/read/hostile/huge-cells", test_huge_cells);
  g_test_add_func ("/read/hostile/shared-string-amplification",
                   test_shared_string_amplification);
  g_test_add_func ("/read/hostile/bad-directory-entries", test_bad_directory_entries);
  g_test_add_func ("/read/hostile/bad-xls", test_bad_xls);
  g_test_add_func ("/read/hostile/xls-claims", test_xls_claims);
  g_test_add_func ("/read/hostile/xls-structure", test_xls_structure);
  g_test_add_func ("/read/hostile/cfb-round-trip", test_cfb_round_trip);
  g_test_add_func ("/read/hostile/xls-fuzzed", test_xls_fuzzed);
  g_test_add_func ("/read/hostile/duplicate-entries", test_duplicate_entries);
  g_test_add_func ("/read/hostile/not-regular", test_not_regular);
  g_test_add_func ("/read/hostile/file-size-caps", test_file_size_caps);
  g_test_add_func ("/read/hostile/not-spreadsheets", test_not_spreadsheets);

  return g_test_run ();
}
