/* vs-cli-import.c: import
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>

#include "vs-cli-private.h"
#include "vs-enum-names.h"
#include "vs-importer.h"
#include "vs-store-peers.h"

static const char *
outcome_name (VsImportOutcome outcome)
{
  switch (outcome)
    {
    case VS_IMPORT_MATCHED:
      return "matched";
    case VS_IMPORT_UPDATED:
      return "updated";
    case VS_IMPORT_CREATED:
      return "created";
    }
  g_return_val_if_reached (NULL);
}

static char *
figure_text (VsObsState state,
             double     value)
{
  if (state == VS_OBS_ACTUAL)
    return vs_output_format_number (value);
  return g_strdup (vs_obs_state_to_string (state));
}

/* ---- the summary for people ---- */

static void print_messages (const VsImportSummary *s);

static void
print_summary (const VsImportSummary *s)
{
  g_autofree char *base = g_path_get_basename (s->file);

  if (vs_import_format_has_sheets (s->format))
    g_print (g_dngettext (GETTEXT_PACKAGE, "%s (sheet “%s”): %s layout, %u row\n",
                          "%s (sheet “%s”): %s layout, %u rows\n", s->rows),
             base, s->sheet, s->layout, s->rows);
  else
    g_print (g_dngettext (GETTEXT_PACKAGE, "%s: %s layout, %u row\n", "%s: %s layout, %u rows\n",
                          s->rows),
             base, s->layout, s->rows);
  if (s->n_errors > 0)
    {
      /* What a refused file would have added was not added: only its warnings and errors. */
      g_print ("  %s\n", _("refused: nothing was imported (the errors follow)"));
      print_messages (s);
      return;
    }
  if (s->dry_run)
    g_print ("  %s\n", _("dry run: nothing was written"));
  else if (s->written)
    g_print (_("  imported as import %" G_GINT64_FORMAT "\n"), s->import_id);
  else
    g_print ("  %s\n", _("nothing new: the database already holds all of it"));
  g_print (_("  indicators: %u matched, %u updated, %u created\n"),
           s->indicators_matched, s->indicators_updated, s->indicators_created);
  g_print (_("  values:     %u added, %u changed, %u unchanged\n"),
           s->values_added, s->values_changed, s->values_unchanged);
  if (s->benchmarks_added || s->benchmarks_changed || s->benchmarks_unchanged)
    g_print (_("  benchmarks: %u added, %u changed, %u unchanged\n"),
             s->benchmarks_added, s->benchmarks_changed, s->benchmarks_unchanged);
  if (s->commentary_added)
    g_print (_("  commentary: %u added\n"), s->commentary_added);
  if (s->actions_added || s->actions_updated)
    g_print (_("  actions:    %u added, %u updated\n"), s->actions_added, s->actions_updated);
  if (s->localities_created)
    g_print (_("  localities: %u created\n"), s->localities_created);
  for (guint i = 0; s->localities_new && i < s->localities_new->len; i++)
    g_print (s->written ? _("  created locality “%s”\n") : _("  creates locality “%s”\n"),
             (const char *) g_ptr_array_index (s->localities_new, i));
  if (s->peers_added || s->peers_changed || s->peers_unchanged)
    g_print (_("  published figures of every authority: %u added, %u corrected, %u unchanged\n"),
             s->peers_added, s->peers_changed, s->peers_unchanged);
  if (s->rows_skipped)
    g_print (_("  rows skipped: %u (the figures of other places)\n"), s->rows_skipped);

  for (guint i = 0; s->indicators && i < s->indicators->len; i++)
    {
      VsImportIndicatorReport *r = g_ptr_array_index (s->indicators, i);

      if (r->outcome == VS_IMPORT_CREATED)
        g_print (_("  created  %s  %s (%s)\n"), r->ref ? r->ref : _("(new ref)"), r->title,
                 r->area);
      else if (r->outcome == VS_IMPORT_UPDATED)
        for (guint k = 0; k < r->changes->len; k++)
          g_print (_("  updated  %s  %s\n"), r->ref, (char *) g_ptr_array_index (r->changes, k));
    }
  for (guint i = 0; s->changes && i < s->changes->len; i++)
    {
      VsImportChange *c = g_ptr_array_index (s->changes, i);
      g_autofree char *when = vs_period_to_label (c->period);
      g_autofree char *old_text = figure_text (c->old_state, c->old_value);
      g_autofree char *new_text = figure_text (c->new_state, c->new_value);

      g_print (_("  changed  %s  %s %s: %s → %s (cell %s)\n"), c->ref, c->locality, when,
               old_text, new_text, c->cell);
    }
  print_messages (s);
}

