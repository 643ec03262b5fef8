/* test-plot-cli.c: `vital-signs chart` on the demo data and on imported hostile names
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "vs-gnuplot-quote.h"
#include "plot-test-util.h"

static char *work_dir;     /* databases, outputs, and gnuplot's working directory */
static char *demo_db;

/* Runs the real binary in @work_dir with @db (NULL: the demo database); returns its exit
 * status. @env_extra is "NAME=value" or NULL. */
static int
run_cli (const char  *db,
         const char  *env_extra,
         char       **out,
         char       **err,
         const char  *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  g_autofree char *ignored_out = NULL;
  g_autofree char *ignored_err = NULL;
  int status = 0;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("VS_CLI"));
  g_ptr_array_add (argv, (gpointer) "--db");
  g_ptr_array_add (argv, (gpointer) (db != NULL ? db : demo_db));
  if (db == NULL)
    g_ptr_array_add (argv, (gpointer) "--demo");
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  if (env_extra != NULL)
    {
      g_auto(GStrv) pair = g_strsplit (env_extra, "=", 2);

      envp = g_environ_setenv (envp, pair[0], pair[1], TRUE);
    }

  g_spawn_sync (work_dir, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                out != NULL ? out : &ignored_out, err != NULL ? err : &ignored_err,
                &status, &error);
  g_assert_no_error (error);
  g_assert_null (strstr (err != NULL ? *err : ignored_err, "CRITICAL"));
  g_assert_null (strstr (err != NULL ? *err : ignored_err, "WARNING"));
  return WIFEXITED (status) ? WEXITSTATUS (status) : 128;
}

static char *
work_path (const char *name)
{
  return g_build_filename (work_dir, name, NULL);
}

static GBytes *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize len = 0;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, len);
}

static PlotTestSvg
parse_file (const char *path)
{
  g_autoptr(GBytes) bytes = read_file (path);
  g_autoptr(GError) error = NULL;
  PlotTestSvg svg;

  g_assert_true (plot_test_parse_svg (bytes, &svg, &error));
  g_assert_no_error (error);
  return svg;
}

static void
test_trend (void)
{
  g_autofree char *path = work_path ("cp.svg");
  PlotTestSvg svg;

  g_assert_cmpint (run_cli (NULL, NULL, NULL, NULL, "chart", "6.14", "--output", path, NULL), ==, 0);
  svg = parse_file (path);
  g_assert_cmpfloat (svg.width, ==, 800);
  g_assert_cmpfloat (svg.height, ==, 450);
  g_assert_true (plot_test_svg_has_text (&svg, PLOT_TEST_CP_TITLE));
  g_assert_true (plot_test_svg_has_text (&svg, "Nov 17"));
  g_assert_true (plot_test_svg_has_text (&svg, "58.1%"));
  g_assert_true (plot_test_svg_has_text (&svg, "Target 100%"));
  g_assert_true (plot_test_svg_has_text (&svg, "Eastern region 77.5%"));   /* the demo benchmark */
  /* The footnote: the source and the months shown, wrapped whole onto two lines (the
   * demo's source is 266 characters), never an import date nor an ellipsis. */
  g_assert_true (plot_test_svg_has_text (&svg, "Source: Norfolk County Council, Children's "
                                         "Services Committee, 16 January 2018 (vital-signs "
                                         "dashboard; also 12 September 2017); CareFirst, "
                                         "Norfolk MI"));
  g_assert_true (plot_test_svg_has_text_containing (&svg, "Appendix 1). Figures for Nov 16 to "
                                                    "Nov 17."));
  g_assert_false (plot_test_svg_has_text_containing (&svg, "Imported "));
  g_assert_false (plot_test_svg_has_text_containing (&svg, "…"));
  /* The demo's Nov 17 ratings: the dashboard's red months. */
  g_assert_cmpint (plot_test_svg_count_markers (&svg, "Red"), >, 1);
  plot_test_svg_clear (&svg);
}

