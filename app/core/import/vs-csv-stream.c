/* vs-csv-stream.c: a CSV or TSV file handed over one row at a time
 *
 * The readers build a whole VsSheet, which is right for workbooks but holds every cell of
 * a million-row extract at once. The importer needs each row only while it reads it, so
 * text files are streamed here instead: the same encoding detection and decoding
 * (vs-read-text.h), the same libcsv options and caps, rows numbered as the readers number
 * them, but one row's cells in memory at a time.
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <csv.h>
#include <string.h>
#include <glib/gi18n.h>

#include "vs-import-private.h"
#include "vs-read-private.h"
#include "vs-read-text.h"

#define CHUNK (256 * 1024)
#define SNIFF_LINES 20
#define CSV_OPTIONS (CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL)

typedef struct {
  VsReadContext *ctx;
  VsRowFunc      func;
  gpointer       user_data;
  GString       *fields;       /* the row's fields, each ended by a NUL */
  GArray        *offsets;      /* of guint32: where each field starts; G_MAXUINT32 empty */
  GArray        *cells;        /* of VsCell, handed to @func */
  guint          row;
  guint          fields_in_row;
  int            prev_term;
  GError        *error;        /* the first failure; later callbacks do nothing */
} Stream;

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
  Stream *st = data;
  guint32 offset = G_MAXUINT32;

  if (st->error != NULL)
    return;
  st->fields_in_row++;
  if (len > st->ctx->limits.max_cell_bytes)
    {
      g_autofree char *address = vs_cell_address (st->row, st->offsets->len);
      vs_read_fail (st->ctx, &st->error, VS_READ_ERROR_TOO_LARGE,
                    _("cell %s holds more than %" G_GUINT64_FORMAT " KB of text"),
                    address, st->ctx->limits.max_cell_bytes / 1024);
      return;
    }
  if (st->offsets->len >= st->ctx->limits.max_cols)
    {
      vs_read_fail (st->ctx, &st->error, VS_READ_ERROR_TOO_LARGE,
                    _("row %u has more than %u columns"), st->row + 1,
                    st->ctx->limits.max_cols);
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
  Stream *st = data;
  guint n;

  if (st->error != NULL)
    return;
  /* Every line end is reported, so that a blank line keeps its row number as a
   * spreadsheet shows it; the LF of a CR LF pair is no line of its own. */
  if (term == '\n' && st->prev_term == '\r' && st->fields_in_row == 0)
    {
      st->prev_term = 0;
      return;
    }
  st->prev_term = term;

  if (st->row >= st->ctx->limits.max_rows)
    {
      vs_read_fail (st->ctx, &st->error, VS_READ_ERROR_TOO_LARGE,
                    _("has more than %u rows"), st->ctx->limits.max_rows);
      return;
    }

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
  /* Validation happens here, after the row is whole: the UTF-8 is already checked by the
   * decoder. */
  if (!st->func (st->row, (VsCell *) (void *) st->cells->data, n, st->user_data, &st->error))
    {
      if (st->error == NULL)
        g_set_error_literal (&st->error, VS_READ_ERROR, VS_READ_ERROR_FORMAT, "stopped");
    }
  g_string_truncate (st->fields, 0);
  g_array_set_size (st->offsets, 0);
  st->fields_in_row = 0;
  st->row++;
}

/* The delimiter that splits the first lines into the same number of fields most often,
 * counting outside quotes; ties go to the order given. */
