/* vs-cli-pack.c: pack: the committee pack in one command
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include "vs-cli-private.h"
#include "vs-pack-render.h"

/* On a terminal, one line rewritten in place; in a pipe or a log, nothing. */
static void
on_progress_cb (double      fraction,
                const char *what,
                gpointer    user_data)
{
  fprintf (stderr, "\r\033[K%3d%%  %s", (int) (fraction * 100 + 0.5), what);
  fflush (stderr);
}

static gboolean
parse_cards (const char  *text,
             VsPackCards *out)
{
  static const struct { const char *name; VsPackCards cards; } names[] = {
    { "exceptions", VS_PACK_CARDS_EXCEPTIONS }, { "all", VS_PACK_CARDS_ALL },
    { "none", VS_PACK_CARDS_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (text, names[i].name) == 0)
      {
        *out = names[i].cards;
        return TRUE;
      }
  return FALSE;
}

/* The author name set in the window's Preferences, which its commentary is signed with;
 * NULL where the settings schema is not installed (a build run in place). */
static char *
preferences_author (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (source == NULL || !(schema = g_settings_schema_source_lookup (source, APP_ID, TRUE)) ||
      !g_settings_schema_has_key (schema, "author-name"))
    return NULL;
  settings = g_settings_new_full (schema, NULL, NULL);
  return g_settings_get_string (settings, "author-name");
}

static const VsCliSpec pack_spec = {
  "pack", NULL,
  N_("Write the committee pack for a month: a title slide, a summary of ratings and "
     "exceptions, the 13-month dashboard of every service area, a report card per exception "
     "with its trend chart, commentary and actions, and an appendix of definitions. Slides are "
     "16:9. The format follows the --output file's extension."),
  0, 0, NULL, 0,
};

int
vs_cli_pack (VsCliContext  *ctx,
             int            argc,
             char         **argv)
{
  g_autofree char *period_text = NULL;
  g_autofree char *locality = NULL;
  g_auto(GStrv) areas = NULL;
  g_autofree char *cards_text = NULL;
  g_autofree char *marking = NULL;
  g_autofree char *authority = NULL;
  g_autofree char *committee = NULL;
  g_autofree char *output = NULL;
  g_autofree char *supported = NULL;
  g_autofree char *preferred = NULL;
  g_autofree char *author = NULL;
  gboolean exceptions_only = FALSE;
  int suppress_below = 0;
  GOptionEntry entries[] = {
    { "period", 0, 0, G_OPTION_ARG_STRING, &period_text, N_("The month reported (default: the latest with figures)"), "YYYY-MM" },
    { "locality", 0, 0, G_OPTION_ARG_STRING, &locality, N_("This locality (default: the whole authority)"), "NAME" },
    { "area", 0, 0, G_OPTION_ARG_STRING_ARRAY, &areas, N_("Only this service area; repeat for more (default: every area)"), "NAME" },
    { "exceptions-only", 0, 0, G_OPTION_ARG_NONE, &exceptions_only, N_("Dashboards list only the exceptions"), NULL },
    { "cards", 0, 0, G_OPTION_ARG_STRING, &cards_text, N_("Report cards for the exceptions (the default), all indicators, or none"), "exceptions|all|none" },
    { "marking", 0, 0, G_OPTION_ARG_STRING, &marking, N_("Protective marking on every slide (default: OFFICIAL)"), "TEXT" },
    { "suppress-below", 0, 0, G_OPTION_ARG_INT, &suppress_below, N_("Show counts below N as “c”, and mark rates of fewer than N as small numbers"), "N" },
    { "authority", 0, 0, G_OPTION_ARG_STRING, &authority, N_("The authority named on the title slide"), "NAME" },
    { "committee", 0, 0, G_OPTION_ARG_STRING, &committee, N_("The committee named on the title slide (default: Children's Services Committee)"), "NAME" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write; its extension says the format"), "FILE.pdf|pptx|xlsx" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(VsPackDocument) doc = NULL;
  g_autoptr(VsPlotter) plotter = NULL;
  VsPackOptions options;
  VsPackFormat format;
  VsPackProgress progress;
  VsCliCall call;
  VsStore *store;

  supported = vs_pack_format_list_supported ();
  if (!vs_cli_call_open (&call, &pack_spec, entries, argc, argv))
    return call.status;

  vs_pack_options_init (&options);
  if (output == NULL)
    return vs_cli_usage_error ("pack", _("give --output FILE (%s)"), supported);
  if (!vs_pack_format_from_filename (output, &format))
    return vs_cli_usage_error ("pack", _("cannot tell the format of “%s”: name it %s"), output,
                               supported);
  if (!vs_pack_format_is_supported (format))
    return vs_cli_usage_error ("pack", _("writing .%s is not available yet; the formats "
                                         "written today are: %s"),
                               vs_pack_format_to_string (format), supported);
  if (cards_text != NULL && !parse_cards (cards_text, &options.cards))
    return vs_cli_usage_error ("pack", _("--cards is exceptions, all or none, not “%s”"),
                               cards_text);
  if (suppress_below < 0)
    return vs_cli_usage_error ("pack", _("--suppress-below is a count of 1 or more, not %d"),
                               suppress_below);
  if (period_text != NULL && !vs_cli_parse_period ("--period", period_text, &options.period, &error))
    return vs_cli_usage_error ("pack", "%s", error->message);
  options.locality = locality;
  options.areas = (const char **) areas;
  options.exceptions_only = exceptions_only;
  options.marking = marking;
  options.suppress_below = (guint) suppress_below;
  options.authority = authority;
  options.committee = committee;
  preferred = preferences_author ();
  author = vs_pack_author_name (preferred);
  options.author = author;

  if (!(store = vs_cli_context_get_store (ctx, &error)))
    return vs_cli_fail (error);
  progress = isatty (STDERR_FILENO) ? on_progress_cb : NULL;
  doc = vs_pack_build (store, &options, progress, NULL, &error);
  if (doc != NULL)
    {
      /* A plotter of our own: its gnuplot ends when the command does. */
      plotter = vs_plotter_new (NULL);
      vs_pack_write (doc, format, plotter, output, NULL, progress, NULL, &error);
    }
  if (progress != NULL)
    fprintf (stderr, "\r\033[K");
  if (error != NULL)
    {
      if (g_error_matches (error, VS_PACK_ERROR, VS_PACK_ERROR_INVALID_OPTION))
        return vs_cli_usage_error ("pack", "%s", error->message);
      return vs_cli_fail (error);
    }
  /* A workbook has sheets, not slides: only the exceptions are worth counting there. */
  if (format == VS_PACK_FORMAT_XLSX)
    /* Translators: after writing the pack as a workbook: exceptions, file */
    g_print (_("%u exceptions: %s\n"), doc->n_exceptions, output);
  else
    /* Translators: after writing the pack: slides, exceptions, file */
    g_print (_("%u slides, %u exceptions: %s\n"), doc->slides->len, doc->n_exceptions, output);
  return 0;
}
