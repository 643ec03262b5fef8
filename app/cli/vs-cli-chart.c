/* vs-cli-chart.c: chart: an indicator's chart drawn by gnuplot into an SVG, PNG or PDF file
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include "vs-cli-chart-private.h"
#include "vs-enum-names.h"
#include "vs-judge.h"
#include "vs-plotter.h"

static gboolean
draw_to_file (VsStore            *store,
              VsPlotter          *plotter,
              const VsCliChartRequest *request,
              const VsIndicator  *indicator,
              const char         *path,
              GError            **error)
{
  g_autoptr(VsChartSpec) spec = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

  if (!(spec = vs_cli_chart_spec (store, request, indicator, error)))
    return FALSE;
  spec->format = request->format;
  /* Without --width and --height each kind keeps its own size: a sparkline is small. */
  if (request->width > 0)
    spec->width = request->width;
  if (request->height > 0)
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
           const VsCliChartRequest *request,
           const char         *area_name,
           const char         *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsArea) area = NULL;
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  int status = 0;

  if ((area_name != NULL && !(area = vs_cli_find_area (store, area_name, &error))) ||
      !(indicators = vs_store_list_indicators (store, area != NULL ? area->id : 0, &error)))
    return vs_cli_fail (error);
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

/* --format here is the chart's file format, for --output-dir, not a table's: the command
 * checks it, and the count of indicators named, itself. */
static const VsCliSpec chart_spec = {
  "chart", N_("INDICATOR"),
  N_("Draw an indicator's chart with gnuplot: the trend of the last 13 months with each "
     "month's rating, target and benchmarks; the statistical process control chart; or the "
     "latest value of every locality. The format follows the --output file's extension. With "
     "--area or --all, every indicator is drawn into --output-dir, one file per indicator "
     "named by its reference. INDICATOR is a reference, or an unambiguous part of a title."),
  0, -1, NULL, 0,
};

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
  g_autofree char *formats = vs_enum_choices (VS_TYPE_CHART_FORMAT);
  g_autofree char *format_help =
    g_strdup_printf (_("%s (default: %s), with --output-dir"), formats,
                     vs_chart_format_to_string (VS_CHART_FORMAT_SVG));
  g_autofree char *kinds = vs_enum_choices (VS_TYPE_CHART_KIND);
  g_autofree char *kind_help =
    g_strdup_printf (_("%s (default: %s)"), kinds, vs_chart_kind_to_string (VS_CHART_TREND));
  VsCliChartRequest request = { VS_CHART_TREND, VS_CHART_FORMAT_SVG, 0, 0, 13, FALSE,
                           VS_PERIOD_INVALID, NULL };
  GOptionEntry entries[] = {
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_text, kind_help, "KIND" },
    { "locality", 0, 0, G_OPTION_ARG_STRING, &locality_name, N_("This locality (default: the whole authority)"), "NAME" },
    { "period", 0, 0, G_OPTION_ARG_STRING, &period_text, N_("The last month shown (default: the latest with figures)"), "YYYY-MM" },
    { "months", 0, 0, G_OPTION_ARG_INT, &request.months, N_("How many months the trend shows (default: 13, at most 49)"), "N" },
    { "width", 0, 0, G_OPTION_ARG_INT, &request.width, N_("Width in pixels (default: 800; a sparkline 120)"), "PX" },
    { "height", 0, 0, G_OPTION_ARG_INT, &request.height, N_("Height in pixels (default: 450; a sparkline 32)"), "PX" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &request.dark, N_("Draw with the dark palette"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write: .svg, .png or .pdf"), "FILE" },
    { "area", 0, 0, G_OPTION_ARG_STRING, &area_name, N_("Draw every indicator of this service area"), "NAME" },
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_("Draw every indicator"), NULL },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text, format_help, "FORMAT" },
    { "output-dir", 0, 0, G_OPTION_ARG_FILENAME, &output_dir, N_("The folder to write one file per indicator to, named by its reference"), "DIR" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(VsIndicator) indicator = NULL;
  g_autoptr(VsLocality) locality = NULL;
  g_autoptr(VsPlotter) plotter = NULL;
  gboolean many;
  VsCliCall call;
  VsStore *store;

  if (!vs_cli_call_open (&call, &chart_spec, entries, argc, argv))
    return call.status;

  many = area_name != NULL || all;
  if (many ? call.argc != 1 : call.argc != 2)
    return vs_cli_usage_error ("chart", "%s",
                               many ? _("--area and --all draw many indicators; name none")
                                    : _("name one indicator (a reference or part of its title), "
                                        "or use --area or --all"));
  if (area_name != NULL && all)
    return vs_cli_usage_error ("chart", _("use either --area or --all, not both"));
  if (many && (output_dir == NULL || output != NULL))
    return vs_cli_usage_error ("chart", _("with --area or --all, give --output-dir (not --output)"));
  if (!many && (output == NULL || output_dir != NULL || format_text != NULL))
    return vs_cli_usage_error ("chart", _("give --output FILE.svg, .png or .pdf; the format "
                                          "follows its extension (--format and --output-dir "
                                          "are for --area and --all)"));

  if (kind_text != NULL && !vs_chart_kind_from_string (kind_text, &request.kind))
    return vs_cli_usage_error ("chart", _("--kind is %s, not “%s”"), kinds, kind_text);
  if (output != NULL && !vs_chart_format_from_filename (output, &request.format))
    return vs_cli_usage_error ("chart", _("cannot tell the format of “%s”: name it .svg, .png "
                                          "or .pdf"), output);
  if (format_text != NULL && !vs_chart_format_from_string (format_text, &request.format))
    return vs_cli_usage_error ("chart", _("--format is %s, not “%s”"), formats, format_text);
  /* A trend shows the months its judgement read, and no more: the colours of older months
   * would be judged with less history than the window's. */
  if (request.months < 1 || request.months > VS_JUDGE_MONTHS)
    return vs_cli_usage_error ("chart", _("--months is between 1 and %d, not %d"),
                               VS_JUDGE_MONTHS, request.months);
  if ((request.kind == VS_CHART_LOCALITIES || request.kind == VS_CHART_COMPARATORS ||
       request.kind == VS_CHART_NEIGHBOURS) && locality_name != NULL)
    return vs_cli_usage_error ("chart", _("a %s chart is not drawn per locality; --locality "
                                          "does not apply"),
                               vs_chart_kind_to_string (request.kind));
  if ((request.width != 0 && !parse_size ("--width", request.width, &error)) ||
      (request.height != 0 && !parse_size ("--height", request.height, &error)) ||
      (period_text != NULL && !vs_cli_parse_period ("--period", period_text, &request.period, &error)))
    return vs_cli_usage_error ("chart", "%s", error->message);

  if (!(store = vs_cli_context_get_store (ctx, &error)) ||
      !(locality = vs_cli_find_locality (store, locality_name, &error)))
    return vs_cli_fail (error);
  if (vs_store_latest_period (store, &error) == VS_PERIOD_INVALID)
    {
      if (error != NULL)
        return vs_cli_fail (error);
      vs_cli_print_message (_("The database holds no figures yet; import some first."));
      return 1;
    }
  request.locality = locality;

  /* A plotter of our own: its gnuplot ends when the command does. */
  plotter = vs_plotter_new (NULL);
  if (many)
    return draw_many (store, plotter, &request, area_name, output_dir);

  if (!(indicator = vs_cli_find_indicator (store, call.argv[1], &error)) ||
      !draw_to_file (store, plotter, &request, indicator, output, &error))
    return vs_cli_fail (error);
  return 0;
}
