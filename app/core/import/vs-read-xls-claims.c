/* vs-read-xls-claims.c: what an Excel 97-2003 file claims, checked before FreeXL believes it
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * FreeXL allocates a sheet's cells as its DIMENSIONS record claims (rows x columns, in a
 * 32-bit product that can wrap), or, without one, as far as its furthest cell; and the
 * shared strings as the SST record counts them. A 5.6 KB file claiming 65,536 x 256 cells
 * took 542 MB. So the Workbook stream is found here first and read record by record: the
 * cells every sheet claims are held to the grid's own cap on cells, rows and columns to
 * what an Excel 97-2003 sheet can have, and the string count to what the stream could
 * hold (three bytes at least each).
 *
 * The stream is found by vs-read-cfb.c: a structure it cannot follow is refused before
 * FreeXL, with its own, follows it.
 */
#include "vs-read-private.h"

#include <freexl.h>
#include <glib/gi18n.h>
#include <string.h>

#define BIFF_BOF         0x0809
#define BIFF_EOF         0x000A
#define BIFF_DIMENSIONS  0x0200
#define BIFF_SST         0x00FC
#define BIFF_BOUNDSHEET  0x0085
#define BIFF_MAX_ROWS    65536u
#define BIFF_MAX_COLS    256u

typedef struct {
  guint64 claimed;        /* cells of the sheets done so far */
  guint64 dim_cells;      /* this sheet's DIMENSIONS, rows x columns */
  guint   max_row;        /* this sheet's furthest cell + 1 */
  guint   max_col;
  guint   n_sheets;       /* BOF records after the workbook's own */
  guint   n_dimensions;   /* DIMENSIONS records since the BOF that opened this sheet */
  gboolean globals_seen;
  gboolean open;          /* a BOF with no EOF yet */
  GHashTable *listed;     /* BOUNDSHEET offsets -> TRUE once their sheet was found */
} Claims;

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

/* FreeXL follows the sheets the workbook lists and applies a DIMENSIONS record to the
 * sheet it last selected: a sheet it does not list, one without DIMENSIONS (FreeXL then
 * allocates another sheet's cells again) or with two are damage it does not survive. */
