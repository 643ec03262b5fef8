/* vs-ui.c: the entry point of the window, called by main.c when no subcommand is given
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "vs-application.h"
#include "vs-ui.h"

int
vs_ui_run (int    argc,
           char **argv)
{
  g_autoptr(VsApplication) app = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();

  /* GSettings aborts on a missing schema; say what to do instead, as for any other
   * failure a user can meet (an uninstalled build run without `make run`). */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      g_printerr (_("vital-signs: the settings schema %s is not installed. Install Vital Signs, "
                    "or run it from the build directory with GSETTINGS_SCHEMA_DIR=BUILD/data "
                    "(as “make run” does).\n"), APP_ID);
      return 1;
    }

  app = vs_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
