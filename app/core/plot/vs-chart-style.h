/* vs-chart-style.h: colours, marker shapes and fonts that match libadwaita
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "vs-chart-spec.h"

G_BEGIN_DECLS

/* "#rrggbb" strings from the GNOME palette, as libadwaita uses them. */
typedef struct {
  const char *background;   /* the view background: charts sit in views and cards */
  const char *foreground;   /* titles, tick labels */
  const char *muted;        /* axes, footnote */
  const char *grid;
  const char *line;         /* the value line */
  const char *green;
  const char *amber;
  const char *red;
  const char *pending;      /* hollow markers for months still to come in */
  const char *target;
  const char *improvement;  /* SPC, Making Data Count: blue */
  const char *concern;      /* orange */
  const char *neutral;      /* purple */
  const char *common;       /* grey */
  const char *benchmarks[6];
} VsChartPalette;

const VsChartPalette *vs_chart_palette          (gboolean      dark);

/* The font gnuplot asks for: Cantarell, the GNOME font. Cairo (PNG, PDF) and librsvg
 * (SVG) both go through fontconfig, which substitutes the system sans when it is missing. */
#define VS_CHART_FONT "Cantarell"

/* Colour and shape together, so a rating reads without colour vision: green circle, amber
 * triangle, red diamond; pending a hollow circle. gnuplot point types. */
const char           *vs_chart_rag_color        (const VsChartPalette *palette,
                                                 VsRag                 rag);
int                   vs_chart_rag_point_type   (VsRag                 rag);
double                vs_chart_rag_point_size   (VsRag                 rag);

const char           *vs_chart_spc_color        (const VsChartPalette *palette,
                                                 VsChartSpcClass       klass);
int                   vs_chart_spc_point_type   (VsChartSpcClass       klass);

G_END_DECLS
