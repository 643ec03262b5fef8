/* vs-sidebar-row.c: a row of the sidebar, showing a VsSidebarItem
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-sidebar-row"

#include "config.h"

#include "vs-sidebar-row.h"

struct _VsSidebarRow
{
  GtkListBoxRow  parent_instance;

  VsSidebarItem *item;
};

G_DEFINE_FINAL_TYPE (VsSidebarRow, vs_sidebar_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
has_text (gpointer    unused,
          const char *text)
{
  return text != NULL;
}

/* Areas have their ratings' badges, Exceptions its count; the rest none. */
static gboolean
has_counts (gpointer       unused,
            VsSidebarItem *item)
{
  return item != NULL && (vs_sidebar_item_is_area (item)
                          || vs_sidebar_item_get_view (item)->kind == VS_VIEW_EXCEPTIONS);
}

static char *
count_text (gpointer unused,
            guint    count)
{
  return g_strdup_printf ("%u", count);
}

static gboolean
count_visible (gpointer unused,
               guint    count)
{
  return count > 0;
}

/* Accessible names are no properties to bind; an area's tooltip says the same in words. */
static void
on_description_changed_cb (VsSidebarItem *item,
                           GParamSpec    *pspec,
                           VsSidebarRow  *self)
{
  const char *description = vs_sidebar_item_get_description (item);

  if (vs_sidebar_item_is_area (item) && pspec != NULL)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self), description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
}

static void
vs_sidebar_row_constructed (GObject *object)
{
  VsSidebarRow *self = VS_SIDEBAR_ROW (object);

  G_OBJECT_CLASS (vs_sidebar_row_parent_class)->constructed (object);

  g_return_if_fail (VS_IS_SIDEBAR_ITEM (self->item));

  g_signal_connect_object (self->item, "notify::description",
                           G_CALLBACK (on_description_changed_cb), self, 0);
  on_description_changed_cb (self->item, NULL, self);
}

static void
vs_sidebar_row_dispose (GObject *object)
{
  VsSidebarRow *self = VS_SIDEBAR_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_SIDEBAR_ROW);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (vs_sidebar_row_parent_class)->dispose (object);
}

static void
vs_sidebar_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  VsSidebarRow *self = VS_SIDEBAR_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_sidebar_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  VsSidebarRow *self = VS_SIDEBAR_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      /* Construct-only, yet notified: the template's bindings watch it. */
      self->item = g_value_dup_object (value);
      g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_sidebar_row_class_init (VsSidebarRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = vs_sidebar_row_constructed;
  object_class->dispose = vs_sidebar_row_dispose;
  object_class->get_property = vs_sidebar_row_get_property;
  object_class->set_property = vs_sidebar_row_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, VS_TYPE_SIDEBAR_ITEM,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS
                         | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vitalsigns/VitalSigns/ui/vs-sidebar-row.ui");
  gtk_widget_class_bind_template_callback (widget_class, has_text);
  gtk_widget_class_bind_template_callback (widget_class, has_counts);
  gtk_widget_class_bind_template_callback (widget_class, count_text);
  gtk_widget_class_bind_template_callback (widget_class, count_visible);
}

static void
vs_sidebar_row_init (VsSidebarRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
vs_sidebar_row_new (VsSidebarItem *item)
{
  g_return_val_if_fail (VS_IS_SIDEBAR_ITEM (item), NULL);

  return g_object_new (VS_TYPE_SIDEBAR_ROW, "item", item, NULL);
}

VsSidebarItem *
vs_sidebar_row_get_item (VsSidebarRow *self)
{
  g_return_val_if_fail (VS_IS_SIDEBAR_ROW (self), NULL);
  return self->item;
}
