/* vs-read-private.h: what the readers share: limits, the reading context, grid internals
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vs-grid.h"
#include "vs-reader.h"

G_BEGIN_DECLS

/* The caps of vs-reader.h in one place, so that tests can lower them and reach the code
 * that enforces them without building files of hundreds of megabytes. */
typedef struct {
  guint64 max_part_bytes;
  guint64 max_total_bytes;
  guint64 max_cell_bytes;
  guint   max_rows;
  guint   max_cols;
  guint   max_sheets;
  guint64 max_cells;
  guint64 max_text_file_bytes;
  guint64 max_zip_file_bytes;
  guint64 max_xls_file_bytes;
  guint64 max_xls_reader_bytes;    /* the XLS reader process's address space */
  guint   max_xls_reader_seconds;  /* its processor time, and its time on the clock */
} VsReadLimits;

void vs_read_limits_init_default (VsReadLimits *limits);

/* One read of one file. */
typedef struct {
  char         *name;         /* what messages call the file: its base name */
  char         *extension;    /* lower case, without the dot; "" if none */
  VsReadLimits  limits;
  guint64       total_bytes;  /* decompressed bytes read so far, all parts */
  guint64       cells;        /* grid slots allocated so far, all sheets */
  guint64       text_bytes;   /* see vs_read_count_text() */
} VsReadContext;

void     vs_read_context_init  (VsReadContext      *ctx,
                                const char         *name,
                                const VsReadLimits *limits);
void     vs_read_context_clear (VsReadContext      *ctx);

/* Sets @error to "NAME: message". */
void     vs_read_fail          (VsReadContext *ctx,
                                GError       **error,
                                VsReadError    code,
                                const char    *format,
                                ...) G_GNUC_PRINTF (4, 5);

/* Counts the slots that writing (@row, @col) of @sheet would allocate against the caps on
 * rows, columns and cells; FALSE with a message naming the sheet and cell when over. */
gboolean vs_read_reserve       (VsReadContext *ctx,
                                VsSheet       *sheet,
                                guint          row,
                                guint          col,
                                GError       **error);

/* Counts @n bytes of text copied into sheets against the total cap: a string shared by
 * many cells (an XLSX shared string, an ODS repeated cell) is copied at most once per
 * sheet, but sheets can be many. */
gboolean vs_read_count_text    (VsReadContext *ctx,
                                gsize          n,
                                GError       **error);

/* Counts @n decompressed bytes of @part against the per-part and total caps. */
gboolean vs_read_count_bytes   (VsReadContext *ctx,
                                const char    *part,
                                guint64        part_bytes_so_far,
                                gsize          n,
                                GError       **error);

/* ---- grid internals (vs-grid.c) ---- */

/* Slots (rows and cells) that setting (@row, @col) would add. */
guint64     vs_sheet_slots_needed     (const VsSheet *sheet,
                                       guint          row,
                                       guint          col);
/* A copy of @text in the sheet's string store, alive as long as the sheet. */
const char *vs_sheet_intern           (VsSheet       *sheet,
                                       const char    *text,
                                       gsize          len);
/* Like vs_sheet_intern(), sharing the text of the cell above (@row - 1, @col) when it is
 * the same, which is what long files repeat. */
const char *vs_sheet_intern_at        (VsSheet       *sheet,
                                       guint          row,
                                       guint          col,
                                       const char    *text,
                                       gsize          len);
/* Stores a whole row at once, without slack; @row must hold no cells yet. Texts in @cells
 * must come from vs_sheet_intern*() on the same sheet. */
void        vs_sheet_set_row          (VsSheet       *sheet,
                                       guint          row,
                                       const VsCell  *cells,
                                       guint          n_cols);
/* Copies @len bytes of valid UTF-8; shares the copy of the cell above when equal, which
 * is what long files repeat. */
void        vs_sheet_set_string_len   (VsSheet       *sheet,
                                       guint          row,
                                       guint          col,
                                       const char    *text,
                                       gsize          len);
