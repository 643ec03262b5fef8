/* vs-welcome-page.h: what an empty database shows: import a first file, or the demo
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define VS_TYPE_WELCOME_PAGE (vs_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (VsWelcomePage, vs_welcome_page, VS, WELCOME_PAGE, AdwBin)

/* Its buttons activate win.import and app.open-demo: the demo opens in a file of its own,
 * so the officer's database stays empty until their first import. */
GtkWidget *vs_welcome_page_new (void);

G_END_DECLS
