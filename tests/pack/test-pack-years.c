/* test-pack-years.c: a dashboard of the DfE's annual indicators shows their years, not
 * twelve hatched months and one figure; beside monthly indicators they get a table of
 * their own
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "../benchmarks/bench-test-util.h"
#include "pack-test-util.h"
#include "vs-reader.h"
#include "vs-pack-private.h"

#define AREA "Child safety - general"

static VsPlotter *plotter;

static const char *const years[] = { "2020-21", "2021-22", "2022-23", "2023-24", "2024-25" };
/* Norfolk's CPP_subsequent_percent in the file's rows for 2021 .. 2025. */
static const double norfolk[] = { 26.1, 24.6, 24.5, 22.4, 18.8 };

/* The pack for March 2025, the DfE's 2024-25. */
static VsPackOptions
march_2025 (void)
{
  VsPackOptions options;

  vs_pack_options_init (&options);
  options.period = vs_period_new (2025, 3);
  return options;
}

static VsPackDocument *
build (ImportFixture *fx)
{
  g_autoptr(GError) error = NULL;
  VsPackOptions options = march_2025 ();
  VsPackDocument *doc;

  doc = vs_pack_build (fx->store, &options, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);
  pack_test_assert_fits (doc);
  return doc;
}

/* The RAG tables of the area's dashboard slide (and the slides continuing it). */
static GPtrArray *
dashboard_tables (const VsPackDocument *doc,
                  const char           *area)
{
  GPtrArray *tables = g_ptr_array_new ();
  gboolean in_area = FALSE;

  for (guint i = 0; i < doc->slides->len; i++)
    {
      const VsPackSlide *slide = g_ptr_array_index (doc->slides, i);

      if (slide->kind != VS_PACK_SLIDE_DASHBOARD)
        {
          in_area = FALSE;
          continue;
        }
      if (slide->outline != NULL)
        in_area = g_str_equal (slide->outline, area);
      for (guint j = 0; in_area && j < slide->blocks->len; j++)
        {
          const VsPackBlock *block = g_ptr_array_index (slide->blocks, j);

          if (block->kind == VS_PACK_BLOCK_RAG_TABLE)
            g_ptr_array_add (tables, block->table);
        }
    }
  g_assert_cmpuint (tables->len, >, 0);
  return tables;
}

static const VsPackRow *
find_row (const VsPackTable *table,
          const char        *ref)
{
  for (guint r = 0; r < table->rows->len; r++)
    {
      const VsPackRow *row = g_ptr_array_index (table->rows, r);

      if (row->indicator != NULL && g_str_equal (row->indicator->ref, ref))
        return row;
    }
  return NULL;
}

/* Ref, title and "Good is", then the years as the judgement names them, each cell
 * Norfolk's figure in the file. */
static void
assert_year_table (const VsPackTable *table)
{
  const VsPackRow *row = find_row (table, "d3.subsequent_plan_percent");

  g_assert_cmpuint (table->n_columns, ==, 3 + G_N_ELEMENTS (years) + 4);
  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    g_assert_cmpstr (table->columns[3 + i].title, ==, years[i]);
  g_assert_cmpstr (table->columns[3 + G_N_ELEMENTS (years)].title, ==, "Target");
  g_assert_nonnull (row);
  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      const VsPackCell *cell = &row->cells[3 + i];
      g_autofree char *text = g_strdup_printf ("%.1f%%", norfolk[i]);

      g_assert_cmpfloat (cell->value, ==, norfolk[i]);
      g_assert_cmpstr (cell->text, ==, text);
      g_assert_cmpint (cell->period, ==, vs_period_new (2021 + (int) i, 3));
      g_assert_cmpint (cell->rag, !=, VS_RAG_NOT_EXPECTED);
    }
  /* Travel from 2023-24's 22.4 to 18.8: a smaller share of second plans is better. */
  g_assert_cmpint (row->cells[3 + G_N_ELEMENTS (years) + 1].travel, ==, VS_TRAVEL_IMPROVING);
}

