/* vs-pack-xlsx-sheets.c: the workbook's exceptions, commentary and actions, and its data
 * sheet in the long layout that Vital Signs' own importer reads
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "vs-pack-xlsx-private.h"

/* The exceptions: each card's key figures, one row per figure, under its vital sign. */
void
vs_xlsx_write_exceptions (VsXlsx *x)
{
  lxw_worksheet *sheet = vs_xlsx_add_sheet (x, _("Exceptions"));
  lxw_format *header = vs_xlsx_format (x, (VsRag) -1, TRUE, TRUE, NULL);
  lxw_format *name = vs_xlsx_format (x, VS_RAG_NONE, TRUE, TRUE, NULL);
  guint row = 1;

  vs_xlsx_write_text (sheet, 0, 0, _("Vital sign"), header);
  vs_xlsx_write_text (sheet, 0, 1, _("Figure"), header);
  vs_xlsx_write_text (sheet, 0, 2, _("Value"), header);
  for (guint i = 0; i < x->doc->slides->len; i++)
    {
      const VsPackSlide *slide = g_ptr_array_index (x->doc->slides, i);
      const VsPackBlock *figures = vs_pack_slide_find_block (slide, VS_PACK_BLOCK_KEY_FIGURES);

      if (slide->kind != VS_PACK_SLIDE_CARD || figures == NULL)
        continue;
      for (guint r = 0; r < figures->table->rows->len; r++)
        {
          const VsPackRow *cells = g_ptr_array_index (figures->table->rows, r);
          g_autofree char *value = vs_pack_cell_display (&cells->cells[1]);
          VsRag rag = cells->cells[1].kind == VS_PACK_CELL_RAG ? cells->cells[1].rag : VS_RAG_NONE;

          vs_xlsx_write_text (sheet, row, 0, slide->outline != NULL ? slide->outline : slide->title, name);
          vs_xlsx_write_text (sheet, row, 1, cells->cells[0].text, vs_xlsx_format (x, VS_RAG_NONE, FALSE, TRUE, NULL));
          vs_xlsx_write_text (sheet, row, 2, value, vs_xlsx_format (x, rag, FALSE, TRUE, NULL));
          vs_xlsx_fit_row (sheet, row++, value, 60);
        }
    }
  worksheet_set_column (sheet, 0, 0, 45, NULL);
  worksheet_set_column (sheet, 1, 1, 28, NULL);
  worksheet_set_column (sheet, 2, 2, 60, NULL);
  worksheet_freeze_panes (sheet, 1, 0);
  vs_xlsx_print_wide (sheet);
}

/* A card's section being gathered: it may go on over "continued" slides. */
typedef struct {
  VsXlsx        *x;
  lxw_worksheet *sheet;
  guint          row;
  const char    *card;
  char          *heading;
  GString       *body;
} Sections;

static void
sections_flush (Sections *s)
{
  lxw_format *bold = vs_xlsx_format (s->x, VS_RAG_NONE, TRUE, TRUE, NULL);

  if (s->heading == NULL)
    return;
  vs_xlsx_write_text (s->sheet, s->row, 0, s->card, bold);
  vs_xlsx_write_text (s->sheet, s->row, 1, s->heading, bold);
  vs_xlsx_write_text (s->sheet, s->row, 2, s->body->str,
                      vs_xlsx_format (s->x, VS_RAG_NONE, FALSE, TRUE, NULL));
  vs_xlsx_fit_row (s->sheet, s->row++, s->body->str, 90);
  g_clear_pointer (&s->heading, g_free);
  g_string_truncate (s->body, 0);
}

static void
sections_add (Sections            *s,
              const VsPackSection *section)
{
  const char *suffix = _(" (continued)");
  gboolean more = s->heading != NULL &&
                  (section->heading == NULL ||
                   (g_str_has_prefix (section->heading, s->heading) &&
                    g_str_equal (section->heading + strlen (s->heading), suffix)));

  if (!more)
    {
      sections_flush (s);
      s->heading = g_strdup (section->heading != NULL ? section->heading : "");
    }
  g_string_append (s->body, section->body);
}

static void
actions_add (Sections          *s,
             const VsPackTable *table)
{
  lxw_format *wrap = vs_xlsx_format (s->x, VS_RAG_NONE, FALSE, TRUE, NULL);
  lxw_format *bold = vs_xlsx_format (s->x, VS_RAG_NONE, TRUE, TRUE, NULL);

  sections_flush (s);
  for (guint r = 0; r < table->rows->len; r++, s->row++)
    {
      const VsPackRow *cells = g_ptr_array_index (table->rows, r);

      vs_xlsx_write_text (s->sheet, s->row, 0, s->card, bold);
      vs_xlsx_write_text (s->sheet, s->row, 1, table->columns[0].title, bold);
      for (guint c = 0; c < MIN (table->n_columns, 4); c++)
        vs_xlsx_write_text (s->sheet, s->row, 2 + c, cells->cells[c].text, wrap);
      vs_xlsx_fit_row (s->sheet, s->row, cells->cells[0].text, 90);
    }
}

/* Each card's words, a row per section; a section that went on to a "continued" slide is
 * one row again. Then its actions with owner, due month and status. */
