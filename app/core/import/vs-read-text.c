/* vs-read-text.c: which encoding a text file is in, and decoding it to UTF-8 in chunks
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "vs-read-text.h"

#include <glib/gi18n.h>
#include <string.h>

#define CHUNK (64 * 1024)

/* Windows-1252, bytes 0x80 to 0xFF, as the WHATWG Encoding Standard maps them. The five
 * bytes Microsoft left undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 controls of
 * the same value, so that no byte is ever refused: iconv's CP1252 (and so g_convert)
 * fails on them, and real exports do contain them. */
static const gunichar windows_1252[128] = {
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, /* 80 */
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, /* 88 */
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, /* 90 */
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, /* 98 */
  0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7, /* A0 */
  0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF, /* A8 */
  0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, /* B0 */
  0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF, /* B8 */
  0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7, /* C0 */
  0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF, /* C8 */
  0x00D0, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6, 0x00D7, /* D0 */
  0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF, /* D8 */
  0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7, /* E0 */
  0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF, /* E8 */
  0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7, /* F0 */
  0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF, /* F8 */
};

gsize
vs_text_bom_length (VsTextEncoding encoding)
{
  switch (encoding)
    {
    case VS_TEXT_UTF8_BOM:
      return 3;
    case VS_TEXT_UTF16LE:
    case VS_TEXT_UTF16BE:
      return 2;
    case VS_TEXT_UTF8:
    case VS_TEXT_WINDOWS_1252:
      return 0;
    }
  g_return_val_if_reached (0);
}

static guint64
count_lines (const guint8 *p,
             gsize         len)
{
  guint64 n = 0;
  const guint8 *end = p + len;

  while ((p = memchr (p, '\n', (gsize) (end - p))) != NULL)
    {
      n++;
      p++;
    }
  return n;
}

gboolean
vs_text_detect (VsReadContext   *ctx,
                GInputStream    *stream,
                VsTextEncoding  *encoding,
                GError         **error)
{
  g_autofree guint8 *buf = g_malloc (CHUNK + 4);
  gsize carry = 0;
  gboolean first = TRUE;
  guint64 line = 1, total = 0;
  GError *local_error = NULL;

  *encoding = VS_TEXT_UTF8;
  for (;;)
    {
      gssize n = g_input_stream_read (stream, buf + carry, CHUNK, NULL, &local_error);
      gsize len, skip = 0;
      const char *end;

      if (n < 0)
        {
          vs_read_fail (ctx, error, VS_READ_ERROR_IO, _("cannot be read: %s"),
                        local_error->message);
          g_error_free (local_error);
          return FALSE;
        }
      len = carry + (gsize) n;
      total += (guint64) n;
      if (total > ctx->limits.max_total_bytes)
        {
          vs_read_fail (ctx, error, VS_READ_ERROR_TOO_LARGE,
                        _("is larger than %" G_GUINT64_FORMAT " MB, the most a text file "
                          "may hold"),
                        ctx->limits.max_total_bytes / (1024 * 1024));
          return FALSE;
        }
      if (first)
        {
          first = FALSE;
          if (len >= 3 && memcmp (buf, "\xEF\xBB\xBF", 3) == 0)
            *encoding = VS_TEXT_UTF8_BOM, skip = 3;
          else if (len >= 2 && buf[0] == 0xFF && buf[1] == 0xFE)
            *encoding = VS_TEXT_UTF16LE;
          else if (len >= 2 && buf[0] == 0xFE && buf[1] == 0xFF)
            *encoding = VS_TEXT_UTF16BE;
          if (*encoding == VS_TEXT_UTF16LE || *encoding == VS_TEXT_UTF16BE)
            break;
        }
      if (len == 0)
        break;

      if (!g_utf8_validate_len ((const char *) buf + skip, len - skip, &end))
        {
          gsize rest = len - (gsize) ((const guint8 *) end - buf);

          /* A character cut by the chunk boundary: keep its bytes for the next round.
           * A NUL fails validation too; the decoder refuses it later with its own
           * message. */
          if (n > 0 && rest < 4 && (guint8) *end >= 0xC2 && (guint8) *end <= 0xF4)
            {
              line += count_lines (buf, len - rest);
              memmove (buf, end, rest);
              carry = rest;
              continue;
            }
          if (*end == '\0')
            break;  /* not text at all: let the decoder say so, with its line */
          if (*encoding == VS_TEXT_UTF8_BOM)
            {
              line += count_lines (buf, (gsize) ((const guint8 *) end - buf));
              vs_read_fail (ctx, error, VS_READ_ERROR_ENCODING,
                            _("line %" G_GUINT64_FORMAT ": the file starts with a UTF-8 "
                              "byte order mark but is not valid UTF-8"),
                            line);
              return FALSE;
            }
          *encoding = VS_TEXT_WINDOWS_1252;
          break;
        }
      if (n == 0)
        break;
      line += count_lines (buf, len);
      carry = 0;
    }

  if (!g_seekable_seek (G_SEEKABLE (stream), 0, G_SEEK_SET, NULL, &local_error))
    {
      vs_read_fail (ctx, error, VS_READ_ERROR_IO, _("cannot be read: %s"),
                    local_error->message);
      g_error_free (local_error);
      return FALSE;
    }
  return TRUE;
}

