/* vs-pack-xlsx-private.h: the workbook writer's state, shared by its sheets
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <xlsxwriter.h>

#include "vs-pack-private.h"
#include "vs-pack-render.h"

G_BEGIN_DECLS

typedef struct {
  const VsPackDocument *doc;
  lxw_workbook         *book;
  GHashTable           *formats;     /* key -> lxw_format* (owned by the workbook) */
  GHashTable           *sheet_names; /* folded names taken */
} VsXlsx;

/* A sheet name Excel accepts, unique in the workbook: no []:*?/\, not starting or ending
 * with an apostrophe, at most 31 characters, never "History"; a second "Early Help"
 * becomes "Early Help (2)". Remembered in @taken (folded), which it adds to. */
char       *vs_xlsx_sheet_name  (const char  *name,
                                 GHashTable  *taken);
lxw_worksheet *vs_xlsx_add_sheet (VsXlsx     *x,
                                  const char *name);

/* A cell format: @rag's tint (VS_RAG_NONE: none), bold, wrapped text, and @number's
 * format (NULL: General). Made once per combination. */
lxw_format *vs_xlsx_format      (VsXlsx      *x,
                                 VsRag        rag,
                                 gboolean     bold,
                                 gboolean     wrap,
                                 const char  *number);
/* Plain text as a cell: characters a workbook cannot hold left out, cut at Excel's
 * 32,767 characters with "…". */
void        vs_xlsx_write_text  (lxw_worksheet *sheet,
                                 guint          row,
                                 guint          col,
                                 const char    *text,
                                 lxw_format    *format);
/* A model table's header and rows from @row on; returns the row after it. */
guint       vs_xlsx_write_table (VsXlsx             *x,
                                 lxw_worksheet      *sheet,
                                 guint               row,
                                 const VsPackTable  *table,
                                 gboolean            header);
/* A row tall enough for @text wrapped at @width_chars (a guess from its characters). */
void        vs_xlsx_fit_row     (lxw_worksheet      *sheet,
                                 guint               row,
                                 const char         *text,
                                 double              width_chars);
/* Landscape A4, every column on the page. */
void        vs_xlsx_print_wide  (lxw_worksheet      *sheet);
/* Column widths from the model's points. */
void        vs_xlsx_set_widths  (lxw_worksheet      *sheet,
                                 const VsPackTable  *table);

/* The sheets (vs-pack-xlsx-sheets.c). */
void        vs_xlsx_write_exceptions (VsXlsx *x);
void        vs_xlsx_write_commentary (VsXlsx *x);
void        vs_xlsx_write_data       (VsXlsx *x);

G_END_DECLS
