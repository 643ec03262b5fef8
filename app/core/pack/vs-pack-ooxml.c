/* vs-pack-ooxml.c: XML parts through libxml2's text writer, and the pack's colours in
 * DrawingML
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdarg.h>
#include <string.h>

#include "vs-pack-ooxml.h"

const char *
vs_ooxml_rag_tint (VsRag rag)
{
  switch (rag)
    {
    case VS_RAG_RED:          return "FAD1D1";
    case VS_RAG_AMBER:        return "FFE8A8";
    case VS_RAG_GREEN:        return "D1EDD9";
    case VS_RAG_NOT_EXPECTED: return "DBDBDE";
    case VS_RAG_SUPPRESSED:   return "EDEDF0";
    case VS_RAG_PENDING:
    case VS_RAG_NONE:
      return NULL;
    }
  g_return_val_if_reached (NULL);
}

const char *
vs_ooxml_rag_strong (VsRag rag)
{
  switch (rag)
    {
    case VS_RAG_RED:   return "BF1C29";
    case VS_RAG_AMBER: return "9C6E03";
    case VS_RAG_GREEN: return "268047";
    case VS_RAG_NONE:
    case VS_RAG_PENDING:
    case VS_RAG_NOT_EXPECTED:
    case VS_RAG_SUPPRESSED:
      return VS_OOXML_MUTED;
    }
  g_return_val_if_reached (VS_OOXML_MUTED);
}

const char *
vs_ooxml_travel_color (VsTravel travel)
{
  switch (travel)
    {
    case VS_TRAVEL_IMPROVING: return vs_ooxml_rag_strong (VS_RAG_GREEN);
    case VS_TRAVEL_DECLINING: return vs_ooxml_rag_strong (VS_RAG_RED);
    case VS_TRAVEL_SAME:
    case VS_TRAVEL_NONE:
      return VS_OOXML_MUTED;
    }
  g_return_val_if_reached (VS_OOXML_MUTED);
}

static int
write_cb (void       *context,
          const char *buffer,
          int         len)
{
  return gsf_output_write (context, (size_t) len, (const guint8 *) buffer) ? len : -1;
}

static int
close_cb (void *context)
{
  return 0;
}

xmlTextWriterPtr
vs_ooxml_writer_new (GsfOutput *part)
{
  xmlOutputBufferPtr buffer = xmlOutputBufferCreateIO (write_cb, close_cb, part, NULL);
  xmlTextWriterPtr w = xmlNewTextWriter (buffer);

  g_assert (w != NULL);
  xmlTextWriterStartDocument (w, NULL, "UTF-8", "yes");
  return w;
}

gboolean
vs_ooxml_writer_finish (xmlTextWriterPtr w)
{
  gboolean ok = xmlTextWriterEndDocument (w) >= 0;

  xmlFreeTextWriter (w);
  return ok;
}

void
vs_ooxml_start (xmlTextWriterPtr  w,
                const char       *name)
{
  xmlTextWriterStartElement (w, BAD_CAST name);
}

void
vs_ooxml_end (xmlTextWriterPtr w)
{
  xmlTextWriterEndElement (w);
}

void
vs_ooxml_attr (xmlTextWriterPtr  w,
               const char       *name,
               const char       *value)
{
  xmlTextWriterWriteAttribute (w, BAD_CAST name, BAD_CAST value);
}

void
vs_ooxml_attr_int (xmlTextWriterPtr  w,
                   const char       *name,
                   gint64            value)
{
  xmlTextWriterWriteFormatAttribute (w, BAD_CAST name, "%" G_GINT64_FORMAT, value);
}

void
vs_ooxml_empty (xmlTextWriterPtr  w,
                const char       *name,
                ...)
{
  va_list args;
  const char *key;

  vs_ooxml_start (w, name);
  va_start (args, name);
  while ((key = va_arg (args, const char *)) != NULL)
    vs_ooxml_attr (w, key, va_arg (args, const char *));
  va_end (args);
  vs_ooxml_end (w);
}

void
vs_ooxml_fill (xmlTextWriterPtr  w,
               const char       *hex)
{
  vs_ooxml_start (w, "a:solidFill");
  vs_ooxml_empty (w, "a:srgbClr", "val", hex, NULL);
  vs_ooxml_end (w);
}

/* XML 1.0 holds no C0 control but tab and line ends, and no U+FFFE / U+FFFF: a title
 * pasted from a terminal would otherwise make a file no office program opens. */
static gboolean
xml_char (gunichar c)
{
  return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

void
vs_ooxml_text (xmlTextWriterPtr  w,
               const char       *text,
               gssize            length)
{
  g_autofree char *valid = g_utf8_make_valid (text, length);
  GString *clean = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (xml_char (c))
        g_string_append_unichar (clean, c);
    }
  xmlTextWriterWriteString (w, BAD_CAST clean->str);
  g_string_free (clean, TRUE);
}

gboolean
vs_ooxml_is_rtl (const char *text,
                 gssize      length)
{
  const char *end = length < 0 ? text + strlen (text) : text + length;

  for (const char *p = text; p < end && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        return FALSE;
      if (!g_unichar_isalpha (c))
        continue;
      /* A few of GLib's 160-odd scripts: switched on as a number, so that -Wswitch-enum
       * (meant for our own enums) does not ask for every one. */
      switch ((int) g_unichar_get_script (c))
        {
        case G_UNICODE_SCRIPT_ARABIC:
        case G_UNICODE_SCRIPT_HEBREW:
        case G_UNICODE_SCRIPT_SYRIAC:
        case G_UNICODE_SCRIPT_THAANA:
        case G_UNICODE_SCRIPT_NKO:
          return TRUE;
        default:
          return FALSE;
        }
    }
  return FALSE;
}
