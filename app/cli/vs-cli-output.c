/* vs-cli-output.c: one table, printed as an aligned table, RFC 4180 CSV or JSON
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "vs-cli-output.h"
#include "vs-enum-names.h"

typedef struct {
  char         *name;
  VsColumnKind  kind;
} Column;

struct _VsOutputTable {
  GArray    *columns;  /* of Column */
  GPtrArray *rows;     /* of GPtrArray of char* (NULL for empty) */
};

gboolean
vs_output_format_parse (const char      *text,
                        guint            formats,
                        VsOutputFormat  *out,
                        GError         **error)
{
  g_autofree char *choices = NULL;
  int found;

  if (text == NULL)
    {
      *out = VS_OUTPUT_TABLE;
      return TRUE;
    }
  if (vs_enum_from_nick (VS_TYPE_OUTPUT_FORMAT, text, &found) && (formats & (1u << found)))
    {
      *out = (VsOutputFormat) found;
      return TRUE;
    }
  choices = vs_enum_choices_among (VS_TYPE_OUTPUT_FORMAT, formats);
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("--format must be %s, not “%s”"), choices, text);
  return FALSE;
}

static void
clear_column (gpointer data)
{
  g_free (((Column *) data)->name);
}

VsOutputTable *
vs_output_table_new_with_columns (const VsOutputColumn *columns,
                                  guint                 n_columns)
{
  VsOutputTable *table = g_new0 (VsOutputTable, 1);

  table->columns = g_array_new (FALSE, TRUE, sizeof (Column));
  g_array_set_clear_func (table->columns, clear_column);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < n_columns; i++)
    vs_output_table_add_column (table, columns[i].name, columns[i].kind);
  return table;
}

void
vs_output_table_free (VsOutputTable *table)
{
  if (table == NULL)
    return;
  g_array_unref (table->columns);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

void
vs_output_table_add_column (VsOutputTable *table,
                            const char    *name,
                            VsColumnKind   kind)
{
  Column column = { g_strdup (name), kind };

  g_return_if_fail (table != NULL);
  g_return_if_fail (table->rows->len == 0);
  g_array_append_val (table->columns, column);
}

void
vs_output_table_add_row (VsOutputTable *table)
{
  g_return_if_fail (table != NULL);
  g_ptr_array_add (table->rows, g_ptr_array_new_with_free_func (g_free));
}

void
vs_output_table_take_cell (VsOutputTable *table,
                           char          *text)
{
  GPtrArray *row;

  g_return_if_fail (table != NULL && table->rows->len > 0);
  row = g_ptr_array_index (table->rows, table->rows->len - 1);
  g_return_if_fail (row->len < table->columns->len);
  g_ptr_array_add (row, text);
}

void
vs_output_table_add_cell (VsOutputTable *table,
                          const char    *text)
{
  vs_output_table_take_cell (table, g_strdup (text));
}

/* Appends @text to @out with what must not reach a terminal or a JSON reader raw written
 * as escapes: control characters (C0 but newline and, unless @tabs_too, tab; DEL; C1),
 * the marks and overrides that reorder a line, and bytes that are not UTF-8. @json: in
 * JSON's own escapes (an invalid byte becomes U+FFFD, which JSON can carry), else in
 * the shell's (\x1B, \u202E), which a person can read. */
static void
append_escaped (GString    *out,
                const char *text,
                gboolean    json,
                gboolean    tabs_too)
{
  const char *p = text;
  const char *end = text + strlen (text);

  while (p < end)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);
      const char *next;

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          if (json)
            g_string_append (out, "\\ufffd");
          else
            g_string_append_printf (out, "\\x%02X", (guchar) *p);
          p++;
          continue;
        }
      next = g_utf8_next_char (p);
      if (json && (c == '"' || c == '\\'))
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, (char) c);
        }
      else if (json && (c == '\n' || c == '\r' || c == '\t'))
        g_string_append (out, c == '\n' ? "\\n" : c == '\r' ? "\\r" : "\\t");
      else if (!json && c == '\r' && *next == '\n')
        g_string_append_c (out, '\r');     /* CSV's line ends, as RFC 4180 has them */
      else if ((c < 0x20 && c != '\n' && (c != '\t' || tabs_too)) || c == 0x7F)
        g_string_append_printf (out, json ? "\\u%04x" : "\\x%02X", c);
      else if ((c >= 0x80 && c <= 0x9F) || c == 0x200E || c == 0x200F ||
               (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        g_string_append_printf (out, json ? "\\u%04x" : "\\u%04X", c);
      else
        g_string_append_len (out, p, next - p);
      p = next;
    }
}

/* A table cell as the terminal will show it: escaped, and a tab a space, so that the
 * columns stay aligned. */
static char *
terminal_text (const char *text)
{
  GString *out = g_string_new (NULL);

  append_escaped (out, text, FALSE, TRUE);
  return g_string_free (out, FALSE);
}

char *
vs_output_terminal_text (const char *text)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (text != NULL, NULL);
  append_escaped (out, text, FALSE, FALSE);
  return g_string_free (out, FALSE);
}

static const char *
cell_at (GPtrArray *row,
         guint      col)
{
  const char *text = col < row->len ? g_ptr_array_index (row, col) : NULL;
  return text ? text : "";
}

