/* vs-pack-pptx-slide.c: one slide of the pack as PresentationML: text boxes, native
 * tables, the chart as a picture, and the speaker notes
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <librsvg/rsvg.h>

#include "vs-pack-pptx-private.h"

/* The charts are pictures at twice their size on the slide: sharp on a projector and in
 * a zoomed PowerPoint, and still a few tens of kilobytes each. */
#define CHART_SCALE 2.0
/* A table with no style of its own ("No Style, No Grid"), so that only its fills and rules
 * show, as in the PDF. */
#define TABLE_STYLE_NONE "{2D5ABB26-0587-4C30-8999-92F81FD0307C}"
#define FONT_LATIN "Cantarell"
#define FONT_OTHER "DejaVu Sans"

typedef struct {
  VsPptx             *pptx;
  guint               index;
  xmlTextWriterPtr    w;
  guint               next_id;   /* shape ids, unique on the slide */
  GHashTable         *images;    /* const VsPackBlock* -> relationship id */
  GHashTable         *links;     /* slide index + 1 -> relationship id */
} Slide;

/* The model measured lines with pango; the same line height, exactly, keeps every box
 * as tall as it was measured in any program and with any font it substitutes. */
static double
line_height (VsPptx   *pptx,
             double    size,
             gboolean  bold)
{
  gpointer key = GUINT_TO_POINTER ((guint) (size * 10) * 2 + (bold ? 1 : 0));
  gpointer found = g_hash_table_lookup (pptx->line_heights, key);
  double height;

  if (found != NULL)
    return GPOINTER_TO_UINT (found) / 1000.0;
  height = vs_pack_text_height (pptx->text, "Ág", size, bold, 1000.0);
  g_hash_table_insert (pptx->line_heights, key, GUINT_TO_POINTER ((guint) (height * 1000)));
  return height;
}

static void
run_props (Slide      *s,
           const char *element,
           double      size,
           gboolean    bold,
           const char *color,
           const char *link)
{
  xmlTextWriterPtr w = s->w;

  vs_ooxml_start (w, element);
  vs_ooxml_attr (w, "lang", "en-GB");
  vs_ooxml_attr_int (w, "sz", (gint64) round (size * 100));
  vs_ooxml_attr (w, "b", bold ? "1" : "0");
  if (link != NULL)
    vs_ooxml_attr (w, "u", "sng");
  vs_ooxml_attr (w, "dirty", "0");
  vs_ooxml_fill (w, color);
  vs_ooxml_empty (w, "a:latin", "typeface", FONT_LATIN, NULL);
  vs_ooxml_empty (w, "a:cs", "typeface", FONT_OTHER, NULL);
  if (link != NULL)
    vs_ooxml_empty (w, "a:hlinkClick", "r:id", link, "action", "ppaction://hlinksldjump", NULL);
  vs_ooxml_end (w);
}

static void
run (Slide      *s,
     const char *text,
     gssize      length,
     double      size,
     gboolean    bold,
     const char *color,
     const char *link)
{
  vs_ooxml_start (s->w, "a:r");
  run_props (s, "a:rPr", size, bold, color, link);
  vs_ooxml_start (s->w, "a:t");
  vs_ooxml_text (s->w, text, length);
  vs_ooxml_end (s->w);
  vs_ooxml_end (s->w);
}

typedef struct {
  double       size;
  gboolean     bold;
  const char  *color;
  VsPackAlign  align;
  double       before;     /* space before the first paragraph, points */
  gsize        lead;       /* bytes at the start drawn in @lead_color (a symbol, an arrow) */
  const char  *lead_color;
  const char  *link;       /* relationship id of the slide it jumps to */
} TextStyle;

/* @text as paragraphs, one per line: a line break in a commentary is a paragraph on the
 * slide, as it is in the PDF. */
