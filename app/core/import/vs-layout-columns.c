/* vs-layout-columns.c: what a header's words say a column holds, and reading its cells
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "vs-layout-private.h"

/* Header words, compared after lower-casing, turning '_' into spaces, collapsing spaces and
 * dropping trailing "?:*.". */
static const struct { const char *name; VsRole role; } role_names[] = {
  { "ref", VS_ROLE_REF }, { "reference", VS_ROLE_REF }, { "indicator ref", VS_ROLE_REF },
  { "measure ref", VS_ROLE_REF }, { "kpi ref", VS_ROLE_REF }, { "pi ref", VS_ROLE_REF },
  { "ref no", VS_ROLE_REF }, { "id", VS_ROLE_REF }, { "indicator id", VS_ROLE_REF },
  { "measure id", VS_ROLE_REF }, { "indicator code", VS_ROLE_REF }, { "measure code", VS_ROLE_REF },
  { "indicator", VS_ROLE_TITLE }, { "indicators", VS_ROLE_TITLE },
  { "indicator name", VS_ROLE_TITLE }, { "indicator title", VS_ROLE_TITLE },
  { "measure", VS_ROLE_TITLE }, { "measures", VS_ROLE_TITLE }, { "measure name", VS_ROLE_TITLE },
  { "title", VS_ROLE_TITLE }, { "description", VS_ROLE_TITLE },
  { "indicator description", VS_ROLE_TITLE }, { "measure description", VS_ROLE_TITLE },
  { "kpi", VS_ROLE_TITLE }, { "kpi name", VS_ROLE_TITLE }, { "vital sign", VS_ROLE_TITLE },
  { "vital signs", VS_ROLE_TITLE }, { "performance indicator", VS_ROLE_TITLE },
  { "metric", VS_ROLE_TITLE }, { "metric name", VS_ROLE_TITLE },
  { "monthly", VS_ROLE_TITLE }, { "quarterly", VS_ROLE_TITLE }, { "termly", VS_ROLE_TITLE },
  { "quarterly / termly", VS_ROLE_TITLE }, { "quarterly/termly", VS_ROLE_TITLE },
  { "annual", VS_ROLE_TITLE }, { "annually", VS_ROLE_TITLE }, { "yearly", VS_ROLE_TITLE },
  { "area", VS_ROLE_AREA }, { "service area", VS_ROLE_AREA }, { "service", VS_ROLE_AREA },
  { "theme", VS_ROLE_AREA },
  { "polarity", VS_ROLE_POLARITY }, { "bigger or smaller is better", VS_ROLE_POLARITY },
  { "bigger or smaller better", VS_ROLE_POLARITY }, { "good performance is", VS_ROLE_POLARITY },
  { "good is", VS_ROLE_POLARITY }, { "higher or lower is better", VS_ROLE_POLARITY },
  { "direction", VS_ROLE_POLARITY },
  { "unit", VS_ROLE_UNIT }, { "units", VS_ROLE_UNIT }, { "data note", VS_ROLE_UNIT },
  { "data type", VS_ROLE_UNIT }, { "type", VS_ROLE_UNIT }, { "measure type", VS_ROLE_UNIT },
  { "unit of measure", VS_ROLE_UNIT },
  { "periodicity", VS_ROLE_PERIODICITY }, { "frequency", VS_ROLE_PERIODICITY },
  { "reporting frequency", VS_ROLE_PERIODICITY },
  { "cumulative", VS_ROLE_CUMULATIVE }, { "rolling", VS_ROLE_ROLLING },
  { "rag rule", VS_ROLE_RAG_RULE }, { "rag method", VS_ROLE_RAG_RULE },
  { "red", VS_ROLE_RED }, { "red threshold", VS_ROLE_RED }, { "red tolerance", VS_ROLE_RED },
  { "green", VS_ROLE_GREEN }, { "green threshold", VS_ROLE_GREEN },
  { "green tolerance", VS_ROLE_GREEN },
  { "amber %", VS_ROLE_AMBER }, { "amber percent", VS_ROLE_AMBER }, { "amber", VS_ROLE_AMBER },
  { "lead officer", VS_ROLE_LEAD }, { "lead", VS_ROLE_LEAD },
  { "responsible officer", VS_ROLE_LEAD },
  { "data owner", VS_ROLE_OWNER }, { "data officer", VS_ROLE_OWNER }, { "data lead", VS_ROLE_OWNER },
  { "why is this important", VS_ROLE_WHY }, { "why it matters", VS_ROLE_WHY },
  { "why important", VS_ROLE_WHY },
  { "background", VS_ROLE_BACKGROUND },
  { "what is the background to current performance", VS_ROLE_BACKGROUND },
  { "what will success look like", VS_ROLE_SUCCESS }, { "success", VS_ROLE_SUCCESS },
  { "what success looks like", VS_ROLE_SUCCESS },
  { "source", VS_ROLE_SOURCE }, { "data source", VS_ROLE_SOURCE },
  { "ytd", VS_ROLE_YTD }, { "year to date", VS_ROLE_YTD }, { "current ytd", VS_ROLE_YTD },
  { "baseline", VS_ROLE_BASELINE },
  { "dot", VS_ROLE_DOT }, { "dot (month on month)", VS_ROLE_DOT },
  { "direction of travel", VS_ROLE_DOT },
  { "notes", VS_ROLE_NOTE }, { "note", VS_ROLE_NOTE }, { "comments", VS_ROLE_NOTE },
  { "rag", VS_ROLE_NOTE }, { "rating", VS_ROLE_NOTE },
  { "period", VS_ROLE_PERIOD }, { "month", VS_ROLE_PERIOD }, { "date", VS_ROLE_PERIOD },
  { "time period", VS_ROLE_PERIOD }, { "reporting period", VS_ROLE_PERIOD },
  { "quarter", VS_ROLE_PERIOD }, { "year", VS_ROLE_PERIOD }, { "financial year", VS_ROLE_PERIOD },
  { "month ending", VS_ROLE_PERIOD }, { "period ending", VS_ROLE_PERIOD },
  { "as at", VS_ROLE_PERIOD },
  { "time identifier", VS_ROLE_TIME_ID },
  { "geographic level", VS_ROLE_GEO_LEVEL },
  { "la name", VS_ROLE_LA_NAME }, { "local authority", VS_ROLE_LA_NAME },
  { "local authority name", VS_ROLE_LA_NAME }, { "area name", VS_ROLE_LA_NAME },
  { "authority", VS_ROLE_LA_NAME },
  { "old la code", VS_ROLE_LA_CODE }, { "new la code", VS_ROLE_LA_CODE },
  { "la code", VS_ROLE_LA_CODE }, { "area code", VS_ROLE_LA_CODE },
  { "region name", VS_ROLE_REGION_NAME },
  { "country code", VS_ROLE_GEO_OTHER }, { "country name", VS_ROLE_GEO_OTHER },
  { "region code", VS_ROLE_GEO_OTHER }, { "lad code", VS_ROLE_GEO_OTHER },
  { "lad name", VS_ROLE_GEO_OTHER },
  { "locality", VS_ROLE_LOCALITY }, { "locality name", VS_ROLE_LOCALITY },
  { "team", VS_ROLE_LOCALITY }, { "district", VS_ROLE_LOCALITY }, { "area team", VS_ROLE_LOCALITY },
  { "value", VS_ROLE_VALUE }, { "figure", VS_ROLE_VALUE }, { "result", VS_ROLE_VALUE },
  { "actual", VS_ROLE_VALUE }, { "performance", VS_ROLE_VALUE },
  { "numerator", VS_ROLE_NUMERATOR }, { "num", VS_ROLE_NUMERATOR },
  { "denominator", VS_ROLE_DENOMINATOR }, { "denom", VS_ROLE_DENOMINATOR },
  { "den", VS_ROLE_DENOMINATOR },
  { "state", VS_ROLE_STATE },
  { "comparator", VS_ROLE_COMPARATOR }, { "label", VS_ROLE_LABEL },
  { "author", VS_ROLE_AUTHOR }, { "written by", VS_ROLE_AUTHOR },
  { "text", VS_ROLE_TEXT }, { "commentary", VS_ROLE_TEXT }, { "comment", VS_ROLE_TEXT },
  { "narrative", VS_ROLE_TEXT },
  { "action", VS_ROLE_ACTION }, { "we said we would", VS_ROLE_ACTION },
  { "owner", VS_ROLE_ACTION_OWNER }, { "action owner", VS_ROLE_ACTION_OWNER },
  { "due", VS_ROLE_DUE }, { "due date", VS_ROLE_DUE }, { "by when", VS_ROLE_DUE },
  { "status", VS_ROLE_STATUS },
  { "progress", VS_ROLE_PROGRESS }, { "progress notes", VS_ROLE_PROGRESS },
};

