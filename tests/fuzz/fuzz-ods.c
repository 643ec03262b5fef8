/* fuzz-ods.c: libFuzzer harness for the ODS reader
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An input starting with "PK" is a whole file; any other input is content.xml, stored
 * uncompressed in a package of the harness's own so that mutations reach the parser.
 */
#include "fuzz-common.h"
#include "test-read-writer.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  GBytes *bytes;

  if (size >= 2 && data[0] == 'P' && data[1] == 'K')
    bytes = g_bytes_new_static (data, size);
  else
    {
      VsTestZipOptions stored = { .stored = TRUE };
      VsTestZip *zip = vs_test_zip_new ();

      vs_test_zip_add_full (zip, "mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                            -1, &stored);
      vs_test_zip_add_full (zip, "content.xml", (const char *) data, (gssize) size, &stored);
      bytes = vs_test_zip_finish (zip);
    }
  fuzz_read (bytes, "fuzz.ods");
  g_bytes_unref (bytes);
  return 0;
}
