/* vs-layout-long.c: one row per figure, and the DfE published-statistics shape (a column
 * per measure, a row per authority and year)
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

/* Rows looked at before deciding which DfE columns are measures. */
#define DFE_SAMPLE_ROWS 200

static const char *
cell_string (const VsCell *cell)
{
  return cell->kind == VS_CELL_STRING ? cell->text : NULL;
}

static gboolean
read_period (VsLayoutParser *parser,
             guint           row,
             const VsCell   *cells,
             guint           n_cells,
             VsPeriod       *period)
{
  int col = parser->role_col[VS_ROLE_PERIOD];
  const VsCell *cell = vs_layout_cell (cells, n_cells, col);
  const char *text = cell_string (cell);
  gboolean ok;

  /* Most rows repeat the period of the row above. */
  if (text != NULL && vs_text_memo_matches (&parser->last_period_text, text))
    {
      *period = parser->last_period;
      return TRUE;
    }

  if (parser->role_col[VS_ROLE_TIME_ID] >= 0)
    {
      g_autofree char *value = vs_layout_cell_as_text (cell);
      const char *id = cell_string (vs_layout_cell (cells, n_cells, parser->role_col[VS_ROLE_TIME_ID]));
      ok = vs_period_parse_dfe (value, id, period, &parser->last_periodicity);
      text = NULL;      /* the identifier is part of it: do not cache on the period alone */
    }
  else if (text != NULL)
    {
      /* A long file cycles through a few dozen labels a million times. */
      gpointer found;

      if (parser->period_memo == NULL)
        parser->period_memo = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      if (g_hash_table_lookup_extended (parser->period_memo, text, NULL, &found))
        {
          guint packed = GPOINTER_TO_UINT (found);
          *period = (VsPeriod) (packed >> 3);
          parser->last_periodicity = (VsPeriodicity) (packed & 7);
          ok = TRUE;
        }
      else
        {
          ok = vs_period_header_from_cell (cell, period, &parser->last_periodicity);
          if (ok && g_hash_table_size (parser->period_memo) < 10000)
            g_hash_table_insert (parser->period_memo, g_strdup (text),
                                 GUINT_TO_POINTER (((guint) *period << 3) | parser->last_periodicity));
        }
    }
  else
    ok = vs_period_header_from_cell (cell, period, &parser->last_periodicity);

  if (!ok)
    {
      g_autofree char *what = vs_cell_describe (cell);
      vs_import_job_error (parser->job, row, (guint) col,
                           _("%s is not a period; expected a month such as Nov 17 or 2017-11, a "
                             "quarter such as Q2 2017/18, or a year such as 2016/17"), what);
      return FALSE;
    }
  if (text != NULL)
    vs_text_memo_set (&parser->last_period_text, text);
  else
    parser->last_period_text.valid = FALSE;
  parser->last_period = *period;
  return TRUE;
}

static guint
read_indicator (VsLayoutParser *parser,
                guint           row,
                const VsCell   *cells,
                guint           n_cells,
                gboolean       *found)
{
  VsImportJob *job = parser->job;
  int ref_col = parser->role_col[VS_ROLE_REF];
  int title_col = parser->role_col[VS_ROLE_TITLE];
  const VsCell *ref_cell = vs_layout_cell (cells, n_cells, ref_col);
  const VsCell *title_cell = vs_layout_cell (cells, n_cells, title_col);
  g_autofree char *ref = NULL;
  g_autofree char *title = NULL;
  VsFileIndicator *fi;
  guint indicator;

  *found = TRUE;
  if (parser->last_indicator != G_MAXUINT && ref_cell->kind != VS_CELL_NUMBER &&
      vs_text_memo_matches (&parser->last_ref, cell_string (ref_cell)) &&
      vs_text_memo_matches (&parser->last_title, cell_string (title_cell)))
    return parser->last_indicator;

  ref = vs_layout_cell_as_text (ref_cell);
  title = vs_layout_cell_text (title_cell);
  if (ref == NULL && title == NULL)
    {
      *found = FALSE;
      vs_import_job_error (job, row, (guint) (ref_col >= 0 ? ref_col : title_col),
                           _("this row has figures but names no indicator; expected a ref or "
                             "an indicator title"));
      return 0;
    }
  indicator = vs_import_job_indicator (job, ref, title, row,
                                       (guint) (title_col >= 0 ? title_col : ref_col));
  fi = g_ptr_array_index (job->indicators, indicator);
  if (fi->area == NULL && parser->role_col[VS_ROLE_AREA] >= 0)
    fi->area = vs_layout_cell_text (vs_layout_cell (cells, n_cells, parser->role_col[VS_ROLE_AREA]));
  vs_layout_read_definitions (parser, indicator, row, cells, n_cells);

  vs_text_memo_set (&parser->last_ref, cell_string (ref_cell));
  vs_text_memo_set (&parser->last_title, cell_string (title_cell));
  parser->last_indicator = indicator;
  return indicator;
}

