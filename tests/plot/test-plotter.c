/* test-plotter.c: one persistent gnuplot: async delivery, cache, supersession, and
 * recovery when gnuplot is killed, hangs, errs, or is not installed at all
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/types.h>

#include <glib/gstdio.h>

#include "vs-chart-script.h"
#include "vs-plotter-private.h"
#include "plot-test-util.h"

typedef struct {
  GMainLoop *loop;
  guint      pending;
  GBytes    *bytes[4];
  GError    *errors[4];
  GThread   *thread[4];
} Wait;

typedef struct {
  Wait *wait;
  guint index;
} Slot;

static void
on_rendered (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Slot *slot = user_data;
  Wait *wait = slot->wait;

  wait->bytes[slot->index] = vs_plotter_render_finish (VS_PLOTTER (object), result,
                                                       &wait->errors[slot->index]);
  wait->thread[slot->index] = g_thread_self ();
  if (--wait->pending == 0)
    g_main_loop_quit (wait->loop);
  g_free (slot);
}

static Slot *
slot_new (Wait  *wait,
          guint  index)
{
  Slot *slot = g_new0 (Slot, 1);

  slot->wait = wait;
  slot->index = index;
  wait->pending++;
  return slot;
}

static void
wait_clear (Wait *wait)
{
  for (guint i = 0; i < G_N_ELEMENTS (wait->bytes); i++)
    {
      g_clear_pointer (&wait->bytes[i], g_bytes_unref);
      g_clear_error (&wait->errors[i]);
    }
  g_clear_pointer (&wait->loop, g_main_loop_unref);
}

static char *
trend_script (void)
{
  g_autoptr(VsChartSpec) spec = plot_test_cp_spec (VS_CHART_TREND, VS_CHART_FORMAT_SVG);
  g_autoptr(GError) error = NULL;
  char *script = vs_chart_script_build (spec, &error);

  g_assert_no_error (error);
  return script;
}

static void
assert_renders (VsPlotter *plotter)
{
  g_autoptr(VsChartSpec) spec = plot_test_cp_spec (VS_CHART_TREND, VS_CHART_FORMAT_SVG);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  PlotTestSvg svg;

  /* A fresh chart each time: the cache must not hide a dead gnuplot. Never the default
   * 800 wide, which test_persistent then draws and would find in the cache (1 in 200). */
  spec->width = 640 + g_random_int_range (0, 150);
  bytes = vs_plotter_render (plotter, spec, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (plot_test_parse_svg (bytes, &svg, &error));
  g_assert_true (plot_test_svg_has_text (&svg, PLOT_TEST_CP_TITLE));
  plot_test_svg_clear (&svg);
}

static gboolean
process_exists (GPid pid)
{
  return kill (pid, 0) == 0 || errno != ESRCH;
}

static void
test_async (void)
{
  g_autoptr(VsPlotter) plotter = vs_plotter_new (NULL);
  g_autoptr(VsChartSpec) spec = plot_test_cp_spec (VS_CHART_TREND, VS_CHART_FORMAT_SVG);
  Wait wait = { g_main_loop_new (NULL, FALSE), };
  PlotTestSvg svg;

  g_assert_cmpint (vs_plotter_get_pid (plotter), ==, 0);   /* started lazily */
  vs_plotter_render_async (plotter, spec, NULL, on_rendered, slot_new (&wait, 0));
  /* The spec was copied into a script at once: the caller may free it now. */
  g_clear_pointer (&spec, vs_chart_spec_free);
  g_main_loop_run (wait.loop);

  g_assert_no_error (wait.errors[0]);
  g_assert_true (wait.thread[0] == g_thread_self ());   /* delivered on our main loop */
  g_assert_true (plot_test_parse_svg (wait.bytes[0], &svg, NULL));
  g_assert_true (plot_test_svg_has_text (&svg, PLOT_TEST_CP_TITLE));
  plot_test_svg_clear (&svg);
  g_assert_cmpint (vs_plotter_get_pid (plotter), >, 0);
  wait_clear (&wait);
}