static void
test_formats (void)
{
  g_autofree char *png = work_path ("cp.png");
  g_autofree char *pdf = work_path ("cp.pdf");
  g_autofree char *dark = work_path ("cp-dark.svg");
  g_autoptr(GBytes) png_bytes = NULL;
  g_autoptr(GBytes) pdf_bytes = NULL;
  g_autoptr(GBytes) dark_bytes = NULL;

  g_assert_cmpint (run_cli (NULL, NULL, NULL, NULL, "chart", "6.14", "--width", "1200",
                            "--height", "675", "--output", png, NULL), ==, 0);
  png_bytes = read_file (png);
  plot_test_assert_png (png_bytes, 1200, 675);

  g_assert_cmpint (run_cli (NULL, NULL, NULL, NULL, "chart", "6.14", "--output", pdf, NULL), ==, 0);
  pdf_bytes = read_file (pdf);
  plot_test_assert_pdf (pdf_bytes, 800, 450);

  g_assert_cmpint (run_cli (NULL, NULL, NULL, NULL, "chart", "6.14", "--dark", "--output", dark,
                            NULL), ==, 0);
  dark_bytes = read_file (dark);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (dark_bytes, NULL),
                                  g_bytes_get_size (dark_bytes), "fill=\"#1e1e1e\""));
}

static void
test_kinds (void)
{
  g_autofree char *spc = work_path ("cp-spc.svg");
  g_autofree char *localities = work_path ("cp-localities.svg");
  g_autofree char *north = work_path ("cp-north.svg");
  g_autofree char *sparkline = work_path ("cp-sparkline.svg");
  PlotTestSvg svg;

  g_assert_cmpint (run_cli (NULL, NULL, NULL, NULL, "chart", "6.14", "--kind", "spc",
                            "--output", spc, NULL), ==, 0);
  svg = parse_file (spc);
  g_assert_true (plot_test_svg_has_text (&svg, "Mean"));
  g_assert_true (plot_test_svg_has_text (&svg, "Process limits"));
  plot_test_svg_clear (&svg);

  /* Nov 17 by locality: the demo has North's 31.8% and the county's 58.1%. */
  g_assert_cmpint (run_cli (NULL, NULL, NULL, NULL, "chart", "6.14", "--kind", "localities",
                            "--output", localities, NULL), ==, 0);
  svg = parse_file (localities);
  g_assert_true (plot_test_svg_has_text (&svg, "North"));
  g_assert_true (plot_test_svg_has_text (&svg, "31.8%"));
  g_assert_true (plot_test_svg_has_text (&svg, "County 58.1%"));
  g_assert_true (plot_test_svg_has_text_containing (&svg, "November 2017"));
  plot_test_svg_clear (&svg);

  /* A sparkline for a table cell of an officer's own paper: small, no axes, no text. */
  g_assert_cmpint (run_cli (NULL, NULL, NULL, NULL, "chart", "6.14", "--kind", "sparkline",
                            "--output", sparkline, NULL), ==, 0);
  {
    g_autofree char *text = NULL;

    g_assert_true (g_file_get_contents (sparkline, &text, NULL, NULL));
    g_assert_nonnull (strstr (text, "width=\"120\""));
    g_assert_nonnull (strstr (text, "height=\"32\""));
  }

  g_assert_cmpint (run_cli (NULL, NULL, NULL, NULL, "chart", "6.14", "--locality", "North",
                            "--period", "2017-11", "--months", "6", "--output", north, NULL), ==, 0);
  svg = parse_file (north);
  g_assert_true (plot_test_svg_has_text (&svg, "Jun 17"));
  g_assert_true (plot_test_svg_has_text (&svg, "Nov 17"));
  g_assert_false (plot_test_svg_has_text (&svg, "May 17"));
  g_assert_true (plot_test_svg_has_text (&svg, "31.8%"));
  plot_test_svg_clear (&svg);
}

