/* vs-chart-axes.c: y ranges on round ticks in the unit, and x labels that do not collide
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "vs-chart-script-private.h"
#include "vs-gnuplot-quote.h"

void
_vs_chart_range_take (double *lo,
                      double *hi,
                      double  value)
{
  if (!isfinite (value))
    return;
  if (!isfinite (*lo) || value < *lo)
    *lo = value;
  if (!isfinite (*hi) || value > *hi)
    *hi = value;
}

/* 1, 2 or 5 times a power of ten near @raw: ticks people read without effort. */
static double
nice_step (double raw)
{
  double magnitude = pow (10.0, floor (log10 (raw)));
  double fraction = raw / magnitude;

  if (fraction < 1.5)
    return magnitude;
  if (fraction < 3.0)
    return 2.0 * magnitude;
  if (fraction < 7.0)
    return 5.0 * magnitude;
  return 10.0 * magnitude;
}

/* "1,200", "£1,200,000", "40%", "2.5": a tick value with @decimals places, grouped in
 * thousands, in the C locale whatever the desktop's (gnuplot reads it back as text only). */
static char *
format_tick (VsUnit unit,
             double value,
             int    decimals)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *digits = NULL;
  GString *out = g_string_new (NULL);
  const char *point;
  gsize integer_len;

  if (fabs (value) < 1e-9)
    value = 0.0;
  digits = g_strdup (g_ascii_formatd (buf, sizeof buf,
                                      decimals == 0 ? "%.0f" : decimals == 1 ? "%.1f"
                                      : decimals == 2 ? "%.2f" : decimals == 3 ? "%.3f" : "%.4f",
                                      fabs (value)));
  point = strchr (digits, '.');
  integer_len = point != NULL ? (gsize) (point - digits) : strlen (digits);

  if (value < 0)
    g_string_append_c (out, '-');
  if (unit == VS_UNIT_MONEY)
    g_string_append (out, "£");
  for (gsize i = 0; i < integer_len; i++)
    {
      if (i > 0 && (integer_len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  g_string_append (out, digits + integer_len);
  if (unit == VS_UNIT_PERCENTAGE)
    g_string_append_c (out, '%');
  return g_string_free (out, FALSE);
}

void
_vs_chart_set_y_axis (VsChartScript *s,
                      double         lo,
                      double         hi,
                      gboolean       from_zero)
{
  gboolean percent = s->spec->unit == VS_UNIT_PERCENTAGE;
  double data_lo, data_hi, span, step;
  guint ticks = s->spec->height < 200 ? 3 : 6;
  int decimals;

  if (!isfinite (lo) || !isfinite (hi))
    {
      lo = 0.0;
      hi = percent ? 100.0 : 1.0;
    }
  if (from_zero)
    {
      lo = MIN (lo, 0.0);
      hi = MAX (hi, 0.0);
    }
  data_lo = lo;
  data_hi = hi;

  span = hi - lo;
  if (span <= 0.0)
    span = fabs (hi) > 0.0 ? fabs (hi) * 0.2 : 1.0;
  lo -= span * 0.08;
  hi += span * 0.08;
  step = nice_step ((hi - lo) / ticks);
  lo = floor (lo / step) * step;
  hi = ceil (hi / step) * step;

  /* Never below zero for data that cannot be, never above 100% for data that is not. */
  if (data_lo >= 0.0 && lo < 0.0)
    lo = 0.0;
  if (percent && data_hi <= 100.0 && hi > 100.0)
    hi = 100.0;
  if (hi <= lo)
    hi = lo + step;

  s->ylo = lo;
  s->yhi = hi;
  g_string_append_printf (s->settings, "set yrange [%s:%s]\n",
                          _vs_chart_num (s, lo), _vs_chart_num (s, hi));

  /* Tick labels written out, as the tables print figures ("1,200", "£1,200,000", "40%"):
   * gnuplot's own formats know no thousands separator and turn millions into 1e+06. */
  decimals = 0;
  while (decimals < 4 && fabs (step * pow (10, decimals) - round (step * pow (10, decimals))) > 1e-6)
    decimals++;
  g_string_append (s->settings, "set ytics (");
  for (int i = 0; lo + i * step <= hi + step * 1e-6; i++)
    {
      g_autofree char *label = format_tick (s->spec->unit, lo + i * step, decimals);

      if (i > 0)
        g_string_append (s->settings, ", ");
      vs_gnuplot_append_quoted_tic_label (s->settings, label);
      g_string_append_c (s->settings, ' ');
      vs_gnuplot_append_number (s->settings, lo + i * step);
    }
  g_string_append (s->settings, ")\n");

  /* The unit is in the tick labels for % and £; the others name it on the axis. */
  if (s->spec->unit == VS_UNIT_RATE_10K || s->spec->unit == VS_UNIT_DAYS)
    {
      g_string_append (s->settings, "set ylabel ");
      vs_gnuplot_append_quoted (s->settings,
                                s->spec->unit == VS_UNIT_DAYS ? _("days") : _("per 10,000"));
      g_string_append_printf (s->settings, " textcolor %s noenhanced\n",
                              _vs_chart_rgb (s, s->palette->muted));
    }
}

/* The xtics command for @plot_width pixels of plot, thinned so labels never collide. */
static void
append_x_tics (VsChartScript *s,
               GString       *out,
               gboolean       rotate,
               double         plot_width)
{
  const VsChartSpec *spec = s->spec;
  guint longest = 1;
  guint every;

  for (guint i = 0; i < spec->n; i++)
    if (spec->labels[i] != NULL)
      longest = MAX (longest, g_utf8_strlen (spec->labels[i], -1));

  /* Rotated labels only need their height apart; level ones their width. */
  if (rotate)
    every = (guint) ceil (spec->n * VS_CHART_LINE_HEIGHT * 1.2 / plot_width);
  else
    every = (guint) ceil (spec->n * (longest + 2) * VS_CHART_FONT_SIZE * VS_CHART_GLYPH_WIDTH / plot_width);
  every = MAX (every, 1);

  g_string_append (out, "set xtics (");
  for (guint i = 0, first = TRUE; i < spec->n; i++)
    {
      /* Thin from the end: the latest month always has its label. */
      if ((spec->n - 1 - i) % every != 0 || spec->labels[i] == NULL)
        continue;
      if (!first)
        g_string_append (out, ", ");
      vs_gnuplot_append_quoted_tic_label (out, spec->labels[i]);
      g_string_append_printf (out, " %u", i);
      first = FALSE;
    }
  g_string_append_printf (out, ") nomirror scale 0.5 noenhanced%s\n",
                          rotate ? " rotate by 35 right" : "");
}

/* After the layout narrowed the plot (a legend beside it): the labels thinned again for
 * the plot's new width, in place of those set before. */
void
_vs_chart_narrow_x_labels (VsChartScript *s,
                           double         plot_width)
{
  const char *start = strstr (s->settings->str, "set xtics (");
  const char *end;
  g_autoptr(GString) tics = g_string_new (NULL);
  gssize at;

  if (start == NULL || (end = strchr (start, '\n')) == NULL)
    return;
  at = start - s->settings->str;
  append_x_tics (s, tics, s->rotated_labels, plot_width);
  g_string_erase (s->settings, at, end + 1 - start);
  g_string_insert (s->settings, at, tics->str);
}

void
_vs_chart_set_x_labels (VsChartScript *s,
                        gboolean       rotate)
{
  const VsChartSpec *spec = s->spec;

  s->rotated_labels = rotate;
  append_x_tics (s, s->settings, rotate, MAX (spec->width - 100.0, 50.0));
  g_string_append_printf (s->settings, "set xrange [-0.5:%s]\n",
                          _vs_chart_num (s, spec->n - 0.5));
}
