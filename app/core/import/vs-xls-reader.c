/* vs-xls-reader.c: the XLS reader process: FreeXL on the file at fd 0, cells to stdout
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fuzzing found heap overflows inside libfreexl that no check made before it runs could
 * foresee, so FreeXL never runs in the application's own process: the importer
 * (vs-read-xls-child.c) starts this program with the compound file it has checked and
 * rebuilt on its standard input, under limits on memory and time, and reads back the
 * stream of vs-xls-protocol.h, which it validates. Whatever FreeXL does to this process,
 * the worst the parent sees is a crash, a signal or a stream it refuses.
 *
 * Usage: vs-xls-reader < FILE.xls    (not meant to be run by hand)
 */
#include <freexl.h>
#include <stdint.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vs-xls-protocol.h"
#include "vs-xls-sandbox.h"

static void
put_u16 (unsigned v)
{
  putchar ((int) (v & 0xFF));
  putchar ((int) ((v >> 8) & 0xFF));
}

static void
put_u32 (uint32_t v)
{
  put_u16 (v & 0xFFFF);
  put_u16 (v >> 16);
}

static void
put_bytes (const char *text,
           size_t      len)
{
  put_u32 ((uint32_t) len);
  fwrite (text, 1, len, stdout);
}

static void
put_cell (char     tag,
          unsigned row,
          unsigned col)
{
  putchar (tag);
  put_u32 (row);
  put_u16 (col);
}

static void
put_number (unsigned row,
            unsigned col,
            double   number)
{
  uint64_t bits;

  memcpy (&bits, &number, sizeof bits);
  put_cell (VS_XLS_NUMBER, row, col);
  put_u32 ((uint32_t) (bits & 0xFFFFFFFFu));
  put_u32 ((uint32_t) (bits >> 32));
}

/* @rc: FreeXL's; 1 for a workbook protected with a password. */
static int
finish (int rc)
{
  if (rc == 1)
    putchar (VS_XLS_PASSWORD);
  else if (rc != FREEXL_OK)
    {
      putchar (VS_XLS_FAILED);
      put_u32 ((uint32_t) rc);
    }
  else
    putchar (VS_XLS_END);
  return fflush (stdout) == 0 ? 0 : 1;
}

static void
write_cell (unsigned                row,
            unsigned                col,
            const FreeXL_CellValue *value)
{
  const char *text;
  char tag = VS_XLS_TEXT;

  switch (value->type)
    {
    case FREEXL_CELL_INT:
      put_number (row, col, value->value.int_value);
      return;
    case FREEXL_CELL_DOUBLE:
      put_number (row, col, value->value.double_value);
      return;
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
      tag = VS_XLS_DATE;
      break;
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_TIME:
      break;
    case FREEXL_CELL_NULL:
    default:
      return;
    }
  text = value->value.text_value;
  if (text == NULL || *text == '\0')
    return;
  put_cell (tag, row, col);
  put_bytes (text, strlen (text));
}

static int
write_sheets (const void *handle)
{
  unsigned int n_sheets = 0, password = 0;
  int rc;

  if (freexl_get_info (handle, FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK
      && password == FREEXL_BIFF_OBFUSCATED)
    return 1;
  if ((rc = freexl_get_info (handle, FREEXL_BIFF_SHEET_COUNT, &n_sheets)) != FREEXL_OK)
    return rc;

  /* The parent holds the sheets, rows and cells to its caps; a sheet past them is not
   * worth reading here. */
  for (unsigned int s = 0; s < n_sheets && s <= 0xFFFF; s++)
    {
      const char *name = NULL;
      unsigned int n_rows = 0;
      unsigned short n_cols = 0;

      if ((rc = freexl_get_worksheet_name (handle, (unsigned short) s, &name)) != FREEXL_OK
          || (rc = freexl_select_active_worksheet (handle, (unsigned short) s)) != FREEXL_OK
          || (rc = freexl_worksheet_dimensions (handle, &n_rows, &n_cols)) != FREEXL_OK)
        return rc;
      putchar (VS_XLS_SHEET);
      if (name != NULL)
        put_bytes (name, strnlen (name, VS_XLS_MAX_NAME + 1));
      else
        put_u32 (0);

      for (unsigned int r = 0; r < n_rows; r++)
        for (unsigned int c = 0; c < n_cols; c++)
          {
            FreeXL_CellValue value;

            if ((rc = freexl_get_cell_value (handle, r, (unsigned short) c, &value)) != FREEXL_OK)
              return rc;
            write_cell (r, c, &value);
          }
      if (ferror (stdout))
        return FREEXL_INSUFFICIENT_MEMORY;
    }
  return FREEXL_OK;
}

int
main (int    argc,
      char **argv)
{
  static char buffer[1 << 16];
  const void *handle = NULL;
  int rc, status;

  (void) argv;
  if (argc != 1)
    {
      fputs ("usage: vs-xls-reader < FILE.xls (the importer runs it)\n", stderr);
      return 2;
    }
  setvbuf (stdout, buffer, _IOFBF, sizeof buffer);

  /* Confined before FreeXL reads a byte; a reader that cannot be confined reads nothing. */
  if ((rc = vs_xls_sandbox_enter ()) != 0)
    {
      fprintf (stderr, "vs-xls-reader: the kernel refused the system call filter (%s)\n",
               strerror (-rc));
      return 3;
    }
  fwrite (VS_XLS_MAGIC, 1, VS_XLS_MAGIC_LEN, stdout);

  /* FreeXL opens a path: the descriptor the parent gave, by its name in /proc. */
  rc = freexl_open ("/proc/self/fd/0", &handle);
  if (rc != FREEXL_OK)
    {
      if (handle != NULL)
        freexl_close (handle);
      _exit (finish (rc));
    }
  rc = write_sheets (handle);
  status = finish (rc);
  freexl_close (handle);
  /* Not through exit(): its handlers (the leak checker's, under the sanitizers) would make
   * calls the filter forbids, and the cells are already flushed. */
  _exit (status);
}
