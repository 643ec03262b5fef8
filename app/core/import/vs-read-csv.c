/* vs-read-csv.c: CSV and TSV files, streamed through libcsv in strict mode
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "vs-read-private.h"
#include "vs-read-text.h"

#include <csv.h>
#include <glib/gi18n.h>
#include <string.h>

#define CHUNK (64 * 1024)
#define SNIFF_LINES 20

typedef struct {
  VsReadContext *ctx;
  VsSheet       *sheet;
  GArray        *cells;          /* of VsCell: the row being read */
  guint          row;            /* 0-based */
  guint          col;            /* of the next field */
  guint          fields_in_row;
  int            prev_term;
  GError        *error;          /* the first failure; later callbacks do nothing */
} CsvState;

static void
on_field (void   *text,
          size_t  len,
          void   *data)
{
  CsvState *st = data;
  VsReadLimits *limits = &st->ctx->limits;

  if (st->error != NULL)
    return;
  st->fields_in_row++;
  if (len > 0)
    {
      VsCell *cell;

      if (len > limits->max_cell_bytes)
        {
          g_autofree char *address = vs_cell_address (st->row, st->col);

          vs_read_fail (st->ctx, &st->error, VS_READ_ERROR_TOO_LARGE,
                        _("cell %s holds more than %" G_GUINT64_FORMAT " KB of text"),
                        address, limits->max_cell_bytes / 1024);
          return;
        }
      if (st->col >= limits->max_cols)
        {
          /* vs_read_reserve() says so, with the address, before the row grows. */
          vs_read_reserve (st->ctx, st->sheet, st->row, st->col, &st->error);
          return;
        }
      if (st->cells->len <= st->col)
        g_array_set_size (st->cells, st->col + 1);
      cell = &g_array_index (st->cells, VsCell, st->col);
      cell->kind = VS_CELL_STRING;
      cell->text = (char *) vs_sheet_intern_at (st->sheet, st->row, st->col, text, len);
    }
  st->col++;
}

static void
on_row (int   term,
        void *data)
{
  CsvState *st = data;

  if (st->error != NULL)
    return;
  /* CSV_REPALL_NL reports every line end, so that blank lines keep their row (as a
   * spreadsheet shows them); the LF of a CR LF pair is not a line of its own. */
  if (term == '\n' && st->prev_term == '\r' && st->fields_in_row == 0)
    {
      st->prev_term = 0;
      return;
    }
  st->prev_term = term;

  if (st->cells->len > 0)
    {
      if (!vs_read_reserve (st->ctx, st->sheet, st->row, st->cells->len - 1, &st->error))
        return;
      vs_sheet_set_row (st->sheet, st->row, (VsCell *) (void *) st->cells->data,
                        st->cells->len);
      g_array_set_size (st->cells, 0);
    }
  st->row++;
  st->col = 0;
  st->fields_in_row = 0;
}

/* The delimiter that splits the first lines most consistently: for each candidate, the
 * number of lines sharing its most common (non-zero) count, then that count. Quoted text
 * is skipped. Excel's "sep=X" first line decides outright. */
