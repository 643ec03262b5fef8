/* test-ui-benchmarks.c: the home authority asked for on the first import of a file of every
 * authority, and changed with the SN model in Preferences; the comparators follow each
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "vs-benchmarks-charts.h"
#include "vs-benchmarks-group.h"
#include "vs-benchmarks-view.h"
#include "vs-benchmarks.h"
#include "vs-import-dialog.h"
#include "vs-importer.h"
#include "vs-ui-test.h"

/* tests/data/public (see its PROVENANCE.md) */
#define D3_FILE "bench_d3_cpp_subsequent_2019_to_2025.csv"

/* The stored SN average of d3.subsequent_plan_percent for 2024-25, and its label. */
static double
sn_average (VsUiFixture  *f,
            char        **label)
{
  g_autoptr(VsIndicator) indicator = vs_store_get_indicator_by_ref (f->store, "d3.subsequent_plan_percent", NULL);
  g_autoptr(GPtrArray) benchmarks = NULL;
  VsPeriod march25 = vs_period_new (2025, 3);

  g_assert_nonnull (indicator);
  benchmarks = vs_store_list_benchmarks (f->store, indicator->id, march25, NULL);
  g_assert_nonnull (benchmarks);
  for (guint i = 0; i < benchmarks->len; i++)
    {
      const VsBenchmark *b = g_ptr_array_index (benchmarks, i);
      if (b->period == march25 && b->comparator == VS_COMPARATOR_SN_AVERAGE)
        {
          if (label)
            *label = g_strdup (b->label);
          return b->value;
        }
    }
  return NAN;
}

static void
import_asking_home (VsUiFixture *f,
                    const char  *code)
{
  g_autofree char *path = g_build_filename (VS_TEST_SRCDIR, "data", "public", D3_FILE, NULL);
  g_autoptr(VsImportDialog) dialog = vs_ui_test_open_import (f, path);

  g_assert_true (vs_ui_test_wait_until (vs_ui_test_import_checked, dialog, 30000));
  g_assert_cmpint (vs_import_dialog_get_state (dialog), ==, VS_IMPORT_DIALOG_CHOOSING_HOME);
  g_assert_false (vs_import_dialog_can_import (dialog));
  g_assert_true (vs_import_dialog_choose_home (dialog, code));
  g_assert_true (vs_ui_test_wait_until (vs_ui_test_import_checked, dialog, 30000));
  g_assert_cmpint (vs_import_dialog_get_state (dialog), ==, VS_IMPORT_DIALOG_PREVIEW);
  g_assert_true (vs_import_dialog_can_import (dialog));
  vs_import_dialog_import (dialog);
  g_assert_true (vs_ui_test_wait_until (vs_ui_test_import_finished, dialog, 30000));
  g_assert_cmpint (vs_import_dialog_get_state (dialog), ==, VS_IMPORT_DIALOG_DONE);
  vs_ui_test_settle ();
}

/* Norfolk chosen from the file's authorities: remembered, and its SN average (the mean of
 * its 10 neighbours, 26.19; see tests/benchmarks/test-comparators.c) stored by the import. */
static void
test_import_asks_home (VsUiFixture  *f,
                       gconstpointer data)
{
  g_autoptr(VsAuthority) home = NULL;

  g_assert_null (vs_store_get_home (f->store, NULL));
  import_asking_home (f, "926");
  home = vs_store_get_home (f->store, NULL);
  g_assert_nonnull (home);
  g_assert_cmpstr (home->name, ==, "Norfolk");
  g_assert_cmpfloat_with_epsilon (sn_average (f, NULL), 26.1883009417, 1e-8);
}

