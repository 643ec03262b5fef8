/* vs-read-csv.c: CSV and TSV files, streamed through libcsv in strict mode, one row at a time
 *
 * One core for both users: the readers build a VsSheet from the rows (vs_read_csv), the
 * importer takes each row while it is read and keeps none (vs-csv-stream.c). Both get the
 * same encoding detection, delimiter sniffing, strict quotes and caps.
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "vs-read-private.h"
#include "vs-read-text.h"

#include <csv.h>
#include <glib/gi18n.h>
#include <string.h>

/* Big enough that libcsv's per-call cost vanishes on a million-row extract. */
#define CHUNK (256 * 1024)
#define SNIFF_LINES 20
#define CSV_OPTIONS (CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL)

typedef struct {
  VsReadContext *ctx;
  const char    *sheet_name;
  VsCsvRowFunc   func;
  gpointer       user_data;
  GString       *fields;         /* the row's fields, each ended by a NUL */
  GArray        *offsets;        /* of guint32: where each field starts; G_MAXUINT32 empty */
  GArray        *cells;          /* of VsCell, handed to @func */
  guint          row;            /* 0-based */
  guint          fields_in_row;
  int            prev_term;
  GError        *error;          /* the first failure; later callbacks do nothing */
} CsvState;

/* The file's SHA-256 is worked out on a thread of its own while the rows are read: on a
 * big extract it costs as much as the parsing. */
typedef struct {
  GAsyncQueue *queue;     /* of GBytes; an empty one ends it */
  GChecksum   *checksum;
  GThread     *thread;
} Hasher;

static gpointer
hash_thread (gpointer data)
{
  Hasher *hasher = data;

  for (;;)
    {
      GBytes *bytes = g_async_queue_pop (hasher->queue);
      gsize size = 0;
      gconstpointer p = g_bytes_get_data (bytes, &size);

      if (size == 0)
        {
          g_bytes_unref (bytes);
          return NULL;
        }
      g_checksum_update (hasher->checksum, p, (gssize) size);
      g_bytes_unref (bytes);
    }
}

static void
hasher_start (Hasher    *hasher,
              GChecksum *checksum)
{
  hasher->checksum = checksum;
  hasher->queue = g_async_queue_new ();
  hasher->thread = g_thread_new ("vs-import-hash", hash_thread, hasher);
}

static void
hasher_finish (Hasher *hasher)
{
  if (hasher->thread == NULL)
    return;
  g_async_queue_push (hasher->queue, g_bytes_new (NULL, 0));
  g_thread_join (hasher->thread);
  g_async_queue_unref (hasher->queue);
  hasher->thread = NULL;
}

static void
on_field (void   *text,
          size_t  len,
          void   *data)
{
  CsvState *st = data;
  VsReadLimits *limits = &st->ctx->limits;
  guint col = st->offsets->len;
  guint32 offset = G_MAXUINT32;

  if (st->error != NULL)
    return;
  st->fields_in_row++;
  if (len > limits->max_cell_bytes)
    {
      g_autofree char *address = vs_cell_address (st->row, col);

      vs_read_fail (st->ctx, &st->error, VS_READ_ERROR_TOO_LARGE,
                    _("cell %s holds more than %" G_GUINT64_FORMAT " KB of text"),
                    address, limits->max_cell_bytes / 1024);
      return;
    }
  if (col >= limits->max_cols)
    {
      g_autofree char *address = NULL;

      /* Empty fields past the last column (a line of trailing commas) cost nothing and
       * mean nothing: dropped. A filled one is beyond what a sheet may have. */
      if (len == 0)
        return;
      address = vs_cell_address (st->row, col);
      vs_read_fail (st->ctx, &st->error, VS_READ_ERROR_TOO_LARGE,
                    _("cell %s: beyond the last row or column a spreadsheet may have "
                      "(%u rows, %u columns)"),
                    address, limits->max_rows, limits->max_cols);
      return;
    }
  if (len > 0)
    {
      /* GString's general insert is a tenth of a million-row read: append by hand. The
       * field, its NUL and GString's own terminator after it need len + 2 bytes. */
      gsize at = st->fields->len;

      if (at + len + 2 > st->fields->allocated_len)
        g_string_set_size (st->fields, at + len + 1), g_string_truncate (st->fields, at);
      memcpy (st->fields->str + at, text, len);
      st->fields->str[at + len] = '\0';
      st->fields->len = at + len + 1;
      st->fields->str[st->fields->len] = '\0';     /* GString's own terminator */
      offset = (guint32) at;
    }
  g_array_append_val (st->offsets, offset);
}

