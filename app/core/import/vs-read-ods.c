/* vs-read-ods.c: OpenDocument spreadsheets (.ods): content.xml, streamed row by row
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "vs-read-ods.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

static guint64
repeat_count (VsXml      *xml,
              const char *attribute)
{
  g_autofree char *text = vs_xml_get_attribute_ns (xml, attribute, TABLE_NS);
  guint64 n = 1;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 1, G_MAXUINT, &n, NULL))
    return 1;
  return n;
}

static gboolean
intern_text (OdsState    *st,
             OdsCell     *cell,
             const char  *text,
             GError     **error)
{
  gsize len = strlen (text);

  if (len == 0)
    {
      cell->kind = VS_CELL_EMPTY;
      return TRUE;
    }
  if (len > st->ctx->limits.max_cell_bytes)
    return vs_ods_too_long (st, error);
  if (!vs_read_count_text (st->ctx, len, error))
    return FALSE;
  cell->kind = cell->kind == VS_CELL_ERROR ? VS_CELL_ERROR : VS_CELL_STRING;
  cell->text = vs_sheet_intern (st->sheet, text, len);
  return TRUE;
}

/* A table:table-cell: its value by office:value-type, then how often it repeats. Only
 * cells with a value are kept; empty ones just move the column on. */
static gboolean
read_cell (OdsState  *st,
           GError   **error)
{
  VsXml *xml = st->xml;
  guint64 repeat = repeat_count (xml, "number-columns-repeated");
  g_autofree char *type = vs_xml_get_attribute_ns (xml, "value-type", OFFICE_NS);
  g_autofree char *calc_type = vs_xml_get_attribute_ns (xml, "value-type", CALCEXT_NS);
  g_autofree char *value = NULL;
  g_autofree char *string_value = vs_xml_get_attribute_ns (xml, "string-value", OFFICE_NS);
  g_autofree char *date_value = vs_xml_get_attribute_ns (xml, "date-value", OFFICE_NS);
  g_autofree char *boolean_value = vs_xml_get_attribute_ns (xml, "boolean-value",
                                                           OFFICE_NS);
  OdsCell cell = { 0 };
  guint32 julian;

  /* The attributes first: reading the text moves the reader to the cell's end. */
  value = vs_xml_get_attribute_ns (xml, "value", OFFICE_NS);
  if (!vs_ods_read_cell_text (st, error))
    return FALSE;
  cell.col = (guint) MIN (st->col, G_MAXUINT);
  cell.repeat = (guint) repeat;
  st->col += repeat;

  if (type == NULL || g_str_equal (type, "string") || g_str_equal (type, "time")
      || g_str_equal (type, "void"))
    {
      const char *text = st->text->str;

      /* LibreOffice writes a formula's error as a string cell marked so by calcext, its
       * code (#N/A) in the paragraph. office:string-value, when there, is the value. */
      if (calc_type != NULL && g_str_equal (calc_type, "error"))
        cell.kind = VS_CELL_ERROR;
      else if (string_value != NULL && string_value[0] != '\0')
        text = string_value;
      if (!intern_text (st, &cell, text, error))
        return FALSE;
    }
  else if (g_str_equal (type, "float") || g_str_equal (type, "percentage")
           || g_str_equal (type, "currency"))
    {
      if (!vs_read_parse_number (value, &cell.number))
        {
          g_autofree char *address = vs_cell_address (st->row > G_MAXUINT ? G_MAXUINT - 1
                                                      : (guint) st->row, cell.col);

          vs_read_fail (st->ctx, error, VS_READ_ERROR_CORRUPT,
                        _("sheet “%s”, cell %s: office:value “%s” should be a number"),
                        vs_sheet_get_name (st->sheet), address, value != NULL ? value : "");
          return FALSE;
        }
      cell.kind = VS_CELL_NUMBER;
      cell.format = g_str_equal (type, "percentage") ? VS_CELL_FORMAT_PERCENT
                                                      : VS_CELL_FORMAT_GENERAL;
    }
  else if (g_str_equal (type, "date"))
    {
      if (vs_read_iso_to_julian (date_value, &julian))
        {
          cell.kind = VS_CELL_DATE;
          cell.format = VS_CELL_FORMAT_DATE;
          cell.number = julian;
        }
      else if (!intern_text (st, &cell, st->text->str, error))
        return FALSE;
    }
  else if (g_str_equal (type, "boolean"))
    {
      cell.kind = VS_CELL_BOOLEAN;
      cell.number = boolean_value != NULL && g_str_equal (boolean_value, "true") ? 1.0 : 0.0;
    }
  else if (!intern_text (st, &cell, st->text->str, error))
    return FALSE;

  if (cell.kind != VS_CELL_EMPTY)
    g_array_append_val (st->cells, cell);
  return TRUE;
}

