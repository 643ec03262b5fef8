/* vs-cli-catalogue.c: areas, indicators and values
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vs-cli-private.h"
#include "vs-judge.h"

static const VsCliSpec areas_spec = {
  "areas", NULL, N_("List the service areas and how many indicators each has."),
  0, 0, NULL, VS_CLI_FORMATS_ALL,
};

static const VsOutputColumn areas_columns[] = {
  { "area", VS_COLUMN_TEXT }, { "indicators", VS_COLUMN_NUMBER },
};

int
vs_cli_areas (VsCliContext  *ctx,
              int            argc,
              char         **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) areas = NULL;
  g_autoptr(VsOutputTable) table = NULL;
  VsCliCall call;
  VsStore *store;

  if (!vs_cli_call_open (&call, &areas_spec, NULL, argc, argv))
    return call.status;
  if (!(store = vs_cli_context_get_store (ctx, &error)) ||
      !(areas = vs_store_list_areas (store, &error)))
    return vs_cli_fail (error);

  table = vs_output_table_new_with_columns (areas_columns, G_N_ELEMENTS (areas_columns));
  for (guint i = 0; i < areas->len; i++)
    {
      VsArea *area = g_ptr_array_index (areas, i);
      vs_output_table_add_row (table);
      vs_output_table_add_cell (table, area->name);
      vs_output_table_take_cell (table, g_strdup_printf ("%u", area->n_indicators));
    }
  vs_output_table_print (table, call.format);
  return 0;
}

static const VsCliSpec indicators_spec = {
  "indicators", NULL, N_("List the indicators with their definitions."),
  0, 0, NULL, VS_CLI_FORMATS_ALL,
};

static const VsOutputColumn indicators_columns[] = {
  { "ref", VS_COLUMN_TEXT }, { "indicator", VS_COLUMN_TEXT }, { "area", VS_COLUMN_TEXT },
  { "polarity", VS_COLUMN_TEXT }, { "unit", VS_COLUMN_TEXT },
  { "periodicity", VS_COLUMN_TEXT }, { "target", VS_COLUMN_TEXT },
};

int
vs_cli_indicators (VsCliContext  *ctx,
                   int            argc,
                   char         **argv)
{
  g_autofree char *area_name = NULL;
  GOptionEntry entries[] = {
    { "area", 0, 0, G_OPTION_ARG_STRING, &area_name, N_("Only this service area"), "NAME" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(VsArea) area = NULL;
  g_autoptr(VsOutputTable) table = NULL;
  VsCliCall call;
  VsStore *store;

  if (!vs_cli_call_open (&call, &indicators_spec, entries, argc, argv))
    return call.status;
  if (!(store = vs_cli_context_get_store (ctx, &error)))
    return vs_cli_fail (error);
  if (area_name != NULL && !(area = vs_cli_find_area (store, area_name, &error)))
    return vs_cli_fail (error);
  if (!(indicators = vs_store_list_indicators (store, area ? area->id : 0, &error)))
    return vs_cli_fail (error);

  table = vs_output_table_new_with_columns (indicators_columns,
                                            G_N_ELEMENTS (indicators_columns));
  for (guint i = 0; i < indicators->len; i++)
    {
      VsIndicator *indicator = g_ptr_array_index (indicators, i);
      vs_output_table_add_row (table);
      vs_output_table_add_cell (table, indicator->ref);
      vs_output_table_add_cell (table, indicator->title);
      vs_output_table_add_cell (table, indicator->area);
      vs_output_table_add_cell (table, vs_polarity_to_string (indicator->polarity));
      vs_output_table_add_cell (table, vs_unit_to_string (indicator->unit));
      vs_output_table_add_cell (table, vs_periodicity_to_string (indicator->periodicity));
      vs_output_table_add_cell (table, indicator->target_text);
    }
  vs_output_table_print (table, call.format);
  return 0;
}

/* Provenance as a JSON object, for `values --format json`. */
static char *
provenance_json (const VsObservation *obs)
{
  const char *keys[] = { "file", "sheet", "cell" };
  const char *values[] = { obs->file, obs->sheet, obs->cell };
  GString *json = g_string_new ("{\"import\": ");

  if (obs->import_id == 0)
    g_string_append (json, "null");
  else
    g_string_append_printf (json, "%" G_GINT64_FORMAT, obs->import_id);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *value = values[i] ? vs_output_json_string (values[i]) : g_strdup ("null");
      g_string_append_printf (json, ", \"%s\": %s", keys[i], value);
    }
  g_string_append_c (json, '}');
  return g_string_free (json, FALSE);
}