static void
print_messages (const VsImportSummary *s)
{
  if (s->n_warnings > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE, "  %u warning:\n", "  %u warnings:\n", s->n_warnings),
             s->n_warnings);
  for (guint i = 0; s->warnings && i < s->warnings->len; i++)
    g_print ("    %s\n", ((VsImportMessage *) g_ptr_array_index (s->warnings, i))->text);
  if (s->warnings && s->n_warnings > s->warnings->len)
    g_print (_("    … and %u more\n"), s->n_warnings - s->warnings->len);

  /* Errors are what stopped the import: they go where errors go. */
  for (guint i = 0; s->errors && i < s->errors->len; i++)
    g_printerr ("vital-signs: %s\n", ((VsImportMessage *) g_ptr_array_index (s->errors, i))->text);
  if (s->errors && s->n_errors > s->errors->len)
    g_printerr (_("vital-signs: … and %u more errors\n"), s->n_errors - s->errors->len);
}

/* ---- the summary for programs ---- */

static void
json_key (GString    *json,
          const char *key)
{
  if (json->len > 0 && json->str[json->len - 1] != '{' && json->str[json->len - 1] != '[')
    g_string_append (json, ", ");
  g_string_append_printf (json, "\"%s\": ", key);
}

static void
json_text (GString    *json,
           const char *key,
           const char *value)
{
  g_autofree char *quoted = value ? vs_output_json_string (value) : g_strdup ("null");
  json_key (json, key);
  g_string_append (json, quoted);
}

static void
json_uint (GString    *json,
           const char *key,
           guint64     value)
{
  json_key (json, key);
  g_string_append_printf (json, "%" G_GUINT64_FORMAT, value);
}

static void
json_bool (GString    *json,
           const char *key,
           gboolean    value)
{
  json_key (json, key);
  g_string_append (json, value ? "true" : "false");
}

static void
json_number (GString    *json,
             const char *key,
             double      value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  json_key (json, key);
  if (isnan (value))
    g_string_append (json, "null");
  else
    g_string_append (json, g_ascii_formatd (buffer, sizeof buffer, "%.15g", value));
}

static void
json_messages (GString    *json,
               const char *key,
               GPtrArray  *messages)
{
  json_key (json, key);
  g_string_append_c (json, '[');
  for (guint i = 0; messages && i < messages->len; i++)
    {
      VsImportMessage *m = g_ptr_array_index (messages, i);
      if (i > 0)
        g_string_append (json, ", ");
      g_string_append_c (json, '{');
      json_text (json, "file", m->file);
      json_text (json, "sheet", m->sheet);
      json_uint (json, "row", m->row);
      json_uint (json, "column", m->column);
      json_text (json, "cell", m->cell);
      json_text (json, "message", m->text);
      g_string_append_c (json, '}');
    }
  g_string_append_c (json, ']');
}

