/* vs-sidebar.c: the list of views: Overview, Exceptions, the service areas, Imports
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-sidebar"

#include "config.h"

#include <glib/gi18n.h>

#include "vs-indicator.h"
#include "vs-sidebar.h"
#include "vs-sidebar-heading.h"
#include "vs-sidebar-item.h"
#include "vs-sidebar-row.h"

struct _VsSidebar
{
  GtkWidget   parent_instance;

  GtkListBox *list;
  GListStore *items;        /* of VsSidebarItem: Overview, Exceptions, Benchmarks, the areas, Imports */
  VsView     *selected;
  VsStore    *store;
  VsDashboard *dashboard;
};

G_DEFINE_FINAL_TYPE (VsSidebar, vs_sidebar, GTK_TYPE_WIDGET)

enum {
  VIEW_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_SELECTED,
  PROP_STORE,
  PROP_DASHBOARD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void set_store     (VsSidebar   *self,
                           VsStore     *store);
static void set_dashboard (VsSidebar   *self,
                           VsDashboard *dashboard);

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  return vs_sidebar_row_new (VS_SIDEBAR_ITEM (item));
}

static VsSidebarItem *
row_item (GtkListBoxRow *row)
{
  return vs_sidebar_row_get_item (VS_SIDEBAR_ROW (row));
}

/* A heading above the first area, a line above Imports: the list reads as three groups. */
static void
group_header_cb (GtkListBoxRow *row,
                  GtkListBoxRow *before,
                  gpointer       user_data)
{
  gboolean is_area = vs_sidebar_item_is_area (row_item (row));
  gboolean after_area = before != NULL && vs_sidebar_item_is_area (row_item (before));
  GtkWidget *header = NULL;

  if (is_area && !after_area)
    header = vs_sidebar_heading_new ();
  else if (!is_area && after_area)
    {
      header = gtk_separator_new (GTK_ORIENTATION_HORIZONTAL);
      gtk_widget_add_css_class (header, "sidebar-separator");
    }

  gtk_list_box_row_set_header (row, header);
}

static void
on_row_selected_cb (GtkListBox    *list,
                    GtkListBoxRow *row,
                    VsSidebar     *self)
{
  const VsView *view;

  if (row == NULL)
    return;
  view = vs_sidebar_item_get_view (row_item (row));
  if (vs_view_equal (self->selected, view))
    return;
  vs_view_free (self->selected);
  self->selected = vs_view_copy (view);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/* Also for the row already selected: on a folded window, choosing it again must still
 * bring its page forward. */
static void
on_row_activated_cb (GtkListBox    *list,
                     GtkListBoxRow *row,
                     VsSidebar     *self)
{
  g_signal_emit (self, signals[VIEW_ACTIVATED], 0, vs_sidebar_item_get_view (row_item (row)));
}

static void
vs_sidebar_dispose (GObject *object)
{
  VsSidebar *self = VS_SIDEBAR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_SIDEBAR);
  g_clear_pointer (&self->selected, vs_view_free);
  g_clear_object (&self->items);
  g_clear_object (&self->store);
  g_clear_object (&self->dashboard);

  G_OBJECT_CLASS (vs_sidebar_parent_class)->dispose (object);
}

