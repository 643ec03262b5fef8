/* vs-read-xlsx.h: what the parts of the XLSX reader share
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vs-read-xml.h"

G_BEGIN_DECLS

typedef struct {
  VsReadContext *ctx;
  VsZip         *zip;
  gboolean       date1904;
  GArray        *xf_formats;  /* of VsCellFormat, by cellXfs index (a cell's s="") */
  GStringChunk  *sst_chunk;
  GPtrArray     *sst;         /* of const char *, in sst_chunk: the shared strings */
} VsXlsx;

/* vs-read-xlsx-styles.c */
gboolean      vs_xlsx_read_styles      (VsXlsx      *xlsx,
                                        const char  *part,
                                        GError     **error);
/* How a number format shows a number: a percentage, a date (or time), or otherwise. */
VsCellFormat  vs_xlsx_classify_format  (guint        id,
                                        const char  *code);

/* vs-read-xlsx-sheet.c */
gboolean      vs_xlsx_read_strings     (VsXlsx      *xlsx,
                                        const char  *part,
                                        GError     **error);
gboolean      vs_xlsx_read_sheet       (VsXlsx      *xlsx,
                                        const char  *part,
                                        VsSheet     *sheet,
                                        GError     **error);
/* "D7" as (6, 3); FALSE if not a cell reference. */
gboolean      vs_xlsx_parse_ref        (const char  *ref,
                                        guint       *row,
                                        guint       *col);
/* Decodes the _xHHHH_ escapes of OOXML strings in place. */
void          vs_xlsx_unescape         (GString     *text);

G_END_DECLS