static void
append_summary_json (GString               *json,
                     const char            *path,
                     const VsImportSummary *s,
                     const GError          *error)
{
  g_string_append_c (json, '{');
  json_text (json, "file", s ? s->file : path);
  if (s != NULL)
    {
      json_text (json, "sheet", s->sheet);
      json_text (json, "format", s->format);
      json_text (json, "layout", s->layout);
      json_text (json, "sha256", s->sha256);
      json_bool (json, "dry_run", s->dry_run);
      json_bool (json, "written", s->written);
      json_key (json, "import");
      if (s->import_id)
        g_string_append_printf (json, "%" G_GINT64_FORMAT, s->import_id);
      else
        g_string_append (json, "null");
      json_uint (json, "rows", s->rows);
      json_uint (json, "rows_skipped", s->rows_skipped);
      json_uint (json, "indicators_matched", s->indicators_matched);
      json_uint (json, "indicators_updated", s->indicators_updated);
      json_uint (json, "indicators_created", s->indicators_created);
      json_uint (json, "values_added", s->values_added);
      json_uint (json, "values_changed", s->values_changed);
      json_uint (json, "values_unchanged", s->values_unchanged);
      json_uint (json, "benchmarks_added", s->benchmarks_added);
      json_uint (json, "benchmarks_changed", s->benchmarks_changed);
      json_uint (json, "commentary_added", s->commentary_added);
      json_uint (json, "actions_added", s->actions_added);
      json_uint (json, "actions_updated", s->actions_updated);
      json_uint (json, "localities_created", s->localities_created);
      json_uint (json, "peers_added", s->peers_added);
      json_uint (json, "peers_changed", s->peers_changed);
      json_uint (json, "peers_unchanged", s->peers_unchanged);
      json_text (json, "authority", s->authority ? s->authority->name : NULL);

      json_key (json, "indicators");
      g_string_append_c (json, '[');
      for (guint i = 0; s->indicators && i < s->indicators->len; i++)
        {
          VsImportIndicatorReport *r = g_ptr_array_index (s->indicators, i);
          if (i > 0)
            g_string_append (json, ", ");
          g_string_append_c (json, '{');
          json_text (json, "ref", r->ref);
          json_text (json, "indicator", r->title);
          json_text (json, "area", r->area);
          json_text (json, "outcome", outcome_name (r->outcome));
          json_text (json, "matched_by", r->matched_by);
          json_key (json, "changes");
          g_string_append_c (json, '[');
          for (guint k = 0; k < r->changes->len; k++)
            {
              g_autofree char *quoted = vs_output_json_string (g_ptr_array_index (r->changes, k));
              g_string_append_printf (json, "%s%s", k ? ", " : "", quoted);
            }
          g_string_append_c (json, ']');
          json_uint (json, "added", r->added);
          json_uint (json, "changed", r->changed);
          json_uint (json, "unchanged", r->unchanged);
          g_string_append_c (json, '}');
        }
      g_string_append_c (json, ']');

      json_key (json, "changes");
      g_string_append_c (json, '[');
      for (guint i = 0; s->changes && i < s->changes->len; i++)
        {
          VsImportChange *c = g_ptr_array_index (s->changes, i);
          g_autofree char *period = vs_period_to_iso (c->period);
          if (i > 0)
            g_string_append (json, ", ");
          g_string_append_c (json, '{');
          json_text (json, "ref", c->ref);
          json_text (json, "locality", c->locality);
          json_text (json, "period", period);
          json_text (json, "old_state", vs_obs_state_to_string (c->old_state));
          json_number (json, "old_value", c->old_value);
          json_text (json, "new_state", vs_obs_state_to_string (c->new_state));
          json_number (json, "new_value", c->new_value);
          json_text (json, "cell", c->cell);
          g_string_append_c (json, '}');
        }
      g_string_append_c (json, ']');
      json_uint (json, "warning_count", s->n_warnings);
      json_messages (json, "warnings", s->warnings);
      json_uint (json, "error_count", s->n_errors);
      json_messages (json, "errors", s->errors);
    }
  json_text (json, "error", error ? error->message : NULL);
  g_string_append_c (json, '}');
}

static const VsCliSpec import_spec = {
  "import", "FILE…",
  N_("Import monthly extracts (CSV, TSV, XLSX, ODS or XLS) into the database, all of a file "
     "or none of it."),
  1, -1, N_("name at least one FILE to import"),
  VS_CLI_FORMAT (VS_OUTPUT_TABLE) | VS_CLI_FORMAT (VS_OUTPUT_JSON),
};