static const VsCliSpec values_spec = {
  "values", "INDICATOR",
  N_("Show the figures of one indicator. INDICATOR is a reference, or an unambiguous part of "
     "a title."),
  1, 1, N_("name one indicator (a reference or part of its title)"), VS_CLI_FORMATS_ALL,
};

static const VsOutputColumn values_columns[] = {
  { "ref", VS_COLUMN_TEXT }, { "indicator", VS_COLUMN_TEXT }, { "locality", VS_COLUMN_TEXT },
  { "period", VS_COLUMN_TEXT }, { "value", VS_COLUMN_NUMBER },
  { "numerator", VS_COLUMN_NUMBER }, { "denominator", VS_COLUMN_NUMBER },
  { "state", VS_COLUMN_TEXT },
};

int
vs_cli_values (VsCliContext  *ctx,
               int            argc,
               char         **argv)
{
  g_autofree char *locality_name = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  GOptionEntry entries[] = {
    { "locality", 0, 0, G_OPTION_ARG_STRING, &locality_name, N_("Only this locality"), "NAME" },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text, N_("First month"), "YYYY-MM" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text, N_("Last month"), "YYYY-MM" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(VsIndicator) indicator = NULL;
  g_autoptr(VsLocality) locality = NULL;
  g_autoptr(GPtrArray) localities = NULL;
  g_autoptr(GPtrArray) observations = NULL;
  g_autoptr(VsOutputTable) table = NULL;
  g_autoptr(GHashTable) locality_names = NULL;
  VsPeriod from = VS_PERIOD_INVALID, to = VS_PERIOD_INVALID;
  VsCliCall call;
  VsStore *store;

  if (!vs_cli_call_open (&call, &values_spec, entries, argc, argv))
    return call.status;
  if ((from_text && !vs_cli_parse_period ("--from", from_text, &from, &error)) ||
      (to_text && !vs_cli_parse_period ("--to", to_text, &to, &error)))
    return vs_cli_fail (error);
  if (!(store = vs_cli_context_get_store (ctx, &error)) ||
      !(indicator = vs_cli_find_indicator (store, call.argv[1], &error)))
    return vs_cli_fail (error);
  if (locality_name != NULL && !(locality = vs_cli_find_locality (store, locality_name, &error)))
    return vs_cli_fail (error);
  if (!(localities = vs_store_list_localities (store, &error)) ||
      !(observations = vs_store_list_observations (store, indicator->id,
                                                   locality ? locality->id : 0,
                                                   from, to, &error)))
    return vs_cli_fail (error);

  locality_names = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < localities->len; i++)
    {
      VsLocality *l = g_ptr_array_index (localities, i);
      g_hash_table_insert (locality_names, &l->id, l->name);
    }

  table = vs_output_table_new_with_columns (values_columns, G_N_ELEMENTS (values_columns));
  if (call.format == VS_OUTPUT_JSON)
    vs_output_table_add_column (table, "provenance", VS_COLUMN_RAW_JSON);

  for (guint i = 0; i < observations->len; i++)
    {
      VsObservation *obs = g_ptr_array_index (observations, i);
      vs_output_table_add_row (table);
      vs_output_table_add_cell (table, indicator->ref);
      vs_output_table_add_cell (table, indicator->title);
      vs_output_table_add_cell (table, g_hash_table_lookup (locality_names, &obs->locality_id));
      /* As rag: people read the period and value as the window shows them. */
      if (call.format == VS_OUTPUT_TABLE)
        {
          vs_output_table_take_cell (table, vs_judge_column_label (indicator, obs->period));
          vs_output_table_take_cell (table, vs_unit_format_value (indicator->unit, obs->value));
        }
      else
        {
          vs_output_table_take_cell (table, vs_period_to_iso (obs->period));
          vs_output_table_take_cell (table, vs_output_format_number (obs->value));
        }
      vs_output_table_take_cell (table, vs_output_format_number (obs->numerator));
      vs_output_table_take_cell (table, vs_output_format_number (obs->denominator));
      vs_output_table_add_cell (table, vs_obs_state_to_string (obs->state));
      if (call.format == VS_OUTPUT_JSON)
        vs_output_table_take_cell (table, provenance_json (obs));
    }
  vs_output_table_print (table, call.format);
  return 0;
}
