/* vs-read-xlsx-sheet.c: XLSX shared strings and worksheets, streamed cell by cell
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "vs-read-xlsx.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

gboolean
vs_xlsx_parse_ref (const char *ref,
                   guint      *row,
                   guint      *col)
{
  guint64 c = 0, r = 0;
  const char *p = ref;

  while (g_ascii_isupper (*p) && p - ref < 3)
    c = c * 26 + (guint64) (*p++ - 'A' + 1);
  if (c == 0 || !g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p) && r <= G_MAXUINT)
    r = r * 10 + (guint64) (*p++ - '0');
  if (*p != '\0' || r == 0 || r > G_MAXUINT)
    return FALSE;
  *row = (guint) (r - 1);
  *col = (guint) (c - 1);
  return TRUE;
}

void
vs_xlsx_unescape (GString *text)
{
  gsize out = 0;

  if (strstr (text->str, "_x") == NULL)
    return;
  /* Excel writes characters XML cannot hold as _xHHHH_ (a carriage return is _x000D_),
   * and a literal "_x" followed by four hex digits and "_" as _x005F_x...; decoding
   * left to right, one escape at a time, undoes both. */
  for (gsize i = 0; i < text->len;)
    {
      const char *p = text->str + i;

      if (p[0] == '_' && p[1] == 'x' && g_ascii_isxdigit (p[2]) && g_ascii_isxdigit (p[3])
          && g_ascii_isxdigit (p[4]) && g_ascii_isxdigit (p[5]) && p[6] == '_')
        {
          gunichar u = (gunichar) (g_ascii_xdigit_value (p[2]) << 12
                                   | g_ascii_xdigit_value (p[3]) << 8
                                   | g_ascii_xdigit_value (p[4]) << 4
                                   | g_ascii_xdigit_value (p[5]));

          if (u != 0 && g_unichar_validate (u))
            {
              char buf[6];
              gint n = g_unichar_to_utf8 (u, buf);

              /* Seven bytes of escape become at most three of UTF-8. */
              memcpy (text->str + out, buf, (gsize) n);
              out += (gsize) n;
              i += 7;
              continue;
            }
        }
      text->str[out++] = text->str[i++];
    }
  g_string_truncate (text, out);
}

/* The text of an <si> or <is>: plain <t>, or the <t> of each rich-text run <r>, leaving
 * out phonetic runs <rPh> (the furigana of Japanese text). */
static gboolean
read_rich_text (VsXlsx      *xlsx,
                VsXml       *xml,
                GString     *out,
                const char  *what,
                GError     **error)
{
  int depth = xmlTextReaderDepth (vs_xml_get_reader (xml));
  gboolean advance = TRUE;

  if (xmlTextReaderIsEmptyElement (vs_xml_get_reader (xml)))
    return TRUE;
  for (;;)
    {
      int rc = advance ? vs_xml_read (xml, error) : 1;

      advance = TRUE;
      if (rc <= 0)
        {
          if (rc == 0)
            vs_read_fail (xlsx->ctx, error, VS_READ_ERROR_CORRUPT,
                          _("part %s ends in the middle of %s"), vs_xml_get_part (xml), what);
          return FALSE;
        }
      if (xmlTextReaderNodeType (vs_xml_get_reader (xml)) == XML_READER_TYPE_END_ELEMENT
          && xmlTextReaderDepth (vs_xml_get_reader (xml)) == depth)
        break;
      if (vs_xml_is_element (xml, "rPh"))
        {
          rc = vs_xml_skip (xml, error);
          if (rc < 0)
            return FALSE;
          advance = FALSE;
        }
      else if (vs_xml_is_element (xml, "t")
               && !vs_xml_append_text (xml, out, xlsx->ctx->limits.max_cell_bytes, what,
                                       error))
        return FALSE;
    }
  vs_xlsx_unescape (out);
  return TRUE;
}

gboolean
vs_xlsx_read_strings (VsXlsx      *xlsx,
                      const char  *part,
                      GError     **error)
{
  g_autoptr(VsXml) xml = vs_xml_open (xlsx->zip, part, error);
  g_autoptr(GString) text = g_string_new (NULL);
  int rc;

  if (xml == NULL)
    return FALSE;
  while ((rc = vs_xml_read (xml, error)) == 1)
    {
      g_autofree char *what = NULL;

      if (!vs_xml_is_element (xml, "si"))
        continue;
      g_string_truncate (text, 0);
      what = g_strdup_printf (_("shared string %u in %s"), xlsx->sst->len, part);
      if (!read_rich_text (xlsx, xml, text, what, error))
        return FALSE;
      g_ptr_array_add (xlsx->sst, g_string_chunk_insert_len (xlsx->sst_chunk, text->str,
                                                             (gssize) text->len));
    }
  return rc == 0;
}

