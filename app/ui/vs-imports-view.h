/* vs-imports-view.h: the import history, with undo
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "vs-store.h"

G_BEGIN_DECLS

#define VS_TYPE_IMPORTS_VIEW (vs_imports_view_get_type ())
G_DECLARE_FINAL_TYPE (VsImportsView, vs_imports_view, VS, IMPORTS_VIEW, GtkWidget)

/* Properties: "store" (VsStore), whose import log it lists. */
void       vs_imports_view_reload    (VsImportsView *self);
/* How many imports are listed, for tests. */
guint      vs_imports_view_get_count (VsImportsView *self);

G_END_DECLS
