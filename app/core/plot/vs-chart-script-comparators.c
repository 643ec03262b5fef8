/* vs-chart-script-comparators.c: published indicators against their comparators: the
 * authority against SN, England and region over the years, and the neighbour group ranked
 * for one year with the home authority picked out
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "vs-chart-script-private.h"
#include "vs-gnuplot-quote.h"

/* Each comparator by colour, dash and marker together, so no line is told apart by colour
 * alone: filled square, triangle, diamond, then hollow ones. */
static const char *const dashes[] = { "(6,3)", "(2,3)", "(8,3,2,3)", "(4,4)", "(1,2)", "(10,4)" };
static const int markers[] = { 5, 9, 13, 4, 8, 12 };

G_STATIC_ASSERT (G_N_ELEMENTS (dashes) == G_N_ELEMENTS (((VsChartPalette *) NULL)->benchmarks));
G_STATIC_ASSERT (G_N_ELEMENTS (markers) == G_N_ELEMENTS (dashes));

static int
last_finite (const double *values,
             guint         n)
{
  for (guint i = n; i > 0; i--)
    if (isfinite (values[i - 1]))
      return (int) i - 1;
  return -1;
}

void
_vs_chart_build_comparators (VsChartScript *s)
{
  const VsChartSpec *spec = s->spec;
  const VsChartPalette *palette = s->palette;
  guint n_lines = MIN (spec->benchmarks->len, G_N_ELEMENTS (dashes));
  double lo = NAN, hi = NAN;
  int last;

  for (guint i = 0; i < spec->n; i++)
    _vs_chart_range_take (&lo, &hi, spec->values[i]);
  for (guint b = 0; b < n_lines; b++)
    for (guint i = 0; i < spec->n; i++)
      _vs_chart_range_take (&lo, &hi, ((VsChartLine *) g_ptr_array_index (spec->benchmarks, b))->values[i]);
  _vs_chart_set_y_axis (s, lo, hi, FALSE);
  _vs_chart_set_x_labels (s, FALSE);
  _vs_chart_values_block (s, "vs_values");

  /* Years are joined: a year with no figure (suppressed, not yet published) breaks the
   * line, never draws a zero. */
  for (guint b = 0; b < n_lines; b++)
    {
      const VsChartLine *line = g_ptr_array_index (spec->benchmarks, b);

      _vs_chart_add_element (s, line->label != NULL ? line->label : _("Benchmark"),
                             "$vs_values using 1:%u with linespoints linewidth 2 dashtype %s "
                             "pointtype %d pointsize %s linecolor %s",
                             4 + b, dashes[b], markers[b], _vs_chart_ps (s, 1.0),
                             _vs_chart_rgb (s, palette->benchmarks[b]));
    }
  _vs_chart_add_element (s, spec->series_label != NULL ? spec->series_label : _("Value"),
                         "$vs_values using 1:2 with linespoints linewidth 3 pointtype 7 "
                         "pointsize %s linecolor %s",
                         _vs_chart_ps (s, 1.2), _vs_chart_rgb (s, palette->line));

  last = last_finite (spec->values, spec->n);
  if (last < 0)
    _vs_chart_add_label (s, C_("chart", "No figures for these years"),
                         "at graph 0.5, graph 0.5 center textcolor %s front",
                         _vs_chart_rgb (s, palette->muted));
  else
    {
      g_autofree char *text = vs_unit_format_value (spec->unit, spec->values[last]);

      _vs_chart_add_label (s, text, "at first %d, first %s center offset character 0,1.5 "
                           "textcolor %s front",
                           last, _vs_chart_num (s, spec->values[last]),
                           _vs_chart_rgb (s, palette->foreground));
    }
}

void
_vs_chart_build_neighbours (VsChartScript *s)
{
  const VsChartSpec *spec = s->spec;
  const VsChartPalette *palette = s->palette;
  guint n_lines = MIN (spec->benchmarks->len, G_N_ELEMENTS (dashes));
  double lo = NAN, hi = NAN;
  int home = spec->whole_index;

  for (guint i = 0; i < spec->n; i++)
    _vs_chart_range_take (&lo, &hi, spec->values[i]);
  for (guint b = 0; b < n_lines; b++)
    _vs_chart_range_take (&lo, &hi, ((VsChartLine *) g_ptr_array_index (spec->benchmarks, b))->values[0]);
  /* Bars start at zero, or their lengths would lie. */
  _vs_chart_set_y_axis (s, lo, hi, TRUE);
  _vs_chart_set_x_labels (s, _vs_chart_labels_need_rotating (spec));
  g_string_append (s->settings, "set boxwidth 0.62\nset xtics scale 0\n");

  /* x value home */
  vs_gnuplot_begin_datablock (s->data, "vs_bars");
  for (guint i = 0; i < spec->n; i++)
    {
      g_string_append_printf (s->data, "%u ", i);
      vs_gnuplot_append_number (s->data, spec->values[i]);
      g_string_append_printf (s->data, " %d\n", (int) i == home);
    }
  vs_gnuplot_end_datablock (s->data);

  _vs_chart_add_element (s, NULL, "$vs_bars using 1:($3==0?$2:NaN) with boxes fillcolor %s "
                         "fillstyle solid 1.0 noborder",
                         _vs_chart_rgb (s, _vs_chart_tint (s, palette->muted)));
  /* The home authority's bar: solid and outlined in the value line's colour, and named in
   * the legend, so that it stands out by more than its colour. */
  if (home >= 0 && (guint) home < spec->n)
    {
      g_autofree char *name = vs_gnuplot_clean_text (spec->series_label != NULL
                                                     ? spec->series_label : _("Value"));

      _vs_chart_add_element (s, name, "$vs_bars using 1:($3==1?$2:NaN) with boxes "
                             "fillcolor %s fillstyle pattern 4 border linecolor %s linewidth 2",
                             _vs_chart_rgb (s, palette->line), _vs_chart_rgb (s, palette->line));
    }
  /* Comparators across the whole group: SN average, England, region. */
  for (guint b = 0; b < n_lines; b++)
    {
      const VsChartLine *line = g_ptr_array_index (spec->benchmarks, b);

      if (!isfinite (line->values[0]))
        continue;
      _vs_chart_add_element (s, line->label != NULL ? line->label : _("Benchmark"),
                             "%s with lines linewidth 2 dashtype %s linecolor %s",
                             _vs_chart_num (s, line->values[0]), dashes[b],
                             _vs_chart_rgb (s, palette->benchmarks[b]));
    }

  /* A neighbour with no figure (suppressed, not published) says so, never a zero bar. */
  _vs_chart_add_bar_values (s, 0.8, C_("chart", "no figure"));
}
