/* vs-read-xls.c: Excel 97-2003 workbooks (.xls), through FreeXL
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "vs-read-private.h"

#include <freexl.h>
#include <glib/gi18n.h>
#include <gsf/gsf-infile-msole.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-stdio.h>
#include <gsf/gsf-input.h>
#include <string.h>

static gboolean
refuse (VsReadContext  *ctx,
        GError        **error,
        int             rc)
{
  switch (rc)
    {
    case FREEXL_INSUFFICIENT_MEMORY:
      vs_read_fail (ctx, error, VS_READ_ERROR_TOO_LARGE,
                    _("is an Excel 97-2003 workbook too large to read: save it as XLSX "
                      "and import that"));
      break;
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
      vs_read_fail (ctx, error, VS_READ_ERROR_FORMAT,
                    _("is an Office file that holds no Excel 97-2003 workbook (it may be "
                      "protected with a password, or be a Word or other document): open it "
                      "in Excel or LibreOffice, save it as XLSX and import that"));
      break;
    default:
      vs_read_fail (ctx, error, VS_READ_ERROR_CORRUPT,
                    _("is an Excel 97-2003 workbook that cannot be read (FreeXL error %d): "
                      "open it in Excel or LibreOffice, save it as XLSX and import that"),
                    rc);
      break;
    }
  return FALSE;
}

static gboolean
read_cell (VsReadContext     *ctx,
           VsSheet           *sheet,
           guint              row,
           guint              col,
           FreeXL_CellValue  *value,
           GError           **error)
{
  guint32 julian;

  if (value->type == FREEXL_CELL_NULL)
    return TRUE;
  if (!vs_read_reserve (ctx, sheet, row, col, error))
    return FALSE;

  switch (value->type)
    {
    case FREEXL_CELL_INT:
      vs_sheet_set_number (sheet, row, col, value->value.int_value, VS_CELL_FORMAT_GENERAL);
      break;
    case FREEXL_CELL_DOUBLE:
      vs_sheet_set_number (sheet, row, col, value->value.double_value,
                           VS_CELL_FORMAT_GENERAL);
      break;
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
      if (vs_read_iso_to_julian (value->value.text_value, &julian))
        {
          vs_sheet_set_date (sheet, row, col, julian);
          break;
        }
      G_GNUC_FALLTHROUGH;
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_TIME:
    default:
      {
        const char *text = value->value.text_value;
        gsize len;

        if (text == NULL || *text == '\0')
          break;
        len = strlen (text);
        if (len > ctx->limits.max_cell_bytes)
          {
            g_autofree char *address = vs_cell_address (row, col);

            vs_read_fail (ctx, error, VS_READ_ERROR_TOO_LARGE,
                          _("sheet “%s”, cell %s holds more than %" G_GUINT64_FORMAT
                            " KB of text"),
                          vs_sheet_get_name (sheet), address,
                          ctx->limits.max_cell_bytes / 1024);
            return FALSE;
          }
        if (g_utf8_validate_len (text, len, NULL))
          vs_sheet_set_string_len (sheet, row, col, text, len);
        else
          vs_sheet_set_string (sheet, row, col, g_utf8_make_valid (text, (gssize) len));
      }
      break;
    }
  return TRUE;
}

static gboolean
read_sheets (VsReadContext  *ctx,
             const void     *handle,
             VsWorkbook     *workbook,
             GError        **error)
{
  unsigned int n_sheets = 0, password = 0;
  int rc;

  if (freexl_get_info (handle, FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK
      && password == FREEXL_BIFF_OBFUSCATED)
    {
      vs_read_fail (ctx, error, VS_READ_ERROR_FORMAT,
                    _("is protected with a password: remove the password in Excel or "
                      "LibreOffice, save it as XLSX and import that"));
      return FALSE;
    }
  rc = freexl_get_info (handle, FREEXL_BIFF_SHEET_COUNT, &n_sheets);
  if (rc != FREEXL_OK)
    return refuse (ctx, error, rc);

  for (unsigned int s = 0; s < n_sheets && s <= G_MAXUSHORT; s++)
    {
      const char *name = NULL;
      unsigned int n_rows = 0;
      unsigned short n_cols = 0;
      g_autoptr(VsSheet) sheet = NULL;
      g_autofree char *fallback = NULL;

      if ((rc = freexl_get_worksheet_name (handle, (unsigned short) s, &name)) != FREEXL_OK
          || (rc = freexl_select_active_worksheet (handle, (unsigned short) s)) != FREEXL_OK
          || (rc = freexl_worksheet_dimensions (handle, &n_rows, &n_cols)) != FREEXL_OK)
        return refuse (ctx, error, rc);
      if (name == NULL || !g_utf8_validate (name, -1, NULL))
        name = fallback = g_strdup_printf (_("Sheet %u"), s + 1);
      if (!vs_read_check_sheets (ctx, s, name, error))
        return FALSE;
      sheet = vs_sheet_new (name);

      for (unsigned int r = 0; r < n_rows; r++)
        for (unsigned int c = 0; c < n_cols; c++)
          {
            FreeXL_CellValue value;

            rc = freexl_get_cell_value (handle, r, (unsigned short) c, &value);
            if (rc != FREEXL_OK)
              return refuse (ctx, error, rc);
            if (!read_cell (ctx, sheet, r, c, &value, error))
              return FALSE;
          }
      g_ptr_array_add (workbook->sheets, g_steal_pointer (&sheet));
    }
  return TRUE;
}

/* ---- what the file claims, checked before FreeXL believes it ----
 *
 * FreeXL allocates a sheet's cells as its DIMENSIONS record claims (rows x columns, in a
 * 32-bit product that can wrap), or, without one, as far as its furthest cell; and the
 * shared strings as the SST record counts them. A 5.6 KB file claiming 65,536 x 256 cells
 * took 542 MB. The Workbook stream is read here first, through libgsf, record by record:
 * the cells every sheet claims are held to the grid's own cap on cells, rows and columns
 * to what an Excel 97-2003 sheet can have, and the string count to what the stream could
 * hold (three bytes at least each). */

