/* vs-pack-build-dashboard.c: one service area's RAG tables, as the committee papers' dashboard:
 * thirteen months, and the years of its annual indicators
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "vs-pack-build-private.h"

/* Widths in points, fitted at VS_PACK_TABLE_PT: a month holds "◆" over "88.4%", so the
 * thirteen months fit the page with the title column still readable (a wider figure wraps
 * in its cell, never out of it). The others hold their longest word whole, "Between",
 * "expected" and the flag with its word (VS_PACK_SYMBOL_SLACK), so no word is broken. A
 * year's column is at least a month's and holds its heading ("2024-25") whole; the ref's
 * widens to its longest ref, up to a cap. */
#define REF_W      38.0
#define REF_MONTHS_MAX_W 64.0
#define REF_MAX_W  180.0
#define GOOD_W     36.0
#define MONTH_W    41.0
#define TARGET_W   52.0
#define TRAVEL_W   40.0
#define RATING_W   54.0
#define FLAG_W     46.0

/* A dashboard table's columns: ref, title, good is, then its periods (thirteen months, or
 * the years of its annual rows), then target, travel, rating and flag. */
enum { COL_REF, COL_TITLE, COL_GOOD, COL_PERIOD0 };
#define COL_TARGET(n) (COL_PERIOD0 + (n))
#define N_COLUMNS(n)  (COL_TARGET (n) + 4)

/* The periods one dashboard table shows, the same for each of its rows: the thirteen
 * months to the pack's period, or an annual indicator's years (vs_judge_columns), named
 * by vs_judge_column_label. */
typedef struct {
  VsPeriodicity periodicity;
  VsPeriod      periods[VS_TABLE_MONTHS];
  char         *labels[VS_TABLE_MONTHS];
  guint         n;
  GPtrArray    *items;         /* of VsPackItem*, not owned */
} Columns;

static void
columns_free (Columns *columns)
{
  for (guint i = 0; i < columns->n; i++)
    g_free (columns->labels[i]);
  g_ptr_array_unref (columns->items);
  g_free (columns);
}

static gboolean
columns_equal (const Columns *a,
               const Columns *b)
{
  if (a->periodicity != b->periodicity || a->n != b->n)
    return FALSE;
  for (guint i = 0; i < a->n; i++)
    if (a->periods[i] != b->periods[i])
      return FALSE;
  return TRUE;
}

static Columns *
columns_of (VsPackBuilder    *b,
            const VsPackItem *item)
{
  Columns *columns = g_new0 (Columns, 1);

  /* Quarterly and termly figures keep their places on the thirteen months (a quarter
   * ends in a month shown), as the committee papers' dashboard has them; a year has one
   * figure in thirteen months, so an annual indicator shows its years. */
  columns->periodicity = item->indicator->periodicity == VS_PERIODICITY_ANNUAL
                         ? VS_PERIODICITY_ANNUAL : VS_PERIODICITY_MONTHLY;
  columns->items = g_ptr_array_new ();
  if (columns->periodicity == VS_PERIODICITY_MONTHLY)
    {
      columns->n = VS_PACK_MONTHS;
      for (guint i = 0; i < VS_PACK_MONTHS; i++)
        {
          g_autofree char *short_label = NULL;

          columns->periods[i] = b->data->period - (VsPeriod) (VS_PACK_MONTHS - 1 - i);
          short_label = vs_period_to_label (columns->periods[i]);
          /* "Nov 16" as "Nov" over "16": every month header breaks the same way. */
          columns->labels[i] = g_strdelimit (g_steal_pointer (&short_label), " ", '\n');
        }
      return columns;
    }
  columns->n = vs_judge_columns (item->assessment, columns->periods);
  for (guint i = 0; i < columns->n; i++)
    columns->labels[i] = vs_judge_column_label (item->indicator, columns->periods[i]);
  return columns;
}

/* The area's shown items by the periods their rows show: the months first, as the
 * committee papers' dashboard, then each set of years in the area's order,
 * so that no annual figure sits in a grid of twelve hatched months. */
static GPtrArray *
group_by_columns (VsPackBuilder *b,
                  VsPackArea    *area)
{
  GPtrArray *groups = g_ptr_array_new_with_free_func ((GDestroyNotify) columns_free);

  for (guint j = 0; j < area->items->len; j++)
    {
      VsPackItem *item = g_ptr_array_index (area->items, j);
      Columns *columns, *group = NULL;

      if (!vs_pack_builder_shows (b, item))
        continue;
      columns = columns_of (b, item);
      for (guint k = 0; k < groups->len && group == NULL; k++)
        if (columns_equal (g_ptr_array_index (groups, k), columns))
          group = g_ptr_array_index (groups, k);
      if (group != NULL)
        columns_free (columns);
      else
        {
          group = columns;
          if (group->periodicity == VS_PERIODICITY_MONTHLY)
            g_ptr_array_insert (groups, 0, group);
          else
            g_ptr_array_add (groups, group);
        }
      g_ptr_array_add (group->items, item);
    }
  return groups;
}

