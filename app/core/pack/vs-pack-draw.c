/* vs-pack-draw.c: one slide drawn with cairo and pango, exactly as it was measured
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <librsvg/rsvg.h>

#include "vs-pack-private.h"
#include "vs-pack-render.h"

typedef struct {
  double r, g, b;
} Rgb;

#define INK       ((Rgb) { 0.12, 0.12, 0.12 })
#define MUTED     ((Rgb) { 0.33, 0.33, 0.36 })
#define RULE      ((Rgb) { 0.75, 0.75, 0.77 })
#define HEADER_BG ((Rgb) { 0.90, 0.91, 0.93 })
#define LINK      ((Rgb) { 0.10, 0.37, 0.71 })

static void
set_rgb (cairo_t *cr,
         Rgb      c)
{
  cairo_set_source_rgb (cr, c.r, c.g, c.b);
}

/* The window's tints on white (style.css vs_*_tint) and its strong colours for shapes. */
static gboolean
tint_for (VsRag  rag,
          Rgb   *out)
{
  switch (rag)
    {
    case VS_RAG_RED:          *out = (Rgb) { 0.98, 0.82, 0.82 }; return TRUE;
    case VS_RAG_AMBER:        *out = (Rgb) { 1.00, 0.91, 0.66 }; return TRUE;
    case VS_RAG_GREEN:        *out = (Rgb) { 0.82, 0.93, 0.85 }; return TRUE;
    case VS_RAG_NOT_EXPECTED: *out = (Rgb) { 0.86, 0.86, 0.87 }; return TRUE;
    case VS_RAG_SUPPRESSED:   *out = (Rgb) { 0.93, 0.93, 0.94 }; return TRUE;
    case VS_RAG_PENDING:
    case VS_RAG_NONE:
      return FALSE;
    }
  g_return_val_if_reached (FALSE);
}

static Rgb
strong_for (VsRag rag)
{
  switch (rag)
    {
    case VS_RAG_RED:   return (Rgb) { 0.75, 0.11, 0.16 };
    case VS_RAG_AMBER: return (Rgb) { 0.61, 0.43, 0.01 };
    case VS_RAG_GREEN: return (Rgb) { 0.15, 0.50, 0.28 };
    case VS_RAG_NONE:
    case VS_RAG_PENDING:
    case VS_RAG_NOT_EXPECTED:
    case VS_RAG_SUPPRESSED:
      return MUTED;
    }
  g_return_val_if_reached (MUTED);
}

static Rgb
travel_color (VsTravel travel)
{
  switch (travel)
    {
    case VS_TRAVEL_IMPROVING: return strong_for (VS_RAG_GREEN);
    case VS_TRAVEL_DECLINING: return strong_for (VS_RAG_RED);
    case VS_TRAVEL_SAME:
    case VS_TRAVEL_NONE:
      return MUTED;
    }
  g_return_val_if_reached (MUTED);
}

