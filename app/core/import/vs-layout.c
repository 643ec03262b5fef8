/* vs-layout.c: finding the header row, what each column holds, and which layout it is
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "vs-layout-private.h"
#include "vs-period-header.h"

/* How far down a sheet the header row may be: cover notes and titles come first. */
#define MAX_HEADER_ROW 100

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
static gboolean
role_is_multiple (VsRole role)
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
      *comparator = strstr (name, "best") ? VS_COMPARATOR_SN_BEST : VS_COMPARATOR_SN_AVERAGE;
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

/* ---- the parser ---- */

static void
saved_row_clear (VsSavedRow *saved)
{
  for (guint i = 0; i < saved->n_cells; i++)
    g_free (saved->cells[i].text);
  g_free (saved->cells);
}

static void
column_clear (VsColumn *column)
{
  g_free (column->header);
}

static void
load_known_localities (VsLayoutParser *parser)
{
  static const char * const whole[] = {
    "county", "countywide", "whole authority", "authority", "all", "total", "all localities",
  };
  g_autoptr(GPtrArray) stored = vs_store_list_localities (parser->job->store, NULL);

  parser->known_localities = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (gsize i = 0; i < G_N_ELEMENTS (whole); i++)
    g_hash_table_add (parser->known_localities, g_strdup (whole[i]));
  for (guint i = 0; stored && i < stored->len; i++)
    {
      VsLocality *locality = g_ptr_array_index (stored, i);
      g_hash_table_add (parser->known_localities, g_utf8_casefold (locality->name, -1));
    }
  if (parser->job->options->locality)
    g_hash_table_add (parser->known_localities,
                      g_utf8_casefold (parser->job->options->locality, -1));
}

VsLayoutParser *
vs_layout_parser_new (VsImportJob *job)
{
  VsLayoutParser *parser = g_new0 (VsLayoutParser, 1);

  parser->job = job;
  parser->columns = g_array_new (FALSE, TRUE, sizeof (VsColumn));
  g_array_set_clear_func (parser->columns, (GDestroyNotify) column_clear);
  parser->value_cols = g_array_new (FALSE, FALSE, sizeof (guint));
  parser->pending = g_array_new (FALSE, FALSE, sizeof (gint));
  parser->pending_indicator = -1;
  parser->sample = g_array_new (FALSE, FALSE, sizeof (VsSavedRow));
  g_array_set_clear_func (parser->sample, (GDestroyNotify) saved_row_clear);
  parser->warned = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  parser->other_authorities = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  parser->regional = g_array_new (FALSE, FALSE, sizeof (VsFileBenchmark));
  parser->regional_names = g_ptr_array_new_with_free_func (g_free);
  parser->key = g_string_new (NULL);
  parser->last_indicator = G_MAXUINT;
  for (int i = 0; i < VS_N_ROLES; i++)
    parser->role_col[i] = -1;
  load_known_localities (parser);
  return parser;
}

void
vs_layout_parser_free (VsLayoutParser *parser)
{
  if (parser == NULL)
    return;
  g_array_unref (parser->columns);
  g_array_unref (parser->value_cols);
  g_array_unref (parser->pending);
  g_array_unref (parser->sample);
  g_hash_table_unref (parser->known_localities);
  g_hash_table_unref (parser->warned);
  g_hash_table_unref (parser->other_authorities);
  for (guint i = 0; i < parser->regional->len; i++)
    g_free (g_array_index (parser->regional, VsFileBenchmark, i).label);
  g_array_unref (parser->regional);
  g_ptr_array_unref (parser->regional_names);
  g_string_free (parser->key, TRUE);
  g_free (parser->area);
  vs_text_memo_clear (&parser->last_ref);
  vs_text_memo_clear (&parser->last_title);
  vs_text_memo_clear (&parser->last_period_text);
  g_clear_pointer (&parser->period_memo, g_hash_table_unref);
  vs_text_memo_clear (&parser->last_locality_text);
  g_free (parser->authority);
  g_free (parser->authority_region);
  g_free (parser);
}