/* @text must come from vs_sheet_intern() on the same sheet. */
void        vs_sheet_set_interned     (VsSheet       *sheet,
                                       guint          row,
                                       guint          col,
                                       const char    *text);

/* Refuses a sheet beyond the cap when @n_sheets are already read, naming it. */
gboolean    vs_read_check_sheets      (VsReadContext *ctx,
                                       guint          n_sheets,
                                       const char    *name,
                                       GError       **error);

/* A stored cell value as a number: decimal digits only, with an optional sign, point and
 * exponent, spaces around allowed. Hex ("0x10"), "inf", "nan" and what overflows are
 * FALSE, although strtod takes them (vs-reader.c). */
gboolean    vs_read_parse_number      (const char    *text,
                                       double        *number);

/* Little-endian integers, as the binary formats (zip, compound files, BIFF) store them. */
static inline guint16
vs_read_le16 (const guint8 *p)
{
  return (guint16) (p[0] | (p[1] << 8));
}

static inline guint32
vs_read_le32 (const guint8 *p)
{
  return (guint32) vs_read_le16 (p) | ((guint32) vs_read_le16 (p + 2) << 16);
}

/* ---- the file itself (vs-read-file.c) ---- */

typedef enum {
  VS_FILE_TEXT,
  VS_FILE_ZIP,     /* XLSX, ODS */
  VS_FILE_OLE,     /* XLS */
} VsFileKind;

/* Opens @path read-only when it is a regular file, without waiting on a FIFO or a
 * device: the descriptor, or -1 with "NAME: is a named pipe, not a file…". */
int         vs_read_open_regular      (VsReadContext *ctx,
                                       const char    *path,
                                       guint64       *size,
                                       GError       **error);
/* Up to @size bytes from the start of @fd, without moving its offset. */
gsize       vs_read_head              (int            fd,
                                       guint8        *head,
                                       gsize          size);
/* A name that opens the file @fd is open on ("/proc/self/fd/N"), else @path. */
char       *vs_read_fd_path           (int            fd,
                                       const char    *path);
VsFileKind  vs_read_kind_from_magic   (const guint8  *head,
                                       gsize          len);
/* Refuses a file bigger than its kind's cap, saying how big it is and the cap. */
/* FALSE, with an error that names what it is, for a PDF, an image or another file that is
 * no spreadsheet by its first bytes (an XLSX, ODS or XLS is known before this). */
gboolean    vs_read_check_not_spreadsheet (VsReadContext *ctx,
                                           const guint8  *head,
                                           gsize          len,
                                           GError       **error);
gboolean    vs_read_check_size        (VsReadContext *ctx,
                                       VsFileKind     kind,
                                       guint64        size,
                                       GError       **error);

/* ---- compound files (vs-read-cfb.c) ---- */

/* The first stream of @data, a compound file, named one of @names (ASCII, any case); NULL
 * with *damaged TRUE when its tables cannot be followed, NULL with *damaged FALSE when it
 * has no such stream. */
GByteArray *vs_read_cfb_stream        (const guint8       *data,
                                       gsize               len,
                                       const char * const *names,
                                       guint              *which,
                                       gboolean           *damaged);
/* A compound file holding @stream alone, named @name: 512-byte sectors, the stream padded
 * to the 4,096 bytes below which it would go to the mini stream. */
GByteArray *vs_read_cfb_build         (const guint8       *stream,
                                       gsize               len,
                                       const char         *name);

/* ---- dates (vs-read-date.c) ---- */

/* A spreadsheet serial number as a GDate julian day; FALSE outside 1900..9999. */
gboolean    vs_read_serial_to_julian  (double         serial,
                                       gboolean       date1904,
                                       guint32       *julian);
/* "2016-11-01", "2016-11-01T00:00:00", "2016-11-01 10:00:00" */
gboolean    vs_read_iso_to_julian     (const char    *text,
                                       guint32       *julian);

/* ---- CSV rows (vs-read-csv.c) ---- */

