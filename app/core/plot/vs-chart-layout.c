/* vs-chart-layout.c: terminals, and title, legend and footnote placed so nothing overlaps the plot
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "vs-chart-script-private.h"
#include "vs-gnuplot-quote.h"

/* The layout's label tags (1-9, see next_label): the title and the subtitle take up to
 * two lines each, the footnote what is left. */
#define MAX_LAYOUT_LABELS 9
#define MAX_TITLE_LINES 2
#define MAX_SUBTITLE_LINES 2
/* The least share of a chart's height its plot keeps before the legend moves beside it. */
#define MIN_PLOT_SHARE 0.45

/* Cuts @text to what fits in @width pixels, with an ellipsis: a long title must not run
 * off the canvas or under the legend. */
static char *
fit_text (const char *text,
          double      font_size,
          double      width)
{
  g_autofree char *clean = vs_gnuplot_clean_text (text);
  glong max_chars = (glong) MAX (width / (font_size * VS_CHART_GLYPH_WIDTH), 4.0);
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
 * NULL when it all fits) in @rest. The text is cut before it is cleaned, so that
 * cleaning's cap on one label's length never cuts a long text that is wrapped. */
static char *
split_line (const char  *text,
            double       font_size,
            double       width,
            char       **rest)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  g_autofree char *first = NULL;
  glong max_chars = (glong) MAX (width / (font_size * VS_CHART_GLYPH_WIDTH), 4.0);
  const char *cut, *space = NULL;

  *rest = NULL;
  if (g_utf8_strlen (valid, -1) <= max_chars)
    return vs_gnuplot_clean_text (valid);
  cut = g_utf8_offset_to_pointer (valid, max_chars);
  for (const char *p = valid; p < cut; p++)
    if (*p == ' ')
      space = p;
  if (space == NULL || space == valid)
    space = cut;
  *rest = g_strdup (*space == ' ' ? space + 1 : space);
  first = g_strndup (valid, space - valid);
  return vs_gnuplot_clean_text (first);
}

