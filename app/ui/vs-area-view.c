/* vs-area-view.c: one view of the dashboard: overview, exceptions or an area, with its chart
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-area-view"

#include "config.h"

#include <string.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "vs-a11y.h"
#include "vs-area-view-private.h"
#include "vs-judge.h"

G_DEFINE_FINAL_TYPE (VsAreaView, vs_area_view, GTK_TYPE_WIDGET)

GParamSpec *_vs_area_view_properties[VS_AREA_VIEW_N_PROPS];

enum {
  INDICATOR_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_selected_changed_cb (VsRagTable *table,
                        GParamSpec *pspec,
                        VsAreaView *self)
{
  if (self->page != NULL && table == self->page->table)
    _vs_area_view_chart_selected (self);
}

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     VsAreaView *self)
{
  if (self->page != NULL && model == G_LIST_MODEL (self->page->searched))
    _vs_area_view_count_rows (self);
}

static void
on_indicator_activated_cb (VsRagTable      *table,
                           VsIndicatorItem *row,
                           VsAreaView      *self)
{
  g_signal_emit (self, signals[INDICATOR_ACTIVATED], 0, row);
}

Page *
_vs_area_view_ensure_page (VsAreaView  *self,
                           VsAreaScope  scope,
                           gint64       area_id)
{
  g_autofree char *key = NULL;
  Page *page;

  key = g_strdup_printf ("%d:%" G_GINT64_FORMAT, (int) scope,
                         scope == VS_AREA_SCOPE_AREA ? area_id : 0);
  page = g_hash_table_lookup (self->pages, key);
  if (page != NULL)
    return page;

  page = g_new0 (Page, 1);
  page->key = g_steal_pointer (&key);
  page->scope = scope;
  page->area_id = area_id;
  page->generation = G_MAXUINT;
  page->period = VS_PERIOD_INVALID;
  page->rows = g_list_store_new (VS_TYPE_INDICATOR_ITEM);
  page->filter = gtk_custom_filter_new (_vs_area_view_search_row_cb, page, NULL);
  page->searched = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (page->rows)),
                                              g_object_ref (GTK_FILTER (page->filter)));
  g_signal_connect (page->searched, "items-changed", G_CALLBACK (on_items_changed_cb), self);

  page->table = VS_RAG_TABLE (vs_rag_table_new ());
  vs_rag_table_set_show_reasons (page->table, scope == VS_AREA_SCOPE_EXCEPTIONS);
  g_signal_connect (page->table, "notify::selected", G_CALLBACK (on_selected_changed_cb), self);
  g_signal_connect (page->table, "indicator-activated", G_CALLBACK (on_indicator_activated_cb), self);
  gtk_stack_add_named (self->tables, GTK_WIDGET (page->table), page->key);
  page->shown = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (page->searched)), 0,
                                          _vs_area_view_count_first_rows (self));
  vs_rag_table_set_model (page->table, G_LIST_MODEL (page->shown));

  g_hash_table_insert (self->pages, page->key, page);
  return page;
}

void
_vs_area_view_chart_selected (VsAreaView *self)
{
  VsIndicatorItem *row = self->page != NULL ? vs_rag_table_get_selected (self->page->table) : NULL;
  g_autofree char *title = NULL;
  VsChartSpec *spec;
  const char *why;

  if (row == NULL)
    {
      gtk_label_set_text (self->chart_title, "");
      gtk_label_set_text (self->chart_subtitle, "");
      vs_chart_view_set_spec (self->chart, NULL);
      return;
    }

  title = g_strdup_printf ("%s · %s", vs_indicator_item_get_ref (row), vs_indicator_item_get_title (row));
  why = vs_indicator_item_get_explanation (row);
  gtk_label_set_text (self->chart_title, title);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->chart_title), title);
  gtk_label_set_text (self->chart_subtitle, why != NULL ? why : vs_rag_label (vs_indicator_item_get_rag (row)));

  /* The pane's own heading names the indicator; the chart keeps its height for the data. */
  spec = vs_judge_chart_spec (self->store, vs_indicator_item_get_assessment (row),
                              vs_indicator_item_get_locality (row), VS_CHART_TREND, 0, NULL);
  if (spec != NULL)
    {
      g_clear_pointer (&spec->title, g_free);
      g_clear_pointer (&spec->subtitle, g_free);
    }
  vs_chart_view_set_spec (self->chart, spec);
  {
    /* Translators: what a screen reader says the chart below the table is */
    g_autofree char *label = g_strdup_printf (vs_indicator_item_get_indicator (row)->periodicity == VS_PERIODICITY_MONTHLY
                                              ? _("Thirteen-month trend of %s")
                                              /* Translators: the chart of a quarterly or annual indicator */
                                              : _("Trend of %s over its latest periods"),
                                              title);

    vs_chart_view_set_label (self->chart, label);
  }
}

