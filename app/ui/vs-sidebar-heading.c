/* vs-sidebar-heading.c: the sidebar's heading above the service areas, with the legend
 * of their count badges
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-sidebar-heading"

#include "config.h"

#include "vs-sidebar-heading.h"

/* An area's badges are bare counts in the ratings' tints ("2 1 1"): the legend under the
 * heading names each tint in the same badge, so that they read without a tooltip, as
 * the row's accessible name reads them to a screen reader ("3 red, 2 amber, 1 green"). */
struct _VsSidebarHeading
{
  GtkBox parent_instance;
};

G_DEFINE_FINAL_TYPE (VsSidebarHeading, vs_sidebar_heading, GTK_TYPE_BOX)

static void
vs_sidebar_heading_class_init (VsSidebarHeadingClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vitalsigns/VitalSigns/ui/vs-sidebar-heading.ui");
  gtk_widget_class_set_css_name (widget_class, "vs-sidebar-heading");
}

static void
vs_sidebar_heading_init (VsSidebarHeading *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
vs_sidebar_heading_new (void)
{
  return g_object_new (VS_TYPE_SIDEBAR_HEADING, NULL);
}
