/* vs-ui-test.h: a window on a fresh demo database, for the UI tests under Xvfb
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vs-application.h"
#include "vs-import-dialog.h"
#include "vs-window-private.h"

G_BEGIN_DECLS

typedef struct {
  char          *dir;      /* a temporary directory, removed at the end */
  char          *db_path;
  VsStore       *store;
  VsApplication *app;
  VsWindow      *window;
} VsUiFixture;

/* g_test_init, then GTK and libadwaita on the display xvfb-run gives. */
void      vs_ui_test_init          (int          *argc,
                                    char       ***argv);
/* A new database in a temporary directory, the demo data loaded through the importer, an
 * application using it and its window, presented and laid out. */
void      vs_ui_fixture_setup      (VsUiFixture  *fixture,
                                    gconstpointer data);
void      vs_ui_fixture_teardown   (VsUiFixture  *fixture,
                                    gconstpointer data);
/* Runs the main loop until @done (polled between iterations) is TRUE or @timeout_ms
 * passes; FALSE on timeout. */
gboolean  vs_ui_test_wait_until    (gboolean    (*done) (gpointer data),
                                    gpointer      data,
                                    guint         timeout_ms);
/* The window at @width x @height (as a window manager would size it, its frame within),
 * laid out. */
void      vs_ui_test_resize        (VsUiFixture  *fixture,
                                    int           width,
                                    int           height);
/* Runs the main loop until nothing is pending: layout, idle reloads, a frame drawn. */
void      vs_ui_test_settle        (void);
/* Shows a view as --view writes it: "indicator:<ref>" opens its report card, anything
 * else is a VsView's text ("overview", "area:<name>", ...). */
gboolean  vs_ui_test_show          (VsWindow    *window,
                                    const char  *text);
/* The first label under @root (depth first) showing exactly @text, or NULL. */
/* Whether @widget shows @text, in whatever way the test looks for. */
typedef gboolean (*VsUiWidgetShows) (GtkWidget  *widget,
                                     const char *text);
/* The first widget under @root, depth first, for which @shows is TRUE. */
GtkWidget *vs_ui_test_find_widget  (GtkWidget      *root,
                                    VsUiWidgetShows shows,
                                    const char     *text);
GtkWidget *vs_ui_test_find_label   (GtkWidget    *root,
                                    const char   *text);
/* The first RAG table cell under @root showing @text, or NULL. */
GtkWidget *vs_ui_test_find_cell    (GtkWidget    *root,
                                    const char   *text);
GtkWidget *vs_ui_test_find_button  (GtkWidget    *root,
                                    const char   *label);
GtkWindow *vs_ui_test_find_toplevel (const char  *type_name);
/* The row shown for @ref in the window's table, or NULL (borrowed). */
VsIndicatorItem *vs_ui_test_find_row (VsUiFixture *fixture,
                                    const char   *ref);

/* Writes @contents to @name in the fixture's folder; the path, to free. */
char           *vs_ui_test_write_file     (VsUiFixture  *fixture,
                                           const char   *name,
                                           const char   *contents);
/* The window's import dialog on the file at @path, as dropping it would open it (a new
 * reference); its dry run starts at once. */
VsImportDialog *vs_ui_test_open_import    (VsUiFixture  *fixture,
                                           const char   *path);
/* For vs_ui_test_wait_until on a VsImportDialog: its dry run is over; its import is over. */
gboolean        vs_ui_test_import_checked  (gpointer      dialog);
gboolean        vs_ui_test_import_finished (gpointer      dialog);

G_END_DECLS
