/* vs-cli-settings.c: settings: the database's rating settings, shown and set
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "vs-cli-private.h"

static void
print_settings (const VsRatingSettings *settings,
                VsOutputFormat          format)
{
  static const VsOutputColumn columns[] = {
    { "key", VS_COLUMN_TEXT }, { "value", VS_COLUMN_TEXT }, { "default", VS_COLUMN_TEXT },
    { "description", VS_COLUMN_TEXT },
  };
  g_autoptr(VsOutputTable) table = vs_output_table_new_with_columns (columns,
                                                                     G_N_ELEMENTS (columns));
  const char * const *keys = vs_rating_settings_keys ();
  VsRatingSettings defaults;

  vs_rating_settings_init (&defaults);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      vs_output_table_add_row (table);
      vs_output_table_add_cell (table, keys[i]);
      vs_output_table_take_cell (table, vs_rating_settings_get (settings, keys[i]));
      vs_output_table_take_cell (table, vs_rating_settings_get (&defaults, keys[i]));
      vs_output_table_add_cell (table, vs_rating_settings_describe (keys[i]));
    }
  vs_output_table_print (table, format);
}

/* Every --set applied to a copy first: one bad value and nothing is written. */
static gboolean
apply_assignments (VsRatingSettings  *settings,
                   char             **assignments,
                   GError           **error)
{
  for (guint i = 0; assignments != NULL && assignments[i] != NULL; i++)
    {
      const char *equals = strchr (assignments[i], '=');
      g_autofree char *key = NULL;
      g_autoptr(GError) local_error = NULL;

      if (equals == NULL || equals == assignments[i])
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("--set expects KEY=VALUE (for example amber-tolerance=30), not “%s”"),
                       assignments[i]);
          return FALSE;
        }
      key = g_strstrip (g_strndup (assignments[i], equals - assignments[i]));
      if (!vs_rating_settings_set (settings, key, equals + 1, &local_error))
        {
          /* An unknown key or a value out of range is a bad option value: usage (2). */
          g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                               local_error->message);
          return FALSE;
        }
    }
  return TRUE;
}

static const VsCliSpec settings_spec = {
  "settings", NULL,
  N_("Show the database's rating settings, or change them with --set. They are the "
     "department's, kept in the database: the window, every command and the committee pack "
     "rate by them."),
  0, 0, NULL, VS_CLI_FORMATS_ALL,
};

int
vs_cli_settings (VsCliContext  *ctx,
                 int            argc,
                 char         **argv)
{
  g_auto(GStrv) assignments = NULL;
  GOptionEntry entries[] = {
    { "set", 0, 0, G_OPTION_ARG_STRING_ARRAY, &assignments, N_("Set a setting (repeatable)"), "KEY=VALUE" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  VsRatingSettings settings;
  VsCliCall call;
  VsStore *store;

  if (!vs_cli_call_open (&call, &settings_spec, entries, argc, argv))
    return call.status;
  if (!(store = vs_cli_context_get_store (ctx, &error)) ||
      !vs_store_get_rating_settings (store, &settings, &error))
    return vs_cli_fail (error);
  if (assignments != NULL &&
      (!apply_assignments (&settings, assignments, &error) ||
       !vs_store_set_rating_settings (store, &settings, &error)))
    return vs_cli_fail (error);
  print_settings (&settings, call.format);
  return 0;
}
