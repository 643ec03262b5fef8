/* test-ui-charts.c: a chart in the window copied to the clipboard (PNG and SVG) and saved
 * as SVG, PNG and PDF, drawn by the plotter
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "vs-chart-view.h"
#include "vs-ui-test.h"

static gboolean
chart_drawn (gpointer data)
{
  return vs_chart_view_has_chart (VS_CHART_VIEW (data));
}

/* 6.14's report card, its trend drawn. */
static VsChartView *
card_chart (VsUiFixture *f)
{
  VsChartView *chart;

  g_assert_true (vs_ui_test_show (f->window, "indicator:6.14"));
  chart = vs_report_card_get_chart (f->window->report_card);
  g_assert_true (vs_ui_test_wait_until (chart_drawn, chart, 60000));
  return chart;
}

static gboolean
clipboard_has_both (gpointer data)
{
  GdkContentFormats *formats = gdk_clipboard_get_formats (GDK_CLIPBOARD (data));

  return gdk_content_formats_contain_mime_type (formats, "image/png") &&
         gdk_content_formats_contain_mime_type (formats, "image/svg+xml");
}

typedef struct {
  GBytes *bytes;
  char   *mime;
  GError *error;
  gboolean done;
} Read;

static void
on_spliced_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  Read *read = user_data;

  if (g_output_stream_splice_finish (G_OUTPUT_STREAM (source), result, &read->error) >= 0)
    read->bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (source));
  read->done = TRUE;
}

/* The clipboard writes local content on the main loop: read it without blocking that. */
static void
on_read_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Read *read = user_data;
  const char *mime = NULL;
  g_autoptr(GInputStream) stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result,
                                                              &mime, &read->error);
  g_autoptr(GOutputStream) out = NULL;

  if (stream == NULL)
    {
      read->done = TRUE;
      return;
    }
  read->mime = g_strdup (mime);
  out = g_memory_output_stream_new_resizable ();
  g_output_stream_splice_async (out, stream, G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE |
                                             G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, NULL, on_spliced_cb, read);
}

static gboolean
read_done (gpointer data)
{
  return ((Read *) data)->done;
}

/* The clipboard's bytes as @mime, as another application would read them. */
static GBytes *
read_clipboard (GdkClipboard *clipboard,
                const char   *mime)
{
  const char *mimes[] = { mime, NULL };
  Read read = { 0 };

  gdk_clipboard_read_async (clipboard, mimes, G_PRIORITY_DEFAULT, NULL, on_read_cb, &read);
  g_assert_true (vs_ui_test_wait_until (read_done, &read, 30000));
  g_assert_no_error (read.error);
  g_assert_cmpstr (read.mime, ==, mime);
  g_free (read.mime);
  return read.bytes;
}

static gboolean
has_prefix (GBytes     *bytes,
            const char *magic,
            gsize       length)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return size > length && memcmp (data, magic, length) == 0;
}

static gboolean
is_svg (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  g_autofree char *text = g_strndup (data, MIN (size, 4096));

  return strstr (text, "<svg") != NULL;
}

static void
test_copy (VsUiFixture  *f,
           gconstpointer data)
{
  VsChartView *chart = card_chart (f);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (chart));
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GBytes) svg = NULL;

  gdk_clipboard_set_text (clipboard, "not a chart");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (chart), "chart.copy", NULL));
  g_assert_true (vs_ui_test_wait_until (clipboard_has_both, clipboard, 60000));

  png = read_clipboard (clipboard, "image/png");
  g_assert_true (has_prefix (png, "\x89PNG\r\n\x1a\n", 8));
  svg = read_clipboard (clipboard, "image/svg+xml");
  g_assert_true (is_svg (svg));
  /* The chart itself: 6.14's title, drawn again for the paper. */
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (svg, NULL), (gssize) g_bytes_get_size (svg),
                                  "children seen"));
}

typedef struct {
  const char *name;
  const char *magic;
  gsize       length;
} Saved;

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS);
}

static void
test_save (VsUiFixture  *f,
           gconstpointer data)
{
  static const Saved files[] = {
    { "chart.svg", NULL, 0 },
    { "chart.png", "\x89PNG\r\n\x1a\n", 8 },
    { "Chart.PDF", "%PDF-", 5 },
  };
  VsChartView *chart = card_chart (f);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (f->dir, files[i].name, NULL);
      g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GFile) file = g_file_new_for_path (path);

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (chart), "chart.save-to", "s", uri));
      g_assert_true (vs_ui_test_wait_until (file_exists, path, 60000));
      bytes = g_file_load_bytes (file, NULL, NULL, &error);
      g_assert_no_error (error);
      if (files[i].magic != NULL)
        g_assert_true (has_prefix (bytes, files[i].magic, files[i].length));
      else
        g_assert_true (is_svg (bytes));
    }
}

int
main (int   argc,
      char *argv[])
{
  vs_ui_test_init (&argc, &argv);
  g_test_add ("/ui/charts/copy", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_copy, vs_ui_fixture_teardown);
  g_test_add ("/ui/charts/save", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_save, vs_ui_fixture_teardown);
  return g_test_run ();
}
