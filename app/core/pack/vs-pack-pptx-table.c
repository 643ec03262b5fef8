/* vs-pack-pptx-table.c: a model table as a native PowerPoint table: the ratings' tints,
 * their shapes and arrows in colour, a rule under each row, links to the cards
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "vs-pack-pptx-private.h"

/* A table with no style of its own ("No Style, No Grid"), so that only its fills and rules
 * show, as in the PDF. */
#define TABLE_STYLE_NONE "{2D5ABB26-0587-4C30-8999-92F81FD0307C}"

static const char *
link_to (VsPptxSlide *s,
         int          target)
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
table_cell (VsPptxSlide        *s,
            const VsPackCell   *cell,
            const VsPackColumn *column,
            gboolean            header,
            gboolean            rule_below)
{
  xmlTextWriterPtr w = s->w;
  g_autofree char *display = vs_pack_cell_display (cell);
  const char *tint = header ? VS_OOXML_HEADER_BG
                     : cell->kind == VS_PACK_CELL_RAG ? vs_ooxml_rag_tint (cell->rag) : NULL;
  VsPptxTextStyle style = { .size = VS_PACK_TABLE_PT, .bold = header || cell->strong,
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
  vs_pptx_paragraphs (s, display, &style);
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

void
vs_pptx_write_table (VsPptxSlide       *s,
                     const VsPackBlock *block)
{
  xmlTextWriterPtr w = s->w;
  const VsPackTable *table = block->table;

  vs_ooxml_start (w, "p:graphicFrame");
  vs_ooxml_start (w, "p:nvGraphicFramePr");
  vs_pptx_shape_name (s, "p:cNvPr", "Table", NULL);
  vs_ooxml_start (w, "p:cNvGraphicFramePr");
  vs_ooxml_empty (w, "a:graphicFrameLocks", "noGrp", "1", NULL);
  vs_ooxml_end (w);
  vs_ooxml_empty (w, "p:nvPr", NULL);
  vs_ooxml_end (w);
  vs_pptx_xfrm (s, "p:xfrm", block->x, block->y, vs_pack_table_width (table), block->height);
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
