/* main.c: a subcommand runs the headless command line; otherwise the window opens
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "vs-cli.h"
#ifdef VS_HAVE_UI
# include "vs-ui.h"
#endif

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Decided before anything else is initialised, so that batch runs never touch GTK or
   * need a display. */
  if (vs_cli_wants_command_line (argc, argv))
    return vs_cli_run (argc, argv);

#ifdef VS_HAVE_UI
  return vs_ui_run (argc, argv);
#else
  g_printerr (_("This build of Vital Signs has no window; run “%s --help” for the commands.\n"),
              argv[0]);
  return 2;
#endif
}
