/* vs-pack-private.h: what the pack's builder reads, and the one way its text is set
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "vs-assessment.h"
#include "vs-judge.h"
#include "vs-pack.h"
#include "vs-small-numbers.h"
#include "vs-spc.h"

G_BEGIN_DECLS

/* ---- gathering (vs-pack-gather.c) ---- */

/* The months a dashboard shows, ending at the period, and the history the judgement read
 * before them: the judgement's own. */
#define VS_PACK_MONTHS         VS_TABLE_MONTHS
#define VS_PACK_HISTORY_MONTHS VS_JUDGE_HISTORY_MONTHS

/* One indicator as the core's judgement (vs_judge_indicators) gave it, and what its card
 * shows beside; the pack only shows what is here. */
typedef struct {
  VsAssessment  *assessment;   /* the judgement: rating, travel, exception, SPC verdict */
  VsIndicator   *indicator;    /* assessment->indicator */
  const VsSeries *series;      /* assessment->series: VS_PACK_HISTORY_MONTHS +
                                * VS_PACK_MONTHS, ending at the period */
  char          *reasons;      /* "Off target, declining for three periods"; NULL: none */
  GPtrArray     *benchmarks;   /* of VsBenchmark*, latest first */
  char          *commentary;   /* that period's, newest first joined; NULL: none */
  GPtrArray     *actions;      /* of VsAction* */
  VsChartSpec   *trend;        /* the card's chart (vs_judge_trend_spec); NULL: no cards */
} VsPackItem;

typedef struct {
  VsArea        *area;
  GPtrArray     *items;        /* of VsPackItem*, the area's order */
} VsPackArea;

typedef struct {
  VsPeriod       period;
  VsPeriod       latest;       /* the latest month held in the whole database */
  VsLocality    *locality;
  GPtrArray     *areas;        /* of VsPackArea*, those asked for */
} VsPackData;

/* Everything the pack shows, judged once by the core's judgement: this is the only place
 * the pack reads the store, and nothing in the pack rates, travels or flags a figure. */
VsPackData *vs_pack_gather      (VsStore             *store,
                                 const VsPackOptions *options,
                                 GError             **error);
void        vs_pack_data_free   (VsPackData          *data);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsPackData, vs_pack_data_free)

/* The figure at series index @k of @item (a shown month, or one of its years): its rating,
 * or why there is none. */
VsRag       vs_pack_item_rag_at      (const VsPackItem *item,
                                      guint             k);
/* Its figure as the committee papers print it, "c" when suppressed (in the source, or below
 * @suppress_below for a count), marked when of small numbers: vs_small_numbers_format. */
char       *vs_pack_item_text_at     (const VsPackItem *item,
                                      guint             k,
                                      guint             suppress_below);

/* ---- text (vs-pack-text.c): the builder measures and the renderers draw with these ---- */

#define VS_PACK_FONT_FAMILY "Cantarell, DejaVu Sans"
#define VS_PACK_BODY_PT     14.0
#define VS_PACK_TABLE_PT    12.0
#define VS_PACK_HEADING_PT  24.0
#define VS_PACK_CELL_PAD_X  2.0
#define VS_PACK_CELL_PAD_Y  2.0
/* A word in a table cell fits its column whole (never broken, never hyphenated): as pango
 * measures it, and a symbol (drawn from a fallback font, which LibreOffice picks wider:
 * it broke "⚑ Yes" into "⚑ Ye" and "s") with a quarter more room. */
#define VS_PACK_WORD_SLACK  1.0
#define VS_PACK_SYMBOL_SLACK 1.25

/* What is drawn once per document (vs-pack-render.h): its charts, and the text context
 * its slides are drawn with, whose shaped table cells are kept from slide to slide. */
typedef struct _VsPackCharts VsPackCharts;
PangoContext *vs_pack_charts_text_context (VsPackCharts *charts);

/* A pango context on cairo's font map at 72 dpi with unhinted metrics: one point is one
 * unit, as on a PDF surface, so a layout measured here draws the same size anywhere. */
PangoContext *vs_pack_text_context (void);
PangoLayout  *vs_pack_text_layout  (PangoContext *context,
                                    const char   *text,
                                    double        size,
                                    gboolean      bold,
                                    double        width,
                                    VsPackAlign   align);
/* A table of string keys kept on @context under @name (made when first asked), for what is
 * measured or shaped once per context. */
GHashTable   *vs_pack_context_cache (PangoContext   *context,
                                     const char     *name,
                                     GDestroyNotify  free_value);
/* Adds @attribute (taken) to @layout's attributes, as a renderer colours or underlines. */
void          vs_pack_layout_add_attribute (PangoLayout    *layout,
                                            PangoAttribute *attribute);
double        vs_pack_text_height  (PangoContext *context,
                                    const char   *text,
                                    double        size,
                                    gboolean      bold,
                                    double        width);
/* How many bytes of @text fit in @height, ending at a line's end; 0 when not one line. */
gsize         vs_pack_text_fit     (PangoContext *context,
                                    const char   *text,
                                    double        size,
                                    gboolean      bold,
                                    double        width,
                                    double        height);
/* The measured height of a block's content; a block fits when this is at most its height
 * (the tests' check, and the builder's). */
double        vs_pack_block_content_height (PangoContext      *context,
                                            const VsPackBlock *block);
double        vs_pack_table_row_height     (PangoContext      *context,
                                            const VsPackTable *table,
                                            const VsPackCell  *cells);
double        vs_pack_table_header_height  (PangoContext      *context,
                                            const VsPackTable *table);
/* A footer's three columns (marking, note, page): their left edges and widths. */
void          vs_pack_footer_columns       (const VsPackBlock *block,
                                            double            *x,
                                            double            *width);
/* Text sections' spacing: a heading, then its body, then a gap. */
#define VS_PACK_SECTION_GAP 6.0

/* ---- the model's pieces (vs-pack-model.c) ---- */
VsPackSlide *vs_pack_slide_new     (VsPackSlideKind  kind,
                                    const char      *title);
void         vs_pack_slide_free    (VsPackSlide     *slide);
VsPackBlock *vs_pack_block_new     (VsPackBlockKind  kind,
                                    double           x,
                                    double           y,
                                    double           width,
                                    double           height);
void         vs_pack_block_free    (VsPackBlock     *block);
VsPackTable *vs_pack_table_new     (guint            n_columns);
void         vs_pack_table_free    (VsPackTable     *table);
void         vs_pack_table_set_column (VsPackTable  *table,
                                    guint            i,
                                    const char      *title,
                                    double           width,
                                    VsPackAlign      align);
/* A row of n_columns empty text cells, added; fill its cells. */
VsPackRow   *vs_pack_table_add_row (VsPackTable     *table);
void         vs_pack_cell_set      (VsPackCell      *cell,
                                    VsPackCellKind   kind,
                                    const char      *text);
VsPackSection *vs_pack_section_new (const char      *heading,
                                    const char      *body);
void         vs_pack_section_free  (VsPackSection   *section);
double       vs_pack_table_width   (const VsPackTable *table);
/* Whether @b has @a's columns (titles and count): a part of the same table, which the flow
 * repeats on each slide, rather than the next table of an area. FALSE when @a is NULL. */
gboolean     vs_pack_table_same_columns (const VsPackTable *a,
                                    const VsPackTable *b);

G_END_DECLS