int
vs_cli_import (VsCliContext  *ctx,
               int            argc,
               char         **argv)
{
  gboolean dry_run = FALSE;
  g_autofree char *sheet = NULL, *layout_text = NULL, *area = NULL, *locality = NULL;
  g_autofree char *home = NULL;
  g_autofree char *layouts = vs_enum_choices (VS_TYPE_LAYOUT);
  GOptionEntry entries[] = {
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Report what would be imported, and write nothing"), NULL },
    { "home", 0, 0, G_OPTION_ARG_STRING, &home, N_("The home authority (name or code) of files of many authorities; remembered"), "NAME|CODE" },
    { "sheet", 0, 0, G_OPTION_ARG_STRING, &sheet, N_("Read this sheet of a workbook (default: the first with data)"), "NAME" },
    { "layout", 0, 0, G_OPTION_ARG_STRING, &layout_text, layouts, "LAYOUT" },
    { "area", 0, 0, G_OPTION_ARG_STRING, &area, N_("The service area for indicators the file creates"), "NAME" },
    { "locality", 0, 0, G_OPTION_ARG_STRING, &locality, N_("Whose figures these are: a locality, or the authority to take from a file of many"), "NAME" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) json = g_string_new ("[");
  VsImportOptions options = { 0 };
  VsCliCall call;
  VsStore *store;
  int failed = 0;
  gboolean home_saved = FALSE;

  if (!vs_cli_call_open (&call, &import_spec, entries, argc, argv))
    return call.status;
  options.layout = VS_LAYOUT_AUTO;
  if (layout_text != NULL && !vs_layout_from_string (layout_text, &options.layout))
    return vs_cli_usage_error ("import", _("--layout is %s, not “%s”"), layouts, layout_text);
  options.dry_run = dry_run;
  options.sheet = sheet;
  options.area = area;
  options.locality = locality;
  if (home != NULL && locality != NULL)
    return vs_cli_usage_error ("import", _("--home or --locality, not both"));
  if (home != NULL)
    {
      options.locality = home;
      options.set_home = TRUE;
    }

  if (!(store = vs_cli_context_get_store (ctx, &error)))
    return vs_cli_fail (error);

  for (int i = 1; i < call.argc; i++)
    {
      const char *path = call.argv[i];
      g_autoptr(VsImportSummary) summary = NULL;
      g_autoptr(GError) local_error = NULL;
      gboolean ok = vs_import_file (store, path, &options, &summary, &local_error);

      if (call.format == VS_OUTPUT_JSON)
        {
          if (i > 1)
            g_string_append (json, ",\n ");
          append_summary_json (json, path, summary, local_error);
        }
      else if (summary != NULL)
        print_summary (summary);
      if (!ok)
        {
          failed++;
          /* The summary has listed the errors already: only how many, not the first again. */
          if (call.format == VS_OUTPUT_TABLE && summary != NULL && summary->n_errors > 0)
            {
              g_autofree char *base = g_path_get_basename (path);
              vs_cli_print_message (g_dngettext (GETTEXT_PACKAGE,
                                                 "%s: %u error, so nothing was imported",
                                                 "%s: %u errors, so nothing was imported",
                                                 summary->n_errors),
                                    base, summary->n_errors);
            }
          else
            vs_cli_print_error (local_error);
        }
      home_saved |= ok && summary != NULL && summary->home_saved;
      if (ok && summary != NULL && summary->comparators > 0 && call.format != VS_OUTPUT_JSON)
        vs_cli_print_comparators (store, summary->comparators);
    }
  if (call.format == VS_OUTPUT_JSON)
    g_print ("%s]\n", json->str);
  if (home != NULL && !home_saved && !dry_run && failed == 0)
    vs_cli_print_message (_("import: no file named the authority “%s”, so the home authority was "
                            "not changed"), home);
  return failed ? 1 : 0;
}
