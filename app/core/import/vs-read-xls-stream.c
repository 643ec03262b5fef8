/* vs-read-xls-stream.c: the XLS reader process's cells, validated into a workbook
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The stream (vs-xls-protocol.h) comes from a process that has just run FreeXL on a
 * hostile file: it is read as strictly as the file itself. Every length is checked before
 * it is read, every cell against the grid's caps and the order of its sheet, every text
 * for NUL and UTF-8; what is not exactly the protocol is damage.
 */
#include "vs-read-private.h"
#include "vs-xls-protocol.h"

#include <glib/gi18n.h>
#include <string.h>

typedef struct {
  GInputStream *in;
  guint8        buf[64 * 1024];
  gsize         pos;
  gsize         len;
  gboolean      eof;
} Reader;

/* Fills the buffer when it is empty; FALSE at the end of the stream or on an error (the
 * process stopping is told apart by the caller, from how it ended). */
static gboolean
fill (Reader *r)
{
  gssize n;

  if (r->pos < r->len)
    return TRUE;
  if (r->eof)
    return FALSE;
  n = g_input_stream_read (r->in, r->buf, sizeof r->buf, NULL, NULL);
  if (n <= 0)
    {
      r->eof = TRUE;
      return FALSE;
    }
  r->pos = 0;
  r->len = (gsize) n;
  return TRUE;
}

static gboolean
read_exact (Reader *r,
            void   *dest,
            gsize   n)
{
  guint8 *out = dest;

  while (n > 0)
    {
      gsize take;

      if (!fill (r))
        return FALSE;
      take = MIN (n, r->len - r->pos);
      memcpy (out, r->buf + r->pos, take);
      r->pos += take;
      out += take;
      n -= take;
    }
  return TRUE;
}

static gboolean
read_u32 (Reader  *r,
          guint32 *value)
{
  guint8 b[4];

  if (!read_exact (r, b, sizeof b))
    return FALSE;
  *value = vs_read_le32 (b);
  return TRUE;
}

typedef struct {
  VsReadContext *ctx;
  Reader        *reader;
  VsWorkbook    *workbook;
  VsSheet       *sheet;       /* the sheet being read, not yet in the workbook */
  guint          n_sheets;
  gboolean       any_cell;    /* in this sheet */
  guint          last_row;
  guint          last_col;
  GByteArray    *text;
  gboolean      *malformed;
} Parse;

static gboolean
malformed (Parse       *p,
           GError     **error,
           const char  *what)
{
  *p->malformed = TRUE;
  vs_read_fail (p->ctx, error, VS_READ_ERROR_CORRUPT,
                _("could not be read: the file is damaged (the XLS reader wrote %s); open it "
                  "in Excel or LibreOffice, save it as XLSX and import that"),
                what);
  return FALSE;
}

static gboolean
truncated (Parse   *p,
           GError **error)
{
  return malformed (p, error, _("an output that stops before its end"));
}

static void
end_sheet (Parse *p)
{
  if (p->sheet != NULL)
    g_ptr_array_add (p->workbook->sheets, g_steal_pointer (&p->sheet));
}

static gboolean
begin_sheet (Parse   *p,
             GError **error)
{
  g_autofree char *name = NULL;
  guint32 len;

  if (!read_u32 (p->reader, &len))
    return truncated (p, error);
  if (len > VS_XLS_MAX_NAME)
    return malformed (p, error, _("a sheet name longer than any a workbook can hold"));
  name = g_malloc (len + 1);
  if (!read_exact (p->reader, name, len))
    return truncated (p, error);
  name[len] = '\0';
  /* What FreeXL could not decode, or an empty name, gets the name people would call it. */
  if (len == 0 || memchr (name, '\0', len) != NULL || !g_utf8_validate_len (name, len, NULL))
    {
      g_free (name);
      name = g_strdup_printf (_("Sheet %u"), p->n_sheets + 1);
    }
  end_sheet (p);
  if (!vs_read_check_sheets (p->ctx, p->n_sheets, name, error))
    return FALSE;
  p->sheet = vs_sheet_new (name);
  p->n_sheets++;
  p->any_cell = FALSE;
  return TRUE;
}

/* The address of the next cell: in a sheet, after the one before, within the caps. */
static gboolean
read_address (Parse   *p,
              guint   *row,
              guint   *col,
              GError **error)
{
  guint8 b[6];

  if (!read_exact (p->reader, b, sizeof b))
    return truncated (p, error);
  if (p->sheet == NULL)
    return malformed (p, error, _("a cell before any sheet"));
  *row = vs_read_le32 (b);
  *col = vs_read_le16 (b + 4);
  if (p->any_cell && (*row < p->last_row || (*row == p->last_row && *col <= p->last_col)))
    {
      g_autofree char *address = vs_cell_address (*row, *col);
      g_autofree char *what = g_strdup_printf (_("sheet “%s”, cell %s out of order"),
                                               vs_sheet_get_name (p->sheet), address);

      return malformed (p, error, what);
    }
  p->any_cell = TRUE;
  p->last_row = *row;
  p->last_col = *col;
  return vs_read_reserve (p->ctx, p->sheet, *row, *col, error);
}

