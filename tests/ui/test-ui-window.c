/* test-ui-window.c: the window on the demo data: sidebar, areas, ratings, report card, period
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "vs-indicator-dialog-private.h"
#include "vs-preferences-window.h"
#include "vs-report-card-commentary.h"
#include "vs-report-card-private.h"
#include "vs-ui-test.h"

#define NOV_17 (vs_period_new (2017, 11))
#define AUG_17 (vs_period_new (2017, 8))

static void
test_window_opens (VsUiFixture  *f,
                   gconstpointer data)
{
  g_autoptr(GPtrArray) areas = vs_store_list_areas (f->store, NULL);
  g_autoptr(GPtrArray) indicators = vs_store_list_indicators (f->store, 0, NULL);
  g_auto(GStrv) views = vs_sidebar_list_views (f->window->sidebar);
  GListModel *shown = vs_rag_table_get_shown (vs_area_view_get_table (f->window->area_view));

  /* A file other than the default database is named, so two windows tell apart. */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->window)), ==, "demo.db — Vital Signs");
  /* The latest month with data, as the committee paper of January 2018 reports. */
  g_assert_cmpint (vs_window_get_period (f->window), ==, NOV_17);

  /* Overview, Exceptions, Benchmarks, every area of the demo in its order, Imports. */
  g_assert_nonnull (areas);
  g_assert_cmpuint (areas->len, ==, 12);
  g_assert_cmpuint (g_strv_length (views), ==, areas->len + 4);
  g_assert_cmpstr (views[0], ==, "overview");
  g_assert_cmpstr (views[1], ==, "exceptions");
  g_assert_cmpstr (views[2], ==, "benchmarks");
  for (guint i = 0; i < areas->len; i++)
    {
      g_autofree char *expected = g_strconcat ("area:", ((VsArea *) g_ptr_array_index (areas, i))->name, NULL);

      g_assert_cmpstr (views[3 + i], ==, expected);
    }
  g_assert_true (g_strv_contains ((const char * const *) views, "area:Child Protection"));
  g_assert_true (g_strv_contains ((const char * const *) views, "area:Looked After Children"));
  g_assert_cmpstr (views[areas->len + 3], ==, "imports");

  /* The overview lists every vital sign. */
  g_assert_cmpint (vs_sidebar_get_selected (f->window->sidebar)->kind, ==, VS_VIEW_OVERVIEW);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, indicators->len);
  g_assert_cmpuint (indicators->len, ==, 144);
}

/* An area's badges are bare counts in the ratings' tints; a legend under "Service Areas"
 * names each tint in the same badge, on screen without hovering: Looked After Children's
 * 2 red, 1 amber and 1 green read against it. */
static void
test_sidebar_legend (VsUiFixture  *f,
                     gconstpointer data)
{
  GtkWidget *sidebar = GTK_WIDGET (f->window->sidebar);
  const char *tints[] = { "red", "amber", "green" };
  const char *words[] = { "Red", "Amber", "Green" };
  GtkWidget *heading = vs_ui_test_find_label (sidebar, "Service Areas");
  GtkWidget *first_area = vs_ui_test_find_label (sidebar, "Early Help");
  graphene_rect_t above, below;

  g_assert_nonnull (heading);
  g_assert_nonnull (first_area);
  g_assert_true (gtk_widget_compute_bounds (heading, sidebar, &above));
  g_assert_true (gtk_widget_compute_bounds (first_area, sidebar, &below));
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      GtkWidget *key = vs_ui_test_find_label (sidebar, words[i]);
      graphene_rect_t bounds;

      g_assert_nonnull (key);
      g_assert_true (gtk_widget_get_mapped (key));
      g_assert_true (gtk_widget_has_css_class (key, "rag-count"));
      g_assert_true (gtk_widget_has_css_class (key, tints[i]));
      g_assert_true (gtk_widget_compute_bounds (key, sidebar, &bounds));
      g_assert_cmpfloat (bounds.origin.y, >=, above.origin.y + above.size.height);
      g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, below.origin.y);
    }
}