static void
set_cell (VsSheet       *sheet,
          guint          row,
          guint          col,
          const OdsCell *cell)
{
  switch (cell->kind)
    {
    case VS_CELL_NUMBER:
      vs_sheet_set_number (sheet, row, col, cell->number, cell->format);
      break;
    case VS_CELL_DATE:
      vs_sheet_set_date (sheet, row, col, (guint32) cell->number);
      break;
    case VS_CELL_BOOLEAN:
      vs_sheet_set_boolean (sheet, row, col, cell->number != 0.0);
      break;
    case VS_CELL_ERROR:
      vs_sheet_set_error (sheet, row, col, cell->text);
      break;
    case VS_CELL_STRING:
    case VS_CELL_EMPTY:
      vs_sheet_set_interned (sheet, row, col, cell->text);
      break;
    }
}

/* Writes the row just read @repeat times. Repeats of an empty row (LibreOffice ends every
 * sheet with a million of them) cost nothing; repeats of values count against the caps. */
static gboolean
flush_row (OdsState  *st,
           guint64    repeat,
           GError   **error)
{
  for (guint64 r = 0; r < repeat && st->cells->len > 0; r++)
    {
      guint64 row = st->row + r;

      for (guint i = 0; i < st->cells->len; i++)
        {
          const OdsCell *cell = &g_array_index (st->cells, OdsCell, i);

          for (guint64 c = cell->col; c < (guint64) cell->col + cell->repeat; c++)
            {
              if (!vs_read_reserve (st->ctx, st->sheet, (guint) MIN (row, G_MAXUINT - 1),
                                    (guint) MIN (c, G_MAXUINT - 1), error))
                return FALSE;
              set_cell (st->sheet, (guint) row, (guint) c, cell);
            }
        }
    }
  g_array_set_size (st->cells, 0);
  st->row += repeat;
  return TRUE;
}

/* The cells of a table:table-row; covered cells (under a merge) only take up columns. */
static gboolean
read_row (OdsState  *st,
          GError   **error)
{
  VsXml *xml = st->xml;
  xmlTextReaderPtr reader = vs_xml_get_reader (xml);
  int depth = xmlTextReaderDepth (reader);
  gboolean advance = TRUE;

  for (;;)
    {
      int rc = advance ? vs_xml_read (xml, error) : 1;

      advance = TRUE;
      if (rc <= 0)
        {
          if (rc == 0)
            vs_read_fail (st->ctx, error, VS_READ_ERROR_CORRUPT,
                          _("part %s ends in the middle of a row"), vs_xml_get_part (xml));
          return FALSE;
        }
      if (xmlTextReaderNodeType (reader) == XML_READER_TYPE_END_ELEMENT
          && xmlTextReaderDepth (reader) == depth)
        return TRUE;
      if (vs_ods_is (xml, TABLE_NS, "table-cell"))
        {
          if (!read_cell (st, error))
            return FALSE;
        }
      else if (vs_ods_is (xml, TABLE_NS, "covered-table-cell"))
        {
          st->col += repeat_count (xml, "number-columns-repeated");
          if (vs_xml_skip (xml, error) < 0)
            return FALSE;
          advance = FALSE;
        }
    }
}

