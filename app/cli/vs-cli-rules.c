/* vs-cli-rules.c: rag, exceptions and spc: the rules on the command line
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdio.h>

#include "vs-cli-private.h"
#include "vs-judge.h"
#include "vs-rules.h"

/* Without --period: the latest month holding a figure. */
static gboolean
latest_period (VsStore   *store,
               VsPeriod  *out,
               GError   **error)
{
  GError *local = NULL;

  *out = vs_store_latest_period (store, &local);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  if (*out == VS_PERIOD_INVALID)
    {
      g_set_error_literal (error, VS_STORE_ERROR, VS_STORE_ERROR_NOT_FOUND,
                           _("The database holds no figures yet; import some first."));
      return FALSE;
    }
  return TRUE;
}

/* @period, or without one the latest month holding a figure. A month after that has
 * nothing to rate (every indicator would come out pending): an error naming the latest. */
static gboolean
period_to_rate (VsStore     *store,
                const char  *period_text,
                VsPeriod    *period,
                GError     **error)
{
  VsPeriod latest;
  g_autofree char *asked = NULL, *held = NULL;

  if (!latest_period (store, &latest, error))
    return FALSE;
  if (period_text == NULL)
    *period = latest;
  if (*period <= latest)
    return TRUE;
  asked = vs_period_to_iso (*period);
  held = vs_period_to_iso (latest);
  g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_NOT_FOUND,
               _("There are no figures for %s: the latest month the database holds is %s."),
               asked, held);
  return FALSE;
}

/* Judges every indicator of @area_id (0: all) at @locality, as the window does; warns
 * (and sets *any_failed) for each one whose definition the rules cannot use. */
static GPtrArray *
assess_all (VsStore    *store,
            gint64      area_id,
            VsLocality *locality,
            VsPeriod    period,
            gboolean   *any_failed,
            GError    **error)
{
  GPtrArray *judged = vs_judge_indicators (store, area_id, locality, period, error);

  for (guint i = 0; judged != NULL && i < judged->len; i++)
    {
      const VsAssessment *a = g_ptr_array_index (judged, i);

      if (a->error != NULL)
        {
          vs_cli_print_message ("%s", a->error);
          *any_failed = TRUE;
        }
    }
  return judged;
}

static const VsOutputColumn assessment_columns[] = {
  { "ref", VS_COLUMN_TEXT }, { "indicator", VS_COLUMN_TEXT }, { "area", VS_COLUMN_TEXT },
  { "locality", VS_COLUMN_TEXT }, { "period", VS_COLUMN_TEXT }, { "value", VS_COLUMN_NUMBER },
  { "target", VS_COLUMN_TEXT }, { "rag", VS_COLUMN_TEXT }, { "dot", VS_COLUMN_TEXT },
  { "exception", VS_COLUMN_TEXT }, { "reasons", VS_COLUMN_TEXT },
  { "spc", VS_COLUMN_TEXT }, { "assurance", VS_COLUMN_TEXT },
  { "explanation", VS_COLUMN_TEXT },
};