static char *
pdftotext (const char *path)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* An area of annual indicators only: one table of five years, and the slide's subtitle
 * names them; the PDF says so. */
static void
test_annual_area (ImportFixture *fx,
                  gconstpointer  data)
{
  g_autoptr(VsImportSummary) summary = import_public (fx, D3_FILE, "926");
  g_autoptr(VsPackDocument) doc = build (fx);
  g_autoptr(GPtrArray) tables = dashboard_tables (doc, AREA);
  g_autofree char *path = g_build_filename (fx->dir, "years.pdf", NULL);
  g_autofree char *tool = g_find_program_in_path ("pdftotext");
  VsPackOptions options = march_2025 ();
  g_autofree char *text = NULL;
  g_autoptr(VsPackDocument) written = NULL;

  g_assert_cmpuint (tables->len, ==, 1);
  assert_year_table (g_ptr_array_index (tables, 0));

  written = pack_test_write (fx->store, &options, VS_PACK_FORMAT_PDF, plotter, path);
  if (tool == NULL)
    {
      g_test_skip ("poppler-utils (pdftotext) is not installed");
      return;
    }
  text = pdftotext (path);
  g_assert_nonnull (strstr (text, "2020-21 to 2024-25"));
  g_assert_nonnull (strstr (text, "2024-25"));
  g_assert_nonnull (strstr (text, "18.8%"));
  /* No month of the thirteen heads the annual table. */
  g_assert_null (strstr (text, "13 months"));
}

static const char *
text_at (const VsSheet *sheet,
         guint          row,
         guint          col)
{
  const VsCell *cell = vs_sheet_get_cell (sheet, row, col);

  return cell != NULL && cell->kind == VS_CELL_STRING ? cell->text : "";
}

/* The area's sheet of the workbook: the months' header, then further down the years'
 * header and Norfolk's row under it, 18.8 a number under "2024-25". */
static void
assert_workbook (ImportFixture *fx)
{
  g_autofree char *path = g_build_filename (fx->dir, "years.xlsx", NULL);
  VsPackOptions options = march_2025 ();
  g_autoptr(VsPackDocument) doc = pack_test_write (fx->store, &options, VS_PACK_FORMAT_XLSX,
                                                   NULL, path);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsWorkbook) book = vs_reader_read_file (path, &error);
  const VsSheet *sheet = NULL;
  guint years_row = 0, norfolk_row = 0;
  const VsCell *cell;

  g_assert_no_error (error);
  for (guint i = 0; i < book->sheets->len && sheet == NULL; i++)
    if (g_str_equal (vs_sheet_get_name (g_ptr_array_index (book->sheets, i)), AREA))
      sheet = g_ptr_array_index (book->sheets, i);
  g_assert_nonnull (sheet);
  g_assert_cmpstr (text_at (sheet, 2, 3), ==, "Mar\n24");
  for (guint r = 3; r < vs_sheet_get_n_rows (sheet); r++)
    {
      if (g_str_equal (text_at (sheet, r, 3), years[0]))
        years_row = r;
      if (g_str_equal (text_at (sheet, r, 0), "d3.subsequent_plan_percent"))
        norfolk_row = r;
    }
  g_assert_cmpuint (years_row, >, 3);
  g_assert_cmpuint (norfolk_row, >, years_row);
  g_assert_cmpstr (text_at (sheet, years_row, 3 + 4), ==, "2024-25");
  cell = vs_sheet_get_cell (sheet, norfolk_row, 3 + 4);
  g_assert_nonnull (cell);
  g_assert_cmpint (cell->kind, ==, VS_CELL_NUMBER);
  g_assert_cmpfloat_with_epsilon (cell->number, 18.8, 1e-9);

  /* The data sheet has the years' figures too, not only the months': 2024-25 is dated
   * March 2025, as the importer reads it back. */
  sheet = g_ptr_array_index (book->sheets, book->sheets->len - 1);
  g_assert_cmpstr (vs_sheet_get_name (sheet), ==, "Data");
  norfolk_row = 0;
  for (guint r = 1; r < vs_sheet_get_n_rows (sheet); r++)
    if (g_str_equal (text_at (sheet, r, 0), "d3.subsequent_plan_percent") &&
        g_str_equal (text_at (sheet, r, 7), "2025-03"))
      norfolk_row = r;
  g_assert_cmpuint (norfolk_row, >, 0);
  cell = vs_sheet_get_cell (sheet, norfolk_row, 8);
  g_assert_nonnull (cell);
  g_assert_cmpfloat_with_epsilon (cell->number, 18.8, 1e-9);
}

