/* vs-reader.c: open any supported spreadsheet file as a VsWorkbook
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "vs-reader.h"
#include "vs-read-private.h"
#include "vs-zip.h"

#include <glib/gi18n.h>
#include <gsf/gsf-input-memory.h>
#include <gsf/gsf-input-stdio.h>
#include <gsf/gsf-utils.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

G_DEFINE_QUARK (vs-read-error-quark, vs_read_error)

void
vs_read_limits_init_default (VsReadLimits *limits)
{
  *limits = (VsReadLimits) {
    .max_part_bytes = VS_READ_MAX_PART_BYTES,
    .max_total_bytes = VS_READ_MAX_TOTAL_BYTES,
    .max_cell_bytes = VS_READ_MAX_CELL_BYTES,
    .max_rows = VS_READ_MAX_ROWS,
    .max_cols = VS_READ_MAX_COLS,
    .max_sheets = VS_READ_MAX_SHEETS,
    .max_cells = VS_READ_MAX_CELLS,
    .max_text_file_bytes = VS_READ_MAX_TEXT_FILE_BYTES,
    .max_zip_file_bytes = VS_READ_MAX_ZIP_FILE_BYTES,
    .max_xls_file_bytes = VS_READ_MAX_XLS_FILE_BYTES,
    .max_xls_reader_bytes = VS_READ_MAX_XLS_READER_BYTES,
    .max_xls_reader_seconds = VS_READ_MAX_XLS_READER_SECONDS,
  };
}

void
vs_read_context_init (VsReadContext      *ctx,
                      const char         *name,
                      const VsReadLimits *limits)
{
  const char *dot;

  memset (ctx, 0, sizeof *ctx);
  /* Messages carry the name, and messages are UTF-8 whatever the file system's names. */
  ctx->name = g_filename_display_basename (name);
  dot = strrchr (ctx->name, '.');
  ctx->extension = g_ascii_strdown (dot != NULL ? dot + 1 : "", -1);
  if (limits != NULL)
    ctx->limits = *limits;
  else
    vs_read_limits_init_default (&ctx->limits);
}

void
vs_read_context_clear (VsReadContext *ctx)
{
  g_clear_pointer (&ctx->name, g_free);
  g_clear_pointer (&ctx->extension, g_free);
}

void
vs_read_fail (VsReadContext *ctx,
              GError       **error,
              VsReadError    code,
              const char    *format,
              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  /* TRANSLATORS: a file's name, then what is wrong with it */
  g_set_error (error, VS_READ_ERROR, (int) code, _("%s: %s"), ctx->name, message);
}

gboolean
vs_read_check_sheets (VsReadContext *ctx,
                      guint          n_sheets,
                      const char    *name,
                      GError       **error)
{
  /* Each sheet costs its own grid and, in an XLSX, a parse of its part even when a
   * hundred thousand sheets name the same one. */
  if (n_sheets < ctx->limits.max_sheets)
    return TRUE;
  vs_read_fail (ctx, error, VS_READ_ERROR_TOO_LARGE,
                _("sheet “%s”: the file has more than %u sheets, the most that can be read"),
                name != NULL ? name : "", ctx->limits.max_sheets);
  return FALSE;
}

gboolean
vs_read_parse_number (const char *text,
                      double     *number)
{
  const char *p = text;
  gboolean digits = FALSE;
  char *end = NULL;

  if (text == NULL)
    return FALSE;
  /* strtod would read hex, "inf", "nan" and "infinity" too: a stored value is none of
   * them, so the shape is checked here first. */
  while (g_ascii_isspace (*p))
    p++;
  if (*p == '+' || *p == '-')
    p++;
  while (g_ascii_isdigit (*p))
    p++, digits = TRUE;
  if (*p == '.')
    for (p++; g_ascii_isdigit (*p); p++)
      digits = TRUE;
  if (!digits)
    return FALSE;
  if (*p == 'e' || *p == 'E')
    {
      p++;
      if (*p == '+' || *p == '-')
        p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }
  while (g_ascii_isspace (*p))
    p++;
  if (*p != '\0')
    return FALSE;
  *number = g_ascii_strtod (text, &end);
  return end != text && isfinite (*number);
}

gboolean
vs_read_reserve (VsReadContext *ctx,
                 VsSheet       *sheet,
                 guint          row,
                 guint          col,
                 GError       **error)
{
  guint64 needed;

  if (row >= ctx->limits.max_rows || col >= ctx->limits.max_cols)
    {
      g_autofree char *address = vs_cell_address (row, col);

      vs_read_fail (ctx, error, VS_READ_ERROR_TOO_LARGE,
                    _("sheet “%s”, cell %s: beyond the last row or column a sheet may have "
                      "(%u rows, %u columns)"),
                    vs_sheet_get_name (sheet), address, ctx->limits.max_rows,
                    ctx->limits.max_cols);
      return FALSE;
    }
  needed = vs_sheet_slots_needed (sheet, row, col);
  if (needed > ctx->limits.max_cells - MIN (ctx->cells, ctx->limits.max_cells))
    {
      g_autofree char *address = vs_cell_address (row, col);

      vs_read_fail (ctx, error, VS_READ_ERROR_TOO_LARGE,
                    _("sheet “%s”, cell %s: the file has more than %" G_GUINT64_FORMAT
                      " cells, the most that can be read"),
                    vs_sheet_get_name (sheet), address, ctx->limits.max_cells);
      return FALSE;
    }
  ctx->cells += needed;
  return TRUE;
}

