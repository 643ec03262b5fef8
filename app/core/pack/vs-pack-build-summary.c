/* vs-pack-build-summary.c: the title slide, the summary and the appendix
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "vs-pack-build-private.h"

#define CONTENT_WIDTH (VS_PACK_PAGE_WIDTH - 2 * VS_PACK_MARGIN)
/* A ref's column widens to its longest ref up to this, taking the room from the title's. */
#define REF_MAX_W     160.0
#define TITLE_SLIDE_PT 36.0

void
vs_pack_build_title (VsPackBuilder       *b,
                     const VsPackOptions *options)
{
  VsPackSlide *slide = vs_pack_slide_new (VS_PACK_SLIDE_TITLE, b->doc->title);
  VsPackBlock *title = vs_pack_block_new (VS_PACK_BLOCK_TITLE, VS_PACK_MARGIN * 3, 120,
                                          CONTENT_WIDTH - VS_PACK_MARGIN * 4, 0);
  g_autofree char *held = vs_period_to_long_label (b->data->latest);
  g_autoptr(GString) sub = g_string_new (b->doc->subject);
  VsPackBlock *facts;

  if (options->authority != NULL && options->authority[0] != '\0')
    g_string_append_printf (sub, "\n%s", options->authority);
  title->font_size = TITLE_SLIDE_PT;
  title->heading = g_strdup (b->doc->title);
  title->text = g_string_free (g_steal_pointer (&sub), FALSE);
  title->height = vs_pack_block_content_height (b->text, title);
  if (title->height > 200)
    {
      /* A hostile authority or committee name: the heading keeps its place. */
      g_autofree char *cut = NULL;
      gsize fit = vs_pack_text_fit (b->text, title->text, VS_PACK_BODY_PT, FALSE, title->width,
                                    200 - vs_pack_text_height (b->text, title->heading,
                                                               TITLE_SLIDE_PT, TRUE, title->width));

      cut = g_strndup (title->text, fit);
      g_free (title->text);
      title->text = g_strconcat (g_strchomp (cut), "…", NULL);
      title->height = vs_pack_block_content_height (b->text, title);
    }
  g_ptr_array_add (slide->blocks, title);

  facts = vs_pack_block_new (VS_PACK_BLOCK_TEXT, title->x, title->y + title->height + 30,
                             title->width, 0);
  facts->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) vs_pack_section_free);
  /* The date of the data is the latest month held, not the day of the import. */
  g_ptr_array_add (facts->sections, vs_pack_section_new (_("Figures held to"), held));
  g_ptr_array_add (facts->sections, vs_pack_section_new (_("Locality"), b->doc->locality));
  g_ptr_array_add (facts->sections, vs_pack_section_new (_("Protective marking"), b->doc->marking));
  facts->height = vs_pack_block_content_height (b->text, facts);
  g_ptr_array_add (slide->blocks, facts);
  g_ptr_array_add (b->doc->slides, slide);
}

static char *
count_text (guint n)
{
  return g_strdup_printf ("%u", n);
}

/* The summary's columns: the ratings the judgement gave, as the window names them. What is
 * not rated is told apart by why: a figure due and not yet in ("Awaiting data") is not an
 * indicator with no target ("No rating"). */
enum {
  COUNT_GREEN, COUNT_AMBER, COUNT_RED, COUNT_PENDING, COUNT_NONE, COUNT_EXCEPTIONS,
  COUNT_NOT_EXPECTED, COUNT_SUPPRESSED, N_COUNTS
};
#define N_COUNT_COLUMNS (COUNT_EXCEPTIONS + 1)

static guint
count_of (VsRag rag)
{
  switch (rag)
    {
    case VS_RAG_GREEN:        return COUNT_GREEN;
    case VS_RAG_AMBER:        return COUNT_AMBER;
    case VS_RAG_RED:          return COUNT_RED;
    case VS_RAG_PENDING:      return COUNT_PENDING;
    case VS_RAG_NONE:         return COUNT_NONE;
    case VS_RAG_NOT_EXPECTED: return COUNT_NOT_EXPECTED;
    case VS_RAG_SUPPRESSED:   return COUNT_SUPPRESSED;
    }
  g_return_val_if_reached (COUNT_NONE);
}

