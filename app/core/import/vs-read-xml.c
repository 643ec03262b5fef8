/* vs-read-xml.c: one part of a zip package parsed by libxml2's xmlTextReader, safely
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "vs-read-xml.h"

#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <string.h>

/* What the parser may do: nothing from the network, no DTD loaded, no entity replaced
 * (XML_PARSE_NOENT, XML_PARSE_DTDLOAD and XML_PARSE_HUGE stay off, so libxml2's own
 * limits on text and depth hold too). Errors come to us, not to stderr. */
#define PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_COMPACT \
                       | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)

/* The prolog, scanned as bytes come in: a DOCTYPE can only sit before the root element,
 * so once that starts there is nothing left to watch for. */
typedef enum {
  SCAN_PROLOG,
  SCAN_LT,
  SCAN_PI,
  SCAN_PI_Q,
  SCAN_BANG,
  SCAN_BANG_DASH,
  SCAN_COMMENT,
  SCAN_COMMENT_DASH,
  SCAN_COMMENT_DASH2,
  SCAN_DONE,
  SCAN_HOSTILE,
} ScanState;

typedef enum {
  WIDTH_UNKNOWN,
  WIDTH_8,
  WIDTH_16LE,
  WIDTH_16BE,
} ScanWidth;

struct _VsXml {
  VsReadContext   *ctx;
  VsZipPart       *part;
  char            *part_name;
  xmlTextReaderPtr reader;
  GError          *io_error;     /* from the read callback */
  char            *parse_error;  /* the first error libxml2 reported */
  int              parse_code;
  int              parse_line;
  ScanState        scan;
  ScanWidth        width;
  xmlGenericErrorFunc saved_generic_error;
  void            *saved_generic_context;
  GString         *generic_error;  /* what libxml2 said through its generic handler */
  guint8           odd_byte;
  gboolean         has_odd_byte;
};

static ScanState
scan_char (ScanState state,
           guint     c)
{
  switch (state)
    {
    case SCAN_PROLOG:
      if (c == '<')
        return SCAN_LT;
      return c == ' ' || c == '\t' || c == '\r' || c == '\n' ? SCAN_PROLOG : SCAN_DONE;
    case SCAN_LT:
      return c == '?' ? SCAN_PI : c == '!' ? SCAN_BANG : SCAN_DONE;
    case SCAN_PI:
      return c == '?' ? SCAN_PI_Q : SCAN_PI;
    case SCAN_PI_Q:
      return c == '>' ? SCAN_PROLOG : c == '?' ? SCAN_PI_Q : SCAN_PI;
    case SCAN_BANG:
      /* "<!" before the root is a comment or a DOCTYPE; nothing else is well-formed. */
      return c == '-' ? SCAN_BANG_DASH : SCAN_HOSTILE;
    case SCAN_BANG_DASH:
      return c == '-' ? SCAN_COMMENT : SCAN_DONE;
    case SCAN_COMMENT:
      return c == '-' ? SCAN_COMMENT_DASH : SCAN_COMMENT;
    case SCAN_COMMENT_DASH:
      return c == '-' ? SCAN_COMMENT_DASH2 : SCAN_COMMENT;
    case SCAN_COMMENT_DASH2:
      return c == '>' ? SCAN_PROLOG : c == '-' ? SCAN_COMMENT_DASH2 : SCAN_COMMENT;
    case SCAN_DONE:
    case SCAN_HOSTILE:
      return state;
    }
  g_return_val_if_reached (state);
}

/* Watches the bytes the parser is about to get; FALSE on a DOCTYPE. UTF-16 parts (which
 * OOXML allows) are scanned by code unit. */
