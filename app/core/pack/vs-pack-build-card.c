/* vs-pack-build-card.c: an indicator's report card, laid out as the committee papers' cards
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "vs-pack-build-private.h"

/* The left column holds the figures and the chart, the right one the words; a card's
 * continuation uses the whole width. */
#define LEFT_W      430.0
#define RIGHT_X     (VS_PACK_MARGIN + LEFT_W + 16.0)
#define RIGHT_W     (VS_PACK_PAGE_WIDTH - VS_PACK_MARGIN - RIGHT_X)
#define LABEL_W     132.0
#define CHART_MIN_H 170.0

static const char *
or_dash (const char *text)
{
  return text != NULL && text[0] != '\0' ? text : "–";
}

static void
key_row (VsPackTable    *table,
         const char     *label,
         VsPackCellKind  kind,
         const char     *text)
{
  VsPackRow *row = vs_pack_table_add_row (table);

  vs_pack_cell_set (&row->cells[0], VS_PACK_CELL_TEXT, label);
  row->cells[0].strong = TRUE;
  vs_pack_cell_set (&row->cells[1], kind, text);
}

static char *
latest_text (VsPackBuilder    *b,
             const VsPackItem *item)
{
  const VsAssessment *a = item->assessment;
  int k = vs_series_index (item->series, a->period);
  g_autofree char *value = NULL;
  VsSmallNumbers small;

  if (k < 0)
    return g_strdup (_("No figure"));
  small = vs_small_numbers_judge (item->indicator, item->series, (guint) k, b->suppress_below);
  if (small == VS_SMALL_NUMBERS_SUPPRESSED || item->series->states[k] == VS_OBS_SUPPRESSED)
    return g_strdup ("c");
  if (item->series->states[k] != VS_OBS_ACTUAL)
    return g_strdup (_("Not yet available"));
  value = vs_unit_format_value (item->indicator->unit, a->value);
  if (small == VS_SMALL_NUMBERS_CAUTION)
    return g_strdup_printf ("%s%s (%s)", value, VS_SMALL_NUMBERS_MARK,
                            _("small numbers: interpret with caution"));
  if (!isnan (a->numerator) && !isnan (a->denominator))
    {
      g_autofree char *n = vs_unit_format_value (VS_UNIT_COUNT, a->numerator);
      g_autofree char *d = vs_unit_format_value (VS_UNIT_COUNT, a->denominator);

      return g_strdup_printf ("%s  (%s / %s)", value, n, d);
    }
  return g_steal_pointer (&value);
}

static void
add_benchmarks (VsPackTable      *table,
                const VsPackItem *item)
{
  gboolean seen[VS_N_COMPARATORS] = { FALSE };

  /* The latest figure of each comparator: the list is latest first. */
  for (guint i = 0; item->benchmarks != NULL && i < item->benchmarks->len; i++)
    {
      const VsBenchmark *bm = g_ptr_array_index (item->benchmarks, i);
      g_autofree char *value = NULL;
      g_autofree char *when = NULL;
      g_autofree char *text = NULL;
      g_autofree char *label = NULL;

      if ((guint) bm->comparator >= VS_N_COMPARATORS || seen[bm->comparator])
        continue;
      seen[bm->comparator] = TRUE;
      value = vs_unit_format_value (item->indicator->unit, bm->value);
      when = vs_judge_column_label (item->indicator, bm->period);
      text = g_strdup_printf ("%s  (%s)", value, when);
      label = bm->label != NULL && bm->label[0] != '\0'
              ? g_strdup_printf ("%s: %s", vs_comparator_label (bm->comparator), bm->label)
              : g_strdup (vs_comparator_label (bm->comparator));
      key_row (table, label, VS_PACK_CELL_TEXT, text);
    }
}

