/* vs-sidebar-row.h: a row of the sidebar, showing a VsSidebarItem
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "vs-sidebar-item.h"

G_BEGIN_DECLS

#define VS_TYPE_SIDEBAR_ROW (vs_sidebar_row_get_type ())
G_DECLARE_FINAL_TYPE (VsSidebarRow, vs_sidebar_row, VS, SIDEBAR_ROW, GtkListBoxRow)

/* Properties: "item" (VsSidebarItem), fixed at construction; the row binds to it. */
GtkWidget     *vs_sidebar_row_new      (VsSidebarItem *item);
VsSidebarItem *vs_sidebar_row_get_item (VsSidebarRow  *self);

G_END_DECLS
