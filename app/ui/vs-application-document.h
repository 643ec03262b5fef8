/* vs-application-document.h: the database as a document: Open…, recent files, Save a Copy…
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vs-application.h"
#include "vs-window.h"

G_BEGIN_DECLS

#define VS_DATABASE_MIME_TYPE "application/x-vital-signs-database"

/* app.open (Ctrl+Shift+O), app.open-recent(s), app.save-copy (Ctrl+Shift+S) and
 * app.open-demo. */
void vs_application_add_document_actions (VsApplication *self);
/* A window on the database at @path, with a store of its own; the file's window when one
 * shows it already. @demo: the demo's file, created and filled when new. NULL when the
 * file could not be opened (a dialog has said why). Named files go into the recent files. */
VsWindow *vs_application_open_database   (VsApplication *self,
                                          const char    *path,
                                          gboolean       demo);
/* The demo's own file, beside the default database: the officer's stays theirs. */
char *vs_application_demo_path           (void);
/* Loads the demo into @store when it is empty and can be written. */
gboolean vs_application_fill_demo        (VsStore       *store,
                                          GError       **error);

/* Puts a database into GTK's recent files, as Vital Signs' type. */
void vs_application_add_recent           (const char    *path);
/* Keeps @menu (a window's "Recent" submenu) filled with the recent databases. */
void vs_application_document_track_recent (GMenu        *menu);

G_END_DECLS
