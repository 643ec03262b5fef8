/* vs-sidebar-item.c: one entry of the sidebar's model: a view, its title and its counts
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-sidebar-item"

#include "config.h"

#include <glib/gi18n.h>

#include "vs-sidebar-item.h"

struct _VsSidebarItem
{
  GObject  parent_instance;

  VsView  *view;
  char    *icon_name;
  char    *title;
  guint    counts[3];     /* red, amber, green */
  guint    neutral;
  char    *description;   /* NULL until counts arrive */
};

G_DEFINE_FINAL_TYPE (VsSidebarItem, vs_sidebar_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_VIEW,
  PROP_ICON_NAME,
  PROP_TITLE,
  PROP_RED,
  PROP_AMBER,
  PROP_GREEN,
  PROP_NEUTRAL,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
vs_sidebar_item_finalize (GObject *object)
{
  VsSidebarItem *self = VS_SIDEBAR_ITEM (object);

  g_clear_pointer (&self->view, vs_view_free);
  g_clear_pointer (&self->icon_name, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (vs_sidebar_item_parent_class)->finalize (object);
}

static void
vs_sidebar_item_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  VsSidebarItem *self = VS_SIDEBAR_ITEM (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      g_value_set_boxed (value, self->view);
      break;
    case PROP_ICON_NAME:
      g_value_set_string (value, self->icon_name);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_RED:
    case PROP_AMBER:
    case PROP_GREEN:
      g_value_set_uint (value, self->counts[prop_id - PROP_RED]);
      break;
    case PROP_NEUTRAL:
      g_value_set_uint (value, self->neutral);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, vs_sidebar_item_get_description (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_sidebar_item_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  VsSidebarItem *self = VS_SIDEBAR_ITEM (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      self->view = g_value_dup_boxed (value);
      break;
    case PROP_ICON_NAME:
      self->icon_name = g_value_dup_string (value);
      break;
    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_sidebar_item_class_init (VsSidebarItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags fixed = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS
                            | G_PARAM_EXPLICIT_NOTIFY;
  const GParamFlags counted = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = vs_sidebar_item_finalize;
  object_class->get_property = vs_sidebar_item_get_property;
  object_class->set_property = vs_sidebar_item_set_property;

  properties[PROP_VIEW] = g_param_spec_boxed ("view", NULL, NULL, VS_TYPE_VIEW, fixed);
  properties[PROP_ICON_NAME] = g_param_spec_string ("icon-name", NULL, NULL, NULL, fixed);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, fixed);
  properties[PROP_RED] = g_param_spec_uint ("red", NULL, NULL, 0, G_MAXUINT, 0, counted);
  properties[PROP_AMBER] = g_param_spec_uint ("amber", NULL, NULL, 0, G_MAXUINT, 0, counted);
  properties[PROP_GREEN] = g_param_spec_uint ("green", NULL, NULL, 0, G_MAXUINT, 0, counted);
  properties[PROP_NEUTRAL] = g_param_spec_uint ("neutral", NULL, NULL, 0, G_MAXUINT, 0, counted);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, counted);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vs_sidebar_item_init (VsSidebarItem *self)
{
}

VsSidebarItem *
vs_sidebar_item_new (const VsView *view,
                     const char   *icon_name,
                     const char   *title)
{
  g_return_val_if_fail (view != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  return g_object_new (VS_TYPE_SIDEBAR_ITEM,
                       "view", view,
                       "icon-name", icon_name,
                       "title", title,
                       NULL);
}

const VsView *
vs_sidebar_item_get_view (VsSidebarItem *self)
{
  g_return_val_if_fail (VS_IS_SIDEBAR_ITEM (self), NULL);
  return self->view;
}

const char *
vs_sidebar_item_get_title (VsSidebarItem *self)
{
  g_return_val_if_fail (VS_IS_SIDEBAR_ITEM (self), NULL);
  return self->title;
}

gboolean
vs_sidebar_item_is_area (VsSidebarItem *self)
{
  g_return_val_if_fail (VS_IS_SIDEBAR_ITEM (self), FALSE);
  return self->view->kind == VS_VIEW_AREA;
}

const char *
vs_sidebar_item_get_description (VsSidebarItem *self)
{
  g_return_val_if_fail (VS_IS_SIDEBAR_ITEM (self), NULL);
  return self->description != NULL ? self->description : self->title;
}

static void
set_description (VsSidebarItem *self,
                 char          *description)
{
  if (g_strcmp0 (self->description, description) == 0)
    {
      g_free (description);
      return;
    }
  g_free (self->description);
  self->description = description;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

void
vs_sidebar_item_set_counts (VsSidebarItem *self,
                            guint          red,
                            guint          amber,
                            guint          green)
{
  const guint counts[3] = { red, amber, green };

  g_return_if_fail (VS_IS_SIDEBAR_ITEM (self));

  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    if (self->counts[i] != counts[i])
      {
        self->counts[i] = counts[i];
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RED + i]);
      }
  /* Translators: a service area in the sidebar, read by screen readers */
  set_description (self, g_strdup_printf (_("%s: %u red, %u amber, %u green"),
                                          self->title, red, amber, green));
  g_object_thaw_notify (G_OBJECT (self));
}

void
vs_sidebar_item_set_neutral (VsSidebarItem *self,
                             guint          count)
{
  g_return_if_fail (VS_IS_SIDEBAR_ITEM (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (self->neutral != count)
    {
      self->neutral = count;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEUTRAL]);
    }
  set_description (self, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exceptions: %u indicator",
                                                       "Exceptions: %u indicators", count),
                                          count));
  g_object_thaw_notify (G_OBJECT (self));
}
