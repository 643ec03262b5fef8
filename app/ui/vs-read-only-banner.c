/* vs-read-only-banner.c: the bar that says a database can be read but not changed
 *
 * libadwaita 1.2 has no AdwBanner: a revealer around a box styled as one (style.css),
 * so that the bar slides in under the header bar as AdwBanner does in later releases.
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-read-only-banner"

#include "config.h"

#include "vs-a11y.h"
#include "vs-read-only-banner.h"

struct _VsReadOnlyBanner
{
  AdwBin       parent_instance;

  GtkRevealer *revealer;
};

G_DEFINE_FINAL_TYPE (VsReadOnlyBanner, vs_read_only_banner, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_REVEALED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
vs_read_only_banner_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  VsReadOnlyBanner *self = VS_READ_ONLY_BANNER (object);

  switch (prop_id)
    {
    case PROP_REVEALED:
      g_value_set_boolean (value, vs_read_only_banner_get_revealed (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_read_only_banner_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  VsReadOnlyBanner *self = VS_READ_ONLY_BANNER (object);

  switch (prop_id)
    {
    case PROP_REVEALED:
      vs_read_only_banner_set_revealed (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_read_only_banner_class_init (VsReadOnlyBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = vs_read_only_banner_get_property;
  object_class->set_property = vs_read_only_banner_set_property;
  /* AdwBin unparents its child itself: no dispose_template. */

  properties[PROP_REVEALED] =
    g_param_spec_boolean ("revealed", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vitalsigns/VitalSigns/ui/vs-read-only-banner.ui");
  gtk_widget_class_bind_template_child (widget_class, VsReadOnlyBanner, revealer);
}

static void
vs_read_only_banner_init (VsReadOnlyBanner *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  vs_a11y_name_label_buttons (GTK_WIDGET (self));
}

GtkWidget *
vs_read_only_banner_new (void)
{
  return g_object_new (VS_TYPE_READ_ONLY_BANNER, NULL);
}

void
vs_read_only_banner_set_revealed (VsReadOnlyBanner *self,
                                  gboolean          revealed)
{
  g_return_if_fail (VS_IS_READ_ONLY_BANNER (self));

  if (gtk_revealer_get_reveal_child (self->revealer) == !!revealed)
    return;
  gtk_revealer_set_reveal_child (self->revealer, revealed);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVEALED]);
}

gboolean
vs_read_only_banner_get_revealed (VsReadOnlyBanner *self)
{
  g_return_val_if_fail (VS_IS_READ_ONLY_BANNER (self), FALSE);

  return gtk_revealer_get_reveal_child (self->revealer);
}
