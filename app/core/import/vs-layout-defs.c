/* vs-layout-defs.c: the definition cells a row may carry (polarity, unit, target, ...)
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "vs-enum-names.h"
#include "vs-layout-private.h"
#include "vs-target.h"

/* Unknown words in a column are reported once per column and word, not once per row. */
static gboolean
first_time (VsLayoutParser *parser,
            guint           col,
            const char     *text)
{
  g_autofree char *key = g_strdup_printf ("%u:%s", col, text);

  if (g_hash_table_contains (parser->warned, key))
    return FALSE;
  g_hash_table_add (parser->warned, g_steal_pointer (&key));
  return TRUE;
}

static void
set_text (char       **field,
          char        *text)
{
  g_free (*field);
  *field = text;
}

/* A number in a target cell as officers would have typed it: 0.95 in a percent cell is
 * "95%". */
static char *
target_from_cell (const VsCell *cell)
{
  VsValue value;
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (cell->kind == VS_CELL_STRING)
    return vs_layout_cell_text (cell);
  if (cell->kind != VS_CELL_NUMBER)
    return NULL;
  vs_value_from_cell (cell, &value);
  g_ascii_formatd (buffer, sizeof buffer, "%.10g", value.number);
  return value.percent ? g_strconcat (buffer, "%", NULL) : g_strdup (buffer);
}

static void
read_unit (VsLayoutParser  *parser,
           VsFileIndicator *fi,
           guint            row,
           guint            col,
           const char      *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  VsUnit unit;

  /* "Rolling 12" says how the figure is counted, not its unit; "Rolling rate" says both. */
  if (strstr (lower, "rolling") != NULL)
    {
      fi->def->rolling = TRUE;
      fi->given |= VS_GIVEN_ROLLING;
      if (strstr (lower, "rate") != NULL)
        {
          fi->def->unit = VS_UNIT_RATE_10K;
          fi->given |= VS_GIVEN_UNIT;
        }
      else if (strstr (lower, "%") != NULL || strstr (lower, "percent") != NULL)
        {
          fi->def->unit = VS_UNIT_PERCENTAGE;
          fi->given |= VS_GIVEN_UNIT;
        }
      return;
    }
  if (vs_unit_from_string (lower, &unit))
    {
      fi->def->unit = unit;
      fi->given |= VS_GIVEN_UNIT;
    }
  else if (first_time (parser, col, lower))
    vs_import_job_warn (parser->job, row, col,
                        _("“%s” is not a unit Vital Signs knows, so the unit was left as it was; "
                          "expected Count, Percentage, Rate, Average, Days, Maximum, Money or "
                          "Rolling 12"), text);
}

static void
read_threshold (VsLayoutParser  *parser,
                VsFileIndicator *fi,
                guint            row,
                guint            col,
                const VsCell    *cell,
                double          *field,
                VsGiven          bit)
{
  VsValue value;

  vs_value_from_cell (cell, &value);
  switch (value.kind)
    {
    case VS_VALUE_NUMBER:
      /* The unit may come later in the row: the widest range of any unit here. */
      if (!vs_unit_value_in_range (VS_UNIT_MONEY, value.number))
        {
          char shown[G_ASCII_DTOSTR_BUF_SIZE];

          vs_import_job_error (parser->job, row, col,
                               _("%s is beyond the range of any figure (%s to %s); expected "
                                 "a threshold such as 80 or 80%%"),
                               g_ascii_formatd (shown, sizeof shown, "%g", value.number),
                               "−1,000,000,000,000", "1,000,000,000,000");
          break;
        }
      *field = value.number;
      fi->given |= bit;
      if (value.percent)
        fi->percent_seen = TRUE;
      break;
    case VS_VALUE_INVALID:
    case VS_VALUE_SUPPRESSED:
      vs_layout_not_a_number (parser, row, col, cell);
      break;
    case VS_VALUE_EMPTY:
    case VS_VALUE_MISSING:
      break;
    }
}

static void
read_target (VsLayoutParser  *parser,
             VsFileIndicator *fi,
             guint            row,
             guint            col,
             const VsCell    *cell)
{
  g_autofree char *text = target_from_cell (cell);
  g_autoptr(GError) local_error = NULL;
  VsTarget target;

  if (text == NULL)
    return;
  /* The rules read targets; one they cannot read would never rate, so it is not stored. */
  if (!vs_target_parse (text, &target, &local_error))
    {
      vs_import_job_warn (parser->job, row, col,
                          _("%s, so the target was left as it was; expected a target such as "
                            "95%%, <20%%, 3%% or less, or Between 15-20"),
                          local_error->message);
      return;
    }
  if (target.kind == VS_TARGET_NONE)
    return;
  set_text (&fi->def->target_text, g_steal_pointer (&text));
  fi->given |= VS_GIVEN_TARGET;
}

/* Reads one definition cell (polarity, unit, target, tolerances, officers, texts) into the
 * file indicator, with warnings for words it does not know. */
