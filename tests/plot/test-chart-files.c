/* test-chart-files.c: every chart kind drawn by the real gnuplot, and the files checked
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "vs-spc.h"
#include "plot-test-util.h"
#include "vs-chart-script.h"

static VsPlotter *plotter;

static GBytes *
render_ok (const VsChartSpec *spec)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = vs_plotter_render (plotter, spec, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

static void
parse_ok (GBytes      *bytes,
          PlotTestSvg *svg)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (plot_test_parse_svg (bytes, svg, &error));
  g_assert_no_error (error);
}

static void
test_trend_svg (void)
{
  g_autoptr(VsChartSpec) spec = plot_test_cp_spec (VS_CHART_TREND, VS_CHART_FORMAT_SVG);
  g_autoptr(GBytes) bytes = NULL;
  PlotTestSvg svg;

  spec->width = 800;
  spec->height = 450;
  bytes = render_ok (spec);
  parse_ok (bytes, &svg);

  g_assert_cmpfloat (svg.width, ==, 800);
  g_assert_cmpfloat (svg.height, ==, 450);
  g_assert_true (plot_test_svg_has_text (&svg, PLOT_TEST_CP_TITLE));
  g_assert_true (plot_test_svg_has_text (&svg, "Child Protection  ·  Norfolk"));
  g_assert_true (plot_test_svg_has_text (&svg, "Nov 16"));
  g_assert_true (plot_test_svg_has_text (&svg, "Nov 17"));
  g_assert_true (plot_test_svg_has_text (&svg, "58.1%"));     /* the latest value */
  g_assert_true (plot_test_svg_has_text (&svg, "Target 100%"));
  g_assert_true (plot_test_svg_has_text (&svg, "Eastern region 77.5%"));
  /* The region's July 2017 figure spans the chart: legend sample and thirteen months. */
  g_assert_cmpint (plot_test_svg_count_commands (&svg, "Eastern region 77.5%", 'M')
                   + plot_test_svg_count_commands (&svg, "Eastern region 77.5%", 'L'), ==, 2 + 13);
  g_assert_true (plot_test_svg_has_text (&svg, "100%"));      /* percent ticks ... */
  g_assert_false (plot_test_svg_has_text (&svg, "110%"));     /* ... never beyond 100 */

  /* The rules rate the paper's months against red 80 / green 90: four green (90.7, 93.3,
   * 90.5, 90.0), three amber (87.5, 89.1, 84.5), six red; one marker each plus the
   * legend's sample. */
  g_assert_cmpint (plot_test_svg_count_markers (&svg, "Green"), ==, 4 + 1);
  g_assert_cmpint (plot_test_svg_count_markers (&svg, "Amber"), ==, 3 + 1);
  g_assert_cmpint (plot_test_svg_count_markers (&svg, "Red"), ==, 6 + 1);
  g_assert_cmpint (plot_test_svg_count_markers (&svg, "Pending"), ==, -1);
  /* One unbroken line: the legend sample and thirteen points. */
  g_assert_cmpint (plot_test_svg_count_commands (&svg, "Norfolk", 'M'), ==, 2);
  g_assert_cmpint (plot_test_svg_count_commands (&svg, "Norfolk", 'L'), ==, 1 + 12);
  plot_test_svg_clear (&svg);
}

static void
test_trend_gaps (void)
{
  static const int missing[] = { 3, 7, -1 };
  g_autoptr(VsIndicator) indicator = plot_test_cp_indicator ();
  g_autoptr(VsSeries) series = plot_test_cp_series (missing);
  g_autoptr(VsAssessment) judged = vs_assess_indicator (indicator, series, vs_series_last (series),
                                                        NULL, NULL);
  g_autoptr(VsChartSpec) spec = vs_chart_spec_new_trend (judged, series, NULL, "Norfolk");
  g_autoptr(GBytes) bytes = render_ok (spec);
  PlotTestSvg svg;

  parse_ok (bytes, &svg);
  /* Feb 17 and Jun 17 missing: the line breaks in three pieces (plus the legend
   * sample) with eleven points in all; a zero would have added points. */
  g_assert_cmpint (plot_test_svg_count_commands (&svg, "Norfolk", 'M'), ==, 1 + 3);
  g_assert_cmpint (plot_test_svg_count_commands (&svg, "Norfolk", 'M')
                   + plot_test_svg_count_commands (&svg, "Norfolk", 'L'), ==, 2 + 11);
  /* The two months due but missing show as hollow "pending" markers. */
  g_assert_cmpint (plot_test_svg_count_markers (&svg, "Pending"), ==, 2 + 1);
  plot_test_svg_clear (&svg);
}