static gboolean
scan_bytes (VsXml        *xml,
            const guint8 *p,
            gsize         len)
{
  gsize i = 0;

  if (xml->width == WIDTH_UNKNOWN && len > 0)
    {
      if (len >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == '<' && p[1] == 0)))
        xml->width = WIDTH_16LE, i = p[0] == 0xFF ? 2 : 0;
      else if (len >= 2 && ((p[0] == 0xFE && p[1] == 0xFF) || (p[0] == 0 && p[1] == '<')))
        xml->width = WIDTH_16BE, i = p[0] == 0xFE ? 2 : 0;
      else
        {
          xml->width = WIDTH_8;
          if (len >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
            i = 3;
        }
    }

  while (i < len && xml->scan < SCAN_DONE)
    {
      guint c;

      if (xml->width == WIDTH_8)
        c = p[i++];
      else
        {
          guint8 b0, b1;

          if (xml->has_odd_byte)
            b0 = xml->odd_byte, b1 = p[i++], xml->has_odd_byte = FALSE;
          else if (i + 1 < len)
            b0 = p[i], b1 = p[i + 1], i += 2;
          else
            {
              xml->odd_byte = p[i++];
              xml->has_odd_byte = TRUE;
              break;
            }
          c = xml->width == WIDTH_16LE ? (guint) (b0 | (b1 << 8)) : (guint) ((b0 << 8) | b1);
        }
      xml->scan = scan_char (xml->scan, c);
    }
  return xml->scan != SCAN_HOSTILE;
}

static int
on_read (void *context,
         char *buffer,
         int   len)
{
  VsXml *xml = context;
  gssize n;

  if (xml->io_error != NULL || len <= 0)
    return -1;
  n = vs_zip_part_read (xml->part, (guint8 *) buffer, (gsize) len, &xml->io_error);
  if (n < 0)
    return -1;
  if (!scan_bytes (xml, (const guint8 *) buffer, (gsize) n))
    {
      vs_read_fail (xml->ctx, &xml->io_error, VS_READ_ERROR_HOSTILE,
                    _("part %s has a DOCTYPE, which spreadsheet files never need and "
                      "which can hide entity expansion or external entities"),
                    xml->part_name);
      return -1;
    }
  return (int) n;
}

static int
on_close (void *context)
{
  return 0;
}

static void
on_error (void        *data,
          xmlErrorPtr  err)
{
  VsXml *xml = data;

  if (err == NULL || err->level < XML_ERR_ERROR || xml->parse_error != NULL)
    return;
  xml->parse_error = g_utf8_make_valid (err->message != NULL ? err->message : "", -1);
  g_strstrip (g_strdelimit (xml->parse_error, "\n", ' '));
  xml->parse_code = err->code;
  xml->parse_line = err->line;
}

/* Some of libxml2's errors (a failed encoding conversion) go to its generic handler,
 * which prints to stderr, as well as to ours. The message the user needs is ours. */
static void
on_generic_error (void       *context,
                  const char *format,
                  ...)
{
  VsXml *xml = context;
  g_autofree char *text = NULL;
  va_list args;

  /* It comes in pieces ("encoding error : ", then the detail): keep the first line. */
  if (xml->generic_error != NULL && strchr (xml->generic_error->str, '\n') != NULL)
    return;
  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  if (xml->generic_error == NULL)
    xml->generic_error = g_string_new (NULL);
  if (xml->generic_error->len < 512)
    g_string_append (xml->generic_error, text);
}

static gboolean
ensure_libxml (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      xmlInitParser ();
      g_once_init_leave (&once, 1);
    }
  return TRUE;
}

VsXml *
vs_xml_open (VsZip       *zip,
             const char  *part_name,
             GError     **error)
{
  g_autoptr(VsXml) xml = g_new0 (VsXml, 1);

  ensure_libxml ();
  xml->ctx = vs_zip_get_context (zip);
  xml->part_name = g_strdup (part_name);
  xml->part = vs_zip_open_part (zip, part_name, error);
  if (xml->part == NULL)
    return NULL;
  /* libxml2 keeps the generic handler per thread: set it for this part, put it back
   * when the part is done. */
  xml->saved_generic_error = xmlGenericError;
  xml->saved_generic_context = xmlGenericErrorContext;
  xmlSetGenericErrorFunc (xml, on_generic_error);
  xml->reader = xmlReaderForIO (on_read, on_close, xml, part_name, NULL, PARSE_OPTIONS);
  if (xml->reader == NULL)
    {
      if (xml->io_error != NULL)
        g_propagate_error (error, g_steal_pointer (&xml->io_error));
      else
        vs_read_fail (xml->ctx, error, VS_READ_ERROR_CORRUPT,
                      _("part %s cannot be parsed"), part_name);
      return NULL;
    }
  xmlTextReaderSetStructuredErrorHandler (xml->reader, on_error, xml);
  return g_steal_pointer (&xml);
}