static VsPackTable *
key_figures (VsPackBuilder    *b,
             const VsPackItem *item)
{
  VsPackTable *table = vs_pack_table_new (2);
  const VsAssessment *a = item->assessment;
  g_autofree char *latest = latest_text (b, item);
  g_autofree char *when = NULL;
  g_autofree char *label = NULL;
  g_autofree char *target = NULL;
  VsPackRow *row;

  vs_pack_table_set_column (table, 0, NULL, LABEL_W, VS_PACK_ALIGN_START);
  vs_pack_table_set_column (table, 1, NULL, LEFT_W - LABEL_W, VS_PACK_ALIGN_START);

  /* The period named as the window's card and the dashboard name it: "2024-25". */
  when = vs_judge_period_label (item->indicator, a->period);
  label = g_strdup_printf (_("Value, %s"), when);
  key_row (table, label, VS_PACK_CELL_RAG, latest);
  row = g_ptr_array_index (table->rows, table->rows->len - 1);
  row->cells[1].rag = a->rating.rag;

  target = vs_assessment_dup_target_label (a);
  key_row (table, _("Target"), VS_PACK_CELL_TEXT, target != NULL && target[0] ? target : _("None"));

  key_row (table, _("Rating"), VS_PACK_CELL_RAG,
           a->rating.explanation);
  row = g_ptr_array_index (table->rows, table->rows->len - 1);
  row->cells[1].rag = a->rating.rag;

  if (a->travel != VS_TRAVEL_NONE && !isnan (a->previous))
    {
      g_autofree char *before = vs_unit_format_value (item->indicator->unit, a->previous);
      g_autofree char *period = vs_judge_column_label (item->indicator, a->previous_period);
      /* Translators: after "↓ Worse, ": the figure before and its month */
      g_autofree char *text = g_strdup_printf (_("from %s in %s"), before, period);

      key_row (table, _("Direction of travel"), VS_PACK_CELL_TRAVEL, text);
      row = g_ptr_array_index (table->rows, table->rows->len - 1);
      row->cells[1].travel = a->travel;
      row->cells[1].movement = vs_assessment_get_movement (a);
    }
  if (item->reasons != NULL)
    key_row (table, _("Exception"), VS_PACK_CELL_TEXT, item->reasons);
  if (item->assessment->spc != NULL)
    {
      g_autofree char *spc = NULL;

      if (item->assessment->spc->assurance != VS_SPC_ASSURANCE_NONE)
        spc = g_strdup_printf ("%s; %s", vs_spc_variation_label (item->assessment->spc->variation),
                               vs_spc_assurance_label (item->assessment->spc->assurance));
      else
        spc = g_strdup (vs_spc_variation_label (item->assessment->spc->variation));
      key_row (table, _("Statistical process control"), VS_PACK_CELL_TEXT, spc);
    }
  add_benchmarks (table, item);
  /* The card's responsible officers with its figures: as a section of their own, two short
   * lines at the foot of the words, they went on to a slide of their own when the words
   * filled theirs. */
  key_row (table, _("Lead officer"), VS_PACK_CELL_TEXT, or_dash (item->indicator->lead_officer));
  key_row (table, _("Data officer"), VS_PACK_CELL_TEXT, or_dash (item->indicator->data_owner));
  return table;
}

/* The trend the window's card and `chart` draw (gathered by vs_judge_trend_spec): the same
 * points, named the same, counts under the pack's threshold hidden as its tables hide them. */
static void
add_chart (VsPackBuilder    *b,
           VsPackFlow       *flow,
           const VsPackItem *item)
{
  double height = MAX (CHART_MIN_H, vs_pack_builder_bottom (b) - flow->y - VS_PACK_GAP);
  VsPackBlock *block = vs_pack_flow_block (flow, VS_PACK_BLOCK_CHART, height);
  VsChartSpec *spec = vs_chart_spec_copy (item->trend);

  /* The slide's heading names the indicator, its area and locality, so the chart's own
   * would only take the plot's room. The source is in the appendix: gnuplot sets a
   * footnote smaller than a slide's smallest text. */
  g_clear_pointer (&spec->title, g_free);
  g_clear_pointer (&spec->subtitle, g_free);
  g_clear_pointer (&spec->footnote, g_free);
  spec->format = VS_CHART_FORMAT_SVG;
  /* One SVG pixel per point: gnuplot's text stays at its 13 px, 13 pt on the slide. */
  spec->width = (guint) floor (block->width);
  spec->height = (guint) floor (block->height);
  block->chart = spec;
  if (item->indicator->periodicity == VS_PERIODICITY_MONTHLY && spec->n > 0)
    /* Translators: a chart's alternative text: indicator, months */
    block->aside = g_strdup_printf (_("Trend of %s over the 13 months to %s"),
                                    or_dash (item->indicator->title), spec->labels[spec->n - 1]);
  else if (spec->n > 1)
    /* Translators: a chart's alternative text: indicator, first and last period */
    block->aside = g_strdup_printf (_("Trend of %s from %s to %s"),
                                    or_dash (item->indicator->title), spec->labels[0],
                                    spec->labels[spec->n - 1]);
  else
    /* Translators: a chart's alternative text: indicator */
    block->aside = g_strdup_printf (_("Trend of %s"), or_dash (item->indicator->title));
}

