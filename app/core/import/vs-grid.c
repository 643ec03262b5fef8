/* vs-grid.c: the cells of one sheet, stored compactly because a long CSV has millions
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "vs-grid.h"
#include "vs-read-private.h"

#include <string.h>

/* A row is an array of cells up to its last non-empty one. Rows written whole (CSV) take
 * their cells from a slab shared by the sheet (cap == 0): no allocation per row, no
 * slack. Rows written cell by cell grow on the heap, and a slab row moves there if it
 * has to grow. */
typedef struct {
  VsCell *cells;
  guint   n_cols;
  guint   cap;
} VsRow;

#define SLAB_CELLS 4096

struct _VsSheet {
  char         *name;
  VsRow        *rows;
  guint         n_rows;
  guint         rows_cap;
  /* Every cell's text lives here, so that a cell costs no allocation of its own. */
  GStringChunk *strings;
  GPtrArray    *slabs;
  guint         slab_used;
  gboolean      hidden;
};

static const VsCell empty_cell = { VS_CELL_EMPTY, VS_CELL_FORMAT_GENERAL, 0.0, NULL };

VsSheet *
vs_sheet_new (const char *name)
{
  VsSheet *sheet = g_new0 (VsSheet, 1);

  g_return_val_if_fail (name != NULL, NULL);

  sheet->name = g_strdup (name);
  sheet->strings = g_string_chunk_new (64 * 1024);
  sheet->slabs = g_ptr_array_new_with_free_func (g_free);
  sheet->slab_used = SLAB_CELLS;
  return sheet;
}

void
vs_sheet_free (VsSheet *sheet)
{
  if (sheet == NULL)
    return;
  for (guint i = 0; i < sheet->n_rows; i++)
    if (sheet->rows[i].cap > 0)
      g_free (sheet->rows[i].cells);
  g_free (sheet->rows);
  g_ptr_array_unref (sheet->slabs);
  g_string_chunk_free (sheet->strings);
  g_free (sheet->name);
  g_free (sheet);
}

const char *
vs_sheet_get_name (const VsSheet *sheet)
{
  g_return_val_if_fail (sheet != NULL, NULL);
  return sheet->name;
}

gboolean
vs_sheet_get_hidden (const VsSheet *sheet)
{
  g_return_val_if_fail (sheet != NULL, FALSE);
  return sheet->hidden;
}

void
vs_sheet_set_hidden (VsSheet  *sheet,
                     gboolean  hidden)
{
  g_return_if_fail (sheet != NULL);
  sheet->hidden = !!hidden;
}

guint
vs_sheet_get_n_rows (const VsSheet *sheet)
{
  g_return_val_if_fail (sheet != NULL, 0);
  return sheet->n_rows;
}

guint
vs_sheet_get_n_cols (const VsSheet *sheet,
                     guint          row)
{
  g_return_val_if_fail (sheet != NULL, 0);
  return row < sheet->n_rows ? sheet->rows[row].n_cols : 0;
}

const VsCell *
vs_sheet_get_cell (const VsSheet *sheet,
                   guint          row,
                   guint          col)
{
  g_return_val_if_fail (sheet != NULL, &empty_cell);
  if (row >= sheet->n_rows || col >= sheet->rows[row].n_cols)
    return &empty_cell;
  return &sheet->rows[row].cells[col];
}

guint64
vs_sheet_slots_needed (const VsSheet *sheet,
                       guint          row,
                       guint          col)
{
  guint64 slots = 0;
  guint have = 0;

  if (row >= sheet->n_rows)
    slots += (guint64) row + 1 - sheet->n_rows;
  else
    have = sheet->rows[row].n_cols;
  if (col >= have)
    slots += (guint64) col + 1 - have;
  return slots;
}

static VsRow *
sheet_row (VsSheet *sheet,
           guint    row)
{
  if (row >= sheet->n_rows)
    {
      if (row >= sheet->rows_cap)
        {
          guint64 cap = MAX (sheet->rows_cap, 64);

          while (cap <= row)
            cap *= 2;
          cap = MIN (cap, (guint64) G_MAXUINT);
          sheet->rows = g_renew (VsRow, sheet->rows, cap);
          memset (sheet->rows + sheet->rows_cap, 0, (cap - sheet->rows_cap) * sizeof (VsRow));
          sheet->rows_cap = (guint) cap;
        }
      sheet->n_rows = row + 1;
    }
  return &sheet->rows[row];
}

/* The cell at (@row, @col), made to exist. */
static VsCell *
sheet_cell (VsSheet *sheet,
            guint    row,
            guint    col)
{
  VsRow *r;

  /* The readers' caps keep addresses far below this; an assert, not a NULL every setter
   * would have to check. */
  g_assert (row < G_MAXUINT && col < G_MAXUINT);

  r = sheet_row (sheet, row);
  if (col >= r->n_cols)
    {
      if (r->cap == 0 || col >= r->cap)
        {
          guint64 cap = MAX ((guint64) col + 1, (guint64) r->cap * 2);
          VsCell *cells;

          cap = MAX (cap, 4);
          cells = g_new0 (VsCell, cap);
          if (r->n_cols > 0)
            memcpy (cells, r->cells, r->n_cols * sizeof (VsCell));
          if (r->cap > 0)
            g_free (r->cells);
          r->cells = cells;
          r->cap = (guint) cap;
        }
      /* Cells between the old end and @col stay as g_new0 made them: empty. */
      r->n_cols = col + 1;
    }
  return &r->cells[col];
}

