/* vs-layout-peers.c: a DfE file's figures of every authority, region and England, kept as
 * published (peer figures) for the comparators; and the definitions of its measures
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "vs-layout-private.h"

enum { COL_NEW_CODE, COL_REGION_CODE, COL_COUNTRY_CODE, COL_OLD_CODE };

static void
find_peer_columns (VsLayoutParser *parser)
{
  static const char * const headers[] = { "new_la_code", "region_code", "country_code", "old_la_code" };

  for (guint k = 0; k < G_N_ELEMENTS (headers); k++)
    parser->peer_col[k] = -1;
  for (guint c = 0; c < parser->columns->len; c++)
    {
      const char *header = g_array_index (parser->columns, VsColumn, c).header;
      for (guint k = 0; header != NULL && k < G_N_ELEMENTS (headers); k++)
        if (parser->peer_col[k] < 0 && g_ascii_strcasecmp (header, headers[k]) == 0)
          parser->peer_col[k] = (int) c;
    }
  parser->peer_cols_set = TRUE;
}

static char *
text_at (VsLayoutParser *parser,
         const VsCell   *cells,
         guint           n_cells,
         int             col)
{
  return col < 0 ? NULL : vs_layout_cell_as_text (vs_layout_cell (cells, n_cells, col));
}

static int
column_named (VsLayoutParser *parser,
              const char     *name)
{
  if (name == NULL)
    return -1;
  for (guint c = 0; c < parser->columns->len; c++)
    {
      const char *header = g_array_index (parser->columns, VsColumn, c).header;
      if (header != NULL && g_ascii_strcasecmp (header, name) == 0)
        return (int) c;
    }
  return -1;
}

guint
vs_layout_peer_area (VsLayoutParser *parser,
                     const VsCell   *cells,
                     guint           n_cells)
{
  VsImportJob *job = parser->job;
  int level_col = parser->role_col[VS_ROLE_GEO_LEVEL];
  g_autofree char *level_text = NULL;
  g_autofree char *code = NULL;
  VsFilePeerArea *area;
  VsPeerLevel level;
  gpointer found;

  if (!parser->dfe || level_col < 0)
    return 0;
  if (!parser->peer_cols_set)
    find_peer_columns (parser);

  level_text = vs_layout_cell_text (vs_layout_cell (cells, n_cells, level_col));
  if (level_text == NULL)
    return 0;
  if (g_ascii_strcasecmp (level_text, "National") == 0)
    {
      level = VS_PEER_ENGLAND;
      code = text_at (parser, cells, n_cells, parser->peer_col[COL_COUNTRY_CODE]);
    }
  else if (g_ascii_strcasecmp (level_text, "Regional") == 0)
    {
      level = VS_PEER_REGION;
      code = text_at (parser, cells, n_cells, parser->peer_col[COL_REGION_CODE]);
    }
  else if (g_ascii_strcasecmp (level_text, "Local authority") == 0)
    {
      level = VS_PEER_AUTHORITY;
      code = text_at (parser, cells, n_cells, parser->peer_col[COL_OLD_CODE]);
    }
  else
    return 0;
  if (code == NULL)
    return 0;

  if (g_hash_table_lookup_extended (job->peer_area_keys, code, NULL, &found))
    return GPOINTER_TO_UINT (found);

  area = g_new0 (VsFilePeerArea, 1);
  area->level = level;
  area->code = g_steal_pointer (&code);
  switch (level)
    {
    case VS_PEER_ENGLAND:
      area->name = text_at (parser, cells, n_cells, column_named (parser, "country_name"));
      break;
    case VS_PEER_REGION:
      area->name = text_at (parser, cells, n_cells, parser->role_col[VS_ROLE_REGION_NAME]);
      break;
    case VS_PEER_AUTHORITY:
      area->name = text_at (parser, cells, n_cells, parser->role_col[VS_ROLE_LA_NAME]);
      area->new_code = text_at (parser, cells, n_cells, parser->peer_col[COL_NEW_CODE]);
      area->region = text_at (parser, cells, n_cells, parser->role_col[VS_ROLE_REGION_NAME]);
      break;
    }
  if (area->name == NULL)
    area->name = g_strdup (area->code);
  g_ptr_array_add (job->peer_areas, area);
  g_hash_table_insert (job->peer_area_keys, area->code, GUINT_TO_POINTER (job->peer_areas->len));
  return job->peer_areas->len;
}

/* A suppression code as the file writes it, kept as a code ("c", "low", "k", ":"). */
static const char *
suppression_code (const VsCell *cell)
{
  g_autofree char *text = vs_layout_cell_text (cell);
  g_autofree char *lower = NULL;

  if (text == NULL)
    return NULL;
  lower = g_ascii_strdown (text, -1);
  if (lower[0] == '[' && lower[strlen (lower) - 1] == ']')
    {
      lower[strlen (lower) - 1] = '\0';
      return g_intern_string (lower + 1);
    }
  return g_intern_string (lower);
}