static void
test_child_protection (VsUiFixture  *f,
                       gconstpointer data)
{
  g_autoptr(VsArea) area = vs_store_find_area (f->store, "Child Protection", NULL);
  g_autoptr(GPtrArray) indicators = vs_store_list_indicators (f->store, area->id, NULL);
  VsRagTable *table;
  GListModel *shown;
  VsIndicatorItem *row;
  GtkWidget *cell;
  g_autofree char *text = NULL;
  g_autofree char *tooltip = NULL;
  VsRagCounts counts;

  g_assert_true (vs_ui_test_show (f->window, "area:Child Protection"));
  vs_ui_test_settle ();

  /* Each area has a table of its own, kept for the next visit. */
  table = vs_area_view_get_table (f->window->area_view);
  shown = vs_rag_table_get_shown (table);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, indicators->len);
  g_assert_cmpuint (indicators->len, ==, 29);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(VsIndicatorItem) r = g_list_model_get_item (shown, i);

      g_assert_cmpstr (vs_indicator_item_get_indicator (r)->area, ==, "Child Protection");
    }

  /* Seed 000: "Child Protection (CP) - % children seen", Nov 17 = 58.1% against 100%: Red,
   * and off target, so an exception for committee. */
  row = vs_ui_test_find_row (f, "6.14");
  g_assert_nonnull (row);
  g_assert_cmpint (vs_indicator_item_get_period (row), ==, NOV_17);
  g_assert_cmpfloat_with_epsilon (vs_indicator_item_get_month_value (row, 12), 58.1, 1e-9);
  g_assert_cmpint (vs_indicator_item_get_month_rag (row, 12), ==, VS_RAG_RED);
  g_assert_cmpint (vs_indicator_item_get_rag (row), ==, VS_RAG_RED);
  g_assert_cmpint (vs_indicator_item_get_latest (row), ==, 12);
  g_assert_true (vs_indicator_item_is_exception (row));
  text = vs_indicator_item_format_month (row, 12);
  g_assert_cmpstr (text, ==, "58.1%");
  /* Aug 17 = 49.2% with 272 / 553, in the tooltip with its rating's reason. */
  tooltip = vs_indicator_item_describe_month (row, 9);
  g_assert_true (g_str_has_prefix (tooltip, "August 2017: 49.2% (272 / 553)\n"));
  g_assert_cmpstr (vs_indicator_item_get_target (row), ==, "100%");
  g_assert_cmpint (vs_indicator_item_get_travel (row), ==, VS_TRAVEL_DECLINING);

  /* On screen: the cell shows the figure, tinted red. */
  cell = vs_ui_test_find_cell (GTK_WIDGET (table), "58.1%");
  g_assert_nonnull (cell);
  g_assert_true (gtk_widget_has_css_class (cell, "red"));

  counts = vs_dashboard_count_area (f->window->dashboard, area->id);
  g_assert_cmpuint (counts.red, >=, 1);
  g_assert_cmpstr (adw_window_title_get_title (f->window->window_title), ==, "Child Protection");

  /* LAC with up to date Care Plan, 95.3% against 100%: Amber (within 10% of target). */
  g_assert_true (vs_ui_test_show (f->window, "area:Looked After Children"));
  vs_ui_test_settle ();
  row = vs_ui_test_find_row (f, "7.14");
  g_assert_nonnull (row);
  g_assert_cmpfloat_with_epsilon (vs_indicator_item_get_month_value (row, 12), 95.3, 1e-9);
  g_assert_cmpint (vs_indicator_item_get_rag (row), ==, VS_RAG_AMBER);
}

