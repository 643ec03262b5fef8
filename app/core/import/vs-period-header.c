/* vs-period-header.c: periods as officers label columns and rows
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "vs-period-header.h"

#define MAX_TOKENS 8
#define MIN_YEAR 1990
#define MAX_YEAR 2100

typedef struct {
  char     text[16];   /* lower-case */
  gboolean number;
  int      digits;
  int      value;      /* numbers only */
  char     sep;        /* the separator before it: ' ', '-', '/', '.', or 0 when adjacent */
} Token;

static const struct { const char *name; int month; } month_words[] = {
  { "jan", 1 }, { "january", 1 }, { "feb", 2 }, { "february", 2 }, { "mar", 3 },
  { "march", 3 }, { "apr", 4 }, { "april", 4 }, { "may", 5 }, { "jun", 6 }, { "june", 6 },
  { "jul", 7 }, { "july", 7 }, { "aug", 8 }, { "august", 8 }, { "sep", 9 }, { "sept", 9 },
  { "september", 9 }, { "oct", 10 }, { "october", 10 }, { "nov", 11 }, { "november", 11 },
  { "dec", 12 }, { "december", 12 },
};

/* Words around a period that add nothing: "As at Nov 2017", "FY 2016/17", "Autumn term". */
static const char * const filler_words[] = {
  "as", "at", "fy", "financial", "year", "ending", "end", "of", "month", "the", "term",
  "to", "ye", "yr", "period",
};

static int
month_of_word (const char *word)
{
  for (gsize i = 0; i < G_N_ELEMENTS (month_words); i++)
    if (g_str_equal (word, month_words[i].name))
      return month_words[i].month;
  return 0;
}

static gboolean
is_filler (const char *word)
{
  for (gsize i = 0; i < G_N_ELEMENTS (filler_words); i++)
    if (g_str_equal (word, filler_words[i]))
      return TRUE;
  return FALSE;
}

/* Splits into runs of letters and runs of digits. FALSE when there are too many or too
 * long tokens to be a period label. */
static gboolean
tokenize (const char *text,
          Token      *tokens,
          int        *n_tokens)
{
  const char *p = text;
  char sep = 0;
  int n = 0, hard = 0;     /* '-', '/' or '.' since the last token */
  gboolean seen = FALSE;   /* any token yet, filler words too */

  while (*p)
    {
      if (g_ascii_isalnum (*p))
        {
          Token *t = &tokens[n];
          gboolean digit = g_ascii_isdigit (*p);
          int len = 0;

          if (n == MAX_TOKENS)
            return FALSE;
          while (*p && g_ascii_isalnum (*p) && (g_ascii_isdigit (*p) != 0) == digit)
            {
              if (len == (int) sizeof t->text - 1)
                return FALSE;
              t->text[len++] = g_ascii_tolower (*p++);
            }
          t->text[len] = '\0';
          t->number = digit;
          t->digits = digit ? len : 0;
          t->value = digit && len <= 8 ? atoi (t->text) : 0;
          t->sep = n == 0 ? 0 : sep;
          sep = 0;
          hard = 0;
          seen = TRUE;
          if (!digit && is_filler (t->text))
            continue;
          n++;
        }
      else
        {
          /* The first meaningful separator between two tokens wins: "2016 / 17" is '/'. */
          char c = *p;
          gboolean en_dash = (guchar) c == 0xe2 && (guchar) p[1] == 0x80 &&
                             (guchar) p[2] == 0x93;

          /* "-2017-01", "2017--01" and "2017-01-" are slips or negative numbers, not
           * periods: a dash or slash stands between two tokens, once. A point may close
           * an abbreviation as well ("Apr. – Jun. 2017"), but opens nothing. */
          if ((c == '-' || c == '/' || c == '.' || en_dash) && !seen)
            return FALSE;
          if ((c == '-' || c == '/' || en_dash) && ++hard > 1)
            return FALSE;
          if (c == '-' || c == '/' || c == '.')
            {
              if (sep == 0 || sep == ' ')
                sep = c;
            }
          else if (en_dash)
            {
              sep = '-';            /* en dash, as in "Apr–Jun 2017" */
              p += 2;
            }
          else if (c == ' ' || c == '\'' || c == ',' || c == '_' || c == '\t' || c == ':' ||
                   (guchar) c == 0xc2 || (guchar) c == 0xa0)
            {
              if (sep == 0)
                sep = ' ';
            }
          else
            return FALSE;
          p++;
        }
    }
  /* A closing point may end an abbreviation ("Nov 16."); a dash or slash ends nothing. */
  if (sep == '-' || sep == '/')
    return FALSE;
  *n_tokens = n;
  return n > 0;
}

