/* plot-test-util.c: the committee papers' figures as charts, and checks of the files gnuplot writes
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "vs-assessment.h"
#include "vs-rag.h"
#include "vs-spc.h"
#include "plot-test-util.h"

const double plot_test_cp_values[13] = {
  87.5, 90.7, 89.1, 84.5, 93.3, 90.5, 90.0, 58.3, 68.6, 49.2, 67.3, 67.5, 58.1,
};

VsIndicator *
plot_test_cp_indicator (void)
{
  VsIndicator *indicator = vs_indicator_new ();

  indicator->ref = g_strdup ("6.14");
  indicator->title = g_strdup (PLOT_TEST_CP_TITLE);
  indicator->area = g_strdup ("Child Protection");
  indicator->unit = VS_UNIT_PERCENTAGE;
  indicator->polarity = VS_POLARITY_HIGHER_IS_BETTER;
  indicator->target_text = g_strdup ("100%");
  indicator->red_threshold = 80;
  indicator->green_threshold = 90;
  indicator->source = g_strdup ("Norfolk County Council, Children's Services Committee, "
                                "16 January 2018");
  return indicator;
}

VsSeries *
plot_test_cp_series (const int *missing)
{
  VsSeries *series = vs_series_new (vs_period_new (2016, 11), 13);

  for (guint i = 0; i < 13; i++)
    {
      series->values[i] = plot_test_cp_values[i];
      series->states[i] = VS_OBS_ACTUAL;
    }
  for (guint m = 0; missing != NULL && missing[m] >= 0; m++)
    {
      series->values[missing[m]] = NAN;
      series->states[missing[m]] = VS_OBS_MISSING;
    }
  return series;
}

static GPtrArray *
cp_benchmarks (void)
{
  GPtrArray *benchmarks = g_ptr_array_new_with_free_func ((GDestroyNotify) vs_benchmark_free);
  VsBenchmark *bench = g_new0 (VsBenchmark, 1);

  /* The demo data's one comparator for 6.14: Eastern region, July 2017. */
  bench->comparator = VS_COMPARATOR_REGIONAL_AVERAGE;
  bench->period = vs_period_new (2017, 7);
  bench->value = 77.5;
  bench->label = g_strdup ("Eastern region");
  g_ptr_array_add (benchmarks, bench);
  return benchmarks;
}

static VsChartSpec *
localities_spec (const VsAssessment *judged)
{
  const VsIndicator *indicator = judged->indicator;
  /* Norfolk, 16 January 2018, 4.3.4: "Breckland and South ... at circa 84%, whilst North ... to 31.8%";
   * the county figure 58.1%. The paper gives no figure for the others: no data. */
  static const char * const names[] = {
    "Breckland", "North", "Norwich", "South", "West", "Yarmouth", "Norfolk",
  };
  const double values[] = { 84.0, 31.8, NAN, 84.0, NAN, NAN, 58.1 };
  VsRag rags[G_N_ELEMENTS (names)];

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      VsRating rating = { 0, };
      g_autoptr(GError) error = NULL;

      vs_rag_rate_indicator (indicator, isnan (values[i]) ? VS_OBS_MISSING : VS_OBS_ACTUAL,
                             values[i], NAN, &rating, &error);
      g_assert_no_error (error);
      rags[i] = rating.rag;
      vs_rating_clear (&rating);
    }
  return vs_chart_spec_new_localities (judged, G_N_ELEMENTS (names), names, values, rags, 6);
}

/* tests/data/public/bench_d3_cpp_subsequent_2019_to_2025.csv: Norfolk's
 * CPP_subsequent_percent 2018-19 .. 2024-25, England's (National rows) and East of
 * England's (Regional rows); the SN average only for 2024-25 (26.19, worked out in
 * tests/benchmarks/test-comparators.c), so the line also has gaps. */