static void
test_report_card (VsUiFixture  *f,
                  gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsIndicator) indicator = vs_store_get_indicator_by_ref (f->store, "6.14", NULL);
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *commentary = NULL;
  g_autoptr(VsIndicatorItem) selected = NULL;
  VsReportCard *card = f->window->report_card;
  guint history;
  gboolean had_commentary;

  g_assert_true (vs_ui_test_show (f->window, "indicator:6.14"));
  vs_ui_test_settle ();

  g_assert_true (_vs_window_card_is_open (f->window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->content_stack), ==, "card");
  g_assert_cmpstr (vs_indicator_item_get_ref (vs_report_card_get_row (card)), ==, "6.14");
  g_object_get (f->window, "selected-row", &selected, NULL);
  g_assert_cmpstr (vs_indicator_item_get_ref (selected), ==, "6.14");
  /* The window names the indicator by its title, the ref and the month beneath. */
  g_assert_cmpstr (adw_window_title_get_title (f->window->window_title), ==,
                   "Child Protection (CP) - % children seen");
  g_assert_cmpstr (adw_window_title_get_subtitle (f->window->window_title), ==,
                   "6.14 · November 2017 · County");
  /* The card's tiles and sections, as the committee papers' report cards have them. */
  g_assert_nonnull (vs_ui_test_find_label (GTK_WIDGET (card), "58.1%"));
  g_assert_nonnull (vs_ui_test_find_label (GTK_WIDGET (card), "Child Protection (CP) - % children seen"));
  g_assert_nonnull (vs_ui_test_find_label (GTK_WIDGET (card), "Why is this important?"));
  g_assert_nonnull (vs_ui_test_find_label (GTK_WIDGET (card), "What is the background to current performance?"));
  g_assert_nonnull (vs_ui_test_find_label (GTK_WIDGET (card), "What will success look like?"));
  g_assert_nonnull (vs_ui_test_find_label (GTK_WIDGET (card), "Action required"));
  g_assert_nonnull (vs_ui_test_find_label (GTK_WIDGET (card), "Responsible officers"));

  /* Commentary saved in place: stored with author and time, the old text kept as history. */
  commentary = vs_report_card_get_commentary (card);
  had_commentary = commentary != NULL && *commentary != '\0';
  history = vs_report_card_get_history_count (card);
  g_assert_true (vs_report_card_save_commentary (card, "  Visits recovered in December after the "
                                                       "North's recording fix.\n", &error));
  g_assert_no_error (error);
  g_clear_pointer (&commentary, g_free);
  commentary = vs_report_card_get_commentary (card);
  g_assert_cmpstr (commentary, ==, "Visits recovered in December after the North's recording fix.");
  g_assert_cmpuint (vs_report_card_get_history_count (card), ==, history + (had_commentary ? 1 : 0));
  rows = vs_store_list_commentary (f->store, indicator->id, 0, NOV_17, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, >=, 1);
  g_assert_cmpstr (((VsCommentary *) g_ptr_array_index (rows, 0))->text, ==,
                   "Visits recovered in December after the North's recording fix.");
  g_assert_cmpstr (((VsCommentary *) g_ptr_array_index (rows, 0))->author, ==,
                   vs_application_get_author (f->app));
  g_assert_cmpint (((VsCommentary *) g_ptr_array_index (rows, 0))->created, >, 0);

  /* Back (Alt+Left's action) returns to the table with the same row selected. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.back", NULL));
  vs_ui_test_settle ();
  g_assert_false (_vs_window_card_is_open (f->window));
  g_assert_cmpstr (vs_indicator_item_get_ref (vs_rag_table_get_selected (vs_area_view_get_table (f->window->area_view))),
                   ==, "6.14");
}

static const char *
last_month_title (VsUiFixture *f)
{
  return vs_rag_table_get_month_title (vs_area_view_get_table (f->window->area_view), 12);
}

static void
test_period_change (VsUiFixture  *f,
                    gconstpointer data)
{
  VsIndicatorItem *row;

  g_assert_true (vs_ui_test_show (f->window, "area:Child Protection"));
  vs_ui_test_settle ();
  g_assert_cmpstr (last_month_title (f), ==, "Nov 17");

  g_assert_true (vs_window_set_period (f->window, AUG_17));
  vs_ui_test_settle ();
  g_assert_cmpint (vs_window_get_period (f->window), ==, AUG_17);
  g_assert_cmpstr (last_month_title (f), ==, "Aug 17");
  g_assert_cmpstr (adw_window_title_get_subtitle (f->window->window_title), ==, "August 2017 · County");

  /* The table now ends at Aug 17: 49.2% (272 / 553), Red; a year earlier starts it. */
  row = vs_ui_test_find_row (f, "6.14");
  g_assert_nonnull (row);
  g_assert_cmpint (vs_indicator_item_get_period (row), ==, AUG_17);
  g_assert_cmpfloat_with_epsilon (vs_indicator_item_get_month_value (row, 12), 49.2, 1e-9);
  g_assert_cmpint (vs_indicator_item_get_rag (row), ==, VS_RAG_RED);
  g_assert_nonnull (vs_ui_test_find_cell (GTK_WIDGET (f->window->area_view), "49.2%"));

  /* Ctrl+Page Down / Up step a month either way. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.next-period", NULL));
  vs_ui_test_settle ();
  g_assert_cmpint (vs_window_get_period (f->window), ==, vs_period_new (2017, 9));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.previous-period", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.previous-period", NULL));
  vs_ui_test_settle ();
  g_assert_cmpint (vs_window_get_period (f->window), ==, vs_period_new (2017, 7));
  row = vs_ui_test_find_row (f, "6.14");
  g_assert_cmpfloat_with_epsilon (vs_indicator_item_get_month_value (row, 12), 68.6, 1e-9);
}

static void
test_exceptions (VsUiFixture  *f,
                 gconstpointer data)
{
  GListModel *shown;
  VsIndicatorItem *row;
  const VsAssessment *a;

  g_assert_true (vs_ui_test_show (f->window, "exceptions"));
  vs_ui_test_settle ();
  shown = vs_rag_table_get_shown (vs_area_view_get_table (f->window->area_view));

  /* What goes to committee for Nov 17: every row an exception, worst first. */
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==,
                    vs_dashboard_count_exceptions (f->window->dashboard));
  g_assert_cmpuint (g_list_model_get_n_items (shown), >=, 3);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(VsIndicatorItem) r = g_list_model_get_item (shown, i);

      g_assert_true (vs_indicator_item_is_exception (r));
      g_assert_nonnull (vs_indicator_item_get_reasons (r));
      if (i > 0)
        {
          g_autoptr(VsIndicatorItem) prev = g_list_model_get_item (shown, i - 1);

          g_assert_cmpint (vs_assessment_compare_severity (vs_indicator_item_get_assessment (prev),
                                                           vs_indicator_item_get_assessment (r)), <=, 0);
        }
    }

  /* Seed 000: CP children seen (Red) is there; CIN plans for both reasons, 64.7% and
   * three months of decline (80.0%, 75.1%, 71.5%, 64.7%). */
  g_assert_nonnull (vs_ui_test_find_row (f, "6.14"));
  row = vs_ui_test_find_row (f, "VS03");
  g_assert_nonnull (row);
  a = vs_indicator_item_get_assessment (row);
  g_assert_cmpfloat_with_epsilon (a->value, 64.7, 1e-9);
  g_assert_true (a->reasons & VS_EXCEPTION_OFF_TARGET);
  g_assert_true (a->reasons & VS_EXCEPTION_DECLINING_3);

  /* S.17 re-referrals: the target column reads as the paper wrote it, "<20%". */
  row = vs_ui_test_find_row (f, "VS01");
  g_assert_nonnull (row);
  g_assert_cmpstr (vs_indicator_item_get_target (row), ==, "<20%");
}