static guint
read_locality (VsLayoutParser *parser,
               const VsCell   *cells,
               guint           n_cells)
{
  int col = parser->role_col[VS_ROLE_LOCALITY];
  const char *text;

  if (col < 0)
    return 0;
  text = cell_string (vs_layout_cell (cells, n_cells, col));
  if (text == NULL || vs_layout_row_is_blank (vs_layout_cell (cells, n_cells, col), 1))
    return 0;
  if (vs_text_memo_matches (&parser->last_locality_text, text))
    return parser->last_locality;
  vs_text_memo_set (&parser->last_locality_text, text);
  parser->last_locality = vs_import_job_locality (parser->job, text);
  return parser->last_locality;
}

static void
read_part (VsLayoutParser *parser,
           VsFigure       *figure,
           VsRole          role,
           guint           row,
           const VsCell   *cells,
           guint           n_cells)
{
  int col = parser->role_col[role];
  const VsCell *cell = vs_layout_cell (cells, n_cells, col);
  VsValue value;

  if (col < 0)
    return;
  vs_value_from_cell (cell, &value);
  if (value.kind == VS_VALUE_INVALID)
    {
      vs_layout_not_a_number (parser, row, (guint) col, cell);
      return;
    }
  if (value.kind != VS_VALUE_NUMBER)
    return;
  if (role == VS_ROLE_NUMERATOR)
    figure->numerator = value.number;
  else
    figure->denominator = value.number;
  figure->nd_row = row;
  figure->nd_col = (guint16) MIN ((guint) col, G_MAXUINT16);
  if (!isnan (figure->numerator) && !isnan (figure->denominator))
    figure->flags |= VS_FIGURE_HAS_RATIO;
}

/* An explicit state ("missing", "not-expected") for a row without a value. */
static void
read_state (VsLayoutParser *parser,
            guint           indicator,
            guint           locality,
            VsPeriod        period,
            guint           row,
            const VsCell   *cells,
            guint           n_cells)
{
  int col = parser->role_col[VS_ROLE_STATE];
  g_autofree char *text = vs_layout_cell_text (vs_layout_cell (cells, n_cells, col));
  VsObsState state;
  VsFigure *figure;

  if (text == NULL || !vs_obs_state_from_string (text, &state) || state == VS_OBS_ACTUAL)
    return;
  figure = vs_import_job_add_figure (parser->job);
  figure->indicator = indicator;
  figure->locality = locality;
  figure->period = period;
  figure->row = row;
  figure->col = (guint16) MIN ((guint) col, G_MAXUINT16);
  figure->state = state;
}

static gboolean
plain_long_row (VsLayoutParser *parser,
                guint           row,
                const VsCell   *cells,
                guint           n_cells)
{
  VsImportJob *job = parser->job;
  int value_col = parser->role_col[VS_ROLE_VALUE];
  VsPeriod period;
  gboolean found;
  guint indicator, locality;
  VsFigure *figure;
  VsGeo geo;

  if (vs_layout_row_is_blank (cells, n_cells))
    return TRUE;
  geo = vs_layout_geography (parser, row, cells, n_cells);
  if (geo == VS_GEO_SKIP)
    {
      job->rows_skipped++;
      return TRUE;
    }
  indicator = read_indicator (parser, row, cells, n_cells, &found);
  if (!found || !read_period (parser, row, cells, n_cells, &period))
    return TRUE;

  if (geo == VS_GEO_NATIONAL || geo == VS_GEO_REGIONAL)
    {
      vs_layout_add_geographic_benchmark (parser, geo, indicator, period, row, (guint) value_col, cells, n_cells);
      return TRUE;
    }

  /* A new indicator is as often reported as its periods are labelled ("Q2 2017/18"). */
  {
    VsFileIndicator *fi = g_ptr_array_index (job->indicators, indicator);
    if (!fi->periodicity_hint_set)
      {
        fi->periodicity_hint = parser->last_periodicity;
        fi->periodicity_hint_set = TRUE;
      }
  }
  locality = read_locality (parser, cells, n_cells);
  figure = vs_layout_add_value (parser, indicator, locality, period, row, (guint) value_col,
                                vs_layout_cell (cells, n_cells, value_col), NULL);
  if (figure == NULL)
    {
      read_state (parser, indicator, locality, period, row, cells, n_cells);
      return TRUE;
    }
  read_part (parser, figure, VS_ROLE_NUMERATOR, row, cells, n_cells);
  read_part (parser, figure, VS_ROLE_DENOMINATOR, row, cells, n_cells);
  return TRUE;
}

