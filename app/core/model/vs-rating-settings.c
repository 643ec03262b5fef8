/* vs-rating-settings.c: how a department rates its figures, kept in its database
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "vs-rating-settings.h"

G_DEFINE_QUARK (vs-settings-error-quark, vs_settings_error)

/* The ranges the Preferences have always offered: an amber margin is a percentage of the
 * target, and Making Data Count's runs are 6 to 8 points in practice; 5 to 12 allows the
 * stricter and the looser readings without making every wobble a signal. */
#define AMBER_MAX 100.0
#define RUN_MIN 5
#define RUN_MAX 12

static const char * const keys[] = {
  "amber-tolerance", "spc-screening", "spc-run-length", "spc-trend-length", NULL
};

void
vs_rating_settings_init (VsRatingSettings *settings)
{
  g_return_if_fail (settings != NULL);

  settings->amber_percent = 10.0;
  settings->spc_screen = TRUE;
  settings->spc_shift_length = 7;
  settings->spc_trend_length = 7;
}

gboolean
vs_rating_settings_equal (const VsRatingSettings *a,
                          const VsRatingSettings *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return a->amber_percent == b->amber_percent && !a->spc_screen == !b->spc_screen &&
         a->spc_shift_length == b->spc_shift_length && a->spc_trend_length == b->spc_trend_length;
}

const char * const *
vs_rating_settings_keys (void)
{
  return keys;
}

const char *
vs_rating_settings_describe (const char *key)
{
  g_return_val_if_fail (key != NULL, NULL);

  if (g_str_equal (key, "amber-tolerance"))
    return _("Amber tolerance, in percent of the target, for indicators that set none (0 to 100)");
  if (g_str_equal (key, "spc-screening"))
    return _("Screen out unusually large moving ranges before computing process limits (true or false)");
  if (g_str_equal (key, "spc-run-length"))
    return _("Points on one side of the mean that make a shift (5 to 12)");
  if (g_str_equal (key, "spc-trend-length"))
    return _("Points rising or falling that make a trend (5 to 12)");
  return NULL;
}

char *
vs_rating_settings_get (const VsRatingSettings *settings,
                        const char             *key)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (settings != NULL && key != NULL, NULL);

  if (g_str_equal (key, "amber-tolerance"))
    return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", settings->amber_percent));
  if (g_str_equal (key, "spc-screening"))
    return g_strdup (settings->spc_screen ? "true" : "false");
  if (g_str_equal (key, "spc-run-length"))
    return g_strdup_printf ("%u", settings->spc_shift_length);
  if (g_str_equal (key, "spc-trend-length"))
    return g_strdup_printf ("%u", settings->spc_trend_length);
  return NULL;
}

static gboolean
parse_number (const char *text,
              double     *out)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *end = NULL;

  if (*copy == '\0' || !(g_ascii_isdigit (copy[0]) || copy[0] == '.'))
    return FALSE;
  *out = g_ascii_strtod (copy, &end);
  /* "30%" reads as the officer means it. */
  if (end != NULL && *end == '%')
    end++;
  return end != NULL && *end == '\0' && isfinite (*out);
}

static gboolean
parse_boolean (const char *text,
               gboolean   *out)
{
  static const char * const yes[] = { "true", "yes", "on", "1", NULL };
  static const char * const no[] = { "false", "no", "off", "0", NULL };
  g_autofree char *copy = g_strstrip (g_strdup (text));
  g_autofree char *folded = g_ascii_strdown (copy, -1);

  if (g_strv_contains (yes, folded))
    *out = TRUE;
  else if (g_strv_contains (no, folded))
    *out = FALSE;
  else
    return FALSE;
  return TRUE;
}

gboolean
vs_rating_settings_set (VsRatingSettings *settings,
                        const char       *key,
                        const char       *text,
                        GError          **error)
{
  double number;

  g_return_val_if_fail (settings != NULL, FALSE);
  g_return_val_if_fail (key != NULL && text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_str_equal (key, "amber-tolerance"))
    {
      if (!parse_number (text, &number) || number > AMBER_MAX)
        goto invalid;
      settings->amber_percent = number;
      return TRUE;
    }
  if (g_str_equal (key, "spc-screening"))
    {
      if (!parse_boolean (text, &settings->spc_screen))
        goto invalid;
      return TRUE;
    }
  if (g_str_equal (key, "spc-run-length") || g_str_equal (key, "spc-trend-length"))
    {
      if (!parse_number (text, &number) || number != floor (number) ||
          number < RUN_MIN || number > RUN_MAX)
        goto invalid;
      if (g_str_equal (key, "spc-run-length"))
        settings->spc_shift_length = (guint) number;
      else
        settings->spc_trend_length = (guint) number;
      return TRUE;
    }

  {
    g_autofree char *known = g_strjoinv (", ", (char **) keys);

    g_set_error (error, VS_SETTINGS_ERROR, VS_SETTINGS_ERROR_UNKNOWN_KEY,
                 _("“%s” is not a rating setting; the settings are %s"), key, known);
    return FALSE;
  }

invalid:
  /* Translators: the first %s is a setting's name, the second the value given, the third
   * what the setting takes */
  g_set_error (error, VS_SETTINGS_ERROR, VS_SETTINGS_ERROR_INVALID_VALUE,
               _("%s cannot be “%s”: %s"), key, text, vs_rating_settings_describe (key));
  return FALSE;
}
