/* vs-read-ods-text.c: the text of an ODS cell, as ODF lays paragraphs and spaces out
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "vs-read-ods.h"

#include <glib/gi18n.h>

gboolean
vs_ods_in_ns (VsXml      *xml,
       const char *ns)
{
  return g_strcmp0 ((const char *) xmlTextReaderConstNamespaceUri (vs_xml_get_reader (xml)),
                    ns) == 0;
}

gboolean
vs_ods_is (VsXml      *xml,
    const char *ns,
    const char *local_name)
{
  return vs_xml_is_element (xml, local_name) && vs_ods_in_ns (xml, ns);
}

gboolean
vs_ods_too_long (OdsState  *st,
          GError   **error)
{
  g_autofree char *address = vs_cell_address ((guint) MIN (st->row, G_MAXUINT - 1),
                                              (guint) MIN (st->col, G_MAXUINT - 1));

  vs_read_fail (st->ctx, error, VS_READ_ERROR_TOO_LARGE,
                _("sheet “%s”, cell %s holds more than %" G_GUINT64_FORMAT " KB of text"),
                vs_sheet_get_name (st->sheet), address, st->ctx->limits.max_cell_bytes / 1024);
  return FALSE;
}

/* ODF collapses white space in paragraphs as HTML does; text:s, text:tab and
 * text:line-break are the spaces that stay. */
static void
append_collapsed (GString    *out,
                  const char *text,
                  gboolean   *pending_space,
                  gboolean   *at_start)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
        {
          *pending_space = !*at_start;
          continue;
        }
      if (*pending_space)
        g_string_append_c (out, ' ');
      *pending_space = FALSE;
      *at_start = FALSE;
      g_string_append_c (out, *p);
    }
}

/* A text:p (or text:h): its text, spans and links included; annotations, frames, notes and
 * drawings left out. */
static gboolean
read_paragraph (OdsState  *st,
                GError   **error)
{
  VsXml *xml = st->xml;
  xmlTextReaderPtr reader = vs_xml_get_reader (xml);
  int depth = xmlTextReaderDepth (reader);
  gboolean advance = TRUE, pending_space = FALSE, at_start = TRUE;

  if (xmlTextReaderIsEmptyElement (reader))
    return TRUE;
  for (;;)
    {
      int rc = advance ? vs_xml_read (xml, error) : 1;
      int type = xmlTextReaderNodeType (reader);

      advance = TRUE;
      if (rc <= 0)
        {
          if (rc == 0)
            vs_read_fail (st->ctx, error, VS_READ_ERROR_CORRUPT,
                          _("part %s ends in the middle of a paragraph"),
                          vs_xml_get_part (xml));
          return FALSE;
        }
      if (type == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth (reader) == depth)
        break;
      if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA
          || type == XML_READER_TYPE_WHITESPACE
          || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE)
        append_collapsed (st->text, (const char *) xmlTextReaderConstValue (reader),
                          &pending_space, &at_start);
      else if (type != XML_READER_TYPE_ELEMENT)
        continue;
      else if (vs_ods_is (xml, TEXT_NS, "s"))
        {
          g_autofree char *c = vs_xml_get_attribute_ns (xml, "c", TEXT_NS);
          guint64 n = 1;

          if (c != NULL && !g_ascii_string_to_unsigned (c, 10, 1, G_MAXUINT, &n, NULL))
            n = 1;
          if (pending_space)
            n++;
          if (st->text->len + n > st->ctx->limits.max_cell_bytes)
            return vs_ods_too_long (st, error);
          for (guint64 i = 0; i < n; i++)
            g_string_append_c (st->text, ' ');
          pending_space = FALSE;
          at_start = FALSE;
        }
      else if (vs_ods_is (xml, TEXT_NS, "tab") || vs_ods_is (xml, TEXT_NS, "line-break"))
        {
          g_string_append_c (st->text, vs_ods_is (xml, TEXT_NS, "tab") ? '\t' : '\n');
          pending_space = FALSE;
          at_start = TRUE;
        }
      else if (vs_ods_is (xml, OFFICE_NS, "annotation") || vs_ods_is (xml, TEXT_NS, "note")
               || vs_ods_in_ns (xml, DRAW_NS))
        {
          if (vs_xml_skip (xml, error) < 0)
            return FALSE;
          advance = FALSE;
        }
      if (st->text->len > st->ctx->limits.max_cell_bytes)
        return vs_ods_too_long (st, error);
    }
  return TRUE;
}

/* The text of a cell: its paragraphs, one per line. Anything else in the cell (comments,
 * frames, shapes) is passed over. */
gboolean
vs_ods_read_cell_text (OdsState  *st,
                GError   **error)
{
  VsXml *xml = st->xml;
  xmlTextReaderPtr reader = vs_xml_get_reader (xml);
  int depth = xmlTextReaderDepth (reader);
  gboolean advance = TRUE, first = TRUE;

  g_string_truncate (st->text, 0);
  if (xmlTextReaderIsEmptyElement (reader))
    return TRUE;
  for (;;)
    {
      int rc = advance ? vs_xml_read (xml, error) : 1;

      advance = TRUE;
      if (rc <= 0)
        {
          if (rc == 0)
            vs_read_fail (st->ctx, error, VS_READ_ERROR_CORRUPT,
                          _("part %s ends in the middle of a cell"), vs_xml_get_part (xml));
          return FALSE;
        }
      if (xmlTextReaderNodeType (reader) == XML_READER_TYPE_END_ELEMENT
          && xmlTextReaderDepth (reader) == depth)
        return TRUE;
      if (xmlTextReaderNodeType (reader) != XML_READER_TYPE_ELEMENT)
        continue;
      if (vs_ods_is (xml, TEXT_NS, "p") || vs_ods_is (xml, TEXT_NS, "h"))
        {
          if (!first)
            g_string_append_c (st->text, '\n');
          first = FALSE;
          if (!read_paragraph (st, error))
            return FALSE;
        }
      else
        {
          if (vs_xml_skip (xml, error) < 0)
            return FALSE;
          advance = FALSE;
        }
    }
}