static void
on_open_card_clicked_cb (GtkButton  *button,
                         VsAreaView *self)
{
  VsIndicatorItem *row = self->page != NULL ? vs_rag_table_get_selected (self->page->table) : NULL;

  if (row != NULL)
    g_signal_emit (self, signals[INDICATOR_ACTIVATED], 0, row);
}

/* The table's share of the height until the officer moves the divider: about three
 * fifths, five eighths in a short window (where the officer reads the figures), the
 * chart never under its minimum. */
static double
default_fraction (int height)
{
  if (height < 650)
    return 5.0 / 8.0;
  return MAX (11.0 / 20.0, (height - 330.0) / height);
}

/* Once moved, the divider keeps its proportion, not its pixels: a window made shorter
 * shrinks table and chart alike rather than squashing the chart. */
static void
on_paned_position_cb (GtkPaned   *paned,
                      GParamSpec *pspec,
                      VsAreaView *self)
{
  if (self->paned_placing || self->paned_height <= 0)
    return;
  self->paned_fraction = (double) gtk_paned_get_position (paned) / self->paned_height;
}

static void
vs_area_view_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  VsAreaView *self = VS_AREA_VIEW (widget);

  /* Our own placing and GtkPaned's clamping of it are not the officer's moves. */
  self->paned_placing = TRUE;
  if (height > 0 && height != self->paned_height)
    {
      double fraction = self->paned_fraction > 0 ? self->paned_fraction : default_fraction (height);

      gtk_paned_set_position (self->paned, (int) (fraction * height + 0.5));
      self->paned_height = height;
    }
  gtk_widget_allocate (GTK_WIDGET (self->stack), width, height, baseline, NULL);
  self->paned_placing = FALSE;
}

/* Laid out by hand rather than by a layout manager, which would bypass size_allocate. */
static void
vs_area_view_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  gtk_widget_measure (GTK_WIDGET (VS_AREA_VIEW (widget)->stack), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
vs_area_view_set_store (VsAreaView *self,
                       VsStore *store)
{
  if (!g_set_object (&self->store, store))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), _vs_area_view_properties[VS_AREA_VIEW_PROP_STORE]);
}

static void
vs_area_view_set_period (VsAreaView *self,
                         VsPeriod    period)
{
  if (self->period == period)
    return;
  self->period = period;
  if (self->page != NULL)
    _vs_area_view_refresh_page (self, self->page);
  g_object_notify_by_pspec (G_OBJECT (self), _vs_area_view_properties[VS_AREA_VIEW_PROP_PERIOD]);
}

static void
vs_area_view_set_has_data (VsAreaView *self,
                           gboolean    has_data)
{
  if (self->has_data == has_data)
    return;
  self->has_data = has_data;
  g_object_notify_by_pspec (G_OBJECT (self), _vs_area_view_properties[VS_AREA_VIEW_PROP_HAS_DATA]);
}