static guint
count_texts (PlotTestSvg *svg,
             const char  *text)
{
  guint n = 0;

  for (guint i = 0; i < svg->texts->len; i++)
    {
      g_autofree char *have = g_strstrip (g_strdup (g_ptr_array_index (svg->texts, i)));

      n += g_strcmp0 (have, text) == 0;
    }
  return n;
}

/* The marks a table puts beside a figure are drawn beside its point: a "†" at each rate
 * of small numbers (Dec 16 and Apr 17, of 64 conferences each in the paper) and a "c"
 * where a count is hidden (Jun 17, a gap); nowhere else. */
static void
test_trend_marks (void)
{
  g_autoptr(VsChartSpec) spec = plot_test_cp_spec (VS_CHART_TREND, VS_CHART_FORMAT_SVG);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *script = NULL;
  PlotTestSvg svg;

  spec->marks[1] = g_strdup ("†");
  spec->marks[5] = g_strdup ("†");
  spec->marks[7] = g_strdup ("c");
  spec->values[7] = NAN;
  spec->rags[7] = VS_RAG_SUPPRESSED;
  script = vs_chart_script_build (spec, NULL);
  g_assert_nonnull (strstr (script, "set label 11 \"†\" at first 5, first 90.5 left"));
  bytes = render_ok (spec);
  parse_ok (bytes, &svg);
  g_assert_cmpuint (count_texts (&svg, "†"), ==, 2);
  g_assert_cmpuint (count_texts (&svg, "c"), ==, 1);
  plot_test_svg_clear (&svg);

  /* Unmarked, the chart has neither. */
  g_clear_pointer (&bytes, g_bytes_unref);
  for (guint i = 0; i < spec->n; i++)
    g_clear_pointer (&spec->marks[i], g_free);
  bytes = render_ok (spec);
  parse_ok (bytes, &svg);
  g_assert_cmpuint (count_texts (&svg, "†"), ==, 0);
  g_assert_cmpuint (count_texts (&svg, "c"), ==, 0);
  plot_test_svg_clear (&svg);
}

static void
test_trend_band (void)
{
  /* Surrey's assessment caseloads (compendium of February 2017): "Between 15-20" cases per worker. */
  static const double caseloads[] = { 26.9, 29.3 };
  g_autoptr(VsIndicator) indicator = vs_indicator_new ();
  g_autoptr(VsSeries) series = vs_series_new (vs_period_new (2016, 12), 2);
  g_autoptr(VsAssessment) judged = NULL;
  g_autoptr(VsChartSpec) spec = NULL;
  g_autoptr(GBytes) bytes = NULL;
  PlotTestSvg svg;

  indicator->ref = g_strdup ("SY07");
  indicator->title = g_strdup ("Caseloads - cases per FTE (assessment)");
  indicator->unit = VS_UNIT_AVERAGE;
  indicator->polarity = VS_POLARITY_LOWER_IS_BETTER;
  indicator->target_text = g_strdup ("Between 15-20");
  for (guint i = 0; i < 2; i++)
    {
      series->values[i] = caseloads[i];
      series->states[i] = VS_OBS_ACTUAL;
    }
  judged = vs_assess_indicator (indicator, series, vs_series_last (series), NULL, NULL);
  spec = vs_chart_spec_new_trend (judged, series, NULL, "County");
  /* The range shaded green with amber margins either side, and no target line. */
  g_assert_cmpuint (spec->bands->len, ==, 3);
  g_assert_true (isnan (spec->target));
  bytes = render_ok (spec);
  parse_ok (bytes, &svg);
  g_assert_true (plot_test_svg_has_text_containing (&svg, "Target 15"));
  g_assert_true (plot_test_svg_has_text (&svg, "29.3"));
  plot_test_svg_clear (&svg);
}

static void
test_trend_png (void)
{
  g_autoptr(VsChartSpec) spec = plot_test_cp_spec (VS_CHART_TREND, VS_CHART_FORMAT_PNG);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) hidpi = NULL;

  spec->width = 1200;
  spec->height = 675;
  bytes = render_ok (spec);
  plot_test_assert_png (bytes, 1200, 675);

  /* Scale 2: twice the pixels for a HiDPI screen. */
  spec->width = 600;
  spec->height = 338;
  spec->scale = 2;
  hidpi = render_ok (spec);
  plot_test_assert_png (hidpi, 1200, 676);
}