static void
vs_sidebar_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  VsSidebar *self = VS_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_boxed (value, self->selected);
      break;
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_DASHBOARD:
      g_value_set_object (value, self->dashboard);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_sidebar_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  VsSidebar *self = VS_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      vs_sidebar_select (self, g_value_get_boxed (value));
      break;
    case PROP_STORE:
      set_store (self, g_value_get_object (value));
      break;
    case PROP_DASHBOARD:
      set_dashboard (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_sidebar_class_init (VsSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_sidebar_dispose;
  object_class->get_property = vs_sidebar_get_property;
  object_class->set_property = vs_sidebar_set_property;

  properties[PROP_SELECTED] =
    g_param_spec_boxed ("selected", NULL, NULL, VS_TYPE_VIEW,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* Whose areas it lists, as they change. */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, VS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* Its areas' ratings and the exceptions are counted in the sidebar, each time it loads. */
  properties[PROP_DASHBOARD] =
    g_param_spec_object ("dashboard", NULL, NULL, VS_TYPE_DASHBOARD,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[VIEW_ACTIVATED] =
    g_signal_new ("view-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, VS_TYPE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vitalsigns/VitalSigns/ui/vs-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, VsSidebar, list);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "vs-sidebar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
append_item (VsSidebar    *self,
             VsViewKind    kind,
             const char   *icon_name,
             const char   *title)
{
  g_autoptr(VsView) view = vs_view_new (kind, NULL);
  g_autoptr(VsSidebarItem) item = vs_sidebar_item_new (view, icon_name, title);

  g_list_store_append (self->items, item);
}

static void
vs_sidebar_init (VsSidebar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_list_store_new (VS_TYPE_SIDEBAR_ITEM);
  append_item (self, VS_VIEW_OVERVIEW, "view-grid-symbolic", _("Overview"));
  append_item (self, VS_VIEW_EXCEPTIONS, "dialog-warning-symbolic", _("Exceptions"));
  /* The published indicators against statistical neighbours, England and the region. */
  append_item (self, VS_VIEW_BENCHMARKS, "view-list-symbolic", _("Benchmarks"));
  append_item (self, VS_VIEW_IMPORTS, "document-open-recent-symbolic", _("Imports"));

  gtk_list_box_set_header_func (self->list, group_header_cb, NULL, NULL);
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->items), create_row_cb, NULL, NULL);
}

/* Where @view's item stands, or FALSE. */
static gboolean
find_item (VsSidebar    *self,
           const VsView *view,
           guint        *position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VsSidebarItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (vs_view_equal (vs_sidebar_item_get_view (item), view))
        {
          *position = i;
          return TRUE;
        }
    }
  return FALSE;
}

static VsSidebarItem *
lookup_item (VsSidebar    *self,
             const VsView *view)
{
  guint position;

  if (!find_item (self, view, &position))
    return NULL;
  return g_list_model_get_item (G_LIST_MODEL (self->items), position);
}

/* The area items as @areas name them, in their order: the items already there are kept
 * (and their counts, until the dashboard counts again). */
static GPtrArray *
area_items (VsSidebar *self,
            GPtrArray *areas,
            guint      first,
            guint      end)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < areas->len; i++)
    {
      const VsArea *area = g_ptr_array_index (areas, i);
      g_autoptr(VsView) view = vs_view_new (VS_VIEW_AREA, area->name);
      VsSidebarItem *item = NULL;

      /* An area emptied (its last indicator moved to another) has nothing to show. */
      if (area->n_indicators == 0)
        continue;
      for (guint j = first; j < end && item == NULL; j++)
        {
          g_autoptr(VsSidebarItem) old = g_list_model_get_item (G_LIST_MODEL (self->items), j);

          if (g_strcmp0 (vs_sidebar_item_get_title (old), area->name) == 0)
            item = g_steal_pointer (&old);
        }
      g_ptr_array_add (items, item != NULL ? item : vs_sidebar_item_new (view, NULL, area->name));
    }
  return items;
}

/* The database's areas, read again whenever it changes: from the store, not the
 * dashboard, which does not load while there are no figures (a catalogue's areas list
 * all the same). */
