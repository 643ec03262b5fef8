/* vs-read-xls.c: Excel 97-2003 workbooks (.xls), through FreeXL in a process of its own
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "vs-read-private.h"

/* FreeXL's error codes only: libfreexl itself is loaded by vs-xls-reader alone. */
#include <freexl.h>
#include <glib/gi18n.h>

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

gboolean
vs_read_xls (VsReadContext  *ctx,
             const guint8   *data,
             gsize           len,
             VsWorkbook     *workbook,
             GError        **error)
{
  g_autoptr(GByteArray) stream = NULL;
  GByteArray *rebuilt;
  const char *name = NULL;

  g_free (workbook->format);
  workbook->format = g_strdup ("xls");
  if ((stream = vs_read_xls_checked_stream (ctx, data, len, &name, error)) == NULL)
    return FALSE;

  /* FreeXL reads the compound file's tables itself, and trusts them: it is given the
   * checked stream in tables written here instead of the file's own, and runs in a
   * process of its own (vs-read-xls-child.c) for what no check foresees. */
  rebuilt = vs_read_cfb_build (stream->data, stream->len, name);
  g_clear_pointer (&stream, g_byte_array_unref);
  return vs_read_xls_in_child (ctx, rebuilt, workbook, error);
}