typedef struct {
  VsXlsx      *xlsx;
  VsXml       *xml;
  VsSheet     *sheet;
  const char  *part;
  const char **sst_copies;  /* per shared string, its copy in this sheet, or NULL */
  GString     *value;
  GString     *inline_text;
} SheetState;

static gboolean
cell_fail (SheetState  *st,
           guint        row,
           guint        col,
           GError     **error,
           const char  *problem)
{
  g_autofree char *address = vs_cell_address (row, col);

  vs_read_fail (st->xlsx->ctx, error, VS_READ_ERROR_CORRUPT,
                _("sheet “%s”, cell %s: %s"), vs_sheet_get_name (st->sheet), address, problem);
  return FALSE;
}

static gboolean
set_text (SheetState  *st,
          guint        row,
          guint        col,
          GString     *text,
          GError     **error)
{
  if (text->len == 0)
    return TRUE;
  if (!vs_read_count_text (st->xlsx->ctx, text->len, error))
    return FALSE;
  vs_sheet_set_string_len (st->sheet, row, col, text->str, text->len);
  return TRUE;
}

static gboolean
store_cell (SheetState  *st,
            guint        row,
            guint        col,
            const char  *type,
            guint        style,
            gboolean     has_value,
            gboolean     has_inline,
            GError     **error)
{
  VsXlsx *xlsx = st->xlsx;
  const char *v = st->value->str;
  g_autofree char *problem = NULL;

  if (has_inline && (type == NULL || g_str_equal (type, "inlineStr")))
    return set_text (st, row, col, st->inline_text, error);
  if (!has_value || st->value->len == 0)
    return TRUE;

  if (type == NULL || g_str_equal (type, "n"))
    {
      double number = 0;
      VsCellFormat format = style < xlsx->xf_formats->len
                            ? g_array_index (xlsx->xf_formats, VsCellFormat, style)
                            : VS_CELL_FORMAT_GENERAL;
      guint32 julian;

      if (!vs_read_parse_number (v, &number))
        {
          problem = g_strdup_printf (_("“%s” should be a number"), v);
          return cell_fail (st, row, col, error, problem);
        }
      if (format == VS_CELL_FORMAT_DATE
          && vs_read_serial_to_julian (number, xlsx->date1904, &julian))
        vs_sheet_set_date (st->sheet, row, col, julian);
      else
        vs_sheet_set_number (st->sheet, row, col, number,
                             format == VS_CELL_FORMAT_DATE ? VS_CELL_FORMAT_GENERAL : format);
    }
  else if (g_str_equal (type, "s"))
    {
      guint64 index;

      if (!g_ascii_string_to_unsigned (v, 10, 0, G_MAXUINT, &index, NULL)
          || index >= xlsx->sst->len)
        {
          problem = g_strdup_printf (_("refers to shared string %s, but the file has "
                                       "only %u"), v, xlsx->sst->len);
          return cell_fail (st, row, col, error, problem);
        }
      /* Each shared string is copied into the sheet once, however many cells use it. */
      if (st->sst_copies[index] == NULL)
        {
          const char *text = g_ptr_array_index (xlsx->sst, index);
          gsize len = strlen (text);

          if (len == 0)
            return TRUE;
          if (!vs_read_count_text (xlsx->ctx, len, error))
            return FALSE;
          st->sst_copies[index] = vs_sheet_intern (st->sheet, text, len);
        }
      vs_sheet_set_interned (st->sheet, row, col, st->sst_copies[index]);
    }
  else if (g_str_equal (type, "b"))
    {
      if (!g_str_equal (v, "0") && !g_str_equal (v, "1")
          && !g_str_equal (v, "true") && !g_str_equal (v, "false"))
        {
          problem = g_strdup_printf (_("“%s” should be a boolean"), v);
          return cell_fail (st, row, col, error, problem);
        }
      vs_sheet_set_boolean (st->sheet, row, col, v[0] == '1' || v[0] == 't');
    }
  else if (g_str_equal (type, "e"))
    vs_sheet_set_error (st->sheet, row, col, v);
  else if (g_str_equal (type, "d"))
    {
      guint32 julian;

      if (vs_read_iso_to_julian (v, &julian))
        vs_sheet_set_date (st->sheet, row, col, julian);
      else
        return set_text (st, row, col, st->value, error);
    }
  else if (g_str_equal (type, "str") || g_str_equal (type, "inlineStr"))
    {
      vs_xlsx_unescape (st->value);
      return set_text (st, row, col, st->value, error);
    }
  else
    {
      problem = g_strdup_printf (_("unknown cell type “%s”"), type);
      return cell_fail (st, row, col, error, problem);
    }
  return TRUE;
}

/* One <c>: its address, type and style, then its <v> or <is>; formulas <f> are skipped,
 * their cached value is what the sheet shows. */
