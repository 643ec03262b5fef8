/* vs-layout-catalogue.c: sheets of definitions, benchmarks, commentary and actions
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

static char *
text_of (VsLayoutParser *parser,
         VsRole          role,
         const VsCell   *cells,
         guint           n_cells)
{
  return vs_layout_cell_text (vs_layout_cell (cells, n_cells, parser->role_col[role]));
}

/* The row's indicator; FALSE when it names none. */
static gboolean
row_indicator (VsLayoutParser *parser,
               guint           row,
               const VsCell   *cells,
               guint           n_cells,
               guint          *indicator)
{
  int ref_col = parser->role_col[VS_ROLE_REF];
  int title_col = parser->role_col[VS_ROLE_TITLE];
  g_autofree char *ref = vs_layout_cell_as_text (vs_layout_cell (cells, n_cells, ref_col));
  g_autofree char *title = text_of (parser, VS_ROLE_TITLE, cells, n_cells);

  if (ref == NULL && title == NULL)
    return FALSE;
  *indicator = vs_import_job_indicator (parser->job, ref, title, row,
                                        (guint) (title_col >= 0 ? title_col : ref_col));
  return TRUE;
}

static gboolean
row_period (VsLayoutParser *parser,
            VsRole          role,
            guint           row,
            const VsCell   *cells,
            guint           n_cells,
            gboolean        required,
            VsPeriod       *period)
{
  int col = parser->role_col[role];
  const VsCell *cell = vs_layout_cell (cells, n_cells, col);
  g_autofree char *what = NULL;

  *period = VS_PERIOD_INVALID;
  if (vs_layout_row_is_blank (cell, 1))
    {
      if (!required)
        return TRUE;
    }
  else if (vs_period_header_from_cell (cell, period, NULL))
    return TRUE;

  what = vs_cell_describe (cell);
  vs_import_job_error (parser->job, row, col >= 0 ? (guint) col : G_MAXUINT,
                       _("%s is not a period; expected a month such as Nov 17 or 2017-11, a "
                         "quarter such as Q2 2017/18, or a year such as 2016/17"), what);
  return FALSE;
}

static void
catalogue_row (VsLayoutParser *parser,
               guint           row,
               const VsCell   *cells,
               guint           n_cells)
{
  VsImportJob *job = parser->job;
  g_autofree char *title = text_of (parser, VS_ROLE_TITLE, cells, n_cells);
  g_autofree char *area = text_of (parser, VS_ROLE_AREA, cells, n_cells);
  VsFileIndicator *fi;
  guint indicator;

  if (!row_indicator (parser, row, cells, n_cells, &indicator))
    {
      vs_import_job_warn (job, row, G_MAXUINT,
                          _("this row names no indicator and was skipped; expected a ref or a "
                            "title"));
      return;
    }
  fi = g_ptr_array_index (job->indicators, indicator);
  /* A catalogue is the one place that names and files indicators. */
  if (title != NULL)
    {
      g_free (fi->def->title);
      fi->def->title = g_steal_pointer (&title);
      fi->given |= VS_GIVEN_TITLE;
    }
  if (area != NULL)
    {
      g_free (fi->area);
      fi->area = g_strdup (area);
      fi->given |= VS_GIVEN_AREA;
    }
  vs_layout_read_definitions (parser, indicator, row, cells, n_cells);
}

static void
benchmark_row (VsLayoutParser *parser,
               guint           row,
               const VsCell   *cells,
               guint           n_cells)
{
  VsImportJob *job = parser->job;
  int comparator_col = parser->role_col[VS_ROLE_COMPARATOR];
  int value_col = parser->role_col[VS_ROLE_VALUE];
  g_autofree char *comparator = text_of (parser, VS_ROLE_COMPARATOR, cells, n_cells);
  const VsCell *value_cell = vs_layout_cell (cells, n_cells, value_col);
  VsFileBenchmark benchmark = { 0 };
  VsValue value;
  guint indicator;

  if (!row_indicator (parser, row, cells, n_cells, &indicator))
    {
      vs_import_job_error (job, row, G_MAXUINT,
                           _("this benchmark names no indicator; expected a ref or a title"));
      return;
    }
  if (!row_period (parser, VS_ROLE_PERIOD, row, cells, n_cells, TRUE, &benchmark.period))
    return;
  if (comparator == NULL || !vs_comparator_from_string (comparator, &benchmark.comparator))
    {
      vs_import_job_error (job, row, (guint) comparator_col,
                           _("“%s” is not a comparator; expected sn-average, sn-best, "
                             "national-average, national-top-quartile, regional-average or "
                             "previous-year"), comparator ? comparator : "");
      return;
    }
  vs_value_from_cell (value_cell, &value);
  if (value.kind == VS_VALUE_INVALID)
    {
      vs_layout_not_a_number (parser, row, (guint) value_col, value_cell);
      return;
    }
  if (value.kind != VS_VALUE_NUMBER)
    return;
  benchmark.indicator = indicator;
  benchmark.value = value.number;
  benchmark.label = text_of (parser, VS_ROLE_LABEL, cells, n_cells);
  benchmark.row = row;
  benchmark.col = (guint16) MIN ((guint) value_col, G_MAXUINT16);
  g_array_append_val (job->benchmarks, benchmark);
}

