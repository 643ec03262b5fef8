/* vs-read-text.h: which encoding a text file is in, and decoding it to UTF-8 in chunks
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vs-read-private.h"

G_BEGIN_DECLS

typedef enum {
  VS_TEXT_UTF8,
  VS_TEXT_UTF8_BOM,
  VS_TEXT_UTF16LE,       /* Excel's "Unicode Text" */
  VS_TEXT_UTF16BE,
  VS_TEXT_WINDOWS_1252,  /* what Excel on Windows writes as "CSV" in England */
} VsTextEncoding;

/* The encoding from the byte order mark; without one, UTF-8 if all of @stream is valid
 * UTF-8, else Windows-1252. Reads @stream (at most to its first invalid byte) and seeks
 * it back to the start. */
gboolean     vs_text_detect           (VsReadContext  *ctx,
                                       GInputStream   *stream,
                                       VsTextEncoding *encoding,
                                       GError        **error);
gsize        vs_text_bom_length       (VsTextEncoding  encoding);

typedef struct {
  VsTextEncoding encoding;
  guint8         odd_byte;      /* UTF-16: half a code unit from the previous chunk */
  gboolean       has_odd_byte;
  gunichar       high;          /* UTF-16: a high surrogate waiting for its pair */
  guint64        line;          /* 1-based line of the next character, for messages */
} VsTextDecoder;

void         vs_text_decoder_init     (VsTextDecoder  *decoder,
                                       VsTextEncoding  encoding);
/* Appends the UTF-8 for @len more bytes (BOM already skipped) to @out. Refuses NUL
 * characters (a binary file) and, in UTF-16, unpaired surrogates. */
gboolean     vs_text_decoder_feed     (VsTextDecoder  *decoder,
                                       VsReadContext  *ctx,
                                       const guint8   *in,
                                       gsize           len,
                                       gboolean        eof,
                                       GString        *out,
                                       GError        **error);

G_END_DECLS
