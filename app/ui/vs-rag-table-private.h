/* vs-rag-table-private.h: the RAG table's state, shared by its three files
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vs-rag-columns.h"
#include "vs-rag-table.h"

G_BEGIN_DECLS

/* When the table is wider than the window, columns give way one step at a time, the
 * least read first, so that all thirteen months and the rating stay in view: each step
 * keeps the ones before it. Only past the last do the oldest months go. */
typedef enum {
  FIT_FULL,
  FIT_SHORT_MONTHS,     /* "Nov 16  Dec  Jan 17 … Oct  Nov 17": the year where it changes */
  FIT_STACKED_SYMBOLS,  /* a month's symbol above its figure, not before it */
  FIT_RAG_SYMBOL,       /* the rating's pill shows its symbol, not its word */
  FIT_NO_POLARITY,      /* "Good is" goes to the title's tooltip */
  FIT_NO_TARGET,        /* the target goes to the title's tooltip (and the chart) */
  FIT_REF_IN_TITLE,     /* the ref leads the title: "6.14 · Child Protection…" */
  FIT_NO_EXCEPTION,     /* the flag goes to the title's tooltip (and the Exceptions page) */
  FIT_NO_TRAVEL,
  N_FITS
} Fit;

struct _VsRagTable
{
  GtkWidget            parent_instance;

  GtkScrolledWindow   *scroller;
  GtkColumnView       *column_view;
  GtkLabel            *months_note;
  GtkSortListModel    *sorted;      /* owned by selection */
  GtkSingleSelection  *selection;
  GtkColumnViewColumn *title_column;
  GtkColumnViewColumn *reasons_column;   /* the title with the exception's reasons beneath;
                                          * only in the exceptions */
  GtkColumnViewColumn *exception_column;
  GtkColumnViewColumn *month_columns[VS_TABLE_MONTHS];
  GtkColumnViewColumn *ref_column;
  GtkColumnViewColumn *polarity_column;
  GtkColumnViewColumn *target_column;
  GtkColumnViewColumn *travel_column;
  GtkColumnViewColumn *rag_column;
  char                *month_labels[VS_TABLE_MONTHS];   /* "Nov 16" */
  int                  figure_width;   /* the widest figure with its symbol */
  int                  stacked_width;  /* the widest figure, its symbol above it */
  int                  year_width;     /* the widest latest year an annual row names in
                                        * the place before the last (vs-rag-figures.c) */
  int                  reasons_width;  /* the widest exception's reasons */
  int                  rag_width;      /* the pill with its word */
  int                  rag_symbol_width;
  Fit                  fit;
  guint                hidden_months;  /* the places not shown, from the first: the
                                        * months given way, or those before the years */
  guint                n_periods;      /* a table of years, quarters or terms: how many it
                                        * shows, in its last places; 0: the months */
  guint                fit_source;
  GListModel          *rows;           /* the model given, watched for its rows to change */
  gint64               refocus_id;     /* the indicator whose row had the focus as they
                                        * changed: its row gets it back */
};

/* vs-rag-table-fit.c: the columns fitted to the window's width, from idle */
void   _vs_rag_table_queue_fit          (VsRagTable          *self);
/* The note beneath the table and its name for a screen reader: the months it shows. */
void   _vs_rag_table_describe_months    (VsRagTable          *self);
char  *_vs_rag_table_month_heading      (VsRagTable          *self,
                                         guint                i,
                                         Fit                  fit,
                                         guint                hidden);
/* Takes @column out and puts it back, which builds its cells and heading anew. */
void   _vs_rag_table_reinsert           (VsRagTable          *self,
                                         GtkColumnViewColumn *column);
guint  _vs_rag_table_first_place        (VsRagTable          *self);
void   _vs_rag_table_set_header_tooltip (VsRagTable          *self,
                                         GtkColumnViewColumn *column);

/* vs-rag-table-rows.c: the row widgets */
/* Watches @rows, before the table's own models do, for the focused row. */
void   _vs_rag_table_watch_rows         (VsRagTable          *self,
                                         GListModel          *rows);
/* Gives the focus back to the row of the indicator that had it before the rows changed. */
void   _vs_rag_table_restore_focus      (VsRagTable          *self);

/* vs-rag-table-widths.c: what the rows' figures and words need */
int    _vs_rag_table_text_width         (GtkWidget           *widget,
                                         const char          *text,
                                         double               scale,
                                         gboolean             bold);
void   _vs_rag_table_measure_columns    (VsRagTable          *self);

G_END_DECLS
