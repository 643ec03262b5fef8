/* fuzz-xls-stream.c: libFuzzer harness for the XLS reader process's stream, as the
 * importer reads it (vs-read-xls-stream.c)
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * FreeXL runs in vs-xls-reader, and a hostile file may make that process write anything:
 * this stream is where such bytes meet the importer's own memory. fuzz-xls runs the whole
 * way, the real process included, more slowly.
 */
#include "fuzz-common.h"
#include "vs-read-private.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  GInputStream *in = g_memory_input_stream_new_from_data (data, (gssize) size, NULL);
  VsWorkbook *workbook = vs_workbook_new ("fuzz.xls", "xls");
  VsReadContext ctx;
  GError *error = NULL;
  gboolean malformed = FALSE;

  vs_read_context_init (&ctx, "fuzz.xls", NULL);
  if (vs_read_xls_stream (&ctx, in, workbook, &malformed, &error))
    {
      if (error != NULL || malformed)
        abort ();
      fuzz_check_workbook (workbook);
    }
  else
    {
      fuzz_check_error (error, "fuzz.xls");
      /* damage is said as damage */
      if (malformed && error->code != VS_READ_ERROR_CORRUPT)
        abort ();
      g_error_free (error);
    }
  vs_read_context_clear (&ctx);
  vs_workbook_free (workbook);
  g_object_unref (in);
  return 0;
}
