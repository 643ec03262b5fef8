/* vs-cli-history.c: history (with an import's warnings) and undo-import
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>

#include "vs-cli-private.h"
#include "vs-grid.h"
#include "vs-importer.h"

/* "3" as an import's ID, or a usage error naming @command; returns 0 when it is one. */
static int
parse_import_id (const char *command,
                 const char *text,
                 gint64     *id)
{
  char *end = NULL;

  errno = 0;
  *id = g_ascii_strtoll (text, &end, 10);
  if (errno != 0 || end == text || *end != '\0' || *id <= 0)
    return vs_cli_usage_error (command, _("“%s” is not an import ID; expected a number from "
                                          "“vital-signs history”"), text);
  return 0;
}

static const VsOutputColumn warning_columns[] = {
  { "sheet", VS_COLUMN_TEXT }, { "row", VS_COLUMN_NUMBER }, { "column", VS_COLUMN_TEXT },
  { "cell", VS_COLUMN_TEXT }, { "warning", VS_COLUMN_TEXT },
};

/* history --warnings ID: what the import warned of, as it said it then. */
static int
print_warnings (VsStore        *store,
                GPtrArray      *imports,
                gint64          id,
                VsOutputFormat  format)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(VsOutputTable) table = NULL;
  const VsImportRecord *record = NULL;

  for (guint i = 0; i < imports->len; i++)
    if (((VsImportRecord *) g_ptr_array_index (imports, i))->id == id)
      record = g_ptr_array_index (imports, i);
  if (record == NULL)
    return vs_cli_usage_error ("history", _("there is no import %" G_GINT64_FORMAT "; "
                                            "“vital-signs history” lists them"), id);
  if (!(warnings = vs_store_list_import_warnings (store, id, &error)))
    return vs_cli_fail (error);

  if (format == VS_OUTPUT_TABLE)
    {
      g_autofree char *base = g_path_get_basename (record->file);

      g_print (g_dngettext (GETTEXT_PACKAGE, "Import %" G_GINT64_FORMAT " (%s): %u warning\n",
                            "Import %" G_GINT64_FORMAT " (%s): %u warnings\n", record->warnings),
               id, base, record->warnings);
      for (guint i = 0; i < warnings->len; i++)
        g_print ("  %s\n", ((VsImportWarning *) g_ptr_array_index (warnings, i))->text);
      /* The import keeps the first ones it found (as it showed them), or none when a
       * version before this one made it. */
      if (record->warnings > warnings->len && warnings->len == 0)
        g_print (_("  (their words were not kept: an older version made the import)\n"));
      else if (record->warnings > warnings->len)
        g_print (_("  (the first %u were kept)\n"), warnings->len);
      return 0;
    }

  table = vs_output_table_new_with_columns (warning_columns, G_N_ELEMENTS (warning_columns));
  for (guint i = 0; i < warnings->len; i++)
    {
      VsImportWarning *w = g_ptr_array_index (warnings, i);

      vs_output_table_add_row (table);
      vs_output_table_add_cell (table, w->sheet);
      vs_output_table_take_cell (table, w->row ? g_strdup_printf ("%u", w->row) : NULL);
      vs_output_table_take_cell (table, w->column ? vs_column_name (w->column - 1) : NULL);
      vs_output_table_add_cell (table, w->cell);
      vs_output_table_add_cell (table, w->text);
    }
  vs_output_table_print (table, format);
  return 0;
}

static const VsCliSpec history_spec = {
  "history", NULL,
  N_("List the imports, newest first, with how many warnings each gave; --warnings ID shows "
     "an import's warnings again, as it gave them."),
  0, 0, NULL, VS_CLI_FORMATS_ALL,
};

static const VsOutputColumn history_columns[] = {
  { "id", VS_COLUMN_NUMBER }, { "time", VS_COLUMN_TEXT }, { "file", VS_COLUMN_TEXT },
  { "sha256", VS_COLUMN_TEXT }, { "layout", VS_COLUMN_TEXT }, { "added", VS_COLUMN_NUMBER },
  { "changed", VS_COLUMN_NUMBER }, { "unchanged", VS_COLUMN_NUMBER },
  { "warnings", VS_COLUMN_NUMBER }, { "state", VS_COLUMN_TEXT },
};

