/* bench-ui.c: the window on the 1.2-million-observation database
 *
 * Prints:
 *   bench ui-bare-first-frame-ms     a bare libadwaita window of the window's shape (header
 *                                    bars, a leaflet, a sidebar of 16 rows, a grid of 192
 *                                    labels) from creation to its first frame: the floor the
 *                                    figure below is read against. Measured first, so it
 *                                    also pays the process's first theme and font loading.
 *   bench ui-first-frame-ms          from creating the window (opening the database) to its
 *                                    first frame on screen: the header bar, the sidebar's
 *                                    views and a spinner where the table goes
 *   bench ui-first-table-frame-ms    from creating the window to the first frame showing the
 *                                    table: every indicator read and rated, the start view's
 *                                    table built (the window reads them after its first frame)
 *   bench ui-area-switch-table-ms    from choosing an area to its table painted (median of
 *                                    three rounds over every area)
 *   bench ui-area-first-visit-table-ms  the same for each area's first visit only, when its
 *                                    table is built (median)
 *   bench ui-area-switch-chart-ms    from choosing an area to its first row's trend chart
 *                                    drawn by gnuplot and librsvg and painted (median)
 *   bench ui-rss-mb                  resident memory after visiting every area
 *
 * Runs under xvfb-run (bench/meson.build), with the cairo renderer as the UI tests use.
 * VS_BENCH_UI_DB=PATH keeps the database there between runs (built when missing).
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <glib/gstdio.h>

#include "vs-application.h"
#include "vs-bench-db.h"
#include "vs-window-private.h"

#define ROUNDS 3   /* every area visited this many times; the first visit draws new charts */

static guint paints;

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gpointer       user_data)
{
  paints++;
}

/* Iterates the main loop until a frame has been painted after this call. */
static void
wait_for_paint (void)
{
  guint target = paints + 1;

  while (paints < target)
    g_main_context_iteration (NULL, TRUE);
}

/* Header bars, a leaflet, a sidebar of 16 rows and a grid of 192 labels (16 indicators of
 * a 13-month table with its ref and title): nothing read, nothing judged. */
static GtkWidget *
bare_window (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *leaflet = adw_leaflet_new ();
  GtkWidget *sidebar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_box_append (GTK_BOX (sidebar), adw_header_bar_new ());
  for (int i = 0; i < 16; i++)
    {
      g_autofree char *text = g_strdup_printf ("Area %d", i + 1);

      gtk_list_box_append (GTK_LIST_BOX (list), gtk_label_new (text));
    }
  gtk_widget_add_css_class (list, "navigation-sidebar");
  gtk_box_append (GTK_BOX (sidebar), list);
  gtk_box_append (GTK_BOX (content), adw_header_bar_new ());
  for (int row = 0; row < 16; row++)
    for (int col = 0; col < 12; col++)
      {
        g_autofree char *text = g_strdup_printf ("%d.%d", row, col);

        gtk_grid_attach (GTK_GRID (grid), gtk_label_new (text), col, row, 1, 1);
      }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), grid);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_widget_set_hexpand (content, TRUE);
  gtk_box_append (GTK_BOX (content), scrolled);
  adw_leaflet_append (ADW_LEAFLET (leaflet), sidebar);
  adw_leaflet_append (ADW_LEAFLET (leaflet), content);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), leaflet);
  return window;
}

/* Presents @window at the bench's size and waits for its first frame. */
static void
present_and_paint (GtkWindow *window)
{
  GdkFrameClock *clock;

  gtk_window_set_default_size (window, 1280, 800);
  gtk_window_present (window);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_assert_nonnull (clock);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), NULL);
  wait_for_paint ();
  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, NULL);
}

static gboolean
chart_done (VsWindow *window)
{
  VsChartView *chart = vs_area_view_get_chart (window->area_view);

  return !vs_chart_view_is_busy (chart)
         && (vs_chart_view_has_chart (chart) || vs_chart_view_get_error (chart) != NULL);
}

static double
rss_mb (void)
{
  g_autofree char *status = NULL;
  const char *line;
  long kb = 0;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "VmRSS:");
  if (line != NULL)
    sscanf (line, "VmRSS: %ld", &kb);
  return kb / 1024.0;
}