static int
full_year (const Token *t)
{
  if (!t->number)
    return 0;
  if (t->digits == 4)
    return t->value >= MIN_YEAR && t->value <= MAX_YEAR ? t->value : 0;
  if (t->digits == 2)
    return t->value < 70 ? 2000 + t->value : 1900 + t->value;
  return 0;
}

/* "2016/17", "2016-17", "2016/2017", "16/17", "201617": the year the financial year ends. */
static int
financial_year_end (const Token *tokens,
                    int          n)
{
  if (n == 1 && tokens[0].number && tokens[0].digits == 6)
    {
      int first = tokens[0].value / 100, second = tokens[0].value % 100;
      if (first >= MIN_YEAR && first < MAX_YEAR && second == (first + 1) % 100)
        return first + 1;
      return 0;
    }
  if (n == 2 && tokens[0].number && tokens[1].number &&
      (tokens[1].sep == '/' || tokens[1].sep == '-'))
    {
      int first = full_year (&tokens[0]);
      if (first == 0)
        return 0;
      if (tokens[1].digits == 2 && tokens[1].value == (first + 1) % 100)
        return first + 1;
      if (tokens[1].digits == 4 && tokens[1].value == first + 1)
        return first + 1;
    }
  return 0;
}

static gboolean
set (VsPeriod      *period,
     VsPeriodicity *periodicity,
     int            year,
     int            month,
     VsPeriodicity  kind)
{
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12)
    return FALSE;
  *period = vs_period_new (year, month);
  if (periodicity)
    *periodicity = kind;
  return TRUE;
}

/* A day of a month names that month, if the day is one the calendar has: not 30
 * February, not 31 November. */
static gboolean
set_day (VsPeriod      *period,
         VsPeriodicity *periodicity,
         int            year,
         int            month,
         int            day)
{
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 ||
      !g_date_valid_dmy ((GDateDay) CLAMP (day, 0, 255), (GDateMonth) month, (GDateYear) year))
    return FALSE;
  return set (period, periodicity, year, month, VS_PERIODICITY_MONTHLY);
}

static gboolean
parse_quarter (const Token   *tokens,
               int            n,
               VsPeriod      *period,
               VsPeriodicity *periodicity)
{
  int q = 0, rest = 0, fy;

  /* "Q2 2017/18", "Quarter 2 2017/18" or "2017/18 Q2" */
  if (n >= 2 && g_str_equal (tokens[0].text, "q") && tokens[1].number && tokens[1].sep == 0)
    q = tokens[1].value, rest = 2;
  else if (n >= 2 && g_str_equal (tokens[0].text, "quarter") && tokens[1].number)
    q = tokens[1].value, rest = 2;
  else if (n >= 3 && g_str_equal (tokens[n - 2].text, "q") && tokens[n - 1].number &&
           tokens[n - 1].sep == 0)
    q = tokens[n - 1].value, rest = -(n - 2);
  else
    return FALSE;
  if (q < 1 || q > 4)
    return FALSE;

  if (rest > 0)
    tokens += rest, n -= rest;
  else
    n = -rest;

  if ((fy = financial_year_end (tokens, n)) != 0)
    {
      /* Q1 April-June ends in June of the first year; Q4 January-March ends in March. */
      int month = q == 4 ? 3 : 3 * q + 3;
      return set (period, periodicity, q == 4 ? fy : fy - 1, month, VS_PERIODICITY_QUARTERLY);
    }
  /* "Q2 2017" with a plain year is a calendar quarter. */
  if (n == 1 && full_year (&tokens[0]) && tokens[0].digits == 4)
    return set (period, periodicity, full_year (&tokens[0]), 3 * q, VS_PERIODICITY_QUARTERLY);
  return FALSE;
}

