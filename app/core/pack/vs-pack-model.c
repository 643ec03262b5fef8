/* vs-pack-model.c: the pack's slides, blocks and tables as plain records
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "vs-chart-spec.h"
#include "vs-pack-private.h"

G_DEFINE_QUARK (vs-pack-error-quark, vs_pack_error)

void
vs_pack_options_init (VsPackOptions *options)
{
  g_return_if_fail (options != NULL);

  *options = (VsPackOptions) {
    .period = VS_PERIOD_INVALID,
    .cards = VS_PACK_CARDS_EXCEPTIONS,
  };
}

char *
vs_pack_author_name (const char *preferred)
{
  g_autofree char *chosen = g_strstrip (g_strdup (preferred != NULL ? preferred : ""));
  const char *real = g_get_real_name ();

  if (chosen[0] != '\0')
    return g_steal_pointer (&chosen);
  /* GLib says "Unknown" when the account has no real name. */
  if (real == NULL || real[0] == '\0' || g_str_equal (real, "Unknown") ||
      g_str_equal (real, g_get_user_name ()))
    return NULL;
  return g_strdup (real);
}

VsPackSlide *
vs_pack_slide_new (VsPackSlideKind  kind,
                   const char      *title)
{
  VsPackSlide *slide = g_new0 (VsPackSlide, 1);

  slide->kind = kind;
  slide->title = g_strdup (title);
  slide->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) vs_pack_block_free);
  return slide;
}

void
vs_pack_slide_free (VsPackSlide *slide)
{
  if (slide == NULL)
    return;
  g_free (slide->title);
  g_free (slide->outline);
  g_free (slide->notes);
  g_ptr_array_unref (slide->blocks);
  g_free (slide);
}

VsPackBlock *
vs_pack_block_new (VsPackBlockKind kind,
                   double          x,
                   double          y,
                   double          width,
                   double          height)
{
  VsPackBlock *block = g_new0 (VsPackBlock, 1);

  block->kind = kind;
  block->x = x;
  block->y = y;
  block->width = width;
  block->height = height;
  block->font_size = VS_PACK_BODY_PT;
  return block;
}

void
vs_pack_block_free (VsPackBlock *block)
{
  if (block == NULL)
    return;
  g_free (block->heading);
  g_free (block->text);
  g_free (block->aside);
  g_clear_pointer (&block->table, vs_pack_table_free);
  g_clear_pointer (&block->sections, g_ptr_array_unref);
  g_clear_pointer (&block->chart, vs_chart_spec_free);
  g_free (block);
}

VsPackTable *
vs_pack_table_new (guint n_columns)
{
  VsPackTable *table = g_new0 (VsPackTable, 1);

  table->n_columns = n_columns;
  table->columns = g_new0 (VsPackColumn, n_columns);
  table->rows = g_ptr_array_new ();
  return table;
}

static void
row_free (VsPackRow *row,
          guint      n_columns)
{
  for (guint i = 0; i < n_columns; i++)
    g_free (row->cells[i].text);
  g_free (row->cells);
  g_free (row);
}

void
vs_pack_table_free (VsPackTable *table)
{
  if (table == NULL)
    return;
  for (guint i = 0; i < table->rows->len; i++)
    row_free (g_ptr_array_index (table->rows, i), table->n_columns);
  g_ptr_array_unref (table->rows);
  for (guint i = 0; i < table->n_columns; i++)
    g_free (table->columns[i].title);
  g_free (table->columns);
  g_free (table);
}

void
vs_pack_table_set_column (VsPackTable *table,
                          guint        i,
                          const char  *title,
                          double       width,
                          VsPackAlign  align)
{
  g_return_if_fail (table != NULL && i < table->n_columns);

  g_free (table->columns[i].title);
  table->columns[i].title = g_strdup (title);
  table->columns[i].width = width;
  table->columns[i].align = align;
}

VsPackRow *
vs_pack_table_add_row (VsPackTable *table)
{
  VsPackRow *row = g_new0 (VsPackRow, 1);

  row->cells = g_new0 (VsPackCell, table->n_columns);
  for (guint i = 0; i < table->n_columns; i++)
    {
      row->cells[i].value = NAN;
      row->cells[i].numerator = NAN;
      row->cells[i].denominator = NAN;
      row->cells[i].period = VS_PERIOD_INVALID;
      row->cells[i].link = -1;
      row->cells[i].text = g_strdup ("");
    }
  g_ptr_array_add (table->rows, row);
  return row;
}

