/* vs-pack-xlsx.c: the pack as a workbook (libxlsxwriter): a summary, a dashboard sheet per
 * service area with the ratings' fills and shapes, the exceptions, commentary and actions,
 * and the figures in the long layout the importer reads back
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "vs-pack-ooxml.h"
#include "vs-pack-xlsx-private.h"

#define SHEET_NAME_MAX   31      /* Excel's limit, in characters */
#define CELL_TEXT_MAX    32767   /* ... and a cell's */
#define POINTS_PER_CHAR  5.0     /* a column's width in characters of the default font, with
                                  * room for the slide's 12 pt text in the sheet's 11 pt */
#define LINE_HEIGHT      15.0    /* points: a row of the default font */

char *
vs_xlsx_sheet_name (const char *name,
                    GHashTable *taken)
{
  g_autofree char *valid = g_utf8_make_valid (name != NULL ? name : "", -1);
  g_autoptr(GString) clean = g_string_new (NULL);
  g_autofree char *base = NULL;
  char *candidate = NULL;

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x80 && strchr ("[]:*?/\\", (int) c) != NULL)
        continue;
      g_string_append_unichar (clean, g_unichar_iscntrl (c) ? ' ' : c);
    }
  g_strstrip (clean->str);
  clean->len = strlen (clean->str);
  while (clean->len > 0 && clean->str[0] == '\'')
    g_string_erase (clean, 0, 1);
  if (clean->len == 0)
    g_string_assign (clean, _("Area"));
  base = g_utf8_substring (clean->str, 0, MIN (g_utf8_strlen (clean->str, -1), SHEET_NAME_MAX));

  for (guint n = 1;; n++)
    {
      g_autofree char *suffix = n > 1 ? g_strdup_printf (" (%u)", n) : g_strdup ("");
      glong room = SHEET_NAME_MAX - (glong) strlen (suffix);
      g_autofree char *head = g_utf8_substring (base, 0, MIN (g_utf8_strlen (base, -1), room));
      g_autofree char *folded = NULL;
      gsize len;

      /* No apostrophe at the end either, once cut. */
      len = strlen (head);
      while (len > 0 && (head[len - 1] == '\'' || head[len - 1] == ' '))
        head[--len] = '\0';
      g_free (candidate);
      candidate = g_strconcat (len > 0 ? head : _("Area"), suffix, NULL);
      folded = g_utf8_casefold (candidate, -1);
      if (!g_hash_table_contains (taken, folded) && g_strcmp0 (folded, "history") != 0)
        {
          g_hash_table_add (taken, g_steal_pointer (&folded));
          return candidate;
        }
    }
}

lxw_worksheet *
vs_xlsx_add_sheet (VsXlsx     *x,
                   const char *name)
{
  g_autofree char *safe = vs_xlsx_sheet_name (name, x->sheet_names);
  lxw_worksheet *sheet = workbook_add_worksheet (x->book, safe);

  g_assert (sheet != NULL);   /* vs_xlsx_sheet_name gives only names it accepts */
  return sheet;
}

static lxw_color_t
color (const char *hex)
{
  return (lxw_color_t) g_ascii_strtoull (hex, NULL, 16);
}

lxw_format *
vs_xlsx_format (VsXlsx     *x,
                VsRag       rag,
                gboolean    bold,
                gboolean    wrap,
                const char *number)
{
  g_autofree char *key = g_strdup_printf ("%d|%d|%d|%s", rag, bold, wrap, number ? number : "");
  lxw_format *format = g_hash_table_lookup (x->formats, key);
  const char *tint = rag == (VsRag) -1 ? VS_OOXML_HEADER_BG : vs_ooxml_rag_tint (rag);

  if (format != NULL)
    return format;
  format = workbook_add_format (x->book);
  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
  if (bold)
    format_set_bold (format);
  if (wrap)
    format_set_text_wrap (format);
  if (tint != NULL)
    {
      format_set_pattern (format, LXW_PATTERN_SOLID);
      format_set_bg_color (format, color (tint));
    }
  /* A rule under each row, as on the slides: rows stay apart in a grey-scale print. */
  format_set_bottom (format, LXW_BORDER_THIN);
  format_set_bottom_color (format, color (VS_OOXML_RULE));
  if (number != NULL)
    format_set_num_format (format, number);
  g_hash_table_insert (x->formats, g_steal_pointer (&key), format);
  return format;
}