static void
on_row (int   term,
        void *data)
{
  CsvState *st = data;
  guint n;

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

  n = st->offsets->len;
  g_array_set_size (st->cells, n);
  for (guint c = 0; c < n; c++)
    {
      VsCell *cell = &g_array_index (st->cells, VsCell, c);
      guint32 offset = g_array_index (st->offsets, guint32, c);

      cell->format = VS_CELL_FORMAT_GENERAL;
      cell->number = 0;
      if (offset == G_MAXUINT32)
        {
          cell->kind = VS_CELL_EMPTY;
          cell->text = NULL;
        }
      else
        {
          cell->kind = VS_CELL_STRING;
          cell->text = st->fields->str + offset;
        }
    }
  if (!st->func (st->row, (VsCell *) (void *) st->cells->data, n, st->user_data, &st->error)
      && st->error == NULL)
    g_set_error_literal (&st->error, VS_READ_ERROR, VS_READ_ERROR_FORMAT, "stopped");
  g_string_truncate (st->fields, 0);
  g_array_set_size (st->offsets, 0);
  st->fields_in_row = 0;
  st->row++;
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
      g_autofree char *address = vs_cell_address (st->row, st->offsets->len);

      vs_read_fail (st->ctx, error, VS_READ_ERROR_TOO_LARGE,
                    _("cell %s holds more than %" G_GUINT64_FORMAT " KB of text"),
                    address, st->ctx->limits.max_cell_bytes / 1024);
      return FALSE;
    }
  *line += count_newlines (text, len);
  return TRUE;
}

