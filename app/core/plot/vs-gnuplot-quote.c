/* vs-gnuplot-quote.c: the only way text and numbers reach a gnuplot script
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "vs-gnuplot-quote.h"

char *
vs_gnuplot_clean_text (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;
  guint n_chars = 0;

  if (text == NULL)
    return g_strdup ("");

  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (n_chars == VS_GNUPLOT_MAX_TEXT)
        {
          g_string_append (out, "…");
          break;
        }

      /* Newline and CR end a gnuplot command even inside a string; the other controls
       * (and the Unicode line and paragraph separators) have no business in a chart. */
      if (g_unichar_iscntrl (c) || c == 0x2028 || c == 0x2029)
        g_string_append_c (out, ' ');
      else
        g_string_append_unichar (out, c);
      n_chars++;
    }

  return g_string_free (out, FALSE);
}

static void
append_quoted (GString    *out,
               const char *text,
               gboolean    format)
{
  g_autofree char *clean = vs_gnuplot_clean_text (text);

  g_string_append_c (out, '"');
  for (const char *p = clean; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '`':
          /* An octal escape: the command line then holds no back-tick to substitute. */
          g_string_append (out, "\\140");
          break;
        case '%':
          g_string_append (out, format ? "%%" : "%");
          break;
        default:
          g_string_append_c (out, *p);
          break;
        }
    }
  g_string_append_c (out, '"');
}

void
vs_gnuplot_append_quoted (GString    *out,
                          const char *text)
{
  g_return_if_fail (out != NULL);
  append_quoted (out, text, FALSE);
}

void
vs_gnuplot_append_quoted_tic_label (GString    *out,
                                    const char *text)
{
  g_return_if_fail (out != NULL);
  append_quoted (out, text, TRUE);
}

char *
vs_gnuplot_quote (const char *text)
{
  GString *out = g_string_new (NULL);

  vs_gnuplot_append_quoted (out, text);
  return g_string_free (out, FALSE);
}

void
vs_gnuplot_append_number (GString *out,
                          double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_if_fail (out != NULL);

  if (!isfinite (value))
    {
      g_string_append (out, "NaN");
      return;
    }
  /* Never "-0": gnuplot reads it fine, but it would make equal charts hash differently. */
  if (value == 0.0)
    value = 0.0;
  g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.12g", value));
}

const char *
vs_gnuplot_datablock_terminator (void)
{
  static gsize initialized;
  static char terminator[4 + 16 + 1];

  if (g_once_init_enter (&initialized))
    {
      g_snprintf (terminator, sizeof terminator, "EOD_%08x%08x",
                  g_random_int (), g_random_int ());
      g_once_init_leave (&initialized, 1);
    }
  return terminator;
}

void
vs_gnuplot_begin_datablock (GString    *out,
                            const char *name)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (name != NULL && name[0] != '\0');

  g_string_append_printf (out, "$%s << %s\n", name, vs_gnuplot_datablock_terminator ());
}

void
vs_gnuplot_end_datablock (GString *out)
{
  g_return_if_fail (out != NULL);

  g_string_append (out, vs_gnuplot_datablock_terminator ());
  g_string_append_c (out, '\n');
}
