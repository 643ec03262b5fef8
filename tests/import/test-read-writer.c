/* test-read-writer.c: zip, XLSX and ODS files written by the reader tests themselves
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "test-read-writer.h"

#include <string.h>
#include <zlib.h>

struct _VsTestZip {
  GByteArray *out;
  GByteArray *cd;
  guint       n_entries;
};

static void
put16 (GByteArray *a,
       guint       v)
{
  guint8 b[2] = { (guint8) v, (guint8) (v >> 8) };

  g_byte_array_append (a, b, 2);
}

static void
put32 (GByteArray *a,
       guint32     v)
{
  put16 (a, v & 0xFFFF);
  put16 (a, v >> 16);
}

static void
patch32 (GByteArray *a,
         guint       offset,
         guint32     v)
{
  a->data[offset] = (guint8) v;
  a->data[offset + 1] = (guint8) (v >> 8);
  a->data[offset + 2] = (guint8) (v >> 16);
  a->data[offset + 3] = (guint8) (v >> 24);
}

VsTestZip *
vs_test_zip_new (void)
{
  VsTestZip *zip = g_new0 (VsTestZip, 1);

  zip->out = g_byte_array_new ();
  zip->cd = g_byte_array_new ();
  return zip;
}

typedef struct {
  z_stream  z;
  gboolean  stored;
  GByteArray *out;
  guint32   crc;
  guint64   size;
} Writer;

static void
writer_feed (Writer     *w,
             const void *data,
             gsize       len,
             gboolean    finish)
{
  guint8 buf[64 * 1024];
  int rc;

  w->crc = (guint32) crc32 (w->crc, data, (uInt) len);
  w->size += len;
  if (w->stored)
    {
      g_byte_array_append (w->out, data, (guint) len);
      return;
    }
  w->z.next_in = (Bytef *) data;
  w->z.avail_in = (uInt) len;
  do
    {
      w->z.next_out = buf;
      w->z.avail_out = sizeof buf;
      rc = deflate (&w->z, finish ? Z_FINISH : Z_NO_FLUSH);
      g_byte_array_append (w->out, buf, (guint) (sizeof buf - w->z.avail_out));
    }
  while (rc != Z_STREAM_END && (w->z.avail_out == 0 || finish));
}

static void
add_entry (VsTestZip              *zip,
           const char             *name,
           const char             *head,
           gsize                   head_len,
           const char             *pattern,
           guint64                 count,
           const char             *tail,
           const VsTestZipOptions *options)
{
  VsTestZipOptions defaults = { 0 };
  guint offset = zip->out->len, data_start;
  guint name_len = (guint) strlen (name);
  guint16 method;
  guint32 crc, csize, usize;
  Writer w = { .out = zip->out };

  if (options == NULL)
    options = &defaults;
  w.stored = options->stored;
  method = options->method != 0 ? options->method : (w.stored ? 0 : Z_DEFLATED);

  put32 (zip->out, 0x04034b50);
  put16 (zip->out, 20);
  put16 (zip->out, options->flags);
  put16 (zip->out, method);
  put16 (zip->out, 0);
  put16 (zip->out, 0x21);
  put32 (zip->out, 0);  /* crc, csize, usize: patched below */
  put32 (zip->out, 0);
  put32 (zip->out, 0);
  put16 (zip->out, name_len);
  put16 (zip->out, 0);
  g_byte_array_append (zip->out, (const guint8 *) name, name_len);
  data_start = zip->out->len;

  w.crc = (guint32) crc32 (0L, Z_NULL, 0);
  if (!w.stored)
    g_assert_cmpint (deflateInit2 (&w.z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8,
                                   Z_DEFAULT_STRATEGY), ==, Z_OK);
  writer_feed (&w, head, head_len, FALSE);
  for (guint64 i = 0; pattern != NULL && i < count; i++)
    writer_feed (&w, pattern, strlen (pattern), FALSE);
  writer_feed (&w, tail != NULL ? tail : "", tail != NULL ? strlen (tail) : 0, TRUE);
  if (!w.stored)
    deflateEnd (&w.z);

  crc = w.crc ^ options->crc_xor;
  csize = zip->out->len - data_start;
  usize = (guint32) (options->declared_size != 0 ? options->declared_size : w.size);
  patch32 (zip->out, offset + 14, crc);
  patch32 (zip->out, offset + 18, csize);
  patch32 (zip->out, offset + 22, usize);

  put32 (zip->cd, 0x02014b50);
  put16 (zip->cd, 20);
  put16 (zip->cd, 20);
  put16 (zip->cd, options->flags);
  put16 (zip->cd, method);
  put16 (zip->cd, 0);
  put16 (zip->cd, 0x21);
  put32 (zip->cd, crc);
  put32 (zip->cd, csize);
  put32 (zip->cd, usize);
  put16 (zip->cd, name_len);
  put16 (zip->cd, 0);
  put16 (zip->cd, 0);
  put16 (zip->cd, 0);
  put16 (zip->cd, 0);
  put32 (zip->cd, 0);
  put32 (zip->cd, offset);
  g_byte_array_append (zip->cd, (const guint8 *) name, name_len);
  zip->n_entries++;
}