static void
read_definition (VsLayoutParser *parser,
                 guint           indicator,
                 VsRole          role,
                 guint           row,
                 guint           col,
                 const VsCell   *cell)
{
  VsFileIndicator *fi = g_ptr_array_index (parser->job->indicators, indicator);
  gboolean numeric = role == VS_ROLE_TARGET || role == VS_ROLE_RED || role == VS_ROLE_GREEN ||
                     role == VS_ROLE_AMBER;
  g_autofree char *text = numeric ? NULL : vs_layout_cell_text (cell);
  g_autofree char *choices = NULL;
  gboolean flag;

  /* The figures read the cell themselves; the words are read only when there are some. */
  if (!numeric && text == NULL)
    return;

  switch (role)
    {
    case VS_ROLE_TARGET:
      read_target (parser, fi, row, col, cell);
      break;
    case VS_ROLE_RED:
      read_threshold (parser, fi, row, col, cell, &fi->def->red_threshold, VS_GIVEN_RED);
      break;
    case VS_ROLE_GREEN:
      read_threshold (parser, fi, row, col, cell, &fi->def->green_threshold, VS_GIVEN_GREEN);
      break;
    case VS_ROLE_AMBER:
      read_threshold (parser, fi, row, col, cell, &fi->def->amber_percent, VS_GIVEN_AMBER);
      break;
    case VS_ROLE_POLARITY:
      if (vs_polarity_from_string (text, &fi->def->polarity))
        fi->given |= VS_GIVEN_POLARITY;
      else if (first_time (parser, col, text))
        vs_import_job_warn (parser->job, row, col,
                            _("“%s” is not a polarity, so it was left as it was; expected %s"),
                            text, (choices = vs_enum_choices (VS_TYPE_POLARITY)));
      break;
    case VS_ROLE_UNIT:
      read_unit (parser, fi, row, col, text);
      break;
    case VS_ROLE_PERIODICITY:
      if (vs_periodicity_from_string (text, &fi->def->periodicity))
        fi->given |= VS_GIVEN_PERIODICITY;
      else if (first_time (parser, col, text))
        vs_import_job_warn (parser->job, row, col,
                            _("“%s” is not a periodicity, so it was left as it was; expected %s"),
                            text, (choices = vs_enum_choices (VS_TYPE_PERIODICITY)));
      break;
    case VS_ROLE_CUMULATIVE:
    case VS_ROLE_ROLLING:
      if (!vs_import_parse_flag (text, &flag))
        {
          if (first_time (parser, col, text))
            vs_import_job_warn (parser->job, row, col,
                                _("“%s” is neither yes nor no, so it was left as it was; "
                                  "expected Yes or No"), text);
          break;
        }
      if (role == VS_ROLE_CUMULATIVE)
        fi->def->cumulative = flag, fi->given |= VS_GIVEN_CUMULATIVE;
      else
        fi->def->rolling = flag, fi->given |= VS_GIVEN_ROLLING;
      break;
    case VS_ROLE_RAG_RULE:
      if (vs_rag_rule_from_string (text, &fi->def->rag_rule))
        fi->given |= VS_GIVEN_RAG_RULE;
      else if (first_time (parser, col, text))
        vs_import_job_warn (parser->job, row, col,
                            _("“%s” is not a RAG rule, so it was left as it was; expected %s"),
                            text, (choices = vs_enum_choices (VS_TYPE_RAG_RULE)));
      break;
    case VS_ROLE_LEAD:
      set_text (&fi->def->lead_officer, g_steal_pointer (&text));
      fi->given |= VS_GIVEN_LEAD;
      break;
    case VS_ROLE_OWNER:
      set_text (&fi->def->data_owner, g_steal_pointer (&text));
      fi->given |= VS_GIVEN_OWNER;
      break;
    case VS_ROLE_WHY:
      set_text (&fi->def->why_important, g_steal_pointer (&text));
      fi->given |= VS_GIVEN_WHY;
      break;
    case VS_ROLE_BACKGROUND:
      set_text (&fi->def->background, g_steal_pointer (&text));
      fi->given |= VS_GIVEN_BACKGROUND;
      break;
    case VS_ROLE_SUCCESS:
      set_text (&fi->def->success, g_steal_pointer (&text));
      fi->given |= VS_GIVEN_SUCCESS;
      break;
    case VS_ROLE_SOURCE:
      set_text (&fi->def->source, g_steal_pointer (&text));
      fi->given |= VS_GIVEN_SOURCE;
      break;

    /* vs_layout_read_definitions passes the definition's roles only. */
    case VS_ROLE_NONE: case VS_ROLE_REF: case VS_ROLE_TITLE: case VS_ROLE_AREA:
    case VS_ROLE_YTD: case VS_ROLE_BASELINE: case VS_ROLE_DOT: case VS_ROLE_NOTE:
    case VS_ROLE_BENCHMARK: case VS_ROLE_PERIOD: case VS_ROLE_TIME_ID: case VS_ROLE_GEO_LEVEL:
    case VS_ROLE_LA_NAME: case VS_ROLE_LA_CODE: case VS_ROLE_REGION_NAME:
    case VS_ROLE_GEO_OTHER: case VS_ROLE_LOCALITY: case VS_ROLE_VALUE: case VS_ROLE_NUMERATOR:
    case VS_ROLE_DENOMINATOR: case VS_ROLE_STATE: case VS_ROLE_COMPARATOR: case VS_ROLE_LABEL:
    case VS_ROLE_AUTHOR: case VS_ROLE_TEXT: case VS_ROLE_ACTION: case VS_ROLE_ACTION_OWNER:
    case VS_ROLE_DUE: case VS_ROLE_STATUS: case VS_ROLE_PROGRESS: case VS_ROLE_PERIOD_COLUMN:
    case VS_ROLE_LOCALITY_COLUMN: case VS_ROLE_MEASURE: case VS_ROLE_DIMENSION:
    case VS_N_ROLES:
      g_return_if_reached ();
    }
}

void
vs_layout_read_definitions (VsLayoutParser *parser,
                            guint           indicator,
                            guint           row,
                            const VsCell   *cells,
                            guint           n_cells)
{
  for (int role = VS_ROLE_POLARITY; role <= VS_ROLE_SOURCE; role++)
    {
      int col = parser->role_col[role];
      if (col >= 0)
        read_definition (parser, indicator, (VsRole) role, row, (guint) col,
                                   vs_layout_cell (cells, n_cells, col));
    }
}