static void
paragraphs (Slide           *s,
            const char      *text,
            const TextStyle *style)
{
  static const char *const align[] = { "l", "ctr", "r" };
  double height = line_height (s->pptx, style->size, style->bold);
  const char *line = text != NULL ? text : "";
  gboolean first = TRUE;

  for (;;)
    {
      gsize length = strcspn (line, "\n");
      gsize shown = length > 0 && line[length - 1] == '\r' ? length - 1 : length;

      vs_ooxml_start (s->w, "a:p");
      vs_ooxml_start (s->w, "a:pPr");
      vs_ooxml_attr (s->w, "algn", align[style->align]);
      if (vs_ooxml_is_rtl (line, (gssize) shown))
        vs_ooxml_attr (s->w, "rtl", "1");
      vs_ooxml_start (s->w, "a:lnSpc");
      vs_ooxml_start (s->w, "a:spcPts");
      vs_ooxml_attr_int (s->w, "val", (gint64) round (height * 100));
      vs_ooxml_end (s->w);
      vs_ooxml_end (s->w);
      if (first && style->before > 0)
        {
          g_autofree char *before = g_strdup_printf ("%d", (int) round (style->before * 100));

          vs_ooxml_start (s->w, "a:spcBef");
          vs_ooxml_empty (s->w, "a:spcPts", "val", before, NULL);
          vs_ooxml_end (s->w);
        }
      vs_ooxml_empty (s->w, "a:buNone", NULL);
      vs_ooxml_end (s->w);
      if (first && style->lead > 0 && style->lead <= shown)
        {
          run (s, line, (gssize) style->lead, style->size, style->bold, style->lead_color, NULL);
          if (shown > style->lead)
            run (s, line + style->lead, (gssize) (shown - style->lead), style->size, style->bold,
                 style->color, style->link);
        }
      else if (shown > 0)
        run (s, line, (gssize) shown, style->size, style->bold, style->color, style->link);
      run_props (s, "a:endParaRPr", style->size, style->bold, style->color, NULL);
      vs_ooxml_end (s->w);
      first = FALSE;
      if (line[length] == '\0')
        break;
      line += length + 1;
    }
}

static void
xfrm (Slide      *s,
      const char *element,
      double      x,
      double      y,
      double      width,
      double      height)
{
  vs_ooxml_start (s->w, element);
  vs_ooxml_start (s->w, "a:off");
  vs_ooxml_attr_int (s->w, "x", VS_OOXML_EMU (x));
  vs_ooxml_attr_int (s->w, "y", VS_OOXML_EMU (y));
  vs_ooxml_end (s->w);
  vs_ooxml_start (s->w, "a:ext");
  vs_ooxml_attr_int (s->w, "cx", VS_OOXML_EMU (MAX (width, 0)));
  vs_ooxml_attr_int (s->w, "cy", VS_OOXML_EMU (MAX (height, 0)));
  vs_ooxml_end (s->w);
  vs_ooxml_end (s->w);
}

static void
shape_name (Slide      *s,
            const char *element,
            const char *name,
            const char *descr)
{
  vs_ooxml_start (s->w, element);
  vs_ooxml_attr_int (s->w, "id", s->next_id++);
  vs_ooxml_attr (s->w, "name", name);
  if (descr != NULL)
    vs_ooxml_attr (s->w, "descr", descr);
  vs_ooxml_end (s->w);
}