void
vs_test_zip_add_full (VsTestZip              *zip,
                      const char             *name,
                      const char             *data,
                      gssize                  len,
                      const VsTestZipOptions *options)
{
  add_entry (zip, name, data, len < 0 ? strlen (data) : (gsize) len, NULL, 0, NULL, options);
}

void
vs_test_zip_add (VsTestZip  *zip,
                 const char *name,
                 const char *data,
                 gssize      len)
{
  vs_test_zip_add_full (zip, name, data, len, NULL);
}

void
vs_test_zip_add_repeated (VsTestZip              *zip,
                          const char             *name,
                          const char             *head,
                          const char             *pattern,
                          guint64                 count,
                          const char             *tail,
                          const VsTestZipOptions *options)
{
  add_entry (zip, name, head, strlen (head), pattern, count, tail, options);
}

GBytes *
vs_test_zip_finish (VsTestZip *zip)
{
  guint cd_offset = zip->out->len;

  g_byte_array_append (zip->out, zip->cd->data, zip->cd->len);
  put32 (zip->out, 0x06054b50);
  put16 (zip->out, 0);
  put16 (zip->out, 0);
  put16 (zip->out, zip->n_entries);
  put16 (zip->out, zip->n_entries);
  put32 (zip->out, zip->cd->len);
  put32 (zip->out, cd_offset);
  put16 (zip->out, 0);
  g_byte_array_unref (zip->cd);
  {
    GBytes *bytes = g_byte_array_free_to_bytes (zip->out);

    g_free (zip);
    return bytes;
  }
}

const char VS_TEST_LATER[] = "(the test adds this part)";

#define XML_DECL "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
#define MAIN_NS "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define REL_NS "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define PKG_REL_NS "http://schemas.openxmlformats.org/package/2006/relationships"

