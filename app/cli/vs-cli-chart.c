/* vs-cli-chart.c: chart: an indicator's chart drawn by gnuplot into an SVG, PNG or PDF file
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include "vs-cli-private.h"
#include "vs-chart-data.h"
#include "vs-plotter.h"
#include "vs-rules.h"

typedef struct {
  VsChartKind   kind;
  VsChartFormat format;
  int           width;
  int           height;
  int           months;
  gboolean      dark;
  VsPeriod      period;      /* the window's last month; VS_PERIOD_INVALID: per indicator */
  VsLocality   *locality;    /* trend and spc */
} ChartRequest;

static int
fail (const GError *error)
{
  vs_cli_print_error (error);
  return 1;
}

/* "16 January 2018": when the latest of the shown figures was imported; NULL when none
 * of them came through an import. */
static char *
import_date (VsStore           *store,
             const VsIndicator *indicator,
             gint64             locality_id,
             VsPeriod           from,
             VsPeriod           to)
{
  g_autoptr(GPtrArray) observations = NULL;
  g_autoptr(GPtrArray) imports = NULL;
  gint64 latest = 0;

  observations = vs_store_list_observations (store, indicator->id, locality_id, from, to, NULL);
  for (guint i = 0; observations != NULL && i < observations->len; i++)
    latest = MAX (latest, ((VsObservation *) g_ptr_array_index (observations, i))->import_id);
  if (latest == 0 || !(imports = vs_store_list_imports (store, NULL)))
    return NULL;
  for (guint i = 0; i < imports->len; i++)
    {
      const VsImportRecord *record = g_ptr_array_index (imports, i);

      if (record->id == latest)
        {
          g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (record->started);

          return when != NULL ? g_date_time_format (when, "%-d %B %Y") : NULL;
        }
    }
  return NULL;
}

/* Without --period a chart ends at the indicator's own latest figure, not the latest
 * month of the whole database: an annual or a discontinued indicator would otherwise show
 * an empty window. */
static VsPeriod
last_month (VsStore            *store,
            const ChartRequest *request,
            const VsIndicator  *indicator,
            gint64              locality_id)
{
  g_autoptr(GPtrArray) observations = NULL;
  VsPeriod latest = VS_PERIOD_INVALID;

  if (request->period != VS_PERIOD_INVALID)
    return request->period;
  observations = vs_store_list_observations (store, indicator->id, locality_id,
                                             VS_PERIOD_INVALID, VS_PERIOD_INVALID, NULL);
  for (guint i = 0; observations != NULL && i < observations->len; i++)
    {
      const VsObservation *obs = g_ptr_array_index (observations, i);

      if (obs->state == VS_OBS_ACTUAL && (latest == VS_PERIOD_INVALID || obs->period > latest))
        latest = obs->period;
    }
  if (latest == VS_PERIOD_INVALID)
    latest = vs_store_latest_period (store, NULL);
  return latest != VS_PERIOD_INVALID ? latest : vs_period_now ();
}

static VsSeries *
window_series (VsStore            *store,
               const ChartRequest *request,
               const VsIndicator  *indicator,
               VsPeriod           *last,
               GError            **error)
{
  *last = last_month (store, request, indicator, request->locality->id);
  return vs_store_get_series (store, indicator, request->locality->id,
                              *last - (request->months - 1), request->months, error);
}

static VsChartSpec *
trend_spec (VsStore            *store,
            const ChartRequest *request,
            const VsIndicator  *indicator,
            GError            **error)
{
  g_autoptr(VsSeries) series = NULL;
  g_autoptr(GPtrArray) benchmarks = NULL;
  g_autoptr(VsAssessment) assessment = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *imported = NULL;
  VsPeriod last;

  if (!(series = window_series (store, request, indicator, &last, error)) ||
      !(benchmarks = vs_store_list_benchmarks (store, indicator->id, last, error)))
    return NULL;
  /* A target the rules cannot read still gets a chart, unrated, and a word why. */
  assessment = vs_assess_series (indicator, series, last, benchmarks, &local);
  if (assessment == NULL)
    vs_cli_print_message (_("%s: %s; the chart shows no ratings"), indicator->ref, local->message);
  imported = import_date (store, indicator, request->locality->id, series->first, last);
  return vs_chart_spec_new_trend (indicator, series, assessment, benchmarks,
                                  request->locality->name, imported);
}

