/* vs-pack-pptx-private.h: the PowerPoint writer's state and pieces, shared by the package
 * (vs-pack-pptx.c), the slides (-slide.c), their text (-text.c) and tables (-table.c)
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vs-pack-ooxml.h"

G_BEGIN_DECLS

typedef struct {
  const VsPackDocument *doc;
  VsPackCharts         *charts;
  PangoContext         *text;
  GsfOutfile           *media;        /* ppt/media: the charts' PNGs */
  GsfOutput           **slides;       /* every slide's part, created before any is written */
  GsfOutput            *notes_master;
  GsfOutput            *layout;
  guint                 n_images;
  GHashTable           *line_heights; /* size and weight -> measured line height, points */
} VsPptx;

/* One slide being written. */
typedef struct {
  VsPptx             *pptx;
  guint               index;
  xmlTextWriterPtr    w;
  guint               next_id;   /* shape ids, unique on the slide */
  GHashTable         *images;    /* const VsPackBlock* -> relationship id */
  GHashTable         *links;     /* slide index + 1 -> relationship id */
} VsPptxSlide;

/* How a text is set; the model's sizes, colours as DrawingML hex. */
typedef struct {
  double       size;
  gboolean     bold;
  const char  *color;
  VsPackAlign  align;
  double       before;     /* space before the first paragraph, points */
  gsize        lead;       /* bytes at the start drawn in @lead_color (a symbol, an arrow) */
  const char  *lead_color;
  const char  *link;       /* relationship id of the slide it jumps to */
} VsPptxTextStyle;

/* ---- text (vs-pack-pptx-text.c) ---- */
/* @text as paragraphs, one per line, each line as tall as the model measured it. */
void vs_pptx_paragraphs     (VsPptxSlide            *s,
                             const char             *text,
                             const VsPptxTextStyle  *style);
void vs_pptx_xfrm           (VsPptxSlide            *s,
                             const char             *element,
                             double                  x,
                             double                  y,
                             double                  width,
                             double                  height);
/* A shape's id (the next of the slide) and name, and its alternative text (may be NULL). */
void vs_pptx_shape_name     (VsPptxSlide            *s,
                             const char             *element,
                             const char             *name,
                             const char             *descr);
/* A text box of the model's box, no insets; a @title one is the slide's title placeholder. */
void vs_pptx_text_box_begin (VsPptxSlide            *s,
                             const char             *name,
                             gboolean                title,
                             double                  x,
                             double                  y,
                             double                  width,
                             double                  height);
void vs_pptx_text_box_end   (VsPptxSlide            *s);
void vs_pptx_rule           (VsPptxSlide            *s,
                             double                  x,
                             double                  y,
                             double                  width);

/* ---- tables (vs-pack-pptx-table.c) ---- */
void vs_pptx_write_table    (VsPptxSlide            *s,
                             const VsPackBlock      *block);

/* Writes slide @index into its part, with its charts (as PNG parts) and links related to
 * it; the part is closed. */
gboolean vs_pptx_write_slide (VsPptx   *pptx,
                              guint     index,
                              GError  **error);
/* The speaker notes of slide @index (its card's commentary) as a notes slide in @dir;
 * nothing when it has none. */
gboolean vs_pptx_write_notes (VsPptx      *pptx,
                              guint        index,
                              GsfOutfile  *dir,
                              GError     **error);

/* A closed part's failure, as the pack's write error. */
gboolean vs_pptx_close_part  (GsfOutput   *part,
                              gboolean     written,
                              GError     **error);

G_END_DECLS