/* A text box of the model's size with no insets: the text starts where the model put it. */
static void
text_box_begin (Slide      *s,
                const char *name,
                gboolean    title,
                double      x,
                double      y,
                double      width,
                double      height)
{
  xmlTextWriterPtr w = s->w;

  vs_ooxml_start (w, "p:sp");
  vs_ooxml_start (w, "p:nvSpPr");
  shape_name (s, "p:cNvPr", name, NULL);
  if (title)
    {
      /* The slide's title placeholder: PowerPoint's outline, a screen reader and the
       * "go to slide" list name the slide by it. */
      vs_ooxml_start (w, "p:cNvSpPr");
      vs_ooxml_empty (w, "a:spLocks", "noGrp", "1", NULL);
      vs_ooxml_end (w);
      vs_ooxml_start (w, "p:nvPr");
      vs_ooxml_empty (w, "p:ph", "type", "title", NULL);
      vs_ooxml_end (w);
    }
  else
    {
      vs_ooxml_empty (w, "p:cNvSpPr", "txBox", "1", NULL);
      vs_ooxml_empty (w, "p:nvPr", NULL);
    }
  vs_ooxml_end (w);
  vs_ooxml_start (w, "p:spPr");
  xfrm (s, "a:xfrm", x, y, width, height);
  vs_ooxml_start (w, "a:prstGeom");
  vs_ooxml_attr (w, "prst", "rect");
  vs_ooxml_empty (w, "a:avLst", NULL);
  vs_ooxml_end (w);
  vs_ooxml_empty (w, "a:noFill", NULL);
  vs_ooxml_end (w);
  vs_ooxml_start (w, "p:txBody");
  vs_ooxml_start (w, "a:bodyPr");
  vs_ooxml_attr (w, "wrap", "square");
  vs_ooxml_attr (w, "lIns", "0");
  vs_ooxml_attr (w, "tIns", "0");
  vs_ooxml_attr (w, "rIns", "0");
  vs_ooxml_attr (w, "bIns", "0");
  vs_ooxml_attr (w, "anchor", "t");
  vs_ooxml_empty (w, "a:noAutofit", NULL);
  vs_ooxml_end (w);
  vs_ooxml_empty (w, "a:lstStyle", NULL);
}

static void
text_box_end (Slide *s)
{
  vs_ooxml_end (s->w);   /* p:txBody */
  vs_ooxml_end (s->w);   /* p:sp */
}

static void
rule (Slide  *s,
      double  x,
      double  y,
      double  width)
{
  xmlTextWriterPtr w = s->w;

  vs_ooxml_start (w, "p:cxnSp");
  vs_ooxml_start (w, "p:nvCxnSpPr");
  shape_name (s, "p:cNvPr", "Rule", NULL);
  vs_ooxml_empty (w, "p:cNvCxnSpPr", NULL);
  vs_ooxml_empty (w, "p:nvPr", NULL);
  vs_ooxml_end (w);
  vs_ooxml_start (w, "p:spPr");
  xfrm (s, "a:xfrm", x, y, width, 0);
  vs_ooxml_start (w, "a:prstGeom");
  vs_ooxml_attr (w, "prst", "line");
  vs_ooxml_empty (w, "a:avLst", NULL);
  vs_ooxml_end (w);
  vs_ooxml_start (w, "a:ln");
  vs_ooxml_attr_int (w, "w", VS_OOXML_EMU (0.6));
  vs_ooxml_fill (w, VS_OOXML_RULE);
  vs_ooxml_end (w);
  vs_ooxml_end (w);
  vs_ooxml_end (w);
}

static void
write_title (Slide             *s,
             const VsPackBlock *block)
{
  PangoContext *text = s->pptx->text;
  double heading = vs_pack_text_height (text, block->heading, block->font_size, TRUE, block->width);
  TextStyle style = { .size = block->font_size, .bold = TRUE, .color = VS_OOXML_INK };

  text_box_begin (s, "Title", TRUE, block->x, block->y, block->width, heading);
  paragraphs (s, block->heading, &style);
  text_box_end (s);
  if (block->text != NULL)
    {
      TextStyle sub = { .size = VS_PACK_BODY_PT, .color = VS_OOXML_MUTED };

      text_box_begin (s, "Subtitle", FALSE, block->x, block->y + heading, block->width,
                      block->height - heading);
      paragraphs (s, block->text, &sub);
      text_box_end (s);
    }
}