/* Table styles that hide their sheet, from office:automatic-styles. */
static void
note_table_style (OdsState *st,
                  char    **current_style)
{
  VsXml *xml = st->xml;

  if (vs_ods_is (xml, STYLE_NS, "style"))
    {
      g_autofree char *family = vs_xml_get_attribute_ns (xml, "family", STYLE_NS);

      g_free (*current_style);
      *current_style = family != NULL && g_str_equal (family, "table")
                       ? vs_xml_get_attribute_ns (xml, "name", STYLE_NS) : NULL;
    }
  else if (*current_style != NULL && vs_ods_is (xml, STYLE_NS, "table-properties"))
    {
      g_autofree char *display = vs_xml_get_attribute_ns (xml, "display", TABLE_NS);

      if (display != NULL && g_str_equal (display, "false"))
        g_hash_table_add (st->hidden_styles, g_strdup (*current_style));
    }
}

static gboolean
read_content (OdsState    *st,
              VsWorkbook  *workbook,
              GError     **error)
{
  VsXml *xml = st->xml;
  g_autofree char *current_style = NULL;
  g_autoptr(VsSheet) sheet = NULL;
  int rc;

  while ((rc = vs_xml_read (xml, error)) == 1)
    {
      if (sheet == NULL && vs_ods_is (xml, TABLE_NS, "table"))
        {
          g_autofree char *name = vs_xml_get_attribute_ns (xml, "name", TABLE_NS);
          g_autofree char *style = vs_xml_get_attribute_ns (xml, "style-name", TABLE_NS);
          g_autofree char *fallback = g_strdup_printf (_("Sheet %u"),
                                                       workbook->sheets->len + 1);

          if (!vs_read_check_sheets (st->ctx, workbook->sheets->len,
                                     name != NULL && name[0] != '\0' ? name : fallback, error))
            return FALSE;
          sheet = vs_sheet_new (name != NULL && name[0] != '\0' ? name : fallback);
          vs_sheet_set_hidden (sheet, style != NULL
                                      && g_hash_table_contains (st->hidden_styles, style));
          st->sheet = sheet;
          st->row = 0;
          if (xmlTextReaderIsEmptyElement (vs_xml_get_reader (xml)))
            g_ptr_array_add (workbook->sheets, g_steal_pointer (&sheet));
        }
      else if (sheet != NULL && vs_xml_is_end (xml, "table") && vs_ods_in_ns (xml, TABLE_NS))
        g_ptr_array_add (workbook->sheets, g_steal_pointer (&sheet));
      else if (sheet != NULL && vs_ods_is (xml, TABLE_NS, "table-row"))
        {
          guint64 repeat = repeat_count (xml, "number-rows-repeated");

          st->col = 0;
          g_array_set_size (st->cells, 0);
          if (!xmlTextReaderIsEmptyElement (vs_xml_get_reader (xml))
              && !read_row (st, error))
            return FALSE;
          if (!flush_row (st, repeat, error))
            return FALSE;
        }
      else if (sheet == NULL)
        note_table_style (st, &current_style);
    }
  return rc == 0;
}

gboolean
vs_read_ods (VsReadContext  *ctx,
             VsZip          *zip,
             VsWorkbook     *workbook,
             GError        **error)
{
  g_autoptr(VsXml) xml = NULL;
  OdsState st = { ctx };
  gboolean ok;

  g_free (workbook->format);
  workbook->format = g_strdup ("ods");
  if (!vs_zip_has (zip, "content.xml"))
    {
      vs_read_fail (ctx, error, VS_READ_ERROR_CORRUPT,
                    _("is an OpenDocument file without its content.xml"));
      return FALSE;
    }
  if ((xml = vs_xml_open (zip, "content.xml", error)) == NULL)
    return FALSE;
  st.xml = xml;
  st.hidden_styles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  st.cells = g_array_new (FALSE, FALSE, sizeof (OdsCell));
  st.text = g_string_new (NULL);
  ok = read_content (&st, workbook, error);
  g_string_free (st.text, TRUE);
  g_array_unref (st.cells);
  g_hash_table_unref (st.hidden_styles);
  return ok;
}
