/* vs-layout-grid.c: the wide dashboard (a column per period) and the localities sheet
 * (a column per locality), with the committee papers' numerator / denominator lines
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

static VsColumn *
column_at (VsLayoutParser *parser,
           guint           col)
{
  return &g_array_index (parser->columns, VsColumn, col);
}

static int
compare_periods (gconstpointer a,
                 gconstpointer b)
{
  VsPeriod pa = *(const VsPeriod *) a, pb = *(const VsPeriod *) b;
  return (pa > pb) - (pa < pb);
}

/* Monthly, quarterly or annual from the spacing of the columns; the block's label
 * ("Quarterly / Termly") when the spacing says nothing. */
static void
decide_block_periodicity (VsLayoutParser *parser)
{
  g_autoptr(GArray) periods = g_array_new (FALSE, FALSE, sizeof (VsPeriod));
  int title_col = parser->role_col[VS_ROLE_TITLE];
  int step = 0;

  parser->block_periodicity_set = FALSE;
  parser->block_last = VS_PERIOD_INVALID;
  for (guint i = 0; i < parser->value_cols->len; i++)
    {
      VsColumn *column = column_at (parser, g_array_index (parser->value_cols, guint, i));
      g_array_append_val (periods, column->period);
      if (parser->block_last == VS_PERIOD_INVALID || column->period > parser->block_last)
        parser->block_last = column->period;
    }
  g_array_sort (periods, compare_periods);
  for (guint i = 1; i < periods->len; i++)
    {
      int d = g_array_index (periods, VsPeriod, i) - g_array_index (periods, VsPeriod, i - 1);
      step = step == 0 || d < step ? d : step;
    }

  if (step == 1)
    parser->block_periodicity = VS_PERIODICITY_MONTHLY, parser->block_periodicity_set = TRUE;
  else if (step == 3)
    parser->block_periodicity = VS_PERIODICITY_QUARTERLY, parser->block_periodicity_set = TRUE;
  else if (step == 12)
    parser->block_periodicity = VS_PERIODICITY_ANNUAL, parser->block_periodicity_set = TRUE;

  if (title_col >= 0 && column_at (parser, title_col)->header)
    {
      VsPeriodicity label;
      g_autofree char *lower = g_ascii_strdown (column_at (parser, title_col)->header, -1);
      char *slash = strchr (lower, '/');
      if (slash)
        *slash = '\0';        /* "quarterly / termly" */
      g_strstrip (lower);
      if (vs_periodicity_from_string (lower, &label) &&
          (!parser->block_periodicity_set || step > 3))
        parser->block_periodicity = label, parser->block_periodicity_set = TRUE;
    }
  if (!parser->block_periodicity_set && periods->len > 0)
    {
      /* One column: its own label says ("Q2 2017/18" is a quarter). */
      parser->block_periodicity = column_at (parser, g_array_index (parser->value_cols, guint, 0))->periodicity;
      parser->block_periodicity_set = TRUE;
    }
}

