/* vs-target-lexer.c: target text into tokens ("<", "20%", "or", "less")
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "vs-target-private.h"

void
_vs_target_parser_clear (VsTargetParser *p)
{
  for (guint i = 0; i < p->n; i++)
    g_free (p->tokens[i].text);
  p->n = 0;
}

void
_vs_target_set_error (GError    **error,
                      const char *text,
                      const char *reason)
{
  g_set_error (error, VS_RULES_ERROR, VS_RULES_ERROR_TARGET,
               _("Cannot read the target “%s”: %s"), text, reason);
}

/* One ASCII-only, lower-case string: the typographic signs officers paste from Word become
 * the plain ones, so the tokenizer has one spelling of each. */
char *
_vs_target_normalise (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *s = text; *s; s = g_utf8_next_char (s))
    {
      gunichar c = g_utf8_get_char (s);

      switch (c)
        {
        case 0x2264: g_string_append (out, "<"); break;   /* ≤ */
        case 0x2265: g_string_append (out, ">"); break;   /* ≥ */
        case 0x2013: case 0x2014: case 0x2212: g_string_append_c (out, '-'); break;
        case 0x00A0: case 0x202F: g_string_append_c (out, ' '); break;
        case 0x00A3: g_string_append_c (out, '#'); break; /* £: money, dropped below */
        default:
          if (c < 0x80)
            g_string_append_c (out, g_ascii_tolower ((char) c));
          else
            g_string_append_unichar (out, c);
        }
    }
  return g_strstrip (g_string_free (out, FALSE));
}

gboolean
_vs_target_tokenize (VsTargetParser  *p,
                     const char      *norm,
                     const char      *original,
                     GError         **error)
{
  const char *s = norm;

  while (*s)
    {
      VsTargetToken tok = { 0 };
      const char *start = s;
      gboolean prev_is_number = p->n > 0 && p->tokens[p->n - 1].kind == TOK_NUMBER;

      if (*s == ' ' || *s == '\t')
        {
          s++;
          continue;
        }
      if (p->n == VS_TARGET_MAX_TOKENS)
        {
          _vs_target_set_error (error, original, _("too many words"));
          return FALSE;
        }

      if (g_ascii_isdigit (*s) || *s == '#' ||
          (*s == '.' && g_ascii_isdigit (s[1])) ||
          (*s == '-' && !prev_is_number && (g_ascii_isdigit (s[1]) || s[1] == '.')))
        {
          GString *digits = g_string_new (NULL);
          const char *dot = NULL;

          if (*s == '#')
            s++;
          if (*s == '-')
            g_string_append_c (digits, *s++);
          while (g_ascii_isdigit (*s) || *s == '.' ||
                 /* a thousands comma is followed by exactly three digits */
                 (*s == ',' && g_ascii_isdigit (s[1]) && g_ascii_isdigit (s[2]) &&
                  g_ascii_isdigit (s[3]) && !g_ascii_isdigit (s[4]) && dot == NULL))
            {
              if (*s == '.')
                {
                  if (dot != NULL)
                    break;
                  dot = s;
                }
              if (*s != ',')
                g_string_append_c (digits, *s);
              s++;
            }
          if (digits->len == 0 || g_str_equal (digits->str, "-") || g_str_equal (digits->str, "."))
            {
              g_string_free (digits, TRUE);
              _vs_target_set_error (error, original, _("a number is missing"));
              return FALSE;
            }
          tok.kind = TOK_NUMBER;
          tok.number = g_ascii_strtod (digits->str, NULL);
          tok.decimals = dot ? (int) (s - dot - 1) : 0;
          g_string_free (digits, TRUE);
          while (*s == ' ')
            s++;
          if (*s == '%')
            {
              tok.percent = TRUE;
              s++;
            }
          if (!isfinite (tok.number))
            {
              _vs_target_set_error (error, original, _("the number is too large"));
              return FALSE;
            }
        }
      else if (g_ascii_isalpha (*s))
        {
          while (g_ascii_isalpha (*s) || *s == '/')
            s++;
          tok.kind = TOK_WORD;
        }
      else if (*s == '<' || *s == '>' || *s == '=')
        {
          tok.kind = *s == '<' ? TOK_LT : *s == '>' ? TOK_GT : TOK_EQ;
          s++;
          if (tok.kind != TOK_EQ && *s == '=')
            s++;
          else if (tok.kind == TOK_EQ && (*s == '<' || *s == '>'))  /* "=<", "=>" */
            tok.kind = *s++ == '<' ? TOK_LT : TOK_GT;
        }
      else if (*s == '-' || *s == '+' || *s == ',')
        {
          tok.kind = *s == '-' ? TOK_DASH : *s == '+' ? TOK_PLUS : TOK_COMMA;
          s++;
        }
      else
        {
          g_autofree char *what = g_strndup (s, g_utf8_next_char (s) - s);
          g_autofree char *reason = g_strdup_printf (_("unexpected “%s”"), what);
          _vs_target_set_error (error, original, reason);
          return FALSE;
        }

      tok.text = g_strndup (start, s - start);
      g_strstrip (tok.text);
      p->tokens[p->n++] = tok;
    }
  return TRUE;
}