void
vs_xlsx_write_text (lxw_worksheet *sheet,
                    guint          row,
                    guint          col,
                    const char    *text,
                    lxw_format    *format)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  g_autoptr(GString) clean = g_string_new (NULL);
  glong n = 0;

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (n == CELL_TEXT_MAX - 1)
        {
          g_string_append (clean, "…");
          break;
        }
      if (c == '\t' || c == '\n' || c >= 0x20)
        g_string_append_unichar (clean, c);
    }
  if (clean->len == 0)
    worksheet_write_blank (sheet, row, (lxw_col_t) col, format);
  else
    worksheet_write_string (sheet, row, (lxw_col_t) col, clean->str, format);
}

/* The number format that shows a cell's figure as the slide does: "58.1%" is
 * #,##0.0"%", "3,271" is #,##0, with the rating's shape before it. NULL when the text is
 * not a plain figure ("c", "Not yet available"). */
static char *
number_format (const VsPackCell *cell)
{
  const char *p = cell->text, *symbol = cell->kind == VS_PACK_CELL_RAG ? vs_rag_symbol (cell->rag) : "";
  g_autoptr(GString) format = g_string_new (NULL);
  guint decimals = 0;

  if (*symbol != '\0')
    g_string_append_printf (format, "\"%s \"", symbol);
  if (g_str_has_prefix (p, "£"))
    {
      g_string_append (format, "\"£\"");
      p += strlen ("£");
    }
  if (*p == '-')
    p++;
  if (!g_ascii_isdigit (*p))
    return NULL;
  while (g_ascii_isdigit (*p) || *p == ',')
    p++;
  g_string_append (format, "#,##0");
  if (*p == '.')
    {
      for (p++; g_ascii_isdigit (*p); p++)
        decimals++;
      g_string_append_c (format, '.');
      for (guint i = 0; i < decimals; i++)
        g_string_append_c (format, '0');
    }
  if (*p == '%')
    {
      g_string_append (format, "\"%\"");
      p++;
    }
  if (g_str_has_prefix (p, VS_SMALL_NUMBERS_MARK))
    {
      g_string_append (format, "\"" VS_SMALL_NUMBERS_MARK "\"");
      p += strlen (VS_SMALL_NUMBERS_MARK);
    }
  return *p == '\0' ? g_string_free (g_steal_pointer (&format), FALSE) : NULL;
}

static void
write_cell (VsXlsx           *x,
            lxw_worksheet    *sheet,
            guint             row,
            guint             col,
            const VsPackCell *cell)
{
  VsRag rag = cell->kind == VS_PACK_CELL_RAG ? cell->rag : VS_RAG_NONE;
  g_autofree char *number = !isnan (cell->value) ? number_format (cell) : NULL;
  g_autofree char *display = NULL;

  /* A figure stays a number (it sorts, sums and charts) shown as on the slide. */
  if (number != NULL)
    {
      worksheet_write_number (sheet, row, (lxw_col_t) col, cell->value,
                              vs_xlsx_format (x, rag, cell->strong, FALSE, number));
      return;
    }
  display = vs_pack_cell_display (cell);
  vs_xlsx_write_text (sheet, row, col, display, vs_xlsx_format (x, rag, cell->strong, TRUE, NULL));
}

/* Neither Excel nor Calc grows a row for wrapped text it did not lay out itself: the rows
 * are given the height their longest cell needs at the column's width, estimated from
 * its characters. */
static double
lines_for (const char *text,
           double      width_chars)
{
  g_auto(GStrv) paragraphs = g_strsplit (text != NULL ? text : "", "\n", -1);
  double lines = 0;

  for (guint i = 0; paragraphs[i] != NULL; i++)
    lines += MAX (1.0, ceil (g_utf8_strlen (paragraphs[i], -1) / MAX (1.0, width_chars - 1)));
  return MAX (lines, 1.0);
}

static double
column_chars (const VsPackColumn *column)
{
  return MAX (4.0, column->width / POINTS_PER_CHAR);
}

