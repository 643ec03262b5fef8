/* vs-read-xls.c: Excel 97-2003 workbooks (.xls), through FreeXL
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "vs-read-private.h"

#include <freexl.h>
#include <glib/gstdio.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <string.h>

gboolean
vs_read_xls_refuse (VsReadContext  *ctx,
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
    return vs_read_xls_refuse (ctx, error, rc);

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
        return vs_read_xls_refuse (ctx, error, rc);
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
              return vs_read_xls_refuse (ctx, error, rc);
            if (!read_cell (ctx, sheet, r, c, &value, error))
              return FALSE;
          }
      g_ptr_array_add (workbook->sheets, g_steal_pointer (&sheet));
    }
  return TRUE;
}

gboolean
vs_read_xls (VsReadContext  *ctx,
             const char     *path,
             VsWorkbook     *workbook,
             GError        **error)
{
  g_autoptr(GByteArray) stream = NULL;
  g_autoptr(GByteArray) rebuilt = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *tmp = NULL;
  const char *name = NULL;
  const void *handle = NULL;
  gboolean ok;
  int rc, fd;

  g_free (workbook->format);
  workbook->format = g_strdup ("xls");
  if ((stream = vs_read_xls_checked_stream (ctx, path, &name, error)) == NULL)
    return FALSE;

  /* FreeXL reads the compound file's tables itself, and trusts them: it is given the
   * checked stream in tables written here instead of the file's own. */
  rebuilt = vs_read_cfb_build (stream->data, stream->len, name);
  g_clear_pointer (&stream, g_byte_array_unref);
  fd = g_file_open_tmp ("vital-signs-XXXXXX.xls", &tmp, &local_error);
  if (fd >= 0)
    close (fd);
  if (fd < 0 || !g_file_set_contents (tmp, (const char *) rebuilt->data, rebuilt->len,
                                      &local_error))
    {
      vs_read_fail (ctx, error, VS_READ_ERROR_IO, _("cannot be read: %s"),
                    local_error->message);
      if (tmp != NULL)
        g_unlink (tmp);
      return FALSE;
    }
  g_clear_pointer (&rebuilt, g_byte_array_unref);

  rc = freexl_open (tmp, &handle);
  if (rc != FREEXL_OK)
    {
      if (handle != NULL)
        freexl_close (handle);
      g_unlink (tmp);
      return vs_read_xls_refuse (ctx, error, rc);
    }
  ok = read_sheets (ctx, handle, workbook, error);
  freexl_close (handle);
  g_unlink (tmp);
  return ok;
}