static void
add_assessment_row (VsOutputTable      *table,
                    const VsAssessment *a,
                    const VsLocality   *locality,
                    VsOutputFormat      format)
{
  vs_output_table_add_row (table);
  vs_output_table_add_cell (table, a->indicator->ref);
  vs_output_table_add_cell (table, a->indicator->title);
  vs_output_table_add_cell (table, a->indicator->area);
  vs_output_table_add_cell (table, locality->name);
  /* People read the period as the window and the pack name it ("2023-24", "Q3 2017-18") and
   * the value in its unit, as the target beside it is ("87.5%"); programs get the month
   * (YYYY-MM) and the plain number. */
  if (format == VS_OUTPUT_TABLE)
    {
      vs_output_table_take_cell (table, vs_judge_column_label (a->indicator, a->period));
      vs_output_table_take_cell (table, vs_unit_format_value (a->indicator->unit, a->value));
    }
  else
    {
      vs_output_table_take_cell (table, vs_period_to_iso (a->period));
      vs_output_table_take_cell (table, vs_output_format_number (a->value));
    }
  vs_output_table_take_cell (table, vs_assessment_dup_target_label (a));
  vs_output_table_add_cell (table, vs_rag_to_string (a->rating.rag));
  vs_output_table_add_cell (table, vs_travel_to_string (a->travel));
  vs_output_table_add_cell (table, a->exception ? "yes" : "no");
  vs_output_table_take_cell (table, vs_exception_reasons_to_string (a->reasons));
  /* The judgement's SPC verdict, as the report card's tile shows it; empty when there
   * are too few points (`spc` says why). */
  vs_output_table_add_cell (table, a->spc != NULL ? vs_spc_variation_to_string (a->spc->variation) : NULL);
  vs_output_table_add_cell (table, a->spc != NULL ? vs_spc_assurance_to_string (a->spc->assurance) : NULL);
  vs_output_table_add_cell (table, a->rating.explanation);
}

/* rag and exceptions share everything but the filter and the order. */
static int
run_assessments (VsCliContext   *ctx,
                 VsOutputFormat  format,
                 const char     *period_text,
                 const char     *area_name,
                 const char     *locality_name,
                 gboolean        exceptions_only)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsArea) area = NULL;
  g_autoptr(VsLocality) locality = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(VsOutputTable) table = NULL;
  gboolean any_failed = FALSE;
  VsPeriod period = VS_PERIOD_INVALID;
  VsStore *store;

  if (period_text != NULL && !vs_cli_parse_period ("--period", period_text, &period, &error))
    return vs_cli_fail (error);
  if (!(store = vs_cli_context_get_store (ctx, &error)) ||
      !period_to_rate (store, period_text, &period, &error))
    return vs_cli_fail (error);
  if (area_name != NULL && !(area = vs_cli_find_area (store, area_name, &error)))
    return vs_cli_fail (error);
  if (!(locality = vs_cli_find_locality (store, locality_name, &error)))
    return vs_cli_fail (error);
  if (!(assessments = assess_all (store, area ? area->id : 0, locality, period, &any_failed, &error)))
    return vs_cli_fail (error);

  if (exceptions_only)
    {
      for (guint i = assessments->len; i > 0; i--)
        if (!((VsAssessment *) g_ptr_array_index (assessments, i - 1))->exception)
          g_ptr_array_remove_index (assessments, i - 1);
      vs_assessments_sort_by_severity (assessments);
      /* A header over nothing reads as a fault; a program still gets its empty list. */
      if (assessments->len == 0 && format == VS_OUTPUT_TABLE)
        {
          g_autofree char *month = vs_period_to_iso (period);
          g_print (_("No exceptions for %s.\n"), month);
          return any_failed ? 1 : 0;
        }
    }

  table = vs_output_table_new_with_columns (assessment_columns,
                                            G_N_ELEMENTS (assessment_columns));
  for (guint i = 0; i < assessments->len; i++)
    add_assessment_row (table, g_ptr_array_index (assessments, i), locality, format);
  vs_output_table_print (table, format);
  return any_failed ? 1 : 0;
}

static const VsCliSpec rag_spec = {
  "rag", NULL,
  N_("Rate every indicator Red, Amber or Green for a month, with its direction of travel, "
     "whether it is an exception, its SPC variation and assurance, and why. An indicator with "
     "nothing due that month (quarterly, termly, annual) shows its latest period before it."),
  0, 0, NULL, VS_CLI_FORMATS_ALL,
};