static void
write_sections (Slide             *s,
                const VsPackBlock *block)
{
  text_box_begin (s, "Text", FALSE, block->x, block->y, block->width, block->height);
  for (guint i = 0; i < block->sections->len; i++)
    {
      const VsPackSection *section = g_ptr_array_index (block->sections, i);
      TextStyle heading = { .size = block->font_size, .bold = TRUE, .color = VS_OOXML_INK,
                            .before = i > 0 ? VS_PACK_SECTION_GAP : 0 };
      TextStyle body = { .size = block->font_size, .color = VS_OOXML_INK,
                         .before = i > 0 && section->heading == NULL ? VS_PACK_SECTION_GAP : 0 };

      if (section->heading != NULL)
        paragraphs (s, section->heading, &heading);
      paragraphs (s, section->body, &body);
    }
  text_box_end (s);
}

static const char *
link_to (Slide *s,
         int    target)
{
  gpointer key = GINT_TO_POINTER (target + 1);
  const char *id = g_hash_table_lookup (s->links, key);

  if (id == NULL && (guint) target < s->pptx->doc->slides->len)
    {
      id = gsf_outfile_open_pkg_relate (GSF_OUTFILE_OPEN_PKG (s->pptx->slides[target]),
                                        GSF_OUTFILE_OPEN_PKG (s->pptx->slides[s->index]),
                                        VS_OOXML_REL "slide");
      g_hash_table_insert (s->links, key, g_strdup (id));
    }
  return id;
}

static void
table_cell (Slide              *s,
            const VsPackCell   *cell,
            const VsPackColumn *column,
            gboolean            header,
            gboolean            rule_below)
{
  xmlTextWriterPtr w = s->w;
  g_autofree char *display = vs_pack_cell_display (cell);
  const char *tint = header ? VS_OOXML_HEADER_BG
                     : cell->kind == VS_PACK_CELL_RAG ? vs_ooxml_rag_tint (cell->rag) : NULL;
  TextStyle style = { .size = VS_PACK_TABLE_PT, .bold = header || cell->strong,
                      .color = VS_OOXML_INK, .align = column->align };
  const char *space = strchr (display, ' ');

  /* The symbol or arrow in its rating's colour; the word beside it says the same. */
  if (!header && cell->kind == VS_PACK_CELL_RAG && vs_rag_symbol (cell->rag)[0] != '\0')
    style.lead_color = vs_ooxml_rag_strong (cell->rag);
  else if (!header && cell->kind == VS_PACK_CELL_TRAVEL && cell->travel != VS_TRAVEL_NONE)
    style.lead_color = vs_ooxml_travel_color (cell->travel);
  if (style.lead_color != NULL)
    style.lead = space != NULL ? (gsize) (space - display) : strlen (display);
  if (!header && cell->link >= 0 && (style.link = link_to (s, cell->link)) != NULL)
    style.color = VS_OOXML_LINK;

  vs_ooxml_start (w, "a:tc");
  vs_ooxml_start (w, "a:txBody");
  vs_ooxml_empty (w, "a:bodyPr", NULL);
  vs_ooxml_empty (w, "a:lstStyle", NULL);
  paragraphs (s, display, &style);
  vs_ooxml_end (w);
  vs_ooxml_start (w, "a:tcPr");
  vs_ooxml_attr_int (w, "marL", VS_OOXML_EMU (VS_PACK_CELL_PAD_X));
  vs_ooxml_attr_int (w, "marR", VS_OOXML_EMU (VS_PACK_CELL_PAD_X));
  vs_ooxml_attr_int (w, "marT", VS_OOXML_EMU (VS_PACK_CELL_PAD_Y));
  vs_ooxml_attr_int (w, "marB", VS_OOXML_EMU (VS_PACK_CELL_PAD_Y));
  vs_ooxml_attr (w, "anchor", "t");
  if (rule_below)
    {
      /* A rule under each row: rows stay apart in a grey-scale print. */
      vs_ooxml_start (w, "a:lnB");
      vs_ooxml_attr_int (w, "w", VS_OOXML_EMU (0.6));
      vs_ooxml_fill (w, VS_OOXML_RULE);
      vs_ooxml_end (w);
    }
  if (tint != NULL)
    vs_ooxml_fill (w, tint);
  else
    vs_ooxml_empty (w, "a:noFill", NULL);
  vs_ooxml_end (w);
  vs_ooxml_end (w);
}

