/* vs-cli-benchmarks.c: benchmarks (every comparator of a published indicator, with its
 * working) and neighbours (the home authority's statistical neighbours)
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "vs-benchmarks.h"
#include "vs-cli-private.h"
#include "vs-judge.h"

void
vs_cli_print_comparators (VsStore *store,
                          guint    written)
{
  g_print (g_dngettext (GETTEXT_PACKAGE, "comparators: %u benchmark computed (%s)\n",
                        "comparators: %u benchmarks computed (%s)\n", written),
           written, vs_sn_model_id_to_string (vs_benchmarks_get_model (store)));
}

/* --model's value read before the database is opened: a bad one is usage (exit 2). */
static gboolean
check_model (const char  *model_text,
             GError     **error)
{
  VsSnModelId id;

  if (model_text == NULL || vs_sn_model_id_from_string (model_text, &id))
    return TRUE;
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("--model is 2025 or 2021, not “%s”"), model_text);
  return FALSE;
}

/* --model 2025|2021 (remembered; checked by check_model), or --sn-file FILE (this once), or
 * the stored model. */
static VsSnModel *
choose_model (VsStore     *store,
              const char  *model_text,
              const char  *sn_file,
              GError     **error)
{
  VsSnModelId id = vs_benchmarks_get_model (store);

  if (sn_file != NULL)
    return vs_sn_model_load_file (sn_file, NULL, error);
  if (model_text != NULL && vs_sn_model_id_from_string (model_text, &id))
    {
      if (id != vs_benchmarks_get_model (store))
        {
          if (!vs_store_begin (store, error))
            return NULL;
          /* The stored benchmarks follow the model now chosen, in the same transaction. */
          if (!vs_benchmarks_set_model (store, id, error) ||
              !vs_benchmarks_refresh (store, NULL, error) || !vs_store_commit (store, error))
            {
              vs_store_rollback (store);
              return NULL;
            }
        }
    }
  return vs_sn_model_load (id, error);
}

static VsAuthority *
require_home (VsStore  *store,
              GError  **error)
{
  g_autoptr(GError) local = NULL;
  VsAuthority *home = vs_store_get_home (store, &local);

  if (local != NULL)
    g_propagate_error (error, g_steal_pointer (&local));
  else if (home == NULL)
    g_set_error_literal (error, VS_BENCHMARKS_ERROR, VS_BENCHMARKS_ERROR_NO_HOME,
                         _("No home authority yet: import a DfE file with --home NAME (or an old "
                           "LA code such as 926)"));
  return home;
}

/* "2025", "2024-25" (a reporting year ending in March), or a month. */
static gboolean
parse_period (const char  *text,
              VsPeriod    *out,
              GError     **error)
{
  guint64 year, next;
  g_auto(GStrv) parts = g_strsplit (text, "-", 2);

  if (g_ascii_string_to_unsigned (text, 10, 1990, 2100, &year, NULL))
    {
      *out = vs_period_new ((int) year, 3);
      return TRUE;
    }
  if (parts[0] && parts[1] && strlen (parts[1]) == 2 &&
      g_ascii_string_to_unsigned (parts[0], 10, 1990, 2100, &year, NULL) &&
      g_ascii_string_to_unsigned (parts[1], 10, 0, 99, &next, NULL) && (year + 1) % 100 == next)
    {
      *out = vs_period_new ((int) year + 1, 3);
      return TRUE;
    }
  return vs_cli_parse_period ("--period", text, out, error);
}

static void
add_row (VsOutputTable      *table,
         const char         *year,       /* vs_judge_column_label: "2024-25" */
         const char         *comparator,
         char               *value,      /* taken */
         char               *count,      /* taken */
         const char         *working)
{
  vs_output_table_add_row (table);
  vs_output_table_add_cell (table, year);
  vs_output_table_add_cell (table, comparator);
  vs_output_table_take_cell (table, value);
  vs_output_table_take_cell (table, count);
  vs_output_table_add_cell (table, working);
}

/* Comparators to two places: a mean of rates has no more precision than that. */
static char *
number (double value)
{
  return vs_output_format_number (isnan (value) ? value : round (value * 100) / 100);
}

/* The home figure as values, rag and the window show it: in its unit in a table ("17.9%"),
 * a plain number to its unit's decimals in csv and json (17.9); the working says what it was
 * compared at (17.86). */
static char *
home_number (const VsComparison *c,
             VsOutputFormat      format)
{
  if (format == VS_OUTPUT_TABLE)
    return vs_unit_format_value (c->unit, c->home_value);
  return vs_output_format_number (vs_unit_round_value (c->unit, c->home_value));
}