static gboolean
parse_term (const Token   *tokens,
            int            n,
            VsPeriod      *period,
            VsPeriodicity *periodicity)
{
  int month, fy;

  if (n < 2 || tokens[0].number)
    return FALSE;
  if (g_str_equal (tokens[0].text, "autumn"))
    month = 12;
  else if (g_str_equal (tokens[0].text, "spring"))
    month = 4;
  else if (g_str_equal (tokens[0].text, "summer"))
    month = 7;
  else
    return FALSE;

  /* "Autumn 2017/18" is the autumn of 2017; spring and summer fall in 2018. */
  if ((fy = financial_year_end (tokens + 1, n - 1)) != 0)
    return set (period, periodicity, month == 12 ? fy - 1 : fy, month, VS_PERIODICITY_TERMLY);
  if (n == 2 && full_year (&tokens[1]))
    return set (period, periodicity, full_year (&tokens[1]), month, VS_PERIODICITY_TERMLY);
  return FALSE;
}

static gboolean
parse_tokens (const Token   *t,
              int            n,
              VsPeriod      *period,
              VsPeriodicity *periodicity)
{
  int month, fy, year;

  if (parse_quarter (t, n, period, periodicity) || parse_term (t, n, period, periodicity))
    return TRUE;

  /* "Nov 16", "November 2016", "Nov-16" */
  if (n == 2 && !t[0].number && (month = month_of_word (t[0].text)) && (year = full_year (&t[1])))
    return set (period, periodicity, year, month, VS_PERIODICITY_MONTHLY);

  /* "Apr-Jun 2017", "Jan-Mar 17": the quarter (or any span) ending in the second month */
  if (n == 3 && !t[0].number && !t[1].number && month_of_word (t[0].text) &&
      (month = month_of_word (t[1].text)) && (year = full_year (&t[2])))
    {
      int first = month_of_word (t[0].text);
      int span = (month - first + 12) % 12 + 1;
      return set (period, periodicity, year, month,
                  span == 3 ? VS_PERIODICITY_QUARTERLY : VS_PERIODICITY_MONTHLY);
    }

  /* "30 Nov 2016" */
  if (n == 3 && t[0].number && t[0].digits <= 2 && !t[1].number &&
      (month = month_of_word (t[1].text)) && (year = full_year (&t[2])))
    return set_day (period, periodicity, year, month, t[0].value);

  /* "2016-11" (ISO month) before "2016-17" (financial year), as ISO reads it */
  if (n == 2 && t[0].number && t[0].digits == 4 && t[1].number && t[1].digits <= 2 &&
      t[1].sep == '-' && t[1].value >= 1 && t[1].value <= 12)
    return set (period, periodicity, t[0].value, t[1].value, VS_PERIODICITY_MONTHLY);

  if ((fy = financial_year_end (t, n)) != 0)
    return set (period, periodicity, fy, 3, VS_PERIODICITY_ANNUAL);

  /* "2016-11-30" */
  if (n == 3 && t[0].number && t[0].digits == 4 && t[1].number && t[1].digits <= 2 &&
      t[2].number && t[2].digits <= 2 && t[1].sep == '-' && t[2].sep == '-')
    return set_day (period, periodicity, t[0].value, t[1].value, t[2].value);

  /* "30/11/2016", "30.11.16": day first, as in the UK */
  if (n == 3 && t[0].number && t[0].digits <= 2 && t[1].number && t[1].digits <= 2 &&
      t[2].number && (t[2].digits == 4 || t[2].digits == 2) && t[1].sep == t[2].sep &&
      (t[1].sep == '/' || t[1].sep == '.' || t[1].sep == '-') &&
      (year = full_year (&t[2])))
    return set_day (period, periodicity, year, t[1].value, t[0].value);

  /* "2017": the reporting year ending in March, as the DfE publishes them */
  if (n == 1 && t[0].number && t[0].digits == 4 && full_year (&t[0]))
    return set (period, periodicity, t[0].value, 3, VS_PERIODICITY_ANNUAL);

  return FALSE;
}

gboolean
vs_period_header_parse (const char    *text,
                        VsPeriod      *period,
                        VsPeriodicity *periodicity)
{
  Token tokens[MAX_TOKENS];
  int n = 0;

  g_return_val_if_fail (period != NULL, FALSE);

  if (text == NULL || strlen (text) > 40 || !tokenize (text, tokens, &n))
    return FALSE;
  return parse_tokens (tokens, n, period, periodicity);
}