int
vs_cli_history (VsCliContext  *ctx,
                int            argc,
                char         **argv)
{
  g_autofree char *warnings_of = NULL;
  GOptionEntry entries[] = {
    { "warnings", 0, 0, G_OPTION_ARG_STRING, &warnings_of, N_("Show this import's warnings"), "ID" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) imports = NULL;
  g_autoptr(VsOutputTable) table = NULL;
  VsCliCall call;
  VsStore *store;
  gint64 id;
  int status;

  if (!vs_cli_call_open (&call, &history_spec, entries, argc, argv))
    return call.status;
  if (warnings_of != NULL && (status = parse_import_id ("history", warnings_of, &id)) != 0)
    return status;
  if (!(store = vs_cli_context_get_store (ctx, &error)) ||
      !(imports = vs_store_list_imports (store, &error)))
    return vs_cli_fail (error);
  if (warnings_of != NULL)
    return print_warnings (store, imports, id, call.format);

  table = vs_output_table_new_with_columns (history_columns, G_N_ELEMENTS (history_columns));
  for (guint i = 0; i < imports->len; i++)
    {
      VsImportRecord *r = g_ptr_array_index (imports, i);
      g_autoptr(GDateTime) started = g_date_time_new_from_unix_local (r->started);

      vs_output_table_add_row (table);
      vs_output_table_take_cell (table, g_strdup_printf ("%" G_GINT64_FORMAT, r->id));
      vs_output_table_take_cell (table, started ? g_date_time_format (started, "%Y-%m-%d %H:%M:%S")
                                                : NULL);
      /* A table is read by people: the file's name and the hash's start are enough. */
      if (call.format == VS_OUTPUT_TABLE)
        {
          vs_output_table_take_cell (table, g_path_get_basename (r->file));
          vs_output_table_take_cell (table, r->sha256 ? g_strndup (r->sha256, 12) : NULL);
        }
      else
        {
          vs_output_table_add_cell (table, r->file);
          vs_output_table_add_cell (table, r->sha256);
        }
      vs_output_table_add_cell (table, r->layout);
      vs_output_table_take_cell (table, g_strdup_printf ("%u", r->added));
      vs_output_table_take_cell (table, g_strdup_printf ("%u", r->changed));
      vs_output_table_take_cell (table, g_strdup_printf ("%u", r->unchanged));
      vs_output_table_take_cell (table, g_strdup_printf ("%u", r->warnings));
      vs_output_table_add_cell (table, r->state);
    }
  vs_output_table_print (table, call.format);
  return 0;
}

static const VsCliSpec undo_import_spec = {
  "undo-import", "ID",
  N_("Take an import back: remove what it added and restore what it replaced. Refused when a "
     "later import changed the same figures."),
  1, 1, N_("name one import ID (see “vital-signs history”)"), 0,
};

int
vs_cli_undo_import (VsCliContext  *ctx,
                    int            argc,
                    char         **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) imports = NULL;
  const char *file = NULL, *id_text;
  VsCliCall call;
  VsStore *store;
  gint64 id;
  int status;

  if (!vs_cli_call_open (&call, &undo_import_spec, NULL, argc, argv))
    return call.status;
  id_text = call.argv[1];
  if ((status = parse_import_id ("undo-import", id_text, &id)) != 0)
    return status;

  if (!(store = vs_cli_context_get_store (ctx, &error)) ||
      !(imports = vs_store_list_imports (store, &error)))
    return vs_cli_fail (error);
  for (guint i = 0; i < imports->len; i++)
    if (((VsImportRecord *) g_ptr_array_index (imports, i))->id == id)
      file = ((VsImportRecord *) g_ptr_array_index (imports, i))->file;

  if (!vs_import_undo (store, id, &error))
    return vs_cli_fail (error);
  g_print (_("Import %" G_GINT64_FORMAT " (%s) was undone.\n"), id, file ? file : "?");
  return 0;
}
