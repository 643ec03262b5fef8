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

typedef enum {
  GEO_NONE,          /* no geography in the file: every row counts */
  GEO_NATIONAL,
  GEO_REGIONAL,
  GEO_AUTHORITY,     /* the authority whose figures these are */
  GEO_SKIP,          /* another authority, or another kind of area */
} Geo;

static const char *
cell_string (const VsCell *cell)
{
  return cell->kind == VS_CELL_STRING ? cell->text : NULL;
}

static char *
cell_as_text (const VsCell *cell)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (cell->kind == VS_CELL_NUMBER && isfinite (cell->number))
    return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.10g", cell->number));
  return vs_layout_cell_text (cell);
}

static gboolean
names_equal (const char *a,
             const char *b)
{
  g_autofree char *fa = NULL, *fb = NULL;

  if (a == NULL || b == NULL)
    return FALSE;
  fa = g_utf8_casefold (a, -1);
  fb = g_utf8_casefold (b, -1);
  g_strstrip (fa);
  g_strstrip (fb);
  return g_str_equal (fa, fb);
}

/* Which rows of a file of many authorities are ours: the one named with --locality (by
 * name or code), England's and our region's as benchmarks. */
static Geo
geography (VsLayoutParser *parser,
           guint           row,
           const VsCell   *cells,
           guint           n_cells)
{
  VsImportJob *job = parser->job;
  const char *wanted = job->options->locality;
  int level_col = parser->role_col[VS_ROLE_GEO_LEVEL];
  int la_col = parser->role_col[VS_ROLE_LA_NAME];
  g_autofree char *level = NULL;
  g_autofree char *la = NULL;
  gboolean match = FALSE;

  if (level_col < 0 && la_col < 0)
    return GEO_NONE;

  la = vs_layout_cell_text (vs_layout_cell (cells, n_cells, la_col));
  if (level_col >= 0)
    {
      level = vs_layout_cell_text (vs_layout_cell (cells, n_cells, level_col));
      if (level == NULL)
        return GEO_SKIP;
      if (g_ascii_strcasecmp (level, "National") == 0)
        return GEO_NATIONAL;
      if (g_ascii_strcasecmp (level, "Regional") == 0)
        return GEO_REGIONAL;
      if (g_ascii_strcasecmp (level, "Local authority") != 0)
        return GEO_SKIP;
    }
  else if (la == NULL || names_equal (la, "England") || names_equal (la, "England total"))
    return la == NULL ? GEO_SKIP : GEO_NATIONAL;

  if (la == NULL)
    return GEO_SKIP;

  job->default_is_authority = TRUE;
  if (wanted != NULL)
    {
      match = names_equal (la, wanted);
      for (guint c = 0; !match && c < parser->columns->len && c < n_cells; c++)
        if (g_array_index (parser->columns, VsColumn, c).role == VS_ROLE_LA_CODE)
          {
            g_autofree char *code = cell_as_text (&cells[c]);
            match = names_equal (code, wanted);
          }
    }
  else if (parser->authority == NULL || names_equal (la, parser->authority))
    match = TRUE;

  if (!match)
    {
      g_autofree char *folded = g_utf8_casefold (la, -1);
      if (!g_hash_table_contains (parser->other_authorities, folded))
        g_hash_table_insert (parser->other_authorities, g_steal_pointer (&folded), g_strdup (la));
      return GEO_SKIP;
    }
  if (parser->authority == NULL)
    {
      parser->authority = g_strdup (la);
      parser->authority_region = vs_layout_cell_text (vs_layout_cell (cells, n_cells,
                                                                      parser->role_col[VS_ROLE_REGION_NAME]));
      g_free (job->authority);
      job->authority = g_strdup (la);
    }
  return GEO_AUTHORITY;
}

/* A national or regional figure kept as a benchmark; whether it is comparable (a rate,
 * not a count) is decided once the indicator's unit is known. */
