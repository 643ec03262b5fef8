/* vs-window.h: the main window: sidebar of views, the dashboard, report cards, imports
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vs-application.h"
#include "vs-period.h"

G_BEGIN_DECLS

#define VS_TYPE_WINDOW (vs_window_get_type ())
G_DECLARE_FINAL_TYPE (VsWindow, vs_window, VS, WINDOW, AdwApplicationWindow)

/* The first window: the application's database and the command line's wishes. */
VsWindow   *vs_window_new              (VsApplication *application);
/* A window on another database, @store its own. */
VsWindow   *vs_window_new_for_store    (VsApplication *application,
                                        VsStore       *store);
/* Properties: "store" (VsStore, construct-only; NULL when the database could not be
 * opened, then "open-error" says why), "settings" (GSettings, construct-only), "view"
 * (VsView, the sidebar's), "period" (a VsPeriod), "locality" (by name), "selected-row"
 * (the VsIndicatorItem of the open report card, read-only) and "loading" (read-only:
 * TRUE from construction until the figures are read, just after the first frame). While
 * the window is built, "view", "period" and "locality" are wishes (the command line's);
 * then they choose. */
/* FALSE when the sidebar has no such view. */
gboolean    vs_window_show_view        (VsWindow      *self,
                                        const VsView  *view);
/* Opens the report card of the indicator with reference @ref, in its area;
 * FALSE when there is no such indicator or it has no figures for the period. While the
 * window is loading, the card opens once the figures are read. */
gboolean    vs_window_open_indicator   (VsWindow      *self,
                                        const char    *ref);
gboolean    vs_window_set_period       (VsWindow      *self,
                                        VsPeriod       period);
VsPeriod    vs_window_get_period       (VsWindow      *self);
gboolean    vs_window_set_locality     (VsWindow      *self,
                                        const char    *name);
/* Shows the preview of importing @files (of GFile) and lets the officer confirm it;
 * returns the dialog (owned by GTK), NULL when there is nothing to import. */
GtkWindow  *vs_window_import_files     (VsWindow      *self,
                                        GListModel    *files);
void        vs_window_toast            (VsWindow      *self,
                                        const char    *message);
/* Reads the database again: periods, localities, ratings. */
void        vs_window_reload           (VsWindow      *self);

G_END_DECLS