static void
commentary_row (VsLayoutParser *parser,
                guint           row,
                const VsCell   *cells,
                guint           n_cells)
{
  VsImportJob *job = parser->job;
  VsFileCommentary commentary = { 0 };
  g_autofree char *text = text_of (parser, VS_ROLE_TEXT, cells, n_cells);
  guint indicator;

  if (text == NULL)
    return;
  commentary.indicator = row_indicator (parser, row, cells, n_cells, &indicator) ? indicator
                                                                                   : G_MAXUINT32;
  commentary.area = text_of (parser, VS_ROLE_AREA, cells, n_cells);
  if (commentary.indicator == G_MAXUINT32 && commentary.area == NULL)
    {
      vs_import_job_error (job, row, G_MAXUINT,
                           _("this commentary is about nothing; expected a ref, a title or an "
                             "area"));
      return;
    }
  if (!row_period (parser, VS_ROLE_PERIOD, row, cells, n_cells, TRUE, &commentary.period))
    {
      g_free (commentary.area);
      return;
    }
  commentary.author = text_of (parser, VS_ROLE_AUTHOR, cells, n_cells);
  commentary.text = g_steal_pointer (&text);
  commentary.row = row;
  g_array_append_val (job->commentary, commentary);
}

static void
action_row (VsLayoutParser *parser,
            guint           row,
            const VsCell   *cells,
            guint           n_cells)
{
  VsImportJob *job = parser->job;
  VsFileAction action = { 0 };
  g_autofree char *text = text_of (parser, VS_ROLE_ACTION, cells, n_cells);
  g_autofree char *status = text_of (parser, VS_ROLE_STATUS, cells, n_cells);
  guint indicator;

  if (text == NULL)
    return;
  if (!row_indicator (parser, row, cells, n_cells, &indicator))
    {
      vs_import_job_error (job, row, G_MAXUINT,
                           _("this action names no indicator; expected a ref or a title"));
      return;
    }
  if (!row_period (parser, VS_ROLE_DUE, row, cells, n_cells, FALSE, &action.due))
    return;
  action.status = VS_ACTION_OPEN;
  if (status != NULL && !vs_action_status_from_string (status, &action.status))
    vs_import_job_warn (job, row, (guint) parser->role_col[VS_ROLE_STATUS],
                        _("“%s” is not a status, so the action was taken as open; expected Open, "
                          "In progress, Done or Dropped"), status);
  action.indicator = indicator;
  action.text = g_steal_pointer (&text);
  action.owner = text_of (parser, VS_ROLE_ACTION_OWNER, cells, n_cells);
  action.progress = text_of (parser, VS_ROLE_PROGRESS, cells, n_cells);
  action.row = row;
  g_array_append_val (job->actions, action);
}

gboolean
vs_layout_catalogue_row (VsLayoutParser  *parser,
                         guint            row,
                         const VsCell    *cells,
                         guint            n_cells,
                         GError         **error)
{
  if (vs_layout_row_is_blank (cells, n_cells))
    return TRUE;

  switch (parser->layout)
    {
    case VS_LAYOUT_CATALOGUE:
      catalogue_row (parser, row, cells, n_cells);
      break;
    case VS_LAYOUT_BENCHMARKS:
      benchmark_row (parser, row, cells, n_cells);
      break;
    case VS_LAYOUT_COMMENTARY:
      commentary_row (parser, row, cells, n_cells);
      break;
    case VS_LAYOUT_ACTIONS:
      action_row (parser, row, cells, n_cells);
      break;
    case VS_LAYOUT_AUTO:
    case VS_LAYOUT_WIDE:
    case VS_LAYOUT_LONG:
    case VS_LAYOUT_LOCALITIES:
    case VS_N_LAYOUTS:
      g_return_val_if_reached (FALSE);
    }
  return TRUE;
}
