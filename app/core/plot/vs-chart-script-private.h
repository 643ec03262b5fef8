/* vs-chart-script-private.h: what the per-kind script builders share
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "vs-chart-spec.h"
#include "vs-chart-style.h"

G_BEGIN_DECLS

/* Layout in logical pixels at scale 1. Fonts are in the same unit: SVG sizes are pixels,
 * and the PDF page is sized so that one pixel is one point. */
#define VS_CHART_FONT_SIZE     10
#define VS_CHART_TITLE_SIZE    14
#define VS_CHART_FOOTNOTE_SIZE 8
#define VS_CHART_LINE_HEIGHT   16.0
#define VS_CHART_PAD           12.0
/* A generous average glyph width, as a fraction of the font size, for fitting text. */
#define VS_CHART_GLYPH_WIDTH   0.62

/* A script is built in three parts so that the layout, which needs to know how many
 * legend entries there are, can be written before the settings that follow it:
 * settings (axes, labels, shaded bands), data (datablocks) and the one plot command. */
typedef struct {
  const VsChartSpec    *spec;
  const VsChartPalette *palette;
  GString              *settings;
  GString              *data;
  GString              *plot;
  GPtrArray            *key_entries;   /* cleaned legend texts, to size the legend */
  GPtrArray            *scratch;       /* strings returned by _vs_chart_num */
  guint                 n_elements;
  guint                 next_label;    /* tags 1-9 belong to the layout */
  guint                 next_object;
  gboolean              rotated_labels;
  char                 *subtitle;      /* replaces spec->subtitle when set (SPC) */
  double                point_scale;
  double                ylo;
  double                yhi;
} VsChartScript;

/* A number in the C locale (gnuplot's, whatever the desktop's), owned by @s. */
const char *_vs_chart_num          (VsChartScript *s,
                                    double         value);
/* A marker size, evened out between terminals: SVG draws markers larger than cairo. */
const char *_vs_chart_ps           (VsChartScript *s,
                                    double         size);
/* @color mixed half-way with the background, as "#rrggbb": bar fills. */
const char *_vs_chart_tint         (VsChartScript *s,
                                    const char    *color);
/* A colour from the palette as a gnuplot colour spec: rgb '#rrggbb'. */
const char *_vs_chart_rgb          (VsChartScript *s,
                                    const char    *color);

/* The legend's name for a rating's markers; NULL for a rating with no key. Pending months
 * have a key only where the chart marks them (the trend). */
const char *_vs_chart_rag_key_title (VsRag          rag,
                                     gboolean       with_pending);
/* Appends one element to the plot command: @format is our own gnuplot (never user text),
 * then `title '<key_title>' noenhanced`, or `notitle` when @key_title is NULL. */
void        _vs_chart_add_element  (VsChartScript *s,
                                    const char    *key_title,
                                    const char    *format,
                                    ...) G_GNUC_PRINTF (3, 4);
/* `set label N '<text>' <placement> noenhanced`; @format gives the placement and style. */
void        _vs_chart_add_label    (VsChartScript *s,
                                    const char    *text,
                                    const char    *format,
                                    ...) G_GNUC_PRINTF (3, 4);

/* Widens [*lo, *hi] to take in @value when it is finite. */
void        _vs_chart_range_take   (double        *lo,
                                    double        *hi,
                                    double         value);
/* Chooses a readable y range around the data: padded, on round ticks, from zero when
 * @from_zero, within 0-100 for percentages the data does not take beyond; writes yrange,
 * ytics and the unit's tick format, and stores the range in s->ylo / s->yhi. */
void        _vs_chart_set_y_axis   (VsChartScript *s,
                                    double         lo,
                                    double         hi,
                                    gboolean       from_zero);
/* x tics from spec->labels at 0 .. n-1, thinned out so that they do not collide;
 * rotated when @rotate. */
void        _vs_chart_narrow_x_labels (VsChartScript *s,
                                       double         plot_width);
void        _vs_chart_set_x_labels (VsChartScript *s,
                                    gboolean       rotate);
/* The datablock of the values with one extra column per benchmark line:
 * x value rag [bench...]; used by trend and sparkline. */
void        _vs_chart_values_block (VsChartScript *s,
                                    const char    *name);
/* A shaded band behind the plot, clipped to the y range. */
void        _vs_chart_add_band     (VsChartScript *s,
                                    const VsChartBand *band);
/* The target as a dashed line across the plot, with its legend entry. */
void        _vs_chart_add_target   (VsChartScript *s,
                                    const char    *color);

/* Encoding, terminal and the shared look, at the head of the script. */
void        _vs_chart_append_terminal (VsChartScript *s,
                                       GString       *out);
/* Title, subtitle, legend and footnote in pixels, and the margins that leave them room;
 * call after the kind's builder, which decides the legend entries. */
void        _vs_chart_append_layout   (VsChartScript *s,
                                       GString       *out);

/* Each bar's figure above it, @offset lines up; @none at the foot of a bar with none. */
void        _vs_chart_add_bar_values (VsChartScript *s,
                                      double         offset,
                                      const char    *none);
/* Whether the x labels (spec->labels, names) are too long to sit side by side. */
gboolean    _vs_chart_labels_need_rotating (const VsChartSpec *spec);

/* The per-kind builders fill settings, data and plot. */
void        _vs_chart_build_trend      (VsChartScript *s);
void        _vs_chart_build_sparkline  (VsChartScript *s);
void        _vs_chart_build_spc        (VsChartScript *s);
void        _vs_chart_build_localities (VsChartScript *s);
void        _vs_chart_build_comparators (VsChartScript *s);
void        _vs_chart_build_neighbours (VsChartScript *s);

G_END_DECLS