/* Roles that may appear in several columns. */
gboolean
vs_layout_role_is_multiple (VsRole role)
{
  return role == VS_ROLE_NONE || role == VS_ROLE_BENCHMARK || role == VS_ROLE_PERIOD_COLUMN ||
         role == VS_ROLE_LOCALITY_COLUMN || role == VS_ROLE_MEASURE ||
         role == VS_ROLE_DIMENSION || role == VS_ROLE_LA_CODE || role == VS_ROLE_GEO_OTHER ||
         role == VS_ROLE_YTD || role == VS_ROLE_DOT || role == VS_ROLE_BASELINE ||
         role == VS_ROLE_NOTE;
}

static char *
normalise_header (const char *header)
{
  g_autofree char *lower = g_utf8_strdown (header, -1);
  GString *out = g_string_sized_new (strlen (lower));
  gboolean space = FALSE;

  for (const char *p = lower; *p; p++)
    {
      char c = *p == '_' ? ' ' : *p;
      if (g_ascii_isspace (c) || c == '\n')
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, c);
    }
  while (out->len > 0 && strchr ("?:*.", out->str[out->len - 1]))
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

VsRole
vs_layout_role_for_header (const char   *header,
                           VsComparator *comparator)
{
  g_autofree char *name = NULL;

  if (header == NULL)
    return VS_ROLE_NONE;
  name = normalise_header (header);
  if (*name == '\0')
    return VS_ROLE_NONE;

  for (gsize i = 0; i < G_N_ELEMENTS (role_names); i++)
    if (g_str_equal (name, role_names[i].name))
      return role_names[i].role;

  if (g_str_has_prefix (name, "target"))
    return VS_ROLE_TARGET;
  if (g_str_has_prefix (name, "good perf"))
    return VS_ROLE_POLARITY;
  if (g_str_has_prefix (name, "why is this"))
    return VS_ROLE_WHY;
  if (g_str_has_prefix (name, "what will success"))
    return VS_ROLE_SUCCESS;
  if (g_str_has_prefix (name, "lead officer"))
    return VS_ROLE_LEAD;

  /* Comparators: "Stat neigh avg", "Nat. top quartile", "England", "Eastern region" */
  if (vs_comparator_from_string (name, comparator))
    return VS_ROLE_BENCHMARK;
  if (g_str_has_suffix (name, " region") || g_str_has_suffix (name, " region avg") ||
      g_str_has_suffix (name, " region average"))
    {
      *comparator = VS_COMPARATOR_REGIONAL_AVERAGE;
      return VS_ROLE_BENCHMARK;
    }
  if (g_str_has_prefix (name, "statistical neighbour") || g_str_has_prefix (name, "stat neigh") ||
      g_str_has_prefix (name, "sn average"))
    {
      *comparator = strstr (name, "best") ? VS_COMPARATOR_SN_BEST
                    : strstr (name, "median") ? VS_COMPARATOR_SN_MEDIAN
                    : VS_COMPARATOR_SN_AVERAGE;
      return VS_ROLE_BENCHMARK;
    }
  if (g_str_has_prefix (name, "best stat"))
    {
      *comparator = VS_COMPARATOR_SN_BEST;
      return VS_ROLE_BENCHMARK;
    }
  if (g_str_has_prefix (name, "national") || g_str_has_prefix (name, "nat.") ||
      g_str_has_prefix (name, "nat "))
    {
      *comparator = strstr (name, "quartile") ? VS_COMPARATOR_NATIONAL_TOP_QUARTILE
                                              : VS_COMPARATOR_NATIONAL_AVERAGE;
      return VS_ROLE_BENCHMARK;
    }
  if (g_str_has_prefix (name, "previous"))
    {
      *comparator = VS_COMPARATOR_PREVIOUS_YEAR;
      return VS_ROLE_BENCHMARK;
    }
  return VS_ROLE_NONE;
}