static GtkWidget *
find_combo_row (GtkWidget *root)
{
  if (ADW_IS_COMBO_ROW (root))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_combo_row (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Preferences: another home authority, then the April 2021 groupings; each time the stored
 * comparators are those of the new choice, worked out in the same transaction. */
static void
test_preferences_change_home_and_model (VsUiFixture  *f,
                                        gconstpointer data)
{
  VsBenchmarksGroup *group = NULL;
  g_autoptr(VsAuthority) home = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  double norfolk;

  import_asking_home (f, "926");
  norfolk = sn_average (f, NULL);
  group = g_object_ref_sink (g_object_new (VS_TYPE_BENCHMARKS_GROUP, "store", f->store, NULL));

  g_assert_true (vs_benchmarks_group_choose_home (group, "Suffolk", &error));
  g_assert_no_error (error);
  home = vs_store_get_home (f->store, NULL);
  g_assert_cmpstr (home->code, ==, "935");
  g_assert_false (fabs (sn_average (f, NULL) - norfolk) < 1e-6);

  adw_combo_row_set_selected (ADW_COMBO_ROW (find_combo_row (GTK_WIDGET (group))), 1);
  g_assert_cmpint (vs_benchmarks_get_model (f->store), ==, VS_SN_MODEL_2021);
  sn_average (f, &label);
  g_assert_nonnull (strstr (label, "2021"));
  g_object_unref (group);
}

/* The Benchmarks page: Norfolk's latest published year of d3.subsequent_plan_percent
 * (2024-25) against its comparators, as tests/benchmarks/test-comparators.c works them
 * out from the file: 18.8% against an SN average of 26.19% of all 10 neighbours, England
 * 24.5%, East of England 22.5%, first of 11, best quarter, down from 22.4% the year before
 * (lower is better: improving). */
static void
test_benchmarks_page (VsUiFixture  *f,
                      gconstpointer data)
{
  VsBenchmarksView *view = f->window->benchmarks_view;
  guint row = 0;

  g_assert_true (vs_ui_test_show (f->window, "benchmarks"));
  vs_ui_test_settle ();
  g_assert_cmpuint (vs_benchmarks_view_get_count (view), ==, 0);

  import_asking_home (f, "926");
  g_assert_true (vs_ui_test_show (f->window, "benchmarks"));
  vs_ui_test_settle ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->content_stack), ==, "benchmarks");
  g_assert_cmpuint (vs_benchmarks_view_get_count (view), >=, 1);
  g_assert_cmpstr (vs_benchmarks_view_get_text (view, 0, VS_BENCHMARKS_COLUMN_HOME), ==, "Norfolk");
  for (guint r = 1; r <= vs_benchmarks_view_get_count (view); r++)
    if (g_strcmp0 (vs_benchmarks_view_get_text (view, r, VS_BENCHMARKS_COLUMN_HOME), "18.8%") == 0)
      row = r;
  g_assert_cmpuint (row, >, 0);
  g_assert_cmpstr (vs_benchmarks_view_get_text (view, row, VS_BENCHMARKS_COLUMN_YEAR), ==, "2024-25");
  /* All ten neighbours had a figure: the figure alone (the note under the table says so). */
  g_assert_cmpstr (vs_benchmarks_view_get_text (view, row, VS_BENCHMARKS_COLUMN_SN_AVERAGE), ==,
                   "26.2%");
  g_assert_cmpstr (vs_benchmarks_view_get_text (view, row, VS_BENCHMARKS_COLUMN_ENGLAND), ==, "24.5%");
  g_assert_cmpstr (vs_benchmarks_view_get_text (view, row, VS_BENCHMARKS_COLUMN_REGION), ==, "22.5%");
  g_assert_cmpstr (vs_benchmarks_view_get_text (view, row, VS_BENCHMARKS_COLUMN_RANK), ==, "1 of 11");
  g_assert_cmpstr (vs_benchmarks_view_get_text (view, row, VS_BENCHMARKS_COLUMN_BAND), ==, "▰▰▰▰ A");
  g_assert_cmpstr (vs_benchmarks_view_get_text (view, row, VS_BENCHMARKS_COLUMN_TRAVEL), ==, "↑\u00a0Improving");
}

static GtkWidget *
find_grid (GtkWidget *root)
{
  if (GTK_IS_GRID (root))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *grid = find_grid (child);

      if (grid != NULL)
        return grid;
    }
  return NULL;
}

/* For vs_ui_test_wait_until: the table fitted to the window's new width (from idle), and
 * laid out at it. */
static gboolean
table_fitted (gpointer data)
{
  VsUiFixture *f = data;

  vs_ui_test_settle ();
  if (vs_benchmarks_view_is_fitting (f->window->benchmarks_view))
    return FALSE;
  vs_ui_test_settle ();
  return !vs_benchmarks_view_is_fitting (f->window->benchmarks_view);
}

/* The window at @width x @height, and the table fitted to it. */
static void
resize (VsUiFixture *f,
        int          width,
        int          height)
{
  vs_ui_test_resize (f, width, height);
  g_assert_true (vs_ui_test_wait_until (table_fitted, f, 10000));
}

/* How many columns of the Benchmarks table are shown, each cell of them inside the page:
 * none runs past its right edge, where only an overlay scrollbar would say so. */
static guint
assert_table_inside (VsUiFixture *f)
{
  GtkWidget *view = GTK_WIDGET (f->window->benchmarks_view);
  GtkWidget *grid = find_grid (view);
  guint shown = 0;

  g_assert_nonnull (grid);
  for (GtkWidget *cell = gtk_widget_get_first_child (grid); cell != NULL;
       cell = gtk_widget_get_next_sibling (cell))
    {
      graphene_rect_t bounds;

      if (!gtk_widget_get_visible (cell))
        continue;
      g_assert_true (gtk_widget_compute_bounds (cell, view, &bounds));
      g_assert_cmpfloat (bounds.origin.x, >=, 0);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (view));
    }
  for (guint c = 0; c < VS_BENCHMARKS_N_COLUMNS; c++)
    shown += vs_benchmarks_view_is_column_shown (VS_BENCHMARKS_VIEW (view), c);
  return shown;
}

