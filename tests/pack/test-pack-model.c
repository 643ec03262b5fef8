/* test-pack-model.c: the committee pack's slides for the demo at November 2017, and for
 * hostile words: every exception carded with its figures and commentary, nothing outside
 * its box
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "pack-test-util.h"
#include "vs-pack-private.h"

static VsStore *demo;
static char *demo_dir;

/* The exceptions of the demo at November 2017 (vital-signs exceptions --period 2017-11),
 * as the dashboard of Norfolk's paper of 16 January 2018 shows them, with the value each
 * card leads with. */
static const struct { const char *ref; const char *value; } exceptions[] = {
  { "VS03", "64.7%" }, { "7.10p", "78.0%" }, { "6.14", "58.1%" }, { "VS01", "23.5%" },
  { "VS06", "89.6%" },
};

static VsPackDocument *
build (VsStore             *store,
       const VsPackOptions *options)
{
  g_autoptr(GError) error = NULL;
  VsPackDocument *doc = vs_pack_build (store, options, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

static int
find_card (const VsPackDocument *doc,
           const char           *ref)
{
  g_autofree char *prefix = g_strdup_printf ("%s ", ref);

  for (guint i = 0; i < doc->slides->len; i++)
    {
      const VsPackSlide *slide = g_ptr_array_index (doc->slides, i);

      if (slide->kind == VS_PACK_SLIDE_CARD && slide->outline != NULL &&
          g_str_has_prefix (slide->outline, prefix))
        return (int) i;
    }
  return -1;
}

/* The bodies of the sections under @heading (and its continuations) from slide @first. */
static char *
section_text (const VsPackDocument *doc,
              guint                 first,
              const char           *heading)
{
  GString *out = g_string_new (NULL);

  for (guint i = first; i < doc->slides->len; i++)
    {
      const VsPackSlide *slide = g_ptr_array_index (doc->slides, i);

      if (i > first && !slide->continued)
        break;
      for (guint j = 0; j < slide->blocks->len; j++)
        {
          const VsPackBlock *block = g_ptr_array_index (slide->blocks, j);

          for (guint k = 0; block->sections != NULL && k < block->sections->len; k++)
            {
              const VsPackSection *section = g_ptr_array_index (block->sections, k);

              if (section->heading != NULL && g_str_has_prefix (section->heading, heading))
                g_string_append_printf (out, "%s ", section->body);
            }
        }
    }
  return g_string_free (out, FALSE);
}

static void
test_demo_slides (void)
{
  g_autoptr(VsPackDocument) doc = NULL;
  VsPackOptions options;
  guint n_dashboards = 0, n_cards = 0;
  const VsPackSlide *first, *summary, *last;

  vs_pack_options_init (&options);
  options.period = vs_period_new (2017, 11);
  options.marking = "OFFICIAL-SENSITIVE";
  doc = build (demo, &options);

  g_assert_cmpstr (doc->title, ==, "Performance to November 2017");
  g_assert_cmpint (doc->data_period, ==, vs_period_new (2017, 11));
  g_assert_cmpuint (doc->n_exceptions, ==, G_N_ELEMENTS (exceptions));
  first = g_ptr_array_index (doc->slides, 0);
  summary = g_ptr_array_index (doc->slides, 1);
  last = g_ptr_array_index (doc->slides, doc->slides->len - 1);
  g_assert_cmpint (first->kind, ==, VS_PACK_SLIDE_TITLE);
  g_assert_cmpint (summary->kind, ==, VS_PACK_SLIDE_SUMMARY);
  g_assert_cmpint (last->kind, ==, VS_PACK_SLIDE_APPENDIX);

  for (guint i = 0; i < doc->slides->len; i++)
    {
      const VsPackSlide *slide = g_ptr_array_index (doc->slides, i);
      const VsPackBlock *footer = vs_pack_slide_find_block (slide, VS_PACK_BLOCK_FOOTER);
      g_autofree char *page = g_strdup_printf ("%u of %u", i + 1, doc->slides->len);

      /* The marking on every slide, and its number. */
      g_assert_cmpstr (footer->heading, ==, "OFFICIAL-SENSITIVE");
      g_assert_cmpstr (footer->aside, ==, page);
      g_assert_null (footer->text);
      if (slide->kind == VS_PACK_SLIDE_DASHBOARD && !slide->continued)
        n_dashboards++;
      if (slide->kind == VS_PACK_SLIDE_CARD && !slide->continued)
        n_cards++;
    }
  g_assert_cmpuint (n_dashboards, ==, 12);   /* every area of the demo */
  g_assert_cmpuint (n_cards, ==, G_N_ELEMENTS (exceptions));
  /* The demo's 144 vital signs, for a workbook's definitions. */
  g_assert_cmpuint (doc->indicators->len, ==, 144);

  for (guint i = 0; i < G_N_ELEMENTS (exceptions); i++)
    {
      int card = find_card (doc, exceptions[i].ref);
      g_autofree char *text = NULL;

      g_assert_cmpint (card, >, 0);
      text = pack_test_slide_text (doc, (guint) card);
      g_assert_nonnull (strstr (text, exceptions[i].value));
      g_assert_nonnull (strstr (text, "Why is this important?"));
      g_assert_nonnull (vs_pack_slide_find_block (g_ptr_array_index (doc->slides, card),
                                                  VS_PACK_BLOCK_KEY_FIGURES));
    }
  pack_test_assert_fits (doc);
}

static void
test_demo_card_6_14 (void)
{
  g_autoptr(VsPackDocument) doc = NULL;
  g_autofree char *background = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *text = NULL;
  VsPackOptions options;
  const VsPackSlide *slide;
  const VsPackBlock *chart;
  int card;

  vs_pack_options_init (&options);
  options.period = vs_period_new (2017, 11);
  doc = build (demo, &options);
  card = find_card (doc, "6.14");
  slide = g_ptr_array_index (doc->slides, card);
  g_assert_cmpstr (slide->title, ==, "Child Protection (CP) - % children seen");

  /* The commentary of November 2017, whole, under the report cards' heading. */
  background = section_text (doc, (guint) card, "What is the background to current performance?");
  folded = pack_test_fold_space (background);
  g_assert_true (g_str_has_prefix (folded, "It is concerning that the percentage of children on "
                                           "CP plans seen within the 10 day timescales has "
                                           "fallen to 58%."));
  g_assert_cmpstr (slide->notes, !=, NULL);

  text = pack_test_slide_text (doc, (guint) card);
  /* The rules' sentence, travel and the action with its owner. */
  g_assert_nonnull (strstr (text, "◆ 58.1% is below the red threshold of 80%"));
  g_assert_nonnull (strstr (text, "↓ Worse, from 67.5% in Oct 17"));
  g_assert_nonnull (strstr (text, "Ensure the change in requirement is embedded"));
  g_assert_nonnull (strstr (text, "Acting Assistant Director"));
  g_assert_nonnull (strstr (text, "Lead officer Acting Assistant Director"));

  /* The trend as a chart spec: the 13 months, rated as the table is. */
  chart = vs_pack_slide_find_block (slide, VS_PACK_BLOCK_CHART);
  g_assert_nonnull (chart);
  g_assert_cmpuint (chart->chart->n, ==, 13);
  g_assert_cmpfloat_with_epsilon (chart->chart->values[12], 58.1, 1e-9);
  g_assert_cmpint (chart->chart->rags[12], ==, VS_RAG_RED);
  g_assert_cmpuint (chart->chart->width, ==, (guint) floor (chart->width));
}

/* The cells of the row of @table whose first cell is @name, joined by "|". */
static char *
row_text (const VsPackTable *table,
          const char        *name)
{
  for (guint r = 0; r < table->rows->len; r++)
    {
      const VsPackRow *row = g_ptr_array_index (table->rows, r);
      GString *out;

      if (g_strcmp0 (row->cells[0].text, name) != 0)
        continue;
      out = g_string_new (NULL);
      for (guint c = 1; c < table->n_columns; c++)
        g_string_append_printf (out, "%s%s", c > 1 ? "|" : "", row->cells[c].text);
      return g_string_free (out, FALSE);
    }
  return NULL;
}

static const VsPackTable *
last_table (const VsPackSlide *slide)
{
  for (guint j = slide->blocks->len; j > 0; j--)
    {
      const VsPackBlock *block = g_ptr_array_index (slide->blocks, j - 1);

      if (block->table != NULL)
        return block->table;
    }
  return NULL;
}

static const VsPackTable *
first_table (const VsPackSlide *slide)
{
  for (guint j = 0; j < slide->blocks->len; j++)
    {
      const VsPackBlock *block = g_ptr_array_index (slide->blocks, j);

      if (block->table != NULL)
        return block->table;
    }
  return NULL;
}

/* The summary tells the figures awaited from the indicators with no target, by the
 * judgement's own status: one "Not rated" column held both. Norfolk, November 2017: of
 * the demo's 144 indicators 2 Green, 1 Amber, 5 Red, 131 awaiting data, 4 with no rating
 * and 1 not expected. */
static void
test_demo_summary_not_rated (void)
{
  g_autoptr(VsPackDocument) doc = NULL;
  const VsPackTable *counts = NULL;
  g_autofree char *all = NULL, *cp = NULL, *text = NULL;
  VsPackOptions options;

  vs_pack_options_init (&options);
  options.period = vs_period_new (2017, 11);
  doc = build (demo, &options);
  for (guint i = 0; i < doc->slides->len && counts == NULL; i++)
    {
      const VsPackSlide *slide = g_ptr_array_index (doc->slides, i);

      if (slide->kind == VS_PACK_SLIDE_SUMMARY)
        {
          counts = first_table (slide);
          text = pack_test_slide_text (doc, i);
        }
    }
  g_assert_nonnull (counts);
  g_assert_cmpuint (counts->n_columns, ==, 7);
  g_assert_cmpstr (counts->columns[4].title, ==, "Awaiting data");
  g_assert_cmpstr (counts->columns[5].title, ==, "No rating");
  g_assert_cmpstr (counts->columns[6].title, ==, "Exceptions");
  all = row_text (counts, "All areas");
  g_assert_cmpstr (all, ==, "2|1|5|131|4|5");
  /* VS02, the share of children on a plan, has no target; 26 figures are awaited. */
  cp = row_text (counts, "Child Protection");
  g_assert_cmpstr (cp, ==, "0|0|1|26|1|1");
  g_assert_nonnull (strstr (text, "Also not rated: 1 Not expected."));
}

/* No continued slide holds a row or two of a table under its heading (the Adoption
 * dashboard's annual rows went on as two), and no card goes on to a slide for its officers'
 * line alone (7.10p's did): a table's last two slides share its rows, a table begun at the
 * foot of a slide starts on the next, and the officers are among a card's figures. */
static void
test_demo_no_orphan_continuations (void)
{
  g_autoptr(VsPackDocument) doc = NULL;
  g_autofree char *card_text = NULL;
  VsPackOptions options;
  int card;

  vs_pack_options_init (&options);
  options.period = vs_period_new (2017, 11);
  doc = build (demo, &options);
  pack_test_assert_fits (doc);
  for (guint i = 1; i < doc->slides->len; i++)
    {
      const VsPackSlide *slide = g_ptr_array_index (doc->slides, i);
      const VsPackSlide *before = g_ptr_array_index (doc->slides, i - 1);
      const VsPackTable *part = first_table (slide);
      const VsPackTable *earlier = last_table (before);

      if (!slide->continued || part == NULL || earlier == NULL || !vs_pack_table_same_columns (earlier, part))
        continue;
      g_test_message ("slide %u, %s", i + 1, slide->title);
      g_assert_cmpuint (part->rows->len, >=, 3);
      g_assert_cmpuint (earlier->rows->len, >=, 3);
    }

  card = find_card (doc, "7.10p");
  g_assert_cmpint (card, >=, 0);
  g_assert_false (((VsPackSlide *) g_ptr_array_index (doc->slides, card + 1))->continued);
  card_text = pack_test_slide_text (doc, (guint) card);
  g_assert_nonnull (strstr (card_text, "Lead officer Acting Assistant Director"));
  g_assert_nonnull (strstr (card_text, "Data officer Performance Officer"));
}

static void
test_demo_dashboard_and_links (void)
{
  g_autoptr(VsPackDocument) doc = NULL;
  VsPackOptions options;
  const VsPackSlide *summary;
  const VsPackBlock *table = NULL;
  gboolean found = FALSE;
  guint vs02_seen = 0;

  vs_pack_options_init (&options);
  options.period = vs_period_new (2017, 11);
  doc = build (demo, &options);

  /* The Child Protection dashboard: 6.14's November cell is Red, with its shape. */
  for (guint i = 0; i < doc->slides->len && !found; i++)
    {
      const VsPackSlide *slide = g_ptr_array_index (doc->slides, i);
      const VsPackBlock *rag;

      if (slide->kind != VS_PACK_SLIDE_DASHBOARD ||
          !g_str_has_prefix (slide->title, "Child Protection"))
        continue;
      rag = vs_pack_slide_find_block (slide, VS_PACK_BLOCK_RAG_TABLE);
      g_assert_cmpstr (rag->table->columns[3].title, ==, "Nov\n16");
      g_assert_cmpstr (rag->table->columns[15].title, ==, "Nov\n17");
      for (guint r = 0; r < rag->table->rows->len; r++)
        {
          const VsPackRow *row = g_ptr_array_index (rag->table->rows, r);
          g_autofree char *cell = NULL;

          /* VS02 went from 8.4% to 8.3%, lower is better: the arrow points down, as the
           * window's green arrow does, and the word says it is better (it read "↗ Better"
           * while the window showed ↓). */
          if (g_strcmp0 (row->cells[0].text, "VS02") == 0)
            {
              g_autofree char *travel = vs_pack_cell_display (&row->cells[17]);

              g_assert_cmpint (row->cells[17].travel, ==, VS_TRAVEL_IMPROVING);
              g_assert_cmpint (row->cells[17].movement, ==, -1);
              g_assert_cmpstr (travel, ==, "↓ Better");
              vs02_seen++;
            }
          if (g_strcmp0 (row->cells[0].text, "6.14") != 0)
            continue;
          cell = vs_pack_cell_display (&row->cells[15]);
          g_assert_cmpstr (cell, ==, "◆ 58.1%");
          g_assert_cmpint (row->cells[15].rag, ==, VS_RAG_RED);
          g_assert_cmpfloat_with_epsilon (row->cells[15].value, 58.1, 1e-9);
          g_assert_cmpint (row->cells[17].travel, ==, VS_TRAVEL_DECLINING);
          g_assert_cmpint (row->cells[17].movement, ==, -1);
          /* What a workbook needs behind the text: the paper's "393 / 449" of Nov 16. */
          g_assert_cmpstr (row->indicator->ref, ==, "6.14");
          g_assert_cmpint (row->cells[3].period, ==, vs_period_new (2016, 11));
          g_assert_cmpfloat (row->cells[3].numerator, ==, 393);
          g_assert_cmpfloat (row->cells[3].denominator, ==, 449);
          /* The flag links to the card. */
          g_assert_cmpint (row->cells[19].link, ==, find_card (doc, "6.14"));
          found = TRUE;
        }
    }
  g_assert_true (found);
  g_assert_cmpuint (vs02_seen, >, 0);

  /* The summary: counts per area, and each exception linking to its card. */
  summary = g_ptr_array_index (doc->slides, 1);
  for (guint j = 0; j < summary->blocks->len; j++)
    {
      const VsPackBlock *block = g_ptr_array_index (summary->blocks, j);

      if (block->kind == VS_PACK_BLOCK_TABLE && block->table->n_columns == 4)
        table = block;
    }
  g_assert_nonnull (table);
  g_assert_cmpuint (table->table->rows->len, ==, G_N_ELEMENTS (exceptions));

  /* The Making Data Count matrix beside them: of the demo's indicators with a full
   * baseline, five show special cause for concern while consistently failing target. */
  {
    const VsPackBlock *matrix = NULL;
    const VsPackRow *concern;

    for (guint j = 0; j < summary->blocks->len; j++)
      {
        const VsPackBlock *block = g_ptr_array_index (summary->blocks, j);

        if (block->kind == VS_PACK_BLOCK_TABLE && block->table->n_columns == 5)
          matrix = block;
      }
    g_assert_nonnull (matrix);
    g_assert_cmpstr (matrix->table->columns[3].title, ==, "Fails target");
    concern = g_ptr_array_index (matrix->table->rows, 2);
    g_assert_cmpstr (concern->cells[0].text, ==, "Special cause: concern");
    g_assert_cmpstr (concern->cells[3].text, ==, "5");
  }
  for (guint r = 0; r < table->table->rows->len; r++)
    {
      const VsPackRow *row = g_ptr_array_index (table->table->rows, r);

      g_assert_cmpint (row->cells[1].link, ==, find_card (doc, row->cells[0].text));
      g_assert_cmpint (row->cells[2].rag, ==, VS_RAG_RED);
    }
}

static void
test_options (void)
{
  g_autoptr(VsPackDocument) all = NULL;
  g_autoptr(VsPackDocument) none = NULL;
  g_autoptr(VsPackDocument) only = NULL;
  g_autoptr(VsPackDocument) suppressed = NULL;
  const char *areas[] = { "child protection", "Adoption", NULL };
  VsPackOptions options;
  gboolean seen_c = FALSE;

  vs_pack_options_init (&options);
  options.period = vs_period_new (2017, 11);
  options.areas = areas;
  options.cards = VS_PACK_CARDS_ALL;
  all = build (demo, &options);
  g_assert_cmpint (find_card (all, "6.14"), >, 0);
  g_assert_cmpint (find_card (all, "VS03"), <, 0);   /* Children in Need not asked for */
  pack_test_assert_fits (all);

  options.cards = VS_PACK_CARDS_NONE;
  none = build (demo, &options);
  g_assert_cmpint (find_card (none, "6.14"), <, 0);

  /* Only the exceptions on the dashboards: Adoption has none, so no slide. */
  options.cards = VS_PACK_CARDS_EXCEPTIONS;
  options.exceptions_only = TRUE;
  only = build (demo, &options);
  for (guint i = 0; i < only->slides->len; i++)
    g_assert_false (g_str_has_prefix (((VsPackSlide *) g_ptr_array_index (only->slides, i))->title,
                                      "Adoption"));

  /* Counts below 10 hidden as "c", and the footer says so. */
  options.exceptions_only = FALSE;
  options.areas = NULL;
  options.suppress_below = 10;
  suppressed = build (demo, &options);
  g_assert_nonnull (strstr (vs_pack_slide_find_block (g_ptr_array_index (suppressed->slides, 0),
                                                      VS_PACK_BLOCK_FOOTER)->text,
                            "count below 10, suppressed"));
  for (guint i = 0; i < suppressed->slides->len && !seen_c; i++)
    {
      const VsPackBlock *rag = vs_pack_slide_find_block (g_ptr_array_index (suppressed->slides, i),
                                                         VS_PACK_BLOCK_RAG_TABLE);

      for (guint r = 0; rag != NULL && r < rag->table->rows->len; r++)
        {
          const VsPackRow *row = g_ptr_array_index (rag->table->rows, r);

          for (guint c = 3; c < 16; c++)
            if (g_strcmp0 (row->cells[c].text, "c") == 0)
              {
                g_assert_true (isnan (row->cells[c].value));
                seen_c = TRUE;
              }
        }
    }
  g_assert_true (seen_c);
  pack_test_assert_fits (suppressed);
}

/* The department's rating settings, held in the database, rate the pack's figures as
 * they rate the window's: VS01 (23.5% against "<20%", 17.5% worse) is Red at the default
 * amber tolerance of 10% and Amber at 20%, still an exception (5% or more short). */
static void
test_settings_from_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsPackDocument) doc = NULL;
  VsRatingSettings settings, saved;
  VsPackOptions options;
  const VsPackSlide *summary;
  gboolean seen = FALSE;

  g_assert_true (vs_store_get_rating_settings (demo, &saved, &error));
  settings = saved;
  settings.amber_percent = 20;
  g_assert_true (vs_store_set_rating_settings (demo, &settings, &error));
  g_assert_no_error (error);

  vs_pack_options_init (&options);
  options.period = vs_period_new (2017, 11);
  doc = build (demo, &options);
  summary = g_ptr_array_index (doc->slides, 1);
  for (guint j = 0; j < summary->blocks->len; j++)
    {
      const VsPackBlock *block = g_ptr_array_index (summary->blocks, j);

      for (guint r = 0; block->table != NULL && block->table->n_columns == 4 &&
                        r < block->table->rows->len; r++)
        {
          const VsPackRow *row = g_ptr_array_index (block->table->rows, r);

          if (g_strcmp0 (row->cells[0].text, "VS01") != 0)
            continue;
          g_assert_cmpint (row->cells[2].rag, ==, VS_RAG_AMBER);
          seen = TRUE;
        }
    }
  g_assert_true (seen);
  g_assert_true (vs_store_set_rating_settings (demo, &saved, &error));
  g_assert_no_error (error);
}