gboolean
vs_layout_parser_has_header (VsLayoutParser *parser)
{
  return parser->has_header;
}

guint
vs_layout_read_header (VsLayoutParser *parser,
             const VsCell   *cells,
             guint           n_cells,
             GArray         *columns,
             int            *role_col)
{
  guint filled = 0;

  g_array_set_size (columns, 0);
  for (int i = 0; i < VS_N_ROLES; i++)
    role_col[i] = -1;

  for (guint c = 0; c < n_cells; c++)
    {
      VsColumn column = { VS_ROLE_NONE, NULL, 0, VS_PERIOD_INVALID, VS_PERIODICITY_MONTHLY, 0, VS_UNIT_COUNT };
      const VsCell *cell = &cells[c];

      column.header = vs_layout_cell_text (cell);
      if (column.header != NULL || cell->kind == VS_CELL_DATE || cell->kind == VS_CELL_NUMBER)
        filled++;
      column.role = vs_layout_role_for_header (column.header, &column.comparator);
      if (column.role == VS_ROLE_NONE &&
          vs_period_header_from_cell (cell, &column.period, &column.periodicity))
        column.role = VS_ROLE_PERIOD_COLUMN;

      /* "Indicator" and "Measure" together (as ONS-style files have them): the second one
       * says what kind of figure it is. */
      if (column.role == VS_ROLE_TITLE && role_col[VS_ROLE_TITLE] >= 0 &&
          role_col[VS_ROLE_UNIT] < 0 && column.header &&
          g_ascii_strncasecmp (column.header, "measure", 7) == 0)
        column.role = VS_ROLE_UNIT;
      if (!role_is_multiple (column.role) && role_col[column.role] >= 0)
        column.role = VS_ROLE_NONE;
      if (role_col[column.role] < 0)
        role_col[column.role] = (int) c;
      g_array_append_val (columns, column);
    }
  return filled;
}

static gboolean
has (const int *role_col,
     VsRole     role)
{
  return role_col[role] >= 0;
}

/* Distinct periods across the row: the wide layout's sign. */
static guint
count_periods (GArray *columns)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  for (guint c = 0; c < columns->len; c++)
    {
      VsColumn *column = &g_array_index (columns, VsColumn, c);
      if (column->role == VS_ROLE_PERIOD_COLUMN)
        g_hash_table_add (seen, GINT_TO_POINTER (column->period));
    }
  return g_hash_table_size (seen);
}

/* Columns that may be localities: those the store or the usual words ("County") know,
 * and, beside at least one of those, any other named column the header leaves free. */
static guint
count_known_localities (VsLayoutParser *parser,
                        GArray         *columns,
                        gboolean        any)
{
  guint n = 0, others = 0;

  for (guint c = 0; c < columns->len; c++)
    {
      VsColumn *column = &g_array_index (columns, VsColumn, c);
      g_autofree char *folded = NULL;

      if (column->role != VS_ROLE_NONE || column->header == NULL)
        continue;
      folded = g_utf8_casefold (column->header, -1);
      if (any || g_hash_table_contains (parser->known_localities, folded))
        n++;
      else
        others++;
    }
  return n > 0 ? n + others : 0;
}

/* Cells with text that says nothing the header words know. */
static guint
count_free_text (GArray *columns)
{
  guint n = 0;

  for (guint c = 0; c < columns->len; c++)
    {
      VsColumn *column = &g_array_index (columns, VsColumn, c);
      if (column->role == VS_ROLE_NONE && column->header != NULL)
        n++;
    }
  return n;
}

static int
compare_periods (gconstpointer a,
                 gconstpointer b)
{
  VsPeriod pa = *(const VsPeriod *) a, pb = *(const VsPeriod *) b;
  return (pa > pb) - (pa < pb);
}

