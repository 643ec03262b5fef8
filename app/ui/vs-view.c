/* vs-view.c: which of the sidebar's views the window shows, typed
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "vs-view.h"

G_DEFINE_BOXED_TYPE (VsView, vs_view, vs_view_copy, vs_view_free)

/* The one place views are written as text: settings and the command line keep them so. */
#define AREA_PREFIX "area:"

static const char *const kind_names[] = {
  [VS_VIEW_OVERVIEW] = "overview",
  [VS_VIEW_EXCEPTIONS] = "exceptions",
  [VS_VIEW_AREA] = NULL,
  [VS_VIEW_IMPORTS] = "imports",
  [VS_VIEW_BENCHMARKS] = "benchmarks",
};

VsView *
vs_view_new (VsViewKind  kind,
             const char *area)
{
  VsView *view;

  g_return_val_if_fail ((kind == VS_VIEW_AREA) == (area != NULL), NULL);

  view = g_new0 (VsView, 1);
  view->kind = kind;
  view->area = g_strdup (area);
  return view;
}

VsView *
vs_view_copy (const VsView *view)
{
  g_return_val_if_fail (view != NULL, NULL);
  return vs_view_new (view->kind, view->area);
}

void
vs_view_free (VsView *view)
{
  if (view == NULL)
    return;
  g_free (view->area);
  g_free (view);
}

gboolean
vs_view_equal (const VsView *a,
               const VsView *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  if (a->kind != b->kind)
    return FALSE;
  return a->kind != VS_VIEW_AREA || g_ascii_strcasecmp (a->area, b->area) == 0;
}

VsView *
vs_view_parse (const char *text)
{
  if (text == NULL)
    return NULL;
  if (g_str_has_prefix (text, AREA_PREFIX) && text[strlen (AREA_PREFIX)] != '\0')
    return vs_view_new (VS_VIEW_AREA, text + strlen (AREA_PREFIX));
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (kind_names[i] != NULL && g_str_equal (text, kind_names[i]))
      return vs_view_new (i, NULL);
  return NULL;
}

char *
vs_view_to_string (const VsView *view)
{
  g_return_val_if_fail (view != NULL, NULL);

  if (view->kind == VS_VIEW_AREA)
    return g_strconcat (AREA_PREFIX, view->area, NULL);
  return g_strdup (kind_names[view->kind]);
}
