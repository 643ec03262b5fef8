/* vs-pack.h: the committee pack as a document model of slides, built once, drawn by any
 * renderer (PDF now; PowerPoint, workbook and print later)
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vs-chart-spec.h"
#include "vs-period.h"
#include "vs-store.h"
#include "vs-types.h"

G_BEGIN_DECLS

/* The page every slide is laid out on, in points: 13.333 x 7.5 inches, PowerPoint's
 * widescreen 16:9. A renderer scales it (a PPTX to EMU, print to A4 landscape); a slide
 * shown full screen on a 16:9 display is this size or larger, so a font of
 * VS_PACK_MIN_FONT_PT here is at least that on the screen. */
#define VS_PACK_PAGE_WIDTH  960.0
#define VS_PACK_PAGE_HEIGHT 540.0
#define VS_PACK_MIN_FONT_PT 12.0

#define VS_PACK_ERROR (vs_pack_error_quark ())

typedef enum {
  VS_PACK_ERROR_INVALID_OPTION,  /* a bad period, area, locality, marking, ... */
  VS_PACK_ERROR_NO_DATA,         /* nothing held for the period */
  VS_PACK_ERROR_WRITE,           /* the output file could not be written */
  VS_PACK_ERROR_FORMAT,          /* a format with no renderer yet */
} VsPackError;

GQuark vs_pack_error_quark (void);

typedef enum {
  VS_PACK_CARDS_EXCEPTIONS,      /* a report card per exception (the default) */
  VS_PACK_CARDS_ALL,             /* ... per indicator shown */
  VS_PACK_CARDS_NONE,
} VsPackCards;

/* What the officer chose. Strings are copied by vs_pack_build. */
typedef struct {
  VsPeriod      period;          /* the month reported */
  const char   *locality;        /* NULL: the whole authority */
  const char  **areas;           /* NULL-terminated names; NULL: every area */
  gboolean      exceptions_only; /* dashboards list only the exceptions */
  VsPackCards   cards;
  const char   *marking;         /* protective marking on every footer; NULL: OFFICIAL */
  guint         suppress_below;  /* counts below this shown as "c"; 0: off */
  const char   *authority;       /* the title slide's; NULL: none */
  const char   *committee;       /* NULL: "Children's Services Committee" */
  const char   *author;          /* document metadata; NULL: none */
  gint64        created;         /* unix seconds for the metadata; 0: now */
} VsPackOptions;

void vs_pack_options_init (VsPackOptions *options);

/* The author a pack's metadata names: @preferred (Preferences' author name, which the
 * commentary is signed with) when it has any text, else the account's real name; never
 * the login name ("root" says nothing to a committee clerk), so NULL when the real name
 * is unset or only repeats it. */
char *vs_pack_author_name (const char *preferred);

typedef enum {
  VS_PACK_SLIDE_TITLE,
  VS_PACK_SLIDE_SUMMARY,
  VS_PACK_SLIDE_DASHBOARD,       /* one service area (or a continuation of one) */
  VS_PACK_SLIDE_CARD,            /* one indicator's report card (or its continuation) */
  VS_PACK_SLIDE_APPENDIX,        /* definitions and contents */
} VsPackSlideKind;

typedef enum {
  VS_PACK_BLOCK_TITLE,           /* the slide's heading: text, subtitle in @text */
  VS_PACK_BLOCK_RAG_TABLE,       /* a dashboard: table, months tinted with symbols */
  VS_PACK_BLOCK_CHART,           /* chart: the trend, drawn by the renderer from its spec */
  VS_PACK_BLOCK_KEY_FIGURES,     /* table of label / figure, rated cells tinted */
  VS_PACK_BLOCK_TEXT,            /* sections: heading and body */
  VS_PACK_BLOCK_ACTIONS,         /* table: action, owner, due, status */
  VS_PACK_BLOCK_TABLE,           /* any other table (counts, exceptions, contents) */
  VS_PACK_BLOCK_FOOTER,          /* marking, note, page number */
} VsPackBlockKind;

typedef enum {
  VS_PACK_CELL_TEXT,
  VS_PACK_CELL_RAG,              /* tinted by @rag, its symbol before the text */
  VS_PACK_CELL_TRAVEL,           /* @travel's arrow and word */
} VsPackCellKind;

typedef enum {
  VS_PACK_ALIGN_START,
  VS_PACK_ALIGN_CENTER,
  VS_PACK_ALIGN_END,
} VsPackAlign;