static void
counts_row (VsPackTable *table,
            const char  *name,
            const guint  counts[N_COUNTS],
            gboolean     strong)
{
  VsPackRow *row = vs_pack_table_add_row (table);

  vs_pack_cell_set (&row->cells[0], VS_PACK_CELL_TEXT, name);
  for (guint i = 0; i < N_COUNT_COLUMNS; i++)
    {
      g_autofree char *text = count_text (counts[i]);

      vs_pack_cell_set (&row->cells[i + 1], VS_PACK_CELL_TEXT, text);
      row->cells[i + 1].value = counts[i];
    }
  for (guint i = 0; i <= N_COUNT_COLUMNS; i++)
    row->cells[i].strong = strong;
}

static VsPackTable *
counts_table (VsPackBuilder *b,
              guint          total[N_COUNTS])
{
  VsPackTable *table = vs_pack_table_new (1 + N_COUNT_COLUMNS);

  vs_pack_table_set_column (table, 0, _("Service area"), 108, VS_PACK_ALIGN_START);
  /* Translators: the summary's columns; the symbols are the ratings' shapes */
  vs_pack_table_set_column (table, 1 + COUNT_GREEN, _("● Green"), 50, VS_PACK_ALIGN_END);
  vs_pack_table_set_column (table, 1 + COUNT_AMBER, _("▲ Amber"), 54, VS_PACK_ALIGN_END);
  vs_pack_table_set_column (table, 1 + COUNT_RED, _("◆ Red"), 42, VS_PACK_ALIGN_END);
  vs_pack_table_set_column (table, 1 + COUNT_PENDING, vs_rag_label (VS_RAG_PENDING), 56,
                            VS_PACK_ALIGN_END);
  vs_pack_table_set_column (table, 1 + COUNT_NONE, vs_rag_label (VS_RAG_NONE), 42,
                            VS_PACK_ALIGN_END);
  vs_pack_table_set_column (table, 1 + COUNT_EXCEPTIONS, _("Exceptions"), 66, VS_PACK_ALIGN_END);

  memset (total, 0, N_COUNTS * sizeof (guint));
  for (guint i = 0; i < b->data->areas->len; i++)
    {
      VsPackArea *area = g_ptr_array_index (b->data->areas, i);
      guint counts[N_COUNTS] = { 0 };

      for (guint j = 0; j < area->items->len; j++)
        {
          VsPackItem *item = g_ptr_array_index (area->items, j);

          counts[count_of (item->assessment->rating.rag)]++;
          if (item->assessment->exception)
            counts[COUNT_EXCEPTIONS]++;
        }
      for (guint k = 0; k < N_COUNTS; k++)
        total[k] += counts[k];
      counts_row (table, area->area->name, counts, FALSE);
    }
  counts_row (table, _("All areas"), total, TRUE);
  b->doc->n_exceptions = total[COUNT_EXCEPTIONS];
  return table;
}

/* The rest not rated, which have no column of their own: "Also not rated: 2 Suppressed."
 * NULL when there are none. */
static char *
others_note (const guint total[N_COUNTS])
{
  const struct { guint count; VsRag rag; } others[] = {
    { COUNT_NOT_EXPECTED, VS_RAG_NOT_EXPECTED }, { COUNT_SUPPRESSED, VS_RAG_SUPPRESSED },
  };
  g_autoptr(GString) parts = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    if (total[others[i].count] > 0)
      g_string_append_printf (parts, "%s%u %s", parts->len ? ", " : "", total[others[i].count],
                              vs_rag_label (others[i].rag));
  if (parts->len == 0)
    return NULL;
  /* Translators: under the summary's counts: "2 Suppressed, 1 Not expected" */
  return g_strdup_printf (_("Also not rated: %s."), parts->str);
}

static int
by_severity (gconstpointer a,
             gconstpointer b)
{
  const VsPackItem *x = *(VsPackItem * const *) a;
  const VsPackItem *y = *(VsPackItem * const *) b;
  int order = vs_assessment_compare_severity (x->assessment, y->assessment);

  /* Ties keep the areas' order: the pointers' order is not that, the refs are close. */
  return order != 0 ? order : g_strcmp0 (x->indicator->ref, y->indicator->ref);
}