/* A monthly indicator in the same area: the months' table first, as the committee
 * papers' dashboard, then the annual ones in a table of their years; the workbook's sheet
 * likewise. */
static void
test_mixed_area (ImportFixture *fx,
                 gconstpointer  data)
{
  g_autoptr(VsImportSummary) d3 = import_public (fx, D3_FILE, "926");
  g_autofree char *catalogue = write_fixture (fx, "catalogue.csv",
    "Ref,Indicator,Area,Polarity,Unit,Periodicity\n"
    "CP7,Child protection visits in timescale," AREA ",higher,percentage,monthly\n");
  g_autoptr(GString) values = g_string_new ("Ref,Indicator,Period,Value\n");
  g_autofree char *values_path = NULL;
  g_autoptr(VsImportSummary) s1 = NULL, s2 = NULL;
  g_autoptr(VsPackDocument) doc = NULL;
  g_autoptr(GPtrArray) tables = NULL;
  const VsPackTable *months;
  const VsPackRow *row;

  /* 80% in March 2024 up to 92% in March 2025. */
  for (int m = 0; m < 13; m++)
    {
      g_autofree char *month = vs_period_to_iso (vs_period_new (2024, 3) + m);

      g_string_append_printf (values, "CP7,Child protection visits in timescale,%s,%d\n",
                              month, 80 + m);
    }
  values_path = write_fixture (fx, "values.csv", values->str);
  s1 = import_ok (fx, catalogue, &(VsImportOptions) { 0 });
  s2 = import_ok (fx, values_path, &(VsImportOptions) { 0 });

  doc = build (fx);
  tables = dashboard_tables (doc, AREA);
  g_assert_cmpuint (tables->len, ==, 2);
  months = g_ptr_array_index (tables, 0);
  g_assert_cmpuint (months->n_columns, ==, 3 + VS_TABLE_MONTHS + 4);
  g_assert_cmpstr (months->columns[3].title, ==, "Mar\n24");
  g_assert_cmpstr (months->columns[3 + VS_TABLE_MONTHS - 1].title, ==, "Mar\n25");
  g_assert_cmpuint (months->rows->len, ==, 1);
  row = find_row (months, "CP7");
  g_assert_nonnull (row);
  g_assert_cmpfloat (row->cells[3 + VS_TABLE_MONTHS - 1].value, ==, 92);
  g_assert_null (find_row (months, "d3.subsequent_plan_percent"));
  assert_year_table (g_ptr_array_index (tables, 1));
  assert_workbook (fx);
}

/* The card slide of @ref. */
static const VsPackSlide *
card_slide (const VsPackDocument *doc,
            const char           *ref)
{
  for (guint i = 0; i < doc->slides->len; i++)
    {
      const VsPackSlide *slide = g_ptr_array_index (doc->slides, i);

      if (slide->kind == VS_PACK_SLIDE_CARD && slide->outline != NULL &&
          g_str_has_prefix (slide->outline, ref) && slide->outline[strlen (ref)] == ' ')
        return slide;
    }
  g_assert_not_reached ();
}

/* The card's key figures' row whose label starts with @label. */
static const VsPackRow *
key_row (const VsPackSlide *slide,
         const char        *label)
{
  for (guint i = 0; i < slide->blocks->len; i++)
    {
      const VsPackBlock *block = g_ptr_array_index (slide->blocks, i);

      for (guint r = 0; block->kind == VS_PACK_BLOCK_KEY_FIGURES && r < block->table->rows->len; r++)
        {
          const VsPackRow *row = g_ptr_array_index (block->table->rows, r);

          if (g_str_has_prefix (row->cells[0].text, label))
            return row;
        }
    }
  g_assert_not_reached ();
}

