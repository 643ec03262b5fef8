/* vs-target.c: targets as officers write them ("95%", "<20%", "Between 15-20")
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "vs-target-private.h"

/* The rules' one error domain lives here, with the first thing that can fail. */

#define MAX_TARGET_LENGTH 200

typedef struct {
  const char  *phrase;
  VsTargetKind kind;
} Phrase;

/* Longer phrases first where one starts another ("maximum of" before "maximum"). */
static const Phrase prefixes[] = {
  { "no more than", VS_TARGET_AT_MOST }, { "not more than", VS_TARGET_AT_MOST },
  { "no higher than", VS_TARGET_AT_MOST }, { "not above", VS_TARGET_AT_MOST },
  { "less than", VS_TARGET_AT_MOST }, { "fewer than", VS_TARGET_AT_MOST },
  { "lower than", VS_TARGET_AT_MOST }, { "at most", VS_TARGET_AT_MOST },
  { "up to", VS_TARGET_AT_MOST }, { "maximum of", VS_TARGET_AT_MOST },
  { "maximum", VS_TARGET_AT_MOST }, { "max", VS_TARGET_AT_MOST },
  { "under", VS_TARGET_AT_MOST }, { "below", VS_TARGET_AT_MOST },
  { "no less than", VS_TARGET_AT_LEAST }, { "not less than", VS_TARGET_AT_LEAST },
  { "no fewer than", VS_TARGET_AT_LEAST }, { "no lower than", VS_TARGET_AT_LEAST },
  { "not below", VS_TARGET_AT_LEAST }, { "more than", VS_TARGET_AT_LEAST },
  { "greater than", VS_TARGET_AT_LEAST }, { "higher than", VS_TARGET_AT_LEAST },
  { "at least", VS_TARGET_AT_LEAST }, { "minimum of", VS_TARGET_AT_LEAST },
  { "minimum", VS_TARGET_AT_LEAST }, { "min", VS_TARGET_AT_LEAST },
  { "over", VS_TARGET_AT_LEAST }, { "above", VS_TARGET_AT_LEAST },
};

static const Phrase suffixes[] = {
  { "or less", VS_TARGET_AT_MOST }, { "or fewer", VS_TARGET_AT_MOST },
  { "or lower", VS_TARGET_AT_MOST }, { "or below", VS_TARGET_AT_MOST },
  { "or under", VS_TARGET_AT_MOST }, { "and below", VS_TARGET_AT_MOST },
  { "and under", VS_TARGET_AT_MOST }, { "and less", VS_TARGET_AT_MOST },
  { "max", VS_TARGET_AT_MOST }, { "maximum", VS_TARGET_AT_MOST },
  { "or more", VS_TARGET_AT_LEAST }, { "or higher", VS_TARGET_AT_LEAST },
  { "or above", VS_TARGET_AT_LEAST }, { "or over", VS_TARGET_AT_LEAST },
  { "or greater", VS_TARGET_AT_LEAST }, { "and above", VS_TARGET_AT_LEAST },
  { "and over", VS_TARGET_AT_LEAST }, { "and more", VS_TARGET_AT_LEAST },
  { "min", VS_TARGET_AT_LEAST }, { "minimum", VS_TARGET_AT_LEAST },
};

/* What officers write when there is no target: not an error, and not a number. */
static const char * const no_target_words[] = {
  "n/a", "na", "-", "none", "tbc", "tbd", "no target", "not applicable", "nil",
};


static const VsTargetToken *
peek (const VsTargetParser *p,
      guint                 ahead)
{
  return p->pos + ahead < p->n ? &p->tokens[p->pos + ahead] : NULL;
}

static gboolean
peek_kind (const VsTargetParser *p,
           guint                 ahead,
           VsTargetTokenKind     kind)
{
  const VsTargetToken *t = peek (p, ahead);
  return t != NULL && t->kind == kind;
}

static gboolean
peek_word (const VsTargetParser *p,
           guint                 ahead,
           const char           *word)
{
  const VsTargetToken *t = peek (p, ahead);
  return t != NULL && t->kind == TOK_WORD && g_str_equal (t->text, word);
}

/* Number of tokens @phrase ("less than") spans at the parser's position, 0 if it does not. */
static guint
match_phrase (const VsTargetParser *p,
              guint                 ahead,
              const char           *phrase)
{
  g_auto(GStrv) words = g_strsplit (phrase, " ", -1);
  guint i;

  for (i = 0; words[i]; i++)
    if (!peek_word (p, ahead + i, words[i]))
      return 0;
  return i;
}

static const Phrase *
match_phrases (const VsTargetParser *p,
               guint                 ahead,
               const Phrase         *table,
               guint                 n_table,
               guint                *n_tokens)
{
  for (guint i = 0; i < n_table; i++)
    if ((*n_tokens = match_phrase (p, ahead, table[i].phrase)) > 0)
      return &table[i];
  return NULL;
}