static VsPackTable *
exceptions_table (VsPackBuilder *b)
{
  VsPackTable *table = vs_pack_table_new (4);
  g_autoptr(GPtrArray) items = g_ptr_array_new ();

  vs_pack_table_set_column (table, 0, _("Ref"), 50, VS_PACK_ALIGN_START);
  vs_pack_table_set_column (table, 1, _("Vital sign"), 216, VS_PACK_ALIGN_START);
  vs_pack_table_set_column (table, 2, _("Rating"), 72, VS_PACK_ALIGN_START);
  vs_pack_table_set_column (table, 3, _("Why it is an exception"), 138, VS_PACK_ALIGN_START);

  for (guint i = 0; i < b->data->areas->len; i++)
    {
      VsPackArea *area = g_ptr_array_index (b->data->areas, i);

      for (guint j = 0; j < area->items->len; j++)
        {
          VsPackItem *item = g_ptr_array_index (area->items, j);

          if (item->assessment->exception)
            g_ptr_array_add (items, item);
        }
    }
  g_ptr_array_sort (items, by_severity);
  for (guint i = 0; i < items->len; i++)
    {
      VsPackItem *item = g_ptr_array_index (items, i);
      VsPackRow *row = vs_pack_table_add_row (table);
      VsPackLink link = { &row->cells[1], item->indicator->id };

      row->indicator = item->indicator;   /* shown, so kept by the document */

      vs_pack_cell_set (&row->cells[0], VS_PACK_CELL_TEXT, item->indicator->ref);
      vs_pack_cell_set (&row->cells[1], VS_PACK_CELL_TEXT, item->indicator->title);
      vs_pack_cell_set (&row->cells[2], VS_PACK_CELL_RAG, vs_rag_label (item->assessment->rating.rag));
      row->cells[2].rag = item->assessment->rating.rag;
      vs_pack_cell_set (&row->cells[3], VS_PACK_CELL_TEXT, item->reasons);
      g_array_append_val (b->links, link);
    }
  vs_pack_builder_fit_column (b, table, 0, 1, REF_MAX_W);
  return table;
}

/* The NHS "Making Data Count" summary: how many indicators (of those with a full
 * baseline) show each kind of variation, against what their target's assurance says. */
static VsPackTable *
spc_matrix (VsPackBuilder *b,
            guint         *n_judged)
{
  static const VsSpcAssurance columns[] = {
    VS_SPC_ASSURANCE_PASS, VS_SPC_ASSURANCE_HIT_AND_MISS, VS_SPC_ASSURANCE_FAIL,
    VS_SPC_ASSURANCE_NONE,
  };
  guint counts[4][G_N_ELEMENTS (columns)] = { { 0 } };
  const char *rows[4] = {
    /* Translators: rows of the Making Data Count matrix */
    N_("Special cause: improvement"), N_("Common cause"), N_("Special cause: concern"),
    N_("Special cause, no good direction"),
  };
  VsPackTable *table = vs_pack_table_new (1 + G_N_ELEMENTS (columns));

  *n_judged = 0;
  for (guint i = 0; i < b->data->areas->len; i++)
    {
      VsPackArea *area = g_ptr_array_index (b->data->areas, i);

      for (guint j = 0; j < area->items->len; j++)
        {
          const VsPackItem *item = g_ptr_array_index (area->items, j);
          guint row, column = 0;

          if (item->assessment->spc == NULL || item->assessment->spc->warning != NULL || !vs_pack_builder_shows (b, item))
            continue;
          row = item->assessment->spc->variation == VS_SPC_IMPROVEMENT ? 0
                : item->assessment->spc->variation == VS_SPC_COMMON_CAUSE ? 1
                : item->assessment->spc->variation == VS_SPC_CONCERN ? 2 : 3;
          while (columns[column] != item->assessment->spc->assurance)
            column++;
          counts[row][column]++;
          (*n_judged)++;
        }
    }

  vs_pack_table_set_column (table, 0, _("Variation"), 160, VS_PACK_ALIGN_START);
  vs_pack_table_set_column (table, 1, _("Passes target"), 79, VS_PACK_ALIGN_END);
  vs_pack_table_set_column (table, 2, _("Hit and miss"), 79, VS_PACK_ALIGN_END);
  vs_pack_table_set_column (table, 3, _("Fails target"), 79, VS_PACK_ALIGN_END);
  vs_pack_table_set_column (table, 4, _("No target"), 79, VS_PACK_ALIGN_END);
  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    {
      VsPackRow *row = vs_pack_table_add_row (table);

      vs_pack_cell_set (&row->cells[0], VS_PACK_CELL_TEXT, _(rows[r]));
      for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
        {
          g_autofree char *text = count_text (counts[r][c]);

          vs_pack_cell_set (&row->cells[c + 1], VS_PACK_CELL_TEXT, text);
          row->cells[c + 1].value = counts[r][c];
        }
    }
  return table;
}

