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

VsWindow   *vs_window_new              (VsApplication *application);
/* "overview", "exceptions", "area:<name>", "imports", "indicator:<ref>", "import:<file>";
 * FALSE when there is no such view. */
gboolean    vs_window_show_view        (VsWindow      *self,
                                        const char    *view);
/* The view in the sidebar ("indicator:<ref>" while a report card is open). */
char       *vs_window_get_view         (VsWindow      *self);
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
