/* vs-sidebar.h: the list of views: Overview, Exceptions, the service areas, Imports
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "vs-dashboard.h"
#include "vs-view.h"

G_BEGIN_DECLS

#define VS_TYPE_SIDEBAR (vs_sidebar_get_type ())
G_DECLARE_FINAL_TYPE (VsSidebar, vs_sidebar, VS, SIDEBAR, GtkWidget)

/* Properties: "selected" (VsView), the view chosen; "store" (VsStore), whose areas it
 * lists as they change, those with an indicator; and "dashboard" (VsDashboard), whose
 * ratings and exceptions it counts each time it loads. "view-activated" (VsView) is
 * emitted when a row is activated, even the selected one. */
const VsView *vs_sidebar_get_selected       (VsSidebar    *self);
/* FALSE when no row shows that view. */
gboolean    vs_sidebar_select               (VsSidebar    *self,
                                             const VsView *view);
/* The views in their order as vs_view_to_string() writes them, for tests: free with
 * g_strfreev. */
char      **vs_sidebar_list_views           (VsSidebar  *self);

G_END_DECLS