static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y,
             Rgb          color)
{
  set_rgb (cr, color);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* Colours the cell's leading symbol or arrow (up to its first space) in @color. */
static void
color_lead (PangoLayout *layout,
            const char  *display,
            Rgb          color)
{
  const char *space = strchr (display, ' ');
  PangoAttribute *attr = pango_attr_foreground_new ((guint16) (color.r * 65535),
                                                    (guint16) (color.g * 65535),
                                                    (guint16) (color.b * 65535));

  attr->start_index = 0;
  attr->end_index = space != NULL ? (guint) (space - display) : (guint) strlen (display);
  vs_pack_layout_add_attribute (layout, attr);
}

/* A pack shows the same few cells again and again ("Awaiting data", "High", a blank month):
 * each is shaped once per context (a document's, vs_pack_charts_text_context) and drawn as
 * often as it appears. Owned by the context's cache. */
static PangoLayout *
cell_layout (PangoContext       *context,
             const VsPackCell   *cell,
             const char         *display,
             const VsPackColumn *column,
             gboolean            header)
{
  GHashTable *cache = vs_pack_context_cache (context, "vs-pack-cell-layouts", g_object_unref);
  gboolean lead = !header && ((cell->kind == VS_PACK_CELL_RAG && vs_rag_symbol (cell->rag)[0] != '\0')
                              || cell->kind == VS_PACK_CELL_TRAVEL);
  gboolean underline = !header && !lead && cell->link >= 0;
  char *key;
  PangoLayout *layout;

  /* Everything the layout's text, size and colours depend on. */
  key = g_strdup_printf ("%d %d %d %d %d %d %.2f %s", header || cell->strong, column->align,
                         lead ? (int) cell->kind : -1, lead ? (int) cell->rag : -1,
                         lead ? (int) cell->travel : -1, underline, column->width, display);
  layout = g_hash_table_lookup (cache, key);
  if (layout != NULL)
    {
      g_free (key);
      return layout;
    }
  layout = vs_pack_text_layout (context, display, VS_PACK_TABLE_PT, header || cell->strong,
                                column->width - 2 * VS_PACK_CELL_PAD_X, column->align);
  if (!header && cell->kind == VS_PACK_CELL_RAG && vs_rag_symbol (cell->rag)[0] != '\0')
    color_lead (layout, display, strong_for (cell->rag));
  else if (!header && cell->kind == VS_PACK_CELL_TRAVEL)
    color_lead (layout, display, travel_color (cell->travel));
  else if (underline)
    vs_pack_layout_add_attribute (layout, pango_attr_underline_new (PANGO_UNDERLINE_SINGLE));
  g_hash_table_insert (cache, key, layout);
  return layout;
}

static void
draw_cell (cairo_t           *cr,
           PangoContext      *context,
           const VsPackCell  *cell,
           const VsPackColumn *column,
           double             x,
           double             y,
           double             height,
           gboolean           header,
           gboolean           tags)
{
  g_autofree char *display = vs_pack_cell_display (cell);
  PangoLayout *layout;
  Rgb tint, ink = header ? INK : cell->link >= 0 ? LINK : INK;

  if (header)
    {
      set_rgb (cr, HEADER_BG);
      cairo_rectangle (cr, x, y, column->width, height);
      cairo_fill (cr);
    }
  else if (cell->kind == VS_PACK_CELL_RAG && tint_for (cell->rag, &tint))
    {
      set_rgb (cr, tint);
      cairo_rectangle (cr, x, y, column->width, height);
      cairo_fill (cr);
    }
  layout = cell_layout (context, cell, display, column, header);

  if (tags && cell->link >= 0)
    {
      g_autofree char *attrs = g_strdup_printf ("page=%d", cell->link + 1);

      cairo_tag_begin (cr, CAIRO_TAG_LINK, attrs);
    }
  show_layout (cr, layout, x + VS_PACK_CELL_PAD_X, y + VS_PACK_CELL_PAD_Y, ink);
  if (tags && cell->link >= 0)
    cairo_tag_end (cr, CAIRO_TAG_LINK);
}

static void
draw_table (cairo_t           *cr,
            PangoContext      *context,
            const VsPackBlock *block,
            gboolean           tags)
{
  const VsPackTable *table = block->table;
  double y = block->y;

  if (table->header_height > 0)
    {
      double x = block->x;

      for (guint c = 0; c < table->n_columns; c++)
        {
          VsPackCell cell = { .kind = VS_PACK_CELL_TEXT, .link = -1,
                              .text = table->columns[c].title ? table->columns[c].title : (char *) "" };

          draw_cell (cr, context, &cell, &table->columns[c], x, y, table->header_height, TRUE, FALSE);
          x += table->columns[c].width;
        }
      y += table->header_height;
    }
  for (guint r = 0; r < table->rows->len; r++)
    {
      const VsPackRow *row = g_ptr_array_index (table->rows, r);
      double x = block->x;

      for (guint c = 0; c < table->n_columns; c++)
        {
          draw_cell (cr, context, &row->cells[c], &table->columns[c], x, y, row->height, FALSE, tags);
          x += table->columns[c].width;
        }
      /* A rule under each row: rows stay apart in a grey-scale print. */
      set_rgb (cr, RULE);
      cairo_set_line_width (cr, 0.6);
      cairo_move_to (cr, block->x, y + row->height);
      cairo_line_to (cr, block->x + block->width, y + row->height);
      cairo_stroke (cr);
      y += row->height;
    }
}

static void
draw_text (cairo_t           *cr,
           PangoContext      *context,
           const VsPackBlock *block)
{
  double y = block->y;

  for (guint i = 0; i < block->sections->len; i++)
    {
      const VsPackSection *section = g_ptr_array_index (block->sections, i);
      g_autoptr(PangoLayout) body = NULL;

      if (i > 0)
        y += VS_PACK_SECTION_GAP;
      if (section->heading != NULL)
        {
          g_autoptr(PangoLayout) heading = vs_pack_text_layout (context, section->heading,
                                                                block->font_size, TRUE,
                                                                block->width, VS_PACK_ALIGN_START);

          show_layout (cr, heading, block->x, y, INK);
          y += vs_pack_text_height (context, section->heading, block->font_size, TRUE, block->width);
        }
      body = vs_pack_text_layout (context, section->body, block->font_size, FALSE, block->width,
                                  VS_PACK_ALIGN_START);
      show_layout (cr, body, block->x, y, INK);
      y += vs_pack_text_height (context, section->body, block->font_size, FALSE, block->width);
    }
}

static void
draw_title (cairo_t           *cr,
            PangoContext      *context,
            const VsPackBlock *block)
{
  g_autoptr(PangoLayout) heading = vs_pack_text_layout (context, block->heading, block->font_size,
                                                        TRUE, block->width, VS_PACK_ALIGN_START);

  show_layout (cr, heading, block->x, block->y, INK);
  if (block->text != NULL)
    {
      g_autoptr(PangoLayout) sub = vs_pack_text_layout (context, block->text, VS_PACK_BODY_PT,
                                                        FALSE, block->width, VS_PACK_ALIGN_START);

      show_layout (cr, sub, block->x,
                   block->y + vs_pack_text_height (context, block->heading, block->font_size,
                                                   TRUE, block->width), MUTED);
    }
}

static void
draw_footer (cairo_t           *cr,
             PangoContext      *context,
             const VsPackBlock *block)
{
  const char *parts[3] = { block->heading, block->text, block->aside };
  static const VsPackAlign align[3] = { VS_PACK_ALIGN_START, VS_PACK_ALIGN_CENTER, VS_PACK_ALIGN_END };
  double x[3], w[3];

  set_rgb (cr, RULE);
  cairo_set_line_width (cr, 0.6);
  cairo_move_to (cr, block->x, block->y - 4);
  cairo_line_to (cr, block->x + block->width, block->y - 4);
  cairo_stroke (cr);
  vs_pack_footer_columns (block, x, w);
  for (guint i = 0; i < 3; i++)
    if (parts[i] != NULL)
      {
        g_autoptr(PangoLayout) layout = vs_pack_text_layout (context, parts[i], VS_PACK_TABLE_PT,
                                                             i == 0, w[i], align[i]);

        show_layout (cr, layout, x[i], block->y, i == 0 ? INK : MUTED);
      }
}

static void
draw_chart (cairo_t           *cr,
            const VsPackBlock *block,
            VsPackCharts      *charts)
{
  GBytes *svg = charts != NULL ? vs_pack_charts_lookup (charts, block) : NULL;
  RsvgHandle *handle = NULL;
  RsvgRectangle viewport = { block->x, block->y, block->width, block->height };

  if (svg != NULL)
    handle = rsvg_handle_new_from_data (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg), NULL);
  /* gnuplot's SVG is ours and was parsed by the plot room's tests; a chart that cannot
   * be drawn leaves its box framed and empty rather than failing the pack. */
  if (handle == NULL || !rsvg_handle_render_document (handle, cr, &viewport, NULL))
    {
      set_rgb (cr, RULE);
      cairo_rectangle (cr, block->x, block->y, block->width, block->height);
      cairo_stroke (cr);
    }
  g_clear_object (&handle);
}