/* One row of a text file: its fields as VS_CELL_STRING (NUL-ended, valid UTF-8) or
 * VS_CELL_EMPTY, all of them, trailing empty ones too; blank lines come with none. The
 * cells and texts last until the callback returns. FALSE stops the read. */
typedef gboolean (*VsCsvRowFunc) (guint          row,
                                  const VsCell  *cells,
                                  guint          n_cells,
                                  gpointer       user_data,
                                  GError       **error);

/* Reads a CSV or TSV stream row by row, in any encoding vs-read-text.h knows, with the
 * delimiter sniffed from its first lines. @sheet_name is for messages; @checksum (may be
 * NULL) is fed every byte of the stream, on a thread of its own; @delimiter (may be NULL)
 * is set to the delimiter before the first row is handed over. Rows are not capped here
 * (the callback knows what it keeps); columns, cell sizes and the file's size are. */
gboolean    vs_csv_read_rows          (VsReadContext *ctx,
                                       GInputStream  *stream,
                                       const char    *sheet_name,
                                       GChecksum     *checksum,
                                       char          *delimiter,
                                       VsCsvRowFunc   func,
                                       gpointer       user_data,
                                       GError       **error);

/* ---- the readers ---- */

gboolean    vs_read_csv               (VsReadContext *ctx,
                                       GInputStream  *stream,
                                       VsWorkbook    *workbook,
                                       GError       **error);
typedef struct _VsZip VsZip;

gboolean    vs_read_xlsx              (VsReadContext *ctx,
                                       VsZip         *zip,
                                       VsWorkbook    *workbook,
                                       GError       **error);
gboolean    vs_read_ods               (VsReadContext *ctx,
                                       VsZip         *zip,
                                       VsWorkbook    *workbook,
                                       GError       **error);
/* @data is the whole file (vs-read-xls.c). */
gboolean    vs_read_xls               (VsReadContext *ctx,
                                       const guint8  *data,
                                       gsize          len,
                                       VsWorkbook    *workbook,
                                       GError       **error);
/* FALSE with the message for FreeXL's error @rc (vs-read-xls.c). */
gboolean    vs_read_xls_refuse        (VsReadContext *ctx,
                                       GError       **error,
                                       int            rc);
/* The Workbook stream of the XLS @data, and its name, once it is known that its sheets
 * claim no more cells than can be read and that FreeXL can follow them; NULL with @error
 * set otherwise (vs-read-xls-claims.c). */
GByteArray *vs_read_xls_checked_stream (VsReadContext *ctx,
                                        const guint8  *data,
                                        gsize          len,
                                        const char   **name,
                                        GError       **error);
/* Runs the XLS reader process on the compound file @file (consumed) and reads its cells
 * into @workbook; a crash, a signal, a timeout or a malformed stream is an error naming
 * the file (vs-read-xls-child.c). */
gboolean    vs_read_xls_in_child      (VsReadContext *ctx,
                                       GByteArray    *file,
                                       VsWorkbook    *workbook,
                                       GError       **error);
/* Reads the XLS reader's stream (vs-xls-protocol.h) from @in into @workbook's sheets,
 * against the caps of @ctx. FALSE with @error set, and *@malformed TRUE when the stream
 * itself broke the protocol (which a crashed process explains better), FALSE when it
 * said why the file cannot be read (vs-read-xls-stream.c). */
gboolean    vs_read_xls_stream        (VsReadContext *ctx,
                                       GInputStream  *in,
                                       VsWorkbook    *workbook,
                                       gboolean      *malformed,
                                       GError       **error);

/* The entry points of vs-reader.h with limits of the caller's choosing (tests). */
VsWorkbook *vs_reader_read_file_with_limits  (const char         *path,
                                              const VsReadLimits *limits,
                                              GError            **error);
VsWorkbook *vs_reader_read_bytes_with_limits (GBytes             *bytes,
                                              const char         *name,
                                              const VsReadLimits *limits,
                                              GError            **error);

G_END_DECLS
