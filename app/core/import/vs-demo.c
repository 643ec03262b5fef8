/* vs-demo.c: the bundled demo data, loaded through the importer
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "vs-demo.h"
#include "vs-importer.h"

/* In order: definitions first, so that figures and notes find their indicators. */
static const struct {
  const char *file;
  VsLayout    layout;
} demo_files[] = {
  { "catalogue.csv", VS_LAYOUT_CATALOGUE },
  { "values.csv", VS_LAYOUT_LONG },
  { "benchmarks.csv", VS_LAYOUT_BENCHMARKS },
  { "commentary.csv", VS_LAYOUT_COMMENTARY },
  { "actions.csv", VS_LAYOUT_ACTIONS },
};

const char *
vs_demo_find_dir (void)
{
  if (g_file_test (VS_DEMO_SOURCE_DIR G_DIR_SEPARATOR_S "catalogue.csv", G_FILE_TEST_IS_REGULAR))
    return VS_DEMO_SOURCE_DIR;
  return VS_DEMO_INSTALL_DIR;
}

gboolean
vs_demo_load (VsStore     *store,
              const char  *dir,
              GError     **error)
{
  g_return_val_if_fail (VS_IS_STORE (store), FALSE);
  g_return_val_if_fail (dir != NULL, FALSE);

  if (!vs_store_begin (store, error))
    return FALSE;

  for (gsize i = 0; i < G_N_ELEMENTS (demo_files); i++)
    {
      g_autofree char *path = g_build_filename (dir, demo_files[i].file, NULL);
      g_autoptr(VsImportSummary) summary = NULL;
      VsImportOptions options = { 0 };

      options.layout = demo_files[i].layout;
      if (!vs_import_file (store, path, &options, &summary, error))
        {
          vs_store_rollback (store);
          g_prefix_error (error, _("The demo data could not be loaded: "));
          return FALSE;
        }
      /* The committee papers have real oddities (definitions that changed, sharp drops): the
       * warnings are the importer doing its job, not a fault in the demo. */
      if (summary != NULL && summary->n_warnings > 0)
        g_debug ("%s: %u warnings", demo_files[i].file, summary->n_warnings);
    }

  return vs_store_commit (store, error);
}
