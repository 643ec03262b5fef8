/* vs-window-private.h: what vs-window.c and vs-window-actions.c share
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vs-area-view.h"
#include "vs-dashboard.h"
#include "vs-benchmarks-view.h"
#include "vs-imports-view.h"
#include "vs-report-card.h"
#include "vs-read-only-banner.h"
#include "vs-sidebar.h"
#include "vs-welcome-page.h"
#include "vs-window.h"

G_BEGIN_DECLS

struct _VsWindow
{
  AdwApplicationWindow  parent_instance;

  /* template */
  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  VsSidebar            *sidebar;
  GtkWidget            *content_box;
  AdwWindowTitle       *window_title;
  AdwWindowTitle       *document_title;  /* the sidebar's: which file, the demo's */
  VsReadOnlyBanner     *read_only_banner;
  GtkButton            *back_button;
  GtkDropDown          *period_dropdown;
  GtkDropDown          *locality_dropdown;
  GtkToggleButton      *search_button;
  GtkSearchBar         *search_bar;
  GMenu                *recent_menu;
  GtkSearchEntry       *search_entry;
  GtkStack             *content_stack;
  VsAreaView           *area_view;
  VsReportCard         *report_card;
  VsImportsView        *imports_view;
  VsBenchmarksView     *benchmarks_view;
  AdwStatusPage        *error_page;
  GtkStringList        *period_labels;
  GtkStringList        *locality_labels;

  /* state */
  VsStore              *store;
  GSettings            *settings;
  GError               *open_error;
  VsIndicatorItem      *selected_row;   /* the open card's */
  VsView               *start_view;     /* wishes, until the store is read */
  char                 *start_locality;
  VsDashboard          *dashboard;
  GArray               *periods;        /* of VsPeriod, newest first, as the dropdown */
  GPtrArray            *localities;     /* of VsLocality*, as the dropdown */
  VsView               *view;           /* the sidebar's */
  char                 *search_text;    /* the search entry's, once it settles */
  gboolean              empty;          /* no indicator at all: how to start */
  gboolean              failed;         /* the error page stands for the views */
  VsPeriod              period;
  gint64                locality_id;
  guint                 reload_id;
  gboolean              updating;       /* filling the dropdowns: ignore their signals */
  gboolean              searching;      /* the search itself changes the view: keep it */
  gboolean              loading;        /* shown, the figures not read yet */
  guint                 load_id;
  char                 *pending_indicator; /* a report card asked for while loading */
};

/* vs-window-properties.c */
enum {
  VS_WINDOW_PROP_0,
  VS_WINDOW_PROP_STORE,
  VS_WINDOW_PROP_SETTINGS,
  VS_WINDOW_PROP_OPEN_ERROR,
  VS_WINDOW_PROP_VIEW,
  VS_WINDOW_PROP_PERIOD,
  VS_WINDOW_PROP_LOCALITY,
  VS_WINDOW_PROP_SELECTED_ROW,
  VS_WINDOW_PROP_LOADING,
  VS_WINDOW_PROP_DASHBOARD,
  VS_WINDOW_PROP_SEARCH_TEXT,
  VS_WINDOW_PROP_EMPTY,
  VS_WINDOW_PROP_FAILED,
  VS_WINDOW_N_PROPS
};

extern GParamSpec *_vs_window_properties[VS_WINDOW_N_PROPS];

void _vs_window_class_properties_init (GObjectClass *object_class);
void _vs_window_set_boolean         (VsWindow       *self,
                                     gboolean       *field,
                                     guint           prop_id,
                                     gboolean        value);

/* vs-window.c */
void _vs_window_show_error          (VsWindow       *self,
                                     const char     *title,
                                     const GError   *error);
void _vs_window_reload_dashboard    (VsWindow       *self);
/* vs-window-pickers.c */
void _vs_window_class_pickers_init  (GtkWidgetClass *widget_class);
void _vs_window_load_localities     (VsWindow       *self,
                                     const char     *wanted);
void _vs_window_load_periods        (VsWindow       *self,
                                     VsPeriod        wanted);
/* vs-window-views.c */
void _vs_window_class_views_init    (GtkWidgetClass *widget_class);
void _vs_window_set_selected_row    (VsWindow        *self,
                                     VsIndicatorItem *row);
void _vs_window_restore_start_view  (VsWindow       *self);
/* vs-window-actions.c */
void _vs_window_class_actions_init (GtkWidgetClass *widget_class);
/* From construction on, which actions apply follows the window's state. */
void _vs_window_actions_follow_state (VsWindow     *self);
void _vs_window_add_capture_shortcuts (VsWindow     *self);
/* vs-window-pack.c */
void _vs_window_pack_actions_init   (GtkWidgetClass *widget_class);
void _vs_window_pack_actions_follow_state (VsWindow *self);
/* vs-window-load.c */
void _vs_window_load_after_first_frame (VsWindow   *self);
void _vs_window_load_now           (VsWindow       *self);
/* vs-window-document.c */
void _vs_window_show_document      (VsWindow       *self);
gboolean _vs_window_can_write      (VsWindow       *self);
/* vs-window.c */
void _vs_window_open_card          (VsWindow       *self,
                                    VsIndicatorItem *row);
void _vs_window_close_card         (VsWindow       *self);
gboolean _vs_window_card_is_open   (VsWindow       *self);
const char *_vs_window_locality_name (VsWindow     *self);

G_END_DECLS
