/* fuzz-common.h: what every reader's libFuzzer harness does with a workbook it gets
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdint.h>
#include <stdlib.h>

#include "vs-reader.h"

/* Checks what the readers promise of any workbook they return: valid UTF-8 names and
 * texts, dates that are dates. A broken promise aborts, which libFuzzer reports as a
 * crash. */
static inline void
fuzz_check_workbook (const VsWorkbook *workbook)
{
  for (guint s = 0; s < workbook->sheets->len; s++)
    {
      const VsSheet *sheet = g_ptr_array_index (workbook->sheets, s);

      if (!g_utf8_validate (vs_sheet_get_name (sheet), -1, NULL))
        abort ();
      for (guint r = 0; r < vs_sheet_get_n_rows (sheet); r++)
        for (guint c = 0; c < vs_sheet_get_n_cols (sheet, r); c++)
          {
            const VsCell *cell = vs_sheet_get_cell (sheet, r, c);

            switch (cell->kind)
              {
              case VS_CELL_STRING:
              case VS_CELL_ERROR:
                if (cell->text == NULL || cell->text[0] == '\0'
                    || !g_utf8_validate (cell->text, -1, NULL))
                  abort ();
                break;
              case VS_CELL_DATE:
                if (!g_date_valid_julian ((guint32) cell->number))
                  abort ();
                break;
              case VS_CELL_EMPTY:
              case VS_CELL_NUMBER:
              case VS_CELL_BOOLEAN:
              default:
                if (cell->text != NULL)
                  abort ();
                break;
              }
          }
    }
}

/* An error a reader returns: in VS_READ_ERROR, valid UTF-8, naming the file @name. */
static inline void
fuzz_check_error (const GError *error,
                  const char   *name)
{
  if (error == NULL || error->domain != VS_READ_ERROR
      || !g_str_has_prefix (error->message, name)
      || !g_utf8_validate (error->message, -1, NULL))
    abort ();
}

/* Reads @bytes and checks what the readers promise of the workbook, or of the error. */
static inline void
fuzz_read (GBytes     *bytes,
           const char *name)
{
  GError *error = NULL;
  VsWorkbook *workbook = vs_reader_read_bytes (bytes, name, &error);

  if (workbook == NULL)
    {
      fuzz_check_error (error, name);
      g_error_free (error);
      return;
    }
  if (error != NULL)
    abort ();
  fuzz_check_workbook (workbook);
  vs_workbook_free (workbook);
}