static void
test_locality (VsUiFixture  *f,
               gconstpointer data)
{
  VsIndicatorItem *row;

  g_assert_true (vs_ui_test_show (f->window, "area:Child Protection"));
  g_assert_true (vs_window_set_locality (f->window, "North"));
  vs_ui_test_settle ();
  g_assert_cmpstr (adw_window_title_get_subtitle (f->window->window_title), ==, "November 2017 · North");
  /* Seed 000's narrative: "North have shown a big drop in performance from 72% in October
   * to 31.8%". */
  row = vs_ui_test_find_row (f, "6.14");
  g_assert_nonnull (row);
  g_assert_cmpfloat_with_epsilon (vs_indicator_item_get_month_value (row, 12), 31.8, 1e-9);
  g_assert_cmpfloat_with_epsilon (vs_indicator_item_get_month_value (row, 11), 72.0, 1e-9);
  g_assert_cmpint (vs_indicator_item_get_rag (row), ==, VS_RAG_RED);
  g_assert_cmpint (vs_indicator_item_get_travel (row), ==, VS_TRAVEL_DECLINING);
}

static gboolean
card_is_green (gpointer data)
{
  VsUiFixture *f = data;

  return vs_indicator_item_get_rag (vs_report_card_get_row (f->window->report_card)) == VS_RAG_GREEN;
}

static void
test_settings_rerate (VsUiFixture  *f,
                      gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsIndicator) indicator = vs_store_get_indicator_by_ref (f->store, "6.14", NULL);
  VsIndicatorDialog *dialog;
  VsIndicatorItem *row;

  g_assert_true (vs_ui_test_show (f->window, "indicator:6.14"));
  vs_ui_test_settle ();
  g_assert_cmpint (vs_indicator_item_get_rag (vs_report_card_get_row (f->window->report_card)), ==, VS_RAG_RED);

  /* A band the rules cannot use is refused before anything is saved. */
  dialog = vs_indicator_dialog_new (GTK_WINDOW (f->window), f->store, indicator);
  gtk_editable_set_text (GTK_EDITABLE (dialog->target_row), "somewhere near 90");
  g_assert_false (vs_indicator_dialog_save (dialog, &error));
  g_assert_error (error, VS_RULES_ERROR, VS_RULES_ERROR_TARGET);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (dialog->save_button)));
  g_clear_error (&error);

  /* Red 50, green 55: 58.1% is now Green, on the card and in the table, at once. */
  gtk_editable_set_text (GTK_EDITABLE (dialog->target_row), "55%");
  gtk_editable_set_text (GTK_EDITABLE (dialog->red_row), "50");
  gtk_editable_set_text (GTK_EDITABLE (dialog->green_row), "55%");
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (dialog->save_button)));
  g_assert_true (vs_indicator_dialog_save (dialog, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (dialog));
  vs_ui_test_settle ();
  /* The window reloads when the main loop is free: under a loaded machine that can take
   * longer than a settle's frames. */
  g_assert_true (vs_ui_test_wait_until (card_is_green, f, 10000));

  g_assert_true (_vs_window_card_is_open (f->window));
  g_assert_cmpint (vs_indicator_item_get_rag (vs_report_card_get_row (f->window->report_card)), ==, VS_RAG_GREEN);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.back", NULL));
  vs_ui_test_settle ();
  row = vs_ui_test_find_row (f, "6.14");
  g_assert_cmpint (vs_indicator_item_get_rag (row), ==, VS_RAG_GREEN);
  g_assert_cmpstr (vs_indicator_item_get_target (row), ==, "55%");
}