/* The Benchmarks table (Norfolk's d3 and c1 of 2024-25, as the screenshots show it) fits
 * the window: every column at 1280x800 and 1024x640; at 800x600 the least read give way,
 * a note above the table names them, and they come back when the window widens. */
static void
test_benchmarks_page_fits (VsUiFixture  *f,
                           gconstpointer data)
{
  VsBenchmarksView *view = f->window->benchmarks_view;
  g_autofree char *c1 = g_build_filename (VS_TEST_SRCDIR, "data", "public",
                                          "bench_c1_referrals_2019_to_2025.csv", NULL);
  g_autoptr(VsImportSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  VsImportOptions options = { 0 };
  GtkWidget *note;

  import_asking_home (f, "926");
  options.locality = "926";
  g_assert_true (vs_import_file (f->store, c1, &options, &summary, &error));
  g_assert_no_error (error);
  g_assert_true (vs_ui_test_show (f->window, "benchmarks"));
  vs_ui_test_settle ();
  g_assert_cmpuint (vs_benchmarks_view_get_count (view), ==, 5);

  resize (f, 1280, 800);
  g_assert_cmpuint (assert_table_inside (f), ==, VS_BENCHMARKS_N_COLUMNS);
  resize (f, 1024, 640);
  g_assert_cmpuint (assert_table_inside (f), ==, VS_BENCHMARKS_N_COLUMNS);

  resize (f, 800, 600);
  g_assert_cmpuint (assert_table_inside (f), <, VS_BENCHMARKS_N_COLUMNS);
  g_assert_false (vs_benchmarks_view_is_column_shown (view, VS_BENCHMARKS_COLUMN_SN_MEDIAN));
  g_assert_true (vs_benchmarks_view_is_column_shown (view, VS_BENCHMARKS_COLUMN_HOME));
  g_assert_true (vs_benchmarks_view_is_column_shown (view, VS_BENCHMARKS_COLUMN_TRAVEL));
  note = vs_ui_test_find_label (GTK_WIDGET (view), "Not shown at this width: SN median. "
                                                   "Widen the window to see it.");
  g_assert_nonnull (note);
  g_assert_true (gtk_widget_get_mapped (note));

  resize (f, 1280, 800);
  g_assert_cmpuint (assert_table_inside (f), ==, VS_BENCHMARKS_N_COLUMNS);
  g_assert_false (gtk_widget_get_visible (note));
}

static gboolean
chart_drawn (gpointer data)
{
  return vs_chart_view_has_chart (data) || vs_chart_view_get_error (data) != NULL;
}

/* A published indicator's report card: Norfolk against its comparators by year, then its
 * neighbour group ranked, both drawn by gnuplot; a monthly indicator has no such section. */
static void
test_report_card_charts (VsUiFixture  *f,
                         gconstpointer data)
{
  VsBenchmarksCharts *charts = NULL;
  VsChartView *chart;

  import_asking_home (f, "926");
  charts = VS_BENCHMARKS_CHARTS (gtk_widget_get_template_child (GTK_WIDGET (f->window->report_card),
                                                                VS_TYPE_REPORT_CARD,
                                                                "benchmarks_charts"));
  chart = vs_benchmarks_charts_get_chart (charts);

  g_assert_true (vs_ui_test_show (f->window, "indicator:6.14"));
  vs_ui_test_settle ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (charts)));

  g_assert_true (vs_ui_test_show (f->window, "indicator:d3.subsequent_plan_percent"));
  vs_ui_test_settle ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (charts)));
  g_assert_true (vs_ui_test_wait_until (chart_drawn, chart, 30000));
  g_assert_null (vs_chart_view_get_error (chart));

  vs_benchmarks_charts_set_kind (charts, VS_CHART_NEIGHBOURS);
  g_assert_true (vs_ui_test_wait_until (chart_drawn, chart, 30000));
  g_assert_null (vs_chart_view_get_error (chart));
  g_assert_true (vs_chart_view_has_chart (chart));
}

int
main (int argc, char **argv)
{
  vs_ui_test_init (&argc, &argv);
  g_test_add ("/ui/benchmarks/import-asks-home", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_import_asks_home, vs_ui_fixture_teardown);
  g_test_add ("/ui/benchmarks/preferences", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_preferences_change_home_and_model, vs_ui_fixture_teardown);
  g_test_add ("/ui/benchmarks/page", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_benchmarks_page, vs_ui_fixture_teardown);
  g_test_add ("/ui/benchmarks/page-fits", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_benchmarks_page_fits, vs_ui_fixture_teardown);
  g_test_add ("/ui/benchmarks/report-card-charts", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_report_card_charts, vs_ui_fixture_teardown);
  return g_test_run ();
}
