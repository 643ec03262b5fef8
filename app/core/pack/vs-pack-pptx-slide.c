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

/* The charts are pictures at twice their size on the slide: sharp on a projector and in
 * a zoomed PowerPoint, and still a few tens of kilobytes each. */
#define CHART_SCALE 2.0

static void
write_title (VsPptxSlide       *s,
             const VsPackBlock *block)
{
  PangoContext *text = s->pptx->text;
  double heading = vs_pack_text_height (text, block->heading, block->font_size, TRUE, block->width);
  VsPptxTextStyle style = { .size = block->font_size, .bold = TRUE, .color = VS_OOXML_INK };

  vs_pptx_text_box_begin (s, "Title", TRUE, block->x, block->y, block->width, heading);
  vs_pptx_paragraphs (s, block->heading, &style);
  vs_pptx_text_box_end (s);
  if (block->text != NULL)
    {
      VsPptxTextStyle sub = { .size = VS_PACK_BODY_PT, .color = VS_OOXML_MUTED };

      vs_pptx_text_box_begin (s, "Subtitle", FALSE, block->x, block->y + heading, block->width,
                      block->height - heading);
      vs_pptx_paragraphs (s, block->text, &sub);
      vs_pptx_text_box_end (s);
    }
}

static void
write_sections (VsPptxSlide       *s,
                const VsPackBlock *block)
{
  vs_pptx_text_box_begin (s, "Text", FALSE, block->x, block->y, block->width, block->height);
  for (guint i = 0; i < block->sections->len; i++)
    {
      const VsPackSection *section = g_ptr_array_index (block->sections, i);
      VsPptxTextStyle heading = { .size = block->font_size, .bold = TRUE, .color = VS_OOXML_INK,
                            .before = i > 0 ? VS_PACK_SECTION_GAP : 0 };
      VsPptxTextStyle body = { .size = block->font_size, .color = VS_OOXML_INK,
                         .before = i > 0 && section->heading == NULL ? VS_PACK_SECTION_GAP : 0 };

      if (section->heading != NULL)
        vs_pptx_paragraphs (s, section->heading, &heading);
      vs_pptx_paragraphs (s, section->body, &body);
    }
  vs_pptx_text_box_end (s);
}

static void
write_footer (VsPptxSlide       *s,
              const VsPackBlock *block)
{
  const char *parts[3] = { block->heading, block->text, block->aside };
  static const VsPackAlign align[3] = { VS_PACK_ALIGN_START, VS_PACK_ALIGN_CENTER, VS_PACK_ALIGN_END };
  static const char *const names[3] = { "Marking", "Note", "Slide number" };
  double x[3], width[3];

  vs_pptx_rule (s, block->x, block->y - 4, block->width);
  vs_pack_footer_columns (block, x, width);
  for (guint i = 0; i < 3; i++)
    if (parts[i] != NULL)
      {
        VsPptxTextStyle style = { .size = VS_PACK_TABLE_PT, .bold = i == 0, .align = align[i],
                            .color = i == 0 ? VS_OOXML_INK : VS_OOXML_MUTED };

        vs_pptx_text_box_begin (s, names[i], FALSE, x[i], block->y, width[i], block->height);
        vs_pptx_paragraphs (s, parts[i], &style);
        vs_pptx_text_box_end (s);
      }
}

static void
write_picture (VsPptxSlide       *s,
               const VsPackBlock *block,
               const char        *id)
{
  xmlTextWriterPtr w = s->w;

  vs_ooxml_start (w, "p:pic");
  vs_ooxml_start (w, "p:nvPicPr");
  vs_pptx_shape_name (s, "p:cNvPr", "Chart", block->aside);
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
  vs_pptx_xfrm (s, "a:xfrm", block->x, block->y, block->width, block->height);
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
chart_png (GBytes             *svg,
           const VsPackBlock  *block,
           GError            **error)
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
add_images (VsPptxSlide  *s,
            GError      **error)
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
group_begin (VsPptxSlide *s)
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
vs_pptx_write_slide (VsPptx  *pptx,
                     guint    index,
                     GError **error)
{
  const VsPackSlide *slide = g_ptr_array_index (pptx->doc->slides, index);
  GsfOutput *part = pptx->slides[index];
  VsPptxSlide s = { pptx, index, NULL, 2, NULL, NULL };
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
          vs_pptx_write_table (&s, block);
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
placeholder (VsPptxSlide *s,
             const char  *name,
             const char  *type,
             const char  *idx)
{
  xmlTextWriterPtr w = s->w;

  vs_ooxml_start (w, "p:nvSpPr");
  vs_pptx_shape_name (s, "p:cNvPr", name, NULL);
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
  VsPptxTextStyle style = { .size = VS_PACK_TABLE_PT, .color = VS_OOXML_INK };
  VsPptxSlide s = { pptx, index, NULL, 2, NULL, NULL };

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
  vs_pptx_paragraphs (&s, slide->notes, &style);
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
