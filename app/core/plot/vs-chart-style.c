/* vs-chart-style.c: colours, marker shapes and fonts that match libadwaita
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vs-chart-style.h"

/* Light: the darker shade of each GNOME palette colour, for contrast on white. Dark: the
 * lighter shade, for contrast on #1e1e1e. Benchmarks are blue, purple, brown, ... so that
 * they never look like a rating. */
static const VsChartPalette light_palette = {
  .background = "#ffffff",
  .foreground = "#2e3436",
  .muted = "#77767b",
  .grid = "#deddda",
  .line = "#5e5c64",
  .green = "#26a269",
  .amber = "#e5a50a",
  .red = "#c01c28",
  .pending = "#77767b",
  .target = "#2e3436",
  .improvement = "#2c7fb8",
  .concern = "#e66100",
  .neutral = "#813d9c",
  .common = "#9a9996",
  .benchmarks = { "#1c71d8", "#813d9c", "#865e3c", "#63452c", "#1a5fb4", "#613583" },
};

static const VsChartPalette dark_palette = {
  .background = "#1e1e1e",
  .foreground = "#ffffff",
  .muted = "#c0bfbc",
  .grid = "#3d3846",
  .line = "#deddda",
  .green = "#2ec27e",
  .amber = "#f5c211",
  .red = "#f66151",
  .pending = "#c0bfbc",
  .target = "#ffffff",
  .improvement = "#62a0ea",
  .concern = "#ffa348",
  .neutral = "#c061cb",
  .common = "#9a9996",
  .benchmarks = { "#99c1f1", "#dc8add", "#cdab8f", "#b5835a", "#62a0ea", "#c061cb" },
};

const VsChartPalette *
vs_chart_palette (gboolean dark)
{
  return dark ? &dark_palette : &light_palette;
}

const char *
vs_chart_rag_color (const VsChartPalette *palette,
                    VsRag                 rag)
{
  switch (rag)
    {
    case VS_RAG_GREEN:
      return palette->green;
    case VS_RAG_AMBER:
      return palette->amber;
    case VS_RAG_RED:
      return palette->red;
    case VS_RAG_PENDING:
      return palette->pending;
    case VS_RAG_NONE:
    case VS_RAG_NOT_EXPECTED:
    case VS_RAG_SUPPRESSED:
      return palette->line;
    }
  g_return_val_if_reached (palette->line);
}

int
vs_chart_rag_point_type (VsRag rag)
{
  switch (rag)
    {
    case VS_RAG_GREEN:
      return 7;    /* filled circle */
    case VS_RAG_AMBER:
      return 9;    /* filled triangle */
    case VS_RAG_RED:
      return 13;   /* filled diamond */
    case VS_RAG_PENDING:
      return 6;    /* hollow circle */
    case VS_RAG_NONE:
    case VS_RAG_NOT_EXPECTED:
    case VS_RAG_SUPPRESSED:
      return 7;
    }
  g_return_val_if_reached (7);
}

double
vs_chart_rag_point_size (VsRag rag)
{
  switch (rag)
    {
    case VS_RAG_GREEN:
      return 1.5;
    case VS_RAG_AMBER:
      return 1.7;  /* a triangle looks smaller than a circle of the same size */
    case VS_RAG_RED:
      return 1.9;
    case VS_RAG_PENDING:
      return 1.4;
    case VS_RAG_NONE:
    case VS_RAG_NOT_EXPECTED:
    case VS_RAG_SUPPRESSED:
      return 0.9;
    }
  g_return_val_if_reached (0.9);
}

const char *
vs_chart_spc_color (const VsChartPalette *palette,
                    VsChartSpcClass       klass)
{
  switch (klass)
    {
    case VS_CHART_SPC_IMPROVEMENT:
      return palette->improvement;
    case VS_CHART_SPC_CONCERN:
      return palette->concern;
    case VS_CHART_SPC_NEUTRAL:
      return palette->neutral;
    case VS_CHART_SPC_COMMON:
      return palette->common;
    }
  g_return_val_if_reached (palette->common);
}

int
vs_chart_spc_point_type (VsChartSpcClass klass)
{
  switch (klass)
    {
    case VS_CHART_SPC_IMPROVEMENT:
      return 9;    /* filled triangle */
    case VS_CHART_SPC_CONCERN:
      return 13;   /* filled diamond */
    case VS_CHART_SPC_NEUTRAL:
      return 5;    /* filled square */
    case VS_CHART_SPC_COMMON:
      return 7;    /* filled circle */
    }
  g_return_val_if_reached (7);
}
