/* vs-cli-output.h: one table, printed as an aligned table, RFC 4180 CSV or JSON
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  VS_OUTPUT_TABLE,
  VS_OUTPUT_CSV,
  VS_OUTPUT_JSON,
} VsOutputFormat;

/* @text is a nick of VS_TYPE_OUTPUT_FORMAT ("table", "csv", "json") among @formats (a bit
 * 1 << format for each one offered); the error names @text and the ones offered. */
gboolean vs_output_format_parse (const char     *text,   /* NULL: table */
                                 guint           formats,
                                 VsOutputFormat *out,
                                 GError        **error);

typedef enum {
  VS_COLUMN_TEXT,
  VS_COLUMN_NUMBER,   /* right-aligned; a JSON number (null when empty) */
  VS_COLUMN_RAW_JSON, /* JSON output embeds the cell as it is (an object or array) */
} VsColumnKind;

typedef struct _VsOutputTable VsOutputTable;

typedef struct {
  const char   *name;
  VsColumnKind  kind;
} VsOutputColumn;

/* A table with these columns, declared as a static array beside the rows that fill it. */
VsOutputTable *vs_output_table_new_with_columns (const VsOutputColumn *columns,
                                                 guint                 n_columns);
void           vs_output_table_free       (VsOutputTable *table);
void           vs_output_table_add_column (VsOutputTable *table,
                                           const char    *name,
                                           VsColumnKind   kind);
/* Starts a row; then one vs_output_table_add_cell per column (NULL for empty). */
void           vs_output_table_add_row    (VsOutputTable *table);
void           vs_output_table_add_cell   (VsOutputTable *table,
                                           const char    *text);
void           vs_output_table_take_cell  (VsOutputTable *table,
                                           char          *text);
/* The whole table in @format, as text; _print writes it to standard output. */
char          *vs_output_table_render     (VsOutputTable  *table,
                                           VsOutputFormat  format);
void           vs_output_table_print      (VsOutputTable  *table,
                                           VsOutputFormat  format);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsOutputTable, vs_output_table_free)

/* A number as the CLI prints it: shortest form that round-trips to one decimal place
 * beyond what was stored ("58.1", "1053"), "" for NAN. */
char          *vs_output_format_number    (double value);
/* @text as a terminal may show it: control characters but newline and tab, the marks
 * that reorder a line and bytes that are not UTF-8 written as escapes ("\x1B", "\u202E",
 * "\xE9"), so that a title cannot move the cursor, retitle the window or hide text. */
char          *vs_output_terminal_text    (const char *text);
/* @text as a quoted, escaped JSON string, valid UTF-8 whatever @text holds (a byte that
 * is not UTF-8 becomes U+FFFD). */
char          *vs_output_json_string      (const char *text);

G_END_DECLS

#include "vs-cli-enums.h"
