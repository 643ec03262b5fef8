/* vs-chart-script.c: a chart spec as a gnuplot script: terminal, layout and shared parts
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "vs-chart-script.h"
#include "vs-chart-script-private.h"
#include "vs-gnuplot-quote.h"

/* Layout in logical pixels at scale 1. Fonts are in the same unit: SVG sizes are pixels,
 * and the PDF page is sized so that one pixel is one point. */
#define FONT_SIZE     10
#define TITLE_SIZE    14
#define FOOTNOTE_SIZE 8
#define LINE_HEIGHT   16.0
#define PAD           12.0
/* A generous average glyph width, as a fraction of the font size, for fitting text. */
#define GLYPH_WIDTH    0.62

const char *
_vs_chart_num (VsChartScript *s,
               double         value)
{
  GString *text = g_string_new (NULL);

  vs_gnuplot_append_number (text, value);
  g_ptr_array_add (s->scratch, text->str);
  return g_string_free (text, FALSE);
}

const char *
_vs_chart_ps (VsChartScript *s,
              double         size)
{
  return _vs_chart_num (s, round (size * s->point_scale * 100.0) / 100.0);
}

const char *
_vs_chart_tint (VsChartScript *s,
                const char    *color)
{
  guint fg = 0, bg = 0;
  char *mixed;

  /* Palette colours are always "#rrggbb". */
  sscanf (color + 1, "%06x", &fg);
  sscanf (s->palette->background + 1, "%06x", &bg);
  mixed = g_strdup_printf ("#%02x%02x%02x",
                           (((fg >> 16) & 0xff) + ((bg >> 16) & 0xff)) / 2,
                           (((fg >> 8) & 0xff) + ((bg >> 8) & 0xff)) / 2,
                           ((fg & 0xff) + (bg & 0xff)) / 2);
  g_ptr_array_add (s->scratch, mixed);
  return mixed;
}

const char *
_vs_chart_rgb (VsChartScript *s,
               const char    *color)
{
  /* Colours come from our own palette, never from the user; still quoted like all text. */
  char *spec = g_strdup_printf ("rgb '%s'", color);

  g_ptr_array_add (s->scratch, spec);
  return spec;
}

void
_vs_chart_add_element (VsChartScript *s,
                       const char    *key_title,
                       const char    *format,
                       ...)
{
  va_list args;

  g_string_append (s->plot, s->n_elements == 0 ? "plot " : ", ");
  va_start (args, format);
  g_string_append_vprintf (s->plot, format, args);
  va_end (args);

  if (key_title != NULL)
    {
      g_string_append (s->plot, " title ");
      vs_gnuplot_append_quoted (s->plot, key_title);
      g_string_append (s->plot, " noenhanced");
      g_ptr_array_add (s->key_entries, vs_gnuplot_clean_text (key_title));
    }
  else
    g_string_append (s->plot, " notitle");
  s->n_elements++;
}

void
_vs_chart_add_label (VsChartScript *s,
                     const char    *text,
                     const char    *format,
                     ...)
{
  va_list args;

  g_string_append_printf (s->settings, "set label %u ", s->next_label++);
  vs_gnuplot_append_quoted (s->settings, text);
  g_string_append_c (s->settings, ' ');
  va_start (args, format);
  g_string_append_vprintf (s->settings, format, args);
  va_end (args);
  g_string_append (s->settings, " noenhanced\n");
}

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

void
_vs_chart_set_x_labels (VsChartScript *s,
                        gboolean       rotate)
{
  const VsChartSpec *spec = s->spec;
  double plot_width = MAX (spec->width - 100.0, 50.0);
  guint longest = 1;
  guint every;

  for (guint i = 0; i < spec->n; i++)
    if (spec->labels[i] != NULL)
      longest = MAX (longest, g_utf8_strlen (spec->labels[i], -1));

  /* Rotated labels only need their height apart; level ones their width. */
  if (rotate)
    every = (guint) ceil (spec->n * LINE_HEIGHT * 1.2 / plot_width);
  else
    every = (guint) ceil (spec->n * (longest + 2) * FONT_SIZE * GLYPH_WIDTH / plot_width);
  every = MAX (every, 1);

  g_string_append (s->settings, "set xtics (");
  for (guint i = 0, first = TRUE; i < spec->n; i++)
    {
      /* Thin from the end: the latest month always has its label. */
      if ((spec->n - 1 - i) % every != 0 || spec->labels[i] == NULL)
        continue;
      if (!first)
        g_string_append (s->settings, ", ");
      vs_gnuplot_append_quoted_tic_label (s->settings, spec->labels[i]);
      g_string_append_printf (s->settings, " %u", i);
      first = FALSE;
    }
  s->rotated_labels = rotate;
  g_string_append_printf (s->settings, ") nomirror scale 0.5 noenhanced%s\n",
                          rotate ? " rotate by 35 right" : "");
  g_string_append_printf (s->settings, "set xrange [-0.5:%s]\n",
                          _vs_chart_num (s, spec->n - 0.5));
}