static VsChartSpec *
spc_spec (VsStore            *store,
          const ChartRequest *request,
          const VsIndicator  *indicator,
          GError            **error)
{
  g_autoptr(VsSeries) series = NULL;
  g_autoptr(VsSpcResult) spc = NULL;
  g_autofree char *imported = NULL;
  VsSpcOptions options;
  VsRagSpec rule;
  VsPeriod last;

  if (!(series = window_series (store, request, indicator, &last, error)))
    return NULL;
  vs_spc_options_init (&options);
  options.polarity = indicator->polarity;
  /* Improvement and assurance judged as the RAG rules judge: the target's own direction. */
  if (vs_rag_spec_init (&rule, indicator, NULL))
    {
      options.polarity = rule.direction;
      if (vs_target_is_single (&rule.target))
        options.target = rule.target.value;
    }
  if (!(spc = vs_spc_compute_series (series, &options, error)))
    {
      g_prefix_error (error, "%s (%s): ", indicator->ref, request->locality->name);
      return NULL;
    }
  imported = import_date (store, indicator, request->locality->id, series->first, last);
  return vs_chart_spec_new_spc (indicator, series, spc, request->locality->name, imported);
}

static VsChartSpec *
localities_spec (VsStore            *store,
                 const ChartRequest *request,
                 const VsIndicator  *indicator,
                 GError            **error)
{
  g_autoptr(GPtrArray) localities = NULL;
  g_autoptr(GPtrArray) benchmarks = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) rags = g_array_new (FALSE, FALSE, sizeof (VsRag));
  g_autofree char *imported = NULL;
  VsPeriod due = vs_period_due_at_or_before (last_month (store, request, indicator, 0),
                                             indicator->periodicity);
  int whole = -1;

  if (!(localities = vs_store_list_localities (store, error)) ||
      !(benchmarks = vs_store_list_benchmarks (store, indicator->id, due, error)))
    return NULL;

  /* The localities in their order, the whole authority last as the reference bar. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < localities->len; i++)
      {
        VsLocality *locality = g_ptr_array_index (localities, i);
        g_autoptr(VsSeries) series = NULL;
        g_autoptr(VsAssessment) assessment = NULL;
        double value;
        VsRag rag = VS_RAG_NONE;

        if (locality->is_whole_authority != (pass == 1))
          continue;
        if (!(series = vs_store_get_series (store, indicator, locality->id, due, 1, error)))
          return NULL;
        value = series->states[0] == VS_OBS_ACTUAL ? series->values[0] : NAN;
        assessment = vs_assess_series (indicator, series, due, benchmarks, NULL);
        if (assessment != NULL)
          rag = assessment->rating.rag;
        if (locality->is_whole_authority)
          whole = (int) names->len;
        g_ptr_array_add (names, locality->name);
        g_array_append_val (values, value);
        g_array_append_val (rags, rag);
      }
  if (names->len == 0)
    {
      g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_NOT_FOUND,
                   _("%s: the database has no localities to compare"), indicator->ref);
      return NULL;
    }
  imported = import_date (store, indicator, 0, due, due);
  return vs_chart_spec_new_localities (indicator, due, names->len,
                                       (const char * const *) names->pdata,
                                       (const double *) values->data,
                                       (const VsRag *) rags->data, whole, imported);
}

static gboolean
draw_to_file (VsStore            *store,
              VsPlotter          *plotter,
              const ChartRequest *request,
              const VsIndicator  *indicator,
              const char         *path,
              GError            **error)
{
  g_autoptr(VsChartSpec) spec = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

  switch (request->kind)
    {
    case VS_CHART_SPC:
      spec = spc_spec (store, request, indicator, error);
      break;
    case VS_CHART_LOCALITIES:
      spec = localities_spec (store, request, indicator, error);
      break;
    case VS_CHART_TREND:
    case VS_CHART_SPARKLINE:
    default:
      spec = trend_spec (store, request, indicator, error);
      break;
    }
  if (spec == NULL)
    return FALSE;
  spec->format = request->format;
  spec->width = request->width;
  spec->height = request->height;
  spec->dark = request->dark;

  if (!(bytes = vs_plotter_render (plotter, spec, NULL, error)))
    {
      g_prefix_error (error, "%s: ", indicator->ref);
      return FALSE;
    }
  /* Written beside the target and renamed over it: never a half-written chart. */
  if (!g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, error))
    {
      g_prefix_error (error, _("Could not write the chart to %s: "), path);
      return FALSE;
    }
  return TRUE;
}