static void
add_geographic_benchmark (VsLayoutParser *parser,
                          Geo             geo,
                          guint           indicator,
                          VsPeriod        period,
                          guint           row,
                          guint           col,
                          const VsCell   *cells,
                          guint           n_cells)
{
  VsFileBenchmark benchmark = { 0 };
  VsValue value;

  vs_value_from_cell (vs_layout_cell (cells, n_cells, (int) col), &value);
  if (value.kind != VS_VALUE_NUMBER)
    return;
  benchmark.indicator = indicator;
  benchmark.period = period;
  benchmark.value = value.number;
  benchmark.row = row;
  benchmark.col = (guint16) MIN (col, G_MAXUINT16);
  benchmark.geographic = TRUE;
  if (geo == GEO_NATIONAL)
    {
      benchmark.comparator = VS_COMPARATOR_NATIONAL_AVERAGE;
      benchmark.label = g_strdup ("England");
      g_array_append_val (parser->job->benchmarks, benchmark);
    }
  else
    {
      benchmark.comparator = VS_COMPARATOR_REGIONAL_AVERAGE;
      benchmark.label = vs_layout_cell_text (vs_layout_cell (cells, n_cells,
                                                             parser->role_col[VS_ROLE_REGION_NAME]));
      g_ptr_array_add (parser->regional_names, g_strdup (benchmark.label));
      g_array_append_val (parser->regional, benchmark);
    }
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
      g_autofree char *value = cell_as_text (cell);
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

  ref = cell_as_text (ref_cell);
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
  Geo geo;

  if (vs_layout_row_is_blank (cells, n_cells))
    return TRUE;
  geo = geography (parser, row, cells, n_cells);
  if (geo == GEO_SKIP)
    {
      job->rows_skipped++;
      return TRUE;
    }
  indicator = read_indicator (parser, row, cells, n_cells, &found);
  if (!found || !read_period (parser, row, cells, n_cells, &period))
    return TRUE;

  if (geo == GEO_NATIONAL || geo == GEO_REGIONAL)
    {
      add_geographic_benchmark (parser, geo, indicator, period, row, (guint) value_col, cells, n_cells);
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

static char *
measure_title (const char *dims,
               const char *measure)
{
  g_autofree char *words = g_strdup (measure);

  g_strdelimit (words, "_", ' ');
  g_strstrip (words);
  if (words[0])
    words[0] = g_ascii_toupper (words[0]);
  if (dims == NULL || *dims == '\0')
    return g_steal_pointer (&words);
  return g_strdup_printf ("%s: %s", dims, words);
}

static gboolean
dfe_row (VsLayoutParser *parser,
         guint           row,
         const VsCell   *cells,
         guint           n_cells)
{
  VsImportJob *job = parser->job;
  VsPeriod period;
  Geo geo;

  if (vs_layout_row_is_blank (cells, n_cells))
    return TRUE;
  geo = geography (parser, row, cells, n_cells);
  if (geo == GEO_SKIP)
    {
      job->rows_skipped++;
      return TRUE;
    }
  if (!read_period (parser, row, cells, n_cells, &period))
    return TRUE;

  /* The breakdowns name the indicator together with the measure. */
  g_string_truncate (parser->key, 0);
  for (guint c = 0; c < parser->columns->len; c++)
    if (g_array_index (parser->columns, VsColumn, c).role == VS_ROLE_DIMENSION)
      {
        g_autofree char *value = vs_layout_cell_text (vs_layout_cell (cells, n_cells, (int) c));
        if (value == NULL)
          continue;
        if (parser->key->len > 0)
          g_string_append (parser->key, " – ");
        g_string_append (parser->key, value);
      }

  for (guint c = 0; c < parser->columns->len; c++)
    {
      VsColumn *column = &g_array_index (parser->columns, VsColumn, c);
      g_autofree char *title = NULL;
      VsFileIndicator *fi;
      guint indicator;

      if (column->role != VS_ROLE_MEASURE)
        continue;
      title = measure_title (parser->key->str, column->header);
      indicator = vs_import_job_indicator (job, NULL, title, row, c);
      fi = g_ptr_array_index (job->indicators, indicator);
      fi->unit_hint = column->unit;
      fi->unit_hint_set = TRUE;
      fi->periodicity_hint = parser->last_periodicity;
      fi->periodicity_hint_set = TRUE;
      if (fi->def->source == NULL)
        fi->def->source = g_strdup (job->file);

      if (geo == GEO_NATIONAL || geo == GEO_REGIONAL)
        add_geographic_benchmark (parser, geo, indicator, period, row, c, cells, n_cells);
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

gboolean
vs_layout_long_row (VsLayoutParser  *parser,
                    guint            row,
                    const VsCell    *cells,
                    guint            n_cells,
                    GError         **error)
{
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

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

static void
check_authorities (VsLayoutParser *parser)
{
  VsImportJob *job = parser->job;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GString) some = g_string_new (NULL);
  int la_col = parser->role_col[VS_ROLE_LA_NAME];
  GHashTableIter iter;
  gpointer value;

  if (g_hash_table_size (parser->other_authorities) == 0 ||
      (job->options->locality != NULL && parser->authority != NULL))
    return;

  g_hash_table_iter_init (&iter, parser->other_authorities);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (names, value);
  if (parser->authority)
    g_ptr_array_add (names, parser->authority);
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len && i < 5; i++)
    g_string_append_printf (some, "%s%s", i ? ", " : "", (char *) g_ptr_array_index (names, i));

  if (job->options->locality == NULL)
    vs_import_job_error (job, parser->header_row, la_col >= 0 ? (guint) la_col : G_MAXUINT,
                         _("this file holds the figures of %u authorities (%s, …); choose whose "
                           "to import with --locality NAME"), names->len, some->str);
  else
    vs_import_job_error (job, parser->header_row, la_col >= 0 ? (guint) la_col : G_MAXUINT,
                         _("no row is for “%s”; expected one of the %u authorities the file "
                           "names, such as %s"), job->options->locality, names->len, some->str);
}

gboolean
vs_layout_long_finish (VsLayoutParser  *parser,
                       GError         **error)
{
  VsImportJob *job = parser->job;

  if (parser->dfe && !parser->dfe_classified)
    replay_sample (parser);
  check_authorities (parser);

  /* Only our own region's figures are a benchmark. */
  for (guint i = 0; i < parser->regional->len; i++)
    {
      VsFileBenchmark *b = &g_array_index (parser->regional, VsFileBenchmark, i);
      const char *region = g_ptr_array_index (parser->regional_names, i);

      if (parser->authority_region != NULL && names_equal (region, parser->authority_region))
        {
          g_array_append_val (job->benchmarks, *b);
          b->label = NULL;    /* moved */
        }
    }
  return TRUE;
}