/* Width in terminal columns, not bytes: titles hold "–" and "’". */
static glong
display_width (const char *text)
{
  return g_utf8_strlen (text, -1);
}

static void
render_table (VsOutputTable *table,
              GString       *out)
{
  guint n_cols = table->columns->len;
  g_autofree glong *widths = g_new0 (glong, n_cols);

  for (guint c = 0; c < n_cols; c++)
    {
      g_autofree char *name = terminal_text (g_array_index (table->columns, Column, c).name);

      widths[c] = display_width (name);
      for (guint r = 0; r < table->rows->len; r++)
        {
          g_autofree char *text = terminal_text (cell_at (g_ptr_array_index (table->rows, r), c));
          /* A multi-line cell shows its first line only; csv and json carry all of it. */
          const char *newline = strchr (text, '\n');
          glong width = newline ? g_utf8_pointer_to_offset (text, newline) : display_width (text);
          widths[c] = MAX (widths[c], width);
        }
    }

  for (int r = -1; r < (int) table->rows->len; r++)
    {
      GString *line = g_string_new (NULL);

      for (guint c = 0; c < n_cols; c++)
        {
          const Column *column = &g_array_index (table->columns, Column, c);
          g_autofree char *text = terminal_text (r < 0 ? column->name
                                                       : cell_at (g_ptr_array_index (table->rows, r), c));
          char *newline = strchr (text, '\n');
          glong pad;

          if (newline)
            *newline = '\0';
          pad = widths[c] - display_width (text);
          if (c > 0)
            g_string_append (line, "  ");
          if (column->kind == VS_COLUMN_NUMBER && r >= 0)
            {
              for (glong i = 0; i < pad; i++)
                g_string_append_c (line, ' ');
              g_string_append (line, text);
            }
          else
            {
              g_string_append (line, text);
              if (c + 1 < n_cols)
                for (glong i = 0; i < pad; i++)
                  g_string_append_c (line, ' ');
            }
        }
      while (line->len > 0 && line->str[line->len - 1] == ' ')
        g_string_truncate (line, line->len - 1);
      g_string_append_c (line, '\n');
      g_string_append (out, line->str);
      g_string_free (line, TRUE);
    }
}

static void
append_csv_field (GString    *out,
                  const char *field)
{
  /* The data as it is, but UTF-8 as the header promises: a file name need not be. */
  g_autofree char *text = g_utf8_make_valid (field, -1);

  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
render_csv (VsOutputTable *table,
            GString       *out)
{
  for (int r = -1; r < (int) table->rows->len; r++)
    {
      for (guint c = 0; c < table->columns->len; c++)
        {
          if (c > 0)
            g_string_append_c (out, ',');
          append_csv_field (out, r < 0 ? g_array_index (table->columns, Column, c).name
                                       : cell_at (g_ptr_array_index (table->rows, r), c));
        }
      g_string_append (out, "\r\n");  /* RFC 4180 */
    }
}

static void
append_json_string (GString    *out,
                    const char *text)
{
  g_string_append_c (out, '"');
  append_escaped (out, text, TRUE, TRUE);
  g_string_append_c (out, '"');
}

static void
render_json (VsOutputTable *table,
             GString       *out)
{
  g_string_append_c (out, '[');
  for (guint r = 0; r < table->rows->len; r++)
    {
      GPtrArray *row = g_ptr_array_index (table->rows, r);

      g_string_append (out, r == 0 ? "\n  {" : ",\n  {");
      for (guint c = 0; c < table->columns->len; c++)
        {
          const Column *column = &g_array_index (table->columns, Column, c);
          const char *text = c < row->len ? g_ptr_array_index (row, c) : NULL;

          if (c > 0)
            g_string_append (out, ", ");
          append_json_string (out, column->name);
          g_string_append (out, ": ");
          if (text == NULL || (*text == '\0' && column->kind != VS_COLUMN_TEXT))
            g_string_append (out, "null");
          else if (column->kind == VS_COLUMN_NUMBER || column->kind == VS_COLUMN_RAW_JSON)
            g_string_append (out, text);
          else
            append_json_string (out, text);
        }
      g_string_append_c (out, '}');
    }
  g_string_append (out, table->rows->len ? "\n]\n" : "]\n");
}

char *
vs_output_table_render (VsOutputTable  *table,
                        VsOutputFormat  format)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (table != NULL, NULL);

  switch (format)
    {
    case VS_OUTPUT_TABLE: render_table (table, out); break;
    case VS_OUTPUT_CSV: render_csv (table, out); break;
    case VS_OUTPUT_JSON: render_json (table, out); break;
    }
  return g_string_free (out, FALSE);
}

void
vs_output_table_print (VsOutputTable  *table,
                       VsOutputFormat  format)
{
  g_autofree char *text = vs_output_table_render (table, format);

  fputs (text, stdout);
  fflush (stdout);
}

char *
vs_output_format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (value))
    return g_strdup ("");
  /* %.10g drops binary noise (0.1 + 0.2) yet keeps every digit a file could have given. */
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.10g", value));
}

char *
vs_output_json_string (const char *text)
{
  GString *out = g_string_new (NULL);

  append_json_string (out, text);
  return g_string_free (out, FALSE);
}