static gboolean
read_cell (SheetState  *st,
           guint        row,
           guint       *next_col,
           GError     **error)
{
  VsXml *xml = st->xml;
  xmlTextReaderPtr reader = vs_xml_get_reader (xml);
  g_autofree char *ref = vs_xml_get_attribute (xml, "r");
  g_autofree char *type = vs_xml_get_attribute (xml, "t");
  g_autofree char *style_text = vs_xml_get_attribute (xml, "s");
  g_autofree char *what = NULL;
  guint64 style = 0;
  guint col = *next_col, ref_row;
  gboolean has_value = FALSE, has_inline = FALSE, advance = TRUE;
  int depth = xmlTextReaderDepth (reader);

  if (ref != NULL && !vs_xlsx_parse_ref (ref, &ref_row, &col))
    {
      g_autofree char *problem = g_strdup_printf (_("“%s” is not a cell reference"), ref);

      return cell_fail (st, row, *next_col, error, problem);
    }
  /* The row comes from <row>; a cell reference naming another row is taken at its word. */
  if (ref != NULL)
    row = ref_row;
  if (col == G_MAXUINT)
    return cell_fail (st, row, col - 1, error, _("is beyond the last column"));
  *next_col = col + 1;
  if (style_text != NULL)
    g_ascii_string_to_unsigned (style_text, 10, 0, G_MAXUINT, &style, NULL);
  if (xmlTextReaderIsEmptyElement (reader))
    return TRUE;

  g_string_truncate (st->value, 0);
  g_string_truncate (st->inline_text, 0);
  {
    g_autofree char *address = vs_cell_address (row, col);

    what = g_strdup_printf (_("sheet “%s”, cell %s"), vs_sheet_get_name (st->sheet), address);
  }
  for (;;)
    {
      int rc = advance ? vs_xml_read (xml, error) : 1;

      advance = TRUE;
      if (rc <= 0)
        {
          if (rc == 0)
            vs_read_fail (st->xlsx->ctx, error, VS_READ_ERROR_CORRUPT,
                          _("part %s ends in the middle of a cell"), st->part);
          return FALSE;
        }
      if (xmlTextReaderNodeType (reader) == XML_READER_TYPE_END_ELEMENT
          && xmlTextReaderDepth (reader) == depth)
        break;
      if (vs_xml_is_element (xml, "v"))
        {
          has_value = TRUE;
          if (!vs_xml_append_text (xml, st->value, st->xlsx->ctx->limits.max_cell_bytes,
                                   what, error))
            return FALSE;
        }
      else if (vs_xml_is_element (xml, "is"))
        {
          has_inline = TRUE;
          if (!read_rich_text (st->xlsx, xml, st->inline_text, what, error))
            return FALSE;
        }
      else if (xmlTextReaderNodeType (reader) == XML_READER_TYPE_ELEMENT)
        {
          if (vs_xml_skip (xml, error) < 0)
            return FALSE;
          advance = FALSE;
        }
    }

  if (!vs_read_reserve (st->xlsx->ctx, st->sheet, row, col, error))
    return FALSE;
  return store_cell (st, row, col, type, (guint) style, has_value, has_inline, error);
}

gboolean
vs_xlsx_read_sheet (VsXlsx      *xlsx,
                    const char  *part,
                    VsSheet     *sheet,
                    GError     **error)
{
  g_autoptr(VsXml) xml = vs_xml_open (xlsx->zip, part, error);
  g_autoptr(GString) value = g_string_new (NULL);
  g_autoptr(GString) inline_text = g_string_new (NULL);
  g_autofree const char **sst_copies = g_new0 (const char *, xlsx->sst->len + 1);
  SheetState st = { xlsx, xml, sheet, part, sst_copies, value, inline_text };
  guint64 row = 0;
  guint next_col = 0;
  gboolean in_row = FALSE, any_row = FALSE;
  int rc;

  if (xml == NULL)
    return FALSE;
  while ((rc = vs_xml_read (xml, error)) == 1)
    {
      if (vs_xml_is_element (xml, "row"))
        {
          g_autofree char *r = vs_xml_get_attribute (xml, "r");
          guint64 number = 0;

          /* Rows without r= follow the one before. */
          if (r != NULL && !g_ascii_string_to_unsigned (r, 10, 1, G_MAXUINT, &number, NULL))
            return cell_fail (&st, (guint) row, 0, error, _("its row number is not valid"));
          row = r != NULL ? number - 1 : (any_row ? row + 1 : 0);
          any_row = TRUE;
          next_col = 0;
          in_row = !xmlTextReaderIsEmptyElement (vs_xml_get_reader (xml));
        }
      else if (vs_xml_is_end (xml, "row"))
        in_row = FALSE;
      else if (in_row && vs_xml_is_element (xml, "c"))
        {
          if (!read_cell (&st, (guint) row, &next_col, error))
            return FALSE;
        }
    }
  return rc == 0;
}
