/* vs-rag-table.c: the 13-month RAG dashboard as a sortable column view: its columns,
 * selection and public calls (vs-rag-table-fit.c fits them to the window)
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-rag-table"

#include "config.h"

#include <glib/gi18n.h>

#include "vs-rag-table-private.h"

G_DEFINE_FINAL_TYPE (VsRagTable, vs_rag_table, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

enum {
  INDICATOR_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GtkColumnViewColumn *
add_column (VsRagTable  *self,
            const char  *title,
            VsRagColumn  column,
            guint        month,
            int          fixed_width,
            gboolean     expand)
{
  GtkListItemFactory *factory = vs_rag_column_factory_new (column, month);
  GtkColumnViewColumn *col = gtk_column_view_column_new (title, factory);
  g_autoptr(GtkSorter) sorter = vs_rag_column_sorter_new (column, month);

  gtk_column_view_column_set_sorter (col, sorter);
  gtk_column_view_column_set_resizable (col, TRUE);
  gtk_column_view_column_set_expand (col, expand);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (col, fixed_width);
  gtk_column_view_append_column (self->column_view, col);
  g_object_unref (col);   /* the view holds it */
  return col;
}

static void
on_activate_cb (GtkColumnView *view,
                guint          position,
                VsRagTable    *self)
{
  g_autoptr(VsIndicatorItem) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (row != NULL)
    g_signal_emit (self, signals[INDICATOR_ACTIVATED], 0, row);
}

static void
on_selected_changed_cb (GtkSingleSelection *selection,
                        GParamSpec         *pspec,
                        VsRagTable         *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static void
on_hadjustment_changed_cb (GtkAdjustment *adj,
                           VsRagTable    *self)
{
  _vs_rag_table_queue_fit (self);
}

void
vs_rag_table_show_latest (VsRagTable *self)
{
  g_return_if_fail (VS_IS_RAG_TABLE (self));

  gtk_adjustment_set_value (gtk_scrolled_window_get_hadjustment (self->scroller), 0);
  _vs_rag_table_queue_fit (self);
}

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     VsRagTable *self)
{
  _vs_rag_table_measure_columns (self);
  _vs_rag_table_restore_focus (self);
}

static void
vs_rag_table_dispose (GObject *object)
{
  VsRagTable *self = VS_RAG_TABLE (object);
  GtkWidget *child;

  _vs_rag_table_watch_rows (self, NULL);
  /* Taking a sorted table's columns out sorts its rows again: nothing of it is to be
   * measured or fitted any more. */
  if (self->selection != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->sorted, self);
      g_signal_handlers_disconnect_by_data (gtk_scrolled_window_get_hadjustment (self->scroller), self);
    }
  g_clear_handle_id (&self->fit_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_RAG_TABLE);
  for (guint i = 0; i < VS_TABLE_MONTHS; i++)
    g_clear_pointer (&self->month_labels[i], g_free);
  /* The box holding table and legend has no name in the template to be disposed by. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->title_column);
  g_clear_object (&self->exception_column);

  G_OBJECT_CLASS (vs_rag_table_parent_class)->dispose (object);
}

static void
vs_rag_table_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  VsRagTable *self = VS_RAG_TABLE (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_object (value, vs_rag_table_get_selected (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_rag_table_class_init (VsRagTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_rag_table_dispose;
  object_class->get_property = vs_rag_table_get_property;

  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, VS_TYPE_INDICATOR_ITEM,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Enter or a double click on a row: open its report card. */
  signals[INDICATOR_ACTIVATED] =
    g_signal_new ("indicator-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, VS_TYPE_INDICATOR_ITEM);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vitalsigns/VitalSigns/ui/vs-rag-table.ui");
  gtk_widget_class_bind_template_child (widget_class, VsRagTable, scroller);
  gtk_widget_class_bind_template_child (widget_class, VsRagTable, column_view);
  gtk_widget_class_bind_template_child (widget_class, VsRagTable, months_note);
  gtk_widget_class_bind_template_callback (widget_class, on_activate_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "vs-rag-table");
}

