/* vs-cli-copy.c: save-copy: a consistent copy of the database for a reviewer's machine
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vs-cli-private.h"

int
vs_cli_save_copy (VsCliContext  *ctx,
                  int            argc,
                  char         **argv)
{
  gboolean replace = FALSE;
  GOptionEntry entries[] = {
    { "replace", 0, 0, G_OPTION_ARG_NONE, &replace, N_("Replace DEST if it exists"), NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  VsStore *store;
  int status;

  if (!vs_cli_parse_options ("save-copy", "DEST",
                             _("Write a copy of the database as it is now, safe to take while "
                               "a window or an import has it open, to open on another machine."),
                             entries, &argc, &argv, &status))
    return status;
  if (argc != 2)
    {
      vs_cli_print_message (_("save-copy: give one destination file, for example "
                              "vital-signs save-copy review.vsdb"));
      return 2;
    }
  /* A typo must not silently replace a file the officer meant to keep. */
  if (!replace && g_file_test (argv[1], G_FILE_TEST_EXISTS))
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("“%s” already exists; choose another name or add --replace."), argv[1]);
      return vs_cli_fail (error);
    }
  if (!(store = vs_cli_context_get_store (ctx, &error)) ||
      !vs_store_save_copy (store, argv[1], &error))
    return vs_cli_fail (error);
  g_print (_("Saved a copy of “%s” as “%s”.\n"), vs_store_get_path (store), argv[1]);
  return 0;
}