static VsChartSpec *
comparators_spec (void)
{
  static const double norfolk[] = { 24.8, 20.8, 26.1, 24.6, 24.5, 22.4, 18.8 };
  static const double england[] = { 20.8, 21.9, 22.1, 22.7, 23.6, 24.7, 24.5 };
  static const double region[] = { 20.9, 20.6, 20.8, 19.4, 22.9, 22.1, 22.5 };
  VsChartSpec *spec = vs_chart_spec_new (VS_CHART_COMPARATORS, G_N_ELEMENTS (norfolk));
  double *sn = vs_chart_spec_add_benchmark (spec, "SN average");
  double *e = vs_chart_spec_add_benchmark (spec, "England");
  double *r = vs_chart_spec_add_benchmark (spec, "East of England");

  spec->title = g_strdup (PLOT_TEST_D3_TITLE);
  spec->subtitle = g_strdup ("Norfolk against its statistical neighbours (2025 model), England and its region");
  spec->footnote = g_strdup ("Source: bench_d3_cpp_subsequent_2019_to_2025.csv (DfE)");
  spec->series_label = g_strdup ("Norfolk");
  spec->unit = VS_UNIT_PERCENTAGE;
  for (guint i = 0; i < spec->n; i++)
    {
      spec->labels[i] = g_strdup_printf ("%u-%02u", 2018 + i, (19 + i) % 100);
      spec->values[i] = norfolk[i];
      e[i] = england[i];
      r[i] = region[i];
    }
  sn[spec->n - 1] = 26.1883009417;
  return spec;
}

/* The same file, 2024-25: Norfolk and its ten 2025-model neighbours, best (lowest) first,
 * each CPP_subsequent / CPP_start (Somerset 83 / 426, ...); Kent's figure left out as if
 * suppressed, to draw a bar with no figure. */
static VsChartSpec *
neighbours_spec (void)
{
  static const char * const names[] = {
    "1. Norfolk", "2. Somerset", "3. Lincolnshire", "4. Derbyshire", "5. Suffolk",
    "6. Medway", "7. Cornwall", "8. Nottinghamshire", "9. Devon", "10. Northumberland", "Kent",
  };
  static const double values[] = {
    18.8, 83.0 / 426 * 100, 128.0 / 556 * 100, 225.0 / 926 * 100, 123.0 / 502 * 100,
    104.0 / 404 * 100, 123.0 / 447 * 100, 203.0 / 727 * 100, 243.0 / 806 * 100,
    162.0 / 464 * 100, NAN,
  };
  VsChartSpec *spec = vs_chart_spec_new (VS_CHART_NEIGHBOURS, G_N_ELEMENTS (names));
  double *sn = vs_chart_spec_add_benchmark (spec, "SN average");
  double *e = vs_chart_spec_add_benchmark (spec, "England");
  double *r = vs_chart_spec_add_benchmark (spec, "East of England");

  spec->title = g_strdup (PLOT_TEST_D3_TITLE);
  spec->subtitle = g_strdup ("2024-25: Norfolk and its statistical neighbours, best first");
  spec->footnote = g_strdup ("Source: bench_d3_cpp_subsequent_2019_to_2025.csv (DfE)");
  spec->series_label = g_strdup ("Norfolk");
  spec->unit = VS_UNIT_PERCENTAGE;
  spec->whole_index = 0;
  for (guint i = 0; i < spec->n; i++)
    {
      spec->labels[i] = g_strdup (names[i]);
      spec->values[i] = values[i];
      sn[i] = 26.1883009417;
      e[i] = 24.5;
      r[i] = 22.5;
    }
  return spec;
}

VsChartSpec *
plot_test_cp_spec (VsChartKind   kind,
                   VsChartFormat format)
{
  g_autoptr(VsIndicator) indicator = plot_test_cp_indicator ();
  g_autoptr(VsSeries) series = plot_test_cp_series (NULL);
  g_autoptr(GPtrArray) benchmarks = cp_benchmarks ();
  g_autoptr(VsAssessment) assessment = NULL;
  g_autoptr(GError) error = NULL;
  VsChartSpec *spec = NULL;

  if (kind == VS_CHART_COMPARATORS || kind == VS_CHART_NEIGHBOURS)
    {
      spec = kind == VS_CHART_COMPARATORS ? comparators_spec () : neighbours_spec ();
      spec->format = format;
      return spec;
    }
  assessment = vs_assess_indicator (indicator, series, vs_period_new (2017, 11), benchmarks,
                                    NULL);
  g_assert_null (assessment->error);

  switch (kind)
    {
    case VS_CHART_TREND:
      spec = vs_chart_spec_new_trend (assessment, series, benchmarks, "Norfolk");
      break;
    case VS_CHART_SPC:
      {
        g_autoptr(VsSpcResult) spc = NULL;
        VsSpcOptions options;

        vs_spc_options_init (&options);
        options.polarity = indicator->polarity;
        options.target = 100;
        spc = vs_spc_compute_series (series, &options, &error);
        g_assert_no_error (error);
        spec = vs_chart_spec_new_spc (indicator, series, spc, "Norfolk");
      }
      break;
    case VS_CHART_LOCALITIES:
      spec = localities_spec (assessment);
      break;
    case VS_CHART_SPARKLINE:
      spec = vs_chart_spec_new_sparkline (assessment, 0);
      break;
    case VS_CHART_COMPARATORS:   /* handled above, from the DfE file's figures */
    case VS_CHART_NEIGHBOURS:
    case VS_N_CHART_KINDS:
      g_assert_not_reached ();
    }
  spec->format = format;
  return spec;
}