void
vs_pack_build_summary (VsPackBuilder *b)
{
  g_autofree char *month = vs_period_to_long_label (b->data->period);
  g_autofree char *subtitle = g_strdup_printf ("%s  ·  %s", month, b->doc->locality);
  guint total[N_COUNTS];
  VsPackTable *counts = counts_table (b, total);
  g_autofree char *others = others_note (total);
  VsPackTable *exceptions = exceptions_table (b);
  VsPackTable *matrix;
  VsPackSlide *slide;
  VsPackFlow flow;
  guint n_judged;
  double top;

  slide = vs_pack_builder_add_slide (b, VS_PACK_SLIDE_SUMMARY, _("Summary"), subtitle, FALSE,
                                     &top);
  slide->outline = g_strdup (_("Summary"));

  vs_pack_flow_init (&flow, b, slide, VS_PACK_MARGIN, top, vs_pack_table_width (counts), subtitle);
  vs_pack_flow_table (&flow, VS_PACK_BLOCK_TABLE, counts);
  if (others != NULL)
    vs_pack_flow_text (&flow, NULL, others);
  vs_pack_flow_clear (&flow);

  vs_pack_flow_init (&flow, b, slide, VS_PACK_PAGE_WIDTH - VS_PACK_MARGIN - vs_pack_table_width (exceptions),
                     top, vs_pack_table_width (exceptions), subtitle);
  if (exceptions->rows->len == 0)
    {
      vs_pack_table_free (exceptions);
      vs_pack_flow_text (&flow, _("Exceptions"), _("No vital sign is an exception this period."));
    }
  else
    vs_pack_flow_table (&flow, VS_PACK_BLOCK_TABLE, exceptions);
  matrix = spc_matrix (b, &n_judged);
  if (n_judged > 0)
    {
      g_autofree char *note = g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE, "Statistical process control of the %u indicator with "
                     "enough points, by its variation and its target's assurance.",
                     "Statistical process control of the %u indicators with enough points, "
                     "by their variation and their target's assurance.", n_judged),
        n_judged);

      vs_pack_flow_text (&flow, _("Making Data Count"), note);
      vs_pack_flow_table (&flow, VS_PACK_BLOCK_TABLE, matrix);
    }
  else
    vs_pack_table_free (matrix);
  vs_pack_flow_clear (&flow);
}

/* The source's key ("S2"), numbering each distinct source once: the demo's 144
 * indicators come from a handful of papers, and a long source on every row would take
 * the appendix from a few slides to a dozen. */
static char *
source_key (GPtrArray  *sources,
            const char *source)
{
  guint index;

  if (source == NULL || source[0] == '\0')
    return g_strdup ("");
  if (!g_ptr_array_find_with_equal_func (sources, source, g_str_equal, &index))
    {
      g_ptr_array_add (sources, g_strdup (source));
      index = sources->len - 1;
    }
  /* Translators: the key of a source in the definitions, "S1" */
  return g_strdup_printf (_("S%u"), index + 1);
}

static void
definition_row (VsPackTable *table,
                GPtrArray   *sources,
                VsPackItem  *item)
{
  VsIndicator *indicator = item->indicator;
  VsPackRow *row = vs_pack_table_add_row (table);
  g_autofree char *key = source_key (sources, indicator->source);
  g_autofree char *data = g_strdup_printf ("%s, %s%s", vs_unit_label (indicator->unit),
                                           vs_periodicity_label (indicator->periodicity),
                                           indicator->cumulative ? _(", year to date")
                                           : indicator->rolling ? _(", rolling 12 months") : "");

  row->indicator = indicator;
  vs_pack_cell_set (&row->cells[0], VS_PACK_CELL_TEXT, indicator->ref);
  vs_pack_cell_set (&row->cells[1], VS_PACK_CELL_TEXT, indicator->title);
  vs_pack_cell_set (&row->cells[2], VS_PACK_CELL_TEXT, vs_polarity_label (indicator->polarity));
  vs_pack_cell_set (&row->cells[3], VS_PACK_CELL_TEXT, data);
  vs_pack_cell_set (&row->cells[4], VS_PACK_CELL_TEXT, indicator->target_text);
  vs_pack_cell_set (&row->cells[5], VS_PACK_CELL_TEXT, key);
}