void
_vs_chart_values_block (VsChartScript *s,
                        const char    *name)
{
  const VsChartSpec *spec = s->spec;

  vs_gnuplot_begin_datablock (s->data, name);
  for (guint i = 0; i < spec->n; i++)
    {
      g_string_append_printf (s->data, "%u ", i);
      vs_gnuplot_append_number (s->data, spec->values[i]);
      g_string_append_printf (s->data, " %d", (int) spec->rags[i]);
      for (guint b = 0; b < spec->benchmarks->len; b++)
        {
          const VsChartLine *line = g_ptr_array_index (spec->benchmarks, b);

          g_string_append_c (s->data, ' ');
          vs_gnuplot_append_number (s->data, line->values[i]);
        }
      g_string_append_c (s->data, '\n');
    }
  vs_gnuplot_end_datablock (s->data);
}

void
_vs_chart_add_band (VsChartScript     *s,
                    const VsChartBand *band)
{
  double lo = MAX (band->lo, s->ylo);
  double hi = MIN (band->hi, s->yhi);
  const char *color = vs_chart_rag_color (s->palette, band->rag);

  if (!(hi > lo))
    return;
  g_string_append_printf (s->settings,
                          "set object %u rect from graph 0, first %s to graph 1, first %s "
                          "fillcolor %s fillstyle transparent solid %s noborder behind\n",
                          s->next_object++, _vs_chart_num (s, lo), _vs_chart_num (s, hi),
                          _vs_chart_rgb (s, color),
                          s->spec->dark ? "0.22" : "0.16");
}

void
_vs_chart_add_target (VsChartScript *s,
                      const char    *color)
{
  const VsChartSpec *spec = s->spec;
  g_autofree char *label = NULL;

  if (!isfinite (spec->target))
    return;
  if (spec->target_label != NULL)
    label = g_strdup (spec->target_label);
  else
    {
      /* "Target 100%", not "100.0%": targets are written as whole numbers mostly. */
      g_autofree char *value = fabs (spec->target - round (spec->target)) < 1e-9
                               && spec->unit == VS_UNIT_PERCENTAGE
                               ? g_strdup_printf ("%.0f%%", spec->target)
                               : vs_unit_format_value (spec->unit, spec->target);
      /* Translators: the legend entry of the target line, e.g. "Target 95%" */
      label = g_strdup_printf (_("Target %s"), value);
    }
  _vs_chart_add_element (s, label, "%s with lines linewidth 2 dashtype (10,6) linecolor %s",
                         _vs_chart_num (s, spec->target), _vs_chart_rgb (s, color));
}

/* Cuts @text to what fits in @width pixels, with an ellipsis: a long title must not run
 * off the canvas or under the legend. */
static char *
fit_text (const char *text,
          double      font_size,
          double      width)
{
  g_autofree char *clean = vs_gnuplot_clean_text (text);
  glong max_chars = (glong) MAX (width / (font_size * GLYPH_WIDTH), 4.0);
  const char *cut;
  GString *out;

  if (g_utf8_strlen (clean, -1) <= max_chars)
    return g_steal_pointer (&clean);
  cut = g_utf8_offset_to_pointer (clean, max_chars - 1);
  out = g_string_new_len (clean, cut - clean);
  g_string_append (out, "…");
  return g_string_free (out, FALSE);
}

/* The first line of @text that fits in @width pixels, broken at a space; the rest (or
 * NULL when it all fits) in @rest. */
static char *
split_line (const char  *text,
            double       font_size,
            double       width,
            char       **rest)
{
  g_autofree char *clean = vs_gnuplot_clean_text (text);
  glong max_chars = (glong) MAX (width / (font_size * GLYPH_WIDTH), 4.0);
  const char *cut, *space = NULL;

  *rest = NULL;
  if (g_utf8_strlen (clean, -1) <= max_chars)
    return g_steal_pointer (&clean);
  cut = g_utf8_offset_to_pointer (clean, max_chars);
  for (const char *p = clean; p < cut; p++)
    if (*p == ' ')
      space = p;
  if (space == NULL || space == clean)
    space = cut;
  *rest = g_strdup (*space == ' ' ? space + 1 : space);
  return g_strndup (clean, space - clean);
}