/* Months, quarters or years in even steps, as a dashboard's columns run. */
static gboolean
periods_are_regular (GArray *columns)
{
  g_autoptr(GArray) periods = g_array_new (FALSE, FALSE, sizeof (VsPeriod));
  int step = 0;

  for (guint c = 0; c < columns->len; c++)
    {
      VsColumn *column = &g_array_index (columns, VsColumn, c);
      if (column->role == VS_ROLE_PERIOD_COLUMN)
        g_array_append_val (periods, column->period);
    }
  g_array_sort (periods, compare_periods);
  for (guint i = 1; i < periods->len; i++)
    {
      int d = g_array_index (periods, VsPeriod, i) - g_array_index (periods, VsPeriod, i - 1);
      if (d != 1 && d != 3 && d != 4 && d != 12)
        return FALSE;
      if (step != 0 && d != step && !(step == 4 || d == 4))
        return FALSE;
      step = d;
    }
  return periods->len >= 2;
}

static gboolean
has_definition (const int *role_col)
{
  for (int r = VS_ROLE_POLARITY; r <= VS_ROLE_SOURCE; r++)
    if (role_col[r] >= 0)
      return TRUE;
  return FALSE;
}

/* Which layout the header row announces, or AUTO when it is no header. @wanted is the
 * layout asked for (AUTO: any). */
static VsLayout
decide (VsLayoutParser *parser,
        GArray         *columns,
        const int      *role_col,
        guint           filled,
        VsLayout        wanted)
{
  gboolean named = has (role_col, VS_ROLE_REF) || has (role_col, VS_ROLE_TITLE);
  gboolean any = wanted != VS_LAYOUT_AUTO;
  guint periods = count_periods (columns);

  if (filled < 2)
    return VS_LAYOUT_AUTO;

#define WANTS(l) (wanted == VS_LAYOUT_AUTO || wanted == (l))
  if (WANTS (VS_LAYOUT_ACTIONS) && has (role_col, VS_ROLE_ACTION) && named)
    return VS_LAYOUT_ACTIONS;
  if (WANTS (VS_LAYOUT_BENCHMARKS) && has (role_col, VS_ROLE_COMPARATOR) &&
      has (role_col, VS_ROLE_VALUE) && named && has (role_col, VS_ROLE_PERIOD))
    return VS_LAYOUT_BENCHMARKS;
  if (WANTS (VS_LAYOUT_COMMENTARY) && has (role_col, VS_ROLE_TEXT) &&
      has (role_col, VS_ROLE_PERIOD) && !has (role_col, VS_ROLE_VALUE))
    return VS_LAYOUT_COMMENTARY;
  if (WANTS (VS_LAYOUT_WIDE) && !has (role_col, VS_ROLE_PERIOD) && periods >= (any ? 1u : 2u))
    {
      /* The first columns name the indicator; a header cell may be empty or a block label. */
      int first_period = -1;
      for (guint c = 0; c < columns->len && first_period < 0; c++)
        if (g_array_index (columns, VsColumn, c).role == VS_ROLE_PERIOD_COLUMN)
          first_period = (int) c;
      /* Without a named column, only a row of periods and header words is a header: a
       * row of data can hold a date or two as well (an inspection date, a birth date). */
      if (named || (first_period > 0 && (any || (count_free_text (columns) <= 1 &&
                                                 periods_are_regular (columns)))))
        return VS_LAYOUT_WIDE;
    }
  if (WANTS (VS_LAYOUT_LONG) && has (role_col, VS_ROLE_PERIOD) &&
      (has (role_col, VS_ROLE_TIME_ID) || has (role_col, VS_ROLE_GEO_LEVEL)) &&
      !has (role_col, VS_ROLE_VALUE))
    return VS_LAYOUT_LONG;   /* the DfE shape */
  if (WANTS (VS_LAYOUT_LONG) && has (role_col, VS_ROLE_PERIOD) && has (role_col, VS_ROLE_VALUE) &&
      named)
    return VS_LAYOUT_LONG;
  if (WANTS (VS_LAYOUT_LOCALITIES) && named && !has (role_col, VS_ROLE_VALUE) &&
      count_known_localities (parser, columns, any) >= (any ? 1u : 2u))
    return VS_LAYOUT_LOCALITIES;
  if (WANTS (VS_LAYOUT_CATALOGUE) && named && (has_definition (role_col) || any) &&
      !has (role_col, VS_ROLE_VALUE) && periods == 0)
    return VS_LAYOUT_CATALOGUE;
#undef WANTS
  return VS_LAYOUT_AUTO;
}