static unsigned char
sniff_delimiter (const char *text,
                 gsize       len,
                 gboolean    complete,
                 gboolean    prefer_tab)
{
  const unsigned char order_csv[3] = { ',', ';', '\t' };
  const unsigned char order_tab[3] = { '\t', ';', ',' };
  const unsigned char *order = prefer_tab ? order_tab : order_csv;
  guint counts[SNIFF_LINES][3] = { { 0 } };
  guint current[3] = { 0 };
  guint n_lines = 0, best_lines = 0, best_count = 0;
  gboolean in_quotes = FALSE, content = FALSE;
  unsigned char best = order[0];

  if (len >= 6 && g_ascii_strncasecmp (text, "sep=", 4) == 0
      && (text[5] == '\r' || text[5] == '\n')
      && (text[4] == ',' || text[4] == ';' || text[4] == '\t' || text[4] == '|'))
    return (unsigned char) text[4];

  for (gsize i = 0; i < len && n_lines < SNIFF_LINES; i++)
    {
      char c = text[i];

      if (c == '"')
        in_quotes = !in_quotes;
      else if (!in_quotes && (c == '\n' || c == '\r'))
        {
          if (content)
            memcpy (counts[n_lines++], current, sizeof current);
          memset (current, 0, sizeof current);
          content = FALSE;
          continue;
        }
      else if (!in_quotes)
        for (guint k = 0; k < 3; k++)
          if ((unsigned char) c == order[k])
            current[k]++;
      content = TRUE;
    }
  /* The last line counts if the file ends there, or if it is all there is. */
  if (content && n_lines < SNIFF_LINES && (complete || n_lines == 0))
    memcpy (counts[n_lines++], current, sizeof current);

  for (guint k = 0; k < 3; k++)
    {
      guint mode = 0, mode_lines = 0;

      for (guint i = 0; i < n_lines; i++)
        {
          guint same = 0;

          if (counts[i][k] == 0)
            continue;
          for (guint j = 0; j < n_lines; j++)
            same += counts[j][k] == counts[i][k];
          if (same > mode_lines || (same == mode_lines && counts[i][k] > mode))
            mode = counts[i][k], mode_lines = same;
        }
      if (mode_lines > best_lines || (mode_lines == best_lines && mode > best_count))
        {
          best = order[k];
          best_lines = mode_lines;
          best_count = mode;
        }
    }
  return best;
}

static guint64
count_newlines (const char *p,
                gsize       len)
{
  guint64 n = 0;
  const char *end = p + len;

  while ((p = memchr (p, '\n', (gsize) (end - p))) != NULL)
    n++, p++;
  return n;
}

static char *
sheet_name_for (const char *file_name)
{
  const char *dot = strrchr (file_name, '.');

  if (dot == NULL || dot == file_name)
    return g_strdup (file_name);
  return g_strndup (file_name, (gsize) (dot - file_name));
}

#define CSV_OPTIONS (CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL)

/* Feeds @text to libcsv; FALSE with @error set on a strict-mode error, an oversized cell
 * or a cap reached in a callback. @line is the line @text starts on. */
static gboolean
parse_text (struct csv_parser *parser,
            CsvState          *st,
            const char        *text,
            gsize              len,
            guint64           *line,
            GError           **error)
{
  gsize offset = 0;

  while (offset < len)
    {
      size_t done = csv_parse (parser, text + offset, len - offset, on_field, on_row, st);

      if (st->error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&st->error));
          return FALSE;
        }
      if (offset + done >= len)
        break;
      offset += done;

      /* Strict mode stops at a quote inside an unquoted cell too, as in DfE's published
       * list('characteristic' = "Secure homes") cells. That one is not ambiguous: Excel,
       * LibreOffice and Python take the quote literally, and so do we, by passing that
       * character alone in lenient mode. A quote followed by anything but a delimiter
       * or a line end, inside a quoted cell, stays an error. */
      if (!parser->quoted && text[offset] == '"')
        {
          csv_set_opts (parser, CSV_OPTIONS & ~CSV_STRICT);
          csv_parse (parser, text + offset, 1, on_field, on_row, st);
          csv_set_opts (parser, CSV_OPTIONS);
          offset++;
          continue;
        }

      vs_read_fail (st->ctx, error, VS_READ_ERROR_CORRUPT,
                    _("line %" G_GUINT64_FORMAT " (row %u): a quote is out of place: a "
                      "quoted cell must end at its closing quote, and a quote within it "
                      "must be doubled"),
                    *line + count_newlines (text, offset), st->row + 1);
      return FALSE;
    }
  /* libcsv keeps a field until it ends; stop one that grows past the cap now, while it
   * costs at most the cap and a chunk. */
  if (parser->entry_pos > st->ctx->limits.max_cell_bytes)
    {
      g_autofree char *address = vs_cell_address (st->row, st->col);

      vs_read_fail (st->ctx, error, VS_READ_ERROR_TOO_LARGE,
                    _("cell %s holds more than %" G_GUINT64_FORMAT " KB of text"),
                    address, st->ctx->limits.max_cell_bytes / 1024);
      return FALSE;
    }
  *line += count_newlines (text, len);
  return TRUE;
}

