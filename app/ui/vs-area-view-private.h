/* vs-area-view-private.h: the area view's state, shared by its three files
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vs-area-view.h"
#include "vs-dashboard.h"
#include "vs-view.h"

G_BEGIN_DECLS

/* GTK 4.8's column view builds every row afresh when its items change, and an area's
 * table is a few thousand widgets. So each scope (the overview, the exceptions, each
 * area) keeps a table of its own in a stack, built on its first visit: going back to an
 * area only shows it again. A table is refreshed when it is shown if the dashboard was
 * reloaded (a new period or locality, an import) since it was filled. */
typedef struct {
  char               *key;          /* "<scope>:<area id>" */
  VsAreaScope         scope;
  gint64              area_id;
  VsRagTable         *table;        /* owned by the stack */
  GListStore         *rows;         /* this scope's rows when last filled */
  GtkCustomFilter    *filter;       /* the search */
  GtkFilterListModel *searched;
  GtkSliceListModel  *shown;        /* the table's: its first rows until it has painted */
  char               *needle;       /* the search the filter last ran */
  guint               generation;   /* the dashboard load the rows came from */
  VsPeriod            period;       /* the month the columns are titled for */
} Page;

/* A table is built with the rows that fill a window, and given the rest just after its
 * first frame: GTK 4.8 builds up to 200 rows of a new model at once, a few thousand
 * widgets, though a window shows ten to twenty. The rows that fill the table shown are
 * counted (vs_rag_table_count_rows_to_fill); before any, as many as a tall window shows. */
#define VS_AREA_VIEW_FIRST_ROWS 20

struct _VsAreaView
{
  GtkWidget          parent_instance;

  /* template */
  GtkStack          *stack;
  GtkPaned          *paned;
  GtkStack          *tables;
  GtkLabel          *chart_title;
  GtkLabel          *chart_subtitle;
  VsChartView       *chart;
  AdwStatusPage     *status_page;
  GtkButton         *import_button;

  VsDashboard       *dashboard;
  GListModel        *source;        /* the dashboard's rows */
  guint              generation;    /* bumped when the source changes */
  GHashTable        *pages;         /* key -> Page */
  Page              *page;          /* shown */
  VsView            *view;          /* the window's: which page is shown */
  char              *search_text;
  char              *needle;        /* casefolded search text */
  guint              n_rows;        /* the shown page's, searched */
  VsPeriod           period;
  gboolean           has_data;
  VsStore           *store;
  gboolean           paned_placing;   /* the divider moves by our hand, not the officer's */
  double             paned_fraction;  /* the table's share once the officer moved it; 0 before */
  int                paned_height;    /* the height the divider was placed for */
};

enum {
  VS_AREA_VIEW_PROP_0,
  VS_AREA_VIEW_PROP_STORE,
  VS_AREA_VIEW_PROP_DASHBOARD,
  VS_AREA_VIEW_PROP_VIEW,
  VS_AREA_VIEW_PROP_SEARCH_TEXT,
  VS_AREA_VIEW_PROP_PERIOD,
  VS_AREA_VIEW_PROP_HAS_DATA,
  VS_AREA_VIEW_PROP_N_ROWS,
  VS_AREA_VIEW_N_PROPS
};

extern GParamSpec *_vs_area_view_properties[VS_AREA_VIEW_N_PROPS];

/* vs-area-view.c */
Page    *_vs_area_view_ensure_page        (VsAreaView  *self,
                                           VsAreaScope  scope,
                                           gint64       area_id);
/* The selected indicator's chart, or none. */
void     _vs_area_view_chart_selected     (VsAreaView *self);
/* vs-area-view-scope.c */
void     _vs_area_view_set_dashboard      (VsAreaView  *self,
                                           VsDashboard *dashboard);
void     _vs_area_view_set_view           (VsAreaView   *self,
                                           const VsView *view);
void     _vs_area_view_set_search_text    (VsAreaView  *self,
                                           const char  *text);
void     _vs_area_view_count_rows         (VsAreaView  *self);
void     _vs_area_view_scope_dispose      (VsAreaView  *self);
/* vs-area-view-pages.c */
void     _vs_area_view_class_pages_init   (GtkWidgetClass *widget_class);
void     _vs_area_view_page_free          (Page       *page);
/* How many rows a new page's table is built with before its first frame. */
guint    _vs_area_view_count_first_rows   (VsAreaView *self);
/* Gives @page's table every row once it has painted its first ones. */
void     _vs_area_view_show_all_rows      (VsAreaView *self,
                                           Page       *page);
gboolean _vs_area_view_search_row_cb      (gpointer    item,
                                           gpointer    user_data);
void     _vs_area_view_refresh_page       (VsAreaView *self,
                                           Page       *page);

G_END_DECLS
