/* vs-chart-script-bars.c: the locality comparison, latest value per locality as bars
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "vs-chart-script-private.h"
#include "vs-gnuplot-quote.h"

/* The fewest bars' widths the plot is divided into (see _vs_chart_build_localities). */
#define MIN_BAR_SLOTS 5

gboolean
_vs_chart_labels_need_rotating (const VsChartSpec *spec)
{
  double plot_width = MAX (spec->width - 100.0, 50.0);
  double needed = 0;

  for (guint i = 0; i < spec->n; i++)
    needed += ((spec->labels[i] != NULL ? g_utf8_strlen (spec->labels[i], -1) : 0) + 2)
              * 10 * 0.62;
  return needed > plot_width;
}

void
_vs_chart_build_localities (VsChartScript *s)
{
  const VsChartSpec *spec = s->spec;
  const VsChartPalette *palette = s->palette;
  static const VsRag colours[] = { VS_RAG_NONE, VS_RAG_GREEN, VS_RAG_AMBER, VS_RAG_RED };
  double lo = NAN, hi = NAN;
  int whole = spec->whole_index;

  for (guint i = 0; i < spec->n; i++)
    _vs_chart_range_take (&lo, &hi, spec->values[i]);
  _vs_chart_range_take (&lo, &hi, spec->target);
  /* Bars start at zero, or their lengths would lie. */
  _vs_chart_set_y_axis (s, lo, hi, TRUE);
  _vs_chart_set_x_labels (s, _vs_chart_labels_need_rotating (spec));
  g_string_append (s->settings, "set boxwidth 0.62\nset xtics scale 0\n");
  /* Room for MIN_BAR_SLOTS bars however few there are, centred: an authority with one
   * locality is one bar of a bar's width, not a block across the whole plot. */
  if (spec->n < MIN_BAR_SLOTS)
    {
      double pad = (MIN_BAR_SLOTS - spec->n) / 2.0;

      g_string_append_printf (s->settings, "set xrange [%s:%s]\n",
                              _vs_chart_num (s, -0.5 - pad),
                              _vs_chart_num (s, spec->n - 0.5 + pad));
    }

  /* x value rag whole */
  vs_gnuplot_begin_datablock (s->data, "vs_bars");
  for (guint i = 0; i < spec->n; i++)
    {
      g_string_append_printf (s->data, "%u ", i);
      vs_gnuplot_append_number (s->data, spec->values[i]);
      g_string_append_printf (s->data, " %d %d\n", (int) spec->rags[i], (int) i == whole);
    }
  vs_gnuplot_end_datablock (s->data);

  /* The bars, coloured by rating; the whole authority's hatched, so it reads as the
   * reference rather than one more locality. */
  for (guint c = 0; c < G_N_ELEMENTS (colours); c++)
    {
      const char *color = colours[c] == VS_RAG_NONE
                          ? palette->line : vs_chart_rag_color (palette, colours[c]);

      /* A tint, so that the rating's marker on top stands out from its own bar. */
      _vs_chart_add_element (s, NULL, "$vs_bars using 1:(($3==%d && $4==0)?$2:NaN) "
                             "with boxes fillcolor %s fillstyle solid 1.0 noborder",
                             (int) colours[c], _vs_chart_rgb (s, _vs_chart_tint (s, color)));
    }
  if (whole >= 0 && isfinite (spec->values[whole]))
    {
      const char *color = spec->rags[whole] == VS_RAG_NONE
                          ? palette->line : vs_chart_rag_color (palette, spec->rags[whole]);
      g_autofree char *value = vs_unit_format_value (spec->unit, spec->values[whole]);
      g_autofree char *name = vs_gnuplot_clean_text (spec->labels[whole] != NULL
                                                     ? spec->labels[whole] : "");
      /* Translators: legend entry of the whole authority's line: "Norfolk 58.1%" */
      g_autofree char *title = g_strdup_printf (C_("chart legend", "%s %s"), name, value);

      _vs_chart_add_element (s, NULL, "$vs_bars using 1:($4==1?$2:NaN) with boxes "
                             "fillcolor %s fillstyle pattern 2 border linecolor %s",
                             _vs_chart_rgb (s, color), _vs_chart_rgb (s, color));
      _vs_chart_add_element (s, title, "%s with lines linewidth 2 dashtype (4,4) "
                             "linecolor %s",
                             _vs_chart_num (s, spec->values[whole]),
                             _vs_chart_rgb (s, palette->foreground));
    }
  _vs_chart_add_target (s, palette->target);

  /* The rating's shape on top of each bar, so colour is never the only cue. */
  for (guint c = 1; c < G_N_ELEMENTS (colours); c++)
    {
      gboolean present = FALSE;

      for (guint i = 0; i < spec->n && !present; i++)
        present = spec->rags[i] == colours[c] && isfinite (spec->values[i]);
      if (!present)
        continue;
      _vs_chart_add_element (s, NULL, "$vs_bars using 1:($3==%d?$2:NaN) with points "
                             "pointtype %d pointsize %s linecolor %s",
                             (int) colours[c], vs_chart_rag_point_type (colours[c]),
                             _vs_chart_ps (s, vs_chart_rag_point_size (colours[c]) + 0.7),
                             _vs_chart_rgb (s, palette->background));
      _vs_chart_add_element (s, _vs_chart_rag_key_title (colours[c], FALSE),
                             "$vs_bars using 1:($3==%d?$2:NaN) with points pointtype %d "
                             "pointsize %s linecolor %s",
                             (int) colours[c], vs_chart_rag_point_type (colours[c]),
                             _vs_chart_ps (s, vs_chart_rag_point_size (colours[c])),
                             _vs_chart_rgb (s, vs_chart_rag_color (palette, colours[c])));
    }

  /* Above the rating's marker. */
  _vs_chart_add_bar_values (s, 1.6, C_("chart", "no data"));
}

void
_vs_chart_add_bar_values (VsChartScript *s,
                          double         offset,
                          const char    *none)
{
  const VsChartSpec *spec = s->spec;

  for (guint i = 0; i < spec->n; i++)
    {
      if (isfinite (spec->values[i]))
        {
          g_autofree char *text = vs_unit_format_value (spec->unit, spec->values[i]);

          _vs_chart_add_label (s, text, "at first %u, first %s center "
                               "offset character 0,%s textcolor %s front",
                               i, _vs_chart_num (s, spec->values[i]), _vs_chart_num (s, offset),
                               _vs_chart_rgb (s, s->palette->foreground));
        }
      else
        _vs_chart_add_label (s, none, "at first %u, graph 0 center "
                             "offset character 0,0.8 textcolor %s front",
                             i, _vs_chart_rgb (s, s->palette->muted));
    }
}