void
vs_sheet_set_row (VsSheet      *sheet,
                  guint         row,
                  const VsCell *cells,
                  guint         n_cols)
{
  VsRow *r;

  g_return_if_fail (sheet != NULL);
  g_return_if_fail (row < sheet->n_rows ? sheet->rows[row].n_cols == 0 : TRUE);

  if (n_cols == 0)
    return;
  r = sheet_row (sheet, row);
  if (n_cols > SLAB_CELLS / 4)
    {
      r->cells = g_memdup2 (cells, n_cols * sizeof (VsCell));
      r->cap = n_cols;
    }
  else
    {
      if (sheet->slab_used + n_cols > SLAB_CELLS)
        {
          g_ptr_array_add (sheet->slabs, g_new (VsCell, SLAB_CELLS));
          sheet->slab_used = 0;
        }
      r->cells = (VsCell *) g_ptr_array_index (sheet->slabs, sheet->slabs->len - 1)
                 + sheet->slab_used;
      memcpy (r->cells, cells, n_cols * sizeof (VsCell));
      sheet->slab_used += n_cols;
      r->cap = 0;
    }
  r->n_cols = n_cols;
}

const char *
vs_sheet_intern (VsSheet    *sheet,
                 const char *text,
                 gsize       len)
{
  return g_string_chunk_insert_len (sheet->strings, text, (gssize) len);
}

const char *
vs_sheet_intern_at (VsSheet    *sheet,
                    guint       row,
                    guint       col,
                    const char *text,
                    gsize       len)
{
  if (row > 0)
    {
      const VsCell *above = vs_sheet_get_cell (sheet, row - 1, col);

      if (above->kind == VS_CELL_STRING && strncmp (above->text, text, len) == 0
          && above->text[len] == '\0')
        return above->text;
    }
  return vs_sheet_intern (sheet, text, len);
}

void
vs_sheet_set_interned (VsSheet    *sheet,
                       guint       row,
                       guint       col,
                       const char *text)
{
  VsCell *cell = sheet_cell (sheet, row, col);

  *cell = (VsCell) { VS_CELL_STRING, VS_CELL_FORMAT_GENERAL, 0.0, (char *) text };
}

void
vs_sheet_set_string_len (VsSheet    *sheet,
                         guint       row,
                         guint       col,
                         const char *text,
                         gsize       len)
{
  vs_sheet_set_interned (sheet, row, col, vs_sheet_intern_at (sheet, row, col, text, len));
}

void
vs_sheet_set_string (VsSheet *sheet,
                     guint    row,
                     guint    col,
                     char    *text)
{
  g_return_if_fail (sheet != NULL);
  g_return_if_fail (text != NULL);
  g_return_if_fail (g_utf8_validate (text, -1, NULL));

  vs_sheet_set_string_len (sheet, row, col, text, strlen (text));
  g_free (text);
}

void
vs_sheet_set_number (VsSheet      *sheet,
                     guint         row,
                     guint         col,
                     double        number,
                     VsCellFormat  format)
{
  VsCell *cell;

  g_return_if_fail (sheet != NULL);
  cell = sheet_cell (sheet, row, col);
  *cell = (VsCell) { VS_CELL_NUMBER, format, number, NULL };
}

void
vs_sheet_set_boolean (VsSheet  *sheet,
                      guint     row,
                      guint     col,
                      gboolean  value)
{
  VsCell *cell;

  g_return_if_fail (sheet != NULL);
  cell = sheet_cell (sheet, row, col);
  *cell = (VsCell) { VS_CELL_BOOLEAN, VS_CELL_FORMAT_GENERAL, value ? 1.0 : 0.0, NULL };
}

void
vs_sheet_set_date (VsSheet *sheet,
                   guint    row,
                   guint    col,
                   guint32  julian_day)
{
  VsCell *cell;

  g_return_if_fail (sheet != NULL);
  g_return_if_fail (g_date_valid_julian (julian_day));
  cell = sheet_cell (sheet, row, col);
  *cell = (VsCell) { VS_CELL_DATE, VS_CELL_FORMAT_DATE, julian_day, NULL };
}

void
vs_sheet_set_error (VsSheet    *sheet,
                    guint       row,
                    guint       col,
                    const char *code)
{
  const char *text;
  VsCell *cell;

  g_return_if_fail (sheet != NULL);
  g_return_if_fail (code != NULL && g_utf8_validate (code, -1, NULL));
  text = vs_sheet_intern (sheet, code, strlen (code));
  cell = sheet_cell (sheet, row, col);
  *cell = (VsCell) { VS_CELL_ERROR, VS_CELL_FORMAT_GENERAL, 0.0, (char *) text };
}

char *
vs_column_name (guint col)
{
  char buf[16];
  guint i = sizeof buf - 1;
  guint64 n = (guint64) col + 1;

  buf[i] = '\0';
  /* Bijective base 26: A..Z, AA..ZZ, AAA.. */
  while (n > 0)
    {
      n--;
      buf[--i] = (char) ('A' + n % 26);
      n /= 26;
    }
  return g_strdup (buf + i);
}

char *
vs_cell_address (guint row,
                 guint col)
{
  g_autofree char *column = vs_column_name (col);

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT, column, (guint64) row + 1);
}

VsWorkbook *
vs_workbook_new (const char *path,
                 const char *format)
{
  VsWorkbook *workbook = g_new0 (VsWorkbook, 1);

  workbook->path = g_strdup (path);
  workbook->format = g_strdup (format);
  workbook->sheets = g_ptr_array_new_with_free_func ((GDestroyNotify) vs_sheet_free);
  return workbook;
}

void
vs_workbook_free (VsWorkbook *workbook)
{
  if (workbook == NULL)
    return;
  g_free (workbook->path);
  g_free (workbook->format);
  if (workbook->sheets != NULL)
    g_ptr_array_unref (workbook->sheets);
  g_free (workbook);
}
