/* vs-read-xlsx-styles.c: which XLSX cell styles show numbers as dates or percentages
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "vs-read-xlsx.h"

#include <string.h>

/* The built-in formats of ECMA-376 (18.8.30): 9 and 10 are 0% and 0.00%; 14 to 22 dates
 * and times; 45 to 47 times; 27 to 36 and 50 to 58 dates in East Asian locales. */
static VsCellFormat
classify_builtin (guint id)
{
  if (id == 9 || id == 10)
    return VS_CELL_FORMAT_PERCENT;
  if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47)
      || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
    return VS_CELL_FORMAT_DATE;
  return VS_CELL_FORMAT_GENERAL;
}

VsCellFormat
vs_xlsx_classify_format (guint       id,
                         const char *code)
{
  const char *p;

  if (code == NULL)
    return classify_builtin (id);

  /* Only the first section (positive numbers) says how the number is shown. Literal text
   * ("quoted", \x, _x padding, *x fill) and colours or conditions in brackets do not
   * count; [h], [mm] and [ss] are elapsed times. */
  for (p = code; *p != '\0' && *p != ';'; p++)
    {
      switch (*p)
        {
        case '"':
          p = strchr (p + 1, '"');
          if (p == NULL)
            return VS_CELL_FORMAT_GENERAL;
          break;
        case '\\':
        case '_':
        case '*':
          if (p[1] == '\0')
            return VS_CELL_FORMAT_GENERAL;
          p++;
          break;
        case '[':
          {
            const char *end = strchr (p, ']');
            char c = g_ascii_tolower (p[1]);

            if (end == NULL)
              return VS_CELL_FORMAT_GENERAL;
            if (c == 'h' || c == 'm' || c == 's')
              {
                gboolean elapsed = TRUE;

                for (const char *q = p + 1; q < end; q++)
                  elapsed = elapsed && g_ascii_tolower (*q) == c;
                if (elapsed)
                  return VS_CELL_FORMAT_DATE;
              }
            p = end;
          }
          break;
        case '%':
          return VS_CELL_FORMAT_PERCENT;
        case 'G':
        case 'g':
          if (g_ascii_strncasecmp (p, "General", 7) == 0)
            p += 6;
          break;
        case 'd': case 'D':
        case 'm': case 'M':
        case 'y': case 'Y':
        case 'h': case 'H':
        case 's': case 'S':
          return VS_CELL_FORMAT_DATE;
        case 'A': case 'a':
          if (g_ascii_strncasecmp (p, "AM/PM", 5) == 0 || g_ascii_strncasecmp (p, "A/P", 3) == 0)
            return VS_CELL_FORMAT_DATE;
          break;
        default:
          break;
        }
    }
  return VS_CELL_FORMAT_GENERAL;
}

static guint
parse_id (const char *text)
{
  guint64 value = 0;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT, &value, NULL))
    return 0;
  return (guint) value;
}

gboolean
vs_xlsx_read_styles (VsXlsx      *xlsx,
                     const char  *part,
                     GError     **error)
{
  g_autoptr(VsXml) xml = vs_xml_open (xlsx->zip, part, error);
  g_autoptr(GHashTable) codes = g_hash_table_new_full (g_direct_hash, g_direct_equal,
                                                       NULL, g_free);
  gboolean in_cell_xfs = FALSE;
  int rc;

  if (xml == NULL)
    return FALSE;
  while ((rc = vs_xml_read (xml, error)) == 1)
    {
      if (vs_xml_is_element (xml, "numFmt"))
        {
          g_autofree char *id = vs_xml_get_attribute (xml, "numFmtId");
          char *code = vs_xml_get_attribute (xml, "formatCode");

          if (code != NULL)
            g_hash_table_replace (codes, GUINT_TO_POINTER (parse_id (id)), code);
        }
      else if (vs_xml_is_element (xml, "cellXfs"))
        in_cell_xfs = !xmlTextReaderIsEmptyElement (vs_xml_get_reader (xml));
      else if (vs_xml_is_end (xml, "cellXfs"))
        in_cell_xfs = FALSE;
      else if (in_cell_xfs && vs_xml_is_element (xml, "xf"))
        {
          g_autofree char *id_text = vs_xml_get_attribute (xml, "numFmtId");
          guint id = parse_id (id_text);
          VsCellFormat format;

          /* cellXfs is as long as the part allows; the part is capped. */
          format = vs_xlsx_classify_format (id, g_hash_table_lookup (codes,
                                                                     GUINT_TO_POINTER (id)));
          g_array_append_val (xlsx->xf_formats, format);
        }
    }
  return rc == 0;
}