static void
test_bad_options (void)
{
  g_autoptr(GError) error = NULL;
  const char *areas[] = { "Nowhere", NULL };
  VsPackOptions options;

  vs_pack_options_init (&options);
  options.areas = areas;
  g_assert_null (vs_pack_build (demo, &options, NULL, NULL, &error));
  g_assert_error (error, VS_PACK_ERROR, VS_PACK_ERROR_INVALID_OPTION);
  g_assert_nonnull (strstr (error->message, "“Nowhere”"));
  g_assert_nonnull (strstr (error->message, "Child Protection"));
  g_clear_error (&error);

  vs_pack_options_init (&options);
  options.marking = "OFFICIAL\nSENSITIVE";
  g_assert_null (vs_pack_build (demo, &options, NULL, NULL, &error));
  g_assert_error (error, VS_PACK_ERROR, VS_PACK_ERROR_INVALID_OPTION);
  g_clear_error (&error);

  vs_pack_options_init (&options);
  options.period = vs_period_new (2019, 1);
  g_assert_null (vs_pack_build (demo, &options, NULL, NULL, &error));
  g_assert_error (error, VS_PACK_ERROR, VS_PACK_ERROR_NO_DATA);
  g_assert_nonnull (strstr (error->message, "January 2019"));
  g_clear_error (&error);

  vs_pack_options_init (&options);
  options.locality = "Atlantis";
  g_assert_null (vs_pack_build (demo, &options, NULL, NULL, &error));
  g_assert_error (error, VS_PACK_ERROR, VS_PACK_ERROR_INVALID_OPTION);
  g_assert_nonnull (strstr (error->message, "the localities are: County, North, Norwich"));
}

