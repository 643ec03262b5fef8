/* vs-cli-copy.c: save-copy: a consistent copy of the database for a reviewer's machine
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vs-cli-private.h"

static const VsCliSpec save_copy_spec = {
  "save-copy", "DEST",
  N_("Write a copy of the database as it is now, safe to take while a window or an import "
     "has it open, to open on another machine."),
  1, 1, N_("give one destination file, for example vital-signs save-copy review.vsdb"), 0,
};

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
  const char *dest;
  VsCliCall call;
  VsStore *store;

  if (!vs_cli_call_open (&call, &save_copy_spec, entries, argc, argv))
    return call.status;
  dest = call.argv[1];
  /* A typo must not silently replace a file the officer meant to keep. */
  if (!replace && g_file_test (dest, G_FILE_TEST_EXISTS))
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("“%s” already exists; choose another name or add --replace."), dest);
      return vs_cli_fail (error);
    }
  if (!(store = vs_cli_context_get_store (ctx, &error)) ||
      !vs_store_save_copy (store, dest, &error))
    return vs_cli_fail (error);
  g_print (_("Saved a copy of “%s” as “%s”.\n"), vs_store_get_path (store), dest);
  return 0;
}