gboolean
vs_read_count_text (VsReadContext *ctx,
                    gsize          n,
                    GError       **error)
{
  ctx->text_bytes += n;
  if (ctx->text_bytes > ctx->limits.max_total_bytes)
    {
      vs_read_fail (ctx, error, VS_READ_ERROR_HOSTILE,
                    _("its cells repeat more than %" G_GUINT64_FORMAT " MB of text between "
                      "them, which no spreadsheet of this kind needs"),
                    ctx->limits.max_total_bytes / (1024 * 1024));
      return FALSE;
    }
  return TRUE;
}

gboolean
vs_read_count_bytes (VsReadContext *ctx,
                     const char    *part,
                     guint64        part_bytes_so_far,
                     gsize          n,
                     GError       **error)
{
  if (part_bytes_so_far + n > ctx->limits.max_part_bytes)
    {
      vs_read_fail (ctx, error, VS_READ_ERROR_HOSTILE,
                    _("part %s unpacks to more than %" G_GUINT64_FORMAT " MB, which no "
                      "spreadsheet of this kind needs (a zip bomb?)"),
                    part, ctx->limits.max_part_bytes / (1024 * 1024));
      return FALSE;
    }
  ctx->total_bytes += n;
  if (ctx->total_bytes > ctx->limits.max_total_bytes)
    {
      vs_read_fail (ctx, error, VS_READ_ERROR_HOSTILE,
                    _("its parts unpack to more than %" G_GUINT64_FORMAT " MB together, "
                      "which no spreadsheet of this kind needs (a zip bomb?)"),
                    ctx->limits.max_total_bytes / (1024 * 1024));
      return FALSE;
    }
  return TRUE;
}

/* Text, where the name promises a spreadsheet: say so rather than read it as CSV. Systems
 * do save tab-separated text as ".xls", which reads fine; HTML and XML in disguise do not. */
static gboolean
check_text_kind (VsReadContext  *ctx,
                 const guint8   *head,
                 gsize           len,
                 GError        **error)
{
  const char *ext = ctx->extension;
  gsize i = 0;

  if (!vs_read_check_not_spreadsheet (ctx, head, len, error))
    return FALSE;
  if (g_str_equal (ext, "xlsx") || g_str_equal (ext, "xlsm") || g_str_equal (ext, "ods"))
    {
      vs_read_fail (ctx, error, VS_READ_ERROR_FORMAT,
                    _("is not a valid .%s file (it is not a zip archive): it may be "
                      "damaged, or have the wrong name"),
                    ext);
      return FALSE;
    }
  if (len >= 3 && memcmp (head, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < len && g_ascii_isspace (head[i]))
    i++;
  if (g_str_equal (ext, "xls") && i < len && head[i] == '<')
    {
      vs_read_fail (ctx, error, VS_READ_ERROR_FORMAT,
                    _("is a web page or XML saved under an .xls name, not a spreadsheet "
                      "file: open it in a spreadsheet program and save it as XLSX"));
      return FALSE;
    }
  return TRUE;
}

#define ODS_MIME "application/vnd.oasis.opendocument.spreadsheet"
#define ODF_MIME "application/vnd.oasis.opendocument."

/* XLSX or ODS, told apart by their parts: ODF's mimetype, OPC's _rels/.rels. */
static gboolean
read_zip (VsReadContext  *ctx,
          GsfInput       *input,
          VsWorkbook     *workbook,
          GError        **error)
{
  g_autoptr(VsZip) zip = vs_zip_open (ctx, input, error);

  if (zip == NULL)
    return FALSE;
  if (vs_zip_has (zip, "mimetype"))
    {
      g_autoptr(GBytes) bytes = vs_zip_read_small (zip, "mimetype", 256, error);
      g_autofree char *mime = NULL;

      if (bytes == NULL)
        return FALSE;
      mime = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      g_strstrip (mime);
      if (g_str_has_prefix (mime, ODS_MIME))
        return vs_read_ods (ctx, zip, workbook, error);
      if (g_str_has_prefix (mime, ODF_MIME) && g_utf8_validate (mime, -1, NULL))
        {
          vs_read_fail (ctx, error, VS_READ_ERROR_FORMAT,
                        _("is an OpenDocument file but not a spreadsheet (%s)"), mime);
          return FALSE;
        }
    }
  if (vs_zip_has (zip, "_rels/.rels"))
    return vs_read_xlsx (ctx, zip, workbook, error);
  if (vs_zip_has (zip, "content.xml"))
    return vs_read_ods (ctx, zip, workbook, error);
  vs_read_fail (ctx, error, VS_READ_ERROR_FORMAT,
                _("is a zip archive, not a spreadsheet: import CSV, XLSX, ODS or XLS files"));
  return FALSE;
}

static void
ensure_init (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      gsf_init ();
      g_once_init_leave (&once, 1);
    }
}

