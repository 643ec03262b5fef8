/* fuzz-import-csv.c: libFuzzer harness for the importer's own CSV streaming path
 *
 * The importer does not read text files through the readers' VsWorkbook but streams them
 * row by row (vs-csv-stream.c), with its own buffers: fuzz-csv never reaches that code.
 * This harness writes each input to a temporary .csv file and streams it as an import
 * does, checking what the stream promises of every row it hands over.
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "vs-import-private.h"
#include "vs-reader.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

typedef struct {
  guint    next_row;
  gboolean any;
} Rows;

/* Rows come in order, each cell empty or valid non-empty UTF-8, never more columns than a
 * sheet may have. Anything else aborts, which libFuzzer reports as a crash. */
static gboolean
check_row (guint         row,
           const VsCell *cells,
           guint         n_cells,
           gpointer      user_data,
           GError      **error)
{
  Rows *rows = user_data;

  (void) error;
  if ((rows->any && row != rows->next_row) || (!rows->any && row != 0))
    abort ();
  if (n_cells > VS_READ_MAX_COLS)
    abort ();
  for (guint c = 0; c < n_cells; c++)
    {
      const VsCell *cell = &cells[c];

      if (cell->kind == VS_CELL_EMPTY)
        {
          if (cell->text != NULL)
            abort ();
        }
      else if (cell->kind != VS_CELL_STRING || cell->text == NULL || cell->text[0] == '\0'
               || !g_utf8_validate (cell->text, -1, NULL))
        abort ();
    }
  rows->any = TRUE;
  rows->next_row = row + 1;
  return TRUE;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static char *path = NULL;
  GError *error = NULL;
  gboolean not_text = FALSE;
  Rows rows = { 0 };
  g_autofree char *name = NULL;
  GChecksum *checksum = g_checksum_new (G_CHECKSUM_SHA256);

  /* One temporary file per process, rewritten for each input. */
  if (path == NULL)
    {
      int fd = g_file_open_tmp ("fuzz-import-XXXXXX.csv", &path, NULL);
      if (fd < 0)
        abort ();
      close (fd);
    }
  if (!g_file_set_contents (path, (const char *) data, (gssize) size, NULL))
    abort ();

  name = g_path_get_basename (path);
  if (!vs_csv_stream_file (path, check_row, &rows, checksum, NULL, &not_text, &error))
    {
      if (not_text)
        {
          /* A workbook's magic: the readers take it, and no error may be set. */
          if (error != NULL)
            abort ();
        }
      else if (error == NULL || error->domain != VS_READ_ERROR
               || !g_str_has_prefix (error->message, name)
               || !g_utf8_validate (error->message, -1, NULL))
        abort ();
      g_clear_error (&error);
    }
  else if (error != NULL)
    abort ();
  g_checksum_free (checksum);
  return 0;
}