static void
test_hostile (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *title = NULL;
  g_autofree char *commentary = NULL;
  g_autoptr(VsStore) store = pack_test_hostile_store (&dir, &title, &commentary);
  g_autoptr(VsPackDocument) doc = NULL;
  g_autofree char *background = NULL;
  g_autofree char *got = NULL;
  g_autofree char *want = NULL;
  VsPackOptions options;
  const VsPackSlide *slide;
  const VsPackBlock *heading;
  int card;

  vs_pack_options_init (&options);
  options.period = vs_period_new (2017, 11);
  options.suppress_below = 5;
  doc = build (store, &options);
  pack_test_assert_fits (doc);

  card = find_card (doc, "<H1>");
  g_assert_cmpint (card, >, 0);
  slide = g_ptr_array_index (doc->slides, card);
  heading = vs_pack_slide_find_block (slide, VS_PACK_BLOCK_TITLE);
  /* Literal, and shortened to fit: the appendix has it whole. */
  g_assert_true (g_str_has_prefix (heading->heading, PACK_TEST_HOSTILE_TITLE_START));
  g_assert_true (g_str_has_suffix (heading->heading, "…"));

  /* Every word of the commentary, over as many continued slides as it takes. */
  background = section_text (doc, (guint) card, "What is the background to current performance?");
  got = pack_test_fold_space (background);
  want = pack_test_fold_space (commentary);
  g_assert_cmpstr (got, ==, want);
  slide = g_ptr_array_index (doc->slides, card + 1);
  g_assert_true (slide->continued);
  /* Shortened, a continuation still says it is one. */
  heading = vs_pack_slide_find_block (slide, VS_PACK_BLOCK_TITLE);
  g_assert_true (g_str_has_prefix (heading->heading, PACK_TEST_HOSTILE_TITLE_START));
  g_assert_true (g_str_has_suffix (heading->heading, "… (continued)"));
  g_assert_nonnull (strstr (got, PACK_TEST_RTL));

  cli_test_remove_dir (dir);
}

