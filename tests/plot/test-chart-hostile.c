/* test-chart-hostile.c: titles and names that try to run commands, drawn in every chart
 * kind and format; a canary file must never appear and the text must print as written
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "vs-gnuplot-quote.h"
#include "plot-test-util.h"

static char *canary_dir;

/* @D stands for the canary directory (gnuplot's working directory too). */
static const char * const hostile_templates[] = {
  "Quote ' double \" back\\slash \\\\ ends in \\",
  "'Leading quote' and ''doubled'' and ''' and \"\"",
  "Line one\nsystem('touch @D/C1')\n!touch @D/C2",
  "CR\r!touch @D/C3\r\n!touch C4",
  "Ticks `touch @D/C5` and \"`touch @D/C6`\"",
  "Dollar $(touch @D/C7) and ${HOME} and $1",
  "Call system(\"touch @D/C8\") ; system('touch C9')",
  "x'; system('touch @D/C10'); t='",
  "EOD\n!touch @D/C11\nEOD",
  "@T\n!touch @D/C12\n@T",
  "Markup ^{up}_{down} @at &{gap} ~a{.8-} \\n {}",
  "Macro @GPVAL_VERSION @ARG0 and a lone @",
  "<svg> & </text> &amp; <!-- not a comment -->",
  "Tab\there DEL\x7f ESC\x1b[31m C0\x01\x02 end",
  "Café – ≥ 90% ✓ 日本 Ünïcödé",
};

static char *
expand (const char *template)
{
  g_autofree char *with_dir = NULL;
  GString *out = g_string_new (NULL);

  for (const char *p = template; *p != '\0'; p++)
    {
      if (p[0] == '@' && p[1] == 'D')
        {
          g_string_append (out, canary_dir);
          p++;
        }
      else if (p[0] == '@' && p[1] == 'T')
        {
          g_string_append (out, vs_gnuplot_datablock_terminator ());
          p++;
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static void
make_hostile (VsChartSpec *spec,
              const char  *text)
{
  g_free (spec->title);
  spec->title = g_strdup (text);
  g_free (spec->subtitle);
  spec->subtitle = g_strdup (text);
  g_free (spec->footnote);
  spec->footnote = g_strdup (text);
  g_free (spec->series_label);
  spec->series_label = g_strdup (text);
  g_free (spec->target_label);
  spec->target_label = g_strdup (text);
  g_free (spec->variation);
  spec->variation = g_strdup (text);
  g_free (spec->assurance);
  spec->assurance = g_strdup (text);
  for (guint i = 0; i < spec->n; i++)
    {
      g_free (spec->labels[i]);
      spec->labels[i] = g_strdup (text);
    }
  for (guint b = 0; b < spec->benchmarks->len; b++)
    {
      VsChartLine *line = g_ptr_array_index (spec->benchmarks, b);

      g_free (line->label);
      line->label = g_strdup (text);
    }
}

static void
test_hostile (gconstpointer data)
{
  VsChartKind kind = GPOINTER_TO_INT (data);
  g_autoptr(VsPlotter) plotter = vs_plotter_new (NULL);

  for (guint h = 0; h < G_N_ELEMENTS (hostile_templates); h++)
    for (VsChartFormat format = 0; format < VS_N_CHART_FORMATS; format++)
      {
        g_autofree char *text = expand (hostile_templates[h]);
        g_autofree char *clean = vs_gnuplot_clean_text (text);
        g_autoptr(VsChartSpec) spec = plot_test_cp_spec (kind, format);
        g_autoptr(GBytes) bytes = NULL;
        g_autoptr(GError) error = NULL;
        PlotTestSvg svg;

        make_hostile (spec, text);
        bytes = vs_plotter_render (plotter, spec, NULL, &error);
        /* A gnuplot error here would mean the text got out of its string. */
        g_assert_no_error (error);
        g_assert_nonnull (bytes);

        if (format == VS_CHART_FORMAT_PNG)
          plot_test_assert_png (bytes, spec->width, spec->height);
        else if (format == VS_CHART_FORMAT_PDF)
          plot_test_assert_pdf (bytes, spec->width, spec->height);
        else
          {
            g_assert_true (plot_test_parse_svg (bytes, &svg, &error));
            g_assert_no_error (error);
            if (kind == VS_CHART_TREND || kind == VS_CHART_SPC)
              {
                /* Title, subtitle, legend entry and footnote, as written. */
                g_assert_true (plot_test_svg_has_text (&svg, clean));
              }
            else if (kind == VS_CHART_COMPARATORS || kind == VS_CHART_NEIGHBOURS)
              g_assert_true (plot_test_svg_has_text (&svg, clean));
            else if (kind == VS_CHART_LOCALITIES)
              {
                g_autofree char *county = g_strdup_printf ("%s 58.1%%", clean);

                g_assert_true (plot_test_svg_has_text (&svg, clean));
                g_assert_true (plot_test_svg_has_text (&svg, county));
              }
            plot_test_svg_clear (&svg);
          }
        g_assert_cmpuint (plot_test_count_files (canary_dir), ==, 0);
      }
}

static void
test_hostile_long (void)
{
  g_autoptr(VsPlotter) plotter = vs_plotter_new (NULL);
  g_autofree char *touch = expand ("`touch @D/C13` $(touch @D/C14)\n!touch @D/C15\n");
  g_autoptr(GString) text = g_string_new (NULL);

  while (text->len < 4000)
    g_string_append (text, touch);
  for (VsChartKind kind = VS_CHART_TREND; kind < VS_N_CHART_KINDS; kind++)
    {
      g_autoptr(VsChartSpec) spec = plot_test_cp_spec (kind, VS_CHART_FORMAT_SVG);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;

      make_hostile (spec, text->str);
      bytes = vs_plotter_render (plotter, spec, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (plot_test_count_files (canary_dir), ==, 0);
    }
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  /* gnuplot starts in our working directory: a relative `touch C4` lands here too. */
  canary_dir = plot_test_make_dir ();
  g_assert_cmpint (g_chdir (canary_dir), ==, 0);

  g_test_add_data_func ("/plot/hostile/trend", GINT_TO_POINTER (VS_CHART_TREND), test_hostile);
  g_test_add_data_func ("/plot/hostile/spc", GINT_TO_POINTER (VS_CHART_SPC), test_hostile);
  g_test_add_data_func ("/plot/hostile/localities", GINT_TO_POINTER (VS_CHART_LOCALITIES),
                        test_hostile);
  g_test_add_data_func ("/plot/hostile/sparkline", GINT_TO_POINTER (VS_CHART_SPARKLINE),
                        test_hostile);
  g_test_add_data_func ("/plot/hostile/comparators", GINT_TO_POINTER (VS_CHART_COMPARATORS),
                        test_hostile);
  g_test_add_data_func ("/plot/hostile/neighbours", GINT_TO_POINTER (VS_CHART_NEIGHBOURS),
                        test_hostile);
  g_test_add_func ("/plot/hostile/long", test_hostile_long);

  status = g_test_run ();
  g_assert_cmpint (g_chdir ("/"), ==, 0);
  plot_test_remove_dir (canary_dir);
  g_free (canary_dir);
  return status;
}