double
vs_pack_table_width (const VsPackTable *table)
{
  double width = 0;

  for (guint i = 0; i < table->n_columns; i++)
    width += table->columns[i].width;
  return width;
}

void
vs_pack_cell_set (VsPackCell     *cell,
                  VsPackCellKind  kind,
                  const char     *text)
{
  cell->kind = kind;
  g_free (cell->text);
  cell->text = g_strdup (text != NULL ? text : "");
}

VsPackSection *
vs_pack_section_new (const char *heading,
                     const char *body)
{
  VsPackSection *section = g_new0 (VsPackSection, 1);

  section->heading = g_strdup (heading);
  section->body = g_strdup (body != NULL ? body : "");
  return section;
}

void
vs_pack_section_free (VsPackSection *section)
{
  if (section == NULL)
    return;
  g_free (section->heading);
  g_free (section->body);
  g_free (section);
}

void
vs_pack_document_free (VsPackDocument *document)
{
  if (document == NULL)
    return;
  g_free (document->title);
  g_free (document->subject);
  g_free (document->author);
  g_free (document->marking);
  g_free (document->locality);
  g_ptr_array_unref (document->slides);
  g_clear_pointer (&document->indicators, g_ptr_array_unref);
  g_free (document);
}

VsPackBlock *
vs_pack_slide_find_block (const VsPackSlide *slide,
                          VsPackBlockKind    kind)
{
  g_return_val_if_fail (slide != NULL, NULL);

  for (guint i = 0; i < slide->blocks->len; i++)
    {
      VsPackBlock *block = g_ptr_array_index (slide->blocks, i);

      if (block->kind == kind)
        return block;
    }
  return NULL;
}

/* The arrow points the way the figure moved, as in the window and the committee papers;
 * the word says whether that is better or worse, since on paper the colour may be lost. */
static const char *
travel_text (const VsPackCell *cell)
{
  switch (cell->travel)
    {
    /* Translators: direction of travel in a committee pack's table: the figure went up
     * (or down) and that is better (or worse) */
    case VS_TRAVEL_IMPROVING:
      return cell->movement > 0 ? C_("travel", "↑ Better") : C_("travel", "↓ Better");
    case VS_TRAVEL_DECLINING:
      return cell->movement > 0 ? C_("travel", "↑ Worse") : C_("travel", "↓ Worse");
    case VS_TRAVEL_SAME:      return C_("travel", "→ Same");
    case VS_TRAVEL_NONE:
      return "";
    }
  g_return_val_if_reached ("");
}

char *
vs_pack_cell_display (const VsPackCell *cell)
{
  const char *symbol;

  g_return_val_if_fail (cell != NULL, NULL);

  switch (cell->kind)
    {
    case VS_PACK_CELL_RAG:
      symbol = vs_rag_symbol (cell->rag);
      if (*symbol == '\0')
        return g_strdup (cell->text);
      if (cell->text[0] == '\0')
        return g_strdup (symbol);
      return g_strdup_printf ("%s %s", symbol, cell->text);
    case VS_PACK_CELL_TRAVEL:
      if (cell->text[0] == '\0' || cell->travel == VS_TRAVEL_NONE)
        return g_strdup (cell->travel != VS_TRAVEL_NONE ? travel_text (cell) : cell->text);
      return g_strdup_printf ("%s, %s", travel_text (cell), cell->text);
    case VS_PACK_CELL_TEXT:
      return g_strdup (cell->text);
    }
  g_return_val_if_reached (NULL);
}

gboolean
vs_pack_table_same_columns (const VsPackTable *a,
                            const VsPackTable *b)
{
  g_return_val_if_fail (b != NULL, FALSE);

  if (a == NULL || a->n_columns != b->n_columns)
    return FALSE;
  for (guint c = 0; c < a->n_columns; c++)
    if (g_strcmp0 (a->columns[c].title, b->columns[c].title) != 0)
      return FALSE;
  return TRUE;
}