static gboolean
refuse_structure (VsReadContext  *ctx,
                  GError        **error,
                  guint           sheet,
                  const char     *what)
{
  vs_read_fail (ctx, error, VS_READ_ERROR_CORRUPT,
                _("sheet %u %s, which cannot be read: open the file in Excel or LibreOffice, "
                  "save it as XLSX and import that"),
                sheet, what);
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
              gsize           offset,
              guint16         type,
              guint16         size,
              const guint8   *body,
              guint64         stream_size,
              GError        **error)
{
  if (type == BIFF_BOUNDSHEET && size >= 4)
    {
      g_hash_table_insert (claims->listed, GSIZE_TO_POINTER ((gsize) vs_read_le32 (body)),
                           GINT_TO_POINTER (FALSE));
      return TRUE;
    }
  if (type == BIFF_BOF)
    {
      /* The first BOF opens the workbook's globals; each later one a sheet. One inside a
       * sheet (a chart's) opens nothing for FreeXL: its records count for the sheet. */
      if (claims->open)
        return TRUE;
      if (claims->globals_seen)
        {
          gpointer found;

          claims->n_sheets++;
          if (!g_hash_table_lookup_extended (claims->listed, GSIZE_TO_POINTER (offset), NULL,
                                             &found) || GPOINTER_TO_INT (found))
            return refuse_structure (ctx, error, claims->n_sheets,
                                     _("is not one the workbook lists"));
          g_hash_table_insert (claims->listed, GSIZE_TO_POINTER (offset),
                               GINT_TO_POINTER (TRUE));
        }
      claims->globals_seen = TRUE;
      claims->open = TRUE;
      claims->n_dimensions = 0;
      return TRUE;
    }
  if (type == BIFF_EOF)
    {
      claims->open = FALSE;
      if (claims->n_sheets > 0 && claims->n_dimensions == 0)
        return refuse_structure (ctx, error, claims->n_sheets,
                                 _("does not give its size (no DIMENSIONS record)"));
      return end_sheet (ctx, claims, error);
    }

  if (type == BIFF_DIMENSIONS)
    {
      guint64 rows, cols;

      if (size >= 14)                 /* BIFF8: 32-bit rows */
        rows = vs_read_le32 (body + 4), cols = vs_read_le16 (body + 10);
      else if (size >= 8)             /* BIFF5 */
        rows = vs_read_le16 (body + 2), cols = vs_read_le16 (body + 6);
      else
        return TRUE;
      if (rows > BIFF_MAX_ROWS || cols > BIFF_MAX_COLS)
        return refuse_claim (ctx, error, claims->n_sheets, rows, cols);
      /* FreeXL allocates a sheet's cells again for a second DIMENSIONS, losing (and
       * leaking) the first: a sheet has one. */
      if (++claims->n_dimensions > 1)
        return refuse_structure (ctx, error, claims->n_sheets,
                                 _("gives its size twice (or holds a chart)"));
      claims->dim_cells += rows * cols;
      return TRUE;
    }

  if (type == BIFF_SST && size >= 8)
    {
      guint64 strings = vs_read_le32 (body + 4);

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
      guint row = vs_read_le16 (body), col = vs_read_le16 (body + 2);

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


/* ---- the check ---- */

static gboolean
check_stream (VsReadContext  *ctx,
              const guint8   *data,
              gsize           len,
              GError        **error)
{
  g_autoptr(GHashTable) listed = g_hash_table_new (NULL, NULL);
  Claims claims = { .listed = listed };
  GHashTableIter iter;
  gpointer found;
  gsize at = 0;

  while (at + 4 <= len)
    {
      guint16 type = vs_read_le16 (data + at), size = vs_read_le16 (data + at + 2);
      guint8 body[16] = { 0 };
      gsize offset = at;

      at += 4;
      /* A record of type 0 and no length ends the stream for FreeXL (writers pad the
       * stream with zeros): what follows it is not read, by FreeXL or here. */
      if (type == 0 && size == 0)
        break;
      /* BIFF8 records are at most 8,224 bytes (BIFF5 2,080), and none runs past the end
       * of the stream: FreeXL copied one of 65,535 bytes past its buffer (fuzz-xls). */
      if (size > 8224 || size > len - at)
        {
          vs_read_fail (ctx, error, VS_READ_ERROR_CORRUPT,
                        _("holds a record of %u bytes at byte %" G_GSIZE_FORMAT " of its "
                          "workbook, longer than Excel writes or than what is left: the "
                          "file is damaged; open it in Excel or LibreOffice, save it as XLSX "
                          "and import that"),
                        size, offset);
          return FALSE;
        }
      memcpy (body, data + at, MIN ((gsize) size, sizeof body));
      if (!check_record (ctx, &claims, offset, type, size, body, len, error))
        return FALSE;
      at += size;
    }
  /* A last sheet without its EOF record counts all the same; a listed sheet that is not
   * in the stream is damage. */
  if (claims.open && claims.n_sheets > 0 && claims.n_dimensions == 0)
    return refuse_structure (ctx, error, claims.n_sheets,
                             _("does not give its size (no DIMENSIONS record)"));
  g_hash_table_iter_init (&iter, listed);
  while (g_hash_table_iter_next (&iter, NULL, &found))
    if (!GPOINTER_TO_INT (found))
      return refuse_structure (ctx, error, claims.n_sheets + 1,
                               _("is listed by the workbook but not in the file"));
  return end_sheet (ctx, &claims, error);
}

GByteArray *
vs_read_xls_checked_stream (VsReadContext  *ctx,
                            const guint8   *data,
                            gsize           len,
                            const char    **name,
                            GError        **error)
{
  static const char * const names[] = { "Workbook", "Book", NULL };   /* BIFF8, BIFF5 */
  g_autoptr(GByteArray) stream = NULL;
  gboolean damaged = FALSE;
  guint which = 0;

  stream = vs_read_cfb_stream (data, len, names, &which, &damaged);
  if (stream == NULL && damaged)
    {
      vs_read_fail (ctx, error, VS_READ_ERROR_CORRUPT,
                    _("is an Excel 97-2003 workbook whose inner tables are damaged: open it "
                      "in Excel or LibreOffice, save it as XLSX and import that"));
      return NULL;
    }
  if (stream == NULL)
    {
      vs_read_xls_refuse (ctx, error, FREEXL_BIFF_WORKBOOK_NOT_FOUND);
      return NULL;
    }
  if (!check_stream (ctx, stream->data, stream->len, error))
    return NULL;
  *name = names[which];
  return g_steal_pointer (&stream);
}