/* "6.14.svg": a ref made safe as a file name, unique within the run. */
static char *
file_name_for (const VsIndicator *indicator,
               VsChartFormat      format,
               GHashTable        *used)
{
  GString *name = g_string_new (NULL);

  for (const char *p = indicator->ref != NULL ? indicator->ref : ""; *p != '\0'; p++)
    g_string_append_c (name, g_ascii_isalnum (*p) || *p == '.' || *p == '-' || *p == '_'
                             ? *p : '_');
  if (name->len == 0 || name->str[0] == '.')
    g_string_prepend_c (name, '_');
  if (g_hash_table_contains (used, name->str))
    g_string_append_printf (name, "-%" G_GINT64_FORMAT, indicator->id);
  g_hash_table_add (used, g_strdup (name->str));
  g_string_append_printf (name, ".%s", vs_chart_format_to_string (format));
  return g_string_free (name, FALSE);
}

static int
draw_many (VsStore            *store,
           VsPlotter          *plotter,
           const ChartRequest *request,
           const char         *area_name,
           const char         *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsArea) area = NULL;
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  int status = 0;

  if ((area_name != NULL && !(area = vs_store_find_area (store, area_name, &error))) ||
      !(indicators = vs_store_list_indicators (store, area != NULL ? area->id : 0, &error)))
    return fail (error);
  if (g_mkdir_with_parents (dir, 0777) != 0)
    {
      int saved = errno;

      vs_cli_print_message (_("Could not create the folder %s: %s"), dir, g_strerror (saved));
      return 1;
    }
  if (indicators->len == 0)
    {
      vs_cli_print_message (_("There are no indicators to draw."));
      return 1;
    }

  /* One gnuplot draws them all; a failure is reported and the rest still drawn. */
  for (guint i = 0; i < indicators->len; i++)
    {
      VsIndicator *indicator = g_ptr_array_index (indicators, i);
      g_autofree char *name = file_name_for (indicator, request->format, used);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GError) local = NULL;

      if (draw_to_file (store, plotter, request, indicator, path, &local))
        g_print ("%s\n", path);
      else
        {
          vs_cli_print_error (local);
          status = 1;
          /* Without gnuplot no chart can be drawn: say so once. */
          if (g_error_matches (local, VS_PLOT_ERROR, VS_PLOT_ERROR_NO_GNUPLOT))
            break;
        }
    }
  return status;
}

static gboolean
parse_size (const char *option,
            int         value,
            GError    **error)
{
  if (value < 16 || value > 8000)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s expects pixels between 16 and 8000, not %d"), option, value);
      return FALSE;
    }
  return TRUE;
}