static void
test_trend_pdf (void)
{
  g_autoptr(VsChartSpec) spec = plot_test_cp_spec (VS_CHART_TREND, VS_CHART_FORMAT_PDF);
  g_autoptr(GBytes) bytes = NULL;

  spec->width = 800;
  spec->height = 450;
  bytes = render_ok (spec);
  /* One pixel of the spec is one point of the page. */
  plot_test_assert_pdf (bytes, 800, 450);
}

static void
test_spc (void)
{
  g_autoptr(VsChartSpec) spec = plot_test_cp_spec (VS_CHART_SPC, VS_CHART_FORMAT_SVG);
  g_autoptr(VsSeries) series = plot_test_cp_series (NULL);
  g_autoptr(VsSpcResult) spc = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *subtitle = NULL;
  VsSpcOptions options;
  guint improvement = 0, concern = 0, common = 0;
  PlotTestSvg svg;

  vs_spc_options_init (&options);
  options.polarity = VS_POLARITY_HIGHER_IS_BETTER;
  options.target = 100;
  spc = vs_spc_compute_series (series, &options, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < spc->n_points; i++)
    {
      improvement += spc->points[i].variation == VS_SPC_IMPROVEMENT;
      concern += spc->points[i].variation == VS_SPC_CONCERN;
      common += spc->points[i].variation == VS_SPC_COMMON_CAUSE;
    }
  /* Over all thirteen months: the first seven run above the mean (a shift: improvement),
   * Aug 17's 49.2% is below the lower limit (concern), the rest common cause; the
   * target of 100% is above the upper limit, so the process consistently fails it. */
  g_assert_cmpuint (improvement, ==, 7);
  g_assert_cmpuint (concern, ==, 1);
  g_assert_cmpuint (common, ==, 5);
  g_assert_cmpint (spc->variation, ==, VS_SPC_COMMON_CAUSE);
  g_assert_cmpint (spc->assurance, ==, VS_SPC_ASSURANCE_FAIL);

  bytes = render_ok (spec);
  parse_ok (bytes, &svg);
  g_assert_true (plot_test_svg_has_text (&svg, PLOT_TEST_CP_TITLE));
  /* The verdict is the latest point's, and the eight special-cause points are counted:
   * "Common cause variation" alone read as a verdict on them all. Too long for one line at
   * 800 pixels, the subtitle wraps, never cut. */
  subtitle = g_strdup_printf ("Latest point: %s", vs_spc_variation_label (spc->variation));
  g_assert_true (plot_test_svg_has_text_containing (&svg, "Child Protection  ·  Norfolk  ·  "));
  g_assert_true (plot_test_svg_has_text_containing (&svg, subtitle));
  g_assert_true (plot_test_svg_has_text_containing (&svg, "8 of 13 points special cause"));
  g_assert_true (plot_test_svg_has_text_containing (&svg,
                                                    vs_spc_assurance_label (spc->assurance)));
  g_assert_false (plot_test_svg_has_text_containing (&svg, "…"));
  g_assert_true (plot_test_svg_has_text (&svg, "Mean"));
  g_assert_true (plot_test_svg_has_text (&svg, "Process limits"));
  g_assert_cmpint (plot_test_svg_count_markers (&svg, "Improvement"), ==, 7 + 1);
  g_assert_cmpint (plot_test_svg_count_markers (&svg, "Concern"), ==, 1 + 1);
  g_assert_cmpint (plot_test_svg_count_markers (&svg, "Common cause"), ==, 5 + 1);
  g_assert_cmpint (plot_test_svg_count_markers (&svg, "Special cause"), ==, -1);
  g_assert_true (plot_test_svg_has_text (&svg, "Target 100%"));
  plot_test_svg_clear (&svg);

  spec->format = VS_CHART_FORMAT_PNG;
  png = render_ok (spec);
  plot_test_assert_png (png, 800, 450);
  spec->format = VS_CHART_FORMAT_PDF;
  pdf = render_ok (spec);
  plot_test_assert_pdf (pdf, 800, 450);
}

