/* vs-cli.c: global options, the command table and dispatch
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vs-cli.h"
#include "vs-cli-private.h"
#include "vs-cli-output.h"

/* One line per command; each group of commands lives in its own file. A command that only
 * reads opens the database read-only; any other opens it to write, and is read-only only
 * when the file cannot be written. */
static const VsCliCommand commands[] = {
  { "areas", N_("List the service areas"), vs_cli_areas, VS_CLI_READS },
  { "indicators", N_("List the indicators"), vs_cli_indicators, VS_CLI_READS },
  { "values", N_("Show the figures of one indicator"), vs_cli_values, VS_CLI_READS },
  { "rag", N_("Rate every indicator for a month, with travel and exceptions"), vs_cli_rag, VS_CLI_READS },
  { "exceptions", N_("The vital signs that go to committee, worst first"), vs_cli_exceptions, VS_CLI_READS },
  { "spc", N_("A statistical process control chart of one indicator"), vs_cli_spc, VS_CLI_READS },
  { "chart", N_("Draw an indicator's chart to an SVG, PNG or PDF file"), vs_cli_chart, VS_CLI_READS },
  { "pack", N_("Write the committee pack for a month: slides as a PDF or a PowerPoint presentation, or a workbook"), vs_cli_pack, VS_CLI_READS },
  { "import", N_("Import files of figures, all of each file or none of it"), vs_cli_import, VS_CLI_WRITES },
  { "history", N_("List the imports"), vs_cli_history, VS_CLI_READS },
  { "undo-import", N_("Take an import back"), vs_cli_undo_import, VS_CLI_WRITES },
  { "settings", N_("Show or set the database's rating settings"), vs_cli_settings, VS_CLI_WRITES },
  { "benchmarks", N_("Every comparator of a published indicator, with its working"), vs_cli_benchmarks, VS_CLI_WRITES },
  { "neighbours", N_("The home authority's statistical neighbours"), vs_cli_neighbours, VS_CLI_WRITES },
  { "save-copy", N_("Save a consistent copy of the database for another machine"), vs_cli_save_copy, VS_CLI_WRITES },
};

static const VsCliCommand *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].name, name))
      return &commands[i];
  return NULL;
}

/* Global options come before the command: --db PATH (or --db=PATH) and --demo. Returns the
 * index of the first argument that is not one of them. */
static int
skip_global_options (int          argc,
                     char       **argv,
                     const char **db_path,
                     gboolean    *demo)
{
  int i = 1;

  while (i < argc)
    {
      if (g_str_equal (argv[i], "--db") && i + 1 < argc)
        {
          if (db_path)
            *db_path = argv[i + 1];
          i += 2;
        }
      else if (g_str_has_prefix (argv[i], "--db="))
        {
          if (db_path)
            *db_path = argv[i] + strlen ("--db=");
          i++;
        }
      else if (g_str_equal (argv[i], "--demo"))
        {
          if (demo)
            *demo = TRUE;
          i++;
        }
      else
        break;
    }
  return i;
}

gboolean
vs_cli_wants_command_line (int    argc,
                           char **argv)
{
  int i = skip_global_options (argc, argv, NULL, NULL);

  if (i >= argc)
    return FALSE;
  /* A database file given as an argument (the desktop file's %F) opens the window on it. */
  if (argv[i][0] != '-' && find_command (argv[i]) == NULL &&
      g_file_test (argv[i], G_FILE_TEST_IS_REGULAR))
    return FALSE;
  /* Anything else that isn't an option is a command (an unknown one gets a clear error here,
   * not a window); GApplication's own options stay with the window. */
  return argv[i][0] != '-' || g_str_equal (argv[i], "--help") || g_str_equal (argv[i], "-h") ||
         g_str_equal (argv[i], "--version");
}

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n  vital-signs [--db PATH] [--demo] COMMAND [OPTION…]\n"
                "  vital-signs [--db PATH] [--demo]            %s\n\n%s\n",
           _("Usage:"), _("(opens the window)"), _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-13s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (out, "\n%s\n  --db PATH     %s\n  --demo        %s\n  --version     %s\n",
           _("Global options:"),
           _("Use this database file (default: $VITAL_SIGNS_DB, else ~/.local/share/vital-signs/vital-signs.db)"),
           _("Fill a new or empty database with the demo data"),
           _("Show the version"));
  fprintf (out, "\n%s\n  --view=VIEW            %s\n  --period=YYYY-MM       %s\n"
                "  --locality=NAME        %s\n  --color-scheme=SCHEME  %s\n\n%s\n",
           _("Window options (with no command):"),
           _("overview, exceptions, imports, benchmarks, area:NAME, indicator:REF, import:FILE, "
             "preferences or pack"),
           _("Open on this reporting month"),
           _("Open on this locality"),
           _("light, dark or default (follow the system)"),
           _("Run “vital-signs COMMAND --help” for a command’s options."));
}

/* Everything the commands print for people goes through g_print and g_printerr: titles,
 * file names, cells quoted in messages. Escaped here once, none of it reaches the
 * terminal raw. */
static void
print_escaped (FILE       *stream,
               const char *text)
{
  g_autofree char *escaped = vs_output_terminal_text (text);

  fputs (escaped, stream);
  fflush (stream);
}

static void
print_to_stdout (const char *text)
{
  print_escaped (stdout, text);
}

static void
print_to_stderr (const char *text)
{
  print_escaped (stderr, text);
}

int
vs_cli_run (int    argc,
            char **argv)
{
  VsCliContext ctx = { 0 };
  const VsCliCommand *command;
  int first = skip_global_options (argc, argv, &ctx.db_path, &ctx.demo);
  int status;

  g_set_print_handler (print_to_stdout);
  g_set_printerr_handler (print_to_stderr);

  if (first >= argc || g_str_equal (argv[first], "--help") || g_str_equal (argv[first], "-h") ||
      g_str_equal (argv[first], "help"))
    {
      print_usage (stdout);
      return 0;
    }
  if (g_str_equal (argv[first], "--version"))
    {
      g_print ("vital-signs %s\n", PACKAGE_VERSION);
      return 0;
    }

  command = find_command (argv[first]);
  if (command == NULL)
    {
      vs_cli_print_message (_("“%s” is not a command. Run “vital-signs --help” for the list."),
                            argv[first]);
      return 2;
    }

  ctx.writes = command->access == VS_CLI_WRITES;
  status = command->func (&ctx, argc - first, argv + first);
  g_clear_object (&ctx.store);
  return status;
}