int
vs_cli_chart (VsCliContext  *ctx,
              int            argc,
              char         **argv)
{
  g_autofree char *kind_text = NULL;
  g_autofree char *locality_name = NULL;
  g_autofree char *period_text = NULL;
  g_autofree char *output = NULL;
  g_autofree char *area_name = NULL;
  g_autofree char *format_text = NULL;
  g_autofree char *output_dir = NULL;
  gboolean all = FALSE;
  ChartRequest request = { VS_CHART_TREND, VS_CHART_FORMAT_SVG, 800, 450, 13, FALSE,
                           VS_PERIOD_INVALID, NULL };
  GOptionEntry entries[] = {
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_text, N_("trend (the default), spc or localities"), "KIND" },
    { "locality", 0, 0, G_OPTION_ARG_STRING, &locality_name, N_("This locality (default: the whole authority)"), "NAME" },
    { "period", 0, 0, G_OPTION_ARG_STRING, &period_text, N_("The last month shown (default: the latest with figures)"), "YYYY-MM" },
    { "months", 0, 0, G_OPTION_ARG_INT, &request.months, N_("How many months the chart shows (default: 13)"), "N" },
    { "width", 0, 0, G_OPTION_ARG_INT, &request.width, N_("Width in pixels (default: 800)"), "PX" },
    { "height", 0, 0, G_OPTION_ARG_INT, &request.height, N_("Height in pixels (default: 450)"), "PX" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &request.dark, N_("Draw with the dark palette"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write: .svg, .png or .pdf"), "FILE" },
    { "area", 0, 0, G_OPTION_ARG_STRING, &area_name, N_("Draw every indicator of this service area"), "NAME" },
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_("Draw every indicator"), NULL },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text, N_("svg (the default), png or pdf, with --output-dir"), "FORMAT" },
    { "output-dir", 0, 0, G_OPTION_ARG_FILENAME, &output_dir, N_("The folder to write one file per indicator to, named by its reference"), "DIR" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(VsIndicator) indicator = NULL;
  g_autoptr(VsLocality) locality = NULL;
  g_autoptr(VsPlotter) plotter = NULL;
  gboolean many;
  VsStore *store;
  int status;

  if (!vs_cli_parse_options ("chart", _("INDICATOR"),
                             _("Draw an indicator's chart with gnuplot: the trend of the last 13 "
                               "months with each month's rating, target and benchmarks; the "
                               "statistical process control chart; or the latest value of every "
                               "locality. The format follows the --output file's extension. With "
                               "--area or --all, every indicator is drawn into --output-dir, one "
                               "file per indicator named by its reference. INDICATOR is a "
                               "reference, or an unambiguous part of a title."),
                             entries, &argc, &argv, &status))
    return status;

  many = area_name != NULL || all;
  if (many ? argc != 1 : argc != 2)
    {
      vs_cli_print_message (many ? _("chart: --area and --all draw many indicators; name none")
                                 : _("chart: name one indicator (a reference or part of its title), "
                                     "or use --area or --all"));
      return 2;
    }
  if (area_name != NULL && all)
    {
      vs_cli_print_message (_("chart: use either --area or --all, not both"));
      return 2;
    }
  if (many && (output_dir == NULL || output != NULL))
    {
      vs_cli_print_message (_("chart: with --area or --all, give --output-dir (not --output)"));
      return 2;
    }
  if (!many && (output == NULL || output_dir != NULL || format_text != NULL))
    {
      vs_cli_print_message (_("chart: give --output FILE.svg, .png or .pdf; the format follows "
                              "its extension (--format and --output-dir are for --area and --all)"));
      return 2;
    }

  if (kind_text != NULL && (!vs_chart_kind_from_string (kind_text, &request.kind) ||
                            request.kind == VS_CHART_SPARKLINE))
    {
      vs_cli_print_message (_("chart: --kind is trend, spc or localities, not “%s”"), kind_text);
      return 2;
    }
  if (output != NULL && !vs_chart_format_from_filename (output, &request.format))
    {
      vs_cli_print_message (_("chart: cannot tell the format of “%s”: name it .svg, .png or .pdf"),
                            output);
      return 2;
    }
  if (format_text != NULL && !vs_chart_format_from_string (format_text, &request.format))
    {
      vs_cli_print_message (_("chart: --format is svg, png or pdf, not “%s”"), format_text);
      return 2;
    }
  if (request.months < 1 || request.months > 120)
    {
      vs_cli_print_message (_("chart: --months is between 1 and 120, not %d"), request.months);
      return 2;
    }
  if (request.kind == VS_CHART_LOCALITIES && locality_name != NULL)
    {
      vs_cli_print_message (_("chart: a localities chart shows every locality; --locality does "
                              "not apply"));
      return 2;
    }
  if (!parse_size ("--width", request.width, &error) ||
      !parse_size ("--height", request.height, &error) ||
      (period_text != NULL && !vs_cli_parse_period ("--period", period_text, &request.period, &error)))
    {
      vs_cli_print_message ("chart: %s", error->message);
      return 2;
    }

  if (!(store = vs_cli_context_get_store (ctx, &error)) ||
      !(locality = vs_store_find_locality (store, locality_name, &error)))
    return fail (error);
  if (vs_store_latest_period (store, &error) == VS_PERIOD_INVALID)
    {
      if (error != NULL)
        return fail (error);
      vs_cli_print_message (_("The database holds no figures yet; import some first."));
      return 1;
    }
  request.locality = locality;

  /* A plotter of our own: its gnuplot ends when the command does. */
  plotter = vs_plotter_new (NULL);
  if (many)
    return draw_many (store, plotter, &request, area_name, output_dir);

  if (!(indicator = vs_store_find_indicator (store, argv[1], &error)) ||
      !draw_to_file (store, plotter, &request, indicator, output, &error))
    return fail (error);
  return 0;
}