/* A word's width in the pack's table font, on one line. */
static double
word_width (PangoContext *context,
            const char   *word,
            gboolean      bold)
{
  g_autoptr(PangoLayout) layout = vs_pack_text_layout (context, word, VS_PACK_TABLE_PT, bold,
                                                       10000, VS_PACK_ALIGN_START);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

static guint
count_broken_words (PangoContext       *context,
                    const VsPackColumn *column,
                    const char         *display,
                    gboolean            bold,
                    gboolean            figure)
{
  g_auto(GStrv) words = g_strsplit_set (display, " \n", -1);
  guint broken = 0;

  /* Never hyphenated: no soft hyphen for a renderer to break at. */
  g_assert_null (strstr (display, "\u00ad"));
  for (guint w = 0; words[w] != NULL; w++)
    {
      /* A symbol is drawn from a fallback font, wider in another renderer than here. */
      double slack = g_str_is_ascii (words[w]) ? VS_PACK_WORD_SLACK : VS_PACK_SYMBOL_SLACK;
      double width = word_width (context, words[w], bold) * slack;

      /* The thirteen months cannot all widen for a figure of 100.0%: it alone may wrap
       * in its cell (which grows; it is never cut). */
      if (figure && strlen (words[w]) > 5)
        continue;

      if (width > column->width - 2 * VS_PACK_CELL_PAD_X)
        {
          g_test_message ("“%s” (%.1f pt with the renderers' slack) is broken in column “%s” "
                          "of %.1f pt", words[w], width, column->title ? column->title : "",
                          column->width);
          broken++;
        }
    }
  return broken;
}

/* Every word of every table cell fits its column whole, with room for a renderer that
 * measures a little wider (LibreOffice broke "⚑ Yes" into "⚑ Ye" and "s"): the demo's
 * words are never broken or hyphenated, in the PDF or in Impress. */
static void
test_demo_words_whole (void)
{
  g_autoptr(VsPackDocument) doc = NULL;
  g_autoptr(GObject) context = G_OBJECT (vs_pack_text_context ());
  VsPackOptions options;
  guint flags = 0, broken = 0;

  vs_pack_options_init (&options);
  options.period = vs_period_new (2017, 11);
  options.cards = VS_PACK_CARDS_ALL;
  doc = build (demo, &options);

  for (guint i = 0; i < doc->slides->len; i++)
    {
      const VsPackSlide *slide = g_ptr_array_index (doc->slides, i);

      for (guint j = 0; j < slide->blocks->len; j++)
        {
          const VsPackBlock *block = g_ptr_array_index (slide->blocks, j);
          const VsPackTable *table = block->table;

          if (table == NULL)
            continue;
          for (guint c = 0; c < table->n_columns; c++)
            if (table->columns[c].title != NULL)
              broken += count_broken_words (PANGO_CONTEXT (context), &table->columns[c],
                                          table->columns[c].title, TRUE, FALSE);
          for (guint r = 0; r < table->rows->len; r++)
            {
              const VsPackRow *row = g_ptr_array_index (table->rows, r);

              for (guint c = 0; c < table->n_columns; c++)
                {
                  g_autofree char *display = vs_pack_cell_display (&row->cells[c]);

                  broken += count_broken_words (PANGO_CONTEXT (context), &table->columns[c],
                                                display, row->cells[c].strong,
                                                row->cells[c].period != VS_PERIOD_INVALID);
                  flags += strstr (display, "⚑") != NULL;
                }
            }
        }
    }
  g_assert_cmpuint (broken, ==, 0);
  /* The flag and its word are one: the demo's five exceptions. */
  g_assert_cmpuint (flags, >=, 5);
}

/* A renderer's colour or underline is added to the layout's attributes, never in place of
 * them: a drawn cell breaks as it was measured, with no hyphen. */
static void
test_drawn_attributes_kept (void)
{
  g_autoptr(GObject) context = G_OBJECT (vs_pack_text_context ());
  g_autoptr(PangoLayout) layout = vs_pack_text_layout (PANGO_CONTEXT (context), "Awaiting data",
                                                       VS_PACK_TABLE_PT, FALSE, 40,
                                                       VS_PACK_ALIGN_START);
  PangoAttrList *attrs;
  GSList *list;
  gboolean hyphens_off = FALSE, underlined = FALSE;

  vs_pack_layout_add_attribute (layout, pango_attr_underline_new (PANGO_UNDERLINE_SINGLE));
  attrs = pango_layout_get_attributes (layout);
  g_assert_nonnull (attrs);
  list = pango_attr_list_get_attributes (attrs);
  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attr = l->data;

      hyphens_off |= attr->klass->type == PANGO_ATTR_INSERT_HYPHENS &&
                     !((PangoAttrInt *) attr)->value;
      underlined |= attr->klass->type == PANGO_ATTR_UNDERLINE;
    }
  g_slist_free_full (list, (GDestroyNotify) pango_attribute_destroy);
  g_assert_true (hyphens_off);
  g_assert_true (underlined);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  demo = pack_test_demo_store (&demo_dir);

  g_test_add_func ("/pack/model/demo-slides", test_demo_slides);
  g_test_add_func ("/pack/model/demo-card-6.14", test_demo_card_6_14);
  g_test_add_func ("/pack/model/demo-dashboard-and-links", test_demo_dashboard_and_links);
  g_test_add_func ("/pack/model/demo-summary-not-rated", test_demo_summary_not_rated);
  g_test_add_func ("/pack/model/demo-no-orphan-continuations", test_demo_no_orphan_continuations);
  g_test_add_func ("/pack/model/demo-words-whole", test_demo_words_whole);
  g_test_add_func ("/pack/model/drawn-attributes-kept", test_drawn_attributes_kept);
  g_test_add_func ("/pack/model/options", test_options);
  g_test_add_func ("/pack/model/bad-options", test_bad_options);
  g_test_add_func ("/pack/model/settings-from-database", test_settings_from_database);
  g_test_add_func ("/pack/model/hostile", test_hostile);
  status = g_test_run ();

  g_object_unref (demo);
  cli_test_remove_dir (demo_dir);
  g_free (demo_dir);
  return status;
}