void
vs_pack_draw_slide (cairo_t              *cr,
                    const VsPackDocument *doc,
                    guint                 index,
                    VsPackCharts         *charts,
                    gboolean              tags)
{
  PangoContext *context;
  const VsPackSlide *slide;

  g_return_if_fail (cr != NULL && doc != NULL && index < doc->slides->len);

  slide = g_ptr_array_index (doc->slides, index);
  /* One context for the whole document when there is one, so its shaped cells are kept. */
  context = charts != NULL ? g_object_ref (vs_pack_charts_text_context (charts))
                           : vs_pack_text_context ();
  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, VS_PACK_PAGE_WIDTH, VS_PACK_PAGE_HEIGHT);
  cairo_fill (cr);
  for (guint i = 0; i < slide->blocks->len; i++)
    {
      const VsPackBlock *block = g_ptr_array_index (slide->blocks, i);

      switch (block->kind)
        {
        case VS_PACK_BLOCK_TITLE:
          draw_title (cr, context, block);
          break;
        case VS_PACK_BLOCK_RAG_TABLE:
        case VS_PACK_BLOCK_KEY_FIGURES:
        case VS_PACK_BLOCK_ACTIONS:
        case VS_PACK_BLOCK_TABLE:
          draw_table (cr, context, block, tags);
          break;
        case VS_PACK_BLOCK_TEXT:
          draw_text (cr, context, block);
          break;
        case VS_PACK_BLOCK_CHART:
          draw_chart (cr, block, charts);
          break;
        case VS_PACK_BLOCK_FOOTER:
          draw_footer (cr, context, block);
          break;
        }
    }
  cairo_restore (cr);
  g_object_unref (context);
}