static unsigned char
sniff_delimiter (const char *text,
                 gsize       len,
                 gboolean    prefer_tab)
{
  const unsigned char csv_order[3] = { ',', ';', '\t' };
  const unsigned char tab_order[3] = { '\t', ';', ',' };
  const unsigned char *order = prefer_tab ? tab_order : csv_order;
  guint counts[SNIFF_LINES][3] = { { 0 } };
  guint n_lines = 0, line[3] = { 0 };
  gboolean quoted = FALSE, content = FALSE;
  unsigned char best = order[0];
  guint best_score = 0;

  if (len >= 6 && g_ascii_strncasecmp (text, "sep=", 4) == 0 &&
      (text[5] == '\r' || text[5] == '\n') && strchr (",;\t|", text[4]) != NULL)
    return (unsigned char) text[4];

  for (gsize i = 0; i < len && n_lines < SNIFF_LINES; i++)
    {
      char c = text[i];
      if (c == '"')
        quoted = !quoted;
      else if (!quoted && (c == '\n' || c == '\r'))
        {
          if (content)
            memcpy (counts[n_lines++], line, sizeof line);
          memset (line, 0, sizeof line);
          content = FALSE;
          continue;
        }
      else if (!quoted)
        for (int k = 0; k < 3; k++)
          line[k] += (unsigned char) c == order[k];
      content = TRUE;
    }
  if (content && n_lines < SNIFF_LINES)
    memcpy (counts[n_lines++], line, sizeof line);

  for (int k = 0; k < 3; k++)
    for (guint i = 0; i < n_lines; i++)
      {
        guint same = 0;
        if (counts[i][k] == 0)
          continue;
        for (guint j = 0; j < n_lines; j++)
          same += counts[j][k] == counts[i][k];
        /* more lines alike first, then more fields */
        if (same * 1024 + MIN (counts[i][k], 1023) > best_score)
          {
            best_score = same * 1024 + MIN (counts[i][k], 1023);
            best = order[k];
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

static gboolean
parse_text (struct csv_parser *parser,
            Stream            *st,
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

      /* A quote inside an unquoted cell (the DfE's list('x' = "y") cells) is taken
       * literally, as spreadsheets do; one out of place in a quoted cell is an error. */
      if (!parser->quoted && text[offset] == '"')
        {
          csv_set_opts (parser, CSV_OPTIONS & ~CSV_STRICT);
          csv_parse (parser, text + offset, 1, on_field, on_row, st);
          csv_set_opts (parser, CSV_OPTIONS);
          offset++;
          continue;
        }
      vs_read_fail (st->ctx, error, VS_READ_ERROR_CORRUPT,
                    _("line %" G_GUINT64_FORMAT " (row %u): a quote is out of place: a quoted "
                      "cell must end at its closing quote, and a quote within it must be "
                      "doubled"), *line + count_newlines (text, offset), st->row + 1);
      return FALSE;
    }
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

static gboolean
is_text_file (GInputStream  *stream,
              VsReadContext *ctx,
              gboolean      *text,
              GError       **error)
{
  static const guint8 ole[8] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
  guint8 head[8];
  gsize got = 0;

  if (!g_input_stream_read_all (stream, head, sizeof head, &got, NULL, error) ||
      !g_seekable_seek (G_SEEKABLE (stream), 0, G_SEEK_SET, NULL, error))
    return FALSE;
  *text = !(got >= 4 && head[0] == 'P' && head[1] == 'K') &&
          !(got >= 8 && memcmp (head, ole, 8) == 0) &&
          !g_str_equal (ctx->extension, "xlsx") && !g_str_equal (ctx->extension, "xlsm") &&
          !g_str_equal (ctx->extension, "ods") && !g_str_equal (ctx->extension, "xls");
  return TRUE;
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
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GString) text = g_string_sized_new (CHUNK * 2);
  guint8 *buf = NULL;
  g_autoptr(GError) local_error = NULL;
  Hasher hasher = { 0 };
  VsReadContext ctx;
  Stream st = { 0 };
  struct csv_parser parser;
  VsTextEncoding encoding;
  VsTextDecoder decoder;
  gboolean sniffed = FALSE, ok = FALSE, is_text = FALSE;
  guint64 line = 1, raw = 0;
  gsize bom;

  *not_text = FALSE;
  vs_read_context_init (&ctx, path, NULL);
  stream = G_INPUT_STREAM (g_file_read (file, NULL, &local_error));
  if (stream == NULL || !is_text_file (stream, &ctx, &is_text, &local_error))
    {
      vs_read_fail (&ctx, error, VS_READ_ERROR_IO, _("cannot be opened: %s"), local_error->message);
      vs_read_context_clear (&ctx);
      return FALSE;
    }
  if (!is_text)
    {
      *not_text = TRUE;
      vs_read_context_clear (&ctx);
      return FALSE;
    }

  if (!vs_text_detect (&ctx, stream, &encoding, error))
    {
      vs_read_context_clear (&ctx);
      return FALSE;
    }
  bom = vs_text_bom_length (encoding);
  if (bom > 0)
    {
      guint8 mark[4];
      gsize got = 0;
      if (g_input_stream_read_all (stream, mark, bom, &got, NULL, &local_error) && got == bom)
        {
          if (checksum)
            g_checksum_update (checksum, mark, (gssize) bom);
          bom = 0;
        }
    }
  if (bom > 0)
    {
      vs_read_fail (&ctx, error, VS_READ_ERROR_IO, _("cannot be read: %s"),
                    local_error ? local_error->message : _("it is too short"));
      vs_read_context_clear (&ctx);
      return FALSE;
    }
  vs_text_decoder_init (&decoder, encoding);

  if (csv_init (&parser, CSV_OPTIONS) != 0)
    g_error ("csv_init failed: out of memory");
  st.ctx = &ctx;
  st.func = func;
  st.user_data = user_data;
  st.fields = g_string_sized_new (1024);
  st.offsets = g_array_new (FALSE, FALSE, sizeof (guint32));
  st.cells = g_array_new (FALSE, TRUE, sizeof (VsCell));
  if (checksum)
    hasher_start (&hasher, checksum);

  for (;;)
    {
      gssize n;

      /* Each chunk is handed to the hashing thread, so each has a buffer of its own. */
      buf = g_malloc (CHUNK);
      n = g_input_stream_read (stream, buf, CHUNK, NULL, &local_error);

      if (n < 0)
        {
          vs_read_fail (&ctx, error, VS_READ_ERROR_IO, _("cannot be read: %s"),
                        local_error->message);
          goto out;
        }
      raw += (guint64) n;
      if (raw > ctx.limits.max_total_bytes)
        {
          vs_read_fail (&ctx, error, VS_READ_ERROR_TOO_LARGE,
                        _("is larger than %" G_GUINT64_FORMAT " MB, the most a text file may "
                          "hold"), ctx.limits.max_total_bytes / (1024 * 1024));
          goto out;
        }
      if (!vs_text_decoder_feed (&decoder, &ctx, buf, (gsize) n, n == 0, text, error))
        goto out;
      if (checksum && n > 0)
        g_async_queue_push (hasher.queue, g_bytes_new_take (g_steal_pointer (&buf), (gsize) n));
      g_clear_pointer (&buf, g_free);
      if (!sniffed)
        {
          gboolean prefer_tab = g_str_equal (ctx.extension, "tsv") ||
                                g_str_equal (ctx.extension, "tab") ||
                                g_str_equal (ctx.extension, "txt") ||
                                encoding == VS_TEXT_UTF16LE || encoding == VS_TEXT_UTF16BE;
          unsigned char delim;

          if (n > 0 && text->len < CHUNK / 2)
            continue;
          delim = sniff_delimiter (text->str, text->len, prefer_tab);
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
      vs_read_fail (&ctx, error, VS_READ_ERROR_CORRUPT,
                    _("row %u: a quoted cell is never closed (the file ends inside its quotes)"),
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
  vs_read_context_clear (&ctx);
  return ok;
}