char *
vs_layout_cell_text (const VsCell *cell)
{
  char *text;

  if (cell == NULL || cell->kind != VS_CELL_STRING || cell->text == NULL)
    return NULL;
  text = g_strstrip (g_strdup (cell->text));
  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

char *
vs_layout_cell_as_text (const VsCell *cell)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* A ref typed as a number (6.1) reads as it shows. */
  if (cell->kind == VS_CELL_NUMBER && isfinite (cell->number))
    return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.10g", cell->number));
  return vs_layout_cell_text (cell);
}

static const VsCell empty_cell = { VS_CELL_EMPTY, VS_CELL_FORMAT_GENERAL, 0, NULL };

const VsCell *
vs_layout_cell (const VsCell *cells,
                guint         n_cells,
                int           col)
{
  if (col < 0 || (guint) col >= n_cells)
    return &empty_cell;
  return &cells[col];
}

gboolean
vs_layout_row_is_blank (const VsCell *cells,
                        guint         n_cells)
{
  for (guint i = 0; i < n_cells; i++)
    {
      if (cells[i].kind == VS_CELL_EMPTY)
        continue;
      if (cells[i].kind == VS_CELL_STRING)
        {
          const char *p = cells[i].text;
          while (p && *p && g_ascii_isspace (*p))
            p++;
          if (p == NULL || *p == '\0')
            continue;
        }
      return FALSE;
    }
  return TRUE;
}