static void
test_persistent (void)
{
  g_autoptr(VsPlotter) plotter = vs_plotter_new (NULL);
  GPid pid;

  assert_renders (plotter);
  pid = vs_plotter_get_pid (plotter);
  g_assert_cmpint (pid, >, 0);
  for (VsChartKind kind = VS_CHART_TREND; kind < VS_N_CHART_KINDS; kind++)
    for (VsChartFormat format = 0; format < VS_N_CHART_FORMATS; format++)
      {
        g_autoptr(VsChartSpec) spec = plot_test_cp_spec (kind, format);
        g_autoptr(GError) error = NULL;
        g_autoptr(GBytes) bytes = vs_plotter_render (plotter, spec, NULL, &error);

        g_assert_no_error (error);
      }
  /* Every kind in every format, one gnuplot. */
  g_assert_cmpint (vs_plotter_get_pid (plotter), ==, pid);
  g_assert_cmpuint (_vs_plotter_get_n_drawn (plotter), ==, 1 + VS_N_CHART_KINDS * VS_N_CHART_FORMATS);
}

static void
test_cache (void)
{
  g_autoptr(VsPlotter) plotter = vs_plotter_new (NULL);
  g_autoptr(VsChartSpec) spec = plot_test_cp_spec (VS_CHART_SPC, VS_CHART_FORMAT_PNG);
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GBytes) dark = NULL;
  g_autoptr(GBytes) third = NULL;

  first = vs_plotter_render (plotter, spec, NULL, NULL);
  second = vs_plotter_render (plotter, spec, NULL, NULL);
  g_assert_nonnull (first);
  g_assert_true (g_bytes_equal (first, second));
  g_assert_cmpuint (_vs_plotter_get_n_drawn (plotter), ==, 1);

  spec->dark = TRUE;    /* a different chart: drawn */
  dark = vs_plotter_render (plotter, spec, NULL, NULL);
  g_assert_false (g_bytes_equal (first, dark));
  g_assert_cmpuint (_vs_plotter_get_n_drawn (plotter), ==, 2);

  spec->dark = FALSE;
  _vs_plotter_clear_cache (plotter);
  third = vs_plotter_render (plotter, spec, NULL, NULL);
  g_assert_cmpuint (_vs_plotter_get_n_drawn (plotter), ==, 3);
  /* gnuplot draws the same chart to the same bytes. */
  g_assert_true (g_bytes_equal (first, third));
}

