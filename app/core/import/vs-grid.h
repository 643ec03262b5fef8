/* vs-grid.h: what every reader produces: the cells of one sheet with their addresses
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  VS_CELL_EMPTY,
  VS_CELL_STRING,
  VS_CELL_NUMBER,
  VS_CELL_BOOLEAN,
  VS_CELL_DATE,       /* number holds the date as a GDate julian day */
  VS_CELL_ERROR,      /* text holds "#N/A", "#DIV/0!" */
} VsCellKind;

/* How a spreadsheet showed a number: a cell holding 0.18 formatted as a percentage is 18%. */
typedef enum {
  VS_CELL_FORMAT_GENERAL,
  VS_CELL_FORMAT_PERCENT,
  VS_CELL_FORMAT_DATE,
} VsCellFormat;

typedef struct {
  VsCellKind    kind;
  VsCellFormat  format;
  double        number;   /* NUMBER, BOOLEAN (0/1), DATE (julian day) */
  char         *text;     /* STRING and ERROR: valid UTF-8; otherwise NULL */
} VsCell;

/* Rows and columns are 0-based here; messages show them as people do (row 7, column D,
 * "D7"). Sparse rows are stored densely up to their last non-empty cell. */
typedef struct _VsSheet VsSheet;

VsSheet      *vs_sheet_new          (const char *name);
void          vs_sheet_free         (VsSheet    *sheet);
const char   *vs_sheet_get_name     (const VsSheet *sheet);
guint         vs_sheet_get_n_rows   (const VsSheet *sheet);
guint         vs_sheet_get_n_cols   (const VsSheet *sheet, guint row);
/* Never NULL: outside the used range it is an empty cell. */
const VsCell *vs_sheet_get_cell     (const VsSheet *sheet, guint row, guint col);
/* A sheet the spreadsheet program hides (XLSX state="hidden", ODS display="false"):
 * often lookups and workings, so a layout looking for "the first sheet with data" may
 * want to pass over it. */
gboolean      vs_sheet_get_hidden   (const VsSheet *sheet);
void          vs_sheet_set_hidden   (VsSheet *sheet, gboolean hidden);
/* Takes @text. */
void          vs_sheet_set_string   (VsSheet *sheet, guint row, guint col, char *text);
void          vs_sheet_set_number   (VsSheet *sheet, guint row, guint col,
                                     double number, VsCellFormat format);
void          vs_sheet_set_boolean  (VsSheet *sheet, guint row, guint col, gboolean value);
void          vs_sheet_set_date     (VsSheet *sheet, guint row, guint col, guint32 julian_day);
void          vs_sheet_set_error    (VsSheet *sheet, guint row, guint col, const char *code);

/* "D7" for row 6, column 3 */
char         *vs_cell_address       (guint row, guint col);
/* "D" for 3, "AA" for 26 */
char         *vs_column_name        (guint col);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsSheet, vs_sheet_free)

/* A whole file: its sheets in order (a CSV has one, named after the file). */
typedef struct {
  char      *path;
  char      *format;   /* "csv", "xlsx", "ods", "xls" */
  GPtrArray *sheets;   /* of VsSheet* */
} VsWorkbook;

/* Sheets are added with g_ptr_array_add (workbook->sheets, sheet); the array frees them. */
VsWorkbook *vs_workbook_new  (const char *path,
                              const char *format);
void        vs_workbook_free (VsWorkbook *workbook);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsWorkbook, vs_workbook_free)

G_END_DECLS
