/* test-small-numbers.c: which figures are hidden or marked for small numbers, decided once
 * for the window's tables, its charts and the committee pack
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "../pack/pack-test-util.h"
#include "vs-dashboard.h"
#include "vs-pack-private.h"
#include "vs-small-numbers.h"
#include "vs-store-peers.h"

static VsStore *demo;
static char *demo_dir;

/* A count of 3, 12 and 5 children, then a percentage of 2 / 4 and 45 / 50. */
static void
test_judge_and_format (void)
{
  g_autoptr(VsIndicator) count = vs_indicator_new ();
  g_autoptr(VsIndicator) share = vs_indicator_new ();
  g_autoptr(VsSeries) counts = vs_series_new (vs_period_new (2017, 9), 3);
  g_autoptr(VsSeries) shares = vs_series_new (vs_period_new (2017, 9), 3);
  g_autoptr(VsSeries) hidden = NULL;
  g_autofree char *note = NULL;
  const double values[3] = { 3, 12, 5 };

  count->unit = VS_UNIT_COUNT;
  share->unit = VS_UNIT_PERCENTAGE;
  for (guint k = 0; k < 3; k++)
    {
      counts->values[k] = values[k];
      counts->states[k] = VS_OBS_ACTUAL;
    }
  shares->values[0] = 50;
  shares->numerators[0] = 2;
  shares->denominators[0] = 4;
  shares->states[0] = VS_OBS_ACTUAL;
  shares->values[1] = 90;
  shares->numerators[1] = 45;
  shares->denominators[1] = 50;
  shares->states[1] = VS_OBS_ACTUAL;
  shares->states[2] = VS_OBS_SUPPRESSED;

  /* Off (the default): every figure as it is. */
  for (guint k = 0; k < 3; k++)
    {
      g_assert_cmpint (vs_small_numbers_judge (count, counts, k, 0), ==, VS_SMALL_NUMBERS_SHOWN);
      g_assert_cmpint (vs_small_numbers_judge (share, shares, k, 0), ==, VS_SMALL_NUMBERS_SHOWN);
    }
  g_assert_cmpstr ((note = vs_small_numbers_format (count, counts, 0, 0)), ==, "3");
  g_clear_pointer (&note, g_free);

  /* Below 5: 3 hidden, 5 and 12 shown; 50% of 4 marked, 90% of 50 shown. */
  g_assert_cmpint (vs_small_numbers_judge (count, counts, 0, 5), ==, VS_SMALL_NUMBERS_SUPPRESSED);
  g_assert_cmpint (vs_small_numbers_judge (count, counts, 1, 5), ==, VS_SMALL_NUMBERS_SHOWN);
  g_assert_cmpint (vs_small_numbers_judge (count, counts, 2, 5), ==, VS_SMALL_NUMBERS_SHOWN);
  g_assert_cmpint (vs_small_numbers_judge (share, shares, 0, 5), ==, VS_SMALL_NUMBERS_CAUTION);
  g_assert_cmpint (vs_small_numbers_judge (share, shares, 1, 5), ==, VS_SMALL_NUMBERS_SHOWN);
  g_assert_cmpint (vs_small_numbers_judge (share, shares, 2, 5), ==, VS_SMALL_NUMBERS_SHOWN);

  g_assert_cmpstr ((note = vs_small_numbers_format (count, counts, 0, 5)), ==, "c");
  g_clear_pointer (&note, g_free);
  g_assert_cmpstr ((note = vs_small_numbers_format (count, counts, 2, 5)), ==, "5");
  g_clear_pointer (&note, g_free);
  g_assert_cmpstr ((note = vs_small_numbers_format (share, shares, 0, 5)), ==, "50.0%†");
  g_clear_pointer (&note, g_free);
  g_assert_cmpstr ((note = vs_small_numbers_format (share, shares, 2, 5)), ==, "c");
  g_clear_pointer (&note, g_free);

  g_assert_cmpstr ((note = vs_small_numbers_describe (count, counts, 0, 5)), ==,
                   "suppressed: a count below 5");
  g_clear_pointer (&note, g_free);
  g_assert_cmpstr ((note = vs_small_numbers_describe (share, shares, 0, 5)), ==,
                   "small numbers (a denominator below 5): interpret with caution");
  g_clear_pointer (&note, g_free);
  g_assert_null (vs_small_numbers_describe (count, counts, 1, 5));

  /* A chart's copy: the hidden count is a gap, never its value. */
  hidden = vs_small_numbers_hide (count, counts, 5);
  g_assert_cmpint (hidden->states[0], ==, VS_OBS_SUPPRESSED);
  g_assert_true (isnan (hidden->values[0]));
  g_assert_cmpfloat (hidden->values[1], ==, 12);
  g_assert_cmpfloat (counts->values[0], ==, 3);
}