void
vs_text_decoder_init (VsTextDecoder  *decoder,
                      VsTextEncoding  encoding)
{
  *decoder = (VsTextDecoder) { .encoding = encoding, .line = 1 };
}

static gboolean
refuse_nul (VsTextDecoder  *decoder,
            VsReadContext  *ctx,
            GError        **error)
{
  vs_read_fail (ctx, error, VS_READ_ERROR_FORMAT,
                _("line %" G_GUINT64_FORMAT ": holds a NUL byte, so it is not a text file "
                  "(if it is UTF-16 text, save it again with a byte order mark)"),
                decoder->line);
  return FALSE;
}

static gboolean
decode_utf16 (VsTextDecoder  *decoder,
              VsReadContext  *ctx,
              const guint8   *in,
              gsize           len,
              gboolean        eof,
              GString        *out,
              GError        **error)
{
  gboolean le = decoder->encoding == VS_TEXT_UTF16LE;
  gsize i = 0;

  while (TRUE)
    {
      guint8 b0, b1;
      gunichar u;

      if (decoder->has_odd_byte)
        {
          if (i >= len)
            break;
          b0 = decoder->odd_byte;
          b1 = in[i++];
          decoder->has_odd_byte = FALSE;
        }
      else if (i + 1 < len)
        {
          b0 = in[i];
          b1 = in[i + 1];
          i += 2;
        }
      else
        {
          if (i < len)
            {
              decoder->odd_byte = in[i];
              decoder->has_odd_byte = TRUE;
            }
          break;
        }

      u = le ? (gunichar) (b0 | (b1 << 8)) : (gunichar) ((b0 << 8) | b1);
      if (decoder->high != 0)
        {
          if (u < 0xDC00 || u > 0xDFFF)
            goto unpaired;
          u = 0x10000 + ((decoder->high - 0xD800) << 10) + (u - 0xDC00);
          decoder->high = 0;
        }
      else if (u >= 0xD800 && u <= 0xDBFF)
        {
          decoder->high = u;
          continue;
        }
      else if (u >= 0xDC00 && u <= 0xDFFF)
        goto unpaired;

      if (u == 0)
        return refuse_nul (decoder, ctx, error);
      if (u == '\n')
        decoder->line++;
      if (u < 0x80)
        g_string_append_c (out, (char) u);
      else
        g_string_append_unichar (out, u);
    }

  if (eof && (decoder->has_odd_byte || decoder->high != 0))
    {
      vs_read_fail (ctx, error, VS_READ_ERROR_ENCODING,
                    _("line %" G_GUINT64_FORMAT ": the UTF-16 text ends in the middle of a "
                      "character"),
                    decoder->line);
      return FALSE;
    }
  return TRUE;

unpaired:
  vs_read_fail (ctx, error, VS_READ_ERROR_ENCODING,
                _("line %" G_GUINT64_FORMAT ": invalid UTF-16 (a lone surrogate)"),
                decoder->line);
  return FALSE;
}

gboolean
vs_text_decoder_feed (VsTextDecoder  *decoder,
                      VsReadContext  *ctx,
                      const guint8   *in,
                      gsize           len,
                      gboolean        eof,
                      GString        *out,
                      GError        **error)
{
  const guint8 *nul;

  switch (decoder->encoding)
    {
    case VS_TEXT_UTF16LE:
    case VS_TEXT_UTF16BE:
      return decode_utf16 (decoder, ctx, in, len, eof, out, error);

    case VS_TEXT_WINDOWS_1252:
      for (gsize i = 0; i < len; i++)
        {
          guint8 b = in[i];

          if (b < 0x80)
            {
              if (b == 0)
                return refuse_nul (decoder, ctx, error);
              if (b == '\n')
                decoder->line++;
              g_string_append_c (out, (char) b);
            }
          else
            g_string_append_unichar (out, windows_1252[b - 0x80]);
        }
      return TRUE;

    case VS_TEXT_UTF8:
    case VS_TEXT_UTF8_BOM:
      /* Validated already by vs_text_detect(); only NUL is left to look for. */
      nul = memchr (in, '\0', len);
      if (nul != NULL)
        {
          decoder->line += count_lines (in, (gsize) (nul - in));
          return refuse_nul (decoder, ctx, error);
        }
      decoder->line += count_lines (in, len);
      g_string_append_len (out, (const char *) in, (gssize) len);
      return TRUE;
    }
  g_return_val_if_reached (FALSE);
}
