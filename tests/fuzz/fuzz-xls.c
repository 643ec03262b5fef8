/* fuzz-xls.c: libFuzzer harness for the Excel 97-2003 reader, end to end: the compound
 * file and its claims checked here, FreeXL in the XLS reader process (vs-xls-reader), its
 * stream read back (fuzz-xls-stream explores that stream alone, faster)
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "fuzz-common.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const guint8 ole[8] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
  GBytes *bytes;

  /* Only an OLE file reaches FreeXL; anything else is the other harnesses' business. */
  if (size < sizeof ole || memcmp (data, ole, sizeof ole) != 0)
    return 0;
  bytes = g_bytes_new_static (data, size);
  fuzz_read (bytes, "fuzz.xls");
  g_bytes_unref (bytes);
  return 0;
}