static void
append_terminal (VsChartScript *s,
                 GString       *out)
{
  const VsChartSpec *spec = s->spec;
  /* Sparklines sit on table rows of either colour: no background of their own. */
  gboolean transparent = spec->kind == VS_CHART_SPARKLINE;
  g_autofree char *font = g_strdup_printf ("%s,%d", VS_CHART_FONT, FONT_SIZE);

  g_string_append (out, "set encoding utf8\n");
  switch (spec->format)
    {
    case VS_CHART_FORMAT_PNG:
      /* Scale multiplies the canvas and everything drawn on it alike. */
      g_string_append_printf (out, "set terminal pngcairo size %u,%u noenhanced font ",
                              (guint) round (spec->width * spec->scale),
                              (guint) round (spec->height * spec->scale));
      vs_gnuplot_append_quoted (out, font);
      g_string_append_printf (out, " fontscale %s linewidth %s pointscale %s",
                              _vs_chart_num (s, spec->scale), _vs_chart_num (s, spec->scale),
                              _vs_chart_num (s, spec->scale));
      break;
    case VS_CHART_FORMAT_PDF:
      /* One pixel of the spec is one point of the page. */
      g_string_append_printf (out, "set terminal pdfcairo size %sin,%sin noenhanced font ",
                              _vs_chart_num (s, spec->width / 72.0),
                              _vs_chart_num (s, spec->height / 72.0));
      vs_gnuplot_append_quoted (out, font);
      /* pdfcairo halves fonts by default; these match the PNG of the same size. */
      g_string_append (out, " fontscale 1 linewidth 2");
      break;
    case VS_CHART_FORMAT_SVG:
    default:
      g_string_append_printf (out, "set terminal svg size %u,%u fixed noenhanced font ",
                              spec->width, spec->height);
      vs_gnuplot_append_quoted (out, font);
      /* SVG sizes are pixels, cairo's points at 96 dpi: 4/3 makes the text agree. */
      g_string_append (out, " fontscale 1.333");
      break;
    }
  if (transparent)
    g_string_append (out, spec->format == VS_CHART_FORMAT_SVG ? "\n" : " transparent\n");
  else
    g_string_append_printf (out, " background %s\n",
                            _vs_chart_rgb (s, s->palette->background));

  g_string_append_printf (out, "set border 3 linecolor %s linewidth 1\n",
                          _vs_chart_rgb (s, s->palette->muted));
  g_string_append_printf (out, "set tics nomirror out textcolor %s\n",
                          _vs_chart_rgb (s, s->palette->foreground));
  g_string_append_printf (out, "set grid ytics back linecolor %s linewidth 1 dashtype solid\n",
                          _vs_chart_rgb (s, s->palette->grid));
  g_string_append (out, "set style fill solid 1.0 noborder\n");
}

/* Legend rows gnuplot will need: it gives every column the width of the widest entry. */
static guint
estimate_key_rows (VsChartScript *s,
                   double         width)
{
  guint longest = 0;
  guint columns;

  if (s->key_entries->len == 0)
    return 0;
  for (guint i = 0; i < s->key_entries->len; i++)
    longest = MAX (longest, g_utf8_strlen (g_ptr_array_index (s->key_entries, i), -1));
  columns = (guint) floor (width / ((longest + 7) * FONT_SIZE * 0.72));
  columns = CLAMP (columns, 1, s->key_entries->len);
  return (s->key_entries->len + columns - 1) / columns;
}

/* Title, subtitle and legend on top, the footnote at the bottom, all placed in pixels
 * so that nothing overlaps the plot whatever the canvas size. */