static void
test_supersede (void)
{
  g_autoptr(VsPlotter) plotter = vs_plotter_new (NULL);
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();
  g_autofree char *script = trend_script ();
  g_autofree char *other = g_strconcat ("# another chart\n", script, NULL);
  Wait wait = { g_main_loop_new (NULL, FALSE), };

  /* Keep gnuplot busy so that the view's requests queue up behind it. */
  _vs_plotter_render_script_async (plotter, "pause 0.3\n", NULL, NULL, on_rendered,
                                   slot_new (&wait, 0));
  _vs_plotter_render_script_async (plotter, script, "area:cp:trend", NULL, on_rendered,
                                   slot_new (&wait, 1));
  _vs_plotter_render_script_async (plotter, other, "area:cp:trend", NULL, on_rendered,
                                   slot_new (&wait, 2));
  g_cancellable_cancel (cancelled);
  _vs_plotter_render_script_async (plotter, script, NULL, cancelled, on_rendered,
                                   slot_new (&wait, 3));
  g_main_loop_run (wait.loop);

  /* "pause" draws nothing, which is an error of its own. */
  g_assert_error (wait.errors[0], VS_PLOT_ERROR, VS_PLOT_ERROR_FAILED);
  g_assert_error (wait.errors[1], G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_no_error (wait.errors[2]);
  g_assert_nonnull (wait.bytes[2]);
  g_assert_error (wait.errors[3], G_IO_ERROR, G_IO_ERROR_CANCELLED);
  /* Neither cancelled chart was drawn. */
  g_assert_cmpuint (_vs_plotter_get_n_drawn (plotter), ==, 1);
  wait_clear (&wait);
}

static gboolean
kill_gnuplot_cb (gpointer user_data)
{
  GPid pid = GPOINTER_TO_INT (user_data);

  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  return G_SOURCE_REMOVE;
}

static void
test_killed (void)
{
  g_autoptr(VsPlotter) plotter = vs_plotter_new (NULL);
  Wait wait = { g_main_loop_new (NULL, FALSE), };
  GPid pid;

  assert_renders (plotter);
  pid = vs_plotter_get_pid (plotter);

  /* A chart in flight (gnuplot busy for 5 s) when its gnuplot is killed. */
  _vs_plotter_render_script_async (plotter, "pause 5\n", NULL, NULL, on_rendered,
                                   slot_new (&wait, 0));
  g_timeout_add (300, kill_gnuplot_cb, GINT_TO_POINTER (pid));
  g_main_loop_run (wait.loop);

  g_assert_error (wait.errors[0], VS_PLOT_ERROR, VS_PLOT_ERROR_DIED);
  g_assert_nonnull (strstr (wait.errors[0]->message, "killed by signal 9"));
  g_assert_nonnull (strstr (wait.errors[0]->message, "restarted"));
  g_assert_cmpint (vs_plotter_get_pid (plotter), ==, 0);
  g_assert_false (process_exists (pid));   /* reaped, not a zombie */

  /* The next chart starts a new gnuplot and succeeds. */
  assert_renders (plotter);
  g_assert_cmpint (vs_plotter_get_pid (plotter), >, 0);
  g_assert_cmpint (vs_plotter_get_pid (plotter), !=, pid);
  wait_clear (&wait);
}

static void
test_killed_between_charts (void)
{
  g_autoptr(VsPlotter) plotter = vs_plotter_new (NULL);
  g_autoptr(VsChartSpec) spec = plot_test_cp_spec (VS_CHART_LOCALITIES, VS_CHART_FORMAT_PNG);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GPid pid;

  assert_renders (plotter);
  pid = vs_plotter_get_pid (plotter);
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  /* Writing to the dead gnuplot must not kill us with SIGPIPE: the chart fails ... */
  bytes = vs_plotter_render (plotter, spec, NULL, &error);
  g_assert_error (error, VS_PLOT_ERROR, VS_PLOT_ERROR_DIED);
  g_assert_null (bytes);
  /* ... and the next one works. */
  assert_renders (plotter);
}

static void
test_hung (void)
{
  g_autoptr(VsPlotter) plotter = vs_plotter_new (NULL);
  Wait wait = { g_main_loop_new (NULL, FALSE), };
  GPid pid;

  vs_plotter_set_timeout (plotter, 500);
  g_assert_cmpuint (vs_plotter_get_timeout (plotter), ==, 500);
  assert_renders (plotter);
  pid = vs_plotter_get_pid (plotter);

  _vs_plotter_render_script_async (plotter, "pause 30\n", NULL, NULL, on_rendered,
                                   slot_new (&wait, 0));
  g_main_loop_run (wait.loop);
  g_assert_error (wait.errors[0], VS_PLOT_ERROR, VS_PLOT_ERROR_TIMEOUT);
  g_assert_nonnull (strstr (wait.errors[0]->message, "0.5 s"));
  g_assert_false (process_exists (pid));   /* the hung gnuplot was killed and reaped */

  assert_renders (plotter);
  g_assert_cmpint (vs_plotter_get_pid (plotter), !=, pid);
  wait_clear (&wait);
}

static void
test_gnuplot_error (void)
{
  g_autoptr(VsPlotter) plotter = vs_plotter_new (NULL);
  Wait wait = { g_main_loop_new (NULL, FALSE), };
  GPid pid;

  assert_renders (plotter);
  pid = vs_plotter_get_pid (plotter);
  _vs_plotter_render_script_async (plotter, "set terminal svg\nset nonsense 42\nplot x\n",
                                   NULL, NULL, on_rendered, slot_new (&wait, 0));
  g_main_loop_run (wait.loop);
  /* gnuplot's own message, and the command it choked on. */
  g_assert_error (wait.errors[0], VS_PLOT_ERROR, VS_PLOT_ERROR_GNUPLOT);
  g_assert_nonnull (strstr (wait.errors[0]->message, "set nonsense 42"));
  /* An error in one chart leaves gnuplot running for the next. */
  g_assert_cmpint (vs_plotter_get_pid (plotter), ==, pid);
  assert_renders (plotter);
  g_assert_cmpint (vs_plotter_get_pid (plotter), ==, pid);
  wait_clear (&wait);
}

static void
assert_no_gnuplot (VsPlotter *plotter)
{
  g_autoptr(VsChartSpec) spec = plot_test_cp_spec (VS_CHART_TREND, VS_CHART_FORMAT_SVG);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = vs_plotter_render (plotter, spec, NULL, &error);

  g_assert_null (bytes);
  g_assert_error (error, VS_PLOT_ERROR, VS_PLOT_ERROR_NO_GNUPLOT);
  g_assert_true (g_str_has_prefix (error->message,
                                   "gnuplot is not installed; charts cannot be drawn"));
  g_assert_cmpint (vs_plotter_get_pid (plotter), ==, 0);
}

static void
test_no_gnuplot (void)
{
  g_autoptr(VsPlotter) from_env = NULL;
  g_autoptr(VsPlotter) by_name = NULL;
  g_autoptr(VsPlotter) directory = NULL;
  g_autofree char *program = NULL;

  g_setenv ("VS_GNUPLOT", "/nonexistent/gnuplot", TRUE);
  from_env = vs_plotter_new (NULL);
  g_unsetenv ("VS_GNUPLOT");
  g_object_get (from_env, "program", &program, NULL);
  g_assert_cmpstr (program, ==, "/nonexistent/gnuplot");
  assert_no_gnuplot (from_env);

  by_name = vs_plotter_new ("vs-no-such-gnuplot");
  assert_no_gnuplot (by_name);
  directory = vs_plotter_new ("/");
  assert_no_gnuplot (directory);
}

static void
test_not_gnuplot (void)
{
  g_autofree char *true_program = g_find_program_in_path ("true");
  g_autoptr(VsPlotter) plotter = NULL;
  g_autoptr(VsChartSpec) spec = plot_test_cp_spec (VS_CHART_TREND, VS_CHART_FORMAT_SVG);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_assert_nonnull (true_program);
  /* A program that exits at once: the chart fails clearly, nothing hangs or crashes. */
  plotter = vs_plotter_new (true_program);
  bytes = vs_plotter_render (plotter, spec, NULL, &error);
  g_assert_null (bytes);
  g_assert_error (error, VS_PLOT_ERROR, VS_PLOT_ERROR_DIED);
  g_assert_nonnull (strstr (error->message, "exited with status 0"));
}

/* A gnuplot that floods (a broken build, a hostile program on PATH) took 3.7 GB in 10 s,
 * read into memory without end. Past the cap it is stopped, the chart fails saying so,
 * and the next chart starts a fresh process. */
static void
test_flooding (void)
{
  static const char * const floods[] = {
    "#!/bin/sh\nexec cat /dev/zero\n",           /* a chart without end on stdout */
    /* messages without end on stderr; the shell keeps stdout open meanwhile */
    "#!/bin/sh\nyes 'line 0: flood' >&2\n",
  };
  static const char * const sizes[] = { "64 MB", "1 MB" };
  g_autofree char *dir = g_dir_make_tmp ("vs-flood-XXXXXX", NULL);
  g_autofree char *program = g_build_filename (dir, "gnuplot", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (floods); i++)
    {
      g_autoptr(VsPlotter) plotter = NULL;
      g_autoptr(VsChartSpec) spec = plot_test_cp_spec (VS_CHART_TREND, VS_CHART_FORMAT_SVG);

      g_assert_true (g_file_set_contents (program, floods[i], -1, NULL));
      g_assert_cmpint (g_chmod (program, 0755), ==, 0);
      plotter = vs_plotter_new (program);
      for (guint round = 0; round < 2; round++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(GBytes) bytes = vs_plotter_render (plotter, spec, NULL, &error);

          g_assert_null (bytes);
          g_assert_error (error, VS_PLOT_ERROR, VS_PLOT_ERROR_TOO_LARGE);
          g_assert_nonnull (strstr (error->message, sizes[i]));
          g_assert_nonnull (strstr (error->message, "restarted for the next chart"));
          /* the flooding process is gone; the second round started its own */
          g_assert_cmpint (vs_plotter_get_pid (plotter), ==, 0);
        }
    }
  g_unlink (program);
  g_rmdir (dir);
}

static gpointer
render_in_thread (gpointer data)
{
  VsPlotter *plotter = data;
  g_autoptr(VsChartSpec) spec = plot_test_cp_spec (VS_CHART_SPARKLINE, VS_CHART_FORMAT_PNG);

  return vs_plotter_render (plotter, spec, NULL, NULL);
}

static void
test_sync_from_thread (void)
{
  g_autoptr(VsPlotter) plotter = vs_plotter_new (NULL);
  g_autoptr(GBytes) bytes = NULL;

  /* The waiting form needs no main loop: it works from any thread. */
  bytes = g_thread_join (g_thread_new ("render", render_in_thread, plotter));
  g_assert_nonnull (bytes);
  plot_test_assert_png (bytes, 120, 32);
}

static void
test_dispose (void)
{
  VsPlotter *plotter = vs_plotter_new (NULL);
  GPid pid;

  assert_renders (plotter);
  pid = vs_plotter_get_pid (plotter);
  g_assert_true (process_exists (pid));
  g_object_unref (plotter);
  /* Freeing the plotter ends its gnuplot. */
  g_assert_false (process_exists (pid));
}

static void
test_default (void)
{
  g_assert_true (vs_plotter_get_default () == vs_plotter_get_default ());
  g_assert_cmpuint (vs_plotter_get_timeout (vs_plotter_get_default ()), ==,
                    VS_PLOTTER_DEFAULT_TIMEOUT_MS);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_unsetenv ("VS_GNUPLOT");

  g_test_add_func ("/plot/plotter/async", test_async);
  g_test_add_func ("/plot/plotter/persistent", test_persistent);
  g_test_add_func ("/plot/plotter/flooding", test_flooding);
  g_test_add_func ("/plot/plotter/cache", test_cache);
  g_test_add_func ("/plot/plotter/supersede", test_supersede);
  g_test_add_func ("/plot/plotter/killed", test_killed);
  g_test_add_func ("/plot/plotter/killed-between-charts", test_killed_between_charts);
  g_test_add_func ("/plot/plotter/hung", test_hung);
  g_test_add_func ("/plot/plotter/gnuplot-error", test_gnuplot_error);
  g_test_add_func ("/plot/plotter/no-gnuplot", test_no_gnuplot);
  g_test_add_func ("/plot/plotter/not-gnuplot", test_not_gnuplot);
  g_test_add_func ("/plot/plotter/sync-from-thread", test_sync_from_thread);
  g_test_add_func ("/plot/plotter/dispose", test_dispose);
  g_test_add_func ("/plot/plotter/default", test_default);

  return g_test_run ();
}