gboolean
vs_period_parse_month (const char *text,
                       VsPeriod   *period)
{
  VsPeriodicity periodicity;
  VsPeriod month;

  g_return_val_if_fail (period != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  while (g_ascii_isspace (*text))
    text++;
  if (g_ascii_strncasecmp (text, "by ", 3) == 0)
    text += 3;
  if (!vs_period_header_parse (text, &month, &periodicity)
      || periodicity != VS_PERIODICITY_MONTHLY)
    return FALSE;
  *period = month;
  return TRUE;
}

gboolean
vs_period_header_from_cell (const VsCell  *cell,
                            VsPeriod      *period,
                            VsPeriodicity *periodicity)
{
  g_return_val_if_fail (cell != NULL && period != NULL, FALSE);

  switch (cell->kind)
    {
    case VS_CELL_STRING:
      return vs_period_header_parse (cell->text, period, periodicity);
    case VS_CELL_DATE:
      {
        GDate date;
        if (!(cell->number >= 1 && cell->number <= G_MAXUINT32) ||
            !g_date_valid_julian ((guint32) cell->number))
          return FALSE;
        g_date_clear (&date, 1);
        g_date_set_julian (&date, (guint32) cell->number);
        return set (period, periodicity, g_date_get_year (&date), g_date_get_month (&date),
                    VS_PERIODICITY_MONTHLY);
      }
    case VS_CELL_NUMBER:
      {
        double v = cell->number;
        char buffer[16];
        if (cell->format != VS_CELL_FORMAT_GENERAL || v != floor (v) || v < 0 || v > 999999)
          return FALSE;
        g_snprintf (buffer, sizeof buffer, "%d", (int) v);
        if (strlen (buffer) != 4 && strlen (buffer) != 6)
          return FALSE;
        return vs_period_header_parse (buffer, period, periodicity);
      }
    case VS_CELL_EMPTY:
    case VS_CELL_BOOLEAN:
    case VS_CELL_ERROR:
      return FALSE;
    }
  g_return_val_if_reached (FALSE);
}

gboolean
vs_period_parse_dfe (const char    *time_period,
                     const char    *time_identifier,
                     VsPeriod      *period,
                     VsPeriodicity *periodicity)
{
  g_autofree char *id = NULL;
  int first, second = -1, month;
  gsize len;

  g_return_val_if_fail (period != NULL, FALSE);

  if (time_period == NULL)
    return FALSE;
  while (g_ascii_isspace (*time_period))
    time_period++;
  len = strlen (time_period);
  while (len > 0 && g_ascii_isspace (time_period[len - 1]))
    len--;
  if (len != 4 && len != 6)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (time_period[i]))
      return FALSE;
  first = (int) g_ascii_strtoll (time_period, NULL, 10);
  if (len == 6)
    {
      second = first % 100;
      first /= 100;
      if (second != (first + 1) % 100)
        return FALSE;
    }

  id = g_ascii_strdown (time_identifier ? time_identifier : "", -1);
  g_strstrip (id);

  /* A two-year period ends in the second year. */
  if (len == 6)
    {
      if (g_str_has_prefix (id, "academic"))
        return set (period, periodicity, first + 1, 7, VS_PERIODICITY_ANNUAL);
      if (g_str_has_prefix (id, "financial year q") && strlen (id) == 17)
        {
          int q = id[16] - '0';
          if (q < 1 || q > 4)
            return FALSE;
          return set (period, periodicity, q == 4 ? first + 1 : first, q == 4 ? 3 : 3 * q + 3,
                      VS_PERIODICITY_QUARTERLY);
        }
      if (g_str_has_prefix (id, "autumn"))
        return set (period, periodicity, first, 12, VS_PERIODICITY_TERMLY);
      if (g_str_has_prefix (id, "spring"))
        return set (period, periodicity, first + 1, 4, VS_PERIODICITY_TERMLY);
      if (g_str_has_prefix (id, "summer"))
        return set (period, periodicity, first + 1, 7, VS_PERIODICITY_TERMLY);
      /* "Financial year", "Reporting year", or none */
      return set (period, periodicity, first + 1, 3, VS_PERIODICITY_ANNUAL);
    }

  if (g_str_has_prefix (id, "calendar year q") && strlen (id) == 16)
    {
      int q = id[15] - '0';
      if (q < 1 || q > 4)
        return FALSE;
      return set (period, periodicity, first, 3 * q, VS_PERIODICITY_QUARTERLY);
    }
  if (g_str_has_prefix (id, "calendar"))
    return set (period, periodicity, first, 12, VS_PERIODICITY_ANNUAL);
  if ((month = month_of_word (id)) != 0)
    return set (period, periodicity, first, month, VS_PERIODICITY_MONTHLY);
  /* "Reporting year": children's social care years end on 31 March. */
  return set (period, periodicity, first, 3, VS_PERIODICITY_ANNUAL);
}
