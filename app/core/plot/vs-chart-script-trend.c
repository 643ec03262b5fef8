/* vs-chart-script-trend.c: the 13-month trend and the sparkline
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "vs-chart-script-private.h"
#include "vs-gnuplot-quote.h"

/* Column 3 of the values block is the point's VsRag; a marker element picks its points
 * with a filter, and every other point is NaN, which gnuplot leaves out. */
static gboolean
has_rated_point (const VsChartSpec *spec,
                 VsRag              rag)
{
  for (guint i = 0; i < spec->n; i++)
    if (spec->rags[i] == rag && (rag == VS_RAG_PENDING || isfinite (spec->values[i])))
      return TRUE;
  return FALSE;
}

static void
add_rag_markers (VsChartScript *s,
                 const char    *block,
                 VsRag          rag,
                 const char    *y)
{
  double size = vs_chart_rag_point_size (rag);
  int type = vs_chart_rag_point_type (rag);

  /* A halo in the background colour first, so that markers stand clear of the line and
   * of each other. */
  if (rag != VS_RAG_PENDING)
    _vs_chart_add_element (s, NULL, "%s using 1:($3==%d?%s:NaN) with points pointtype %d "
                           "pointsize %s linecolor %s",
                           block, (int) rag, y, type, _vs_chart_ps (s, size + 0.7),
                           _vs_chart_rgb (s, s->palette->background));
  _vs_chart_add_element (s, _vs_chart_rag_key_title (rag, TRUE), "%s using 1:($3==%d?%s:NaN) with points "
                         "pointtype %d pointsize %s linecolor %s",
                         block, (int) rag, y, type, _vs_chart_ps (s, size),
                         _vs_chart_rgb (s, vs_chart_rag_color (s->palette, rag)));
}

/* What the tables put beside a figure goes beside its point: the small-numbers "†" up
 * and to the right of the marker, clear of the line; a hidden count's "c" at the foot of
 * its gap, where a missing month's hollow marker would be. */
static void
add_point_marks (VsChartScript *s)
{
  const VsChartSpec *spec = s->spec;

  for (guint i = 0; i < spec->n; i++)
    {
      if (spec->marks[i] == NULL || spec->marks[i][0] == '\0')
        continue;
      if (isfinite (spec->values[i]))
        _vs_chart_add_label (s, spec->marks[i], "at first %s, first %s left offset character "
                             "0.7,0.7 textcolor %s front",
                             _vs_chart_num (s, i), _vs_chart_num (s, spec->values[i]),
                             _vs_chart_rgb (s, s->palette->foreground));
      else
        _vs_chart_add_label (s, spec->marks[i], "at first %s, first %s center textcolor %s front",
                             _vs_chart_num (s, i),
                             _vs_chart_num (s, s->ylo + (s->yhi - s->ylo) * 0.04),
                             _vs_chart_rgb (s, s->palette->muted));
    }
}

static int
last_value_index (const VsChartSpec *spec)
{
  for (guint i = spec->n; i > 0; i--)
    if (isfinite (spec->values[i - 1]))
      return (int) i - 1;
  return -1;
}