/* Remembers a period named above the header ("July 2017"), for a localities sheet that
 * has no period column. */
static void
look_for_title_period (VsLayoutParser *parser,
                       const VsCell   *cells,
                       guint           n_cells)
{
  for (guint c = 0; c < n_cells && !parser->title_period_set; c++)
    {
      VsPeriodicity periodicity;
      if (cells[c].kind == VS_CELL_STRING &&
          vs_period_header_parse (cells[c].text, &parser->title_period, &periodicity))
        parser->title_period_set = TRUE;
    }
}

static gboolean
begin_layout (VsLayoutParser *parser,
              guint           row,
              GError        **error)
{
  VsImportJob *job = parser->job;

  job->layout = parser->layout;
  parser->has_header = TRUE;
  parser->header_row = row;

  switch (parser->layout)
    {
    case VS_LAYOUT_WIDE:
    case VS_LAYOUT_LOCALITIES:
      return vs_layout_grid_begin (parser, row, error);
    case VS_LAYOUT_LONG:
      parser->dfe = parser->role_col[VS_ROLE_VALUE] < 0;
      return TRUE;
    case VS_LAYOUT_CATALOGUE:
    case VS_LAYOUT_BENCHMARKS:
    case VS_LAYOUT_COMMENTARY:
    case VS_LAYOUT_ACTIONS:
      return TRUE;
    case VS_LAYOUT_AUTO:
    default:
      g_return_val_if_reached (FALSE);
    }
}

gboolean
vs_layout_parser_feed (VsLayoutParser  *parser,
                       guint            row,
                       const VsCell    *cells,
                       guint            n_cells,
                       GError         **error)
{
  if (!parser->has_header)
    {
      guint filled;

      if (parser->rows_before_header++ >= MAX_HEADER_ROW)
        return TRUE;
      filled = vs_layout_read_header (parser, cells, n_cells, parser->columns, parser->role_col);
      parser->layout = decide (parser, parser->columns, parser->role_col, filled,
                               parser->job->options->layout);
      if (parser->layout == VS_LAYOUT_AUTO)
        {
          look_for_title_period (parser, cells, n_cells);
          return TRUE;
        }
      return begin_layout (parser, row, error);
    }

  parser->job->rows++;
  switch (parser->layout)
    {
    case VS_LAYOUT_WIDE:
    case VS_LAYOUT_LOCALITIES:
      return vs_layout_grid_row (parser, row, cells, n_cells, error);
    case VS_LAYOUT_LONG:
      return vs_layout_long_row (parser, row, cells, n_cells, error);
    case VS_LAYOUT_CATALOGUE:
    case VS_LAYOUT_BENCHMARKS:
    case VS_LAYOUT_COMMENTARY:
    case VS_LAYOUT_ACTIONS:
      return vs_layout_catalogue_row (parser, row, cells, n_cells, error);
    case VS_LAYOUT_AUTO:
    default:
      g_return_val_if_reached (FALSE);
    }
}

gboolean
vs_layout_parser_finish (VsLayoutParser  *parser,
                         GError         **error)
{
  if (!parser->has_header)
    return TRUE;
  if (parser->layout == VS_LAYOUT_LONG)
    return vs_layout_long_finish (parser, error);
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
    default:
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
