/* fuzz-csv.c: libFuzzer harness for the CSV/TSV reader
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "fuzz-common.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  GBytes *bytes = g_bytes_new_static (data, size);

  /* Anything that is not a zip or an OLE file goes to the CSV reader. */
  fuzz_read (bytes, "fuzz.csv");
  g_bytes_unref (bytes);
  return 0;
}
