/* plot-test-util.h: the committee papers' figures as charts, and checks of the files gnuplot writes
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vs-chart-data.h"
#include "vs-chart-spec.h"
#include "vs-plotter.h"

G_BEGIN_DECLS

/* Norfolk vital signs, committee paper of 16 January 2018: "Child Protection (CP) - %
 * children seen", Bigger is better, Nov 16 .. Nov 17, target 100%, and the demo
 * catalogue's tolerances (red 80, green 90). */
#define PLOT_TEST_CP_TITLE "Child Protection (CP) - % children seen"
extern const double plot_test_cp_values[13];

VsIndicator *plot_test_cp_indicator (void);
/* The thirteen months; the months listed in @missing (terminated by -1) left out. */
VsSeries    *plot_test_cp_series    (const int *missing);
#define PLOT_TEST_D3_TITLE "Child protection plans: second or subsequent plan"

/* A spec of @kind for the CP figures, rated by the rules, with the Eastern region
 * benchmark (77.5%) on the trend and the paper's localities on the bar chart; for the
 * comparators and neighbours kinds, the published figures of a DfE file instead
 * (PLOT_TEST_D3_TITLE, see plot-test-util.c). */
VsChartSpec *plot_test_cp_spec      (VsChartKind   kind,
                                     VsChartFormat format);

typedef struct {
  double     width;
  double     height;
  GPtrArray *texts;      /* the text of every <text> element */
  GHashTable *plots;     /* gnuplot_plot_N title -> GString of its paths' d data */
  GHashTable *markers;   /* gnuplot_plot_N title -> number of <use> (point) elements */
} PlotTestSvg;

/* Parses with GMarkup: fails on anything that is not well-formed XML. */
gboolean     plot_test_parse_svg    (GBytes        *bytes,
                                     PlotTestSvg   *out,
                                     GError       **error);
void         plot_test_svg_clear    (PlotTestSvg   *svg);
gboolean     plot_test_svg_has_text (PlotTestSvg   *svg,
                                     const char    *text);
gboolean     plot_test_svg_has_text_containing (PlotTestSvg *svg,
                                                const char  *part);
/* M and L commands in the paths of the plot element titled @title; -1 when none. */
int          plot_test_svg_count_commands (PlotTestSvg *svg,
                                           const char  *title,
                                           char         command);

/* Point markers drawn by the plot element titled @title, its legend sample included;
 * -1 when there is no such element. */
int          plot_test_svg_count_markers  (PlotTestSvg *svg,
                                           const char  *title);

void         plot_test_assert_png   (GBytes        *bytes,
                                     guint          width,
                                     guint          height);
void         plot_test_assert_pdf   (GBytes        *bytes,
                                     double         width_pt,
                                     double         height_pt);

/* A fresh directory under the test's temporary dir; removed with its files by
 * plot_test_remove_dir. */
char        *plot_test_make_dir     (void);
guint        plot_test_count_files  (const char    *dir);
void         plot_test_remove_dir   (const char    *dir);

G_END_DECLS