void
vs_xlsx_fit_row (lxw_worksheet *sheet,
                 guint          row,
                 const char    *text,
                 double         width_chars)
{
  double lines = lines_for (text, width_chars);

  if (lines > 1)
    worksheet_set_row (sheet, row, LINE_HEIGHT * lines, NULL);
}

guint
vs_xlsx_write_table (VsXlsx            *x,
                     lxw_worksheet     *sheet,
                     guint              row,
                     const VsPackTable *table,
                     gboolean           header)
{
  if (header && table->header_height > 0)
    {
      double lines = 1;

      for (guint c = 0; c < table->n_columns; c++)
        {
          vs_xlsx_write_text (sheet, row, c, table->columns[c].title,
                              vs_xlsx_format (x, (VsRag) -1, TRUE, TRUE, NULL));
          lines = MAX (lines, lines_for (table->columns[c].title, column_chars (&table->columns[c])));
        }
      if (lines > 1)
        worksheet_set_row (sheet, row, LINE_HEIGHT * lines, NULL);
      row++;
    }
  for (guint r = 0; r < table->rows->len; r++, row++)
    {
      const VsPackRow *cells = g_ptr_array_index (table->rows, r);
      double lines = 1;

      for (guint c = 0; c < table->n_columns; c++)
        {
          g_autofree char *display = vs_pack_cell_display (&cells->cells[c]);

          write_cell (x, sheet, row, c, &cells->cells[c]);
          lines = MAX (lines, lines_for (display, column_chars (&table->columns[c])));
        }
      if (lines > 1)
        worksheet_set_row (sheet, row, LINE_HEIGHT * lines, NULL);
    }
  return row;
}

void
vs_xlsx_set_widths (lxw_worksheet     *sheet,
                    const VsPackTable *table)
{
  for (guint c = 0; c < table->n_columns; c++)
    worksheet_set_column (sheet, (lxw_col_t) c, (lxw_col_t) c, column_chars (&table->columns[c]),
                          NULL);
}

/* Printed as the slides are: landscape A4, every column on the page. */
void
vs_xlsx_print_wide (lxw_worksheet *sheet)
{
  worksheet_set_landscape (sheet);
  worksheet_set_paper (sheet, 9);
  worksheet_fit_to_pages (sheet, 1, 0);
}

/* The title slide's facts, then every table of the summary slides. */
static void
write_summary (VsXlsx *x)
{
  lxw_worksheet *sheet = vs_xlsx_add_sheet (x, _("Summary"));
  lxw_format *bold = vs_xlsx_format (x, VS_RAG_NONE, TRUE, FALSE, NULL);
  lxw_format *plain = vs_xlsx_format (x, VS_RAG_NONE, FALSE, FALSE, NULL);
  guint row = 0;

  vs_xlsx_write_text (sheet, row++, 0, x->doc->title, bold);
  vs_xlsx_write_text (sheet, row++, 0, x->doc->subject, plain);
  for (guint i = 0; i < x->doc->slides->len; i++)
    {
      const VsPackSlide *slide = g_ptr_array_index (x->doc->slides, i);

      for (guint j = 0; j < slide->blocks->len; j++)
        {
          const VsPackBlock *block = g_ptr_array_index (slide->blocks, j);

          if (slide->kind == VS_PACK_SLIDE_TITLE && block->kind == VS_PACK_BLOCK_TEXT)
            for (guint k = 0; k < block->sections->len; k++)
              {
                const VsPackSection *section = g_ptr_array_index (block->sections, k);

                vs_xlsx_write_text (sheet, row, 0, section->heading, bold);
                vs_xlsx_write_text (sheet, row++, 1, section->body, plain);
              }
          if (slide->kind == VS_PACK_SLIDE_SUMMARY && block->table != NULL)
            row = vs_xlsx_write_table (x, sheet, row + 1, block->table, TRUE);
        }
    }
  worksheet_set_column (sheet, 0, 0, 24, NULL);
  worksheet_set_column (sheet, 1, 1, 45, NULL);
  worksheet_set_column (sheet, 2, 8, 16, NULL);
  vs_xlsx_print_wide (sheet);
}

/* A sheet per service area: its dashboard, continued slides run on, each table of it (the
 * months, then the years) under its own header row; the title and the first header row
 * stay in view when scrolling. */