/* The setting as the pack dialog saves it, in a transaction of its own. */
static void
set_threshold (const char *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (vs_store_begin (demo, &error));
  g_assert_true (vs_store_set_setting (demo, VS_SMALL_NUMBERS_SETTING, value, &error));
  g_assert_true (vs_store_commit (demo, &error));
  g_assert_no_error (error);
}

/* The demo's dashboard for the county at November 2017. */
static VsDashboard *
load_county (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsLocality) county = vs_store_find_locality (demo, NULL, &error);
  VsDashboard *dashboard = vs_dashboard_new (demo);

  g_assert_no_error (error);
  g_assert_true (vs_dashboard_load (dashboard, vs_period_new (2017, 11), county->id, &error));
  g_assert_no_error (error);
  return dashboard;
}

/* @ref's row, found as the window finds it (vs_dashboard_find_row); the model keeps it. */
static VsIndicatorItem *
find_row (VsDashboard *dashboard,
          const char  *ref)
{
  g_autoptr(VsIndicator) indicator = vs_store_get_indicator_by_ref (demo, ref, NULL);

  g_assert_nonnull (indicator);
  return vs_dashboard_find_row (dashboard, indicator->id);
}

/* The window's table and the committee pack show every month of every indicator alike,
 * with the database's threshold: the pack's cell text is the row's. */
static void
test_window_and_pack_agree (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDashboard) dashboard = NULL;
  g_autoptr(VsPackDocument) doc = NULL;
  VsPackOptions options;
  VsIndicatorItem *row;
  guint below = 99, compared = 0, hidden = 0;

  /* Unset: off. */
  g_assert_true (vs_small_numbers_threshold (demo, &below, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (below, ==, 0);

  set_threshold ("10");
  g_assert_true (vs_small_numbers_threshold (demo, &below, &error));
  g_assert_cmpuint (below, ==, 10);
  dashboard = load_county ();

  /* 6.10n, a count of children: 12 in April 2017 shown, 8 in May below 10 and hidden,
   * its figure nowhere in the tooltip. */
  row = find_row (dashboard, "6.10n");
  g_assert_nonnull (row);
  g_assert_cmpuint (vs_indicator_item_get_small_below (row), ==, 10);
  {
    g_autofree char *april = vs_indicator_item_format_month (row, 5);
    g_autofree char *may = vs_indicator_item_format_month (row, 6);
    g_autofree char *note = vs_indicator_item_dup_month_note (row, 6);
    g_autofree char *tip = vs_indicator_item_describe_month (row, 6);

    g_assert_cmpstr (april, ==, "12");
    g_assert_cmpstr (may, ==, "c");
    g_assert_cmpstr (note, ==, "suppressed: a count below 10");
    g_assert_true (g_str_has_prefix (tip, "May 2017: c (suppressed: a count below 10)"));
    g_assert_null (strchr (tip, '8'));
    g_assert_true (isnan (vs_indicator_item_get_month_value (row, 6)));
  }

  vs_pack_options_init (&options);
  options.period = vs_period_new (2017, 11);
  options.suppress_below = below;
  doc = vs_pack_build (demo, &options, NULL, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < doc->slides->len; i++)
    {
      const VsPackSlide *slide = g_ptr_array_index (doc->slides, i);

      for (guint j = 0; j < slide->blocks->len; j++)
        {
          const VsPackBlock *block = g_ptr_array_index (slide->blocks, j);

          for (guint r = 0; block->kind == VS_PACK_BLOCK_RAG_TABLE && r < block->table->rows->len; r++)
            {
              const VsPackRow *pack_row = g_ptr_array_index (block->table->rows, r);
              gboolean annual = pack_row->indicator->periodicity == VS_PERIODICITY_ANNUAL;
              guint n;

              row = vs_dashboard_find_row (dashboard, pack_row->indicator->id);
              g_assert_nonnull (row);
              /* The dashboard's months (an annual indicator's years) follow Ref, Vital
               * sign and Good is. */
              n = annual ? vs_indicator_item_get_n_columns (row) : VS_PACK_MONTHS;
              g_assert_cmpuint (block->table->n_columns, ==, 3 + n + 4);
              for (guint m = 0; m < n; m++)
                {
                  g_autofree char *shown = annual ? vs_indicator_item_format_column (row, m)
                                                  : vs_indicator_item_format_month (row, m);

                  g_assert_cmpstr (pack_row->cells[3 + m].text, ==, shown);
                  hidden += strcmp (shown, "c") == 0;
                  compared++;
                }
            }
        }
    }
  g_assert_cmpuint (compared, >, 1000);
  g_assert_cmpuint (hidden, >, 10);

  set_threshold (NULL);
}

/* The county's trend chart of @ref as the window draws it, judged afresh. */
static VsChartSpec *
county_trend (const char *ref)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDashboard) dashboard = load_county ();
  VsIndicatorItem *row = find_row (dashboard, ref);
  VsChartSpec *spec;

  spec = vs_judge_chart_spec (demo, vs_indicator_item_get_assessment (row),
                              vs_indicator_item_get_locality (row), VS_CHART_TREND, 0, &error);
  g_assert_no_error (error);
  return spec;
}

