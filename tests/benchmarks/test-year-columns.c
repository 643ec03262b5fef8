/* test-year-columns.c: a published annual indicator judged in years, from the DfE's own file
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bench-test-util.h"
#include "vs-chart-script.h"
#include "vs-indicator-item.h"
#include "vs-judge.h"

/* The DfE's CIN census file d3 (2013 to 2025, trimmed to a few authorities, see
 * PROVENANCE.md), Norfolk at home: its "Reporting year" figures, dated March. */
#define D3_FULL "d3_cpps_subsequent_plan_2013_to_2025.csv"

static VsAssessment *
judge (ImportFixture *fx,
       const char    *ref,
       VsPeriod       period)
{
  g_autoptr(VsIndicator) indicator = find_indicator (fx, ref);
  g_autoptr(GPtrArray) localities = NULL;
  g_autoptr(GError) error = NULL;
  VsAssessment *assessment;

  localities = vs_store_list_localities (fx->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (localities->len, >, 0);
  assessment = vs_judge_indicator (fx->store, indicator, g_ptr_array_index (localities, 0), period, &error);
  g_assert_no_error (error);
  return assessment;
}

/* Five years, labelled as the DfE's financial years, each Norfolk's figure in the file
 * (CPP_subsequent_percent: 26.1 in 2021 .. 18.8 in 2025), travel from 2023-24 (22.4). */
static void
test_annual_columns (ImportFixture *fx,
                     gconstpointer  data)
{
  g_autoptr(VsImportSummary) summary = import_public (fx, D3_FULL, "926");
  VsAssessment *assessment = judge (fx, "d3.subsequent_plan_percent", vs_period_new (2025, 3));
  g_autoptr(VsIndicatorItem) item = NULL;
  g_autoptr(VsLocality) county = NULL;
  const char *labels[] = { "2020-21", "2021-22", "2022-23", "2023-24", "2024-25" };
  const double values[] = { 26.1, 24.6, 24.5, 22.4, 18.8 };
  VsPeriod periods[VS_TABLE_MONTHS];
  guint n;

  g_assert_cmpint (assessment->indicator->periodicity, ==, VS_PERIODICITY_ANNUAL);
  n = vs_judge_columns (assessment, periods);
  g_assert_cmpuint (n, >=, 5);
  g_assert_cmpuint (n, <=, VS_TABLE_YEARS);
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (labels));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = vs_judge_column_label (assessment->indicator, periods[i]);

      g_assert_cmpint (periods[i], ==, vs_period_new (2021 + (int) i, 3));
      g_assert_cmpstr (label, ==, labels[i]);
    }
  /* Travel from the year before, by the indicator's polarity (a smaller share of second
   * plans is better): 22.4 to 18.8 improved. */
  g_assert_cmpint (assessment->previous_period, ==, vs_period_new (2024, 3));
  g_assert_cmpfloat (assessment->previous, ==, 22.4);
  g_assert_cmpfloat (assessment->value, ==, 18.8);
  g_assert_cmpint (assessment->travel, ==, VS_TRAVEL_IMPROVING);

  /* The table's row reads the same years and figures. */
  county = g_new0 (VsLocality, 1);
  county->name = g_strdup ("Norfolk");
  county->is_whole_authority = TRUE;
  item = vs_indicator_item_new (assessment, county, 0);
  g_assert_cmpuint (vs_indicator_item_get_n_columns (item), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = vs_indicator_item_dup_column_label (item, i);
      g_autofree char *text = vs_indicator_item_format_column (item, i);

      g_assert_cmpstr (label, ==, labels[i]);
      g_assert_cmpfloat (vs_indicator_item_get_column_value (item, i), ==, values[i]);
      g_assert_cmpstr (text, !=, "");
    }
}

/* The trend of an annual indicator: a point a year, named as the table names them, every
 * one with its figure so that gnuplot's line joins them (a NaN row would break it), and
 * the comparators' lines on the same years. */