static void
test_area (void)
{
  g_autofree char *dir = work_path ("cp-area");
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *cp = g_build_filename (dir, "6.14.png", NULL);
  guint n = 0;

  g_assert_cmpint (run_cli (NULL, NULL, &out, NULL, "chart", "--area", "Child Protection",
                            "--format", "png", "--output-dir", dir, NULL), ==, 0);
  lines = g_strsplit (g_strstrip (out), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GBytes) bytes = read_file (lines[i]);

      g_assert_true (g_str_has_suffix (lines[i], ".png"));
      plot_test_assert_png (bytes, 800, 450);
      n++;
    }
  /* One file per indicator, nothing else. */
  g_assert_cmpuint (n, >, 5);
  g_assert_cmpuint (plot_test_count_files (dir), ==, n);
  g_assert_true (g_file_test (cp, G_FILE_TEST_EXISTS));
}

static void
test_errors (void)
{
  g_autofree char *jpg = work_path ("cp.jpg");
  g_autofree char *nope = work_path ("nope.svg");
  g_autofree char *no_dir = work_path ("no-such-dir/cp.svg");
  g_autofree char *keep = work_path ("keep.svg");
  g_autofree char *err = NULL;
  g_autoptr(GBytes) kept = NULL;
  guint files_before;

  g_assert_cmpint (run_cli (NULL, NULL, NULL, &err, "chart", "6.14", "--output", jpg, NULL), ==, 2);
  g_assert_nonnull (strstr (err, "name it .svg, .png or .pdf"));
  g_assert_false (g_file_test (jpg, G_FILE_TEST_EXISTS));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (NULL, NULL, NULL, &err, "chart", "6.14", NULL), ==, 2);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (NULL, NULL, NULL, &err, "chart", "--all", "--output", nope, NULL), ==, 2);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (NULL, NULL, NULL, &err, "chart", "6.14", "--kind", "pie",
                            "--output", nope, NULL), ==, 2);
  g_assert_nonnull (strstr (err, "trend, spc, localities, sparkline, comparators or neighbours"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (NULL, NULL, NULL, &err, "chart", "6.14", "--width", "5",
                            "--output", nope, NULL), ==, 2);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (NULL, NULL, NULL, &err, "chart", "no such indicator at all",
                            "--output", nope, NULL), ==, 2);
  g_assert_false (g_file_test (nope, G_FILE_TEST_EXISTS));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (NULL, NULL, NULL, &err, "chart", "6.14", "--output", no_dir, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "Could not write the chart"));
  g_clear_pointer (&err, g_free);

  /* Without gnuplot: a clear message, and the file already there left as it was. */
  g_assert_true (g_file_set_contents (keep, "old", -1, NULL));
  files_before = plot_test_count_files (work_dir);
  g_assert_cmpint (run_cli (NULL, "VS_GNUPLOT=/nonexistent/gnuplot", NULL, &err, "chart", "6.14",
                            "--output", keep, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "gnuplot is not installed; charts cannot be drawn"));
  kept = read_file (keep);
  g_assert_cmpmem (g_bytes_get_data (kept, NULL), g_bytes_get_size (kept), "old", 3);
  g_assert_cmpuint (plot_test_count_files (work_dir), ==, files_before);
}

/* @D stands for the working directory, where no canary C1..C10 may appear. */
static const char * const hostile_titles[] = {
  "'Quoted' \"dq\" back\\slash `touch @D/C1` $(touch C2)",
  "Line\nsystem(\"touch @D/C3\")\n!touch @D/C4",
  "EOD\n!touch @D/C5\nEOD",
  "^{x}_y @z &{a} ~b ; system('touch @D/C6') 100% %s",
};
static const char * const hostile_localities[] = {
  "County", "Bad'loc `touch @D/C7`", "Loc\nEOD\n!touch C8", "x\"; system(\"touch @D/C9\")",
};

static char *
expand (const char *template)
{
  g_auto(GStrv) parts = g_strsplit (template, "@D", -1);

  return g_strjoinv (work_dir, parts);
}

static void
append_csv_field (GString    *csv,
                  const char *field)
{
  g_string_append_c (csv, '"');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append_c (csv, '"');
}

static void
assert_no_canary (void)
{
  for (guint i = 1; i <= 10; i++)
    {
      g_autofree char *name = g_strdup_printf ("C%u", i);
      g_autofree char *path = work_path (name);

      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }
}

