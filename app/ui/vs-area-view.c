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

#include "vs-area-view.h"
#include "vs-chart-specs.h"

struct _VsAreaView
{
  GtkWidget          parent_instance;

  /* template */
  GtkStack          *stack;
  GtkPaned          *paned;
  VsRagTable        *table;
  GtkLabel          *chart_subtitle;
  VsChartView       *chart;
  AdwStatusPage     *status_page;
  GtkButton         *import_button;

  GtkFilterListModel *filtered;
  GtkCustomFilter    *filter;
  VsAreaScope         scope;
  gint64              area_id;
  char               *needle;      /* casefolded search text */
  VsPeriod            period;
  char               *locality;
  gboolean            has_data;
  VsStore            *store;
  gboolean            paned_placed;
};

G_DEFINE_FINAL_TYPE (VsAreaView, vs_area_view, GTK_TYPE_WIDGET)

enum {
  INDICATOR_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
filter_row_cb (gpointer item,
               gpointer user_data)
{
  VsAreaView *self = user_data;
  VsIndicatorRow *row = item;

  switch (self->scope)
    {
    case VS_AREA_SCOPE_AREA:
      if (vs_indicator_row_get_area_id (row) != self->area_id)
        return FALSE;
      break;
    case VS_AREA_SCOPE_EXCEPTIONS:
      if (!vs_indicator_row_is_exception (row))
        return FALSE;
      break;
    case VS_AREA_SCOPE_OVERVIEW:
    default:
      break;
    }
  return vs_indicator_row_matches (row, self->needle);
}

/* An empty table says why it is empty and what to do next. */
static void
update_empty_state (VsAreaView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  const char *icon = "x-office-spreadsheet-symbolic";
  const char *title = NULL;
  const char *description = NULL;
  gboolean offer_import = FALSE;

  if (n > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "table");
      return;
    }

  if (!self->has_data)
    {
      icon = "document-open-symbolic";
      title = _("No Figures Yet");
      description = _("Import a monthly extract (CSV, Excel or LibreOffice) to see the "
                      "dashboard. You can also drop files onto this window.");
      offer_import = TRUE;
    }
  else if (self->needle != NULL && *self->needle != '\0')
    {
      icon = "edit-find-symbolic";
      title = _("No Matching Indicators");
      description = _("Try a different title or reference.");
    }
  else if (self->scope == VS_AREA_SCOPE_EXCEPTIONS)
    {
      icon = "emblem-ok-symbolic";
      title = _("No Exceptions");
      description = _("No vital sign is off target or deteriorating for this period.");
    }
  else
    {
      icon = "document-open-symbolic";
      title = _("No Indicators in This Area");
      description = _("Import a file that names this service area, or a catalogue of "
                      "indicator definitions.");
      offer_import = TRUE;
    }

  adw_status_page_set_icon_name (self->status_page, icon);
  adw_status_page_set_title (self->status_page, title);
  adw_status_page_set_description (self->status_page, description);
  gtk_widget_set_visible (GTK_WIDGET (self->import_button), offer_import);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
update_chart (VsAreaView *self)
{
  VsIndicatorRow *row = vs_rag_table_get_selected (self->table);
  VsIndicator *indicator;
  g_autofree char *subtitle = NULL;

  if (row == NULL)
    {
      gtk_label_set_text (self->chart_subtitle, "");
      vs_chart_view_set_spec (self->chart, NULL);
      return;
    }

  indicator = vs_indicator_row_get_indicator (row);
  subtitle = g_strdup_printf ("%s · %s", indicator->ref,
                              vs_indicator_row_get_explanation (row) != NULL
                                ? vs_indicator_row_get_explanation (row)
                                : vs_rag_label (vs_indicator_row_get_rag (row)));
  gtk_label_set_text (self->chart_subtitle, subtitle);
  vs_chart_view_set_spec (self->chart, vs_chart_spec_for_trend (row, self->locality, self->store));
}

static void
on_selected_changed_cb (VsRagTable *table,
                        GParamSpec *pspec,
                        VsAreaView *self)
{
  update_chart (self);
}

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     VsAreaView *self)
{
  update_empty_state (self);
}

static void
on_indicator_activated_cb (VsRagTable     *table,
                           VsIndicatorRow *row,
                           VsAreaView     *self)
{
  g_signal_emit (self, signals[INDICATOR_ACTIVATED], 0, row);
}

static void
on_open_card_clicked_cb (GtkButton  *button,
                         VsAreaView *self)
{
  VsIndicatorRow *row = vs_rag_table_get_selected (self->table);

  if (row != NULL)
    g_signal_emit (self, signals[INDICATOR_ACTIVATED], 0, row);
}

/* The chart takes about two fifths of the height the first time the view is laid out;
 * after that the divider stays where the officer put it. */