#define BIFF_BOF         0x0809
#define BIFF_EOF         0x000A
#define BIFF_DIMENSIONS  0x0200
#define BIFF_SST         0x00FC
#define BIFF_MAX_ROWS    65536u
#define BIFF_MAX_COLS    256u

typedef struct {
  guint64 claimed;        /* cells of the sheets done so far */
  guint64 dim_cells;      /* this sheet's DIMENSIONS, rows x columns */
  guint   max_row;        /* this sheet's furthest cell + 1 */
  guint   max_col;
  guint   n_sheets;       /* BOF records after the workbook's own */
  gboolean globals_seen;
} Claims;

static guint16
le16 (const guint8 *p)
{
  return (guint16) (p[0] | (p[1] << 8));
}

static guint32
le32 (const guint8 *p)
{
  return (guint32) le16 (p) | ((guint32) le16 (p + 2) << 16);
}

/* The cell records FreeXL reads, with their row and column first. */
static gboolean
is_cell_record (guint16 type)
{
  switch (type)
    {
    case 0x0203:    /* NUMBER */
    case 0x027E:    /* RK */
    case 0x00BD:    /* MULRK */
    case 0x0204:    /* LABEL */
    case 0x00FD:    /* LABELSST */
    case 0x0205:    /* BOOLERR */
    case 0x0201:    /* BLANK */
    case 0x00BE:    /* MULBLANK */
    case 0x0006:    /* FORMULA */
    case 0x00D6:    /* RSTRING */
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
refuse_claim (VsReadContext  *ctx,
              GError        **error,
              guint           sheet,
              guint64         rows,
              guint64         cols)
{
  vs_read_fail (ctx, error, VS_READ_ERROR_HOSTILE,
                _("sheet %u claims %" G_GUINT64_FORMAT " rows by %" G_GUINT64_FORMAT
                  " columns, more than an Excel 97-2003 sheet has (%u by %u): the file is "
                  "damaged or made to exhaust memory"),
                sheet, rows, cols, BIFF_MAX_ROWS, BIFF_MAX_COLS);
  return FALSE;
}

static gboolean
end_sheet (VsReadContext  *ctx,
           Claims         *claims,
           GError        **error)
{
  guint64 cells = MAX (claims->dim_cells, (guint64) claims->max_row * claims->max_col);

  claims->claimed += cells;
  claims->dim_cells = 0;
  claims->max_row = claims->max_col = 0;
  if (claims->claimed <= ctx->limits.max_cells)
    return TRUE;
  vs_read_fail (ctx, error, VS_READ_ERROR_TOO_LARGE,
                _("its sheets claim %" G_GUINT64_FORMAT " cells (sheet %u alone %"
                  G_GUINT64_FORMAT "), more than the %" G_GUINT64_FORMAT " that can be read; "
                  "if it is real, save it as XLSX and import that"),
                claims->claimed, claims->n_sheets, cells, ctx->limits.max_cells);
  return FALSE;
}

static gboolean
check_record (VsReadContext  *ctx,
              Claims         *claims,
              guint16         type,
              guint16         size,
              const guint8   *body,
              guint64         stream_size,
              GError        **error)
{
  if (type == BIFF_BOF)
    {
      /* The first BOF opens the workbook's globals; each later one a sheet. */
      if (claims->globals_seen)
        claims->n_sheets++;
      claims->globals_seen = TRUE;
      return TRUE;
    }
  if (type == BIFF_EOF)
    return end_sheet (ctx, claims, error);

  if (type == BIFF_DIMENSIONS)
    {
      guint64 rows, cols;

      if (size >= 14)                 /* BIFF8: 32-bit rows */
        rows = le32 (body + 4), cols = le16 (body + 10);
      else if (size >= 8)             /* BIFF5 */
        rows = le16 (body + 2), cols = le16 (body + 6);
      else
        return TRUE;
      if (rows > BIFF_MAX_ROWS || cols > BIFF_MAX_COLS)
        return refuse_claim (ctx, error, claims->n_sheets, rows, cols);
      /* A second DIMENSIONS in a sheet is allocated again: count every one. */
      claims->dim_cells += rows * cols;
      return TRUE;
    }

  if (type == BIFF_SST && size >= 8)
    {
      guint64 strings = le32 (body + 4);

      if (strings > stream_size / 3)
        {
          vs_read_fail (ctx, error, VS_READ_ERROR_HOSTILE,
                        _("its string table claims %" G_GUINT64_FORMAT " strings, more than "
                          "its %" G_GUINT64_FORMAT " bytes can hold: the file is damaged or "
                          "made to exhaust memory"),
                        strings, stream_size);
          return FALSE;
        }
      return TRUE;
    }

  if (is_cell_record (type) && size >= 4)
    {
      guint row = le16 (body), col = le16 (body + 2);

      /* MULRK and MULBLANK run on along the row, as far as the record is long. */
      if (type == 0x00BD && size >= 6)
        col += (size - 6) / 6;
      else if (type == 0x00BE && size >= 6)
        col += (size - 6) / 2;
      if (row >= BIFF_MAX_ROWS || col >= BIFF_MAX_COLS)
        return refuse_claim (ctx, error, claims->n_sheets, (guint64) row + 1,
                             (guint64) col + 1);
      claims->max_row = MAX (claims->max_row, row + 1);
      claims->max_col = MAX (claims->max_col, col + 1);
    }
  return TRUE;
}

static gboolean
check_stream (VsReadContext  *ctx,
              GsfInput       *stream,
              GError        **error)
{
  guint64 stream_size = (guint64) gsf_input_size (stream);
  Claims claims = { 0 };

  for (;;)
    {
      guint8 header[4], body[16];
      guint16 type, size;
      gsize want;

      if (gsf_input_remaining (stream) < 4 || gsf_input_read (stream, 4, header) == NULL)
        break;
      type = le16 (header);
      size = le16 (header + 2);
      want = MIN ((gsize) size, sizeof body);
      if ((gsf_off_t) want > gsf_input_remaining (stream))
        break;
      memset (body, 0, sizeof body);
      if (want > 0 && gsf_input_read (stream, want, body) == NULL)
        break;
      if (!check_record (ctx, &claims, type, size, body, stream_size, error))
        return FALSE;
      if (size > want && gsf_input_seek (stream, size - want, G_SEEK_CUR))
        break;
    }
  /* A last sheet without its EOF record counts all the same. */
  return end_sheet (ctx, &claims, error);
}

static gboolean
check_claims (VsReadContext  *ctx,
              const char     *path,
              GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  GsfInput *source = gsf_input_stdio_new (path, &local_error);
  GsfInfile *ole;
  GsfInput *stream = NULL;
  gboolean ok = TRUE;

  if (source == NULL)
    {
      vs_read_fail (ctx, error, VS_READ_ERROR_IO, _("cannot be opened: %s"),
                    local_error->message);
      return FALSE;
    }
  ole = gsf_infile_msole_new (source, NULL);
  if (ole != NULL)
    {
      stream = gsf_infile_child_by_name (ole, "Workbook");
      if (stream == NULL)
        stream = gsf_infile_child_by_name (ole, "Book");
    }
  /* What libgsf cannot read, FreeXL will refuse in its own words. */
  if (stream != NULL)
    ok = check_stream (ctx, stream, error);
  g_clear_object (&stream);
  g_clear_object (&ole);
  g_object_unref (source);
  return ok;
}

gboolean
vs_read_xls (VsReadContext  *ctx,
             const char     *path,
             VsWorkbook     *workbook,
             GError        **error)
{
  const void *handle = NULL;
  gboolean ok;
  int rc;

  g_free (workbook->format);
  workbook->format = g_strdup ("xls");
  if (!check_claims (ctx, path, error))
    return FALSE;
  rc = freexl_open (path, &handle);
  if (rc != FREEXL_OK)
    {
      if (handle != NULL)
        freexl_close (handle);
      return refuse (ctx, error, rc);
    }
  ok = read_sheets (ctx, handle, workbook, error);
  freexl_close (handle);
  return ok;
}
