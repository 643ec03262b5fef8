/* vs-pack-build-dashboard.c: one service area's 13-month RAG table, as the committee papers' dashboard
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
 * "expected" and the flag with its word (VS_PACK_SYMBOL_SLACK), so no word is broken. */
#define REF_W      38.0
#define GOOD_W     36.0
#define MONTH_W    41.0
#define TARGET_W   52.0
#define TRAVEL_W   40.0
#define RATING_W   54.0
#define FLAG_W     46.0

enum { COL_REF, COL_TITLE, COL_GOOD, COL_MONTH0 };
#define COL_TARGET (COL_MONTH0 + VS_PACK_MONTHS)
#define COL_TRAVEL (COL_TARGET + 1)
#define COL_RATING (COL_TARGET + 2)
#define COL_FLAG   (COL_TARGET + 3)
#define N_COLUMNS  (COL_TARGET + 4)

static VsPackTable *
dashboard_table (VsPackBuilder *b)
{
  VsPackTable *table = vs_pack_table_new (N_COLUMNS);
  double title_w = VS_PACK_PAGE_WIDTH - 2 * VS_PACK_MARGIN
                   - (REF_W + GOOD_W + VS_PACK_MONTHS * MONTH_W + TARGET_W + TRAVEL_W
                      + RATING_W + FLAG_W);

  vs_pack_table_set_column (table, COL_REF, _("Ref"), REF_W, VS_PACK_ALIGN_START);
  vs_pack_table_set_column (table, COL_TITLE, _("Vital sign"), title_w, VS_PACK_ALIGN_START);
  /* Translators: column heading, "Good performance is" High or Low, kept short */
  vs_pack_table_set_column (table, COL_GOOD, _("Good is"), GOOD_W, VS_PACK_ALIGN_START);
  for (guint i = 0; i < VS_PACK_MONTHS; i++)
    {
      VsPeriod month = b->data->period - (VsPeriod) (VS_PACK_MONTHS - 1 - i);
      g_autofree char *short_label = vs_period_to_label (month);
      /* "Nov 16" as "Nov" over "16": every month header breaks the same way. */
      g_autofree char *label = g_strdelimit (g_strdup (short_label), " ", '\n');

      vs_pack_table_set_column (table, COL_MONTH0 + i, label, MONTH_W, VS_PACK_ALIGN_END);
    }
  vs_pack_table_set_column (table, COL_TARGET, _("Target"), TARGET_W, VS_PACK_ALIGN_END);
  vs_pack_table_set_column (table, COL_TRAVEL, _("Travel"), TRAVEL_W, VS_PACK_ALIGN_START);
  vs_pack_table_set_column (table, COL_RATING, _("Rating"), RATING_W, VS_PACK_ALIGN_START);
  /* Translators: column heading: is the vital sign an exception? */
  vs_pack_table_set_column (table, COL_FLAG, _("Flag"), FLAG_W, VS_PACK_ALIGN_CENTER);
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
              VsPackItem    *item)
{
  VsPackRow *row = vs_pack_table_add_row (table);
  const VsAssessment *a = item->assessment;
  g_autofree char *target = vs_assessment_dup_target_label (item->assessment);

  row->indicator = item->indicator;
  g_ptr_array_add (b->doc->indicators, vs_indicator_ref (item->indicator));
  vs_pack_cell_set (&row->cells[COL_REF], VS_PACK_CELL_TEXT, item->indicator->ref);
  vs_pack_cell_set (&row->cells[COL_TITLE], VS_PACK_CELL_TEXT, item->indicator->title);
  vs_pack_cell_set (&row->cells[COL_GOOD], VS_PACK_CELL_TEXT, good_is (item->indicator));
  for (guint i = 0; i < VS_PACK_MONTHS; i++)
    {
      VsPackCell *cell = &row->cells[COL_MONTH0 + i];
      guint k = VS_PACK_HISTORY_MONTHS + i;
      g_autofree char *text = vs_pack_item_month_text (item, i, b->suppress_below);

      vs_pack_cell_set (cell, VS_PACK_CELL_RAG, text);
      cell->rag = vs_pack_item_month_rag (item, i);
      cell->period = item->series->first + (VsPeriod) k;
      if (item->series->states[k] == VS_OBS_ACTUAL &&
          vs_small_numbers_judge (item->indicator, item->series, k, b->suppress_below)
          != VS_SMALL_NUMBERS_SUPPRESSED)
        {
          cell->value = item->series->values[k];
          cell->numerator = item->series->numerators[k];
          cell->denominator = item->series->denominators[k];
        }
    }
  vs_pack_cell_set (&row->cells[COL_TARGET], VS_PACK_CELL_TEXT, target);
  vs_pack_cell_set (&row->cells[COL_TRAVEL], VS_PACK_CELL_TRAVEL, "");
  row->cells[COL_TRAVEL].travel = a->travel;
  row->cells[COL_TRAVEL].movement = vs_assessment_get_movement (a);
  vs_pack_cell_set (&row->cells[COL_RATING], VS_PACK_CELL_RAG,
                    vs_rag_label (a->rating.rag));
  row->cells[COL_RATING].rag = a->rating.rag;
  if (a->exception)
    {
      VsPackLink link = { &row->cells[COL_FLAG], item->indicator->id };

      /* Translators: the dashboard's exception flag; the space is a no-break space, so
       * that the flag and its word stay on one line */
      vs_pack_cell_set (&row->cells[COL_FLAG], VS_PACK_CELL_TEXT, _("⚑ Yes"));
      row->cells[COL_FLAG].strong = TRUE;
      g_array_append_val (b->links, link);
    }
}

void
vs_pack_build_dashboards (VsPackBuilder *b)
{
  g_autofree char *month = vs_period_to_long_label (b->data->period);

  for (guint i = 0; i < b->data->areas->len; i++)
    {
      VsPackArea *area = g_ptr_array_index (b->data->areas, i);
      VsPackTable *table = dashboard_table (b);
      g_autofree char *subtitle = NULL;
      VsPackSlide *slide;
      VsPackFlow flow;
      double top;

      for (guint j = 0; j < area->items->len; j++)
        if (vs_pack_builder_shows (b, g_ptr_array_index (area->items, j)))
          add_item_row (b, table, g_ptr_array_index (area->items, j));
      if (table->rows->len == 0)
        {
          /* With --exceptions-only an area with none has no slide. */
          vs_pack_table_free (table);
          continue;
        }
      /* Translators: a dashboard slide's subtitle: month, locality */
      subtitle = g_strdup_printf (_("Dashboard  ·  13 months to %s  ·  %s"), month,
                                  b->doc->locality);
      slide = vs_pack_builder_add_slide (b, VS_PACK_SLIDE_DASHBOARD, area->area->name, subtitle,
                                         FALSE, &top);
      slide->outline = g_strdup (area->area->name);
      vs_pack_flow_init (&flow, b, slide, VS_PACK_MARGIN, top, vs_pack_table_width (table),
                         subtitle);
      vs_pack_flow_table (&flow, VS_PACK_BLOCK_RAG_TABLE, table);
      vs_pack_flow_clear (&flow);
    }
}