static void
test_search (VsUiFixture  *f,
             gconstpointer data)
{
  GListModel *shown = vs_rag_table_get_shown (vs_area_view_get_table (f->window->area_view));
  g_autoptr(GPtrArray) all = vs_store_list_indicators (f->store, 0, NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL));
  g_assert_true (gtk_search_bar_get_search_mode (f->window->search_bar));
  g_object_set (f->window->area_view, "search-text", "CHILDREN SEEN", NULL);
  vs_ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), >=, 1);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(VsIndicatorItem) row = g_list_model_get_item (shown, i);
      g_autofree char *folded = g_utf8_casefold (vs_indicator_item_get_title (row), -1);

      g_assert_nonnull (strstr (folded, "children seen"));
    }
  g_object_set (f->window->area_view, "search-text", "no indicator is called this", NULL);
  vs_ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  g_assert_true (vs_area_view_is_empty (f->window->area_view));

  /* A search set on the list itself holds in another area, and clearing it shows all
   * again (the search entry's own text is cleared by a change of view: see
   * test_search_view_change). */
  g_assert_true (vs_ui_test_show (f->window, "area:Child Protection"));
  g_object_set (f->window->area_view, "search-text", "6.14", NULL);
  vs_ui_test_settle ();
  shown = vs_rag_table_get_shown (vs_area_view_get_table (f->window->area_view));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  g_assert_true (vs_ui_test_show (f->window, "overview"));
  g_object_set (f->window->area_view, "search-text", "", NULL);
  vs_ui_test_settle ();
  shown = vs_rag_table_get_shown (vs_area_view_get_table (f->window->area_view));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, all->len);
}

/* The officer searched "children seen" on the overview, then pressed Alt+2: the
 * exceptions show all five, as the sidebar's badge says, and the search is gone. */
static void
test_search_view_change (VsUiFixture  *f,
                         gconstpointer data)
{
  GListModel *shown;
  guint found;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL));
  gtk_editable_set_text (GTK_EDITABLE (f->window->search_entry), "children seen");
  g_signal_emit_by_name (f->window->search_entry, "search-changed");
  vs_ui_test_settle ();
  shown = vs_rag_table_get_shown (vs_area_view_get_table (f->window->area_view));
  found = g_list_model_get_n_items (shown);
  g_assert_cmpuint (found, >=, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-view", "s", "exceptions"));
  vs_ui_test_settle ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f->window->search_entry)), ==, "");
  g_assert_false (gtk_search_bar_get_search_mode (f->window->search_bar));
  shown = vs_rag_table_get_shown (vs_area_view_get_table (f->window->area_view));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(VsIndicatorItem) row = g_list_model_get_item (shown, i);

      g_assert_true (vs_indicator_item_is_exception (row));
    }

  /* Typing from the imports page goes to the overview and keeps what was typed. */
  g_assert_true (vs_ui_test_show (f->window, "imports"));
  vs_ui_test_settle ();
  gtk_search_bar_set_search_mode (f->window->search_bar, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (f->window->search_entry), "children seen");
  g_signal_emit_by_name (f->window->search_entry, "search-changed");
  vs_ui_test_settle ();
  g_assert_cmpint (f->window->view->kind, ==, VS_VIEW_OVERVIEW);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f->window->search_entry)), ==, "children seen");
  shown = vs_rag_table_get_shown (vs_area_view_get_table (f->window->area_view));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, found);
}

/* Issue 12 §5: the card opens with the focus on its title but nothing selected (a
 * selectable label selects all of itself when it takes the focus), and an empty "Action
 * required" is an empty state with its own Add Action button, which starts a draft. */