static void
tooltip (VsRagTable          *self,
         GtkColumnViewColumn *column,
         const char          *text)
{
  g_object_set_data (G_OBJECT (column), "vs-tooltip", (gpointer) text);
  _vs_rag_table_set_header_tooltip (self, column);
}

static void
vs_rag_table_init (VsRagTable *self)
{
  GtkSorter *sorter;

  gtk_widget_init_template (GTK_WIDGET (self));

  sorter = gtk_column_view_get_sorter (self->column_view);
  self->sorted = gtk_sort_list_model_new (NULL, g_object_ref (sorter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->sorted));
  g_signal_connect (self->selection, "notify::selected-item",
                    G_CALLBACK (on_selected_changed_cb), self);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->sorted, "items-changed",
                           G_CALLBACK (on_items_changed_cb), self, 0);
  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (self->scroller), "changed",
                           G_CALLBACK (on_hadjustment_changed_cb), self, 0);

  /* Every figure column is as wide as its widest figure (a month cell never cuts
   * "● 11.1%"), and the title takes what is left; when the window is narrower than
   * that, columns give way (fit_months_cb()). Every column can still be resized. */
  self->ref_column = add_column (self, C_("column", "Ref"), VS_RAG_COLUMN_REF, 0, 50, FALSE);
  self->title_column = g_object_ref (add_column (self, C_("column", "Indicator"), VS_RAG_COLUMN_TITLE, 0, -1, TRUE));
  /* Translators: a narrow column saying which way is better: High, Low or Info */
  self->polarity_column = add_column (self, C_("column", "Good is"), VS_RAG_COLUMN_POLARITY, 0, 56, FALSE);
  for (guint i = 0; i < VS_TABLE_MONTHS; i++)
    {
      self->month_columns[i] = add_column (self, "", VS_RAG_COLUMN_MONTH, i, -1, FALSE);
      g_object_set_data (G_OBJECT (self->month_columns[i]), "vs-month", GUINT_TO_POINTER (i + 1));
    }
  self->target_column = add_column (self, C_("column", "Target"), VS_RAG_COLUMN_TARGET, 0, 60, FALSE);
  /* Translators: direction of travel, a narrow column of arrows */
  self->travel_column = add_column (self, C_("column", "Travel"), VS_RAG_COLUMN_TRAVEL, 0,
                                    _vs_rag_table_text_width (GTK_WIDGET (self->column_view), C_("column", "Travel"), 0.8, TRUE) + 8,
                                    FALSE);
  self->rag_column = add_column (self, C_("column", "RAG"), VS_RAG_COLUMN_RAG, 0, 80, FALSE);
  /* Translators: a narrow column flagging exceptions for committee */
  self->exception_column = g_object_ref (add_column (self, C_("column", "Exception"), VS_RAG_COLUMN_EXCEPTION, 0,
                                                     _vs_rag_table_text_width (GTK_WIDGET (self->column_view), C_("column", "Exception"), 0.8, TRUE) + 8,
                                                     FALSE));

  tooltip (self, self->polarity_column,
                      _("Which way is good: High when a bigger figure is better, Low when a "
                        "smaller one is, Info when the figure is not rated"));
  tooltip (self, self->target_column, _("The target the latest figure is rated against"));
  tooltip (self, self->travel_column,
                      _("Direction of travel since the previous period: the arrow points the way "
                        "the figure moved, its colour says whether that was better or worse"));
  tooltip (self, self->rag_column,
                      _("The rating for the reporting month: Red, Amber or Green, or Due when a "
                        "figure is expected but not yet in"));
  tooltip (self, self->exception_column,
                      _("Goes to committee as an exception: off target or deteriorating"));
  _vs_rag_table_describe_months (self);
}

GtkWidget *
vs_rag_table_new (void)
{
  return g_object_new (VS_TYPE_RAG_TABLE, NULL);
}

void
vs_rag_table_set_model (VsRagTable *self,
                        GListModel *rows)
{
  g_return_if_fail (VS_IS_RAG_TABLE (self));
  g_return_if_fail (rows == NULL || G_IS_LIST_MODEL (rows));

  _vs_rag_table_watch_rows (self, rows);
  gtk_sort_list_model_set_model (self->sorted, rows);
  vs_rag_table_show_latest (self);
}