typedef struct {
  VsTargetKind kind;
  const VsTargetToken *number;
} Bound;

static gboolean
unexpected (const VsTargetParser  *p,
            const char            *original,
            GError               **error)
{
  const VsTargetToken *t = peek (p, 0);
  g_autofree char *reason = NULL;

  if (t == NULL)
    reason = g_strdup (_("it ends too soon"));
  else
    reason = g_strdup_printf (_("unexpected “%s”"), t->text);
  _vs_target_set_error (error, original, reason);
  return FALSE;
}

/* "<20%", "under 20%", "3% or less", "90+"; FALSE with nothing consumed when what follows
 * is not a bound, FALSE with @error set when it starts like one and goes wrong. */
static gboolean
parse_bound (VsTargetParser  *p,
             Bound           *bound,
             const char      *original,
             GError         **error)
{
  const Phrase *phrase = NULL;
  guint n = 0;

  if (peek_kind (p, 0, TOK_LT) || peek_kind (p, 0, TOK_GT) ||
      (phrase = match_phrases (p, 0, prefixes, G_N_ELEMENTS (prefixes), &n)) != NULL)
    {
      const VsTargetToken *op = peek (p, 0);
      const char *op_text = n > 0 ? phrase->phrase : op->text;

      bound->kind = op->kind == TOK_LT ? VS_TARGET_AT_MOST :
                    op->kind == TOK_GT ? VS_TARGET_AT_LEAST : phrase->kind;
      p->pos += MAX (n, 1);
      if (!peek_kind (p, 0, TOK_NUMBER))
        {
          g_autofree char *reason = g_strdup_printf (_("a number should follow “%s”"), op_text);
          _vs_target_set_error (error, original, reason);
          return FALSE;
        }
      bound->number = peek (p, 0);
      p->pos++;
      return TRUE;
    }

  if (!peek_kind (p, 0, TOK_NUMBER))
    return FALSE;
  if (peek_kind (p, 1, TOK_PLUS))
    {
      bound->kind = VS_TARGET_AT_LEAST;
      n = 1;
    }
  else if ((phrase = match_phrases (p, 1, suffixes, G_N_ELEMENTS (suffixes), &n)) != NULL)
    {
      /* "under 20% and over 10%": there "and over" starts a second bound, not a suffix */
      if (peek_kind (p, 1 + n, TOK_NUMBER))
        return FALSE;
      bound->kind = phrase->kind;
    }
  else
    return FALSE;
  bound->number = peek (p, 0);
  p->pos += 1 + n;
  return TRUE;
}

static gboolean
make_band (VsTarget             *out,
           const VsTargetToken  *low,
           const VsTargetToken  *high,
           const char           *original,
           GError              **error)
{
  if (low->number > high->number)
    {
      g_autofree char *reason = g_strdup_printf (_("the range runs backwards (%s is above %s)"),
                                                 low->text, high->text);
      _vs_target_set_error (error, original, reason);
      return FALSE;
    }
  out->kind = VS_TARGET_BAND;
  out->low = low->number;
  out->high = high->number;
  out->percent = low->percent || high->percent;
  out->decimals = MAX (low->decimals, high->decimals);
  return TRUE;
}

static gboolean
parse_tokens (VsTargetParser  *p,
              VsTarget        *out,
              const char      *original,
              GError         **error)
{
  Bound first = { 0 }, second = { 0 };
  guint n;

  /* "between 15 and 20", "between 15-20" */
  if (peek_word (p, 0, "between"))
    {
      p->pos++;
      if (peek_kind (p, 0, TOK_NUMBER) &&
          (peek_word (p, 1, "and") || peek_word (p, 1, "to") || peek_kind (p, 1, TOK_DASH)) &&
          peek_kind (p, 2, TOK_NUMBER) && p->pos + 3 == p->n)
        return make_band (out, peek (p, 0), peek (p, 2), original, error);
      _vs_target_set_error (error, original, _("a range is written “between 15 and 20”"));
      return FALSE;
    }

  /* "20-25%", "15 to 20" */
  if (p->n == 3 && peek_kind (p, 0, TOK_NUMBER) &&
      (peek_kind (p, 1, TOK_DASH) || peek_word (p, 1, "to")) && peek_kind (p, 2, TOK_NUMBER))
    return make_band (out, peek (p, 0), peek (p, 2), original, error);

  /* "95%", "= 95%" */
  n = peek_kind (p, 0, TOK_EQ) ? 1 : 0;
  if (p->n == n + 1 && peek_kind (p, n, TOK_NUMBER))
    {
      const VsTargetToken *t = peek (p, n);
      out->kind = VS_TARGET_VALUE;
      out->value = t->number;
      out->percent = t->percent;
      out->decimals = t->decimals;
      return TRUE;
    }

  if (!parse_bound (p, &first, original, error))
    return error == NULL || *error == NULL ? unexpected (p, original, error) : FALSE;
  if (p->pos == p->n)
    {
      out->kind = first.kind;
      out->value = first.number->number;
      out->percent = first.number->percent;
      out->decimals = first.number->decimals;
      return TRUE;
    }

  /* "under 20% and over 10%", ">10%, <20%" */
  if (peek_word (p, 0, "and") || peek_word (p, 0, "but") || peek_kind (p, 0, TOK_COMMA))
    p->pos++;
  if (!parse_bound (p, &second, original, error))
    return error == NULL || *error == NULL ? unexpected (p, original, error) : FALSE;
  if (p->pos != p->n)
    return unexpected (p, original, error);
  if (first.kind == second.kind)
    {
      _vs_target_set_error (error, original, _("both limits point the same way"));
      return FALSE;
    }
  if (first.kind == VS_TARGET_AT_MOST)
    return make_band (out, second.number, first.number, original, error);
  return make_band (out, first.number, second.number, original, error);
}

