/* vs-sidebar-item.h: one entry of the sidebar's model: a view, its title and its counts
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "vs-view.h"

G_BEGIN_DECLS

#define VS_TYPE_SIDEBAR_ITEM (vs_sidebar_item_get_type ())
G_DECLARE_FINAL_TYPE (VsSidebarItem, vs_sidebar_item, VS, SIDEBAR_ITEM, GObject)

/* Properties: "view" (VsView), "icon-name" and "title", fixed at construction; "red",
 * "amber", "green" (an area's ratings) and "neutral" (the exceptions' count), each 0 until
 * set; "description", what a screen reader says of it. */
VsSidebarItem *vs_sidebar_item_new         (const VsView  *view,
                                            const char    *icon_name,
                                            const char    *title);
const VsView  *vs_sidebar_item_get_view    (VsSidebarItem *self);
const char    *vs_sidebar_item_get_title   (VsSidebarItem *self);
gboolean       vs_sidebar_item_is_area     (VsSidebarItem *self);
/* An area's ratings, for its badges. */
void           vs_sidebar_item_set_counts  (VsSidebarItem *self,
                                            guint          red,
                                            guint          amber,
                                            guint          green);
/* The exceptions' count, for its badge. */
void           vs_sidebar_item_set_neutral (VsSidebarItem *self,
                                            guint          count);
/* The title until counts arrive, then the counts in words. */
const char    *vs_sidebar_item_get_description (VsSidebarItem *self);

G_END_DECLS
