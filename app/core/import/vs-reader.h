/* vs-reader.h: open any supported spreadsheet file as a VsWorkbook
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vs-grid.h"

G_BEGIN_DECLS

#define VS_READ_ERROR (vs_read_error_quark ())

typedef enum {
  VS_READ_ERROR_IO,
  VS_READ_ERROR_FORMAT,       /* not a file of a kind we read */
  VS_READ_ERROR_CORRUPT,      /* truncated, broken XML, bad zip */
  VS_READ_ERROR_HOSTILE,      /* DOCTYPE, entities, expansion beyond the caps */
  VS_READ_ERROR_TOO_LARGE,
  VS_READ_ERROR_ENCODING,
} VsReadError;

GQuark vs_read_error_quark (void);

/* Caps that bound time and memory whatever a file claims about itself. */
#define VS_READ_MAX_PART_BYTES   (256u * 1024 * 1024)  /* one decompressed zip part */
#define VS_READ_MAX_TOTAL_BYTES  (512u * 1024 * 1024)  /* all parts of one file */
#define VS_READ_MAX_CELL_BYTES   (1u * 1024 * 1024)    /* one cell's text */
/* The grid: rows and columns as the spreadsheet programs allow (row 1,048,576, column
 * XFD; a CSV is held to the same rows, as a spreadsheet could not open more), sheets of one
 * file, and the cells (empty ones included) of all its sheets together. At 4 Mi cells two
 * sheets of 1,048,576 one-cell rows took 272 MB (rows and their growth cost more than the
 * cells); 3 Mi keeps the worst file we could make near 200 MB, and a real monthly extract
 * has tens of thousands. */
#define VS_READ_MAX_ROWS         (1024u * 1024)
#define VS_READ_MAX_COLS         16384u                /* column XFD */
#define VS_READ_MAX_SHEETS       1024u
#define VS_READ_MAX_CELLS        (3u * 1024 * 1024)
/* The file's own size, checked before it is read or hashed. A CSV holds at most the
 * rows above, at up to a kilobyte each; an XLSX or ODS inflates to at most 512 MB, which
 * no deflated spreadsheet part takes 256 MB to hold; an XLS of 3 Mi cells is some 60 MB
 * of records. */
#define VS_READ_MAX_TEXT_FILE_BYTES  (G_GUINT64_CONSTANT (1024) * 1024 * 1024)
#define VS_READ_MAX_ZIP_FILE_BYTES   (G_GUINT64_CONSTANT (256) * 1024 * 1024)
#define VS_READ_MAX_XLS_FILE_BYTES   (G_GUINT64_CONSTANT (128) * 1024 * 1024)
/* The process FreeXL runs in: its address space (a 128 MB file of 3 Mi cells takes FreeXL
 * well under a gigabyte) and its seconds, of processor time and on the clock alike. */
#define VS_READ_MAX_XLS_READER_BYTES   (G_GUINT64_CONSTANT (2048) * 1024 * 1024)
#define VS_READ_MAX_XLS_READER_SECONDS 120u

/* Chooses the reader from the content (zip/OLE magic), then the extension. Messages name
 * the file, and the sheet / part / cell where known. */
VsWorkbook *vs_reader_read_file (const char  *path,
                                 GError     **error);
/* The same for bytes already in memory (fuzzers, tests); @name is used in messages. */
VsWorkbook *vs_reader_read_bytes (GBytes     *bytes,
                                  const char *name,
                                  GError    **error);

G_END_DECLS