int
vs_cli_rag (VsCliContext  *ctx,
            int            argc,
            char         **argv)
{
  g_autofree char *period_text = NULL;
  g_autofree char *area_name = NULL;
  g_autofree char *locality_name = NULL;
  GOptionEntry entries[] = {
    { "period", 0, 0, G_OPTION_ARG_STRING, &period_text, N_("The month to rate (default: the latest with figures)"), "YYYY-MM" },
    { "area", 0, 0, G_OPTION_ARG_STRING, &area_name, N_("Only this service area"), "NAME" },
    { "locality", 0, 0, G_OPTION_ARG_STRING, &locality_name, N_("This locality (default: the whole authority)"), "NAME" },
    { NULL }
  };
  VsCliCall call;

  if (!vs_cli_call_open (&call, &rag_spec, entries, argc, argv))
    return call.status;
  return run_assessments (ctx, call.format, period_text, area_name, locality_name, FALSE);
}

static const VsCliSpec exceptions_spec = {
  "exceptions", NULL,
  N_("The vital signs that go to committee: off target (Red, or 5% or more short of target), "
     "deteriorating for three periods running, or flagged as affecting the budget or a "
     "corporate risk. Worst first."),
  0, 0, NULL, VS_CLI_FORMATS_ALL,
};

int
vs_cli_exceptions (VsCliContext  *ctx,
                   int            argc,
                   char         **argv)
{
  g_autofree char *period_text = NULL;
  GOptionEntry entries[] = {
    { "period", 0, 0, G_OPTION_ARG_STRING, &period_text, N_("The month to report (default: the latest with figures)"), "YYYY-MM" },
    { NULL }
  };
  VsCliCall call;

  if (!vs_cli_call_open (&call, &exceptions_spec, entries, argc, argv))
    return call.status;
  return run_assessments (ctx, call.format, period_text, NULL, NULL, TRUE);
}

/* Limits to two places for people (as the published charts print them), in full for
 * csv and json. */
static char *
format_limit (double         value,
              VsOutputFormat format)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  double rounded = round (value * 100) / 100;

  if (format != VS_OUTPUT_TABLE || !isfinite (value))
    return vs_output_format_number (value);
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.2f", rounded == 0 ? 0.0 : rounded));
}

static const VsOutputColumn spc_columns[] = {
  { "period", VS_COLUMN_TEXT }, { "value", VS_COLUMN_NUMBER }, { "mean", VS_COLUMN_NUMBER },
  { "lcl", VS_COLUMN_NUMBER }, { "ucl", VS_COLUMN_NUMBER }, { "signal", VS_COLUMN_TEXT },
};

static void
print_spc (const VsSpcResult *result,
           VsOutputFormat     format)
{
  g_autoptr(VsOutputTable) table =
    vs_output_table_new_with_columns (spc_columns, G_N_ELEMENTS (spc_columns));
  g_autofree char *rendered = NULL;

  for (guint i = 0; i < result->n_points; i++)
    {
      const VsSpcPoint *p = &result->points[i];

      vs_output_table_add_row (table);
      vs_output_table_take_cell (table, vs_period_to_iso (p->period));
      vs_output_table_take_cell (table, vs_output_format_number (p->value));
      vs_output_table_take_cell (table, format_limit (p->mean, format));
      vs_output_table_take_cell (table, format_limit (p->lower, format));
      vs_output_table_take_cell (table, format_limit (p->upper, format));
      vs_output_table_take_cell (table, vs_spc_signals_to_string (p->signals));
    }
  rendered = vs_output_table_render (table, format);

  switch (format)
    {
    case VS_OUTPUT_TABLE:
      g_print ("%s\nvariation: %s (%s)\nassurance: %s (%s)\n", rendered,
               vs_spc_variation_to_string (result->variation),
               vs_spc_variation_label (result->variation),
               vs_spc_assurance_to_string (result->assurance),
               vs_spc_assurance_label (result->assurance));
      if (result->warning)
        g_print ("warning: %s\n", result->warning);
      break;
    case VS_OUTPUT_CSV:
      g_print ("%s", rendered);
      if (result->warning)
        vs_cli_print_message ("%s", result->warning);
      break;
    case VS_OUTPUT_JSON:
      {
        g_autofree char *warning = result->warning ? vs_output_json_string (result->warning)
                                                   : g_strdup ("null");
        g_strchomp (rendered);
        g_print ("{\n\"points\": %s,\n\"summary\": {\"variation\": \"%s\", \"assurance\": \"%s\", "
                 "\"warning\": %s}\n}\n", rendered,
                 vs_spc_variation_to_string (result->variation),
                 vs_spc_assurance_to_string (result->assurance), warning);
      }
      break;
    }
  fflush (stdout);
}