gboolean
vs_layout_grid_begin (VsLayoutParser  *parser,
                      guint            row,
                      GError         **error)
{
  VsImportJob *job = parser->job;

  g_array_set_size (parser->value_cols, 0);
  parser->pending_indicator = -1;
  g_clear_pointer (&parser->area, g_free);

  if (parser->layout == VS_LAYOUT_WIDE)
    {
      int first_period = -1;

      for (guint c = 0; c < parser->columns->len; c++)
        if (column_at (parser, c)->role == VS_ROLE_PERIOD_COLUMN)
          {
            g_array_append_val (parser->value_cols, c);
            if (first_period < 0)
              first_period = (int) c;
          }
      /* No "Indicator" header: the first unnamed column left of the periods holds the
       * names (the committee papers' header there is the block's label, or nothing). */
      if (parser->role_col[VS_ROLE_TITLE] < 0)
        for (int c = 0; c < first_period; c++)
          if (column_at (parser, c)->role == VS_ROLE_NONE)
            {
              column_at (parser, c)->role = VS_ROLE_TITLE;
              parser->role_col[VS_ROLE_TITLE] = c;
              break;
            }
      decide_block_periodicity (parser);
    }
  else
    {
      /* Every named column the header leaves free is a locality: the layout was chosen
       * because at least one of them is known as one. */
      for (guint c = 0; c < parser->columns->len; c++)
        {
          VsColumn *column = column_at (parser, c);

          if (column->role != VS_ROLE_NONE || column->header == NULL)
            continue;
          column->role = VS_ROLE_LOCALITY_COLUMN;
          column->locality = vs_import_job_locality (job, column->header);
          g_array_append_val (parser->value_cols, c);
        }
      if (parser->role_col[VS_ROLE_PERIOD] < 0 && !parser->title_period_set)
        {
          vs_import_job_error (job, row, G_MAXUINT,
                               _("this sheet has a column per locality but no period; expected a "
                                 "Period column, or a title such as “July 2017” above the header"));
          return TRUE;
        }
    }

  g_array_set_size (parser->pending, parser->value_cols->len);
  for (guint i = 0; i < parser->pending->len; i++)
    g_array_index (parser->pending, gint, i) = -1;
  return TRUE;
}

/* TRUE when the row is a new block's header (periods across): the columns are re-read. */
static gboolean
try_header (VsLayoutParser *parser,
            guint           row,
            const VsCell   *cells,
            guint           n_cells)
{
  g_autoptr(GHashTable) periods = g_hash_table_new (NULL, NULL);
  gboolean labelled = FALSE;

  /* A new block repeats the header's words ("Bigger or Smaller is better", "Target") beside
   * its periods; a row of figures that happen to look like years does not. */
  for (guint c = 0; c < n_cells; c++)
    {
      VsComparator comparator;
      VsPeriod period;
      VsPeriodicity periodicity;
      g_autofree char *text = vs_layout_cell_text (&cells[c]);

      if (text && vs_layout_role_for_header (text, &comparator) != VS_ROLE_NONE)
        labelled = TRUE;
      else if (vs_period_header_from_cell (&cells[c], &period, &periodicity))
        g_hash_table_add (periods, GINT_TO_POINTER (period));
    }
  if (!labelled || g_hash_table_size (periods) < 2)
    return FALSE;

  vs_layout_read_header (parser, cells, n_cells, parser->columns, parser->role_col);
  vs_layout_check_twins (parser, row, cells, n_cells);
  parser->header_row = row;
  vs_layout_grid_begin (parser, row, NULL);
  return TRUE;
}

static VsFigure *
pending_figure (VsLayoutParser *parser,
                guint           j)
{
  gint index = g_array_index (parser->pending, gint, j);

  if (index < 0)
    return NULL;
  return &g_array_index (parser->job->figures, VsFigure, index);
}

/* The committee papers' line of "393 / 449" under a percentage row. */
static void
read_ratio_line (VsLayoutParser *parser,
                 guint           row,
                 const VsCell   *cells,
                 guint           n_cells)
{
  VsImportJob *job = parser->job;

  for (guint j = 0; j < parser->value_cols->len; j++)
    {
      guint col = g_array_index (parser->value_cols, guint, j);
      const VsCell *cell = vs_layout_cell (cells, n_cells, (int) col);
      double n, d;
      VsFigure *figure;

      if (cell->kind == VS_CELL_EMPTY ||
          (cell->kind == VS_CELL_STRING && vs_layout_row_is_blank (cell, 1)))
        continue;
      if (cell->kind != VS_CELL_STRING || !vs_value_parse_ratio (cell->text, &n, &d))
        {
          g_autofree char *what = vs_cell_describe (cell);
          vs_import_job_warn (job, row, col,
                              _("%s is in a row with no indicator name, and is not a numerator / "
                                "denominator pair such as “393 / 449”; the row was skipped"),
                              what);
          return;
        }
      if (parser->pending_indicator < 0)
        {
          vs_import_job_warn (job, row, col,
                              _("a numerator / denominator line with no indicator row above it "
                                "was skipped; expected it directly under its indicator's row"));
          return;
        }
      if ((figure = pending_figure (parser, j)) == NULL || figure->state != VS_OBS_ACTUAL)
        {
          vs_import_job_warn (job, row, col,
                              _("numerator / denominator “%s” has no figure above it for this "
                                "period, so it was skipped"), cell->text);
          continue;
        }
      figure->numerator = n;
      figure->denominator = d;
      figure->flags |= VS_FIGURE_HAS_RATIO;
      figure->nd_row = row;
      figure->nd_col = (guint16) MIN (col, G_MAXUINT16);
    }
}