static void
write_dashboards (VsXlsx *x)
{
  lxw_worksheet *sheet = NULL;
  const VsPackTable *last = NULL;
  guint row = 0;

  for (guint i = 0; i < x->doc->slides->len; i++)
    {
      const VsPackSlide *slide = g_ptr_array_index (x->doc->slides, i);
      const VsPackBlock *title = vs_pack_slide_find_block (slide, VS_PACK_BLOCK_TITLE);

      if (slide->kind != VS_PACK_SLIDE_DASHBOARD)
        continue;
      if (slide->outline != NULL)
        last = NULL;
      for (guint j = 0; j < slide->blocks->len; j++)
        {
          const VsPackBlock *block = g_ptr_array_index (slide->blocks, j);
          gboolean part;

          if (block->kind != VS_PACK_BLOCK_RAG_TABLE)
            continue;
          part = vs_pack_table_same_columns (last, block->table);
          if (slide->outline != NULL && last == NULL)
            {
              sheet = vs_xlsx_add_sheet (x, slide->outline);
              vs_xlsx_write_text (sheet, 0, 0, slide->outline,
                                  vs_xlsx_format (x, VS_RAG_NONE, TRUE, FALSE, NULL));
              if (title != NULL && title->text != NULL)
                vs_xlsx_write_text (sheet, 1, 0, title->text, NULL);
              row = vs_xlsx_write_table (x, sheet, 2, block->table, TRUE);
              vs_xlsx_set_widths (sheet, block->table);
              worksheet_freeze_panes (sheet, 3, 2);
              worksheet_repeat_rows (sheet, 2, 2);
              vs_xlsx_print_wide (sheet);
            }
          else if (sheet != NULL)
            /* A table after another (the years after the months) leaves a row between. */
            row = vs_xlsx_write_table (x, sheet, part ? row : row + 1, block->table, !part);
          last = block->table;
        }
    }
}

gboolean
vs_pack_write_xlsx (const VsPackDocument *doc,
                    const char           *path,
                    GCancellable         *cancellable,
                    VsPackProgress        progress,
                    gpointer              user_data,
                    GError              **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *template = g_strdup_printf (".%s.XXXXXX", base);
  g_autofree char *temp = g_build_filename (dir, template, NULL);
  lxw_workbook_options book_options = { .constant_memory = LXW_FALSE, .tmpdir = NULL };
  lxw_doc_properties properties = { 0 };
  VsXlsx x = { doc };
  lxw_error status;
  int fd;

  g_return_val_if_fail (doc != NULL && path != NULL, FALSE);

  /* Beside the target, then renamed over it: never half a workbook under its name. Made
   * as any new file is (0666 less the umask), not g_mkstemp's 0600: colleagues on a shared
   * drive must be able to open it, as they can the PDF and PowerPoint files. */
  if ((fd = g_mkstemp_full (temp, O_RDWR, 0666)) < 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not write the pack to %s: %s"), path, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  if (progress != NULL)
    progress (0.8, _("Writing the workbook"), user_data);

  x.book = workbook_new_opt (temp, &book_options);
  x.formats = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  x.sheet_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  properties.title = doc->title;
  properties.subject = doc->subject;
  properties.author = doc->author;
  properties.comments = doc->marking;
  properties.created = (time_t) doc->created;
  workbook_set_properties (x.book, &properties);

  write_summary (&x);
  write_dashboards (&x);
  vs_xlsx_write_exceptions (&x);
  vs_xlsx_write_commentary (&x);
  vs_xlsx_write_data (&x);
  status = workbook_close (x.book);
  g_hash_table_unref (x.formats);
  g_hash_table_unref (x.sheet_names);

  if (status == LXW_NO_ERROR && !g_cancellable_set_error_if_cancelled (cancellable, error) &&
      g_rename (temp, path) == 0)
    return TRUE;
  if (status != LXW_NO_ERROR)
    g_set_error (error, VS_PACK_ERROR, VS_PACK_ERROR_WRITE, _("Could not write the pack to %s: %s"),
                 path, lxw_strerror (status));
  else if (error != NULL && *error == NULL)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not write the pack to %s: %s"), path, g_strerror (saved));
    }
  else
    g_prefix_error (error, _("Could not write the pack to %s: "), path);
  g_unlink (temp);
  return FALSE;
}