static void
build_definitions (VsPackBuilder *b)
{
  VsPackTable *table = vs_pack_table_new (6);
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  VsPackSlide *slide;
  VsPackFlow flow;
  double top;

  vs_pack_table_set_column (table, 0, _("Ref"), 48, VS_PACK_ALIGN_START);
  vs_pack_table_set_column (table, 1, _("Vital sign"), 440, VS_PACK_ALIGN_START);
  vs_pack_table_set_column (table, 2, _("Good performance is"), 120, VS_PACK_ALIGN_START);
  vs_pack_table_set_column (table, 3, _("Data"), 190, VS_PACK_ALIGN_START);
  vs_pack_table_set_column (table, 4, _("Target"), 64, VS_PACK_ALIGN_START);
  vs_pack_table_set_column (table, 5, _("Source"), CONTENT_WIDTH - 862, VS_PACK_ALIGN_START);

  for (guint i = 0; i < b->data->areas->len; i++)
    {
      VsPackArea *area = g_ptr_array_index (b->data->areas, i);

      for (guint j = 0; j < area->items->len; j++)
        if (vs_pack_builder_shows (b, g_ptr_array_index (area->items, j)))
          definition_row (table, sources, g_ptr_array_index (area->items, j));
    }
  vs_pack_builder_fit_column (b, table, 0, 1, REF_MAX_W);
  slide = vs_pack_builder_add_slide (b, VS_PACK_SLIDE_APPENDIX, _("Appendix: definitions"),
                                     NULL, FALSE, &top);
  slide->outline = g_strdup (_("Definitions"));
  vs_pack_flow_init (&flow, b, slide, VS_PACK_MARGIN, top, CONTENT_WIDTH, NULL);
  vs_pack_flow_table (&flow, VS_PACK_BLOCK_TABLE, table);
  for (guint i = 0; i < sources->len; i++)
    {
      g_autofree char *key = g_strdup_printf (_("S%u"), i + 1);

      vs_pack_flow_text (&flow, key, g_ptr_array_index (sources, i));
    }
  /* Headings cut to fit a slide, whole here. */
  if (b->shortened->len > 0)
    {
      g_autofree char *all = NULL;

      g_ptr_array_add (b->shortened, NULL);
      all = g_strjoinv ("\n", (char **) b->shortened->pdata);
      vs_pack_flow_text (&flow, _("Headings shortened on their slides"), all);
    }
  vs_pack_flow_clear (&flow);
}

static void
build_contents (VsPackBuilder *b)
{
  VsPackTable *table = vs_pack_table_new (2);
  guint n = b->doc->slides->len;
  VsPackSlide *slide;
  VsPackFlow flow;
  double top;

  vs_pack_table_set_column (table, 0, _("Slide"), 60, VS_PACK_ALIGN_END);
  vs_pack_table_set_column (table, 1, _("Contents"), 600, VS_PACK_ALIGN_START);
  for (guint i = 0; i < n; i++)
    {
      VsPackSlide *s = g_ptr_array_index (b->doc->slides, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      VsPackRow *row;

      if (s->continued)
        continue;
      row = vs_pack_table_add_row (table);
      vs_pack_cell_set (&row->cells[0], VS_PACK_CELL_TEXT, number);
      vs_pack_cell_set (&row->cells[1], VS_PACK_CELL_TEXT, s->title);
      row->cells[1].link = (int) i;
    }
  slide = vs_pack_builder_add_slide (b, VS_PACK_SLIDE_APPENDIX, _("Appendix: contents"), NULL,
                                     FALSE, &top);
  slide->outline = g_strdup (_("Contents"));
  vs_pack_flow_init (&flow, b, slide, VS_PACK_MARGIN, top, vs_pack_table_width (table), NULL);
  vs_pack_flow_table (&flow, VS_PACK_BLOCK_TABLE, table);
  vs_pack_flow_clear (&flow);
}

void
vs_pack_build_appendix (VsPackBuilder *b)
{
  build_definitions (b);
  build_contents (b);
}