static void
vs_area_view_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  VsAreaView *self = VS_AREA_VIEW (widget);

  if (!self->paned_placed && height > 0)
    {
      gtk_paned_set_position (self->paned, MAX (height * 3 / 5, height - 420));
      self->paned_placed = TRUE;
    }
  gtk_widget_allocate (GTK_WIDGET (self->stack), width, height, baseline, NULL);
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
vs_area_view_dispose (GObject *object)
{
  VsAreaView *self = VS_AREA_VIEW (object);

  if (self->filtered != NULL)
    g_signal_handlers_disconnect_by_data (self->filtered, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_AREA_VIEW);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->store);
  g_clear_pointer (&self->needle, g_free);
  g_clear_pointer (&self->locality, g_free);

  G_OBJECT_CLASS (vs_area_view_parent_class)->dispose (object);
}

static void
vs_area_view_class_init (VsAreaViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_area_view_dispose;
  widget_class->size_allocate = vs_area_view_size_allocate;
  widget_class->measure = vs_area_view_measure;

  signals[INDICATOR_ACTIVATED] =
    g_signal_new ("indicator-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, VS_TYPE_INDICATOR_ROW);

  g_type_ensure (VS_TYPE_RAG_TABLE);
  g_type_ensure (VS_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vitalsigns/VitalSigns/ui/vs-area-view.ui");
  gtk_widget_class_bind_template_child (widget_class, VsAreaView, stack);
  gtk_widget_class_bind_template_child (widget_class, VsAreaView, paned);
  gtk_widget_class_bind_template_child (widget_class, VsAreaView, table);
  gtk_widget_class_bind_template_child (widget_class, VsAreaView, chart_subtitle);
  gtk_widget_class_bind_template_child (widget_class, VsAreaView, chart);
  gtk_widget_class_bind_template_child (widget_class, VsAreaView, status_page);
  gtk_widget_class_bind_template_child (widget_class, VsAreaView, import_button);
  gtk_widget_class_bind_template_callback (widget_class, on_selected_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_indicator_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_open_card_clicked_cb);

  gtk_widget_class_set_css_name (widget_class, "vs-area-view");
}

static void
vs_area_view_init (VsAreaView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->period = VS_PERIOD_INVALID;
  self->filter = gtk_custom_filter_new (filter_row_cb, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  g_signal_connect (self->filtered, "items-changed", G_CALLBACK (on_items_changed_cb), self);
  vs_rag_table_set_model (self->table, G_LIST_MODEL (self->filtered));
  update_empty_state (self);
}

GtkWidget *
vs_area_view_new (void)
{
  return g_object_new (VS_TYPE_AREA_VIEW, NULL);
}

void
vs_area_view_set_rows (VsAreaView *self,
                       GListModel *rows)
{
  g_return_if_fail (VS_IS_AREA_VIEW (self));
  gtk_filter_list_model_set_model (self->filtered, rows);
}

void
vs_area_view_set_store (VsAreaView *self,
                        VsStore    *store)
{
  g_return_if_fail (VS_IS_AREA_VIEW (self));
  g_set_object (&self->store, store);
}

void
vs_area_view_set_scope (VsAreaView  *self,
                        VsAreaScope  scope,
                        gint64       area_id)
{
  g_return_if_fail (VS_IS_AREA_VIEW (self));

  self->scope = scope;
  self->area_id = area_id;
  vs_rag_table_set_show_reasons (self->table, scope == VS_AREA_SCOPE_EXCEPTIONS);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_empty_state (self);
}

void
vs_area_view_set_search (VsAreaView *self,
                         const char *text)
{
  g_autofree char *needle = NULL;
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  g_return_if_fail (VS_IS_AREA_VIEW (self));

  needle = text != NULL && *text != '\0' ? g_utf8_casefold (text, -1) : NULL;
  if (g_strcmp0 (needle, self->needle) == 0)
    return;
  /* Typing more only narrows the match, so GTK filters just the rows still shown. */
  if (self->needle != NULL && needle != NULL && strstr (needle, self->needle) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (needle == NULL || (self->needle != NULL && strstr (self->needle, needle) != NULL))
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  g_free (self->needle);
  self->needle = g_steal_pointer (&needle);
  gtk_filter_changed (GTK_FILTER (self->filter), change);
  update_empty_state (self);
}

void
vs_area_view_set_context (VsAreaView *self,
                          VsPeriod    period,
                          const char *locality)
{
  g_return_if_fail (VS_IS_AREA_VIEW (self));

  self->period = period;
  g_free (self->locality);
  self->locality = g_strdup (locality);
  vs_rag_table_set_period (self->table, period);
  update_chart (self);
}

void
vs_area_view_set_has_data (VsAreaView *self,
                           gboolean    has_data)
{
  g_return_if_fail (VS_IS_AREA_VIEW (self));

  self->has_data = has_data;
  update_empty_state (self);
}

VsRagTable *
vs_area_view_get_table (VsAreaView *self)
{
  g_return_val_if_fail (VS_IS_AREA_VIEW (self), NULL);
  return self->table;
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
