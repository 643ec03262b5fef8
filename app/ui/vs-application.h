/* vs-application.h: the application: options, the open database, app-wide actions
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vs-view.h"

#include "vs-store.h"

G_BEGIN_DECLS

#define VS_TYPE_APPLICATION (vs_application_get_type ())
G_DECLARE_FINAL_TYPE (VsApplication, vs_application, VS, APPLICATION, AdwApplication)

VsApplication *vs_application_new           (void);
/* The database every window shows; NULL when it could not be opened (see
 * vs_application_get_open_error). Opened on first use. */
VsStore       *vs_application_get_store      (VsApplication *self);
const GError  *vs_application_get_open_error (VsApplication *self);
/* The database of the window in front (each window has its own), else the first's. */
VsStore       *vs_application_get_active_store (VsApplication *self);
/* TRUE when @store holds the demo: the demo's own file, or --demo's. */
gboolean       vs_application_is_demo        (VsApplication *self,
                                              VsStore       *store);
/* Uses @store instead of opening one from the options: for tests and benchmarks. */
void           vs_application_set_store      (VsApplication *self,
                                              VsStore       *store);
GSettings     *vs_application_get_settings   (VsApplication *self);
/* What --view, --period and --locality asked for on start, or NULL. */
/* --view's view of the sidebar; NULL when it named none (or a card, an import,
 * Preferences: the application opens those itself). */
const VsView  *vs_application_get_start_view     (VsApplication *self);
const char    *vs_application_get_start_period   (VsApplication *self);
const char    *vs_application_get_start_locality (VsApplication *self);
/* The name recorded with commentary and actions written in the window. */
const char    *vs_application_get_author     (VsApplication *self);

G_END_DECLS