static VsPackTable *
dashboard_table (VsPackBuilder *b,
                 const Columns *columns)
{
  guint n = columns->n;
  VsPackTable *table = vs_pack_table_new (N_COLUMNS (n));
  double period_w = MONTH_W;
  double title_w;

  /* A table of years has room the thirteen months take: its headings whole. */
  if (columns->periodicity != VS_PERIODICITY_MONTHLY)
    for (guint i = 0; i < n; i++)
      period_w = MAX (period_w, vs_pack_builder_text_width (b, columns->labels[i], TRUE));
  title_w = VS_PACK_PAGE_WIDTH - 2 * VS_PACK_MARGIN
            - (REF_W + GOOD_W + n * period_w + TARGET_W + TRAVEL_W + RATING_W + FLAG_W);

  vs_pack_table_set_column (table, COL_REF, _("Ref"), REF_W, VS_PACK_ALIGN_START);
  vs_pack_table_set_column (table, COL_TITLE, _("Vital sign"), title_w, VS_PACK_ALIGN_START);
  /* Translators: column heading, "Good performance is" High or Low, kept short */
  vs_pack_table_set_column (table, COL_GOOD, _("Good is"), GOOD_W, VS_PACK_ALIGN_START);
  for (guint i = 0; i < n; i++)
    vs_pack_table_set_column (table, COL_PERIOD0 + i, columns->labels[i], period_w,
                              VS_PACK_ALIGN_END);
  vs_pack_table_set_column (table, COL_TARGET (n), _("Target"), TARGET_W, VS_PACK_ALIGN_END);
  vs_pack_table_set_column (table, COL_TARGET (n) + 1, _("Travel"), TRAVEL_W, VS_PACK_ALIGN_START);
  vs_pack_table_set_column (table, COL_TARGET (n) + 2, _("Rating"), RATING_W, VS_PACK_ALIGN_START);
  /* Translators: column heading: is the vital sign an exception? */
  vs_pack_table_set_column (table, COL_TARGET (n) + 3, _("Flag"), FLAG_W, VS_PACK_ALIGN_CENTER);
  return table;
}

/* High / Low as the committee papers' "Good perf. is" column; Info has no good direction. */
static const char *
good_is (const VsIndicator *indicator)
{
  switch (indicator->polarity)
    {
    case VS_POLARITY_HIGHER_IS_BETTER: return C_("good is", "High");
    case VS_POLARITY_LOWER_IS_BETTER:  return C_("good is", "Low");
    case VS_POLARITY_INFO:
      return C_("good is", "Info");
    case VS_N_POLARITIES:
      break;
    }
  g_return_val_if_reached (NULL);
}

static void
add_item_row (VsPackBuilder *b,
              VsPackTable   *table,
              const Columns *columns,
              VsPackItem    *item)
{
  VsPackRow *row = vs_pack_table_add_row (table);
  const VsAssessment *a = item->assessment;
  g_autofree char *target = vs_assessment_dup_target_label (item->assessment);
  guint n = columns->n;

  row->indicator = item->indicator;
  g_ptr_array_add (b->doc->indicators, vs_indicator_ref (item->indicator));
  vs_pack_cell_set (&row->cells[COL_REF], VS_PACK_CELL_TEXT, item->indicator->ref);
  vs_pack_cell_set (&row->cells[COL_TITLE], VS_PACK_CELL_TEXT, item->indicator->title);
  vs_pack_cell_set (&row->cells[COL_GOOD], VS_PACK_CELL_TEXT, good_is (item->indicator));
  for (guint i = 0; i < n; i++)
    {
      VsPackCell *cell = &row->cells[COL_PERIOD0 + i];
      guint k = (guint) (columns->periods[i] - item->series->first);
      g_autofree char *text = vs_pack_item_text_at (item, k, b->suppress_below);

      vs_pack_cell_set (cell, VS_PACK_CELL_RAG, text);
      cell->rag = vs_pack_item_rag_at (item, k);
      cell->period = columns->periods[i];
      if (item->series->states[k] == VS_OBS_ACTUAL &&
          vs_small_numbers_judge (item->indicator, item->series, k, b->suppress_below)
          != VS_SMALL_NUMBERS_SUPPRESSED)
        {
          cell->value = item->series->values[k];
          cell->numerator = item->series->numerators[k];
          cell->denominator = item->series->denominators[k];
        }
    }
  vs_pack_cell_set (&row->cells[COL_TARGET (n)], VS_PACK_CELL_TEXT, target);
  vs_pack_cell_set (&row->cells[COL_TARGET (n) + 1], VS_PACK_CELL_TRAVEL, "");
  row->cells[COL_TARGET (n) + 1].travel = a->travel;
  row->cells[COL_TARGET (n) + 1].movement = vs_assessment_get_movement (a);
  vs_pack_cell_set (&row->cells[COL_TARGET (n) + 2], VS_PACK_CELL_RAG,
                    vs_rag_label (a->rating.rag));
  row->cells[COL_TARGET (n) + 2].rag = a->rating.rag;
  if (a->exception)
    {
      VsPackCell *flag = &row->cells[COL_TARGET (n) + 3];
      VsPackLink link = { flag, item->indicator->id };

      /* Translators: the dashboard's exception flag; the space is a no-break space, so
       * that the flag and its word stay on one line */
      vs_pack_cell_set (flag, VS_PACK_CELL_TEXT, _("⚑ Yes"));
      flag->strong = TRUE;
      g_array_append_val (b->links, link);
    }
}