static void
test_report_card_opening (VsUiFixture  *f,
                          gconstpointer data)
{
  VsReportCard *card = f->window->report_card;
  GListModel *rows = vs_dashboard_get_rows (f->window->dashboard);
  g_autofree char *without = NULL;
  GtkWidget *empty, *button;
  int start, end;

  /* The first indicator the demo data gives no action. */
  for (guint i = 0; without == NULL && i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(VsIndicatorItem) row = g_list_model_get_item (rows, i);
      VsIndicator *indicator = vs_indicator_item_get_indicator (row);
      g_autoptr(GPtrArray) actions = vs_store_list_actions (f->store, indicator->id, NULL);

      if (actions != NULL && actions->len == 0)
        without = g_strconcat ("indicator:", indicator->ref, NULL);
    }
  g_assert_nonnull (without);
  g_assert_true (vs_ui_test_show (f->window, without));
  vs_ui_test_settle ();

  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window)) == GTK_WIDGET (card->title_label));
  g_assert_false (gtk_label_get_selection_bounds (card->title_label, &start, &end));

  empty = vs_ui_test_find_label (GTK_WIDGET (card), "No Actions Recorded");
  g_assert_nonnull (empty);
  button = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (empty));
  g_assert_true (GTK_IS_BUTTON (button));
  g_signal_emit_by_name (button, "clicked");
  vs_ui_test_settle ();
  g_assert_null (vs_ui_test_find_label (GTK_WIDGET (card), "No Actions Recorded"));
  g_assert_nonnull (vs_ui_test_find_label (GTK_WIDGET (card), "New action"));
}

static GtkWidget *
find_by_type (GtkWidget *widget,
              GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
window_reloaded (gpointer window)
{
  return ((VsWindow *) window)->reload_id == 0;
}

/* Last month's commentary beside the editor, carried forward into it unsaved; and the
 * first save asks whose name signs it, offering the account's real name (issue 12). */
static void
test_commentary_carry_forward (VsUiFixture  *f,
                               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsIndicator) indicator = vs_store_get_indicator_by_ref (f->store, "6.14", NULL);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GList) dialogs = NULL;
  g_autofree char *signed_by = NULL;
  GSettings *settings = vs_application_get_settings (f->app);
  const char *october = "Visits fell as the timescale changed to 10 working days.";
  VsCommentary previous = { .indicator_id = indicator->id, .area_id = indicator->area_id,
                            .period = vs_period_new (2017, 10), .text = (char *) october,
                            .author = (char *) "Performance Officer", .created = 1509000000 };
  VsReportCardCommentary *section;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  AdwMessageDialog *ask = NULL;

  g_settings_set_string (settings, "author-name", "");
  g_assert_true (vs_store_begin (f->store, &error));
  g_assert_cmpint (vs_store_add_commentary (f->store, &previous, &error), >, 0);
  g_assert_true (vs_store_commit (f->store, &error));
  g_assert_no_error (error);
  /* The window reloads on the write in an idle: let it, or it would reload the card, and
   * the editor with it, after the text is carried forward. */
  g_assert_true (vs_ui_test_wait_until (window_reloaded, f->window, 5000));

  g_assert_true (vs_ui_test_show (f->window, "indicator:6.14"));
  vs_ui_test_settle ();
  section = VS_REPORT_CARD_COMMENTARY (find_by_type (GTK_WIDGET (f->window->report_card),
                                                     VS_TYPE_REPORT_CARD_COMMENTARY));
  g_assert_cmpstr (vs_report_card_commentary_get_previous (section), ==, october);
  g_assert_nonnull (vs_ui_test_find_label (GTK_WIDGET (section), "Commentary for October 2017"));

  vs_report_card_commentary_carry_forward (section);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (find_by_type (GTK_WIDGET (section),
                                                                  GTK_TYPE_TEXT_VIEW)));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (text, ==, october);

  /* Saving asks for the name first; the answer signs this and is kept. */
  g_signal_emit_by_name (find_button (GTK_WIDGET (section), "Save _Commentary"), "clicked");
  vs_ui_test_settle ();
  dialogs = gtk_window_list_toplevels ();
  for (GList *l = dialogs; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      ask = l->data;
  g_assert_nonnull (ask);
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (ask)), "Jo Bloggs");
  adw_message_dialog_response (ask, "save");
  vs_ui_test_settle ();

  signed_by = g_settings_get_string (settings, "author-name");
  g_assert_cmpstr (signed_by, ==, "Jo Bloggs");
  rows = vs_store_list_commentary (f->store, indicator->id, 0, NOV_17, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (((VsCommentary *) g_ptr_array_index (rows, 0))->text, ==, october);
  g_assert_cmpstr (((VsCommentary *) g_ptr_array_index (rows, 0))->author, ==, "Jo Bloggs");
  g_settings_set_string (settings, "author-name", "");
}

