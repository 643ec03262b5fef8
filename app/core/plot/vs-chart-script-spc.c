/* vs-chart-script-spc.c: the XmR chart as "Making Data Count" draws it
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "vs-chart-script-private.h"
#include "vs-gnuplot-quote.h"

static const char *
class_key_title (VsChartSpcClass klass)
{
  switch (klass)
    {
    case VS_CHART_SPC_IMPROVEMENT:
      return C_("chart legend", "Improvement");
    case VS_CHART_SPC_CONCERN:
      return C_("chart legend", "Concern");
    case VS_CHART_SPC_NEUTRAL:
      return C_("chart legend", "Special cause");
    case VS_CHART_SPC_COMMON:
      return C_("chart legend", "Common cause");
    }
  g_return_val_if_reached (C_("chart legend", "Common cause"));
}

/* The limits block holds one run of rows per segment with a blank line between runs, so
 * that each rebased segment gets its own mean and limits, unjoined to the last. */
static void
limits_block (VsChartScript *s)
{
  const VsChartSpec *spec = s->spec;

  vs_gnuplot_begin_datablock (s->data, "vs_limits");
  for (guint i = 0; i < spec->n; i++)
    {
      if (i > 0 && spec->rebased[i])
        g_string_append_c (s->data, '\n');
      g_string_append_printf (s->data, "%u ", i);
      vs_gnuplot_append_number (s->data, spec->means[i]);
      g_string_append_c (s->data, ' ');
      vs_gnuplot_append_number (s->data, spec->lower_limits[i]);
      g_string_append_c (s->data, ' ');
      vs_gnuplot_append_number (s->data, spec->upper_limits[i]);
      g_string_append_c (s->data, '\n');
    }
  vs_gnuplot_end_datablock (s->data);

  vs_gnuplot_begin_datablock (s->data, "vs_points");
  for (guint i = 0; i < spec->n; i++)
    {
      g_string_append_printf (s->data, "%u ", i);
      vs_gnuplot_append_number (s->data, spec->values[i]);
      g_string_append_printf (s->data, " %d\n", (int) spec->classes[i]);
    }
  vs_gnuplot_end_datablock (s->data);
}

static void
compose_subtitle (VsChartScript *s)
{
  const VsChartSpec *spec = s->spec;
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);

  if (spec->subtitle != NULL && spec->subtitle[0] != '\0')
    g_ptr_array_add (parts, g_strdup (spec->subtitle));
  /* The verdict is the latest point's; said alone above a run of special-cause points it
   * reads as a verdict on them all, so the subtitle says whose it is and what the others show. */
  if (spec->variation != NULL && spec->variation[0] != '\0')
    {
      guint n_points = 0, n_special = 0;

      /* Translators: an SPC chart's subtitle: the rules' verdict on the latest point,
       * e.g. "Latest point: Common cause variation" */
      g_ptr_array_add (parts, g_strdup_printf (_("Latest point: %s"), spec->variation));
      for (guint i = 0; i < spec->n; i++)
        if (isfinite (spec->values[i]))
          {
            n_points++;
            n_special += spec->classes[i] != VS_CHART_SPC_COMMON;
          }
      if (n_special > 0)
        g_ptr_array_add (parts,
                         /* Translators: an SPC chart's subtitle, e.g. "8 of 13 points special cause" */
                         g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u point special cause",
                                                       "%u of %u points special cause", n_points),
                                          n_special, n_points));
    }
  if (spec->assurance != NULL && spec->assurance[0] != '\0')
    g_ptr_array_add (parts, g_strdup (spec->assurance));
  g_ptr_array_add (parts, NULL);
  g_free (s->subtitle);
  s->subtitle = g_strjoinv ("  ·  ", (char **) parts->pdata);
  g_ptr_array_unref (parts);
}