gboolean
vs_read_csv (VsReadContext  *ctx,
             GInputStream   *stream,
             VsWorkbook     *workbook,
             GError        **error)
{
  g_autofree guint8 *buf = g_malloc (CHUNK);
  g_autoptr(GString) text = g_string_sized_new (CHUNK * 2);
  g_autofree char *sheet_name = sheet_name_for (ctx->name);
  g_autoptr(VsSheet) sheet = vs_sheet_new (sheet_name);
  struct csv_parser parser;
  CsvState st = { 0 };
  VsTextEncoding encoding;
  VsTextDecoder decoder;
  GError *local_error = NULL;
  gboolean sniffed = FALSE, ok = FALSE;
  guint64 line = 1, raw_bytes = 0;
  gsize bom;

  if (!vs_text_detect (ctx, stream, &encoding, error))
    return FALSE;
  bom = vs_text_bom_length (encoding);
  if (bom > 0 && g_input_stream_skip (stream, bom, NULL, &local_error) != (gssize) bom)
    {
      vs_read_fail (ctx, error, VS_READ_ERROR_IO, _("cannot be read: %s"),
                    local_error != NULL ? local_error->message : _("it is too short"));
      g_clear_error (&local_error);
      return FALSE;
    }
  vs_text_decoder_init (&decoder, encoding);

  if (csv_init (&parser, CSV_OPTIONS) != 0)
    g_error ("csv_init failed: out of memory");
  st.ctx = ctx;
  st.sheet = sheet;
  st.cells = g_array_new (FALSE, TRUE, sizeof (VsCell));

  for (;;)
    {
      gssize n = g_input_stream_read (stream, buf, CHUNK, NULL, &local_error);

      if (n < 0)
        {
          vs_read_fail (ctx, error, VS_READ_ERROR_IO, _("cannot be read: %s"),
                        local_error->message);
          g_clear_error (&local_error);
          goto out;
        }
      raw_bytes += (guint64) n;
      if (raw_bytes > ctx->limits.max_total_bytes)
        {
          vs_read_fail (ctx, error, VS_READ_ERROR_TOO_LARGE,
                        _("is larger than %" G_GUINT64_FORMAT " MB, the most a text file "
                          "may hold"),
                        ctx->limits.max_total_bytes / (1024 * 1024));
          goto out;
        }
      if (!vs_text_decoder_feed (&decoder, ctx, buf, (gsize) n, n == 0, text, error))
        goto out;

      if (!sniffed)
        {
          gboolean prefer_tab = g_str_equal (ctx->extension, "tsv")
                                || g_str_equal (ctx->extension, "tab")
                                || g_str_equal (ctx->extension, "txt")
                                || encoding == VS_TEXT_UTF16LE
                                || encoding == VS_TEXT_UTF16BE;

          /* Half a chunk of text is the first dozens of lines: enough to judge by. */
          if (n > 0 && text->len < CHUNK / 2)
            continue;
          csv_set_delim (&parser, sniff_delimiter (text->str, text->len, n == 0,
                                                   prefer_tab));
          sniffed = TRUE;
        }

      if (!parse_text (&parser, &st, text->str, text->len, &line, error))
        goto out;
      g_string_truncate (text, 0);
      if (n == 0)
        break;
    }

  if (csv_fini (&parser, on_field, on_row, &st) != 0)
    {
      vs_read_fail (ctx, error, VS_READ_ERROR_CORRUPT,
                    _("row %u: a quoted cell is never closed (the file ends inside its "
                      "quotes)"),
                    st.row + 1);
      goto out;
    }
  if (st.error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&st.error));
      goto out;
    }

  g_ptr_array_add (workbook->sheets, g_steal_pointer (&sheet));
  ok = TRUE;

out:
  g_clear_error (&st.error);
  g_array_unref (st.cells);
  csv_free (&parser);
  return ok;
}
