/* vs-layout.c: finding the header row below any titles, and the layout it announces
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
  parser->ref_key = g_string_new (NULL);
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
  g_string_free (parser->ref_key, TRUE);
  g_free (parser->dataset);
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
vs_layout_parser_header_width (VsLayoutParser *parser)
{
  guint width = 0;

  if (!parser->has_header || (parser->layout != VS_LAYOUT_WIDE
                              && parser->layout != VS_LAYOUT_LOCALITIES
                              && parser->layout != VS_LAYOUT_LONG))
    return 0;
  for (guint c = 0; c < parser->columns->len; c++)
    {
      const VsColumn *column = &g_array_index (parser->columns, VsColumn, c);
      width += column->header != NULL || column->role != VS_ROLE_NONE;
    }
  return width;
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
  parser->twin_col = -1;

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
      if (!vs_layout_role_is_multiple (column.role) && role_col[column.role] >= 0)
        {
          const VsColumn *first = &g_array_index (columns, VsColumn, role_col[column.role]);
          VsComparator unused;

          /* Twins are two headers whose words each name the role; a "Measure" only
           * guessed above to be the unit is no twin of a "Unit" column. */
          if (parser->twin_col < 0 &&
              vs_layout_role_for_header (column.header, &unused) == column.role &&
              vs_layout_role_for_header (first->header, &unused) == column.role)
            parser->twin_col = (int) c;
          column.role = VS_ROLE_NONE;
        }
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

gboolean
vs_layout_check_twins (VsLayoutParser *parser,
                       guint           row,
                       const VsCell   *cells,
                       guint           n_cells)
{
  g_autofree char *second = NULL, *first = NULL;
  g_autofree char *second_col = NULL, *first_col = NULL;
  VsComparator comparator;
  VsRole role;
  guint twin;

  if (parser->twin_col < 0)
    return TRUE;
  twin = (guint) parser->twin_col;
  second = vs_layout_cell_text (vs_layout_cell (cells, n_cells, (int) twin));
  role = vs_layout_role_for_header (second, &comparator);
  first = vs_layout_cell_text (vs_layout_cell (cells, n_cells, parser->role_col[role]));
  first_col = vs_column_name ((guint) parser->role_col[role]);
  second_col = vs_column_name (twin);
  vs_import_job_error (parser->job, row, twin,
                       _("columns %s (“%s”) and %s (“%s”) are headed alike, so which one "
                         "to read is not clear; expected one column for each"),
                       first_col, first ? first : "", second_col, second ? second : "");
  return FALSE;
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
    case VS_N_LAYOUTS:
      break;
    }
  g_return_val_if_reached (FALSE);
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
      vs_layout_check_twins (parser, row, cells, n_cells);
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
    case VS_N_LAYOUTS:
      break;
    }
  g_return_val_if_reached (FALSE);
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
