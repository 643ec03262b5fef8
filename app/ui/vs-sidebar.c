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

struct _VsSidebar
{
  GtkWidget   parent_instance;

  GtkListBox *list;
  GtkWidget  *exceptions_row;
  GtkWidget  *imports_row;
  VsView     *selected;
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
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What a row remembers: its view and the labels that show its counts. */
typedef struct {
  VsView    *view;
  char      *title;
  gboolean   is_area;
  GtkWidget *counts[3];    /* red, amber, green */
} RowData;

static void
row_data_free (gpointer data)
{
  RowData *rd = data;

  vs_view_free (rd->view);
  g_free (rd->title);
  g_free (rd);
}

static RowData *
row_get_data (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "vs-row-data");
}

static GtkWidget *
make_count_label (const char *rag_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_add_css_class (label, "rag-count");
  gtk_widget_add_css_class (label, rag_class);
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_set_visible (label, FALSE);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  return label;
}

static GtkWidget *
make_row (const VsView *view,
          const char   *icon_name,
          const char   *title,
          gboolean      with_counts,
          gboolean      is_area)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (title);
  RowData *rd = g_new0 (RowData, 1);

  rd->view = vs_view_copy (view);
  rd->title = g_strdup (title);
  rd->is_area = is_area;
  g_object_set_data_full (G_OBJECT (row), "vs-row-data", rd, row_data_free);

  if (icon_name != NULL)
    gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (icon_name));
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  /* Long area names ("Looked After Children") take a second line rather than lose words. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 2);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);

  if (with_counts)
    {
      static const char *classes[] = { "red", "amber", "green" };
      GtkWidget *counts = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 3);

      for (guint i = 0; i < 3; i++)
        {
          rd->counts[i] = make_count_label (classes[i]);
          gtk_box_append (GTK_BOX (counts), rd->counts[i]);
        }
      gtk_box_append (GTK_BOX (box), counts);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  return row;
}

/* A heading above the first area, a line above Imports: the list reads as three groups. */
static void
update_header_cb (GtkListBoxRow *row,
                  GtkListBoxRow *before,
                  gpointer       user_data)
{
  RowData *rd = row_get_data (row);
  RowData *prev = before != NULL ? row_get_data (before) : NULL;
  GtkWidget *header = NULL;

  if (rd->is_area && (prev == NULL || !prev->is_area))
    {
      header = gtk_label_new (_("Service Areas"));
      gtk_label_set_xalign (GTK_LABEL (header), 0.0f);
      gtk_widget_add_css_class (header, "heading");
      gtk_widget_add_css_class (header, "dim-label");
      gtk_widget_add_css_class (header, "sidebar-heading");
    }
  else if (!rd->is_area && prev != NULL && prev->is_area)
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
  RowData *rd;

  if (row == NULL)
    return;
  rd = row_get_data (row);
  if (vs_view_equal (self->selected, rd->view))
    return;
  vs_view_free (self->selected);
  self->selected = vs_view_copy (rd->view);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/* Also for the row already selected: on a folded window, choosing it again must still
 * bring its page forward. */
static void
on_row_activated_cb (GtkListBox    *list,
                     GtkListBoxRow *row,
                     VsSidebar     *self)
{
  g_signal_emit (self, signals[VIEW_ACTIVATED], 0, row_get_data (row)->view);
}

static void
vs_sidebar_dispose (GObject *object)
{
  VsSidebar *self = VS_SIDEBAR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_SIDEBAR);
  g_clear_pointer (&self->selected, vs_view_free);

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
vs_sidebar_init (VsSidebar *self)
{
  g_autoptr(VsView) overview = vs_view_new (VS_VIEW_OVERVIEW, NULL);
  g_autoptr(VsView) exceptions = vs_view_new (VS_VIEW_EXCEPTIONS, NULL);
  g_autoptr(VsView) imports = vs_view_new (VS_VIEW_IMPORTS, NULL);
  g_autoptr(VsView) benchmarks = vs_view_new (VS_VIEW_BENCHMARKS, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_header_func (self->list, update_header_cb, NULL, NULL);
  gtk_list_box_append (self->list,
                       make_row (overview, "view-grid-symbolic", _("Overview"), FALSE, FALSE));
  self->exceptions_row = make_row (exceptions, "dialog-warning-symbolic", _("Exceptions"),
                                   FALSE, FALSE);
  gtk_list_box_append (self->list, self->exceptions_row);
  /* The published indicators against statistical neighbours, England and the region. */
  gtk_list_box_append (self->list, make_row (benchmarks, "view-list-symbolic",
                                             _("Benchmarks"), FALSE, FALSE));
  self->imports_row = make_row (imports, "document-open-recent-symbolic", _("Imports"),
                                FALSE, FALSE);
  gtk_list_box_append (self->list, self->imports_row);
}

GtkWidget *
vs_sidebar_new (void)
{
  return g_object_new (VS_TYPE_SIDEBAR, NULL);
}

void
vs_sidebar_set_areas (VsSidebar *self,
                      GPtrArray *areas)
{
  GtkWidget *child;
  g_autoptr(VsView) keep = NULL;
  g_autoptr(VsView) overview = vs_view_new (VS_VIEW_OVERVIEW, NULL);

  g_return_if_fail (VS_IS_SIDEBAR (self));
  g_return_if_fail (areas != NULL);

  keep = self->selected != NULL ? vs_view_copy (self->selected) : NULL;

  child = gtk_widget_get_first_child (GTK_WIDGET (self->list));
  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (GTK_IS_LIST_BOX_ROW (child) && row_get_data (GTK_LIST_BOX_ROW (child))->is_area)
        gtk_list_box_remove (self->list, child);
      child = next;
    }

  for (guint i = 0; i < areas->len; i++)
    {
      const VsArea *area = g_ptr_array_index (areas, i);
      g_autoptr(VsView) view = vs_view_new (VS_VIEW_AREA, area->name);
      GtkWidget *row = make_row (view, NULL, area->name, TRUE, TRUE);

      gtk_list_box_insert (self->list, row,
                           gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self->imports_row)));
    }
  gtk_list_box_invalidate_headers (self->list);

  if (keep == NULL || !vs_sidebar_select (self, keep))
    vs_sidebar_select (self, overview);
}