typedef struct {
  PlotTestSvg *svg;
  int          depth;
  int          text_depth;
  int          plot_depth;
  gboolean     in_title;
  GString     *text;
  GString     *title;
  GString     *paths;
  guint        uses;
} SvgParse;

static const char *
attribute (const char **names,
           const char **values,
           const char  *name)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (strcmp (names[i], name) == 0)
      return values[i];
  return NULL;
}

static void
svg_start (GMarkupParseContext *context,
           const char          *element,
           const char         **names,
           const char         **values,
           gpointer             user_data,
           GError             **error)
{
  SvgParse *p = user_data;
  const char *id = attribute (names, values, "id");

  p->depth++;
  if (strcmp (element, "svg") == 0 && p->depth == 1)
    {
      const char *w = attribute (names, values, "width");
      const char *h = attribute (names, values, "height");

      p->svg->width = w != NULL ? g_ascii_strtod (w, NULL) : NAN;
      p->svg->height = h != NULL ? g_ascii_strtod (h, NULL) : NAN;
    }
  else if (strcmp (element, "g") == 0 && id != NULL && g_str_has_prefix (id, "gnuplot_plot_")
           && p->plot_depth == 0)
    {
      p->plot_depth = p->depth;
      g_string_truncate (p->title, 0);
      g_string_truncate (p->paths, 0);
      p->uses = 0;
    }
  else if (strcmp (element, "use") == 0 && p->plot_depth > 0)
    p->uses++;
  else if (strcmp (element, "title") == 0 && p->plot_depth > 0)
    p->in_title = TRUE;
  else if (strcmp (element, "path") == 0 && p->plot_depth > 0)
    {
      const char *d = attribute (names, values, "d");

      if (d != NULL)
        g_string_append_printf (p->paths, "%s ", d);
    }
  else if (strcmp (element, "text") == 0)
    {
      p->text_depth = p->depth;
      g_string_truncate (p->text, 0);
    }
}

static void
svg_end (GMarkupParseContext *context,
         const char          *element,
         gpointer             user_data,
         GError             **error)
{
  SvgParse *p = user_data;

  if (p->depth == p->text_depth)
    {
      g_ptr_array_add (p->svg->texts, g_strdup (p->text->str));
      p->text_depth = 0;
    }
  if (strcmp (element, "title") == 0)
    p->in_title = FALSE;
  if (p->depth == p->plot_depth)
    {
      GString *existing = g_hash_table_lookup (p->svg->plots, p->title->str);

      if (existing != NULL)
        g_string_append (existing, p->paths->str);
      else
        g_hash_table_insert (p->svg->plots, g_strdup (p->title->str),
                             g_string_new (p->paths->str));
      g_hash_table_insert (p->svg->markers, g_strdup (p->title->str),
                           GUINT_TO_POINTER (p->uses
                                             + GPOINTER_TO_UINT (g_hash_table_lookup (p->svg->markers,
                                                                                      p->title->str))));
      p->plot_depth = 0;
    }
  p->depth--;
}

static void
svg_text (GMarkupParseContext *context,
          const char          *text,
          gsize                len,
          gpointer             user_data,
          GError             **error)
{
  SvgParse *p = user_data;

  if (p->in_title)
    g_string_append_len (p->title, text, len);
  if (p->text_depth > 0)
    g_string_append_len (p->text, text, len);
}

static void
free_gstring (gpointer data)
{
  g_string_free (data, TRUE);
}