/* Commentary and actions are saved under the name set in Preferences, else the
 * account's real name, never "Unknown". */
static void
test_author (VsUiFixture  *f,
             gconstpointer data)
{
  GSettings *settings = vs_application_get_settings (f->app);
  const char *real = g_get_real_name ();
  const char *expected = g_strcmp0 (real, "Unknown") != 0 && real != NULL && *real != '\0'
                         ? real : g_get_user_name ();

  g_assert_cmpstr (vs_application_get_author (f->app), ==, expected);
  g_settings_set_string (settings, "author-name", "  Jo Bloggs ");
  g_assert_cmpstr (vs_application_get_author (f->app), ==, "Jo Bloggs");
  /* The report card signs with the application's author, bound through the window. */
  g_assert_cmpstr (f->window->report_card->author, ==, "Jo Bloggs");
  g_settings_set_string (settings, "author-name", "");
  g_assert_cmpstr (vs_application_get_author (f->app), ==, expected);
  g_assert_cmpstr (f->window->report_card->author, ==, expected);
}

/* Views are text only at the edges (--view, win.show-view, the last-view setting). */
static void
test_view_parse (void)
{
  g_autoptr(VsView) overview = vs_view_parse ("overview");
  g_autoptr(VsView) area = vs_view_parse ("area:Child Protection");
  g_autoptr(VsView) lower = vs_view_parse ("area:child protection");
  g_autoptr(VsView) imports = vs_view_parse ("imports");
  g_autofree char *written = vs_view_to_string (area);

  g_assert_cmpint (overview->kind, ==, VS_VIEW_OVERVIEW);
  g_assert_null (overview->area);
  g_assert_cmpint (area->kind, ==, VS_VIEW_AREA);
  g_assert_cmpstr (area->area, ==, "Child Protection");
  g_assert_cmpstr (written, ==, "area:Child Protection");
  g_assert_true (vs_view_equal (area, lower));
  g_assert_false (vs_view_equal (area, overview));
  g_assert_false (vs_view_equal (imports, NULL));
  g_assert_null (vs_view_parse ("area:"));
  g_assert_null (vs_view_parse ("indicator:6.14"));
  g_assert_null (vs_view_parse ("Overview"));
  g_assert_null (vs_view_parse (NULL));
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* The window's state is in its properties, which the header binds: choosing a view, a
 * month or an indicator changes them once, and setting them chooses as the officer would. */
static void
test_properties (VsUiFixture  *f,
                 gconstpointer data)
{
  g_autoptr(VsStore) store = NULL;
  g_autoptr(VsIndicatorItem) row = NULL;
  g_autoptr(VsView) view = NULL;
  g_autoptr(VsView) exceptions = vs_view_new (VS_VIEW_EXCEPTIONS, NULL);
  g_autofree char *locality = NULL;
  guint view_notes = 0, period_notes = 0, row_notes = 0;
  int period = 0;

  g_object_get (f->window, "store", &store, "view", &view, "period", &period,
                "locality", &locality, "selected-row", &row, NULL);
  g_assert_true (store == f->store);
  g_assert_cmpint (view->kind, ==, VS_VIEW_OVERVIEW);
  g_assert_cmpint (period, ==, vs_period_new (2017, 11));
  g_assert_cmpstr (locality, ==, "County");
  g_assert_null (row);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->window->back_button)));
  g_assert_true (f->window->report_card->store == f->store);

  g_signal_connect (f->window, "notify::view", G_CALLBACK (count_notify_cb), &view_notes);
  g_signal_connect (f->window, "notify::period", G_CALLBACK (count_notify_cb), &period_notes);
  g_signal_connect (f->window, "notify::selected-row", G_CALLBACK (count_notify_cb), &row_notes);

  g_object_set (f->window, "view", exceptions, NULL);
  vs_ui_test_settle ();
  g_assert_cmpuint (view_notes, ==, 1);
  g_assert_cmpstr (adw_window_title_get_title (f->window->window_title), ==, "Exceptions");

  g_object_set (f->window, "period", vs_period_new (2017, 8), NULL);
  vs_ui_test_settle ();
  g_assert_cmpuint (period_notes, ==, 1);
  g_assert_cmpint (vs_window_get_period (f->window), ==, vs_period_new (2017, 8));
  g_assert_cmpstr (adw_window_title_get_subtitle (f->window->window_title), ==, "August 2017 · County");

  g_assert_true (vs_ui_test_show (f->window, "indicator:6.14"));
  vs_ui_test_settle ();
  g_assert_cmpuint (row_notes, ==, 1);
  g_object_get (f->window, "selected-row", &row, NULL);
  g_assert_cmpstr (vs_indicator_item_get_ref (row), ==, "6.14");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window->back_button)));
  g_assert_cmpstr (adw_window_title_get_subtitle (f->window->window_title), ==,
                   "6.14 · August 2017 · County");

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.back", NULL);
  vs_ui_test_settle ();
  g_assert_cmpuint (row_notes, ==, 2);
  g_clear_object (&row);
  g_object_get (f->window, "selected-row", &row, NULL);
  g_assert_null (row);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->window->back_button)));
}