static double
number_at (const VsCell *cells,
           guint         n_cells,
           int           col)
{
  VsValue value;

  if (col < 0)
    return NAN;
  vs_value_from_cell (vs_layout_cell (cells, n_cells, col), &value);
  return value.kind == VS_VALUE_NUMBER ? value.number : NAN;
}

void
vs_layout_add_peer (VsLayoutParser *parser,
                    guint           area,
                    guint           indicator,
                    VsPeriod        period,
                    guint           row,
                    guint           col,
                    const VsCell   *cells,
                    guint           n_cells)
{
  VsImportJob *job = parser->job;
  VsFileIndicator *fi = g_ptr_array_index (job->indicators, indicator);
  const VsCell *cell = vs_layout_cell (cells, n_cells, (int) col);
  VsFilePeer peer = { 0 };
  VsValue value;

  vs_value_from_cell (cell, &value);
  peer.indicator = indicator;
  peer.area = area;
  peer.period = period;
  peer.row = row;
  peer.col = (guint16) MIN (col, G_MAXUINT16);
  peer.value = peer.numerator = peer.denominator = NAN;
  switch (value.kind)
    {
    case VS_VALUE_NUMBER:
      peer.state = VS_OBS_ACTUAL;
      peer.value = value.number;
      break;
    case VS_VALUE_SUPPRESSED:
      peer.state = VS_OBS_SUPPRESSED;
      peer.code_text = suppression_code (cell);
      break;
    case VS_VALUE_EMPTY:
      return;
    case VS_VALUE_MISSING:
    case VS_VALUE_INVALID:
      {
        /* The DfE's other codes (":" not applicable, "k" under half) are codes too; the
         * value parser's errors for the home authority's own figures still stand. */
        const char *code = suppression_code (cell);
        if (code == NULL || strlen (code) > 4)
          return;
        peer.state = VS_OBS_SUPPRESSED;
        peer.code_text = code;
      }
      break;
    }

  if (fi->num_col == -2)
    {
      fi->num_col = fi->published ? column_named (parser, fi->published->numerator) : -1;
      fi->den_col = fi->published ? column_named (parser, fi->published->denominator) : -1;
      if (fi->num_col < 0 || fi->den_col < 0)
        fi->num_col = fi->den_col = -1;
    }
  if (fi->num_col >= 0)
    {
      peer.numerator = number_at (cells, n_cells, fi->num_col);
      peer.denominator = number_at (cells, n_cells, fi->den_col);
    }
  g_array_append_val (job->peers, peer);
}

/* The dataset part of the refs of a file's measures: that of a measure Vital Signs defines
 * ("c1" of c1.rereferral_percent), so that a file renamed on download keeps its refs; else
 * "c1" for c1_children_in_need_…, else the file's name without its years. */
static char *
dataset_of (VsLayoutParser *parser,
            const char     *breakdown,
            const char     *file)
{
  g_autofree char *stem = g_strdup (file);
  char *dot = strrchr (stem, '.');
  g_auto(GStrv) words = NULL;
  GString *name = g_string_new (NULL);

  for (guint c = 0; c < parser->columns->len; c++)
    {
      const VsColumn *column = &g_array_index (parser->columns, VsColumn, c);
      const VsPublishedDef *def;

      if (column->role == VS_ROLE_MEASURE && (def = vs_published_lookup (column->header, breakdown)))
        {
          g_string_free (name, TRUE);
          return g_strndup (def->ref, strcspn (def->ref, "."));
        }
    }
  if (dot)
    *dot = '\0';
  words = g_strsplit (stem, "_", -1);
  if (words[0] && g_ascii_isalpha (words[0][0]) && words[0][1] && g_ascii_isdigit (words[0][1]) &&
      strlen (words[0]) <= 3)
    {
      g_string_free (name, TRUE);
      return g_ascii_strdown (words[0], -1);
    }
  for (guint i = 0; words[i]; i++)
    {
      gboolean year = strlen (words[i]) == 4 && g_ascii_isdigit (words[i][0]) &&
                      g_ascii_isdigit (words[i][3]);
      if (year || (g_str_equal (words[i], "to") && words[i + 1] && g_ascii_isdigit (words[i + 1][0])))
        break;
      if (name->len)
        g_string_append_c (name, '_');
      g_string_append (name, words[i]);
    }
  {
    char *lower = g_ascii_strdown (name->str, -1);
    g_string_free (name, TRUE);
    return lower;
  }
}

static char *
slug (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (out, g_ascii_tolower (*p));
      else if (out->len && out->str[out->len - 1] != '-')
        g_string_append_c (out, '-');
    }
  while (out->len && out->str[out->len - 1] == '-')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