static void
vs_area_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  VsAreaView *self = VS_AREA_VIEW (object);

  switch (prop_id)
    {
    case VS_AREA_VIEW_PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case VS_AREA_VIEW_PROP_DASHBOARD:
      g_value_set_object (value, self->dashboard);
      break;
    case VS_AREA_VIEW_PROP_VIEW:
      g_value_set_boxed (value, self->view);
      break;
    case VS_AREA_VIEW_PROP_SEARCH_TEXT:
      g_value_set_string (value, self->search_text);
      break;
    case VS_AREA_VIEW_PROP_PERIOD:
      g_value_set_int (value, self->period);
      break;
    case VS_AREA_VIEW_PROP_HAS_DATA:
      g_value_set_boolean (value, self->has_data);
      break;
    case VS_AREA_VIEW_PROP_N_ROWS:
      g_value_set_uint (value, self->n_rows);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_area_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  VsAreaView *self = VS_AREA_VIEW (object);

  switch (prop_id)
    {
    case VS_AREA_VIEW_PROP_STORE:
      vs_area_view_set_store (self, g_value_get_object (value));
      break;
    case VS_AREA_VIEW_PROP_DASHBOARD:
      _vs_area_view_set_dashboard (self, g_value_get_object (value));
      break;
    case VS_AREA_VIEW_PROP_VIEW:
      _vs_area_view_set_view (self, g_value_get_boxed (value));
      break;
    case VS_AREA_VIEW_PROP_SEARCH_TEXT:
      _vs_area_view_set_search_text (self, g_value_get_string (value));
      break;
    case VS_AREA_VIEW_PROP_PERIOD:
      vs_area_view_set_period (self, g_value_get_int (value));
      break;
    case VS_AREA_VIEW_PROP_HAS_DATA:
      vs_area_view_set_has_data (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_area_view_dispose (GObject *object)
{
  VsAreaView *self = VS_AREA_VIEW (object);
  GHashTableIter iter;
  gpointer value;

  _vs_area_view_scope_dispose (self);
  g_hash_table_iter_init (&iter, self->pages);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Page *page = value;

      g_signal_handlers_disconnect_by_data (page->searched, self);
      g_signal_handlers_disconnect_by_data (page->table, self);
    }
  self->page = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_AREA_VIEW);
  g_hash_table_remove_all (self->pages);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (vs_area_view_parent_class)->dispose (object);
}

static void
vs_area_view_finalize (GObject *object)
{
  VsAreaView *self = VS_AREA_VIEW (object);

  g_hash_table_unref (self->pages);

  G_OBJECT_CLASS (vs_area_view_parent_class)->finalize (object);
}

static void
vs_area_view_class_init (VsAreaViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_area_view_dispose;
  object_class->get_property = vs_area_view_get_property;
  object_class->set_property = vs_area_view_set_property;
  object_class->finalize = vs_area_view_finalize;
  widget_class->size_allocate = vs_area_view_size_allocate;
  widget_class->measure = vs_area_view_measure;

  signals[INDICATOR_ACTIVATED] =
    g_signal_new ("indicator-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, VS_TYPE_INDICATOR_ITEM);

  g_type_ensure (VS_TYPE_RAG_TABLE);
  g_type_ensure (VS_TYPE_CHART_VIEW);
  _vs_area_view_properties[VS_AREA_VIEW_PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, VS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* Whose rows the tables show, and whose areas the view names. */
  _vs_area_view_properties[VS_AREA_VIEW_PROP_DASHBOARD] =
    g_param_spec_object ("dashboard", NULL, NULL, VS_TYPE_DASHBOARD,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* The window's view (a VsView): the overview, the exceptions or an area. */
  _vs_area_view_properties[VS_AREA_VIEW_PROP_VIEW] =
    g_param_spec_boxed ("view", NULL, NULL, VS_TYPE_VIEW,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* The rows shown match it, by title or reference. */
  _vs_area_view_properties[VS_AREA_VIEW_PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* The month the rows were rated for (a VsPeriod): the columns' titles. */
  _vs_area_view_properties[VS_AREA_VIEW_PROP_PERIOD] =
    g_param_spec_int ("period", NULL, NULL, G_MININT32, G_MAXINT32, VS_PERIOD_INVALID,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* Whether the database holds any figure at all: the empty state differs. */
  _vs_area_view_properties[VS_AREA_VIEW_PROP_HAS_DATA] =
    g_param_spec_boolean ("has-data", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* The rows the shown table lists, searched: none brings the empty state. */
  _vs_area_view_properties[VS_AREA_VIEW_PROP_N_ROWS] =
    g_param_spec_uint ("n-rows", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, VS_AREA_VIEW_N_PROPS, _vs_area_view_properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vitalsigns/VitalSigns/ui/vs-area-view.ui");
  gtk_widget_class_bind_template_child (widget_class, VsAreaView, stack);
  gtk_widget_class_bind_template_child (widget_class, VsAreaView, paned);
  gtk_widget_class_bind_template_child (widget_class, VsAreaView, tables);
  gtk_widget_class_bind_template_child (widget_class, VsAreaView, chart_title);
  gtk_widget_class_bind_template_child (widget_class, VsAreaView, chart_subtitle);
  gtk_widget_class_bind_template_child (widget_class, VsAreaView, chart);
  gtk_widget_class_bind_template_child (widget_class, VsAreaView, status_page);
  gtk_widget_class_bind_template_child (widget_class, VsAreaView, import_button);
  gtk_widget_class_bind_template_callback (widget_class, on_open_card_clicked_cb);
  _vs_area_view_class_pages_init (widget_class);

  gtk_widget_class_set_css_name (widget_class, "vs-area-view");
}

static void
vs_area_view_init (VsAreaView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  vs_a11y_name_label_buttons (GTK_WIDGET (self));
  g_signal_connect (self->paned, "notify::position", G_CALLBACK (on_paned_position_cb), self);

  self->period = VS_PERIOD_INVALID;
  self->pages = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) _vs_area_view_page_free);
}

gboolean
vs_area_view_is_filling (VsAreaView *self)
{
  g_return_val_if_fail (VS_IS_AREA_VIEW (self), FALSE);

  return self->page != NULL && gtk_slice_list_model_get_size (self->page->shown) != G_MAXUINT;
}

VsChartView *
vs_area_view_get_chart (VsAreaView *self)
{
  g_return_val_if_fail (VS_IS_AREA_VIEW (self), NULL);
  return self->chart;
}

gboolean
vs_area_view_is_empty (VsAreaView *self)
{
  g_return_val_if_fail (VS_IS_AREA_VIEW (self), TRUE);
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "empty") == 0;
}