static void
test_spc_rebased (void)
{
  g_autoptr(VsIndicator) indicator = plot_test_cp_indicator ();
  g_autoptr(VsSeries) series = plot_test_cp_series (NULL);
  g_autoptr(VsSpcResult) spc = NULL;
  g_autoptr(VsChartSpec) spec = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  VsPeriod rebase = vs_period_new (2017, 6);   /* the timescale changed in summer 2017 */
  VsSpcOptions options;
  PlotTestSvg svg;

  vs_spc_options_init (&options);
  options.polarity = VS_POLARITY_HIGHER_IS_BETTER;
  options.rebase = &rebase;
  options.n_rebase = 1;
  spc = vs_spc_compute_series (series, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (spc->n_segments, ==, 2);

  spec = vs_chart_spec_new_spc (indicator, series, spc, "Norfolk");
  g_assert_true (spec->rebased[7]);
  bytes = render_ok (spec);
  parse_ok (bytes, &svg);
  g_assert_true (plot_test_svg_has_text (&svg, "Rebased"));
  /* Each segment has its own mean: two runs of line, plus the legend sample. */
  g_assert_cmpint (plot_test_svg_count_commands (&svg, "Mean", 'M'), ==, 1 + 2);
  /* The rules' warning about short segments goes in the footnote. */
  g_assert_nonnull (spc->warning);
  g_assert_true (plot_test_svg_has_text_containing (&svg, spc->warning));
  plot_test_svg_clear (&svg);
}

static void
test_localities (void)
{
  g_autoptr(VsChartSpec) spec = plot_test_cp_spec (VS_CHART_LOCALITIES, VS_CHART_FORMAT_SVG);
  g_autoptr(GBytes) bytes = render_ok (spec);
  g_autoptr(GBytes) png = NULL;
  static const char * const names[] = {
    "Breckland", "North", "Norwich", "South", "West", "Yarmouth", "Norfolk",
  };
  guint no_data = 0;
  PlotTestSvg svg;

  parse_ok (bytes, &svg);
  g_assert_true (plot_test_svg_has_text (&svg, PLOT_TEST_CP_TITLE));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_true (plot_test_svg_has_text (&svg, names[i]));
  g_assert_true (plot_test_svg_has_text (&svg, "31.8%"));
  g_assert_true (plot_test_svg_has_text (&svg, "84.0%"));
  g_assert_true (plot_test_svg_has_text (&svg, "Norfolk 58.1%"));   /* the county line */
  for (guint i = 0; i < svg.texts->len; i++)
    no_data += strcmp (g_ptr_array_index (svg.texts, i), "no data") == 0;
  g_assert_cmpuint (no_data, ==, 3);
  /* North and the county red, Breckland and South amber (84% against red 80, green 90). */
  g_assert_cmpint (plot_test_svg_count_markers (&svg, "Red"), ==, 2 + 1);
  g_assert_cmpint (plot_test_svg_count_markers (&svg, "Amber"), ==, 2 + 1);
  plot_test_svg_clear (&svg);

  spec->format = VS_CHART_FORMAT_PNG;
  png = render_ok (spec);
  plot_test_assert_png (png, 800, 450);
}

/* A report card's corner of a slide (390 x 150 points) with six legend entries: one
 * entry a row above the plot left it a sliver with its axis labels on top of each other
 * (the committee pack's VS01 card); the legend goes beside the plot instead. */
static void
test_small_chart_legend_beside (void)
{
  g_autoptr(VsChartSpec) spec = plot_test_cp_spec (VS_CHART_TREND, VS_CHART_FORMAT_SVG);
  g_autoptr(VsChartSpec) wide = plot_test_cp_spec (VS_CHART_TREND, VS_CHART_FORMAT_SVG);
  g_autoptr(GError) error = NULL;
  g_autofree char *script = NULL;
  g_autofree char *wide_script = NULL;
  g_autoptr(GBytes) bytes = NULL;
  PlotTestSvg svg;

  g_clear_pointer (&spec->title, g_free);
  g_clear_pointer (&spec->subtitle, g_free);
  g_clear_pointer (&spec->footnote, g_free);
  spec->width = 390;
  spec->height = 150;
  script = vs_chart_script_build (spec, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (script, "left top vertical"));
  /* At 800 x 450 the legend stays above the plot. */
  wide_script = vs_chart_script_build (wide, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (wide_script, "left top horizontal"));

  bytes = render_ok (spec);
  parse_ok (bytes, &svg);
  g_assert_true (plot_test_svg_has_text (&svg, "Eastern region 77.5%"));
  g_assert_true (plot_test_svg_has_text (&svg, "Nov 17"));
  plot_test_svg_clear (&svg);
}

/* An authority that reports one locality, itself: one bar of a bar's width, centred,
 * not a hatched block across the whole plot (as the window drew it); its long title
 * wrapped onto a second line. */
static void
test_localities_one (void)
{
  g_autoptr(VsChartSpec) spec = vs_chart_spec_new (VS_CHART_LOCALITIES, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *script = NULL;
  g_autoptr(GBytes) bytes = NULL;
  PlotTestSvg svg;

  /* The demo's 1.8, too long for one line at 800 pixels: wrapped, never cut. */
  spec->title = g_strdup ("Percentage of Referrals into Early Help Services who have had a "
                          "referral to EH in the previous 12 months");
  spec->unit = VS_UNIT_PERCENTAGE;
  spec->whole_index = 0;
  spec->labels[0] = g_strdup ("Norfolk");
  spec->values[0] = 58.1;
  spec->rags[0] = VS_RAG_RED;
  spec->format = VS_CHART_FORMAT_SVG;
  script = vs_chart_script_build (spec, &error);
  g_assert_no_error (error);
  /* Five bars' room: the one bar 0.62 of a fifth of the plot. */
  g_assert_nonnull (strstr (script, "set xrange [-2.5:2.5]"));
  bytes = render_ok (spec);
  parse_ok (bytes, &svg);
  g_assert_true (plot_test_svg_has_text (&svg, "Norfolk"));
  g_assert_true (plot_test_svg_has_text (&svg, "Norfolk 58.1%"));
  g_assert_true (plot_test_svg_has_text_containing (&svg, "Percentage of Referrals"));
  g_assert_true (plot_test_svg_has_text (&svg, "previous 12 months"));
  g_assert_false (plot_test_svg_has_text_containing (&svg, "…"));
  plot_test_svg_clear (&svg);
}

/* A published indicator by year: Norfolk joined up across the seven years, England and
 * the region too; the SN average, published for one year only, a lone marker. Each line
 * has its own markers, so it reads without colour. */
static void
test_comparators (void)
{
  g_autoptr(VsChartSpec) spec = plot_test_cp_spec (VS_CHART_COMPARATORS, VS_CHART_FORMAT_SVG);
  g_autoptr(GBytes) bytes = render_ok (spec);
  g_autoptr(GBytes) pdf = NULL;
  PlotTestSvg svg;

  parse_ok (bytes, &svg);
  g_assert_true (plot_test_svg_has_text (&svg, PLOT_TEST_D3_TITLE));
  g_assert_true (plot_test_svg_has_text (&svg, "2018-19"));
  g_assert_true (plot_test_svg_has_text (&svg, "2024-25"));
  g_assert_true (plot_test_svg_has_text (&svg, "18.8%"));    /* the latest year, labelled */
  /* One joined line (a move and six draws) and a marker per year, plus the legend's. */
  g_assert_cmpint (plot_test_svg_count_commands (&svg, "Norfolk", 'L'), >=, 6);
  g_assert_cmpint (plot_test_svg_count_markers (&svg, "Norfolk"), ==, 7 + 1);
  g_assert_cmpint (plot_test_svg_count_markers (&svg, "England"), ==, 7 + 1);
  g_assert_cmpint (plot_test_svg_count_markers (&svg, "East of England"), ==, 7 + 1);
  g_assert_cmpint (plot_test_svg_count_markers (&svg, "SN average"), ==, 1 + 1);
  plot_test_svg_clear (&svg);

  spec->format = VS_CHART_FORMAT_PDF;
  pdf = render_ok (spec);
  plot_test_assert_pdf (pdf, 800, 450);
}

/* One year's neighbour group, best first, Norfolk's bar picked out with its own legend
 * entry; a neighbour with no figure says so rather than drawing a zero. */
static void
test_neighbours (void)
{
  g_autoptr(VsChartSpec) spec = plot_test_cp_spec (VS_CHART_NEIGHBOURS, VS_CHART_FORMAT_SVG);
  g_autoptr(GBytes) bytes = render_ok (spec);
  g_autoptr(GBytes) png = NULL;
  PlotTestSvg svg;

  parse_ok (bytes, &svg);
  g_assert_true (plot_test_svg_has_text (&svg, "1. Norfolk"));
  g_assert_true (plot_test_svg_has_text (&svg, "10. Northumberland"));
  g_assert_true (plot_test_svg_has_text (&svg, "Kent"));
  g_assert_true (plot_test_svg_has_text (&svg, "no figure"));
  g_assert_true (plot_test_svg_has_text (&svg, "18.8%"));
  g_assert_true (plot_test_svg_has_text (&svg, "34.9%"));    /* Northumberland 162 / 464 */
  g_assert_true (plot_test_svg_has_text (&svg, "SN average"));
  g_assert_true (plot_test_svg_has_text (&svg, "England"));
  g_assert_cmpint (plot_test_svg_count_commands (&svg, "Norfolk", 'M'), >=, 1);
  plot_test_svg_clear (&svg);

  spec->format = VS_CHART_FORMAT_PNG;
  png = render_ok (spec);
  plot_test_assert_png (png, 800, 450);
}

static void
test_sparkline (void)
{
  g_autoptr(VsChartSpec) spec = plot_test_cp_spec (VS_CHART_SPARKLINE, VS_CHART_FORMAT_SVG);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) png = NULL;
  PlotTestSvg svg;

  g_assert_cmpuint (spec->width, ==, 120);
  g_assert_cmpuint (spec->height, ==, 32);
  bytes = render_ok (spec);
  parse_ok (bytes, &svg);
  g_assert_cmpfloat (svg.width, ==, 120);
  g_assert_cmpfloat (svg.height, ==, 32);
  /* No axes, no title, no legend: not a word of text. */
  for (guint i = 0; i < svg.texts->len; i++)
    g_assert_cmpstr (g_strstrip ((char *) g_ptr_array_index (svg.texts, i)), ==, "");
  plot_test_svg_clear (&svg);

  spec->format = VS_CHART_FORMAT_PNG;
  spec->scale = 2;
  png = render_ok (spec);
  plot_test_assert_png (png, 240, 64);
}

static void
test_dark (void)
{
  g_autoptr(VsChartSpec) spec = plot_test_cp_spec (VS_CHART_TREND, VS_CHART_FORMAT_SVG);
  g_autoptr(GBytes) light = NULL;
  g_autoptr(GBytes) dark = NULL;
  g_autofree char *light_text = NULL;
  g_autofree char *dark_text = NULL;

  light = render_ok (spec);
  spec->dark = TRUE;
  dark = render_ok (spec);
  light_text = g_strndup (g_bytes_get_data (light, NULL), g_bytes_get_size (light));
  dark_text = g_strndup (g_bytes_get_data (dark, NULL), g_bytes_get_size (dark));
  /* libadwaita's view backgrounds, and the title in its foreground colour. */
  g_assert_nonnull (strstr (light_text, "fill=\"#ffffff\""));
  g_assert_nonnull (strstr (dark_text, "fill=\"#1e1e1e\""));
  g_assert_null (strstr (dark_text, "fill=\"#ffffff\""));
  g_assert_nonnull (strstr (dark_text, "rgb(255, 255, 255)"));
}

static void
test_invalid_spec (void)
{
  g_autoptr(VsChartSpec) spec = plot_test_cp_spec (VS_CHART_TREND, VS_CHART_FORMAT_PNG);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  spec->width = 0;
  bytes = vs_plotter_render (plotter, spec, NULL, &error);
  g_assert_error (error, VS_PLOT_ERROR, VS_PLOT_ERROR_INVALID_SPEC);
  g_assert_null (bytes);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  plotter = vs_plotter_new (NULL);

  g_test_add_func ("/plot/files/trend-svg", test_trend_svg);
  g_test_add_func ("/plot/files/trend-gaps", test_trend_gaps);
  g_test_add_func ("/plot/files/trend-marks", test_trend_marks);
  g_test_add_func ("/plot/files/trend-band", test_trend_band);
  g_test_add_func ("/plot/files/trend-png", test_trend_png);
  g_test_add_func ("/plot/files/trend-pdf", test_trend_pdf);
  g_test_add_func ("/plot/files/spc", test_spc);
  g_test_add_func ("/plot/files/spc-rebased", test_spc_rebased);
  g_test_add_func ("/plot/files/localities", test_localities);
  g_test_add_func ("/plot/files/localities-one", test_localities_one);
  g_test_add_func ("/plot/files/small-chart-legend-beside", test_small_chart_legend_beside);
  g_test_add_func ("/plot/files/sparkline", test_sparkline);
  g_test_add_func ("/plot/files/comparators", test_comparators);
  g_test_add_func ("/plot/files/neighbours", test_neighbours);
  g_test_add_func ("/plot/files/dark", test_dark);
  g_test_add_func ("/plot/files/invalid-spec", test_invalid_spec);

  status = g_test_run ();
  g_object_unref (plotter);
  return status;
}