/* The ratings in Preferences are the database's: set there, they are what every other
 * process reads, and the window re-rates at once. VS01 (23.5% against "<20%", 17.5% off)
 * is Red at the default 10% and Amber at 30%. */
static void
test_preferences_ratings (VsUiFixture  *f,
                          gconstpointer data)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  VsPreferencesWindow *prefs = vs_preferences_window_new (f->app);
  GtkSpinButton *amber = GTK_SPIN_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (prefs),
                                                                         VS_TYPE_PREFERENCES_WINDOW,
                                                                         "amber_spin"));
  GtkSwitch *screening = GTK_SWITCH (gtk_widget_get_template_child (GTK_WIDGET (prefs),
                                                                     VS_TYPE_PREFERENCES_WINDOW,
                                                                     "screening_switch"));
  VsRatingSettings settings;

  g_assert_true (vs_ui_test_show (f->window, "area:Contacts & Referrals"));
  vs_ui_test_settle ();
  g_assert_cmpint (vs_indicator_item_get_rag (vs_ui_test_find_row (f, "VS01")), ==, VS_RAG_RED);
  g_assert_cmpfloat (gtk_spin_button_get_value (amber), ==, 10);
  g_assert_true (gtk_switch_get_active (screening));

  gtk_spin_button_set_value (amber, 30);
  gtk_switch_set_active (screening, FALSE);
  vs_ui_test_settle ();
  g_assert_true (vs_store_get_rating_settings (f->store, &settings, NULL));
  g_assert_cmpfloat (settings.amber_percent, ==, 30);
  g_assert_false (settings.spc_screen);
  g_assert_cmpint (vs_indicator_item_get_rag (vs_ui_test_find_row (f, "VS01")), ==, VS_RAG_AMBER);
  g_assert_false (vs_indicator_item_get_assessment (vs_ui_test_find_row (f, "VS01"))->spc_options.screen);

  /* Not one officer's preference any more. */
  g_object_get (vs_application_get_settings (f->app), "settings-schema", &schema, NULL);
  g_assert_false (g_settings_schema_has_key (schema, "amber-tolerance"));
  g_assert_false (g_settings_schema_has_key (schema, "spc-screening"));
  gtk_window_destroy (GTK_WINDOW (prefs));
}

int
main (int    argc,
      char **argv)
{
  vs_ui_test_init (&argc, &argv);

  g_test_add ("/ui/window/preferences-ratings", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_preferences_ratings, vs_ui_fixture_teardown);

  g_test_add ("/ui/window/opens-on-demo-data", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_window_opens, vs_ui_fixture_teardown);
  g_test_add ("/ui/window/sidebar-legend", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_sidebar_legend, vs_ui_fixture_teardown);
  g_test_add ("/ui/window/child-protection", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_child_protection, vs_ui_fixture_teardown);
  g_test_add ("/ui/window/report-card", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_report_card, vs_ui_fixture_teardown);
  g_test_add ("/ui/window/commentary-carry-forward", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_commentary_carry_forward, vs_ui_fixture_teardown);
  g_test_add ("/ui/window/report-card-opening", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_report_card_opening, vs_ui_fixture_teardown);
  g_test_add ("/ui/window/period-change", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_period_change, vs_ui_fixture_teardown);
  g_test_add ("/ui/window/exceptions", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_exceptions, vs_ui_fixture_teardown);
  g_test_add ("/ui/window/locality", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_locality, vs_ui_fixture_teardown);
  g_test_add ("/ui/window/settings-rerate", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_settings_rerate, vs_ui_fixture_teardown);
  g_test_add ("/ui/window/search", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_search, vs_ui_fixture_teardown);
  g_test_add ("/ui/window/author", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_author, vs_ui_fixture_teardown);
  g_test_add_func ("/ui/view/parse", test_view_parse);
  g_test_add ("/ui/window/properties", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_properties, vs_ui_fixture_teardown);
  g_test_add ("/ui/window/search-view-change", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_search_view_change, vs_ui_fixture_teardown);

  return g_test_run ();
}
