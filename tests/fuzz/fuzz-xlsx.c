/* fuzz-xlsx.c: libFuzzer harness for the XLSX reader and the zip layer under it
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An input starting with "PK" is a whole file, for the zip layer. Any other input is the
 * XML of the parts, split by NUL bytes (sheet, shared strings, styles, workbook), which
 * the harness stores uncompressed in a package of its own: mutations then reach the XML
 * parsing instead of dying in the deflate stream and its CRC.
 */
#include <string.h>

#include "fuzz-common.h"
#include "test-read-writer.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

#define REL_NS "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

static const char *const part_names[] = {
  "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml",
};

static const char default_workbook[] =
  "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
  "xmlns:r=\"" REL_NS "\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/>"
  "</sheets></workbook>";

static GBytes *
package (const uint8_t *data,
         size_t         size)
{
  VsTestZipOptions stored = { .stored = TRUE };
  VsTestZip *zip = vs_test_zip_new ();
  const uint8_t *p = data, *end = data + size;
  gboolean have_workbook = FALSE;

  vs_test_zip_add_full (zip, "_rels/.rels",
                        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
                        "2006/relationships\"><Relationship Id=\"r\" Type=\"" REL_NS
                        "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>", -1,
                        &stored);
  vs_test_zip_add_full (zip, "xl/_rels/workbook.xml.rels",
                        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
                        "2006/relationships\"><Relationship Id=\"rId1\" Type=\"" REL_NS
                        "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship "
                        "Id=\"rId2\" Type=\"" REL_NS "/sharedStrings\" Target=\""
                        "sharedStrings.xml\"/><Relationship Id=\"rId3\" Type=\"" REL_NS
                        "/styles\" Target=\"styles.xml\"/></Relationships>", -1, &stored);
  for (guint i = 0; i < G_N_ELEMENTS (part_names) && p <= end; i++)
    {
      const uint8_t *nul = memchr (p, '\0', (size_t) (end - p));
      size_t len = nul != NULL ? (size_t) (nul - p) : (size_t) (end - p);

      vs_test_zip_add_full (zip, part_names[i], (const char *) p, (gssize) len, &stored);
      have_workbook = have_workbook || i == 3;
      p += len + 1;
    }
  if (!have_workbook)
    vs_test_zip_add_full (zip, "xl/workbook.xml", default_workbook, -1, &stored);
  return vs_test_zip_finish (zip);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  GBytes *bytes;

  if (size >= 2 && data[0] == 'P' && data[1] == 'K')
    bytes = g_bytes_new_static (data, size);
  else
    bytes = package (data, size);
  fuzz_read (bytes, "fuzz.xlsx");
  g_bytes_unref (bytes);
  return 0;
}
