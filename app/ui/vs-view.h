/* vs-view.h: which of the sidebar's views the window shows, typed
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  VS_VIEW_OVERVIEW,     /* every vital sign */
  VS_VIEW_EXCEPTIONS,   /* what goes to committee */
  VS_VIEW_AREA,         /* one service area, by name */
  VS_VIEW_IMPORTS,      /* the import log */
  VS_VIEW_BENCHMARKS,   /* published indicators against their comparators */
} VsViewKind;

typedef struct {
  VsViewKind  kind;
  char       *area;     /* VS_VIEW_AREA only: the area's name */
} VsView;

#define VS_TYPE_VIEW (vs_view_get_type ())
GType     vs_view_get_type  (void) G_GNUC_CONST;

VsView   *vs_view_new       (VsViewKind    kind,
                             const char   *area);
VsView   *vs_view_copy      (const VsView *view);
void      vs_view_free      (VsView       *view);
/* Area names are case-insensitive in the store, and so here. */
gboolean  vs_view_equal     (const VsView *a,
                             const VsView *b);
/* The written form, as --view, win.show-view and the last-view setting use it:
 * "overview", "exceptions", "imports", "benchmarks" or "area:<name>"; NULL for anything else. */
VsView   *vs_view_parse     (const char   *text);
char     *vs_view_to_string (const VsView *view);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsView, vs_view_free)

G_END_DECLS