/* Lines titled "Numerator" or "Denominator" under an indicator. */
static gboolean
read_part_line (VsLayoutParser *parser,
                guint           row,
                const char     *title,
                const VsCell   *cells,
                guint           n_cells)
{
  gboolean numerator;

  if (g_ascii_strncasecmp (title, "numerator", 9) == 0)
    numerator = TRUE;
  else if (g_ascii_strncasecmp (title, "denominator", 11) == 0)
    numerator = FALSE;
  else
    return FALSE;
  if (parser->pending_indicator < 0)
    return FALSE;

  for (guint j = 0; j < parser->value_cols->len; j++)
    {
      guint col = g_array_index (parser->value_cols, guint, j);
      const VsCell *cell = vs_layout_cell (cells, n_cells, (int) col);
      VsFigure *figure = pending_figure (parser, j);
      VsValue value;

      vs_value_from_cell (cell, &value);
      if (value.kind == VS_VALUE_INVALID)
        {
          vs_layout_not_a_number (parser, row, col, cell);
          continue;
        }
      if (value.kind != VS_VALUE_NUMBER || figure == NULL || figure->state != VS_OBS_ACTUAL)
        continue;
      if (numerator)
        figure->numerator = value.number;
      else
        figure->denominator = value.number;
      if (!isnan (figure->numerator) && !isnan (figure->denominator))
        figure->flags |= VS_FIGURE_HAS_RATIO;
      figure->nd_row = row;
      figure->nd_col = (guint16) MIN (col, G_MAXUINT16);
    }
  return TRUE;
}

static gboolean
any_filled (VsLayoutParser *parser,
            const VsCell   *cells,
            guint           n_cells)
{
  for (guint j = 0; j < parser->value_cols->len; j++)
    {
      const VsCell *cell = vs_layout_cell (cells, n_cells, (int) g_array_index (parser->value_cols, guint, j));
      if (!vs_layout_row_is_blank (cell, 1))
        return TRUE;
    }
  for (int role = VS_ROLE_POLARITY; role <= VS_ROLE_SOURCE; role++)
    if (!vs_layout_row_is_blank (vs_layout_cell (cells, n_cells, parser->role_col[role]), 1))
      return TRUE;
  return FALSE;
}

static void
read_benchmarks (VsLayoutParser *parser,
                 guint           indicator,
                 VsPeriod        period,
                 guint           row,
                 const VsCell   *cells,
                 guint           n_cells)
{
  for (guint c = 0; c < parser->columns->len && c < n_cells; c++)
    {
      VsColumn *column = column_at (parser, c);
      VsFileBenchmark benchmark = { 0 };
      VsValue value;

      if (column->role != VS_ROLE_BENCHMARK)
        continue;
      vs_value_from_cell (&cells[c], &value);
      if (value.kind == VS_VALUE_INVALID)
        {
          vs_layout_not_a_number (parser, row, c, &cells[c]);
          continue;
        }
      if (value.kind != VS_VALUE_NUMBER || period == VS_PERIOD_INVALID)
        continue;
      benchmark.indicator = indicator;
      benchmark.comparator = column->comparator;
      benchmark.period = period;
      benchmark.value = value.number;
      benchmark.label = g_strdup (column->header);
      benchmark.row = row;
      benchmark.col = (guint16) MIN (c, G_MAXUINT16);
      g_array_append_val (parser->job->benchmarks, benchmark);
    }
}

