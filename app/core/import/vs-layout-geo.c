/* vs-layout-geo.c: files of many authorities: which rows are ours, and England's and our
 * region's figures as benchmarks
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "vs-layout-private.h"

/* Which rows of a file of many authorities are ours: the one named with --locality (by
 * name or code), England's and our region's as benchmarks. */
VsGeo
vs_layout_geography (VsLayoutParser *parser,
                     guint           row,
                     const VsCell   *cells,
                     guint           n_cells)
{
  VsImportJob *job = parser->job;
  const char *wanted = job->options->locality ? job->options->locality : job->home_code;
  int level_col = parser->role_col[VS_ROLE_GEO_LEVEL];
  int la_col = parser->role_col[VS_ROLE_LA_NAME];
  g_autofree char *level = NULL;
  g_autofree char *la = NULL;
  gboolean match = FALSE;

  if (level_col < 0 && la_col < 0)
    return VS_GEO_NONE;

  la = vs_layout_cell_text (vs_layout_cell (cells, n_cells, la_col));
  if (level_col >= 0)
    {
      level = vs_layout_cell_text (vs_layout_cell (cells, n_cells, level_col));
      if (level == NULL)
        return VS_GEO_SKIP;
      if (g_ascii_strcasecmp (level, "National") == 0)
        return VS_GEO_NATIONAL;
      if (g_ascii_strcasecmp (level, "Regional") == 0)
        return VS_GEO_REGIONAL;
      if (g_ascii_strcasecmp (level, "Local authority") != 0)
        return VS_GEO_SKIP;
    }
  else if (la == NULL || vs_authority_names_equal (la, "England") ||
           vs_authority_names_equal (la, "England total"))
    return la == NULL ? VS_GEO_SKIP : VS_GEO_NATIONAL;

  if (la == NULL)
    return VS_GEO_SKIP;

  job->default_is_authority = TRUE;
  if (wanted != NULL)
    {
      match = vs_authority_names_equal (la, wanted);
      for (guint c = 0; !match && c < parser->columns->len && c < n_cells; c++)
        if (g_array_index (parser->columns, VsColumn, c).role == VS_ROLE_LA_CODE)
          {
            g_autofree char *code = vs_layout_cell_as_text (&cells[c]);
            match = vs_authority_names_equal (code, wanted);
          }
    }
  else if (parser->authority == NULL || vs_authority_names_equal (la, parser->authority))
    match = TRUE;

  if (!match)
    {
      g_autofree char *folded = g_utf8_casefold (la, -1);
      if (!g_hash_table_contains (parser->other_authorities, folded))
        g_hash_table_insert (parser->other_authorities, g_steal_pointer (&folded), g_strdup (la));
      return VS_GEO_SKIP;
    }
  if (parser->authority == NULL)
    {
      parser->authority = g_strdup (la);
      parser->authority_region = vs_layout_cell_text (vs_layout_cell (cells, n_cells,
                                                                      parser->role_col[VS_ROLE_REGION_NAME]));
      g_free (job->authority);
      job->authority = g_strdup (la);
    }
  return VS_GEO_AUTHORITY;
}

void
vs_layout_add_geographic_benchmark (VsLayoutParser *parser,
                                    VsGeo           geo,
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
  if (geo == VS_GEO_NATIONAL)
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
  g_autofree char *places = NULL;
  const char *wanted = job->options->locality ? job->options->locality : job->home_code;
  GHashTableIter iter;
  gpointer value;

  if (g_hash_table_size (parser->other_authorities) == 0 ||
      (wanted != NULL && parser->authority != NULL))
    return;

  g_hash_table_iter_init (&iter, parser->other_authorities);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (names, value);
  if (parser->authority)
    g_ptr_array_add (names, parser->authority);
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len && i < 5; i++)
    g_string_append_printf (some, "%s%s", i ? ", " : "", (char *) g_ptr_array_index (names, i));

  /* Only a file with a geographic level says its rows are authorities; others may hold
   * wards, districts or teams: they are called what their column calls them. */
  if (parser->role_col[VS_ROLE_GEO_LEVEL] >= 0 || la_col < 0)
    places = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u authority", "%u authorities",
                                           names->len), names->len);
  else
    places = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u place in its “%s” column",
                                           "%u places in its “%s” column", names->len),
                              names->len,
                              g_array_index (parser->columns, VsColumn, la_col).header);

  /* A file of every authority is published statistics: the officer's own authority is
   * the home one, remembered, with every other's figures kept for its benchmarks. */
  if (wanted == NULL && parser->role_col[VS_ROLE_GEO_LEVEL] >= 0)
    vs_import_job_error (job, parser->header_row, la_col >= 0 ? (guint) la_col : G_MAXUINT,
                         _("this file holds the figures of %s (%s, …); choose your authority "
                           "with --home NAME or CODE (remembered, and the others' figures kept "
                           "for benchmarks), or --locality NAME for this import only"),
                         places, some->str);
  else if (wanted == NULL)
    vs_import_job_error (job, parser->header_row, la_col >= 0 ? (guint) la_col : G_MAXUINT,
                         _("this file holds the figures of %s (%s, …); choose whose to import "
                           "with --locality NAME"), places, some->str);
  else
    vs_import_job_error (job, parser->header_row, la_col >= 0 ? (guint) la_col : G_MAXUINT,
                         _("no row is for “%s”; expected one of the %s, such as %s"),
                         wanted, places, some->str);
}

/* After the last row: the authority was one and only one, and only its own region's
 * figures are a benchmark. */
void
vs_layout_geography_finish (VsLayoutParser *parser)
{
  VsImportJob *job = parser->job;

  check_authorities (parser);

  /* Only our own region's figures are a benchmark. */
  for (guint i = 0; i < parser->regional->len; i++)
    {
      VsFileBenchmark *b = &g_array_index (parser->regional, VsFileBenchmark, i);
      const char *region = g_ptr_array_index (parser->regional_names, i);

      if (parser->authority_region != NULL &&
          vs_authority_names_equal (region, parser->authority_region))
        {
          g_array_append_val (job->benchmarks, *b);
          b->label = NULL;    /* moved */
        }
    }
}