/* Every string in the model is plain text, shown literally: never markup. */
typedef struct {
  VsPackCellKind  kind;
  char           *text;          /* "58.1%", "c", "" */
  VsRag           rag;           /* RAG cells */
  VsTravel        travel;        /* TRAVEL cells ... */
  int             movement;      /* ... and which way the figure went (vs_assessment_get_movement) */
  double          value;         /* the figure behind the text, NAN when none or hidden */
  double          numerator;     /* a month's "393 / 449", NAN when none or hidden */
  double          denominator;
  VsPeriod        period;        /* a month's period; VS_PERIOD_INVALID for other cells */
  int             link;          /* index of the slide it links to, -1: none */
  gboolean        strong;        /* bold: a total, a flag */
} VsPackCell;

typedef struct {
  char         *title;
  double        width;           /* points */
  VsPackAlign   align;
} VsPackColumn;

typedef struct {
  VsPackCell   *cells;           /* n_columns of them */
  double        height;          /* points, measured */
  const VsIndicator *indicator;  /* the row's vital sign (one of the document's
                                  * indicators), NULL for other rows */
} VsPackRow;

typedef struct {
  guint         n_columns;
  VsPackColumn *columns;
  double        header_height;   /* measured */
  GPtrArray    *rows;            /* of VsPackRow* */
} VsPackTable;

typedef struct {
  char         *heading;         /* NULL: a paragraph run on from the last slide */
  char         *body;
} VsPackSection;

typedef struct {
  VsPackBlockKind  kind;
  double           x, y, width, height;  /* its box on the page, points */
  char            *heading;      /* TITLE: the title; FOOTER: the marking */
  char            *text;         /* TITLE: subtitle; FOOTER: the note (suppression) */
  char            *aside;        /* FOOTER: "Page 3 of 40"; CHART: alternative text */
  double           font_size;    /* TITLE: heading size; others: body size */
  VsPackTable     *table;        /* the table kinds */
  GPtrArray       *sections;     /* TEXT: of VsPackSection* */
  VsChartSpec     *chart;        /* CHART: everything it shows, judged already */
} VsPackBlock;

typedef struct {
  VsPackSlideKind  kind;
  char            *title;        /* the slide's heading, for contents and outlines */
  char            *outline;      /* its bookmark (area or card name); NULL: none (a
                                  * continuation, or a slide the outline lists as a section) */
  char            *notes;        /* speaker notes: the card's commentary; NULL: none */
  gboolean         continued;    /* a "continued" slide of the one before */
  GPtrArray       *blocks;       /* of VsPackBlock*, in drawing order */
} VsPackSlide;

typedef struct {
  char            *title;        /* metadata and title slide */
  char            *subject;
  char            *author;
  gint64           created;      /* unix seconds */
  char            *marking;
  VsPeriod         period;
  VsPeriod         data_period;  /* the latest month held */
  char            *locality;
  guint            suppress_below;
  guint            n_exceptions;
  GPtrArray       *indicators;   /* of VsIndicator*: every vital sign the pack shows, in
                                  * the dashboards' order (a workbook's definitions) */
  GPtrArray       *slides;       /* of VsPackSlide* */
} VsPackDocument;

/* For a renderer: every block has its box in points on the VS_PACK_PAGE_* page (a PPTX
 * multiplies by 12700 for EMU); tables carry the text to show (vs_pack_cell_display) and,
 * in a RAG table's months, the figure, numerator, denominator and period behind it; a
 * CHART block carries the chart's spec (draw it with VsPlotter in any format; its alt
 * text is in @aside) and a slide's @notes are the card's commentary. Nothing here needs
 * the database again, and nothing may be re-judged.
 *
 * Reads the store (through vs_pack_gather), judges nothing itself, and lays the slides out
 * on the VS_PACK_PAGE_* page, measuring every text with pango so that a renderer only
 * draws boxes that are known to fit. Errors: VS_PACK_ERROR_INVALID_OPTION naming the bad
 * option, VS_PACK_ERROR_NO_DATA, or the store's. @progress (may be NULL) is called with a
 * fraction and what is being done. */
typedef void (*VsPackProgress) (double      fraction,
                                const char *what,
                                gpointer    user_data);

VsPackDocument *vs_pack_build           (VsStore             *store,
                                         const VsPackOptions *options,
                                         VsPackProgress       progress,
                                         gpointer             user_data,
                                         GError             **error);
void            vs_pack_document_free   (VsPackDocument      *document);

/* The first block of @kind on @slide, NULL when none. */
VsPackBlock    *vs_pack_slide_find_block (const VsPackSlide  *slide,
                                          VsPackBlockKind     kind);
/* A cell's text as every renderer shows it: a RAG cell's symbol (vs_rag_symbol), a travel
 * cell's arrow and word, before the text. */
char           *vs_pack_cell_display    (const VsPackCell    *cell);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsPackDocument, vs_pack_document_free)

G_END_DECLS
