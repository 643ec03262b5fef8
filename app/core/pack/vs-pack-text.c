/* vs-pack-text.c: the one way a pack's text is set, so that what the builder measured is
 * what every renderer draws
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "vs-pack-private.h"

/* The layout pass lives here and in the builder, not in a renderer: the slides are final
 * before any renderer sees them, so a PDF, a PowerPoint and a print of one pack have the
 * same pages, and a renderer never decides where a slide breaks. */

PangoContext *
vs_pack_text_context (void)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (map);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* A PDF is drawn unhinted: measuring hinted would make lines a fraction wider or
   * narrower than they are drawn, enough to wrap differently. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);
  return context;
}

PangoLayout *
vs_pack_text_layout (PangoContext *context,
                     const char   *text,
                     double        size,
                     gboolean      bold,
                     double        width,
                     VsPackAlign   align)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_from_string (VS_PACK_FONT_FAMILY);
  PangoAttrList *attrs = pango_attr_list_new ();

  g_assert (size >= VS_PACK_MIN_FONT_PT);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  /* Any word longer than the box breaks between characters: a long reference, a URL or a
   * hostile title wraps instead of running out of its box. */
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, (int) floor (MAX (width, 1.0) * PANGO_SCALE));
  pango_layout_set_alignment (layout, align == VS_PACK_ALIGN_END ? PANGO_ALIGN_RIGHT
                                      : align == VS_PACK_ALIGN_CENTER ? PANGO_ALIGN_CENTER
                                      : PANGO_ALIGN_LEFT);
  /* Literal text, never markup: a title of "<b>" shows "<b>". */
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  /* A word broken at the box's edge gets no hyphen: the words of a committee paper are
   * not divided, and a reference or figure with a hyphen added would read as another. */
  pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  return layout;
}

GHashTable *
vs_pack_context_cache (PangoContext   *context,
                       const char     *name,
                       GDestroyNotify  free_value)
{
  GHashTable *cache = g_object_get_data (G_OBJECT (context), name);

  if (cache == NULL)
    {
      cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_value);
      g_object_set_data_full (G_OBJECT (context), name, cache,
                              (GDestroyNotify) g_hash_table_unref);
    }
  return cache;
}