gboolean
plot_test_parse_svg (GBytes      *bytes,
                     PlotTestSvg *out,
                     GError     **error)
{
  static const GMarkupParser parser = { svg_start, svg_end, svg_text, NULL, NULL };
  SvgParse p = { out, 0, 0, 0, FALSE, g_string_new (NULL), g_string_new (NULL),
                 g_string_new (NULL), 0 };
  GMarkupParseContext *context;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  gboolean ok;

  out->width = out->height = NAN;
  out->texts = g_ptr_array_new_with_free_func (g_free);
  out->plots = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_gstring);
  out->markers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  context = g_markup_parse_context_new (&parser, 0, &p, NULL);
  ok = g_markup_parse_context_parse (context, data, size, error)
       && g_markup_parse_context_end_parse (context, error);
  g_markup_parse_context_free (context);
  g_string_free (p.text, TRUE);
  g_string_free (p.title, TRUE);
  g_string_free (p.paths, TRUE);
  return ok;
}

void
plot_test_svg_clear (PlotTestSvg *svg)
{
  g_clear_pointer (&svg->texts, g_ptr_array_unref);
  g_clear_pointer (&svg->plots, g_hash_table_unref);
  g_clear_pointer (&svg->markers, g_hash_table_unref);
}

int
plot_test_svg_count_markers (PlotTestSvg *svg,
                             const char  *title)
{
  gpointer count;

  if (!g_hash_table_lookup_extended (svg->markers, title, NULL, &count))
    return -1;
  return GPOINTER_TO_INT (count);
}

gboolean
plot_test_svg_has_text (PlotTestSvg *svg,
                        const char  *text)
{
  g_autofree char *want = g_strstrip (g_strdup (text));

  for (guint i = 0; i < svg->texts->len; i++)
    {
      g_autofree char *have = g_strstrip (g_strdup (g_ptr_array_index (svg->texts, i)));

      if (strcmp (have, want) == 0)
        return TRUE;
    }
  return FALSE;
}

gboolean
plot_test_svg_has_text_containing (PlotTestSvg *svg,
                                   const char  *part)
{
  for (guint i = 0; i < svg->texts->len; i++)
    if (strstr (g_ptr_array_index (svg->texts, i), part) != NULL)
      return TRUE;
  return FALSE;
}

int
plot_test_svg_count_commands (PlotTestSvg *svg,
                              const char  *title,
                              char         command)
{
  GString *paths = g_hash_table_lookup (svg->plots, title);
  int n = 0;

  if (paths == NULL)
    return -1;
  for (const char *p = paths->str; *p != '\0'; p++)
    if (*p == command)
      n++;
  return n;
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

void
plot_test_assert_png (GBytes *bytes,
                      guint   width,
                      guint   height)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);

  g_assert_cmpuint (size, >, 33);
  g_assert_cmpmem (data, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpmem (data + 12, 4, "IHDR", 4);
  g_assert_cmpuint (read_be32 (data + 16), ==, width);
  g_assert_cmpuint (read_be32 (data + 20), ==, height);
  /* The last chunk is IEND: the file is complete, not cut off at a pipe boundary. */
  g_assert_cmpmem (data + size - 8, 4, "IEND", 4);
}

void
plot_test_assert_pdf (GBytes *bytes,
                      double  width_pt,
                      double  height_pt)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  const char *box = NULL;
  double x0 = -1, y0 = -1, w = 0, h = 0;

  g_assert_cmpuint (size, >, 100);
  g_assert_true (g_str_has_prefix (data, "%PDF-"));
  /* Binary streams hold NULs: look for the page size in the raw bytes. */
  for (gsize i = 0; i + 10 < size && box == NULL; i++)
    if (memcmp (data + i, "/MediaBox", 9) == 0)
      box = data + i;
  g_assert_nonnull (box);
  g_assert_cmpint (sscanf (box, "/MediaBox [ %lf %lf %lf %lf ]", &x0, &y0, &w, &h), ==, 4);
  g_assert_cmpfloat_with_epsilon (x0, 0, 0.01);
  g_assert_cmpfloat_with_epsilon (y0, 0, 0.01);
  g_assert_cmpfloat_with_epsilon (w, width_pt, 0.5);
  g_assert_cmpfloat_with_epsilon (h, height_pt, 0.5);
  g_assert_nonnull (g_strrstr_len (data + size - MIN (size, 16), MIN (size, 16), "%%EOF"));
}

char *
plot_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("vs-plot-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

guint
plot_test_count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

void
plot_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}