gboolean
vs_target_parse (const char *text,
                 VsTarget   *out,
                 GError    **error)
{
  g_autofree char *norm = NULL;
  VsTargetParser parser = { 0 };
  gboolean ok;

  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *out = (VsTarget) { VS_TARGET_NONE, NAN, NAN, NAN, FALSE, 0 };
  if (text == NULL)
    return TRUE;
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, VS_RULES_ERROR, VS_RULES_ERROR_TARGET,
                   _("Cannot read the target: it is not valid text"));
      return FALSE;
    }
  if (strlen (text) > MAX_TARGET_LENGTH)
    {
      g_set_error (error, VS_RULES_ERROR, VS_RULES_ERROR_TARGET,
                   _("Cannot read the target “%.40s…”: it is too long"), text);
      return FALSE;
    }

  norm = _vs_target_normalise (text);
  if (*norm == '\0')
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (no_target_words); i++)
    if (g_str_equal (norm, no_target_words[i]))
      return TRUE;

  {
    /* Quote the text as the officer wrote it, trimmed. */
    g_autofree char *original = g_strstrip (g_strdup (text));
    GError *local = NULL;

    ok = _vs_target_tokenize (&parser, norm, original, &local) &&
         parse_tokens (&parser, out, original, &local);
    if (!ok)
      {
        if (local == NULL)
          unexpected (&parser, original, &local);
        g_propagate_error (error, local);
        *out = (VsTarget) { VS_TARGET_NONE, NAN, NAN, NAN, FALSE, 0 };
      }
  }
  _vs_target_parser_clear (&parser);
  return ok;
}

gboolean
vs_target_is_single (const VsTarget *target)
{
  g_return_val_if_fail (target != NULL, FALSE);
  return target->kind == VS_TARGET_VALUE || target->kind == VS_TARGET_AT_MOST ||
         target->kind == VS_TARGET_AT_LEAST;
}

VsPolarity
vs_target_direction (const VsTarget *target,
                     VsPolarity      polarity)
{
  g_return_val_if_fail (target != NULL, polarity);
  if (target->kind == VS_TARGET_AT_MOST)
    return VS_POLARITY_LOWER_IS_BETTER;
  if (target->kind == VS_TARGET_AT_LEAST)
    return VS_POLARITY_HIGHER_IS_BETTER;
  return polarity;
}

char *
vs_target_format_number (const VsTarget *target,
                         VsUnit          unit,
                         double          number)
{
  int decimals = target ? target->decimals : 0;
  char *text;

  if (target != NULL && target->percent)
    unit = VS_UNIT_PERCENTAGE;
  text = vs_unit_format_value (unit, number);

  /* The unit's formatter shows percentages to one place; a target written "100%" reads
   * back as "100%", one written "20.0%" as "20.0%". */
  if (decimals == 0 && fabs (number - round (number)) < 1e-9)
    {
      char *dot = strstr (text, ".0");
      if (dot != NULL && !g_ascii_isdigit (dot[2]))
        memmove (dot, dot + 2, strlen (dot + 2) + 1);
    }
  return text;
}

char *
vs_target_to_string (const VsTarget *target,
                     VsUnit          unit)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  g_return_val_if_fail (target != NULL, NULL);

  switch (target->kind)
    {
    case VS_TARGET_NONE:
      return g_strdup ("");
    case VS_TARGET_VALUE:
      return vs_target_format_number (target, unit, target->value);
    case VS_TARGET_AT_MOST:
      a = vs_target_format_number (target, unit, target->value);
      return g_strconcat ("≤ ", a, NULL);
    case VS_TARGET_AT_LEAST:
      a = vs_target_format_number (target, unit, target->value);
      return g_strconcat ("≥ ", a, NULL);
    case VS_TARGET_BAND:
      a = vs_target_format_number (target, unit, target->low);
      b = vs_target_format_number (target, unit, target->high);
      return g_strconcat (a, "–", b, NULL);
    }
  g_return_val_if_reached (NULL);
}