/* The window's trend chart draws what the table shows: a hidden count is a gap. */
static void
test_chart_hides (void)
{
  g_autoptr(VsChartSpec) spec = NULL;

  set_threshold ("10");
  spec = county_trend ("6.10n");
  g_assert_cmpuint (spec->n, ==, VS_TABLE_MONTHS);
  g_assert_cmpfloat (spec->values[5], ==, 12);
  g_assert_true (isnan (spec->values[6]));
  set_threshold (NULL);
}

/* A rate of a small denominator is drawn, and both its point and the chart's footnote
 * are marked as the table's cell is: 6.4's rates of fewer than 100 conferences (Nov 16 ..
 * Feb 17 and Apr .. Jun 17) get a "†" for the chart script to draw beside them, not
 * March's of 110 or July's of 108; 6.10n's hidden counts below 10 (May 17: 8) a "c" at
 * their gaps, which the footnote names. */
static void
test_chart_marks_caution (void)
{
  g_autoptr(VsChartSpec) marked = NULL;
  g_autoptr(VsChartSpec) counts = NULL;
  g_autoptr(VsChartSpec) plain = NULL;

  set_threshold ("100");
  marked = county_trend ("6.4");
  set_threshold ("10");
  counts = county_trend ("6.10n");
  set_threshold (NULL);
  plain = county_trend ("6.4");

  g_assert_cmpuint (marked->n, ==, VS_TABLE_MONTHS);
  for (guint i = 0; i < marked->n; i++)
    {
      gboolean caution = i <= 3 || (i >= 5 && i <= 7);

      g_assert_cmpstr (marked->marks[i], ==, caution ? VS_SMALL_NUMBERS_MARK : NULL);
      g_assert_null (plain->marks[i]);
    }
  g_assert_nonnull (strstr (marked->footnote, "† Small numbers (a denominator below 100), "
                                              "interpret with caution: Nov 16, Dec 16, Jan 17, "
                                              "Feb 17, Apr 17, May 17, Jun 17."));
  g_assert_null (strstr (plain->footnote, "Small numbers"));
  g_assert_null (counts->marks[5]);
  g_assert_cmpstr (counts->marks[6], ==, VS_SMALL_NUMBERS_HIDDEN);
  g_assert_nonnull (strstr (counts->footnote, "c Suppressed (small numbers): May 17"));
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  demo = pack_test_demo_store (&demo_dir);

  g_test_add_func ("/judge/small-numbers/judge-and-format", test_judge_and_format);
  g_test_add_func ("/judge/small-numbers/window-and-pack-agree", test_window_and_pack_agree);
  g_test_add_func ("/judge/small-numbers/chart-hides", test_chart_hides);
  g_test_add_func ("/judge/small-numbers/chart-marks-caution", test_chart_marks_caution);
  status = g_test_run ();

  g_object_unref (demo);
  cli_test_remove_dir (demo_dir);
  g_free (demo_dir);
  return status;
}