void
vs_xml_free (VsXml *xml)
{
  if (xml == NULL)
    return;
  if (xml->reader != NULL)
    xmlFreeTextReader (xml->reader);
  if (xml->saved_generic_error != NULL)
    xmlSetGenericErrorFunc (xml->saved_generic_context, xml->saved_generic_error);
  vs_zip_part_free (xml->part);
  g_clear_error (&xml->io_error);
  if (xml->generic_error != NULL)
    g_string_free (xml->generic_error, TRUE);
  g_free (xml->parse_error);
  g_free (xml->part_name);
  g_free (xml);
}

xmlTextReaderPtr
vs_xml_get_reader (VsXml *xml)
{
  return xml->reader;
}

const char *
vs_xml_get_part (VsXml *xml)
{
  return xml->part_name;
}

static int
fail (VsXml   *xml,
      GError **error)
{
  if (xml->io_error != NULL)
    {
      g_propagate_error (error, g_error_copy (xml->io_error));
      return -1;
    }
  if (xml->parse_error == NULL && xml->generic_error != NULL)
    {
      g_autofree char *text = g_utf8_make_valid (xml->generic_error->str, -1);

      g_strstrip (g_strdelimit (text, "\n", ' '));
      vs_read_fail (xml->ctx, error,
                    strstr (text, "encod") != NULL || strstr (text, "conversion") != NULL
                    ? VS_READ_ERROR_ENCODING : VS_READ_ERROR_CORRUPT,
                    _("part %s cannot be parsed: %s"), xml->part_name, text);
      return -1;
    }
  if (xml->parse_error == NULL)
    {
      vs_read_fail (xml->ctx, error, VS_READ_ERROR_CORRUPT,
                    _("part %s cannot be parsed"), xml->part_name);
      return -1;
    }
  /* libxml2 stops a text node beyond its 10 MB limit with an out-of-memory error; it is
   * a cell too large, not a machine out of memory. */
  if (xml->parse_code == XML_ERR_NO_MEMORY)
    vs_read_fail (xml->ctx, error, VS_READ_ERROR_TOO_LARGE,
                  _("part %s (line %d) holds a text longer than the XML parser reads "
                    "(10 MB), far more than any cell needs: %s"),
                  xml->part_name, xml->parse_line, xml->parse_error);
  else if (xml->parse_code == XML_ERR_INVALID_CHAR && strstr (xml->parse_error, "UTF-8"))
    vs_read_fail (xml->ctx, error, VS_READ_ERROR_ENCODING,
                  _("part %s (line %d) is not valid UTF-8: %s"),
                  xml->part_name, xml->parse_line, xml->parse_error);
  else if (xml->parse_code == XML_ERR_ENTITY_LOOP)
    vs_read_fail (xml->ctx, error, VS_READ_ERROR_HOSTILE,
                  _("part %s (line %d) expands entities without end: %s"),
                  xml->part_name, xml->parse_line, xml->parse_error);
  else
    vs_read_fail (xml->ctx, error, VS_READ_ERROR_CORRUPT,
                  _("part %s is not well-formed XML (line %d): %s"),
                  xml->part_name, xml->parse_line, xml->parse_error);
  return -1;
}

static int
check (VsXml   *xml,
       int      rc,
       GError **error)
{
  int type;

  if (rc < 0 || xml->io_error != NULL || xml->parse_error != NULL)
    return fail (xml, error);
  if (rc == 0)
    return 0;
  type = xmlTextReaderNodeType (xml->reader);
  if (type == XML_READER_TYPE_DOCUMENT_TYPE || type == XML_READER_TYPE_ENTITY
      || type == XML_READER_TYPE_ENTITY_REFERENCE || type == XML_READER_TYPE_NOTATION)
    {
      vs_read_fail (xml->ctx, error, VS_READ_ERROR_HOSTILE,
                    _("part %s has a DOCTYPE or an entity, which spreadsheet files never "
                      "need"),
                    xml->part_name);
      return -1;
    }
  return 1;
}

