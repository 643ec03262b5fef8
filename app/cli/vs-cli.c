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
#include "vs-demo.h"

/* One line per command; each group of commands lives in its own file. */
static const VsCliCommand commands[] = {
  { "areas", N_("List the service areas"), vs_cli_areas },
  { "indicators", N_("List the indicators"), vs_cli_indicators },
  { "values", N_("Show the figures of one indicator"), vs_cli_values },
  { "rag", N_("Rate every indicator for a month, with travel and exceptions"), vs_cli_rag },
  { "exceptions", N_("The vital signs that go to committee, worst first"), vs_cli_exceptions },
  { "spc", N_("A statistical process control chart of one indicator"), vs_cli_spc },
  { "chart", N_("Draw an indicator's chart to an SVG, PNG or PDF file"), vs_cli_chart },
  { "pack", N_("Write the committee pack for a month: slides as a PDF or a PowerPoint presentation, or a workbook"), vs_cli_pack },
  { "import", N_("Import files of figures, all of each file or none of it"), vs_cli_import },
  { "history", N_("List the imports"), vs_cli_history },
  { "undo-import", N_("Take an import back"), vs_cli_undo_import },
  { "settings", N_("Show or set the database's rating settings"), vs_cli_settings },
  { "benchmarks", N_("Every comparator of a published indicator, with its working"), vs_cli_benchmarks },
  { "neighbours", N_("The home authority's statistical neighbours"), vs_cli_neighbours },
  { "save-copy", N_("Save a consistent copy of the database for another machine"), vs_cli_save_copy },
};

/* The commands that only ever read: they open the database read-only. Any other (a new one
 * too) opens it to write, and is read-only only when the file cannot be written. */
static const char * const reading_commands[] = {
  "areas", "indicators", "values", "rag", "exceptions", "spc", "chart", "pack", "history",
};

static gboolean
only_reads (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (reading_commands); i++)
    if (g_str_equal (reading_commands[i], name))
      return TRUE;
  return FALSE;
}

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
           _("overview, exceptions, area:NAME, indicator:REF, import:FILE or preferences"),
           _("Open on this reporting month"),
           _("Open on this locality"),
           _("light, dark or default (follow the system)"),
           _("Run “vital-signs COMMAND --help” for a command’s options."));
}

void
vs_cli_print_error (const GError *error)
{
  g_printerr ("vital-signs: %s\n", error->message);
}

int
vs_cli_fail (const GError *error)
{
  vs_cli_print_error (error);
  return 1;
}

void
vs_cli_print_message (const char *format,
                      ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("vital-signs: %s\n", message);
}

gboolean
vs_cli_parse_options (const char    *command,
                      const char    *parameter_string,
                      const char    *summary,
                      GOptionEntry  *entries,
                      int           *argc,
                      char        ***argv,
                      int           *exit_status)
{
  g_autofree char *prgname = g_strdup_printf ("vital-signs %s", command);
  g_autoptr(GOptionContext) context = g_option_context_new (parameter_string);
  g_autoptr(GError) error = NULL;

  /* GOption prints "Usage: PRGNAME [OPTION…] PARAMETERS": make that "vital-signs rag …". */
  g_set_prgname (prgname);

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, summary);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  /* --help prints and exits 0 from inside g_option_context_parse, as every GNOME tool. */
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      vs_cli_print_message ("%s: %s", command, error->message);
      *exit_status = 2;
      return FALSE;
    }
  *exit_status = 0;
  return TRUE;
}

gboolean
vs_cli_parse_period (const char  *option,
                     const char  *text,
                     gint32      *out,
                     GError     **error)
{
  if (!vs_period_parse_iso (text, out))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s expects a month as YYYY-MM (for example 2017-11), not “%s”"),
                   option, text);
      return FALSE;
    }
  return TRUE;
}

static VsStore *
open_store (VsCliContext      *ctx,
            VsStoreOpenFlags   flags,
            GError           **error)
{
  if (ctx->db_path == NULL)
    return vs_store_open_default (flags, error);
  return vs_store_open_full (ctx->db_path, flags, error);
}

/* A command that only reads opens the file read-only: no migration, no journal change, so
 * that a file it may not write (on a read-only share) can still be listed. It is opened to
 * write only when it must be: a new file (which starts empty, or with the demo data), an
 * older schema to bring up to date, or an empty default database to fill. */
static VsStore *
open_store_to_read (VsCliContext  *ctx,
                    gboolean       fill_with_demo,
                    GError       **error)
{
  g_autofree char *path = ctx->db_path ? g_strdup (ctx->db_path) : vs_store_default_path ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(VsStore) store = NULL;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return open_store (ctx, VS_STORE_OPEN_DEFAULT, error);

  store = open_store (ctx, VS_STORE_OPEN_READ_ONLY, &local_error);
  if (store != NULL && !(fill_with_demo && vs_store_is_empty (store)))
    return g_steal_pointer (&store);
  if (store == NULL && !g_error_matches (local_error, VS_STORE_ERROR, VS_STORE_ERROR_NEEDS_UPDATE))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  g_clear_object (&store);
  return open_store (ctx, VS_STORE_OPEN_DEFAULT, error);
}

VsStore *
vs_cli_context_get_store (VsCliContext  *ctx,
                          GError       **error)
{
  /* The default database starts with the demo data, so the app looks real at once. */
  gboolean fill_with_demo = ctx->demo || ctx->db_path == NULL;

  if (ctx->store != NULL)
    return ctx->store;

  if (ctx->writes)
    ctx->store = open_store (ctx, VS_STORE_OPEN_DEFAULT, error);
  else
    ctx->store = open_store_to_read (ctx, fill_with_demo, error);
  if (ctx->store == NULL)
    return NULL;

  if (fill_with_demo && !vs_store_is_read_only (ctx->store) && vs_store_is_empty (ctx->store) &&
      !vs_demo_load (ctx->store, vs_demo_find_dir (), error))
    {
      g_prefix_error (error, _("Could not load the demo data: "));
      g_clear_object (&ctx->store);
      return NULL;
    }
  return ctx->store;
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

  ctx.writes = !only_reads (command->name);
  status = command->func (&ctx, argc - first, argv + first);
  g_clear_object (&ctx.store);
  return status;
}