VsTestZip *
vs_test_xlsx_begin (const char        *shared_strings,
                    const char        *styles,
                    gboolean           date1904,
                    const VsTestSheet *sheets,
                    guint              n_sheets)
{
  VsTestZip *zip = vs_test_zip_new ();
  g_autoptr(GString) workbook = g_string_new (XML_DECL);
  g_autoptr(GString) rels = g_string_new (XML_DECL);

  vs_test_zip_add (zip, "[Content_Types].xml",
                   XML_DECL "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                   "content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                   "</Types>", -1);
  vs_test_zip_add (zip, "_rels/.rels",
                   XML_DECL "<Relationships xmlns=\"" PKG_REL_NS "\"><Relationship Id=\"rId1\" "
                   "Type=\"" REL_NS "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                   "</Relationships>", -1);

  g_string_append_printf (workbook, "<workbook xmlns=\"" MAIN_NS "\" xmlns:r=\"" REL_NS "\">"
                          "<workbookPr%s/><sheets>", date1904 ? " date1904=\"1\"" : "");
  g_string_append (rels, "<Relationships xmlns=\"" PKG_REL_NS "\">");
  for (guint i = 0; i < n_sheets; i++)
    {
      g_autofree char *part = g_strdup_printf ("xl/worksheets/sheet%u.xml", i + 1);
      g_autofree char *xml = g_strdup_printf (XML_DECL "<worksheet xmlns=\"" MAIN_NS "\" "
                                              "xmlns:r=\"" REL_NS "\"><sheetData>%s"
                                              "</sheetData></worksheet>", sheets[i].data);
      g_autofree char *name = g_markup_escape_text (sheets[i].name, -1);

      g_string_append_printf (workbook, "<sheet name=\"%s\" sheetId=\"%u\"%s%s%s "
                              "r:id=\"rId%u\"/>", name, i + 1,
                              sheets[i].state ? " state=\"" : "",
                              sheets[i].state ? sheets[i].state : "",
                              sheets[i].state ? "\"" : "", i + 1);
      g_string_append_printf (rels, "<Relationship Id=\"rId%u\" Type=\"" REL_NS
                              "/worksheet\" Target=\"worksheets/sheet%u.xml\"/>", i + 1, i + 1);
      if (sheets[i].data != VS_TEST_LATER)
        vs_test_zip_add (zip, part, xml, -1);
    }
  g_string_append (workbook, "</sheets></workbook>");
  if (shared_strings != NULL)
    {
      g_autofree char *xml = g_strdup_printf (XML_DECL "<sst xmlns=\"" MAIN_NS "\">%s</sst>",
                                              shared_strings);

      g_string_append (rels, "<Relationship Id=\"rIdS\" Type=\"" REL_NS "/sharedStrings\" "
                             "Target=\"sharedStrings.xml\"/>");
      if (shared_strings != VS_TEST_LATER)
        vs_test_zip_add (zip, "xl/sharedStrings.xml", xml, -1);
    }
  if (styles != NULL)
    {
      g_autofree char *xml = g_strdup_printf (XML_DECL "<styleSheet xmlns=\"" MAIN_NS "\">%s"
                                              "</styleSheet>", styles);

      g_string_append (rels, "<Relationship Id=\"rIdT\" Type=\"" REL_NS "/styles\" "
                             "Target=\"/xl/styles.xml\"/>");
      vs_test_zip_add (zip, "xl/styles.xml", xml, -1);
    }
  g_string_append (rels, "</Relationships>");
  vs_test_zip_add (zip, "xl/workbook.xml", workbook->str, -1);
  vs_test_zip_add (zip, "xl/_rels/workbook.xml.rels", rels->str, -1);
  return zip;
}

GBytes *
vs_test_xlsx (const char        *shared_strings,
              const char        *styles,
              gboolean           date1904,
              const VsTestSheet *sheets,
              guint              n_sheets)
{
  return vs_test_zip_finish (vs_test_xlsx_begin (shared_strings, styles, date1904, sheets,
                                                 n_sheets));
}

#define ODS_MIME "application/vnd.oasis.opendocument.spreadsheet"

VsTestZip *
vs_test_ods_begin (void)
{
  VsTestZip *zip = vs_test_zip_new ();
  VsTestZipOptions stored = { .stored = TRUE };

  /* ODF wants the mimetype first and stored, so that file(1) can tell. */
  vs_test_zip_add_full (zip, "mimetype", ODS_MIME, -1, &stored);
  vs_test_zip_add (zip, "META-INF/manifest.xml",
                   XML_DECL "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:"
                   "opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                   "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\""
                   ODS_MIME "\"/><manifest:file-entry manifest:full-path=\"content.xml\" "
                   "manifest:media-type=\"text/xml\"/></manifest:manifest>", -1);
  return zip;
}

char *
vs_test_ods_content (const char *automatic_styles,
                     const char *tables)
{
  return g_strdup_printf (
    XML_DECL
    "<office:document-content "
    "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
    "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
    "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
    "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
    "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" "
    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
    "xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\" "
    "office:version=\"1.3\">"
    "<office:automatic-styles>%s</office:automatic-styles>"
    "<office:body><office:spreadsheet>%s</office:spreadsheet></office:body>"
    "</office:document-content>",
    automatic_styles != NULL ? automatic_styles : "", tables);
}

GBytes *
vs_test_ods (const char *automatic_styles,
             const char *tables)
{
  VsTestZip *zip = vs_test_ods_begin ();
  g_autofree char *content = vs_test_ods_content (automatic_styles, tables);

  vs_test_zip_add (zip, "content.xml", content, -1);
  return vs_test_zip_finish (zip);
}