void
vs_rag_table_set_period (VsRagTable *self,
                         VsPeriod    period)
{
  g_return_if_fail (VS_IS_RAG_TABLE (self));

  for (guint i = 0; i < VS_TABLE_MONTHS; i++)
    {
      VsPeriod month = period - (VS_TABLE_MONTHS - 1) + (VsPeriod) i;
      g_autofree char *heading = NULL;

      g_free (self->month_labels[i]);
      self->month_labels[i] = vs_period_is_valid (period) ? vs_period_to_label (month) : NULL;
      heading = _vs_rag_table_month_heading (self, i, self->fit, self->hidden_months);
      gtk_column_view_column_set_title (self->month_columns[i], heading);
    }
  _vs_rag_table_measure_columns (self);
  _vs_rag_table_describe_months (self);
  vs_rag_table_show_latest (self);
}

/* In the exceptions every row is flagged: the flag's column gives way to the reasons,
 * shown under each title. The columns are swapped rather than hidden, because a hidden
 * column still builds its cells in every row. */
void
vs_rag_table_set_show_reasons (VsRagTable *self,
                               gboolean    show)
{
  g_return_if_fail (VS_IS_RAG_TABLE (self));

  if (show == (self->reasons_column != NULL))
    return;
  if (show)
    {
      GtkListItemFactory *factory = vs_rag_column_factory_new (VS_RAG_COLUMN_REASONS, 0);
      g_autoptr(GtkSorter) sorter = vs_rag_column_sorter_new (VS_RAG_COLUMN_REASONS, 0);

      self->reasons_column = gtk_column_view_column_new (C_("column", "Indicator"), factory);
      gtk_column_view_column_set_sorter (self->reasons_column, sorter);
      gtk_column_view_column_set_resizable (self->reasons_column, TRUE);
      gtk_column_view_column_set_expand (self->reasons_column, TRUE);
      gtk_column_view_insert_column (self->column_view, 1, self->reasons_column);
      g_object_unref (self->reasons_column);
      gtk_column_view_remove_column (self->column_view, self->title_column);
      gtk_column_view_remove_column (self->column_view, self->exception_column);
    }
  else
    {
      gtk_column_view_insert_column (self->column_view, 1, self->title_column);
      gtk_column_view_append_column (self->column_view, self->exception_column);
      gtk_column_view_remove_column (self->column_view, self->reasons_column);
      self->reasons_column = NULL;
      _vs_rag_table_set_header_tooltip (self, self->exception_column);
    }
  _vs_rag_table_queue_fit (self);
}

VsIndicatorItem *
vs_rag_table_get_selected (VsRagTable *self)
{
  g_return_val_if_fail (VS_IS_RAG_TABLE (self), NULL);
  return gtk_single_selection_get_selected_item (self->selection);
}

gboolean
vs_rag_table_select_indicator (VsRagTable *self,
                               gint64      indicator_id)
{
  GListModel *model;
  guint n;

  g_return_val_if_fail (VS_IS_RAG_TABLE (self), FALSE);

  model = G_LIST_MODEL (self->sorted);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VsIndicatorItem) row = g_list_model_get_item (model, i);

      if (vs_indicator_item_get_indicator (row)->id == indicator_id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }
  return FALSE;
}

GListModel *
vs_rag_table_get_shown (VsRagTable *self)
{
  g_return_val_if_fail (VS_IS_RAG_TABLE (self), NULL);
  return G_LIST_MODEL (self->sorted);
}

GtkColumnView *
vs_rag_table_get_column_view (VsRagTable *self)
{
  g_return_val_if_fail (VS_IS_RAG_TABLE (self), NULL);
  return self->column_view;
}

gboolean
vs_rag_table_is_fitting (VsRagTable *self)
{
  g_return_val_if_fail (VS_IS_RAG_TABLE (self), FALSE);
  return self->fit_source != 0;
}

const char *
vs_rag_table_get_month_title (VsRagTable *self,
                              guint       month)
{
  g_return_val_if_fail (VS_IS_RAG_TABLE (self), NULL);
  g_return_val_if_fail (month < VS_TABLE_MONTHS, NULL);
  return self->month_labels[month] != NULL ? self->month_labels[month] : "";
}