int
vs_xml_read (VsXml   *xml,
             GError **error)
{
  return check (xml, xmlTextReaderRead (xml->reader), error);
}

int
vs_xml_skip (VsXml   *xml,
             GError **error)
{
  return check (xml, xmlTextReaderNext (xml->reader), error);
}

gboolean
vs_xml_is_element (VsXml      *xml,
                   const char *local_name)
{
  return xmlTextReaderNodeType (xml->reader) == XML_READER_TYPE_ELEMENT
         && g_strcmp0 ((const char *) xmlTextReaderConstLocalName (xml->reader),
                       local_name) == 0;
}

gboolean
vs_xml_is_end (VsXml      *xml,
               const char *local_name)
{
  return xmlTextReaderNodeType (xml->reader) == XML_READER_TYPE_END_ELEMENT
         && g_strcmp0 ((const char *) xmlTextReaderConstLocalName (xml->reader),
                       local_name) == 0;
}

/* libxml2 allocates attribute values with its own allocator; hand back GLib memory. */
static char *
take_xml_string (xmlChar *value)
{
  char *copy;

  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

char *
vs_xml_get_attribute (VsXml      *xml,
                      const char *local_name)
{
  char *value = NULL;

  if (xmlTextReaderNodeType (xml->reader) != XML_READER_TYPE_ELEMENT)
    return NULL;
  value = take_xml_string (xmlTextReaderGetAttribute (xml->reader,
                                                      (const xmlChar *) local_name));
  if (value != NULL)
    return value;
  /* Prefixed (r:id): look through the attributes for the local name. */
  if (xmlTextReaderMoveToFirstAttribute (xml->reader) == 1)
    {
      do
        {
          /* xmlns:r="..." is a declaration, not an attribute named r. */
          if (xmlTextReaderIsNamespaceDecl (xml->reader) != 1
              && g_strcmp0 ((const char *) xmlTextReaderConstLocalName (xml->reader),
                            local_name) == 0
              && xmlTextReaderConstNamespaceUri (xml->reader) != NULL)
            {
              value = g_strdup ((const char *) xmlTextReaderConstValue (xml->reader));
              break;
            }
        }
      while (xmlTextReaderMoveToNextAttribute (xml->reader) == 1);
      xmlTextReaderMoveToElement (xml->reader);
    }
  return value;
}

char *
vs_xml_get_attribute_ns (VsXml      *xml,
                         const char *local_name,
                         const char *ns)
{
  if (xmlTextReaderNodeType (xml->reader) != XML_READER_TYPE_ELEMENT)
    return NULL;
  return take_xml_string (xmlTextReaderGetAttributeNs (xml->reader,
                                                       (const xmlChar *) local_name,
                                                       (const xmlChar *) ns));
}

gboolean
vs_xml_append_text (VsXml       *xml,
                    GString     *out,
                    guint64      max,
                    const char  *what,
                    GError     **error)
{
  int depth = xmlTextReaderDepth (xml->reader);
  int rc;

  if (xmlTextReaderIsEmptyElement (xml->reader))
    return TRUE;
  while ((rc = vs_xml_read (xml, error)) == 1)
    {
      int type = xmlTextReaderNodeType (xml->reader);

      if (type == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth (xml->reader) == depth)
        return TRUE;
      if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA
          || type == XML_READER_TYPE_WHITESPACE
          || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE)
        {
          const char *value = (const char *) xmlTextReaderConstValue (xml->reader);
          gsize len = value != NULL ? strlen (value) : 0;

          if (out->len + len > max)
            {
              vs_read_fail (xml->ctx, error, VS_READ_ERROR_TOO_LARGE,
                            _("%s holds more than %" G_GUINT64_FORMAT " KB of text"),
                            what, max / 1024);
              return FALSE;
            }
          g_string_append_len (out, value, (gssize) len);
        }
    }
  if (rc == 0)
    vs_read_fail (xml->ctx, error, VS_READ_ERROR_CORRUPT,
                  _("part %s ends in the middle of %s"), xml->part_name, what);
  return FALSE;
}