static gboolean
row_period (VsLayoutParser *parser,
            guint           row,
            const VsCell   *cells,
            guint           n_cells,
            VsPeriod       *period)
{
  int col = parser->role_col[VS_ROLE_PERIOD];
  const VsCell *cell;

  if (col < 0)
    {
      *period = parser->title_period;
      return parser->title_period_set;
    }
  cell = vs_layout_cell (cells, n_cells, col);
  if (vs_period_header_from_cell (cell, period, NULL))
    return TRUE;
  {
    g_autofree char *what = vs_cell_describe (cell);
    vs_import_job_error (parser->job, row, (guint) col,
                         _("%s is not a period; expected a month such as Nov 17 or 2017-11, a "
                           "quarter such as Q2 2017/18, or a year such as 2016/17"), what);
  }
  return FALSE;
}

gboolean
vs_layout_grid_row (VsLayoutParser  *parser,
                    guint            row,
                    const VsCell    *cells,
                    guint            n_cells,
                    GError         **error)
{
  VsImportJob *job = parser->job;
  int title_col = parser->role_col[VS_ROLE_TITLE];
  int ref_col = parser->role_col[VS_ROLE_REF];
  int area_col = parser->role_col[VS_ROLE_AREA];
  g_autofree char *title = NULL;
  g_autofree char *ref = NULL;
  g_autofree char *area = NULL;
  VsPeriod period = VS_PERIOD_INVALID;
  VsFileIndicator *fi;
  guint indicator;

  if (vs_layout_row_is_blank (cells, n_cells))
    {
      parser->pending_indicator = -1;
      return TRUE;
    }
  if (parser->layout == VS_LAYOUT_WIDE && try_header (parser, row, cells, n_cells))
    return TRUE;

  title = vs_layout_cell_text (vs_layout_cell (cells, n_cells, title_col));
  ref = vs_layout_cell_as_text (vs_layout_cell (cells, n_cells, ref_col));
  if ((area = vs_layout_cell_text (vs_layout_cell (cells, n_cells, area_col))) != NULL)
    {
      /* A merged Area cell is read in its first row: carry it down. */
      g_free (parser->area);
      parser->area = g_strdup (area);
    }

  if (title == NULL && ref == NULL)
    {
      read_ratio_line (parser, row, cells, n_cells);
      return TRUE;
    }
  if (title != NULL && ref == NULL && read_part_line (parser, row, title, cells, n_cells))
    return TRUE;
  if (ref == NULL && !any_filled (parser, cells, n_cells))
    {
      /* A note, or the second line of a long title: no figures, nothing to define. */
      parser->pending_indicator = -1;
      return TRUE;
    }

  if (parser->layout == VS_LAYOUT_LOCALITIES && !row_period (parser, row, cells, n_cells, &period))
    return TRUE;

  indicator = vs_import_job_indicator (job, ref, title, row,
                                       (guint) (title_col >= 0 ? title_col : MAX (ref_col, 0)));
  fi = g_ptr_array_index (job->indicators, indicator);
  if (fi->area == NULL && parser->area != NULL)
    fi->area = g_strdup (parser->area);
  if (parser->layout == VS_LAYOUT_WIDE && parser->block_periodicity_set)
    {
      fi->periodicity_hint = parser->block_periodicity;
      fi->periodicity_hint_set = TRUE;
    }
  vs_layout_read_definitions (parser, indicator, row, cells, n_cells);
  read_benchmarks (parser, indicator,
                   parser->layout == VS_LAYOUT_WIDE ? parser->block_last : period,
                   row, cells, n_cells);

  for (guint j = 0; j < parser->value_cols->len; j++)
    {
      guint col = g_array_index (parser->value_cols, guint, j);
      VsColumn *column = column_at (parser, col);
      gint index;

      if (parser->layout == VS_LAYOUT_WIDE)
        vs_layout_add_value (parser, indicator, 0, column->period, row, col,
                             vs_layout_cell (cells, n_cells, (int) col), &index);
      else
        vs_layout_add_value (parser, indicator, column->locality, period, row, col,
                             vs_layout_cell (cells, n_cells, (int) col), &index);
      g_array_index (parser->pending, gint, j) = index;
    }
  parser->pending_indicator = (gint) indicator;
  return TRUE;
}