/* A DfE column's words as a reader says them: "rereferral_child_count" is "Re-referral
 * child (number)", "inpost_fte" "In post (FTE)". The column's own name stays in the
 * indicator's ref and source. */
static const struct {
  const char *code;
  const char *words;
  gboolean    qualifier;   /* said after the rest, in brackets */
} measure_words[] = {
  { "count", N_("number"), TRUE },
  { "percent", "%", TRUE },
  { "pc", "%", TRUE },
  { "fte", N_("FTE"), TRUE },
  { "headcount", N_("headcount"), TRUE },
  { "rereferral", N_("re-referral"), FALSE },
  { "rereferrals", N_("re-referrals"), FALSE },
  { "inpost", N_("in post"), FALSE },
  { "nfa", N_("no further action"), FALSE },
  { "cpp", "CPP", FALSE },
  { "cla", "CLA", FALSE },
  { "cin", "CIN", FALSE },
  { "uasc", "UASC", FALSE },
  { "la", "LA", FALSE },
};

static char *
measure_words_of (const char *measure)
{
  g_auto(GStrv) codes = g_strsplit (measure, "_", -1);
  g_autoptr(GString) words = g_string_new (NULL);
  g_autoptr(GString) qualifiers = g_string_new (NULL);

  for (guint i = 0; codes[i] != NULL; i++)
    {
      g_autofree char *code = g_ascii_strdown (g_strstrip (codes[i]), -1);
      const char *said = code;
      gboolean qualifier = FALSE;

      if (code[0] == '\0')
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (measure_words); k++)
        if (g_str_equal (code, measure_words[k].code))
          {
            said = g_str_equal (measure_words[k].words, "%") ? "%" : _(measure_words[k].words);
            qualifier = measure_words[k].qualifier;
          }
      /* "turnover_rate_fte" but not "count" alone: a qualifier needs something to qualify. */
      if (qualifier && (words->len > 0 || codes[i + 1] != NULL))
        g_string_append_printf (qualifiers, "%s%s", qualifiers->len ? ", " : "", said);
      else
        g_string_append_printf (words, "%s%s", words->len ? " " : "", said);
    }
  if (qualifiers->len > 0)
    g_string_append_printf (words, "%s(%s)", words->len ? " " : "", qualifiers->str);
  return g_string_free (g_steal_pointer (&words), FALSE);
}

static char *
measure_title (const char *breakdown,
               const char *measure)
{
  g_autofree char *words = measure_words_of (measure);

  if (breakdown == NULL || *breakdown == '\0')
    {
      if (words[0])
        words[0] = g_ascii_toupper (words[0]);
      return g_steal_pointer (&words);
    }
  return g_strdup_printf ("%s: %s", breakdown, words);
}

guint
vs_layout_dfe_indicator (VsLayoutParser *parser,
                         const char     *breakdown,
                         const char     *ref_part,
                         const char     *column,
                         guint           row,
                         guint           col)
{
  VsImportJob *job = parser->job;
  const VsPublishedDef *def = vs_published_lookup (column, breakdown);
  g_autofree char *ref = NULL;
  g_autofree char *title = NULL;
  VsFileIndicator *fi;
  guint indicator;

  if (def != NULL)
    {
      ref = g_strdup (def->ref);
      title = g_strdup (def->title);
    }
  else
    {
      g_autofree char *measure = g_ascii_strdown (column, -1);
      g_autofree char *part = ref_part && *ref_part ? slug (ref_part) : NULL;

      if (parser->dataset == NULL)
        parser->dataset = dataset_of (parser, breakdown, job->file);
      ref = part ? g_strdup_printf ("%s.%s.%s", parser->dataset, measure, part)
                 : g_strdup_printf ("%s.%s", parser->dataset, measure);
      title = measure_title (breakdown, column);
    }
  indicator = vs_import_job_indicator (job, ref, title, row, col);
  fi = g_ptr_array_index (job->indicators, indicator);
  /* A measure Vital Signs does not define goes under its file's dictionary heading. */
  if (def == NULL && fi->area == NULL && parser->dataset != NULL)
    fi->area = g_strdup (vs_published_dataset_area (parser->dataset));
  if (def != NULL && fi->published == NULL)
    {
      fi->published = def;
      fi->unit_hint = def->unit;
      fi->unit_hint_set = TRUE;
      fi->polarity_hint = def->polarity;
      fi->polarity_hint_set = TRUE;
      if (fi->area == NULL)
        fi->area = g_strdup (def->area);
      /* The dictionary's words, the same from one year's file to the next. */
      if (def->description != NULL)
        {
          g_free (fi->def->source);
          fi->def->source = g_strdup (def->description);
          fi->given |= VS_GIVEN_SOURCE;
        }
    }
  return indicator;
}
