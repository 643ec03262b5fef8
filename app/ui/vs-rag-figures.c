/* vs-rag-figures.c: a RAG table's figure cells: a month's, a year's, and an annual
 * row's among months
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-rag-figures"

#include "config.h"

#include <math.h>

#include "vs-rag-figures-private.h"

/* A table of years shows a row's years (vs_judge_columns) in its last places, the latest
 * last: place @place's year, or -1 before the row's first. */
static int
period_column (VsIndicatorItem *row,
               guint            place)
{
  return (int) place - (VS_TABLE_MONTHS - (int) vs_indicator_item_get_n_columns (row));
}

/* A table of months may hold annual rows too (the overview, the exceptions, an area of
 * both): such a row shows its latest year's figure in the last place, the year's name
 * (vs_judge_column_label) in the place before, and no month, rather than eleven hatched
 * months and a figure under the month its year ends in. The travel column says how it
 * moved from the year before, and an area of annual rows alone shows all its years. */
gboolean
_vs_rag_figure_shows_latest_year (VsIndicatorItem *row)
{
  return vs_indicator_item_get_indicator (row)->periodicity == VS_PERIODICITY_ANNUAL
         && vs_indicator_item_get_n_columns (row) > 0;
}

#define YEAR_PLACE  (VS_TABLE_MONTHS - 1)
#define LABEL_PLACE (VS_TABLE_MONTHS - 2)

/* The year shown at month place @place of an annual row: its latest, or -1. */
static int
annual_column (VsIndicatorItem *row,
               guint            place)
{
  return place == YEAR_PLACE || place == LABEL_PLACE
         ? (int) vs_indicator_item_get_n_columns (row) - 1 : -1;
}

/* An annual row's month places in a table of months: "Annual" in the first, then one
 * faint line along the rest ("annual-span", style.css) to the year's name and figure, so
 * that the months read as the one year they belong to rather than as eleven empty cells.
 * Nothing here rates: the year, its figure and whether it is due are the judge's. */
static gboolean
bind_annual_in_months (VsRagCell       *box,
                       VsIndicatorItem *row,
                       guint            place)
{
  static const char *const span[] = { "rag-cell", "annual-span", NULL };
  static const char *const name[] = { "rag-cell", "dim-label", NULL };
  int column = annual_column (row, place);
  const char *annual = vs_periodicity_label (VS_PERIODICITY_ANNUAL);
  g_autofree char *year = NULL;
  g_autofree char *label = NULL;

  if (column >= 0 && place != LABEL_PLACE)
    return FALSE;
  if (column >= 0)
    {
      year = vs_indicator_item_dup_column_label (row, (guint) column);
      vs_rag_cell_set_text (box, year, 1.0f, 1);
      vs_rag_cell_set_classes (box, name);
      return TRUE;
    }
  vs_rag_cell_set_text (box, place == 0 ? annual : "", 0.0f, 1);
  vs_rag_cell_set_classes (box, place == 0 ? name : span);
  /* A screen reader hears why a place is empty, as the hatched months say it. */
  label = place == 0 ? g_strdup_printf ("%s: %s", annual, vs_rag_label (VS_RAG_NOT_EXPECTED))
                     : g_strdup (vs_rag_label (VS_RAG_NOT_EXPECTED));
  gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  return TRUE;
}

void
_vs_rag_figure_bind (VsRagCell       *box,
                     VsIndicatorItem *row,
                     guint            month,
                     gboolean         period)
{
  int column = period ? period_column (row, month) : (int) month;
  VsRag rag;
  g_autofree char *text = NULL;
  g_autofree char *note = NULL;
  g_autofree char *label = NULL;
  g_autofree char *year = NULL;

  if (!period && _vs_rag_figure_shows_latest_year (row))
    {
      if (bind_annual_in_months (box, row, month))
        return;
      /* The latest year's figure, rated and read as a year's. */
      period = TRUE;
      column = annual_column (row, month);
      year = vs_indicator_item_dup_column_label (row, (guint) column);
    }
  if (column < 0)
    {
      vs_rag_cell_set (box, VS_RAG_NOT_EXPECTED, "");
      return;
    }
  rag = period ? vs_indicator_item_get_column_rag (row, (guint) column)
               : vs_indicator_item_get_month_rag (row, month);
  text = period ? vs_indicator_item_format_column (row, (guint) column)
                : vs_indicator_item_format_month (row, month);
  note = period ? vs_indicator_item_dup_column_note (row, (guint) column)
                : vs_indicator_item_dup_month_note (row, month);

  vs_rag_cell_set (box, rag, text);

  /* Screen readers get the figure and its rating, as a sighted reader gets the tint, and
   * what a "c" or a small-numbers mark means (the core's words, vs_small_numbers_describe). */
  if (note != NULL)
    label = g_strdup_printf ("%s, %s, %s", text, note, vs_rag_label (rag));
  else
    label = *text != '\0' ? g_strdup_printf ("%s, %s", text, vs_rag_label (rag))
                          : g_strdup (vs_rag_label (rag));
  if (year != NULL)
    {
      /* Under a month's heading, the cell names its year itself. */
      char *named = g_strdup_printf ("%s: %s", year, label);

      g_free (label);
      label = named;
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

/* The figure a place sorts by: the month's, the year's, or an annual row's latest. */
double
_vs_rag_figure_value (VsIndicatorItem *row,
                      guint            place,
                      gboolean         periods)
{
  int column;

  if (periods)
    {
      column = period_column (row, place);
      return column >= 0 ? vs_indicator_item_get_column_value (row, (guint) column) : NAN;
    }
  if (!_vs_rag_figure_shows_latest_year (row))
    return vs_indicator_item_get_month_value (row, place);
  return place == YEAR_PLACE ? vs_indicator_item_get_column_value (row, (guint) annual_column (row, place))
                             : NAN;
}

char *
_vs_rag_figure_describe (VsIndicatorItem *row,
                         guint            place,
                         gboolean         periods)
{
  int column;

  if (!periods && !_vs_rag_figure_shows_latest_year (row))
    return vs_indicator_item_describe_month (row, place);
  column = periods ? period_column (row, place) : annual_column (row, place);
  return column >= 0 ? vs_indicator_item_describe_column (row, (guint) column) : NULL;
}
