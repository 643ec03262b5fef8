/* vs-pack-pptx-text.c: a PowerPoint slide's text: runs, paragraphs with the model's line
 * height, text boxes, shape names and positions
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "vs-pack-pptx-private.h"

#define FONT_LATIN "Cantarell"
#define FONT_OTHER "DejaVu Sans"

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
run_props (VsPptxSlide *s,
           const char  *element,
           double       size,
           gboolean     bold,
           const char  *color,
           const char  *link)
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
run (VsPptxSlide *s,
     const char  *text,
     gssize       length,
     double       size,
     gboolean     bold,
     const char  *color,
     const char  *link)
{
  vs_ooxml_start (s->w, "a:r");
  run_props (s, "a:rPr", size, bold, color, link);
  vs_ooxml_start (s->w, "a:t");
  vs_ooxml_text (s->w, text, length);
  vs_ooxml_end (s->w);
  vs_ooxml_end (s->w);
}


/* @text as paragraphs, one per line: a line break in a commentary is a paragraph on the
 * slide, as it is in the PDF. */
void
vs_pptx_paragraphs (VsPptxSlide           *s,
                    const char            *text,
                    const VsPptxTextStyle *style)
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

void
vs_pptx_xfrm (VsPptxSlide *s,
              const char  *element,
              double       x,
              double       y,
              double       width,
              double       height)
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

void
vs_pptx_shape_name (VsPptxSlide *s,
                    const char  *element,
                    const char  *name,
                    const char  *descr)
{
  vs_ooxml_start (s->w, element);
  vs_ooxml_attr_int (s->w, "id", s->next_id++);
  vs_ooxml_attr (s->w, "name", name);
  if (descr != NULL)
    vs_ooxml_attr (s->w, "descr", descr);
  vs_ooxml_end (s->w);
}

/* A text box of the model's size with no insets: the text starts where the model put it. */
void
vs_pptx_text_box_begin (VsPptxSlide *s,
                        const char  *name,
                        gboolean     title,
                        double       x,
                        double       y,
                        double       width,
                        double       height)
{
  xmlTextWriterPtr w = s->w;

  vs_ooxml_start (w, "p:sp");
  vs_ooxml_start (w, "p:nvSpPr");
  vs_pptx_shape_name (s, "p:cNvPr", name, NULL);
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
  vs_pptx_xfrm (s, "a:xfrm", x, y, width, height);
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

void
vs_pptx_text_box_end (VsPptxSlide *s)
{
  vs_ooxml_end (s->w);   /* p:txBody */
  vs_ooxml_end (s->w);   /* p:sp */
}

void
vs_pptx_rule (VsPptxSlide *s,
              double       x,
              double       y,
              double       width)
{
  xmlTextWriterPtr w = s->w;

  vs_ooxml_start (w, "p:cxnSp");
  vs_ooxml_start (w, "p:nvCxnSpPr");
  vs_pptx_shape_name (s, "p:cNvPr", "Rule", NULL);
  vs_ooxml_empty (w, "p:cNvCxnSpPr", NULL);
  vs_ooxml_empty (w, "p:nvPr", NULL);
  vs_ooxml_end (w);
  vs_ooxml_start (w, "p:spPr");
  vs_pptx_xfrm (s, "a:xfrm", x, y, width, 0);
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