/* The slide's subtitle says what its tables span: "13 months to November 2017", the
 * years "2020-21 to 2024-25", or both when an area has monthly and annual indicators. */
static char *
dashboard_subtitle (VsPackBuilder *b,
                    GPtrArray     *groups)
{
  g_autofree char *month = vs_period_to_long_label (b->data->period);
  const Columns *first = g_ptr_array_index (groups, 0);
  const Columns *last = g_ptr_array_index (groups, groups->len - 1);

  if (first->periodicity == VS_PERIODICITY_MONTHLY && groups->len == 1)
    /* Translators: a dashboard slide's subtitle: month, locality */
    return g_strdup_printf (_("Dashboard  ·  13 months to %s  ·  %s"), month, b->doc->locality);
  if (first->periodicity == VS_PERIODICITY_MONTHLY)
    /* Translators: a dashboard slide's subtitle when an area has monthly and annual
     * indicators: month, locality */
    return g_strdup_printf (_("Dashboard  ·  13 months to %s, and the latest years  ·  %s"),
                            month, b->doc->locality);
  /* Translators: a dashboard slide's subtitle of annual indicators: first and last
   * year, "2020-21 to 2024-25", locality */
  return g_strdup_printf (_("Dashboard  ·  %s to %s  ·  %s"), first->labels[0],
                          last->labels[last->n - 1], b->doc->locality);
}

void
vs_pack_build_dashboards (VsPackBuilder *b)
{
  for (guint i = 0; i < b->data->areas->len; i++)
    {
      VsPackArea *area = g_ptr_array_index (b->data->areas, i);
      g_autoptr(GPtrArray) groups = group_by_columns (b, area);
      g_autofree char *subtitle = NULL;
      VsPackSlide *slide;
      VsPackFlow flow;
      double top;

      /* With --exceptions-only an area with none has no slide. */
      if (groups->len == 0)
        continue;
      subtitle = dashboard_subtitle (b, groups);
      slide = vs_pack_builder_add_slide (b, VS_PACK_SLIDE_DASHBOARD, area->area->name, subtitle,
                                         FALSE, &top);
      slide->outline = g_strdup (area->area->name);
      vs_pack_flow_init (&flow, b, slide, VS_PACK_MARGIN, top,
                         VS_PACK_PAGE_WIDTH - 2 * VS_PACK_MARGIN, subtitle);
      for (guint g = 0; g < groups->len; g++)
        {
          const Columns *columns = g_ptr_array_index (groups, g);
          VsPackTable *table = dashboard_table (b, columns);

          for (guint j = 0; j < columns->items->len; j++)
            add_item_row (b, table, columns, g_ptr_array_index (columns->items, j));
          /* The refs whole, the published indicators' long ones too
           * ("d3.subsequent_plan_percent"), as far as the title keeps its room: less
           * beside the thirteen months than beside a few years. */
          vs_pack_builder_fit_column (b, table, COL_REF, COL_TITLE,
                                      columns->periodicity == VS_PERIODICITY_MONTHLY
                                      ? REF_MONTHS_MAX_W : REF_MAX_W);
          vs_pack_flow_table (&flow, VS_PACK_BLOCK_RAG_TABLE, table);
        }
      vs_pack_flow_clear (&flow);
    }
}