void
_vs_chart_append_terminal (VsChartScript *s,
                           GString       *out)
{
  const VsChartSpec *spec = s->spec;
  /* Sparklines sit on table rows of either colour: no background of their own. */
  gboolean transparent = spec->kind == VS_CHART_SPARKLINE;
  g_autofree char *font = g_strdup_printf ("%s,%d", VS_CHART_FONT, VS_CHART_FONT_SIZE);

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
      g_string_append_printf (out, "set terminal svg size %u,%u fixed noenhanced font ",
                              spec->width, spec->height);
      vs_gnuplot_append_quoted (out, font);
      /* SVG sizes are pixels, cairo's points at 96 dpi: 4/3 makes the text agree. */
      g_string_append (out, " fontscale 1.333");
      break;
    case VS_N_CHART_FORMATS:
      g_assert_not_reached ();
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

static guint
longest_key_entry (VsChartScript *s)
{
  guint longest = 0;

  for (guint i = 0; i < s->key_entries->len; i++)
    longest = MAX (longest, g_utf8_strlen (g_ptr_array_index (s->key_entries, i), -1));
  return longest;
}

/* Legend rows gnuplot will need: it gives every column the width of the widest entry. */
static guint
estimate_key_rows (VsChartScript *s,
                   double         width)
{
  guint longest = longest_key_entry (s);
  guint columns;

  if (s->key_entries->len == 0)
    return 0;
  columns = (guint) floor (width / ((longest + 7) * VS_CHART_FONT_SIZE * 0.72));
  columns = CLAMP (columns, 1, s->key_entries->len);
  return (s->key_entries->len + columns - 1) / columns;
}

/* Like split_line, but between the subtitle's parts ("Area  ·  Locality  ·  verdict")
 * where one fits, so that a verdict is never broken across lines. */
static char *
split_subtitle (const char  *text,
                double       width,
                char       **rest)
{
  static const char separator[] = "  ·  ";
  glong max_chars = (glong) MAX (width / (VS_CHART_FONT_SIZE * VS_CHART_GLYPH_WIDTH), 4.0);
  const char *best = NULL;
  g_autofree char *first = NULL;

  *rest = NULL;
  if (g_utf8_validate (text, -1, NULL) && g_utf8_strlen (text, -1) > max_chars)
    for (const char *p = strstr (text, separator); p != NULL; p = strstr (p + 1, separator))
      if (g_utf8_pointer_to_offset (text, p) <= max_chars && p != text)
        best = p;
  if (best == NULL)
    return split_line (text, VS_CHART_FONT_SIZE, width, rest);
  first = g_strndup (text, best - text);
  *rest = g_strdup (best + strlen (separator));
  return vs_gnuplot_clean_text (first);
}

/* Title, subtitle and legend on top, the footnote at the bottom, all placed in pixels
 * so that nothing overlaps the plot whatever the canvas size. */
void
_vs_chart_append_layout (VsChartScript *s,
                         GString       *out)
{
  const VsChartSpec *spec = s->spec;
  double w = spec->width, h = spec->height;
  double top = VS_CHART_PAD * 0.6, bottom = VS_CHART_PAD * 0.5;
  double text_width = w - 2 * VS_CHART_PAD;
  guint key_rows;
  guint longest_label = 1;
  double right = 36;
  guint next_label = s->next_label;

  /* Layout labels take tags 1-9; where in the script a label is set does not matter. */
  s->next_label = 1;

  if (spec->title != NULL && spec->title[0] != '\0')
    {
      g_autofree char *rest = g_strdup (spec->title);

      /* Indicator titles are long ("Percentage of Referrals into Early Help Services who
       * have had a referral to EH in the previous 12 months"): wrapped, not cut. */
      for (guint line = 0; rest != NULL && line < MAX_TITLE_LINES; line++)
        {
          g_autofree char *text = g_steal_pointer (&rest);
          g_autofree char *title = NULL;

          if (line + 1 < MAX_TITLE_LINES)
            title = split_line (text, VS_CHART_TITLE_SIZE, text_width, &rest);
          else
            title = fit_text (text, VS_CHART_TITLE_SIZE, text_width);
          _vs_chart_add_label (s, title, "at screen %s, screen %s left font ',%d' "
                               "textcolor %s front",
                               _vs_chart_num (s, VS_CHART_PAD / w),
                               _vs_chart_num (s, 1 - (top + 10) / h),
                               VS_CHART_TITLE_SIZE, _vs_chart_rgb (s, s->palette->foreground));
          top += 22;
        }
    }
  if (s->subtitle == NULL && spec->subtitle != NULL)
    s->subtitle = g_strdup (spec->subtitle);
  if (s->subtitle != NULL && s->subtitle[0] != '\0')
    {
      g_autofree char *rest = g_strdup (s->subtitle);

      /* Wrapped rather than cut: an SPC verdict and its assurance follow the area and
       * locality, and are what the reader needs most. */
      for (guint line = 0; rest != NULL && line < MAX_SUBTITLE_LINES; line++)
        {
          g_autofree char *text = g_steal_pointer (&rest);
          g_autofree char *subtitle = NULL;

          if (line + 1 < MAX_SUBTITLE_LINES)
            subtitle = split_subtitle (text, text_width, &rest);
          else
            subtitle = fit_text (text, VS_CHART_FONT_SIZE, text_width);
          _vs_chart_add_label (s, subtitle, "at screen %s, screen %s left textcolor %s front",
                               _vs_chart_num (s, VS_CHART_PAD / w),
                               _vs_chart_num (s, 1 - (top + 7) / h),
                               _vs_chart_rgb (s, s->palette->muted));
          top += VS_CHART_LINE_HEIGHT;
        }
    }
  if (spec->footnote != NULL && spec->footnote[0] != '\0')
    {
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *rest = g_strdup (spec->footnote);
      guint max_lines = MAX_LAYOUT_LABELS - (s->next_label - 1);

      /* Wrapped, never cut: the source and the months are what make the chart citable.
       * The layout's tags leave room for at least MAX_LAYOUT_LABELS - MAX_TITLE_LINES -
       * MAX_SUBTITLE_LINES lines; only a footnote longer than any source is ends in an
       * ellipsis. */
      while (rest != NULL && lines->len + 1 < max_lines)
        {
          g_autofree char *text = g_steal_pointer (&rest);

          g_ptr_array_add (lines, split_line (text, VS_CHART_FOOTNOTE_SIZE, text_width, &rest));
        }
      if (rest != NULL)
        g_ptr_array_add (lines, fit_text (rest, VS_CHART_FOOTNOTE_SIZE, text_width));
      for (guint i = lines->len; i > 0; i--)
        {
          _vs_chart_add_label (s, g_ptr_array_index (lines, i - 1),
                               "at screen %s, screen %s left font ',%d' textcolor %s front",
                               _vs_chart_num (s, VS_CHART_PAD / w),
                               _vs_chart_num (s, (bottom + 5) / h),
                               VS_CHART_FOOTNOTE_SIZE, _vs_chart_rgb (s, s->palette->muted));
          bottom += 11;
        }
      bottom += 7;
    }

  for (guint i = 0; i < spec->n; i++)
    if (spec->labels[i] != NULL)
      longest_label = MAX (longest_label, g_utf8_strlen (spec->labels[i], -1));
  /* Level tick labels take a line; rotated ones their length at 35 degrees. */
  bottom += s->rotated_labels ? 14 + MIN (longest_label, 24) * VS_CHART_FONT_SIZE * VS_CHART_GLYPH_WIDTH * 0.57 : 22;

  key_rows = estimate_key_rows (s, text_width);
  if (key_rows > 0)
    {
      double key_height = key_rows * VS_CHART_LINE_HEIGHT + 4;
      double key_width = (longest_key_entry (s) + 5) * VS_CHART_FONT_SIZE * VS_CHART_GLYPH_WIDTH + 12;

      /* A small chart with many lines (a report card's corner of a slide) would keep
       * only a sliver of plot under a legend of one entry a row: the legend goes
       * beside the plot instead, when that leaves the plot half the width. */
      if (h - (top + key_height + 10) - bottom < MIN_PLOT_SHARE * h && key_width < 0.5 * w)
        {
          g_string_append_printf (out, "set key at screen %s, screen %s left top vertical "
                                  "Left reverse samplen 2 spacing 1 width 1 textcolor %s "
                                  "noenhanced\n",
                                  _vs_chart_num (s, 1 - key_width / w),
                                  _vs_chart_num (s, 1 - (top + 2) / h),
                                  _vs_chart_rgb (s, s->palette->foreground));
          right = key_width + 16;
          _vs_chart_narrow_x_labels (s, MAX (w - 100.0 - key_width, 50.0));
        }
      else
        {
          g_string_append_printf (out, "set key at screen %s, screen %s left top horizontal "
                                  "Left reverse samplen 2 spacing 1 width 1 textcolor %s "
                                  "noenhanced\n",
                                  _vs_chart_num (s, VS_CHART_PAD / w),
                                  _vs_chart_num (s, 1 - (top + 2) / h),
                                  _vs_chart_rgb (s, s->palette->foreground));
          top += key_height;
        }
    }
  else
    g_string_append (out, "unset key\n");

  g_string_append_printf (out, "set tmargin at screen %s\nset bmargin at screen %s\n"
                          "set rmargin at screen %s\n",
                          _vs_chart_num (s, 1 - (top + 10) / h),
                          _vs_chart_num (s, bottom / h),
                          _vs_chart_num (s, 1 - right / w));

  s->next_label = next_label;
}