void
_vs_chart_build_spc (VsChartScript *s)
{
  const VsChartSpec *spec = s->spec;
  const VsChartPalette *palette = s->palette;
  static const VsChartSpcClass special[] = {
    VS_CHART_SPC_IMPROVEMENT, VS_CHART_SPC_CONCERN, VS_CHART_SPC_NEUTRAL,
  };
  double lo = NAN, hi = NAN;
  gboolean has_limits = FALSE;

  for (guint i = 0; i < spec->n; i++)
    {
      _vs_chart_range_take (&lo, &hi, spec->values[i]);
      _vs_chart_range_take (&lo, &hi, spec->means[i]);
      _vs_chart_range_take (&lo, &hi, spec->lower_limits[i]);
      _vs_chart_range_take (&lo, &hi, spec->upper_limits[i]);
      has_limits |= isfinite (spec->upper_limits[i]) || isfinite (spec->lower_limits[i]);
    }
  _vs_chart_range_take (&lo, &hi, spec->target);
  /* A lower limit below zero means nothing for a count; the axis still starts at the
   * limits, so that the chart shows where the process could go. */
  _vs_chart_set_y_axis (s, lo, hi, FALSE);
  _vs_chart_set_x_labels (s, FALSE);
  compose_subtitle (s);

  for (guint i = 1; i < spec->n; i++)
    if (spec->rebased[i])
      {
        g_string_append_printf (s->settings, "set arrow from first %s, graph 0 to first %s, "
                                "graph 1 nohead linewidth 1 dashtype (2,3) linecolor %s back\n",
                                _vs_chart_num (s, i - 0.5), _vs_chart_num (s, i - 0.5),
                                _vs_chart_rgb (s, palette->muted));
        _vs_chart_add_label (s, C_("chart", "Rebased"),
                             "at first %s, graph 1 left offset character 0.4,-0.7 "
                             "font ',%d' textcolor %s front",
                             _vs_chart_num (s, i - 0.5), 8, _vs_chart_rgb (s, palette->muted));
      }

  limits_block (s);

  _vs_chart_add_element (s, spec->series_label != NULL ? spec->series_label : _("Value"),
                         "$vs_points using 1:2 with lines linewidth 1.5 linecolor %s",
                         _vs_chart_rgb (s, palette->common));
  _vs_chart_add_element (s, C_("chart legend", "Mean"),
                         "$vs_limits using 1:2 with lines linewidth 1.5 linecolor %s",
                         _vs_chart_rgb (s, palette->foreground));
  if (has_limits)
    {
      _vs_chart_add_element (s, C_("chart legend", "Process limits"),
                             "$vs_limits using 1:4 with lines linewidth 1.5 dashtype (8,6) "
                             "linecolor %s", _vs_chart_rgb (s, palette->muted));
      _vs_chart_add_element (s, NULL, "$vs_limits using 1:3 with lines linewidth 1.5 "
                             "dashtype (8,6) linecolor %s", _vs_chart_rgb (s, palette->muted));
    }
  _vs_chart_add_target (s, palette->red);

  _vs_chart_add_element (s, class_key_title (VS_CHART_SPC_COMMON),
                         "$vs_points using 1:($3==%d?$2:NaN) with points pointtype %d "
                         "pointsize %s linecolor %s",
                         (int) VS_CHART_SPC_COMMON,
                         vs_chart_spc_point_type (VS_CHART_SPC_COMMON), _vs_chart_ps (s, 0.9),
                         _vs_chart_rgb (s, palette->common));
  for (guint c = 0; c < G_N_ELEMENTS (special); c++)
    {
      gboolean present = FALSE;

      for (guint i = 0; i < spec->n && !present; i++)
        present = spec->classes[i] == special[c] && isfinite (spec->values[i]);
      if (!present)
        continue;
      _vs_chart_add_element (s, NULL, "$vs_points using 1:($3==%d?$2:NaN) with points "
                             "pointtype %d pointsize %s linecolor %s",
                             (int) special[c], vs_chart_spc_point_type (special[c]),
                             _vs_chart_ps (s, 2.3),
                             _vs_chart_rgb (s, palette->background));
      _vs_chart_add_element (s, class_key_title (special[c]),
                             "$vs_points using 1:($3==%d?$2:NaN) with points pointtype %d "
                             "pointsize %s linecolor %s",
                             (int) special[c], vs_chart_spc_point_type (special[c]),
                             _vs_chart_ps (s, 1.6),
                             _vs_chart_rgb (s, vs_chart_spc_color (palette, special[c])));
    }
}