/* ---- the DfE shape ---- */

static VsUnit
unit_from_measure_name (const char *name)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  if (strstr (lower, "percent") || g_str_has_suffix (lower, "_pct"))
    return VS_UNIT_PERCENTAGE;
  if (strstr (lower, "10000") || strstr (lower, "10k") || strstr (lower, "10,000"))
    return VS_UNIT_RATE_10K;
  if (strstr (lower, "caseload") || strstr (lower, "average") || strstr (lower, "mean"))
    return VS_UNIT_AVERAGE;
  /* "working_days_lost_fte" adds up every social worker's absence: a count that grows with
   * the workforce (England's 322,786 in 2025), not a time a child waits. */
  if (strstr (lower, "days_lost") || strstr (lower, "days lost"))
    return VS_UNIT_COUNT;
  if (strstr (lower, "days"))
    return VS_UNIT_DAYS;
  if (strstr (lower, "rate"))
    return VS_UNIT_PERCENTAGE;   /* the workforce tables' turnover, agency, vacancy rates */
  return VS_UNIT_COUNT;
}

/* Columns the header did not name are measures when every sampled value is a figure or a
 * code, else breakdowns ("category", "population_type"). */
static void
classify_dfe_columns (VsLayoutParser *parser)
{
  for (guint c = 0; c < parser->columns->len; c++)
    {
      VsColumn *column = &g_array_index (parser->columns, VsColumn, c);
      gboolean any = FALSE, text = FALSE;

      if (column->role != VS_ROLE_NONE || column->header == NULL)
        continue;
      for (guint r = 0; r < parser->sample->len && !text; r++)
        {
          VsSavedRow *saved = &g_array_index (parser->sample, VsSavedRow, r);
          VsValue value;

          if (c >= saved->n_cells)
            continue;
          vs_value_from_cell (&saved->cells[c], &value);
          if (value.kind == VS_VALUE_INVALID)
            text = TRUE;
          else if (value.kind != VS_VALUE_EMPTY)
            any = TRUE;
        }
      if (text)
        column->role = VS_ROLE_DIMENSION;
      else if (any)
        {
          column->role = VS_ROLE_MEASURE;
          column->unit = unit_from_measure_name (column->header);
        }
    }
  parser->dfe_classified = TRUE;
}