static GtkListBoxRow *
find_row (VsSidebar    *self,
          const VsView *view)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      RowData *rd;

      if (!GTK_IS_LIST_BOX_ROW (child))
        continue;
      rd = row_get_data (GTK_LIST_BOX_ROW (child));
      if (vs_view_equal (rd->view, view))
        return GTK_LIST_BOX_ROW (child);
    }
  return NULL;
}

static void
set_count (GtkWidget  *label,
           guint       count)
{
  g_autofree char *text = g_strdup_printf ("%u", count);

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_set_visible (label, count > 0);
}

void
vs_sidebar_set_area_counts (VsSidebar  *self,
                            const char *area,
                            guint       red,
                            guint       amber,
                            guint       green)
{
  g_autoptr(VsView) view = NULL;
  g_autofree char *described = NULL;
  GtkListBoxRow *row;
  RowData *rd;

  g_return_if_fail (VS_IS_SIDEBAR (self));
  g_return_if_fail (area != NULL);

  view = vs_view_new (VS_VIEW_AREA, area);
  row = find_row (self, view);
  if (row == NULL)
    return;
  rd = row_get_data (row);
  set_count (rd->counts[0], red);
  set_count (rd->counts[1], amber);
  set_count (rd->counts[2], green);

  /* Translators: a service area in the sidebar, read by screen readers */
  described = g_strdup_printf (_("%s: %u red, %u amber, %u green"), area, red, amber, green);
  gtk_widget_set_tooltip_text (GTK_WIDGET (row), described);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, described,
                                  -1);
}

void
vs_sidebar_set_exception_count (VsSidebar *self,
                                guint      count)
{
  RowData *rd;
  GtkWidget *box;
  GtkWidget *label;
  g_autofree char *described = NULL;

  g_return_if_fail (VS_IS_SIDEBAR (self));

  rd = row_get_data (GTK_LIST_BOX_ROW (self->exceptions_row));
  if (rd->counts[0] == NULL)
    {
      box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (self->exceptions_row));
      label = make_count_label ("neutral");
      gtk_box_append (GTK_BOX (box), label);
      rd->counts[0] = label;
    }
  set_count (rd->counts[0], count);

  described = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exceptions: %u indicator",
                                            "Exceptions: %u indicators", count), count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->exceptions_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, described,
                                  -1);
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
  GtkListBoxRow *row;

  g_return_val_if_fail (VS_IS_SIDEBAR (self), FALSE);

  if (view == NULL || (row = find_row (self, view)) == NULL)
    return FALSE;
  gtk_list_box_select_row (self->list, row);
  return TRUE;
}

char **
vs_sidebar_list_views (VsSidebar *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (VS_IS_SIDEBAR (self), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child))
      {
        g_autofree char *name = vs_view_to_string (row_get_data (GTK_LIST_BOX_ROW (child))->view);

        g_strv_builder_add (builder, name);
      }
  return g_strv_builder_end (builder);
}