static const VsChartSpec *
card_chart (const VsPackSlide *slide)
{
  for (guint i = 0; i < slide->blocks->len; i++)
    {
      const VsPackBlock *block = g_ptr_array_index (slide->blocks, i);

      if (block->kind == VS_PACK_BLOCK_CHART)
        return block->chart;
    }
  return NULL;
}

/* An annual indicator's report card shows what the window's card and `chart` show: its
 * years named "2024-25", the trend of vs_judge_chart_spec point for point (five years,
 * England's line on the same years), not a monthly axis with one dot. */
static void
test_annual_card (ImportFixture *fx,
                  gconstpointer  data)
{
  g_autoptr(VsImportSummary) summary = import_public (fx, D3_FILE, "926");
  g_autoptr(VsIndicator) indicator = find_indicator (fx, "d3.subsequent_plan_percent");
  g_autoptr(GPtrArray) localities = vs_store_list_localities (fx->store, NULL);
  VsPackOptions options = march_2025 ();
  g_autoptr(VsPackDocument) doc = NULL;
  g_autoptr(VsAssessment) judged = NULL;
  g_autoptr(VsChartSpec) window = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fx->dir, "card.pdf", NULL);
  g_autofree char *tool = g_find_program_in_path ("pdftotext");
  g_autofree char *text = NULL;
  g_autofree char *folded = NULL;
  const VsPackSlide *slide;
  const VsChartSpec *chart;

  options.cards = VS_PACK_CARDS_ALL;
  doc = vs_pack_build (fx->store, &options, NULL, NULL, &error);
  g_assert_no_error (error);
  pack_test_assert_fits (doc);
  slide = card_slide (doc, "d3.subsequent_plan_percent");

  g_assert_cmpstr (key_row (slide, "Value, ")->cells[0].text, ==, "Value, 2024-25");
  g_assert_cmpstr (key_row (slide, "Direction of travel")->cells[1].text, ==,
                   "from 22.4% in 2023-24");
  g_assert_cmpstr (key_row (slide, "National average: England")->cells[1].text, ==,
                   "24.5%  (2024-25)");

  judged = vs_judge_indicator (fx->store, indicator, g_ptr_array_index (localities, 0),
                               vs_period_new (2025, 3), &error);
  g_assert_no_error (error);
  window = vs_judge_chart_spec (fx->store, judged, g_ptr_array_index (localities, 0),
                                VS_CHART_TREND, 0, &error);
  g_assert_no_error (error);
  chart = card_chart (slide);
  g_assert_nonnull (chart);
  g_assert_cmpuint (chart->n, ==, G_N_ELEMENTS (years));
  g_assert_cmpuint (chart->n, ==, window->n);
  for (guint i = 0; i < chart->n; i++)
    {
      g_assert_cmpstr (chart->labels[i], ==, years[i]);
      g_assert_cmpstr (chart->labels[i], ==, window->labels[i]);
      g_assert_cmpfloat (chart->values[i], ==, norfolk[i]);
      g_assert_cmpint (chart->rags[i], ==, window->rags[i]);
    }
  g_assert_cmpuint (chart->benchmarks->len, ==, window->benchmarks->len);
  g_assert_cmpuint (chart->benchmarks->len, >, 0);
  for (guint b = 0; b < chart->benchmarks->len; b++)
    {
      const VsChartLine *ours = g_ptr_array_index (chart->benchmarks, b);
      const VsChartLine *theirs = g_ptr_array_index (window->benchmarks, b);

      for (guint i = 0; i < chart->n; i++)
        g_assert_true (ours->values[i] == theirs->values[i] ||
                       (isnan (ours->values[i]) && isnan (theirs->values[i])));
    }

  g_clear_pointer (&doc, vs_pack_document_free);
  doc = pack_test_write (fx->store, &options, VS_PACK_FORMAT_PDF, plotter, path);
  if (tool == NULL)
    {
      g_test_skip ("poppler-utils (pdftotext) is not installed");
      return;
    }
  text = pdftotext (path);
  folded = pack_test_fold_space (text);
  g_assert_nonnull (strstr (folded, "Value, 2024-25"));
  g_assert_nonnull (strstr (folded, "from 22.4% in 2023-24"));
  g_assert_null (strstr (folded, "Value, March 2025"));
  g_assert_null (strstr (folded, "in Mar 24"));
}