static void
write_table (Slide             *s,
             const VsPackBlock *block)
{
  xmlTextWriterPtr w = s->w;
  const VsPackTable *table = block->table;

  vs_ooxml_start (w, "p:graphicFrame");
  vs_ooxml_start (w, "p:nvGraphicFramePr");
  shape_name (s, "p:cNvPr", "Table", NULL);
  vs_ooxml_start (w, "p:cNvGraphicFramePr");
  vs_ooxml_empty (w, "a:graphicFrameLocks", "noGrp", "1", NULL);
  vs_ooxml_end (w);
  vs_ooxml_empty (w, "p:nvPr", NULL);
  vs_ooxml_end (w);
  xfrm (s, "p:xfrm", block->x, block->y, vs_pack_table_width (table), block->height);
  vs_ooxml_start (w, "a:graphic");
  vs_ooxml_start (w, "a:graphicData");
  vs_ooxml_attr (w, "uri", "http://schemas.openxmlformats.org/drawingml/2006/table");
  vs_ooxml_start (w, "a:tbl");
  vs_ooxml_start (w, "a:tblPr");
  vs_ooxml_attr (w, "firstRow", table->header_height > 0 ? "1" : "0");
  vs_ooxml_start (w, "a:tableStyleId");
  xmlTextWriterWriteString (w, BAD_CAST TABLE_STYLE_NONE);
  vs_ooxml_end (w);
  vs_ooxml_end (w);
  vs_ooxml_start (w, "a:tblGrid");
  for (guint c = 0; c < table->n_columns; c++)
    {
      vs_ooxml_start (w, "a:gridCol");
      vs_ooxml_attr_int (w, "w", VS_OOXML_EMU (table->columns[c].width));
      vs_ooxml_end (w);
    }
  vs_ooxml_end (w);
  if (table->header_height > 0)
    {
      vs_ooxml_start (w, "a:tr");
      vs_ooxml_attr_int (w, "h", VS_OOXML_EMU (table->header_height));
      for (guint c = 0; c < table->n_columns; c++)
        {
          VsPackCell cell = { .kind = VS_PACK_CELL_TEXT, .link = -1,
                              .text = table->columns[c].title ? table->columns[c].title : (char *) "" };

          table_cell (s, &cell, &table->columns[c], TRUE, FALSE);
        }
      vs_ooxml_end (w);
    }
  for (guint r = 0; r < table->rows->len; r++)
    {
      const VsPackRow *row = g_ptr_array_index (table->rows, r);

      vs_ooxml_start (w, "a:tr");
      vs_ooxml_attr_int (w, "h", VS_OOXML_EMU (row->height));
      for (guint c = 0; c < table->n_columns; c++)
        table_cell (s, &row->cells[c], &table->columns[c], FALSE, TRUE);
      vs_ooxml_end (w);
    }
  vs_ooxml_end (w);   /* a:tbl */
  vs_ooxml_end (w);   /* a:graphicData */
  vs_ooxml_end (w);   /* a:graphic */
  vs_ooxml_end (w);   /* p:graphicFrame */
}

static void
write_footer (Slide             *s,
              const VsPackBlock *block)
{
  const char *parts[3] = { block->heading, block->text, block->aside };
  static const VsPackAlign align[3] = { VS_PACK_ALIGN_START, VS_PACK_ALIGN_CENTER, VS_PACK_ALIGN_END };
  static const char *const names[3] = { "Marking", "Note", "Slide number" };
  double x[3], width[3];

  rule (s, block->x, block->y - 4, block->width);
  vs_pack_footer_columns (block, x, width);
  for (guint i = 0; i < 3; i++)
    if (parts[i] != NULL)
      {
        TextStyle style = { .size = VS_PACK_TABLE_PT, .bold = i == 0, .align = align[i],
                            .color = i == 0 ? VS_OOXML_INK : VS_OOXML_MUTED };

        text_box_begin (s, names[i], FALSE, x[i], block->y, width[i], block->height);
        paragraphs (s, parts[i], &style);
        text_box_end (s);
      }
}