static void
add_comparison (VsOutputTable      *table,
                const VsIndicator  *indicator,
                const VsComparison *c,
                VsOutputFormat      format)
{
  /* The year as the table and the charts name it (one judgement of a period's name). */
  g_autofree char *year = vs_judge_column_label (indicator, c->period);
  g_autofree char *home_note = NULL;
  g_autofree char *sn_count = g_strdup_printf (_("%u of %d"), c->sn_counted, VS_SN_NEIGHBOURS);

  if (c->home_state == VS_OBS_SUPPRESSED)
    home_note = g_strdup_printf (_("%s: suppressed (%s)"), c->home_name, c->home_code_text);
  else if (isnan (c->home_value))
    home_note = g_strdup_printf (_("%s: no figure"), c->home_name);
  else if (c->recomputed && c->home_value != c->home_published)
    {
      g_autofree char *published = number (c->home_published);
      g_autofree char *compared = number (c->home_value);
      home_note = g_strdup_printf (_("%s: published %s, from numerator and denominator %s"),
                                   c->home_name, published, compared);
    }
  else
    home_note = g_strdup_printf (_("%s as published"), c->home_name);

  add_row (table, year, "home", home_number (c, format), NULL, home_note);
  add_row (table, year, "sn-average", number (c->sn_average), g_strdup (sn_count), c->sn_average_working);
  add_row (table, year, "sn-median", number (c->sn_median), g_strdup (sn_count), c->sn_median_working);
  add_row (table, year, "sn-best", number (c->sn_best), g_strdup (sn_count), c->sn_best_working);
  add_row (table, year, "sn-rank", c->rank ? g_strdup_printf ("%u", c->rank) : NULL,
           c->rank ? g_strdup_printf (_("of %u"), c->rank_of) : NULL,
           _("the home authority among itself and its neighbours with a figure, 1 = best"));
  add_row (table, year, "england", number (c->england), NULL, c->england_working);
  add_row (table, year, "region", number (c->region), NULL, c->region_working);
  add_row (table, year, "top-quartile", number (c->top_quartile),
           g_strdup_printf ("%u", c->n_authorities), c->quartile_working);
  add_row (table, year, "lower-quartile", number (c->lower_quartile),
           g_strdup_printf ("%u", c->n_authorities), _("of every authority with a figure"));
  add_row (table, year, "median", number (c->median), g_strdup_printf ("%u", c->n_authorities),
           _("of every authority with a figure"));
  add_row (table, year, "upper-quartile", number (c->upper_quartile),
           g_strdup_printf ("%u", c->n_authorities), _("of every authority with a figure"));
  add_row (table, year, "band", c->band ? g_strdup (vs_band_to_string (c->band)) : NULL, NULL,
           c->band ? _("England quartile band: A is the best quarter of authorities") : NULL);
  add_row (table, year, "position", c->position ? g_strdup_printf ("%u", c->position) : NULL,
           c->position ? g_strdup_printf (_("of %u"), c->n_authorities) : NULL,
           _("the home authority among all authorities with a figure, 1 = best"));
}

static const VsCliSpec benchmarks_spec = {
  "benchmarks", "INDICATOR",
  N_("Every comparator of a published indicator for the home authority: SN average and median, "
     "best SN, rank, England, region and quartiles, each with how it was worked out."),
  1, 1, N_("name one indicator (a reference or part of its title)"), VS_CLI_FORMATS_ALL,
};

static const VsOutputColumn benchmarks_columns[] = {
  { "period", VS_COLUMN_TEXT }, { "comparator", VS_COLUMN_TEXT },
  { "value", VS_COLUMN_NUMBER }, { "of", VS_COLUMN_TEXT }, { "working", VS_COLUMN_TEXT },
};

