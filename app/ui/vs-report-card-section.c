/* vs-report-card-section.c: what every section of the report card has: the store, the
 * indicator shown and the author, bound from the card
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-report-card"

#include "config.h"

#include "vs-report-card-section.h"

typedef struct
{
  VsStore         *store;
  VsIndicatorItem *item;
  char            *author;
} VsReportCardSectionPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (VsReportCardSection, vs_report_card_section, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_ITEM,
  PROP_AUTHOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show (VsReportCardSection *self)
{
  VsReportCardSectionPrivate *priv = vs_report_card_section_get_instance_private (self);

  if (priv->item != NULL && priv->store != NULL
      && VS_REPORT_CARD_SECTION_GET_CLASS (self)->show != NULL)
    VS_REPORT_CARD_SECTION_GET_CLASS (self)->show (self, priv->item);
}

static void
vs_report_card_section_dispose (GObject *object)
{
  VsReportCardSection *self = VS_REPORT_CARD_SECTION (object);
  VsReportCardSectionPrivate *priv = vs_report_card_section_get_instance_private (self);

  g_clear_object (&priv->store);
  g_clear_object (&priv->item);
  g_clear_pointer (&priv->author, g_free);

  G_OBJECT_CLASS (vs_report_card_section_parent_class)->dispose (object);
}

static void
vs_report_card_section_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  VsReportCardSection *self = VS_REPORT_CARD_SECTION (object);
  VsReportCardSectionPrivate *priv = vs_report_card_section_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, priv->store);
      break;
    case PROP_ITEM:
      g_value_set_object (value, priv->item);
      break;
    case PROP_AUTHOR:
      g_value_set_string (value, priv->author);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_report_card_section_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  VsReportCardSection *self = VS_REPORT_CARD_SECTION (object);
  VsReportCardSectionPrivate *priv = vs_report_card_section_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STORE:
      if (!g_set_object (&priv->store, g_value_get_object (value)))
        return;
      show (self);
      break;
    case PROP_ITEM:
      if (!g_set_object (&priv->item, g_value_get_object (value)))
        return;
      show (self);
      break;
    case PROP_AUTHOR:
      if (g_strcmp0 (priv->author, g_value_get_string (value)) == 0)
        return;
      g_free (priv->author);
      priv->author = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  g_object_notify_by_pspec (object, pspec);
}

static void
vs_report_card_section_class_init (VsReportCardSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vs_report_card_section_dispose;
  object_class->get_property = vs_report_card_section_get_property;
  object_class->set_property = vs_report_card_section_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, VS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, VS_TYPE_INDICATOR_ITEM,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_AUTHOR] =
    g_param_spec_string ("author", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vs_report_card_section_init (VsReportCardSection *self)
{
}

VsStore *
vs_report_card_section_get_store (VsReportCardSection *self)
{
  VsReportCardSectionPrivate *priv = vs_report_card_section_get_instance_private (self);

  g_return_val_if_fail (VS_IS_REPORT_CARD_SECTION (self), NULL);
  return priv->store;
}

VsIndicatorItem *
vs_report_card_section_get_item (VsReportCardSection *self)
{
  VsReportCardSectionPrivate *priv = vs_report_card_section_get_instance_private (self);

  g_return_val_if_fail (VS_IS_REPORT_CARD_SECTION (self), NULL);
  return priv->item;
}

const char *
vs_report_card_section_get_author (VsReportCardSection *self)
{
  VsReportCardSectionPrivate *priv = vs_report_card_section_get_instance_private (self);

  g_return_val_if_fail (VS_IS_REPORT_CARD_SECTION (self), NULL);
  return priv->author;
}

void
vs_report_card_section_dispose_template (VsReportCardSection *self,
                                         GType                type)
{
  g_return_if_fail (VS_IS_REPORT_CARD_SECTION (self));

  /* The bin lets go of its child itself; the template then only forgets it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), type);
}