static gboolean
read_number (Parse   *p,
             GError **error)
{
  guint row, col;
  guint8 b[8];
  guint64 bits;
  double number;

  if (!read_address (p, &row, &col, error))
    return FALSE;
  if (!read_exact (p->reader, b, sizeof b))
    return truncated (p, error);
  bits = (guint64) vs_read_le32 (b) | ((guint64) vs_read_le32 (b + 4) << 32);
  memcpy (&number, &bits, sizeof number);
  vs_sheet_set_number (p->sheet, row, col, number, VS_CELL_FORMAT_GENERAL);
  return TRUE;
}

/* A text, or a date FreeXL wrote as "2016-11-01" (or with a time): as a date when it is
 * one, as its text otherwise. */
static gboolean
read_text (Parse    *p,
           gboolean  is_date,
           GError  **error)
{
  const char *text;
  guint row, col;
  guint32 len;
  guint32 julian;

  if (!read_address (p, &row, &col, error))
    return FALSE;
  if (!read_u32 (p->reader, &len))
    return truncated (p, error);
  if (len == 0)
    return malformed (p, error, _("an empty text"));
  if (len > p->ctx->limits.max_cell_bytes)
    {
      g_autofree char *address = vs_cell_address (row, col);

      vs_read_fail (p->ctx, error, VS_READ_ERROR_TOO_LARGE,
                    _("sheet “%s”, cell %s holds more than %" G_GUINT64_FORMAT
                      " KB of text"),
                    vs_sheet_get_name (p->sheet), address,
                    p->ctx->limits.max_cell_bytes / 1024);
      return FALSE;
    }
  if (!vs_read_count_text (p->ctx, len, error))
    return FALSE;
  g_byte_array_set_size (p->text, len + 1);
  if (!read_exact (p->reader, p->text->data, len))
    return truncated (p, error);
  p->text->data[len] = '\0';
  text = (const char *) p->text->data;
  if (memchr (text, '\0', len) != NULL)
    return malformed (p, error, _("a text holding a NUL byte"));

  if (is_date && vs_read_iso_to_julian (text, &julian))
    vs_sheet_set_date (p->sheet, row, col, julian);
  else if (g_utf8_validate_len (text, len, NULL))
    vs_sheet_set_string_len (p->sheet, row, col, text, len);
  else
    vs_sheet_set_string (p->sheet, row, col, g_utf8_make_valid (text, (gssize) len));
  return TRUE;
}

/* After the last record nothing may follow. */
static gboolean
at_end (Parse   *p,
        GError **error)
{
  guint8 extra;

  if (read_exact (p->reader, &extra, 1))
    return malformed (p, error, _("more after its end"));
  return TRUE;
}

static gboolean
parse (Parse   *p,
       GError **error)
{
  char magic[VS_XLS_MAGIC_LEN];

  if (!read_exact (p->reader, magic, sizeof magic))
    return truncated (p, error);
  if (memcmp (magic, VS_XLS_MAGIC, sizeof magic) != 0)
    return malformed (p, error, _("an output of another kind or version"));

  for (;;)
    {
      guint8 tag;

      if (!read_exact (p->reader, &tag, 1))
        return truncated (p, error);
      switch (tag)
        {
        case VS_XLS_SHEET:
          if (!begin_sheet (p, error))
            return FALSE;
          break;
        case VS_XLS_NUMBER:
          if (!read_number (p, error))
            return FALSE;
          break;
        case VS_XLS_DATE:
        case VS_XLS_TEXT:
          if (!read_text (p, tag == VS_XLS_DATE, error))
            return FALSE;
          break;
        case VS_XLS_PASSWORD:
          if (!at_end (p, error))
            return FALSE;
          vs_read_fail (p->ctx, error, VS_READ_ERROR_FORMAT,
                        _("is protected with a password: remove the password in Excel or "
                          "LibreOffice, save it as XLSX and import that"));
          return FALSE;
        case VS_XLS_FAILED:
          {
            guint32 rc;

            if (!read_u32 (p->reader, &rc))
              return truncated (p, error);
            if (rc == 0)
              return malformed (p, error, _("a failure without its cause"));
            if (!at_end (p, error))
              return FALSE;
            return vs_read_xls_refuse (p->ctx, error, (int) rc);
          }
        case VS_XLS_END:
          if (!at_end (p, error))
            return FALSE;
          end_sheet (p);
          return TRUE;
        default:
          return malformed (p, error, _("a record of an unknown kind"));
        }
    }
}

gboolean
vs_read_xls_stream (VsReadContext  *ctx,
                    GInputStream   *in,
                    VsWorkbook     *workbook,
                    gboolean       *is_malformed,
                    GError        **error)
{
  g_autofree Reader *reader = g_new0 (Reader, 1);
  g_autoptr(GByteArray) text = g_byte_array_new ();
  Parse p = { ctx, reader, workbook, NULL, 0, FALSE, 0, 0, text, is_malformed };
  gboolean ok;

  g_return_val_if_fail (G_IS_INPUT_STREAM (in), FALSE);

  *is_malformed = FALSE;
  reader->in = in;
  ok = parse (&p, error);
  g_clear_pointer (&p.sheet, vs_sheet_free);
  return ok;
}