void
vs_pack_layout_add_attribute (PangoLayout    *layout,
                              PangoAttribute *attribute)
{
  PangoAttrList *attrs = pango_layout_get_attributes (layout);

  /* Added to the layout's own (no hyphens), never replacing them: the text must break
   * where it was measured to. */
  attrs = attrs != NULL ? pango_attr_list_copy (attrs) : pango_attr_list_new ();
  pango_attr_list_insert (attrs, attribute);
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

/* A pack measures the same few texts again and again ("Low", "Awaiting data", a month's
 * figure at a column's width): shaping is most of a pack's time, so each is shaped once
 * per context. */
double
vs_pack_text_height (PangoContext *context,
                     const char   *text,
                     double        size,
                     gboolean      bold,
                     double        width)
{
  GHashTable *cache = vs_pack_context_cache (context, "vs-pack-heights", g_free);
  g_autoptr(PangoLayout) layout = NULL;
  char *key;
  double *height;

  /* Sizes to a thousandth of a point, as integers: formatting doubles cost more than the
   * lookup it keys. */
  key = g_strdup_printf ("%ld %d %ld %s", lround (size * 1000), bold, lround (width * 1000),
                         text != NULL ? text : "");
  height = g_hash_table_lookup (cache, key);
  if (height != NULL)
    {
      g_free (key);
      return *height;
    }
  layout = vs_pack_text_layout (context, text, size, bold, width, VS_PACK_ALIGN_START);
  height = g_new (double, 1);
  *height = layout_height (layout);
  g_hash_table_insert (cache, key, height);
  return *height;
}

gsize
vs_pack_text_fit (PangoContext *context,
                  const char   *text,
                  double        size,
                  gboolean      bold,
                  double        width,
                  double        height)
{
  g_autoptr(PangoLayout) layout = vs_pack_text_layout (context, text, size, bold, width,
                                                       VS_PACK_ALIGN_START);
  g_autoptr(PangoLayoutIter) iter = pango_layout_get_iter (layout);
  gsize fit = 0;

  do
    {
      PangoRectangle logical;
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      if ((double) (logical.y + logical.height) / PANGO_SCALE > height)
        break;
      fit = (gsize) (line->start_index + line->length);
    }
  while (pango_layout_iter_next_line (iter));

  /* The line's end includes its paragraph separator only when pango counted it. */
  while (text[fit] == '\n' || text[fit] == '\r')
    fit++;
  return fit;
}

static double
cell_height (PangoContext      *context,
             const VsPackCell  *cell,
             double             width,
             gboolean           bold)
{
  g_autofree char *display = vs_pack_cell_display (cell);

  /* An empty cell is a line high, as the row it is in. */
  if (display[0] == '\0')
    {
      g_free (display);
      display = g_strdup (" ");
    }
  return vs_pack_text_height (context, display, VS_PACK_TABLE_PT, bold || cell->strong,
                              width - 2 * VS_PACK_CELL_PAD_X) + 2 * VS_PACK_CELL_PAD_Y;
}

double
vs_pack_table_row_height (PangoContext      *context,
                          const VsPackTable *table,
                          const VsPackCell  *cells)
{
  double height = 0;

  for (guint i = 0; i < table->n_columns; i++)
    height = MAX (height, cell_height (context, &cells[i], table->columns[i].width, FALSE));
  return ceil (height);
}

double
vs_pack_table_header_height (PangoContext      *context,
                             const VsPackTable *table)
{
  double height = 0;
  gboolean any = FALSE;

  for (guint i = 0; i < table->n_columns; i++)
    any |= table->columns[i].title != NULL;
  /* A table of label and figure (the key figures) has no header row at all. */
  if (!any)
    return 0;
  for (guint i = 0; i < table->n_columns; i++)
    {
      VsPackCell cell = { .kind = VS_PACK_CELL_TEXT, .text = table->columns[i].title };

      if (cell.text == NULL)
        cell.text = (char *) "";
      height = MAX (height, cell_height (context, &cell, table->columns[i].width, TRUE));
    }
  return ceil (height);
}

static double
table_height (PangoContext      *context,
              const VsPackTable *table)
{
  double height = vs_pack_table_header_height (context, table);

  for (guint i = 0; i < table->rows->len; i++)
    {
      const VsPackRow *row = g_ptr_array_index (table->rows, i);

      height += vs_pack_table_row_height (context, table, row->cells);
    }
  return height;
}

static double
sections_height (PangoContext      *context,
                 const VsPackBlock *block)
{
  double height = 0;

  for (guint i = 0; i < block->sections->len; i++)
    {
      const VsPackSection *section = g_ptr_array_index (block->sections, i);

      if (i > 0)
        height += VS_PACK_SECTION_GAP;
      if (section->heading != NULL)
        height += vs_pack_text_height (context, section->heading, block->font_size, TRUE,
                                       block->width);
      height += vs_pack_text_height (context, section->body, block->font_size, FALSE,
                                     block->width);
    }
  return height;
}

void
vs_pack_footer_columns (const VsPackBlock *block,
                        double            *x,
                        double            *width)
{
  /* The marking left, the note in the middle, the page number right. */
  static const double share[3] = { 0.22, 0.60, 0.18 };
  double at = block->x;

  for (guint i = 0; i < 3; i++)
    {
      x[i] = at;
      width[i] = block->width * share[i];
      at += width[i];
    }
}

double
vs_pack_block_content_height (PangoContext      *context,
                              const VsPackBlock *block)
{
  g_return_val_if_fail (block != NULL, 0);

  switch (block->kind)
    {
    case VS_PACK_BLOCK_TITLE:
      return vs_pack_text_height (context, block->heading, block->font_size, TRUE, block->width)
             + (block->text != NULL
                ? vs_pack_text_height (context, block->text, VS_PACK_BODY_PT, FALSE, block->width)
                : 0);
    case VS_PACK_BLOCK_RAG_TABLE:
    case VS_PACK_BLOCK_KEY_FIGURES:
    case VS_PACK_BLOCK_ACTIONS:
    case VS_PACK_BLOCK_TABLE:
      return table_height (context, block->table);
    case VS_PACK_BLOCK_TEXT:
      return sections_height (context, block);
    case VS_PACK_BLOCK_FOOTER:
      {
        const char *parts[3] = { block->heading, block->text, block->aside };
        double height = 0, x[3], w[3];

        vs_pack_footer_columns (block, x, w);
        for (guint i = 0; i < 3; i++)
          if (parts[i] != NULL)
            height = MAX (height, vs_pack_text_height (context, parts[i], VS_PACK_TABLE_PT,
                                                       i == 0, w[i]));
        return height;
      }
    case VS_PACK_BLOCK_CHART:
      return block->height;   /* drawn scaled into its box */
    }
  g_return_val_if_reached (0);
}