/* The DfE's long refs ("c1.not_in_need_percent") are whole on one line in every table's
 * Ref column, the dashboard's and the definitions', measured as the builder measures
 * (with the renderers' slack): they were broken anywhere, "c1.not_i", "n_need", "_percen",
 * "t", in a 38 or 48 point column beside a title with room to spare. */
static void
test_refs_whole (ImportFixture *fx,
                 gconstpointer  data)
{
  g_autoptr(VsImportSummary) summary = import_public (fx, C1_FILE, "926");
  g_autoptr(GObject) context = G_OBJECT (vs_pack_text_context ());
  g_autoptr(GError) error = NULL;
  VsPackOptions options = march_2025 ();
  g_autoptr(VsPackDocument) doc = NULL;
  guint refs = 0;

  options.cards = VS_PACK_CARDS_NONE;
  doc = vs_pack_build (fx->store, &options, NULL, NULL, &error);
  g_assert_no_error (error);
  pack_test_assert_fits (doc);
  for (guint i = 0; i < doc->slides->len; i++)
    {
      const VsPackSlide *slide = g_ptr_array_index (doc->slides, i);

      for (guint j = 0; j < slide->blocks->len; j++)
        {
          const VsPackBlock *block = g_ptr_array_index (slide->blocks, j);
          const VsPackTable *table = block->table;

          if (table == NULL || g_strcmp0 (table->columns[0].title, "Ref") != 0)
            continue;
          for (guint r = 0; r < table->rows->len; r++)
            {
              const VsPackRow *row = g_ptr_array_index (table->rows, r);
              g_autoptr(PangoLayout) layout = NULL;
              PangoRectangle logical;
              double width;

              if (row->indicator == NULL)
                continue;
              g_assert_cmpstr (row->cells[0].text, ==, row->indicator->ref);
              layout = vs_pack_text_layout (PANGO_CONTEXT (context), row->cells[0].text,
                                            VS_PACK_TABLE_PT, FALSE, 10000, VS_PACK_ALIGN_START);
              pango_layout_get_extents (layout, NULL, &logical);
              width = (double) logical.width / PANGO_SCALE * VS_PACK_WORD_SLACK;
              if (width > table->columns[0].width - 2 * VS_PACK_CELL_PAD_X)
                g_error ("“%s” (%.1f pt) is broken in a Ref column of %.1f pt on slide %u",
                         row->cells[0].text, width, table->columns[0].width, i + 1);
              refs++;
            }
        }
    }
  /* Ten indicators, on the dashboard and in the definitions. */
  g_assert_cmpuint (refs, ==, 20);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  plotter = vs_plotter_new (NULL);
  g_test_add ("/pack/years/annual-area", ImportFixture, NULL, import_fixture_set_up,
              test_annual_area, import_fixture_tear_down);
  g_test_add ("/pack/years/card", ImportFixture, NULL, import_fixture_set_up,
              test_annual_card, import_fixture_tear_down);
  g_test_add ("/pack/years/refs-whole", ImportFixture, NULL, import_fixture_set_up,
              test_refs_whole, import_fixture_tear_down);
  g_test_add ("/pack/years/mixed-area", ImportFixture, NULL, import_fixture_set_up,
              test_mixed_area, import_fixture_tear_down);
  status = g_test_run ();
  g_object_unref (plotter);
  return status;
}