/* Reads what @open_path (a name for the checked file, or NULL for @bytes) holds, of the
 * @kind its first bytes said. */
static gboolean
read_kind (VsReadContext *ctx,
           VsFileKind     kind,
           const char    *open_path,
           GBytes        *bytes,
           const guint8  *head,
           gsize          len,
           VsWorkbook    *workbook,
           GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  switch (kind)
    {
    case VS_FILE_ZIP:
      {
        GsfInput *input;
        gboolean ok;

        if (open_path != NULL)
          input = gsf_input_stdio_new (open_path, &local_error);
        else
          input = gsf_input_memory_new (g_bytes_get_data (bytes, NULL),
                                        (gsf_off_t) g_bytes_get_size (bytes), FALSE);
        if (input == NULL)
          {
            vs_read_fail (ctx, error, VS_READ_ERROR_IO, _("cannot be opened: %s"),
                          local_error->message);
            return FALSE;
          }
        ok = read_zip (ctx, input, workbook, error);
        g_object_unref (input);
        return ok;
      }

    case VS_FILE_OLE:
      {
        g_autoptr(GMappedFile) mapped = NULL;

        if (open_path == NULL)
          return vs_read_xls (ctx, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                              workbook, error);
        mapped = g_mapped_file_new (open_path, FALSE, &local_error);
        if (mapped == NULL)
          {
            vs_read_fail (ctx, error, VS_READ_ERROR_IO, _("cannot be opened: %s"),
                          local_error->message);
            return FALSE;
          }
        return vs_read_xls (ctx, (const guint8 *) g_mapped_file_get_contents (mapped),
                            g_mapped_file_get_length (mapped), workbook, error);
      }

    case VS_FILE_TEXT:
      {
        g_autoptr(GInputStream) stream = NULL;

        if (!check_text_kind (ctx, head, len, error))
          return FALSE;
        if (open_path != NULL)
          {
            g_autoptr(GFile) file = g_file_new_for_path (open_path);

            stream = G_INPUT_STREAM (g_file_read (file, NULL, &local_error));
            if (stream == NULL)
              {
                vs_read_fail (ctx, error, VS_READ_ERROR_IO, _("cannot be opened: %s"),
                              local_error->message);
                return FALSE;
              }
          }
        else
          stream = g_memory_input_stream_new_from_bytes (bytes);
        g_free (workbook->format);
        workbook->format = g_strdup ("csv");
        return vs_read_csv (ctx, stream, workbook, error);
      }
    }
  g_return_val_if_reached (FALSE);
}

static VsWorkbook *
read_any (VsReadContext *ctx,
          const char    *path,
          GBytes        *bytes,
          GError       **error)
{
  g_autoptr(VsWorkbook) workbook = vs_workbook_new (path != NULL ? path : ctx->name, NULL);
  g_autofree char *open_path = NULL;
  guint8 head[64];
  gsize len;
  guint64 size;
  VsFileKind kind;
  gboolean ok;
  int fd = -1;

  ensure_init ();
  if (path != NULL)
    {
      if ((fd = vs_read_open_regular (ctx, path, &size, error)) < 0)
        return NULL;
      len = vs_read_head (fd, head, sizeof head);
      open_path = vs_read_fd_path (fd, path);
    }
  else
    {
      size = g_bytes_get_size (bytes);
      len = MIN (size, sizeof head);
      memcpy (head, g_bytes_get_data (bytes, NULL), len);
    }

  kind = vs_read_kind_from_magic (head, len);
  ok = vs_read_check_size (ctx, kind, size, error) &&
       read_kind (ctx, kind, open_path, bytes, head, len, workbook, error);
  if (fd >= 0)
    close (fd);
  return ok ? g_steal_pointer (&workbook) : NULL;
}

VsWorkbook *
vs_reader_read_file_with_limits (const char         *path,
                                 const VsReadLimits *limits,
                                 GError            **error)
{
  VsReadContext ctx;
  VsWorkbook *workbook;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  vs_read_context_init (&ctx, path, limits);
  workbook = read_any (&ctx, path, NULL, error);
  vs_read_context_clear (&ctx);
  return workbook;
}

VsWorkbook *
vs_reader_read_bytes_with_limits (GBytes             *bytes,
                                  const char         *name,
                                  const VsReadLimits *limits,
                                  GError            **error)
{
  VsReadContext ctx;
  VsWorkbook *workbook;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  vs_read_context_init (&ctx, name, limits);
  workbook = read_any (&ctx, NULL, bytes, error);
  vs_read_context_clear (&ctx);
  return workbook;
}

VsWorkbook *
vs_reader_read_file (const char  *path,
                     GError     **error)
{
  return vs_reader_read_file_with_limits (path, NULL, error);
}

VsWorkbook *
vs_reader_read_bytes (GBytes     *bytes,
                      const char *name,
                      GError    **error)
{
  return vs_reader_read_bytes_with_limits (bytes, name, NULL, error);
}