static void
write_picture (Slide             *s,
               const VsPackBlock *block,
               const char        *id)
{
  xmlTextWriterPtr w = s->w;

  vs_ooxml_start (w, "p:pic");
  vs_ooxml_start (w, "p:nvPicPr");
  shape_name (s, "p:cNvPr", "Chart", block->aside);
  vs_ooxml_start (w, "p:cNvPicPr");
  vs_ooxml_empty (w, "a:picLocks", "noChangeAspect", "1", NULL);
  vs_ooxml_end (w);
  vs_ooxml_empty (w, "p:nvPr", NULL);
  vs_ooxml_end (w);
  vs_ooxml_start (w, "p:blipFill");
  vs_ooxml_empty (w, "a:blip", "r:embed", id, NULL);
  vs_ooxml_start (w, "a:stretch");
  vs_ooxml_empty (w, "a:fillRect", NULL);
  vs_ooxml_end (w);
  vs_ooxml_end (w);
  vs_ooxml_start (w, "p:spPr");
  xfrm (s, "a:xfrm", block->x, block->y, block->width, block->height);
  vs_ooxml_start (w, "a:prstGeom");
  vs_ooxml_attr (w, "prst", "rect");
  vs_ooxml_empty (w, "a:avLst", NULL);
  vs_ooxml_end (w);
  vs_ooxml_end (w);
  vs_ooxml_end (w);
}

static cairo_status_t
png_write_cb (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The chart's SVG, as the PDF draws it, rasterised on white at CHART_SCALE. */
static GByteArray *
chart_png (GBytes            *svg,
           const VsPackBlock *block,
           GError           **error)
{
  RsvgHandle *handle = rsvg_handle_new_from_data (g_bytes_get_data (svg, NULL),
                                                  g_bytes_get_size (svg), error);
  int width = (int) ceil (block->width * CHART_SCALE);
  int height = (int) ceil (block->height * CHART_SCALE);
  RsvgRectangle viewport = { 0, 0, block->width, block->height };
  cairo_surface_t *surface;
  GByteArray *png = g_byte_array_new ();
  gboolean ok;
  cairo_t *cr;

  if (handle == NULL)
    {
      g_byte_array_unref (png);
      return NULL;
    }
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, CHART_SCALE, CHART_SCALE);
  ok = rsvg_handle_render_document (handle, cr, &viewport, error);
  cairo_destroy (cr);
  g_object_unref (handle);
  if (ok && cairo_surface_write_to_png_stream (surface, png_write_cb, png) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, VS_PACK_ERROR, VS_PACK_ERROR_WRITE, "%s",
                   cairo_status_to_string (cairo_surface_status (surface)));
      ok = FALSE;
    }
  cairo_surface_destroy (surface);
  if (!ok)
    g_clear_pointer (&png, g_byte_array_unref);
  return png;
}

