/* vs-csv-stream.c: a CSV or TSV file handed to the importer one row at a time
 *
 * The readers build a whole VsSheet, which is right for workbooks but holds every cell of
 * a million-row extract at once. The importer needs each row only while it reads it, so
 * text files are streamed instead, through the readers' own CSV core (vs_csv_read_rows):
 * the same encoding detection, sniffing, strict quotes and caps, rows numbered as the
 * readers number them, but one row's cells in memory at a time.
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gi18n.h>

#include "vs-import-private.h"
#include "vs-read-private.h"

typedef struct {
  VsReadContext *ctx;
  VsRowFunc      func;
  gpointer       user_data;
} Rows;

/* Rows are capped here, as a sheet's are by vs_read_reserve(): a spreadsheet could not
 * open more, and the importer would not hold them all in one transaction. */
static gboolean
on_row (guint          row,
        const VsCell  *cells,
        guint          n_cells,
        gpointer       user_data,
        GError       **error)
{
  Rows *rows = user_data;

  if (row >= rows->ctx->limits.max_rows)
    {
      vs_read_fail (rows->ctx, error, VS_READ_ERROR_TOO_LARGE,
                    _("row %u: beyond the last row a spreadsheet may have (%u rows)"),
                    row + 1, rows->ctx->limits.max_rows);
      return FALSE;
    }
  return rows->func (row, cells, n_cells, rows->user_data, error);
}

/* A zip or OLE file, or a name that promises one, goes to the readers instead. */
static gboolean
is_text_file (VsReadContext *ctx,
              VsFileKind     kind)
{
  return kind == VS_FILE_TEXT &&
         !g_str_equal (ctx->extension, "xlsx") && !g_str_equal (ctx->extension, "xlsm") &&
         !g_str_equal (ctx->extension, "ods") && !g_str_equal (ctx->extension, "xls");
}

gboolean
vs_csv_stream_file (const char  *path,
                    VsRowFunc    func,
                    gpointer     user_data,
                    GChecksum   *checksum,
                    char        *delimiter,
                    gboolean    *not_text,
                    GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *base = g_filename_display_basename (path);
  g_autofree char *open_path = NULL;
  const char *dot = strrchr (base, '.');
  g_autofree char *sheet_name = dot != NULL && dot != base
                                ? g_strndup (base, (gsize) (dot - base)) : g_strdup (base);
  VsReadContext ctx;
  Rows rows = { &ctx, func, user_data };
  guint8 head[16];
  gsize len;
  guint64 size;
  VsFileKind kind;
  gboolean ok = FALSE;
  int fd;

  *not_text = FALSE;
  vs_read_context_init (&ctx, path, NULL);
  if ((fd = vs_read_open_regular (&ctx, path, &size, error)) < 0)
    {
      vs_read_context_clear (&ctx);
      return FALSE;
    }
  len = vs_read_head (fd, head, sizeof head);
  kind = vs_read_kind_from_magic (head, len);
  if (!is_text_file (&ctx, kind))
    *not_text = TRUE;
  else if (vs_read_check_not_spreadsheet (&ctx, head, len, error) &&
           vs_read_check_size (&ctx, kind, size, error))
    {
      /* The checked file itself, through a name, for a stream that can seek. */
      open_path = vs_read_fd_path (fd, path);
      file = g_file_new_for_path (open_path);
      stream = G_INPUT_STREAM (g_file_read (file, NULL, &local_error));
      if (stream == NULL)
        vs_read_fail (&ctx, error, VS_READ_ERROR_IO, _("cannot be opened: %s"),
                      local_error->message);
      else
        ok = vs_csv_read_rows (&ctx, stream, sheet_name, checksum, delimiter, on_row, &rows,
                               error);
    }
  g_clear_object (&stream);
  close (fd);
  vs_read_context_clear (&ctx);
  return ok;
}