int
vs_cli_benchmarks (VsCliContext  *ctx,
                   int            argc,
                   char         **argv)
{
  g_autofree char *period_text = NULL, *model_text = NULL, *sn_file = NULL;
  GOptionEntry entries[] = {
    { "period", 0, 0, G_OPTION_ARG_STRING, &period_text, N_("A year (2025 or 2024-25), or all (default: the latest)"), "PERIOD" },
    { "model", 0, 0, G_OPTION_ARG_STRING, &model_text, N_("The statistical neighbour model, 2025 or 2021; remembered"), "MODEL" },
    { "sn-file", 0, 0, G_OPTION_ARG_FILENAME, &sn_file, N_("Another statistical neighbour file, this once"), "FILE" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(VsIndicator) indicator = NULL;
  g_autoptr(VsAuthority) home = NULL;
  g_autoptr(VsSnModel) model = NULL;
  g_autoptr(GPtrArray) comparisons = NULL;
  g_autoptr(VsOutputTable) table = NULL;
  VsPeriod period = VS_PERIOD_INVALID;
  gboolean all = FALSE;
  VsCliCall call;
  VsStore *store;

  if (!vs_cli_call_open (&call, &benchmarks_spec, entries, argc, argv))
    return call.status;
  all = period_text != NULL && g_str_equal (period_text, "all");
  if ((period_text && !all && !parse_period (period_text, &period, &error)) ||
      !check_model (model_text, &error))
    return vs_cli_fail (error);
  if (!(store = vs_cli_context_get_store (ctx, &error)) ||
      !(indicator = vs_cli_find_indicator (store, call.argv[1], &error)) ||
      !(home = require_home (store, &error)) ||
      !(model = choose_model (store, model_text, sn_file, &error)) ||
      !vs_benchmarks_check_model (store, model, home, &error) ||
      !(comparisons = vs_benchmarks_compare (store, indicator, model, home, period, &error)))
    return vs_cli_fail (error);
  if (period_text == NULL && comparisons->len > 1)
    g_ptr_array_remove_range (comparisons, 0, comparisons->len - 1);

  table = vs_output_table_new_with_columns (benchmarks_columns,
                                            G_N_ELEMENTS (benchmarks_columns));
  if (call.format == VS_OUTPUT_TABLE)
    g_print (_("%s (%s), %s, %s\n\n"), indicator->title, indicator->ref, home->name,
             vs_sn_model_get_label (model));
  for (guint i = 0; i < comparisons->len; i++)
    add_comparison (table, indicator, g_ptr_array_index (comparisons, i), call.format);
  vs_output_table_print (table, call.format);
  return 0;
}

static const VsCliSpec neighbours_spec = {
  "neighbours", NULL, N_("The home authority's ten statistical neighbours, closest first."),
  0, 0, NULL, VS_CLI_FORMATS_ALL,
};

static const VsOutputColumn neighbours_columns[] = {
  { "closeness", VS_COLUMN_NUMBER }, { "code", VS_COLUMN_TEXT },
  { "authority", VS_COLUMN_TEXT }, { "region", VS_COLUMN_TEXT }, { "note", VS_COLUMN_TEXT },
};

int
vs_cli_neighbours (VsCliContext  *ctx,
                   int            argc,
                   char         **argv)
{
  g_autofree char *model_text = NULL, *sn_file = NULL;
  GOptionEntry entries[] = {
    { "model", 0, 0, G_OPTION_ARG_STRING, &model_text, N_("The statistical neighbour model, 2025 or 2021; remembered"), "MODEL" },
    { "sn-file", 0, 0, G_OPTION_ARG_FILENAME, &sn_file, N_("Another statistical neighbour file, this once"), "FILE" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(VsAuthority) home = NULL;
  g_autoptr(VsSnModel) model = NULL;
  g_autoptr(VsOutputTable) table = NULL;
  const char * const *codes;
  VsCliCall call;
  VsStore *store;
  int year = vs_period_year (vs_period_now ());

  if (!vs_cli_call_open (&call, &neighbours_spec, entries, argc, argv))
    return call.status;
  if (!check_model (model_text, &error))
    return vs_cli_fail (error);
  if (!(store = vs_cli_context_get_store (ctx, &error)) ||
      !(home = require_home (store, &error)) ||
      !(model = choose_model (store, model_text, sn_file, &error)) ||
      !vs_benchmarks_check_model (store, model, home, &error))
    return vs_cli_fail (error);

  codes = vs_sn_model_get_neighbours (model, home->code);
  table = vs_output_table_new_with_columns (neighbours_columns,
                                            G_N_ELEMENTS (neighbours_columns));
  if (call.format == VS_OUTPUT_TABLE)
    g_print (_("%s (%s), %s\n\n"), home->name, home->code, vs_sn_model_get_label (model));
  for (guint k = 0; codes[k] != NULL; k++)
    {
      vs_output_table_add_row (table);
      vs_output_table_take_cell (table, g_strdup_printf ("%u", k + 1));
      vs_output_table_add_cell (table, codes[k]);
      vs_output_table_add_cell (table, vs_sn_model_get_name (model, codes[k]));
      vs_output_table_add_cell (table, vs_sn_model_get_region (model, codes[k]));
      vs_output_table_take_cell (table, vs_authority_change_note (codes[k], year));
    }
  vs_output_table_print (table, call.format);
  return 0;
}