static gboolean
dfe_row (VsLayoutParser *parser,
         guint           row,
         const VsCell   *cells,
         guint           n_cells)
{
  VsImportJob *job = parser->job;
  VsPeriod period;
  guint peer;
  VsGeo geo;

  if (vs_layout_row_is_blank (cells, n_cells))
    return TRUE;
  geo = vs_layout_geography (parser, row, cells, n_cells);
  /* Every authority's, region's and England's figures are kept as peer figures; only the
   * home authority's are values. */
  peer = vs_layout_peer_area (parser, cells, n_cells);
  if (geo == VS_GEO_SKIP)
    {
      job->rows_skipped++;
      if (peer == 0)
        return TRUE;
    }
  if (!read_period (parser, row, cells, n_cells, &period))
    return TRUE;

  /* The breakdowns name the indicator together with the measure. */
  g_string_truncate (parser->key, 0);
  g_string_truncate (parser->ref_key, 0);
  for (guint c = 0; c < parser->columns->len; c++)
    if (g_array_index (parser->columns, VsColumn, c).role == VS_ROLE_DIMENSION)
      {
        g_autofree char *value = vs_layout_cell_text (vs_layout_cell (cells, n_cells, (int) c));
        const char *header = g_array_index (parser->columns, VsColumn, c).header;
        if (value == NULL)
          continue;
        if (parser->key->len > 0)
          g_string_append (parser->key, " – ");
        g_string_append (parser->key, value);
        /* The DfE's "category" names the table, not a breakdown: not part of a ref. */
        if (g_ascii_strcasecmp (header, "category") == 0)
          continue;
        if (parser->ref_key->len > 0)
          g_string_append (parser->ref_key, " ");
        g_string_append (parser->ref_key, value);
      }

  for (guint c = 0; c < parser->columns->len; c++)
    {
      VsColumn *column = &g_array_index (parser->columns, VsColumn, c);
      VsFileIndicator *fi;
      guint indicator;

      if (column->role != VS_ROLE_MEASURE)
        continue;
      indicator = vs_layout_dfe_indicator (parser, parser->key->str, parser->ref_key->str,
                                           column->header, row, c);
      fi = g_ptr_array_index (job->indicators, indicator);
      if (fi->published == NULL)
        {
          fi->unit_hint = column->unit;
          fi->unit_hint_set = TRUE;
        }
      fi->periodicity_hint = parser->last_periodicity;
      fi->periodicity_hint_set = TRUE;
      /* The column's own name, which the title puts in words, kept with the file's. */
      if (fi->def->source == NULL)
        fi->def->source = g_strdup_printf (_("%s, column “%s”"), job->file, column->header);

      if (peer != 0)
        vs_layout_add_peer (parser, peer - 1, indicator, period, row, c, cells, n_cells);
      if (geo == VS_GEO_SKIP)
        continue;
      if (geo == VS_GEO_NATIONAL || geo == VS_GEO_REGIONAL)
        vs_layout_add_geographic_benchmark (parser, geo, indicator, period, row, c, cells, n_cells);
      else
        vs_layout_add_value (parser, indicator, 0, period, row, c,
                             vs_layout_cell (cells, n_cells, (int) c), NULL);
    }
  return TRUE;
}

static void
save_row (VsLayoutParser *parser,
          guint           row,
          const VsCell   *cells,
          guint           n_cells)
{
  VsSavedRow saved = { row, n_cells, g_new0 (VsCell, MAX (n_cells, 1)) };

  for (guint c = 0; c < n_cells; c++)
    {
      saved.cells[c] = cells[c];
      saved.cells[c].text = g_strdup (cells[c].text);
    }
  g_array_append_val (parser->sample, saved);
}

static void
replay_sample (VsLayoutParser *parser)
{
  classify_dfe_columns (parser);
  for (guint r = 0; r < parser->sample->len; r++)
    {
      VsSavedRow *saved = &g_array_index (parser->sample, VsSavedRow, r);
      dfe_row (parser, saved->row, saved->cells, saved->n_cells);
    }
  g_array_set_size (parser->sample, 0);
}

/* A long file's header names every column a row may fill: a figure past the last one is
 * most often a decimal comma that split "12,5" into 12 and 5, and reading the row as it
 * stands would keep 12 without a word. */
static gboolean
beyond_header (VsLayoutParser *parser,
               guint           row,
               const VsCell   *cells,
               guint           n_cells)
{
  for (guint c = parser->columns->len; c < n_cells; c++)
    if (!vs_layout_row_is_blank (&cells[c], 1))
      {
        g_autofree char *text = cells[c].text != NULL ? g_strdup (cells[c].text)
                                : g_strdup_printf ("%g", cells[c].number);

        vs_import_job_error (parser->job, row, c,
                             _("“%s” stands past the header's last column, so the row cannot "
                               "be read as the header says; if a comma split a figure (12,5 or "
                               "1,104), put the figure in quotes, or write it without the comma "
                               "or with a decimal point"),
                             text);
        return TRUE;
      }
  return FALSE;
}

gboolean
vs_layout_long_row (VsLayoutParser  *parser,
                    guint            row,
                    const VsCell    *cells,
                    guint            n_cells,
                    GError         **error)
{
  if (beyond_header (parser, row, cells, n_cells))
    return TRUE;
  if (!parser->dfe)
    return plain_long_row (parser, row, cells, n_cells);

  if (!parser->dfe_classified)
    {
      save_row (parser, row, cells, n_cells);
      if (parser->sample->len >= DFE_SAMPLE_ROWS)
        replay_sample (parser);
      return TRUE;
    }
  return dfe_row (parser, row, cells, n_cells);
}

gboolean
vs_layout_long_finish (VsLayoutParser  *parser,
                       GError         **error)
{
  if (parser->dfe && !parser->dfe_classified)
    replay_sample (parser);
  vs_layout_geography_finish (parser);
  return TRUE;
}
