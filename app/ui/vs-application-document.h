/* vs-application-document.h: the database as a document: Open…, recent files, Save a Copy…
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vs-application.h"

G_BEGIN_DECLS

#define VS_DATABASE_MIME_TYPE "application/x-vital-signs-database"

/* app.open (Ctrl+Shift+O), app.open-recent(s) and app.save-copy (Ctrl+Shift+S). */
void vs_application_add_document_actions (VsApplication *self);
/* A process holds one database: another file gets a window in a process of its own,
 * started as `vital-signs --db PATH`, and goes into the recent files. */
void vs_application_open_in_new_window   (const char    *path);

/* Puts a database into GTK's recent files, as Vital Signs' type. */
void vs_application_add_recent           (const char    *path);
/* Keeps @menu (a window's "Recent" submenu) filled with the recent databases. */
void vs_application_document_track_recent (GMenu        *menu);

G_END_DECLS
