/* vs-welcome-page.c: what an empty database shows: import a first file, or the demo
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-welcome-page"

#include "config.h"

#include "vs-a11y.h"
#include "vs-welcome-page.h"

struct _VsWelcomePage
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (VsWelcomePage, vs_welcome_page, ADW_TYPE_BIN)

static void
vs_welcome_page_class_init (VsWelcomePageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* AdwBin unparents its child itself: no dispose_template. */
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vitalsigns/VitalSigns/ui/vs-welcome-page.ui");
}

static void
vs_welcome_page_init (VsWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The buttons' mnemonics stay out of what a screen reader says. */
  vs_a11y_name_label_buttons (GTK_WIDGET (self));
}

GtkWidget *
vs_welcome_page_new (void)
{
  return g_object_new (VS_TYPE_WELCOME_PAGE, NULL);
}