gboolean
vs_csv_read_rows (VsReadContext  *ctx,
                  GInputStream   *stream,
                  const char     *sheet_name,
                  GChecksum      *checksum,
                  char           *delimiter,
                  VsCsvRowFunc    func,
                  gpointer        user_data,
                  GError        **error)
{
  g_autoptr(GString) text = g_string_sized_new (CHUNK * 2);
  guint8 *buf = NULL;
  struct csv_parser parser;
  CsvState st = { 0 };
  Hasher hasher = { 0 };
  VsTextEncoding encoding;
  VsTextDecoder decoder;
  GError *local_error = NULL;
  gboolean sniffed = FALSE, ok = FALSE;
  guint64 line = 1, raw_bytes = 0;
  gsize bom;

  if (!vs_text_detect (ctx, stream, &encoding, error))
    return FALSE;
  bom = vs_text_bom_length (encoding);
  if (bom > 0)
    {
      guint8 mark[4];
      gsize got = 0;

      if (!g_input_stream_read_all (stream, mark, bom, &got, NULL, &local_error) || got != bom)
        {
          vs_read_fail (ctx, error, VS_READ_ERROR_IO, _("cannot be read: %s"),
                        local_error != NULL ? local_error->message : _("it is too short"));
          g_clear_error (&local_error);
          return FALSE;
        }
      if (checksum != NULL)
        g_checksum_update (checksum, mark, (gssize) bom);
    }
  vs_text_decoder_init (&decoder, encoding);

  if (csv_init (&parser, CSV_OPTIONS) != 0)
    g_error ("csv_init failed: out of memory");
  st.ctx = ctx;
  st.sheet_name = sheet_name;
  st.func = func;
  st.user_data = user_data;
  st.fields = g_string_sized_new (1024);
  st.offsets = g_array_new (FALSE, FALSE, sizeof (guint32));
  st.cells = g_array_new (FALSE, TRUE, sizeof (VsCell));
  if (checksum != NULL)
    hasher_start (&hasher, checksum);

  for (;;)
    {
      gssize n;

      /* Each chunk is handed to the hashing thread, so each has a buffer of its own. */
      if (buf == NULL)
        buf = g_malloc (CHUNK);
      n = g_input_stream_read (stream, buf, CHUNK, NULL, &local_error);
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
      if (checksum != NULL && n > 0)
        g_async_queue_push (hasher.queue, g_bytes_new_take (g_steal_pointer (&buf), (gsize) n));

      if (!sniffed)
        {
          gboolean prefer_tab = g_str_equal (ctx->extension, "tsv")
                                || g_str_equal (ctx->extension, "tab")
                                || g_str_equal (ctx->extension, "txt")
                                || encoding == VS_TEXT_UTF16LE
                                || encoding == VS_TEXT_UTF16BE;
          unsigned char delim;

          /* Half a chunk of text is the first hundreds of lines: enough to judge by. */
          if (n > 0 && text->len < CHUNK / 2)
            continue;
          delim = sniff_delimiter (text->str, text->len, n == 0, prefer_tab);
          csv_set_delim (&parser, delim);
          if (delimiter != NULL)
            *delimiter = (char) delim;
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
  ok = TRUE;

out:
  hasher_finish (&hasher);
  g_free (buf);
  g_clear_error (&st.error);
  g_string_free (st.fields, TRUE);
  g_array_unref (st.offsets);
  g_array_unref (st.cells);
  csv_free (&parser);
  return ok;
}

/* ---- the readers' sheet ---- */

typedef struct {
  VsReadContext *ctx;
  VsSheet       *sheet;
  GArray        *cells;    /* of VsCell: the row, its texts interned in the sheet */
} SheetRows;

static gboolean
sheet_row (guint          row,
           const VsCell  *cells,
           guint          n_cells,
           gpointer       user_data,
           GError       **error)
{
  SheetRows *rows = user_data;

  /* Sparse rows are stored up to their last filled cell; a blank line only keeps its
   * number. */
  while (n_cells > 0 && cells[n_cells - 1].kind == VS_CELL_EMPTY)
    n_cells--;
  if (n_cells == 0)
    return TRUE;
  if (!vs_read_reserve (rows->ctx, rows->sheet, row, n_cells - 1, error))
    return FALSE;
  g_array_set_size (rows->cells, n_cells);
  for (guint c = 0; c < n_cells; c++)
    {
      VsCell *cell = &g_array_index (rows->cells, VsCell, c);

      *cell = cells[c];
      if (cell->kind == VS_CELL_STRING)
        cell->text = (char *) vs_sheet_intern_at (rows->sheet, row, c, cell->text,
                                                  strlen (cell->text));
    }
  vs_sheet_set_row (rows->sheet, row, (VsCell *) (void *) rows->cells->data, n_cells);
  return TRUE;
}

static char *
sheet_name_for (const char *file_name)
{
  const char *dot = strrchr (file_name, '.');

  if (dot == NULL || dot == file_name)
    return g_strdup (file_name);
  return g_strndup (file_name, (gsize) (dot - file_name));
}

gboolean
vs_read_csv (VsReadContext  *ctx,
             GInputStream   *stream,
             VsWorkbook     *workbook,
             GError        **error)
{
  g_autofree char *sheet_name = sheet_name_for (ctx->name);
  g_autoptr(VsSheet) sheet = vs_sheet_new (sheet_name);
  g_autoptr(GArray) cells = g_array_new (FALSE, TRUE, sizeof (VsCell));
  SheetRows rows = { ctx, sheet, cells };

  if (!vs_csv_read_rows (ctx, stream, sheet_name, NULL, NULL, sheet_row, &rows, error))
    return FALSE;
  g_ptr_array_add (workbook->sheets, g_steal_pointer (&sheet));
  return TRUE;
}
