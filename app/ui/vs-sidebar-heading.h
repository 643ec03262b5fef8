/* vs-sidebar-heading.h: the sidebar's heading above the service areas, with the legend
 * of their count badges
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define VS_TYPE_SIDEBAR_HEADING (vs_sidebar_heading_get_type ())
G_DECLARE_FINAL_TYPE (VsSidebarHeading, vs_sidebar_heading, VS, SIDEBAR_HEADING, GtkBox)

GtkWidget *vs_sidebar_heading_new (void);

G_END_DECLS