static const char *
status_label (VsActionStatus status)
{
  switch (status)
    {
    case VS_ACTION_IN_PROGRESS: return _("In progress");
    case VS_ACTION_DONE:        return _("Done");
    case VS_ACTION_DROPPED:     return _("Dropped");
    case VS_ACTION_OPEN:
      return _("Open");
    case VS_N_ACTION_STATUSES:
      break;
    }
  g_return_val_if_reached (NULL);
}

static VsPackTable *
actions_table (const VsPackItem *item)
{
  VsPackTable *table = vs_pack_table_new (4);

  vs_pack_table_set_column (table, 0, _("Action required"), RIGHT_W - 250, VS_PACK_ALIGN_START);
  vs_pack_table_set_column (table, 1, _("Owner"), 110, VS_PACK_ALIGN_START);
  vs_pack_table_set_column (table, 2, _("Due"), 60, VS_PACK_ALIGN_START);
  vs_pack_table_set_column (table, 3, _("Status"), 80, VS_PACK_ALIGN_START);
  for (guint i = 0; i < item->actions->len; i++)
    {
      const VsAction *action = g_ptr_array_index (item->actions, i);
      VsPackRow *row = vs_pack_table_add_row (table);
      g_autofree char *due = vs_period_is_valid (action->due) ? vs_period_to_label (action->due)
                                                              : g_strdup ("");

      vs_pack_cell_set (&row->cells[0], VS_PACK_CELL_TEXT, action->text);
      vs_pack_cell_set (&row->cells[1], VS_PACK_CELL_TEXT, action->owner);
      vs_pack_cell_set (&row->cells[2], VS_PACK_CELL_TEXT, due);
      vs_pack_cell_set (&row->cells[3], VS_PACK_CELL_TEXT, status_label (action->status));
    }
  return table;
}

static void
build_card (VsPackBuilder    *b,
            VsPackArea       *area,
            const VsPackItem *item)
{
  const VsIndicator *indicator = item->indicator;
  g_autofree char *month = vs_period_to_label (b->data->period);
  g_autofree char *subtitle = g_strdup_printf ("%s  ·  %s  ·  %s  ·  %s", indicator->ref,
                                               area->area->name, month, b->doc->locality);
  gint64 *key = g_new (gint64, 1);
  gboolean chart_later = FALSE;
  VsPackSlide *card;
  VsPackFlow left, right;
  double top;

  card = vs_pack_builder_add_slide (b, VS_PACK_SLIDE_CARD, or_dash (indicator->title), subtitle,
                                    FALSE, &top);
  card->outline = g_strdup_printf ("%s %s", indicator->ref, or_dash (indicator->title));
  card->notes = g_strdup (item->commentary);
  *key = indicator->id;
  g_hash_table_insert (b->card_slides, key, GINT_TO_POINTER (b->doc->slides->len));

  /* The figures and the chart on the left; the chart after the words when the figures
   * leave it too little room. */
  vs_pack_flow_init (&left, b, card, VS_PACK_MARGIN, top, LEFT_W, subtitle);
  vs_pack_flow_table (&left, VS_PACK_BLOCK_KEY_FIGURES, key_figures (b, item));
  if (left.slide != card || vs_pack_builder_bottom (b) - left.y - VS_PACK_GAP >= CHART_MIN_H)
    add_chart (b, &left, item);
  else
    chart_later = TRUE;
  vs_pack_flow_clear (&left);

  vs_pack_flow_init (&right, b, card, RIGHT_X, top, RIGHT_W, subtitle);
  right.next_x = VS_PACK_MARGIN;
  right.next_width = VS_PACK_PAGE_WIDTH - 2 * VS_PACK_MARGIN;
  vs_pack_flow_text (&right, _("Why is this important?"), indicator->why_important);
  vs_pack_flow_text (&right, _("What is the background to current performance?"),
                     item->commentary != NULL ? item->commentary : indicator->background);
  vs_pack_flow_text (&right, _("What will success look like?"), indicator->success);
  if (item->actions->len > 0)
    vs_pack_flow_table (&right, VS_PACK_BLOCK_ACTIONS, actions_table (item));
  else
    vs_pack_flow_text (&right, _("Action required"), _("No actions recorded."));
  if (chart_later)
    add_chart (b, &right, item);
  vs_pack_flow_clear (&right);
}

void
vs_pack_build_cards (VsPackBuilder *b)
{
  for (guint i = 0; i < b->data->areas->len; i++)
    {
      VsPackArea *area = g_ptr_array_index (b->data->areas, i);

      for (guint j = 0; j < area->items->len; j++)
        {
          VsPackItem *item = g_ptr_array_index (area->items, j);

          if (vs_pack_builder_wants_card (b, item))
            build_card (b, area, item);
        }
    }
}