static void
append_layout (VsChartScript *s,
               GString       *out)
{
  const VsChartSpec *spec = s->spec;
  double w = spec->width, h = spec->height;
  double top = PAD * 0.6, bottom = PAD * 0.5;
  double text_width = w - 2 * PAD;
  guint key_rows;
  guint longest_label = 1;
  guint next_label = s->next_label;

  /* Layout labels take tags 1-9; where in the script a label is set does not matter. */
  s->next_label = 1;

  if (spec->title != NULL && spec->title[0] != '\0')
    {
      g_autofree char *title = fit_text (spec->title, TITLE_SIZE, text_width);

      _vs_chart_add_label (s, title, "at screen %s, screen %s left font ',%d' "
                           "textcolor %s front",
                           _vs_chart_num (s, PAD / w), _vs_chart_num (s, 1 - (top + 10) / h),
                           TITLE_SIZE, _vs_chart_rgb (s, s->palette->foreground));
      top += 22;
    }
  if (s->subtitle == NULL && spec->subtitle != NULL)
    s->subtitle = g_strdup (spec->subtitle);
  if (s->subtitle != NULL && s->subtitle[0] != '\0')
    {
      g_autofree char *subtitle = fit_text (s->subtitle, FONT_SIZE, text_width);

      _vs_chart_add_label (s, subtitle, "at screen %s, screen %s left textcolor %s front",
                           _vs_chart_num (s, PAD / w), _vs_chart_num (s, 1 - (top + 7) / h),
                           _vs_chart_rgb (s, s->palette->muted));
      top += LINE_HEIGHT;
    }
  if (spec->footnote != NULL && spec->footnote[0] != '\0')
    {
      g_autofree char *rest = NULL;
      g_autofree char *first = split_line (spec->footnote, FOOTNOTE_SIZE, text_width, &rest);

      /* Two lines at most: a long source must not push the import date off the chart. */
      if (rest != NULL)
        {
          g_autofree char *second = fit_text (rest, FOOTNOTE_SIZE, text_width);

          _vs_chart_add_label (s, second, "at screen %s, screen %s left font ',%d' "
                               "textcolor %s front",
                               _vs_chart_num (s, PAD / w), _vs_chart_num (s, (bottom + 5) / h),
                               FOOTNOTE_SIZE, _vs_chart_rgb (s, s->palette->muted));
          bottom += 11;
        }
      _vs_chart_add_label (s, first, "at screen %s, screen %s left font ',%d' "
                           "textcolor %s front",
                           _vs_chart_num (s, PAD / w), _vs_chart_num (s, (bottom + 5) / h),
                           FOOTNOTE_SIZE, _vs_chart_rgb (s, s->palette->muted));
      bottom += 18;
    }

  key_rows = estimate_key_rows (s, text_width);
  if (key_rows > 0)
    {
      g_string_append_printf (out, "set key at screen %s, screen %s left top horizontal "
                              "Left reverse samplen 2 spacing 1 width 1 textcolor %s "
                              "noenhanced\n",
                              _vs_chart_num (s, PAD / w), _vs_chart_num (s, 1 - (top + 2) / h),
                              _vs_chart_rgb (s, s->palette->foreground));
      top += key_rows * LINE_HEIGHT + 4;
    }
  else
    g_string_append (out, "unset key\n");

  for (guint i = 0; i < spec->n; i++)
    if (spec->labels[i] != NULL)
      longest_label = MAX (longest_label, g_utf8_strlen (spec->labels[i], -1));
  /* Level tick labels take a line; rotated ones their length at 35 degrees. */
  bottom += s->rotated_labels ? 14 + MIN (longest_label, 24) * FONT_SIZE * GLYPH_WIDTH * 0.57 : 22;

  g_string_append_printf (out, "set tmargin at screen %s\nset bmargin at screen %s\n"
                          "set rmargin at screen %s\n",
                          _vs_chart_num (s, 1 - (top + 10) / h),
                          _vs_chart_num (s, bottom / h),
                          _vs_chart_num (s, 1 - 36 / w));

  s->next_label = next_label;
}

char *
vs_chart_script_build (const VsChartSpec *spec,
                       GError           **error)
{
  VsChartScript s = { 0, };
  GString *out;

  g_return_val_if_fail (spec != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!vs_chart_spec_validate (spec, error))
    return NULL;

  s.spec = spec;
  s.palette = vs_chart_palette (spec->dark);
  s.settings = g_string_new (NULL);
  s.data = g_string_new (NULL);
  s.plot = g_string_new (NULL);
  s.key_entries = g_ptr_array_new_with_free_func (g_free);
  s.scratch = g_ptr_array_new_with_free_func (g_free);
  s.next_label = 10;
  s.next_object = 1;
  /* Measured: at the same pointsize SVG markers come out ~1.4 times pngcairo's, and
   * pdfcairo's ~1.2 times. */
  s.point_scale = spec->format == VS_CHART_FORMAT_PNG ? 1.1
                  : spec->format == VS_CHART_FORMAT_PDF ? 0.95 : 0.8;
  s.ylo = NAN;
  s.yhi = NAN;

  switch (spec->kind)
    {
    case VS_CHART_SPC:
      _vs_chart_build_spc (&s);
      break;
    case VS_CHART_LOCALITIES:
      _vs_chart_build_localities (&s);
      break;
    case VS_CHART_SPARKLINE:
      _vs_chart_build_sparkline (&s);
      break;
    case VS_CHART_TREND:
    default:
      _vs_chart_build_trend (&s);
      break;
    }

  out = g_string_sized_new (4096);
  append_terminal (&s, out);
  if (spec->kind != VS_CHART_SPARKLINE)
    append_layout (&s, out);
  g_string_append_len (out, s.settings->str, s.settings->len);
  g_string_append_len (out, s.data->str, s.data->len);
  g_string_append_len (out, s.plot->str, s.plot->len);
  g_string_append_c (out, '\n');

  g_string_free (s.settings, TRUE);
  g_string_free (s.data, TRUE);
  g_string_free (s.plot, TRUE);
  g_ptr_array_unref (s.key_entries);
  g_ptr_array_unref (s.scratch);
  g_free (s.subtitle);
  return g_string_free (out, FALSE);
}