static void
list_areas (VsSidebar *self)
{
  g_autoptr(GPtrArray) areas = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(VsView) keep = NULL;
  g_autoptr(VsView) overview = vs_view_new (VS_VIEW_OVERVIEW, NULL);
  g_autoptr(VsView) imports = vs_view_new (VS_VIEW_IMPORTS, NULL);
  gboolean same;
  guint first = 0, end = 0, n;

  areas = self->store != NULL ? vs_store_list_areas (self->store, NULL)
                              : g_ptr_array_new ();
  if (areas == NULL)
    return;

  /* The areas stand together, just before Imports. */
  if (!find_item (self, imports, &end))
    g_return_if_reached ();
  n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  for (first = 0; first < n; first++)
    {
      g_autoptr(VsSidebarItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), first);

      if (vs_sidebar_item_is_area (item))
        break;
    }
  first = MIN (first, end);

  items = area_items (self, areas, first, end);
  same = items->len == end - first;
  for (guint i = 0; same && i < items->len; i++)
    {
      g_autoptr(VsSidebarItem) old = g_list_model_get_item (G_LIST_MODEL (self->items), first + i);

      same = old == g_ptr_array_index (items, i);
    }
  keep = self->selected != NULL ? vs_view_copy (self->selected) : NULL;
  if (!same)
    {
      g_list_store_splice (self->items, first, end - first, items->pdata, items->len);
      gtk_list_box_invalidate_headers (self->list);
    }
  if (keep == NULL || !vs_sidebar_select (self, keep))
    vs_sidebar_select (self, overview);
}

static void
set_area_counts (VsSidebar  *self,
                 const char *area,
                 VsRagCounts counts)
{
  g_autoptr(VsView) view = NULL;
  g_autoptr(VsSidebarItem) item = NULL;

  view = vs_view_new (VS_VIEW_AREA, area);
  item = lookup_item (self, view);
  if (item != NULL)
    vs_sidebar_item_set_counts (item, counts.red, counts.amber, counts.green);
}

/* The dashboard changes all its rows at once when it loads: its areas, their ratings and
 * the exceptions are then new. */
static void
on_dashboard_rows_changed_cb (GListModel *rows,
                              guint       position,
                              guint       removed,
                              guint       added,
                              VsSidebar  *self)
{
  GPtrArray *areas = vs_dashboard_get_areas (self->dashboard);
  g_autoptr(VsView) exceptions = vs_view_new (VS_VIEW_EXCEPTIONS, NULL);
  g_autoptr(VsSidebarItem) item = lookup_item (self, exceptions);

  list_areas (self);
  for (guint i = 0; i < areas->len; i++)
    {
      const VsArea *area = g_ptr_array_index (areas, i);

      set_area_counts (self, area->name, vs_dashboard_count_area (self->dashboard, area->id));
    }
  vs_sidebar_item_set_neutral (item, vs_dashboard_count_exceptions (self->dashboard));
}

static void
on_store_changed_cb (VsStore   *store,
                     VsSidebar *self)
{
  list_areas (self);
}

static void
set_store (VsSidebar *self,
           VsStore   *store)
{
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  if (!g_set_object (&self->store, store))
    return;
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self, 0);
  list_areas (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
set_dashboard (VsSidebar   *self,
               VsDashboard *dashboard)
{
  if (self->dashboard != NULL)
    g_signal_handlers_disconnect_by_func (vs_dashboard_get_rows (self->dashboard),
                                          on_dashboard_rows_changed_cb, self);
  if (!g_set_object (&self->dashboard, dashboard))
    return;
  if (dashboard != NULL)
    g_signal_connect_object (vs_dashboard_get_rows (dashboard), "items-changed",
                             G_CALLBACK (on_dashboard_rows_changed_cb), self, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DASHBOARD]);
}

const VsView *
vs_sidebar_get_selected (VsSidebar *self)
{
  g_return_val_if_fail (VS_IS_SIDEBAR (self), NULL);
  return self->selected;
}

gboolean
vs_sidebar_select (VsSidebar    *self,
                   const VsView *view)
{
  guint position;

  g_return_val_if_fail (VS_IS_SIDEBAR (self), FALSE);

  if (view == NULL || !find_item (self, view, &position))
    return FALSE;
  gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, (int) position));
  return TRUE;
}

char **
vs_sidebar_list_views (VsSidebar *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n;

  g_return_val_if_fail (VS_IS_SIDEBAR (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VsSidebarItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);
      g_autofree char *name = vs_view_to_string (vs_sidebar_item_get_view (item));

      g_strv_builder_add (builder, name);
    }
  return g_strv_builder_end (builder);
}
