/* vs-cli-command.c: the opening every command shares: its options and parameters, --format,
 * the store opened the right way, and how it reports a failure
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vs-cli-command.h"
#include "vs-demo.h"
#include "vs-enum-names.h"

void
vs_cli_print_error (const GError *error)
{
  g_printerr ("vital-signs: %s\n", error->message);
}

/* The README's rule, kept here for every command: 2 when the command line itself is wrong
 * whatever the database holds (a missing, surplus or unknown argument or option, or an
 * option's value that cannot be read: --format, --period, --kind…), which every check of
 * an option reports as a G_OPTION_ERROR; 1 when the command could not do what was asked
 * with this database or these files (an indicator, area or locality it does not hold, a
 * file it cannot read). */
int
vs_cli_status_for (const GError *error)
{
  return error != NULL && error->domain == G_OPTION_ERROR ? VS_CLI_STATUS_USAGE
                                                          : VS_CLI_STATUS_FAILED;
}

int
vs_cli_fail (const GError *error)
{
  vs_cli_print_error (error);
  return vs_cli_status_for (error);
}

int
vs_cli_usage_error (const char *command,
                    const char *format,
                    ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("vital-signs: %s: %s\n", command, message);
  return VS_CLI_STATUS_USAGE;
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

/* Says what is wrong with the count of parameters, or returns TRUE. */
static gboolean
check_parameters (const VsCliSpec *spec,
                  int              argc,
                  char           **argv)
{
  int given = argc - 1;

  if (given >= spec->min_args && (spec->max_args < 0 || given <= spec->max_args))
    return TRUE;
  if (spec->usage != NULL)
    vs_cli_print_message ("%s: %s", spec->name, _(spec->usage));
  else
    vs_cli_print_message (_("%s: unexpected argument “%s”"), spec->name,
                          argv[spec->max_args + 1]);
  return FALSE;
}

gboolean
vs_cli_call_open (VsCliCall        *call,
                  const VsCliSpec  *spec,
                  GOptionEntry     *entries,
                  int               argc,
                  char            **argv)
{
  g_autofree char *prgname = g_strdup_printf ("vital-signs %s", spec->name);
  g_autoptr(GOptionContext) context = g_option_context_new (spec->parameters);
  g_autofree char *format_text = NULL;
  g_autofree char *formats = NULL;
  GOptionEntry format_entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text, NULL, "FORMAT" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (spec->usage != NULL || spec->min_args == 0, FALSE);

  *call = (VsCliCall) { argc, argv, VS_OUTPUT_TABLE, 0 };

  /* GOption prints "Usage: PRGNAME [OPTION…] PARAMETERS": make that "vital-signs rag …". */
  g_set_prgname (prgname);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, spec->summary);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (spec->formats != 0)
    {
      /* Listed from the enum, so the help says what the parser takes. */
      formats = vs_enum_choices_among (VS_TYPE_OUTPUT_FORMAT, spec->formats);
      format_entries[0].description = formats;
      g_option_context_add_main_entries (context, format_entries, GETTEXT_PACKAGE);
    }

  /* --help prints and exits 0 from inside g_option_context_parse, as every GNOME tool. */
  if (!g_option_context_parse (context, &call->argc, &call->argv, &error))
    {
      call->status = vs_cli_usage_error (spec->name, "%s", error->message);
      return FALSE;
    }
  if (!check_parameters (spec, call->argc, call->argv))
    {
      call->status = VS_CLI_STATUS_USAGE;
      return FALSE;
    }
  if (spec->formats != 0 &&
      !vs_output_format_parse (format_text, spec->formats, &call->format, &error))
    {
      call->status = vs_cli_fail (error);
      return FALSE;
    }
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

/* A name typed on the command line that the database does not hold is an unknown argument
 * (usage, 2): the store's message, which names the choices or the closest, kept. */
static gpointer
found_or_usage (gpointer   found,
                GError   **error)
{
  if (found == NULL && error != NULL && *error != NULL &&
      ((*error)->domain == VS_STORE_ERROR &&
       ((*error)->code == VS_STORE_ERROR_NOT_FOUND || (*error)->code == VS_STORE_ERROR_AMBIGUOUS)))
    {
      (*error)->domain = G_OPTION_ERROR;
      (*error)->code = G_OPTION_ERROR_BAD_VALUE;
    }
  return found;
}

VsArea *
vs_cli_find_area (VsStore     *store,
                  const char  *name,
                  GError     **error)
{
  return found_or_usage (vs_store_find_area (store, name, error), error);
}

VsLocality *
vs_cli_find_locality (VsStore     *store,
                      const char  *name,
                      GError     **error)
{
  VsLocality *locality = vs_store_find_locality (store, name, error);

  /* Without a name it is the whole authority, which no one typed. */
  return name != NULL ? found_or_usage (locality, error) : locality;
}

VsIndicator *
vs_cli_find_indicator (VsStore     *store,
                       const char  *query,
                       GError     **error)
{
  return found_or_usage (vs_store_find_indicator (store, query, error), error);
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
  /* Only when asked: the officer's own database starts empty, as the window's does, and
   * the demo has a file of its own (--demo with --db, or the window's demo). */
  gboolean fill_with_demo = ctx->demo;

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
