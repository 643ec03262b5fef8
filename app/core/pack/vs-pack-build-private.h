/* vs-pack-build-private.h: the pack builder's state, and text and tables that flow from
 * slide to slide
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vs-pack-private.h"

G_BEGIN_DECLS

/* The page's furniture, in points. */
#define VS_PACK_MARGIN      24.0
#define VS_PACK_TOP         18.0
#define VS_PACK_GAP         10.0
/* A heading longer than this is shortened with "…"; the appendix lists it whole. */
#define VS_PACK_TITLE_MAX   96.0

/* A cell that links to an indicator's card, resolved once the cards are built. */
typedef struct {
  VsPackCell          *cell;
  gint64               indicator_id;
} VsPackLink;

typedef struct {
  VsPackData          *data;
  VsPackDocument      *doc;
  PangoContext        *text;
  VsPackCards          cards;
  gboolean             exceptions_only;
  guint                suppress_below;
  double               footer_y;     /* where every slide's footer starts */
  GHashTable          *card_slides;  /* indicator id (gint64*) -> slide index + 1 */
  GPtrArray           *shortened;    /* of char*: headings shortened, for the appendix */
  GArray              *links;        /* of VsPackLink: cells that link to a card */
} VsPackBuilder;

/* A new slide at the end of the document with its heading (and @subtitle, may be NULL)
 * measured; *top is where its content may start. A @continued slide's heading says so. */
VsPackSlide *vs_pack_builder_add_slide  (VsPackBuilder   *b,
                                         VsPackSlideKind  kind,
                                         const char      *title,
                                         const char      *subtitle,
                                         gboolean         continued,
                                         double          *top);
/* The lowest a block may reach on any slide: just above the footer. */
double       vs_pack_builder_bottom     (VsPackBuilder   *b);

/* A column of a slide that text and tables flow down; when it is full, a "continued"
 * slide of the same kind and title is added and the flow goes on in @next_x/@next_width. */
typedef struct {
  VsPackBuilder   *b;
  VsPackSlide     *slide;
  double           x, y, width;
  double           top;           /* where the column starts on this slide */
  double           next_x, next_width;
  VsPackSlideKind  kind;
  char            *title;
  char            *subtitle;
  VsPackBlock     *text;          /* the TEXT block sections are being added to */
} VsPackFlow;

void vs_pack_flow_init   (VsPackFlow      *flow,
                          VsPackBuilder   *b,
                          VsPackSlide     *slide,
                          double           x,
                          double           y,
                          double           width,
                          const char      *subtitle);
void vs_pack_flow_clear  (VsPackFlow      *flow);
/* A heading and its body; a body too long for what is left is split at a line's end and
 * goes on, under "@heading (continued)", on the next slide. */
void vs_pack_flow_text   (VsPackFlow      *flow,
                          const char      *heading,
                          const char      *body);
/* @table's rows (taken; the columns are copied to every slide's part) down the flow, the
 * header repeated on each slide. A row taller than a whole slide has its longest cell
 * shortened with "…". */
void vs_pack_flow_table  (VsPackFlow      *flow,
                          VsPackBlockKind  kind,
                          VsPackTable     *table);

/* A block of a fixed @height (a chart) at the flow's position, on the next slide when it
 * does not fit on this one. */
VsPackBlock *vs_pack_flow_block (VsPackFlow      *flow,
                                 VsPackBlockKind  kind,
                                 double           height);

/* The slides of each part (vs-pack-build-*.c). */
void vs_pack_build_title      (VsPackBuilder *b,
                               const VsPackOptions *options);
void vs_pack_build_summary    (VsPackBuilder *b);
void vs_pack_build_dashboards (VsPackBuilder *b);
void vs_pack_build_cards      (VsPackBuilder *b);
void vs_pack_build_appendix   (VsPackBuilder *b);

/* The width @text needs on one line of a table cell, as the builder measures every text,
 * with the renderers' slack (VS_PACK_WORD_SLACK) and the cell's padding. */
double   vs_pack_builder_text_width (VsPackBuilder *b,
                                     const char    *text,
                                     gboolean       bold);
/* Widens @table's @column (its rows added) to its longest text on one line, at most @most
 * points, taking the width from @donor: a ref ("c1.not_in_need_percent") is one word that a
 * renderer would otherwise break anywhere ("c1.not_i", "n_need", "_percen", "t") while the
 * title beside it has room to wrap at its spaces. */
void     vs_pack_builder_fit_column (VsPackBuilder *b,
                                     VsPackTable   *table,
                                     guint          column,
                                     guint          donor,
                                     double         most);

/* Whether @item gets a report card, and whether it is on the dashboards. */
gboolean vs_pack_builder_wants_card (VsPackBuilder    *b,
                                     const VsPackItem *item);
gboolean vs_pack_builder_shows      (VsPackBuilder    *b,
                                     const VsPackItem *item);

G_END_DECLS