static void
test_hostile_import (void)
{
  g_autoptr(GString) csv = g_string_new ("Ref,Indicator,Locality,Period,Value\r\n");
  g_autofree char *csv_path = work_path ("hostile.csv");
  g_autofree char *db = work_path ("hostile.db");
  g_autofree char *area = expand ("Hostile ' area `touch @D/C10`");
  g_autofree char *all_dir = work_path ("hostile-all");
  static const char * const kinds[] = { "trend", "spc", "localities" };
  static const char * const formats[] = { "svg", "png", "pdf" };

  for (guint t = 0; t < G_N_ELEMENTS (hostile_titles); t++)
    for (guint l = 0; l < G_N_ELEMENTS (hostile_localities); l++)
      for (guint m = 1; m <= 12; m++)
        {
          g_autofree char *title = expand (hostile_titles[t]);
          g_autofree char *locality = expand (hostile_localities[l]);

          g_string_append_printf (csv, "H%u,", t);
          append_csv_field (csv, title);
          g_string_append_c (csv, ',');
          append_csv_field (csv, locality);
          g_string_append_printf (csv, ",2017-%02u,%u%%\r\n", m, 40 + 3 * m + 5 * l + t);
        }
  g_assert_true (g_file_set_contents (csv_path, csv->str, csv->len, NULL));
  g_assert_cmpint (run_cli (db, NULL, NULL, NULL, "import", csv_path, "--area", area, NULL), ==, 0);

  for (guint t = 0; t < G_N_ELEMENTS (hostile_titles); t++)
    for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
      for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
        {
          g_autofree char *ref = g_strdup_printf ("H%u", t);
          g_autofree char *name = g_strdup_printf ("h%u-%s.%s", t, kinds[k], formats[f]);
          g_autofree char *path = work_path (name);
          g_autofree char *title = expand (hostile_titles[t]);
          g_autofree char *clean = vs_gnuplot_clean_text (title);

          g_assert_cmpint (run_cli (db, NULL, NULL, NULL, "chart", ref, "--kind", kinds[k],
                                    "--output", path, NULL), ==, 0);
          if (f == 0)
            {
              PlotTestSvg svg = parse_file (path);

              g_assert_true (plot_test_svg_has_text (&svg, clean));
              if (k == 2)
                for (guint l = 0; l < G_N_ELEMENTS (hostile_localities); l++)
                  {
                    g_autofree char *locality = expand (hostile_localities[l]);
                    g_autofree char *shown = vs_gnuplot_clean_text (locality);

                    g_assert_true (plot_test_svg_has_text (&svg, shown));
                  }
              plot_test_svg_clear (&svg);
            }
          assert_no_canary ();
        }

  /* A hostile locality as the chart's subject. */
  {
    g_autofree char *locality = expand (hostile_localities[1]);
    g_autofree char *path = work_path ("h0-bad-locality.svg");

    g_assert_cmpint (run_cli (db, NULL, NULL, NULL, "chart", "H0", "--locality", locality,
                              "--kind", "spc", "--output", path, NULL), ==, 0);
  }
  g_assert_cmpint (run_cli (db, NULL, NULL, NULL, "chart", "--all", "--output-dir", all_dir,
                            NULL), ==, 0);
  g_assert_cmpuint (plot_test_count_files (all_dir), ==, G_N_ELEMENTS (hostile_titles));
  assert_no_canary ();
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  work_dir = plot_test_make_dir ();
  demo_db = work_path ("demo.db");

  g_test_add_func ("/plot/cli/trend", test_trend);
  g_test_add_func ("/plot/cli/formats", test_formats);
  g_test_add_func ("/plot/cli/kinds", test_kinds);
  g_test_add_func ("/plot/cli/area", test_area);
  g_test_add_func ("/plot/cli/errors", test_errors);
  g_test_add_func ("/plot/cli/hostile-import", test_hostile_import);

  status = g_test_run ();
  remove_tree (work_dir);
  g_free (demo_db);
  g_free (work_dir);
  return status;
}