/* Before the slide's own XML: the zip writes one part at a time. */
static gboolean
add_images (Slide   *s,
            GError **error)
{
  const VsPackSlide *slide = g_ptr_array_index (s->pptx->doc->slides, s->index);

  for (guint i = 0; i < slide->blocks->len; i++)
    {
      const VsPackBlock *block = g_ptr_array_index (slide->blocks, i);
      GBytes *svg = block->kind == VS_PACK_BLOCK_CHART && s->pptx->charts != NULL
                    ? vs_pack_charts_lookup (s->pptx->charts, block) : NULL;
      g_autoptr(GByteArray) png = NULL;
      g_autofree char *name = NULL;
      GsfOutput *part;
      gboolean written;

      if (svg == NULL)
        continue;
      if (!(png = chart_png (svg, block, error)))
        return FALSE;
      name = g_strdup_printf ("image%u.png", ++s->pptx->n_images);
      part = gsf_outfile_new_child_full (s->pptx->media, name, FALSE,
                                         "content-type", "image/png", NULL);
      g_hash_table_insert (s->images, (gpointer) block,
                           g_strdup (gsf_outfile_open_pkg_relate (GSF_OUTFILE_OPEN_PKG (part),
                                                                  GSF_OUTFILE_OPEN_PKG (s->pptx->slides[s->index]),
                                                                  VS_OOXML_REL "image")));
      written = gsf_output_write (part, png->len, png->data);
      written = vs_pptx_close_part (part, written, error);
      g_object_unref (part);
      if (!written)
        return FALSE;
    }
  return TRUE;
}

static void
group_begin (Slide *s)
{
  xmlTextWriterPtr w = s->w;

  vs_ooxml_start (w, "p:cSld");
  vs_ooxml_start (w, "p:spTree");
  vs_ooxml_start (w, "p:nvGrpSpPr");
  vs_ooxml_empty (w, "p:cNvPr", "id", "1", "name", "", NULL);
  vs_ooxml_empty (w, "p:cNvGrpSpPr", NULL);
  vs_ooxml_empty (w, "p:nvPr", NULL);
  vs_ooxml_end (w);
  vs_ooxml_empty (w, "p:grpSpPr", NULL);
  s->next_id = 2;
}

static void
root_begin (xmlTextWriterPtr  w,
            const char       *element)
{
  vs_ooxml_start (w, element);
  vs_ooxml_attr (w, "xmlns:a", VS_OOXML_NS_A);
  vs_ooxml_attr (w, "xmlns:r", VS_OOXML_NS_R);
  vs_ooxml_attr (w, "xmlns:p", VS_OOXML_NS_P);
}