void
vs_xlsx_write_commentary (VsXlsx *x)
{
  static const char *const titles[] = { N_("Vital sign"), N_("Section"), N_("Text"), N_("Owner"),
                                        N_("Due"), N_("Status") };
  Sections s = { x, vs_xlsx_add_sheet (x, _("Commentary and actions")), 1, NULL, NULL,
                 g_string_new (NULL) };

  for (guint c = 0; c < G_N_ELEMENTS (titles); c++)
    vs_xlsx_write_text (s.sheet, 0, c, _(titles[c]), vs_xlsx_format (x, (VsRag) -1, TRUE, TRUE, NULL));
  for (guint i = 0; i < x->doc->slides->len; i++)
    {
      const VsPackSlide *slide = g_ptr_array_index (x->doc->slides, i);

      if (slide->kind != VS_PACK_SLIDE_CARD)
        continue;
      if (slide->outline != NULL)
        {
          sections_flush (&s);
          s.card = slide->outline;
        }
      for (guint j = 0; j < slide->blocks->len; j++)
        {
          const VsPackBlock *block = g_ptr_array_index (slide->blocks, j);

          if (block->kind == VS_PACK_BLOCK_TEXT)
            for (guint k = 0; k < block->sections->len; k++)
              sections_add (&s, g_ptr_array_index (block->sections, k));
          else if (block->kind == VS_PACK_BLOCK_ACTIONS)
            actions_add (&s, block->table);
        }
    }
  sections_flush (&s);
  g_string_free (s.body, TRUE);
  worksheet_set_column (s.sheet, 0, 0, 36, NULL);
  worksheet_set_column (s.sheet, 1, 1, 28, NULL);
  worksheet_set_column (s.sheet, 2, 2, 90, NULL);
  worksheet_set_column (s.sheet, 3, 5, 16, NULL);
  worksheet_freeze_panes (s.sheet, 1, 0);
  vs_xlsx_print_wide (s.sheet);
}

/* One figure of a dashboard's month cell as a row of the data sheet; FALSE when the
 * month has none. Suppressed as the DfE publishes it: the figure itself is not in the
 * file, as it is not on the slide. */
static gboolean
data_row (VsXlsx              *x,
          lxw_worksheet       *sheet,
          guint                row,
          const char          *area,
          const VsIndicator   *indicator,
          const VsPackCell    *cell)
{
  g_autofree char *period = NULL;
  gboolean hidden = cell->rag == VS_RAG_SUPPRESSED || g_str_equal (cell->text, "c");

  if (cell->period == VS_PERIOD_INVALID || (isnan (cell->value) && !hidden))
    return FALSE;
  period = vs_period_to_iso (cell->period);
  vs_xlsx_write_text (sheet, row, 0, indicator->ref, NULL);
  vs_xlsx_write_text (sheet, row, 1, indicator->title, NULL);
  vs_xlsx_write_text (sheet, row, 2, area, NULL);
  vs_xlsx_write_text (sheet, row, 3, vs_unit_to_string (indicator->unit), NULL);
  vs_xlsx_write_text (sheet, row, 4, vs_polarity_to_string (indicator->polarity), NULL);
  vs_xlsx_write_text (sheet, row, 5, vs_periodicity_to_string (indicator->periodicity), NULL);
  vs_xlsx_write_text (sheet, row, 6, x->doc->locality, NULL);
  vs_xlsx_write_text (sheet, row, 7, period, NULL);
  if (isnan (cell->value))
    {
      vs_xlsx_write_text (sheet, row, 8, "c", NULL);
      return TRUE;
    }
  worksheet_write_number (sheet, row, 8, cell->value, NULL);
  if (!isnan (cell->numerator))
    worksheet_write_number (sheet, row, 9, cell->numerator, NULL);
  if (!isnan (cell->denominator))
    worksheet_write_number (sheet, row, 10, cell->denominator, NULL);
  return TRUE;
}

/* Every figure the dashboards show, one row each, under the headers the importer knows
 * (catalogue.csv's and values.csv's): importing this sheet into an empty database gives
 * the same indicators and the same figures. Months with no figure have no row: what a gap
 * means is the rules' to say, not the data's. */
void
vs_xlsx_write_data (VsXlsx *x)
{
  static const char *const headers[] = { "Ref", "Indicator", "Area", "Unit", "Polarity",
                                          "Periodicity", "Locality", "Period", "Value",
                                          "Numerator", "Denominator" };
  lxw_worksheet *sheet = vs_xlsx_add_sheet (x, _("Data"));
  lxw_format *header = vs_xlsx_format (x, (VsRag) -1, TRUE, FALSE, NULL);
  const char *area = NULL;
  guint row = 1;

  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    vs_xlsx_write_text (sheet, 0, c, headers[c], header);
  for (guint i = 0; i < x->doc->slides->len; i++)
    {
      const VsPackSlide *slide = g_ptr_array_index (x->doc->slides, i);

      if (slide->kind != VS_PACK_SLIDE_DASHBOARD)
        continue;
      if (slide->outline != NULL)
        area = slide->outline;
      /* Every table of the slide: an area's months, then its years. */
      for (guint j = 0; j < slide->blocks->len; j++)
        {
          const VsPackBlock *block = g_ptr_array_index (slide->blocks, j);

          for (guint r = 0; block->kind == VS_PACK_BLOCK_RAG_TABLE && r < block->table->rows->len; r++)
            {
              const VsPackRow *cells = g_ptr_array_index (block->table->rows, r);

              for (guint c = 0; cells->indicator != NULL && c < block->table->n_columns; c++)
                if (data_row (x, sheet, row, area, cells->indicator, &cells->cells[c]))
                  row++;
            }
        }
    }
  worksheet_set_column (sheet, 0, 0, 8, NULL);
  worksheet_set_column (sheet, 1, 1, 50, NULL);
  worksheet_set_column (sheet, 2, 7, 14, NULL);
  worksheet_set_column (sheet, 8, 10, 12, NULL);
  worksheet_freeze_panes (sheet, 1, 0);
}