static const VsCliSpec spc_spec = {
  "spc", "INDICATOR",
  N_("A statistical process control (XmR) chart of one indicator, as NHS “Making Data Count” "
     "draws it: mean, process limits and special-cause signals for each month, then the "
     "variation of the latest point and the assurance of meeting the target, as the window's "
     "report card shows them: over the four years to the latest month, by the database's "
     "settings (see “vital-signs settings”). INDICATOR is a reference, or an unambiguous part "
     "of a title."),
  1, 1, N_("name one indicator (a reference or part of its title)"), VS_CLI_FORMATS_ALL,
};

int
vs_cli_spc (VsCliContext  *ctx,
            int            argc,
            char         **argv)
{
  g_autofree char *locality_name = NULL;
  g_auto(GStrv) rebase_texts = NULL;
  gboolean no_screen = FALSE;
  GOptionEntry entries[] = {
    { "locality", 0, 0, G_OPTION_ARG_STRING, &locality_name, N_("This locality (default: the whole authority)"), "NAME" },
    { "rebase", 0, 0, G_OPTION_ARG_STRING_ARRAY, &rebase_texts, N_("Start new limits from this month (repeatable)"), "YYYY-MM" },
    { "no-screen", 0, 0, G_OPTION_ARG_NONE, &no_screen, N_("Keep unusually large moving ranges in the limits, as the NHS Excel tool does"), NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(VsIndicator) indicator = NULL;
  g_autoptr(VsLocality) locality = NULL;
  g_autoptr(VsAssessment) judged = NULL;
  g_autoptr(GArray) rebase = g_array_new (FALSE, FALSE, sizeof (VsPeriod));
  g_autoptr(VsSpcResult) what_if = NULL;
  const VsSpcResult *result;
  VsSpcOptions options;
  VsCliCall call;
  VsPeriod period;
  VsStore *store;

  if (!vs_cli_call_open (&call, &spc_spec, entries, argc, argv))
    return call.status;
  for (guint i = 0; rebase_texts && rebase_texts[i]; i++)
    {
      VsPeriod at;
      if (!vs_cli_parse_period ("--rebase", rebase_texts[i], &at, &error))
        return vs_cli_fail (error);
      g_array_append_val (rebase, at);
    }

  if (!(store = vs_cli_context_get_store (ctx, &error)) ||
      !latest_period (store, &period, &error) ||
      !(indicator = vs_cli_find_indicator (store, call.argv[1], &error)) ||
      !(locality = vs_cli_find_locality (store, locality_name, &error)) ||
      !(judged = vs_judge_indicator (store, indicator, locality, period, &error)))
    return vs_cli_fail (error);
  if (judged->error != NULL)
    vs_cli_print_message (_("%s; the chart has no target"), judged->error);

  /* The judgement's SPC, as the window's report card shows it: the same months, the
   * database's settings and the direction the colour is judged by. --rebase and
   * --no-screen ask what the chart would say otherwise. */
  result = judged->spc;
  if (rebase->len > 0 || no_screen)
    {
      options = judged->spc_options;
      options.screen = options.screen && !no_screen;
      options.rebase = (const VsPeriod *) rebase->data;
      options.n_rebase = rebase->len;
      result = what_if = vs_spc_compute_series (judged->spc_series, &options, &error);
    }
  else if (result == NULL)
    g_set_error_literal (&error, VS_RULES_ERROR, VS_RULES_ERROR_SPC, judged->spc_error);
  if (result == NULL)
    {
      g_prefix_error (&error, "%s (%s): ", indicator->ref, locality->name);
      return vs_cli_fail (error);
    }
  print_spc (result, call.format);
  return 0;
}