static void
remove_database (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (wal);
  g_unlink (shm);
  g_unlink (path);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) store = NULL;
  g_autoptr(VsApplication) app = NULL;
  g_autoptr(GPtrArray) areas = NULL;
  g_autoptr(GArray) table_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) chart_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) first_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  const char *keep = g_getenv ("VS_BENCH_UI_DB");
  VsWindow *window;
  GtkWidget *bare;
  GdkFrameClock *clock;
  double start;

  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  g_setenv ("GDK_DEBUG", "gl-disable", FALSE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

  if (keep != NULL)
    path = g_strdup (keep);
  else
    {
      dir = g_dir_make_tmp ("vs-bench-ui-XXXXXX", &error);
      g_assert_no_error (error);
      path = g_build_filename (dir, "bench.db", NULL);
    }
  if (!g_file_test (path, G_FILE_TEST_EXISTS)
      && !vs_bench_build_database (path, 500, 20, 120, &error))
    g_error ("building the database: %s", error->message);

  gtk_init ();
  adw_init ();
  app = vs_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  start = vs_bench_now ();
  bare = bare_window (GTK_APPLICATION (app));
  present_and_paint (GTK_WINDOW (bare));
  g_print ("bench ui-bare-first-frame-ms %.1f ms\n", (vs_bench_now () - start) * 1000);
  gtk_window_destroy (GTK_WINDOW (bare));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  /* First frame: the database opened cold by this process, every indicator rated. */
  start = vs_bench_now ();
  store = vs_store_open (path, &error);
  g_assert_no_error (error);
  vs_application_set_store (app, store);
  window = vs_window_new (app);
  present_and_paint (GTK_WINDOW (window));
  g_print ("bench ui-first-frame-ms %.1f ms\n", (vs_bench_now () - start) * 1000);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), NULL);
  while (window->loading)
    g_main_context_iteration (NULL, TRUE);
  wait_for_paint ();
  g_print ("bench ui-first-table-frame-ms %.1f ms\n", (vs_bench_now () - start) * 1000);

  /* Let the overview's chart arrive, so that it does not count against the first area. */
  while (!chart_done (window))
    g_main_context_iteration (NULL, TRUE);

  areas = vs_store_list_areas (store, &error);
  g_assert_no_error (error);
  for (guint round = 0; round < ROUNDS; round++)
    for (guint i = 0; i < areas->len; i++)
      {
        const VsArea *area = g_ptr_array_index (areas, i);
        g_autoptr(VsView) view = vs_view_new (VS_VIEW_AREA, area->name);
        double table, chart;

        start = vs_bench_now ();
        if (!vs_window_show_view (window, view))
          g_error ("no view of the area %s", area->name);
        wait_for_paint ();
        table = (vs_bench_now () - start) * 1000;
        while (!chart_done (window))
          g_main_context_iteration (NULL, TRUE);
        wait_for_paint ();
        chart = (vs_bench_now () - start) * 1000;
        if (vs_chart_view_get_error (vs_area_view_get_chart (window->area_view)) != NULL)
          g_error ("chart for %s: %s", area->name,
                   vs_chart_view_get_error (vs_area_view_get_chart (window->area_view))->message);

        g_array_append_val (table_ms, table);
        /* Only first visits: later ones come from the plotter's cache. */
        if (round == 0)
          {
            g_array_append_val (chart_ms, chart);
            g_array_append_val (first_ms, table);
          }
      }

  g_print ("bench ui-area-switch-table-ms %.1f ms\n",
           vs_bench_median ((double *) (gpointer) table_ms->data, table_ms->len));
  g_print ("bench ui-area-first-visit-table-ms %.1f ms\n",
           vs_bench_median ((double *) (gpointer) first_ms->data, first_ms->len));
  g_print ("bench ui-area-switch-chart-ms %.1f ms\n",
           vs_bench_median ((double *) (gpointer) chart_ms->data, chart_ms->len));
  g_print ("bench ui-rss-mb %.1f MB\n", rss_mb ());

  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&app);
  g_clear_object (&store);
  if (keep == NULL)
    {
      remove_database (path);
      g_rmdir (dir);
    }
  return 0;
}
