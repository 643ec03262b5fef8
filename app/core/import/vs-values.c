/* vs-values.c: one cell's figure, as officers and published statistics write it
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "vs-values.h"

/* Words that mean "no figure yet". Compared after trimming and ASCII case folding. */
static const char * const missing_words[] = {
  "-", "--", "\xe2\x80\x93", "\xe2\x80\x94", "n/a", "na", "n.a.", "n/k", "tbc", "tba", "..",
  ".", ":", "not available", "#n/a", "#div/0!",
};

/* Suppression codes of the DfE and the GSS standard ("[c]" is read as "c"). */
static const char * const suppressed_words[] = {
  "c", "x", "z", "u", "low", "*",
};

/* 10^0 .. 10^22 are exact doubles, so mantissa / 10^k is correctly rounded. */
static const double exact_powers[] = {
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
  1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/* Bytes of the spaces spreadsheets put around and inside numbers: ASCII blanks, the
 * no-break space, the narrow no-break space and the thin space. 0 when none at @p. */
static int
space_length (const char *p,
              const char *end)
{
  const guchar *u = (const guchar *) p;

  if (p >= end)
    return 0;
  if (*u == ' ' || *u == '\t' || *u == '\r' || *u == '\n')
    return 1;
  if (end - p >= 2 && u[0] == 0xc2 && u[1] == 0xa0)
    return 2;
  if (end - p >= 3 && u[0] == 0xe2 && u[1] == 0x80 && (u[2] == 0xaf || u[2] == 0x89))
    return 3;
  return 0;
}

static void
trim (const char **start,
      const char **end)
{
  int n;

  while ((n = space_length (*start, *end)) > 0)
    *start += n;
  while (*end > *start)
    {
      const char *p = *end - 1;
      /* step back over one character and see whether it is a space */
      while (p > *start && ((guchar) *p & 0xc0) == 0x80)
        p--;
      if (space_length (p, *end) != *end - p)
        break;
      *end = p;
    }
}

static gboolean
word_in (const char         *start,
         gsize               len,
         const char * const *words,
         gsize               n_words)
{
  for (gsize i = 0; i < n_words; i++)
    if (strlen (words[i]) == len && g_ascii_strncasecmp (start, words[i], len) == 0)
      return TRUE;
  return FALSE;
}

/* Digits kept for strtod when the fast path cannot be exact: the whole part, the point,
 * the decimals, an exponent ("e-9999") and the sign, with room to spare. */
#define MAX_WHOLE_DIGITS    40
#define MAX_DECIMAL_DIGITS  60
#define NUMBER_BUFFER       (1 + MAX_WHOLE_DIGITS + 1 + MAX_DECIMAL_DIGITS + 8 + 1)

/* One sign and one currency symbol at most, in either order ("-£5", "£-5"): "--5", "-+5"
 * and "££5" are not numbers a spreadsheet shows, and reading them as one would hide a
 * typing slip. FALSE when there are two of either. */
static gboolean
parse_prefix (const char **pp,
              const char  *end,
              gboolean    *negative)
{
  const char *p = *pp;
  gboolean signed_ = FALSE, currency = FALSE;

  *negative = FALSE;
  for (;;)
    {
      int sign_len = 0, currency_len = 0;

      if (p < end && (*p == '-' || *p == '+'))
        sign_len = 1;
      else if (end - p >= 3 && memcmp (p, "\xe2\x88\x92", 3) == 0)   /* U+2212 minus */
        sign_len = 3;
      else if (end - p >= 2 && memcmp (p, "\xc2\xa3", 2) == 0)        /* £ */
        currency_len = 2;
      else if (end - p >= 3 && memcmp (p, "\xe2\x82\xac", 3) == 0)   /* € */
        currency_len = 3;
      else if (p < end && *p == '$')
        currency_len = 1;
      else
        break;

      if (sign_len > 0)
        {
          if (signed_)
            return FALSE;
          signed_ = TRUE;
          *negative = *p != '+';
          p += sign_len;
        }
      else
        {
          if (currency)
            return FALSE;
          currency = TRUE;
          p += currency_len;
        }
    }
  *pp = p;
  return TRUE;
}

/* A number with optional sign, currency, thousands grouping (commas or spaces, in groups
 * of three), decimals, exponent and a trailing percent sign. */
static gboolean
parse_number (const char *p,
              const char *end,
              VsValue    *out)
{
  gboolean negative = FALSE, any_digit = FALSE, exact = TRUE;
  guint64 mantissa = 0;
  int significant = 0, decimals = 0, exponent = 0, whole = 0, n;
  char sep = 0;         /* the grouping separator in use: ',' or ' ' */
  int group = -1;       /* digits since the last separator; -1 before any separator */
  char buffer[NUMBER_BUFFER];
  int blen = 0;

  if (!parse_prefix (&p, end, &negative))
    return FALSE;
  if (negative)
    buffer[blen++] = '-';

  /* the whole part */
  while (p < end)
    {
      if (g_ascii_isdigit (*p))
        {
          any_digit = TRUE;
          if (group >= 0)
            group++;
          if (mantissa != 0 || *p != '0')
            {
              if (significant < 18)
                mantissa = mantissa * 10 + (guint64) (*p - '0');
              else
                exact = FALSE;
              significant++;
            }
          if (++whole > MAX_WHOLE_DIGITS)
            return FALSE;
          buffer[blen++] = *p++;
          continue;
        }
      n = (*p == ',') ? 1 : space_length (p, end);
      if (n > 0 && any_digit && p + n < end && g_ascii_isdigit (p[n]))
        {
          char this_sep = (*p == ',') ? ',' : ' ';
          if ((sep != 0 && sep != this_sep) || (group >= 0 && group != 3))
            return FALSE;
          /* the first group has one to three digits */
          if (group < 0 && whole > 3)
            return FALSE;
          sep = this_sep;
          group = 0;
          p += n;
          continue;
        }
      break;
    }
  if (group >= 0 && group != 3)
    return FALSE;

  /* decimals */
  if (p < end && *p == '.')
    {
      buffer[blen++] = *p++;
      while (p < end && g_ascii_isdigit (*p))
        {
          any_digit = TRUE;
          if (mantissa != 0 || *p != '0')
            {
              if (significant < 18)
                mantissa = mantissa * 10 + (guint64) (*p - '0');
              else
                exact = FALSE;
              significant++;
            }
          if (++decimals > MAX_DECIMAL_DIGITS)
            return FALSE;
          buffer[blen++] = *p++;
        }
    }
  if (!any_digit)
    return FALSE;

  /* exponent, as spreadsheets write large and tiny numbers to CSV */
  if (p < end && (*p == 'e' || *p == 'E'))
    {
      gboolean eneg = FALSE;
      int digits = 0;
      p++;
      if (p < end && (*p == '+' || *p == '-'))
        eneg = *p++ == '-';
      while (p < end && g_ascii_isdigit (*p) && digits < 4)
        exponent = exponent * 10 + (*p++ - '0'), digits++;
      if (digits == 0 || (p < end && g_ascii_isdigit (*p)))
        return FALSE;
      if (eneg)
        exponent = -exponent;
    }

  while ((n = space_length (p, end)) > 0)
    p += n;
  out->percent = FALSE;
  if (p < end && *p == '%')
    {
      out->percent = TRUE;
      p++;
    }
  if (p != end)
    return FALSE;

  out->kind = VS_VALUE_NUMBER;
  out->decimals = exponent != 0 ? -1 : (gint8) MIN (decimals, 100);
  if (exact && mantissa < (G_GUINT64_CONSTANT (1) << 53) && decimals - exponent >= -22 &&
      decimals - exponent <= 22)
    {
      int scale = decimals - exponent;
      double v = (double) mantissa;
      v = scale >= 0 ? v / exact_powers[scale] : v * exact_powers[-scale];
      out->number = negative ? -v : v;
    }
  else
    {
      int written = 0;

      if (exponent != 0)
        written = g_snprintf (buffer + blen, sizeof buffer - (gsize) blen, "e%d", exponent);
      g_assert (written >= 0 && blen + written < (int) sizeof buffer);
      buffer[blen + written] = '\0';
      out->number = g_ascii_strtod (buffer, NULL);
    }
  return isfinite (out->number);
}

static void
parse_range (const char *start,
             const char *end,
             VsValue    *out)
{
  gsize len;

  out->kind = VS_VALUE_EMPTY;
  out->percent = FALSE;
  out->decimals = -1;
  out->number = NAN;

  trim (&start, &end);
  len = end - start;
  if (len == 0)
    return;

  /* Fast path first: most cells are plain numbers. */
  if (parse_number (start, end, out))
    return;
  out->kind = VS_VALUE_EMPTY;
  out->percent = FALSE;
  out->decimals = -1;
  out->number = NAN;

  if (len >= 3 && start[0] == '[' && end[-1] == ']')
    {
      start++, end--;
      len -= 2;
    }
  if (word_in (start, len, suppressed_words, G_N_ELEMENTS (suppressed_words)))
    out->kind = VS_VALUE_SUPPRESSED;
  else if (word_in (start, len, missing_words, G_N_ELEMENTS (missing_words)))
    out->kind = VS_VALUE_MISSING;
  else
    out->kind = VS_VALUE_INVALID;
}

void
vs_value_parse_text (const char *text,
                     VsValue    *out)
{
  g_return_if_fail (out != NULL);

  if (text == NULL)
    {
      out->kind = VS_VALUE_EMPTY;
      out->percent = FALSE;
      out->decimals = -1;
      out->number = NAN;
      return;
    }
  parse_range (text, text + strlen (text), out);
}

/* 0.181 * 100 is 18.099999999999998: keep the figure the cell showed. */
static double
without_binary_noise (double value)
{
  char buffer[40];

  g_snprintf (buffer, sizeof buffer, "%.12g", value);
  return g_ascii_strtod (buffer, NULL);
}

void
vs_value_from_cell (const VsCell *cell,
                    VsValue      *out)
{
  g_return_if_fail (cell != NULL && out != NULL);

  out->kind = VS_VALUE_INVALID;
  out->percent = FALSE;
  out->decimals = -1;
  out->number = NAN;

  switch (cell->kind)
    {
    case VS_CELL_EMPTY:
      out->kind = VS_VALUE_EMPTY;
      break;
    case VS_CELL_STRING:
      vs_value_parse_text (cell->text, out);
      break;
    case VS_CELL_NUMBER:
      if (!isfinite (cell->number))
        break;
      out->kind = VS_VALUE_NUMBER;
      if (cell->format == VS_CELL_FORMAT_PERCENT)
        {
          out->percent = TRUE;
          out->number = without_binary_noise (cell->number * 100.0);
        }
      else
        out->number = cell->number;
      break;
    case VS_CELL_ERROR:
      if (cell->text && (g_ascii_strcasecmp (cell->text, "#N/A") == 0 ||
                         g_ascii_strcasecmp (cell->text, "#DIV/0!") == 0))
        out->kind = VS_VALUE_MISSING;
      break;
    case VS_CELL_BOOLEAN:
    case VS_CELL_DATE:
      break;
    }
}

gboolean
vs_value_parse_ratio (const char *text,
                      double     *numerator,
                      double     *denominator)
{
  const char *start, *end, *slash;
  VsValue n, d;

  if (text == NULL)
    return FALSE;
  start = text;
  end = text + strlen (text);
  trim (&start, &end);
  if (end - start >= 2 && *start == '(' && end[-1] == ')')
    {
      start++, end--;
      trim (&start, &end);
    }
  slash = memchr (start, '/', end - start);
  if (slash == NULL || memchr (slash + 1, '/', end - slash - 1) != NULL)
    return FALSE;

  parse_range (start, slash, &n);
  parse_range (slash + 1, end, &d);
  if (n.kind != VS_VALUE_NUMBER || d.kind != VS_VALUE_NUMBER || n.percent || d.percent)
    return FALSE;
  if (numerator)
    *numerator = n.number;
  if (denominator)
    *denominator = d.number;
  return TRUE;
}

gboolean
vs_value_is_placeholder (const char *text)
{
  VsValue value;

  vs_value_parse_text (text, &value);
  return value.kind == VS_VALUE_MISSING || value.kind == VS_VALUE_SUPPRESSED;
}

char *
vs_cell_describe (const VsCell *cell)
{
  g_return_val_if_fail (cell != NULL, NULL);

  switch (cell->kind)
    {
    case VS_CELL_EMPTY:
      return g_strdup (_("an empty cell"));
    case VS_CELL_STRING:
      {
        /* Quote at most a readable stretch of a long cell. */
        g_autofree char *shown = g_utf8_substring (cell->text, 0,
                                                   MIN (g_utf8_strlen (cell->text, -1), 60));
        gboolean cut = g_utf8_strlen (cell->text, 61) > 60;
        return g_strdup_printf ("“%s%s”", shown, cut ? "…" : "");
      }
    case VS_CELL_NUMBER:
      {
        char buffer[G_ASCII_DTOSTR_BUF_SIZE];
        return g_strdup (g_ascii_dtostr (buffer, sizeof buffer, cell->number));
      }
    case VS_CELL_BOOLEAN:
      return g_strdup (cell->number != 0 ? _("TRUE") : _("FALSE"));
    case VS_CELL_DATE:
      {
        GDate date;
        char buffer[64] = "";
        if (cell->number >= 1 && cell->number <= G_MAXUINT32 &&
            g_date_valid_julian ((guint32) cell->number))
          {
            g_date_clear (&date, 1);
            g_date_set_julian (&date, (guint32) cell->number);
            g_date_strftime (buffer, sizeof buffer, "%d %b %Y", &date);
          }
        return g_strdup_printf (_("a date (%s)"), buffer);
      }
    case VS_CELL_ERROR:
      return g_strdup (cell->text ? cell->text : "#ERROR");
    }
  g_return_val_if_reached (NULL);
}