void
_vs_chart_build_trend (VsChartScript *s)
{
  const VsChartSpec *spec = s->spec;
  const VsChartPalette *palette = s->palette;
  static const VsRag rated[] = { VS_RAG_GREEN, VS_RAG_AMBER, VS_RAG_RED };
  double lo = NAN, hi = NAN;
  int last;

  for (guint i = 0; i < spec->n; i++)
    _vs_chart_range_take (&lo, &hi, spec->values[i]);
  _vs_chart_range_take (&lo, &hi, spec->target);
  for (guint b = 0; b < spec->benchmarks->len; b++)
    {
      const VsChartLine *line = g_ptr_array_index (spec->benchmarks, b);

      for (guint i = 0; i < spec->n; i++)
        _vs_chart_range_take (&lo, &hi, line->values[i]);
    }
  /* Band edges count only when they are finite: an open end reaches to the axis. */
  for (guint b = 0; b < spec->bands->len; b++)
    {
      const VsChartBand *band = &g_array_index (spec->bands, VsChartBand, b);

      if (isfinite (band->lo) && isfinite (band->hi))
        {
          _vs_chart_range_take (&lo, &hi, band->lo);
          _vs_chart_range_take (&lo, &hi, band->hi);
        }
    }
  _vs_chart_set_y_axis (s, lo, hi, FALSE);
  _vs_chart_set_x_labels (s, FALSE);
  for (guint b = 0; b < spec->bands->len; b++)
    _vs_chart_add_band (s, &g_array_index (spec->bands, VsChartBand, b));

  _vs_chart_values_block (s, "vs_values");

  /* NaN rows break the line: a missing month is a gap, never a zero. */
  _vs_chart_add_element (s, spec->series_label != NULL ? spec->series_label : _("Value"),
                         "$vs_values using 1:2 with lines linewidth 2 linecolor %s",
                         _vs_chart_rgb (s, palette->line));
  _vs_chart_add_target (s, palette->target);
  /* A target range is drawn as its band; give the band the target's legend entry. */
  if (!isfinite (spec->target) && spec->target_label != NULL && spec->bands->len > 0)
    {
      const VsChartBand *band = &g_array_index (spec->bands, VsChartBand, 0);

      _vs_chart_add_element (s, spec->target_label, "keyentry with boxes fillcolor %s "
                             "fillstyle transparent solid 0.35 noborder",
                             _vs_chart_rgb (s, vs_chart_rag_color (palette, band->rag)));
    }
  for (guint b = 0; b < spec->benchmarks->len; b++)
    {
      /* A dash of its own for each comparator: six lines in three hues read apart in
       * print and without colour. */
      static const char *const dashes[] = {
        "(3,3)", "(10,4)", "(1,3)", "(10,3,2,3)", "(6,2)", "(2,2,6,2)",
      };
      const VsChartLine *line = g_ptr_array_index (spec->benchmarks, b);

      _vs_chart_add_element (s, line->label != NULL ? line->label : _("Benchmark"),
                             "$vs_values using 1:%u with lines linewidth 2 "
                             "dashtype %s linecolor %s",
                             4 + b, dashes[b % G_N_ELEMENTS (dashes)],
                             _vs_chart_rgb (s, palette->benchmarks[b]));
    }

  /* Unrated values (no target) still get a small dot, so single months show. */
  _vs_chart_add_element (s, NULL, "$vs_values using 1:($3==%d?$2:NaN) with points "
                         "pointtype 7 pointsize %s linecolor %s",
                         (int) VS_RAG_NONE, _vs_chart_ps (s, 0.8), _vs_chart_rgb (s, palette->line));
  for (guint r = 0; r < G_N_ELEMENTS (rated); r++)
    if (has_rated_point (spec, rated[r]))
      add_rag_markers (s, "$vs_values", rated[r], "$2");
  /* A month whose figure is due but not in: a hollow marker along the bottom. */
  if (has_rated_point (spec, VS_RAG_PENDING))
    add_rag_markers (s, "$vs_values", VS_RAG_PENDING,
                     _vs_chart_num (s, s->ylo + (s->yhi - s->ylo) * 0.04));

  add_point_marks (s);

  last = last_value_index (spec);
  if (last < 0)
    _vs_chart_add_label (s, C_("chart", "No figures for these months"),
                         "at graph 0.5, graph 0.5 center textcolor %s front",
                         _vs_chart_rgb (s, palette->muted));
  else
    {
      g_autofree char *text = vs_unit_format_value (spec->unit, spec->values[last]);

      _vs_chart_add_label (s, text, "at first %s, first %s center offset character 0,1.5 "
                           "textcolor %s front",
                           _vs_chart_num (s, last), _vs_chart_num (s, spec->values[last]),
                           _vs_chart_rgb (s, palette->foreground));
    }
}

void
_vs_chart_build_sparkline (VsChartScript *s)
{
  const VsChartSpec *spec = s->spec;
  double lo = NAN, hi = NAN, pad;
  int last;

  g_string_append (s->settings, "unset border\nunset xtics\nunset ytics\nunset grid\n"
                   "unset key\n");
  g_string_append (s->settings, "set lmargin at screen 0.02\nset rmargin at screen 0.94\n"
                   "set tmargin at screen 0.88\nset bmargin at screen 0.12\n");
  for (guint i = 0; i < spec->n; i++)
    _vs_chart_range_take (&lo, &hi, spec->values[i]);
  if (!isfinite (lo))
    {
      lo = 0.0;
      hi = 1.0;
    }
  pad = hi > lo ? (hi - lo) * 0.1 : MAX (fabs (hi) * 0.1, 1.0);
  s->ylo = lo - pad;
  s->yhi = hi + pad;
  g_string_append_printf (s->settings, "set xrange [-0.5:%s]\nset yrange [%s:%s]\n",
                          _vs_chart_num (s, spec->n - 0.5),
                          _vs_chart_num (s, s->ylo), _vs_chart_num (s, s->yhi));

  _vs_chart_values_block (s, "vs_values");
  /* The target only when it is within the data's range: a sparkline shows the shape of
   * the line, and a far-off target would flatten it. */
  if (isfinite (spec->target) && spec->target > s->ylo && spec->target < s->yhi)
    _vs_chart_add_element (s, NULL, "%s with lines linewidth 1 dashtype (2,2) linecolor %s",
                           _vs_chart_num (s, spec->target),
                           _vs_chart_rgb (s, s->palette->muted));
  _vs_chart_add_element (s, NULL, "$vs_values using 1:2 with lines linewidth 1.5 "
                         "linecolor %s", _vs_chart_rgb (s, s->palette->line));

  last = last_value_index (spec);
  if (last >= 0)
    _vs_chart_add_element (s, NULL, "$vs_values using 1:($1==%d?$2:NaN) with points "
                           "pointtype %d pointsize %s linecolor %s",
                           last, vs_chart_rag_point_type (spec->rags[last]),
                           _vs_chart_ps (s, 0.6),
                           _vs_chart_rgb (s, vs_chart_rag_color (s->palette,
                                                                 spec->rags[last])));
}