/* ---- cells shared by every layout ---- */

void
vs_layout_not_a_number (VsLayoutParser *parser,
                        guint           row,
                        guint           col,
                        const VsCell   *cell)
{
  g_autofree char *what = vs_cell_describe (cell);

  vs_import_job_error (parser->job, row, col,
                       _("%s is not a number; expected a figure such as 58.1, 58.1%% or 1,053, "
                         "a blank or “-” for no figure, or a suppression code (c, x, z, u, low, *)"),
                       what);
}

VsFigure *
vs_layout_add_value (VsLayoutParser *parser,
                     guint           indicator,
                     guint           locality,
                     VsPeriod        period,
                     guint           row,
                     guint           col,
                     const VsCell   *cell,
                     gint           *figure_index)
{
  VsImportJob *job = parser->job;
  VsValue value;
  VsFigure *figure;

  if (figure_index)
    *figure_index = -1;
  vs_value_from_cell (cell, &value);
  switch (value.kind)
    {
    case VS_VALUE_EMPTY:
    case VS_VALUE_MISSING:
      /* No figure: the series shows it as due (white) or not expected (grey). */
      return NULL;
    case VS_VALUE_INVALID:
      vs_layout_not_a_number (parser, row, col, cell);
      return NULL;
    case VS_VALUE_NUMBER:
    case VS_VALUE_SUPPRESSED:
      break;
    }

  figure = vs_import_job_add_figure (job);
  figure->indicator = indicator;
  figure->locality = locality;
  figure->period = period;
  figure->row = row;
  figure->col = (guint16) MIN (col, G_MAXUINT16);
  figure->decimals = value.decimals;
  if (value.kind == VS_VALUE_NUMBER)
    {
      figure->state = VS_OBS_ACTUAL;
      figure->value = value.number;
      if (value.percent)
        {
          figure->flags |= VS_FIGURE_PERCENT;
          ((VsFileIndicator *) g_ptr_array_index (job->indicators, indicator))->percent_seen = TRUE;
        }
    }
  else
    figure->state = VS_OBS_SUPPRESSED;
  if (figure_index)
    *figure_index = (gint) job->figures->len - 1;
  return figure;
}