gboolean
vs_pptx_write_slide (VsPptx   *pptx,
                     guint     index,
                     GError  **error)
{
  const VsPackSlide *slide = g_ptr_array_index (pptx->doc->slides, index);
  GsfOutput *part = pptx->slides[index];
  Slide s = { pptx, index, NULL, 2, NULL, NULL };
  gboolean ok;

  s.images = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  s.links = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  gsf_outfile_open_pkg_relate (GSF_OUTFILE_OPEN_PKG (pptx->layout), GSF_OUTFILE_OPEN_PKG (part),
                               VS_OOXML_REL "slideLayout");
  if (!add_images (&s, error))
    {
      g_hash_table_unref (s.images);
      g_hash_table_unref (s.links);
      return FALSE;
    }

  s.w = vs_ooxml_writer_new (part);
  root_begin (s.w, "p:sld");
  group_begin (&s);
  for (guint i = 0; i < slide->blocks->len; i++)
    {
      const VsPackBlock *block = g_ptr_array_index (slide->blocks, i);
      const char *image;

      switch (block->kind)
        {
        case VS_PACK_BLOCK_TITLE:
          write_title (&s, block);
          break;
        case VS_PACK_BLOCK_RAG_TABLE:
        case VS_PACK_BLOCK_KEY_FIGURES:
        case VS_PACK_BLOCK_ACTIONS:
        case VS_PACK_BLOCK_TABLE:
          write_table (&s, block);
          break;
        case VS_PACK_BLOCK_TEXT:
          write_sections (&s, block);
          break;
        case VS_PACK_BLOCK_CHART:
          if ((image = g_hash_table_lookup (s.images, block)) != NULL)
            write_picture (&s, block, image);
          break;
        case VS_PACK_BLOCK_FOOTER:
          write_footer (&s, block);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  vs_ooxml_end (s.w);   /* p:spTree */
  vs_ooxml_end (s.w);   /* p:cSld */
  vs_ooxml_start (s.w, "p:clrMapOvr");
  vs_ooxml_empty (s.w, "a:masterClrMapping", NULL);
  vs_ooxml_end (s.w);
  vs_ooxml_end (s.w);   /* p:sld */
  ok = vs_ooxml_writer_finish (s.w);
  g_hash_table_unref (s.images);
  g_hash_table_unref (s.links);
  return vs_pptx_close_part (part, ok, error);
}

static void
placeholder (Slide      *s,
             const char *name,
             const char *type,
             const char *idx)
{
  xmlTextWriterPtr w = s->w;

  vs_ooxml_start (w, "p:nvSpPr");
  shape_name (s, "p:cNvPr", name, NULL);
  vs_ooxml_start (w, "p:cNvSpPr");
  vs_ooxml_empty (w, "a:spLocks", "noGrp", "1", NULL);
  vs_ooxml_end (w);
  vs_ooxml_start (w, "p:nvPr");
  vs_ooxml_start (w, "p:ph");
  vs_ooxml_attr (w, "type", type);
  if (idx != NULL)
    vs_ooxml_attr (w, "idx", idx);
  vs_ooxml_end (w);
  vs_ooxml_end (w);
  vs_ooxml_end (w);
  vs_ooxml_empty (w, "p:spPr", NULL);
}

gboolean
vs_pptx_write_notes (VsPptx      *pptx,
                     guint        index,
                     GsfOutfile  *dir,
                     GError     **error)
{
  const VsPackSlide *slide = g_ptr_array_index (pptx->doc->slides, index);
  g_autofree char *name = NULL;
  GsfOutput *part;
  gboolean ok;
  TextStyle style = { .size = VS_PACK_TABLE_PT, .color = VS_OOXML_INK };
  Slide s = { pptx, index, NULL, 2, NULL, NULL };

  if (slide->notes == NULL || slide->notes[0] == '\0')
    return TRUE;
  name = g_strdup_printf ("notesSlide%u.xml", index + 1);
  part = gsf_outfile_new_child_full (dir, name, FALSE, "content-type",
                                     VS_OOXML_CT "presentationml.notesSlide+xml", NULL);
  gsf_outfile_open_pkg_relate (GSF_OUTFILE_OPEN_PKG (pptx->notes_master),
                               GSF_OUTFILE_OPEN_PKG (part), VS_OOXML_REL "notesMaster");
  gsf_outfile_open_pkg_relate (GSF_OUTFILE_OPEN_PKG (pptx->slides[index]),
                               GSF_OUTFILE_OPEN_PKG (part), VS_OOXML_REL "slide");
  gsf_outfile_open_pkg_relate (GSF_OUTFILE_OPEN_PKG (part),
                               GSF_OUTFILE_OPEN_PKG (pptx->slides[index]),
                               VS_OOXML_REL "notesSlide");

  s.w = vs_ooxml_writer_new (part);
  root_begin (s.w, "p:notes");
  group_begin (&s);
  vs_ooxml_start (s.w, "p:sp");
  placeholder (&s, "Slide image", "sldImg", NULL);
  vs_ooxml_end (s.w);
  vs_ooxml_start (s.w, "p:sp");
  placeholder (&s, "Notes", "body", "1");
  vs_ooxml_start (s.w, "p:txBody");
  vs_ooxml_empty (s.w, "a:bodyPr", NULL);
  vs_ooxml_empty (s.w, "a:lstStyle", NULL);
  paragraphs (&s, slide->notes, &style);
  vs_ooxml_end (s.w);
  vs_ooxml_end (s.w);
  vs_ooxml_end (s.w);   /* p:spTree */
  vs_ooxml_end (s.w);   /* p:cSld */
  vs_ooxml_start (s.w, "p:clrMapOvr");
  vs_ooxml_empty (s.w, "a:masterClrMapping", NULL);
  vs_ooxml_end (s.w);
  vs_ooxml_end (s.w);
  ok = vs_pptx_close_part (part, vs_ooxml_writer_finish (s.w), error);
  g_object_unref (part);
  return ok;
}