static void
test_annual_chart_joins (ImportFixture *fx,
                         gconstpointer  data)
{
  g_autoptr(VsImportSummary) summary = import_public (fx, D3_FULL, "926");
  g_autoptr(VsAssessment) assessment = judge (fx, "d3.subsequent_plan_percent", vs_period_new (2025, 3));
  g_autoptr(GPtrArray) localities = vs_store_list_localities (fx->store, NULL);
  g_autoptr(VsChartSpec) spec = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *script = NULL;
  g_auto(GStrv) lines = NULL;
  const double values[] = { 26.1, 24.6, 24.5, 22.4, 18.8 };
  guint rows = 0;
  gboolean in_block = FALSE;

  spec = vs_judge_chart_spec (fx->store, assessment, g_ptr_array_index (localities, 0), VS_CHART_TREND, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (spec->n, ==, 5);
  g_assert_cmpstr (spec->labels[0], ==, "2020-21");
  g_assert_cmpstr (spec->labels[4], ==, "2024-25");
  for (guint i = 0; i < spec->n; i++)
    g_assert_cmpfloat (spec->values[i], ==, values[i]);
  /* England's line on the same five years, each year's published figure. */
  g_assert_cmpuint (spec->benchmarks->len, >, 0);
  for (guint b = 0; b < spec->benchmarks->len; b++)
    {
      const VsChartLine *line = g_ptr_array_index (spec->benchmarks, b);

      for (guint i = 0; i < spec->n; i++)
        g_assert_false (isnan (line->values[i]));
      /* The legend names the comparator and its figure ("SN average 26.2%"); the working
       * ("mean of 10 of 10 neighbours, 2025 model, from ...") ran off the chart. */
      g_assert_null (strstr (line->label, ": "));
      g_assert_cmpuint (g_utf8_strlen (line->label, -1), <, 40);
    }
  g_assert_nonnull (strstr (spec->footnote, "Figures for 2020-21 to 2024-25."));

  script = vs_chart_script_build (spec, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (script, "$vs_values using 1:2 with lines"));
  lines = g_strsplit (script, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "$vs_values <<"))
        {
          in_block = TRUE;
          continue;
        }
      if (!in_block)
        continue;
      if (g_str_equal (lines[i], "EOD") || g_str_has_prefix (lines[i], "EOD"))
        break;
      /* "0 26.1 0 ..." */
      g_assert_null (strstr (lines[i], "NaN"));
      rows++;
    }
  g_assert_true (in_block);
  g_assert_cmpuint (rows, ==, 5);
}

/* The other forms a source writes its years in, and quarters and terms. */
static void
test_labels (void)
{
  g_autoptr(VsIndicator) indicator = vs_indicator_new ();

  indicator->periodicity = VS_PERIODICITY_ANNUAL;
#define LABEL_IS(period, text) \
  G_STMT_START { g_autofree char *l = vs_judge_column_label (indicator, period); g_assert_cmpstr (l, ==, text); } G_STMT_END
  LABEL_IS (vs_period_new (2025, 3), "2024-25");    /* financial, or the DfE's reporting year */
  LABEL_IS (vs_period_new (2025, 7), "2024/25");    /* academic (vs_period_parse_dfe: July) */
  LABEL_IS (vs_period_new (2024, 12), "2024");      /* calendar */
  LABEL_IS (vs_period_new (2000, 3), "1999-00");
  indicator->periodicity = VS_PERIODICITY_QUARTERLY;
  LABEL_IS (vs_period_new (2017, 6), "Q1 2017-18");
  LABEL_IS (vs_period_new (2017, 12), "Q3 2017-18");
  LABEL_IS (vs_period_new (2018, 3), "Q4 2017-18");
  indicator->periodicity = VS_PERIODICITY_TERMLY;
  LABEL_IS (vs_period_new (2017, 12), "Autumn 2017");
  LABEL_IS (vs_period_new (2018, 4), "Spring 2018");
  indicator->periodicity = VS_PERIODICITY_MONTHLY;
  LABEL_IS (vs_period_new (2017, 11), "Nov 17");
#undef LABEL_IS
}

/* A monthly indicator keeps its thirteen months. */
static void
test_monthly_columns (ImportFixture *fx,
                      gconstpointer  data)
{
  g_autoptr(VsIndicator) indicator = vs_indicator_new ();
  g_autoptr(VsSeries) series = vs_series_new (vs_period_new (2016, 11) - VS_JUDGE_HISTORY_MONTHS, VS_JUDGE_MONTHS);
  g_autoptr(VsAssessment) assessment = NULL;
  VsPeriod periods[VS_TABLE_MONTHS];

  indicator->ref = g_strdup ("M1");
  indicator->title = g_strdup ("Monthly");
  assessment = vs_assess_indicator (indicator, series, vs_series_last (series), NULL, NULL);
  g_assert_cmpuint (vs_judge_columns (assessment, periods), ==, VS_TABLE_MONTHS);
  g_assert_cmpint (periods[0], ==, vs_period_new (2016, 11));
  g_assert_cmpint (periods[12], ==, vs_period_new (2017, 11));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/judge/columns/annual-from-dfe", ImportFixture, NULL, import_fixture_set_up,
              test_annual_columns, import_fixture_tear_down);
  g_test_add ("/judge/columns/monthly", ImportFixture, NULL, import_fixture_set_up,
              test_monthly_columns, import_fixture_tear_down);
  g_test_add_func ("/judge/columns/labels", test_labels);
  g_test_add ("/judge/columns/annual-chart-joins", ImportFixture, NULL, import_fixture_set_up,
              test_annual_chart_joins, import_fixture_tear_down);

  return g_test_run ();
}
