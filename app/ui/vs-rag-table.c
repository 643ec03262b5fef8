/* vs-rag-table.c: the 13-month RAG dashboard as a sortable column view
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-rag-table"

#include "config.h"

#include <glib/gi18n.h>

#include "vs-rag-columns.h"
#include "vs-rag-style.h"
#include "vs-rag-table.h"

struct _VsRagTable
{
  GtkWidget            parent_instance;

  GtkScrolledWindow   *scroller;
  GtkColumnView       *column_view;
  GtkSortListModel    *sorted;      /* owned by selection */
  GtkSingleSelection  *selection;
  GtkColumnViewColumn *title_column;
  GtkColumnViewColumn *reasons_column;   /* the title with the exception's reasons beneath;
                                          * only in the exceptions */
  GtkColumnViewColumn *exception_column;
  GtkColumnViewColumn *month_columns[VS_TABLE_MONTHS];
  GtkColumnViewColumn *ref_column;
  GtkColumnViewColumn *polarity_column;
  GtkColumnViewColumn *target_column;
  int                  month_width;
  int                  reasons_width;  /* the widest exception's reasons */
  guint                fit_source;
};

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

/* Below this the titles would show a word or two a line. */
#define TITLE_MIN_WIDTH 130

/* When the table is wider than the window, the oldest months give way first, one at a
 * time, so the reporting month, Target, DoT and RAG stay in view; they come back as the
 * window widens. Done from idle, because the adjustment changes during allocation. */
static gboolean
fit_months_cb (gpointer data)
{
  VsRagTable *self = data;
  GtkAdjustment *adj = gtk_scrolled_window_get_hadjustment (self->scroller);
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  GtkColumnViewColumn *title = self->reasons_column != NULL ? self->reasons_column : self->title_column;
  /* In the exceptions the reasons are what the committee reads: months give way to
   * them too, up to a point. */
  int title_min = self->reasons_column != NULL ? MAX (TITLE_MIN_WIDTH, self->reasons_width)
                                               : TITLE_MIN_WIDTH;
  int page = (int) gtk_adjustment_get_page_size (adj);
  int others = 0;
  guint n = g_list_model_get_n_items (columns);
  guint hide = 0;

  self->fit_source = 0;
  if (page <= 0 || self->month_width <= 0)
    return G_SOURCE_REMOVE;
  /* Every column but the title has a fixed width (update_widths()); the months count
   * whether shown or not. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkColumnViewColumn) col = g_list_model_get_item (columns, i);

      if (col != title)
        others += MAX (gtk_column_view_column_get_fixed_width (col), 0);
    }
  while (hide < VS_TABLE_MONTHS - 1 && others + title_min > page)
    {
      others -= self->month_width;
      hide++;
    }
  for (guint i = 0; i < VS_TABLE_MONTHS; i++)
    if (gtk_column_view_column_get_visible (self->month_columns[i]) != (i >= hide))
      gtk_column_view_column_set_visible (self->month_columns[i], i >= hide);
  /* The title takes exactly what is left: GtkColumnView 4.8 leaves a column's "expand"
   * share unallocated here. */
  if (gtk_column_view_column_get_fixed_width (title) != MAX (page - others, title_min))
    gtk_column_view_column_set_fixed_width (title, MAX (page - others, title_min));
  return G_SOURCE_REMOVE;
}

static void
queue_fit (VsRagTable *self)
{
  if (self->fit_source == 0)
    self->fit_source = g_idle_add (fit_months_cb, self);
}

static void
on_hadjustment_changed_cb (GtkAdjustment *adj,
                           VsRagTable    *self)
{
  queue_fit (self);
}

void
vs_rag_table_show_latest (VsRagTable *self)
{
  g_return_if_fail (VS_IS_RAG_TABLE (self));

  gtk_adjustment_set_value (gtk_scrolled_window_get_hadjustment (self->scroller), 0);
  queue_fit (self);
}

/* The width of text in the table's font, scaled as style.css scales it (month cells
 * 0.8em with tabular figures, headings 0.8em bold). */
static int
text_width (GtkWidget  *widget,
            const char *text,
            double      scale,
            gboolean    bold)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  PangoAttrList *attrs = pango_attr_list_new ();
  int width;

  pango_attr_list_insert (attrs, pango_attr_scale_new (scale));
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
  if (bold)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

/* A text column as wide as its heading or its widest text (at the cells' 8px padding). */
static void
fit_column (VsRagTable          *self,
            GtkColumnViewColumn *column,
            GListModel          *model,
            VsRagColumn          kind)
{
  GtkWidget *widget = GTK_WIDGET (self->column_view);
  guint n = g_list_model_get_n_items (model);
  int widest = text_width (widget, gtk_column_view_column_get_title (column), 0.8, TRUE) + 10;

  for (guint r = 0; r < n; r++)
    {
      g_autoptr(VsIndicatorItem) row = g_list_model_get_item (model, r);
      VsIndicator *indicator = vs_indicator_item_get_indicator (row);
      const char *text = NULL;

      if (kind == VS_RAG_COLUMN_REF)
        text = indicator->ref;
      else if (kind == VS_RAG_COLUMN_TARGET)
        text = vs_indicator_item_get_target (row);
      else
        text = vs_rag_polarity_word (indicator->polarity);
      if (text != NULL)
        widest = MAX (widest, text_width (widget, text, 1.0, FALSE) + 18);
    }
  gtk_column_view_column_set_fixed_width (column, widest);
}

/* Every month is as wide as the widest figure or heading among them, so no figure is
 * cut and the months line up evenly; the title column takes what is left. The cells'
 * padding (6px) and the symbol's gap (3px) are style.css's and vs-rag-cell.c's. */
static void
update_widths (VsRagTable *self)
{
  GtkWidget *widget = GTK_WIDGET (self->column_view);
  GListModel *model = G_LIST_MODEL (self->sorted);
  guint n = g_list_model_get_n_items (model);
  int symbol = text_width (widget, "\u25c6", 0.8 * 0.72, FALSE) + 3;
  int widest = text_width (widget, "\u25c6 88.8%", 0.8, FALSE) + 6;
  gsize longest = 0;

  for (guint i = 0; i < VS_TABLE_MONTHS; i++)
    {
      const char *title = gtk_column_view_column_get_title (self->month_columns[i]);

      if (title != NULL)
        widest = MAX (widest, text_width (widget, title, 0.8, TRUE) + 8);
    }
  /* Figures are tabular, so only the longest few need measuring: this runs on every
   * keystroke of a search. */
  for (guint r = 0; r < n; r++)
    {
      g_autoptr(VsIndicatorItem) row = g_list_model_get_item (model, r);

      for (guint i = 0; i < VS_TABLE_MONTHS; i++)
        {
          g_autofree char *text = vs_indicator_item_format_month (row, i);
          gsize len = text != NULL ? strlen (text) : 0;

          if (len == 0 || len + 1 < longest)
            continue;
          longest = MAX (longest, len);
          widest = MAX (widest, symbol + text_width (widget, text, 0.8, FALSE) + 6);
        }
    }
  self->month_width = widest;
  self->reasons_width = 0;
  for (guint r = 0; r < n; r++)
    {
      g_autoptr(VsIndicatorItem) row = g_list_model_get_item (model, r);
      const char *reasons = vs_indicator_item_get_reasons (row);

      if (reasons != NULL)
        self->reasons_width = MAX (self->reasons_width,
                                   MIN (text_width (widget, reasons, 0.9, TRUE) + 24, 340));
    }
  fit_column (self, self->ref_column, model, VS_RAG_COLUMN_REF);
  fit_column (self, self->polarity_column, model, VS_RAG_COLUMN_POLARITY);
  fit_column (self, self->target_column, model, VS_RAG_COLUMN_TARGET);
  for (guint i = 0; i < VS_TABLE_MONTHS; i++)
    gtk_column_view_column_set_fixed_width (self->month_columns[i], widest);
}

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     VsRagTable *self)
{
  update_widths (self);
}

static void
vs_rag_table_dispose (GObject *object)
{
  VsRagTable *self = VS_RAG_TABLE (object);

  g_clear_handle_id (&self->fit_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_RAG_TABLE);
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
  gtk_widget_class_bind_template_callback (widget_class, on_activate_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "vs-rag-table");
}

static void
vs_rag_table_init (VsRagTable *self)
{
  g_autofree char *pill = NULL;
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
   * that the grid scrolls, and vs_rag_table_show_latest() keeps the reporting month in
   * view. Every column can still be resized. */
  self->ref_column = add_column (self, C_("column", "Ref"), VS_RAG_COLUMN_REF, 0, 50, FALSE);
  self->title_column = g_object_ref (add_column (self, C_("column", "Indicator"), VS_RAG_COLUMN_TITLE, 0, -1, TRUE));
  /* Translators: a narrow column saying which way is better: High, Low or Info */
  self->polarity_column = add_column (self, C_("column", "Good is"), VS_RAG_COLUMN_POLARITY, 0, 56, FALSE);
  for (guint i = 0; i < VS_TABLE_MONTHS; i++)
    self->month_columns[i] = add_column (self, "", VS_RAG_COLUMN_MONTH, i, -1, FALSE);
  self->target_column = add_column (self, C_("column", "Target"), VS_RAG_COLUMN_TARGET, 0, 60, FALSE);
  /* Translators: direction of travel, a narrow column of arrows */
  add_column (self, C_("column", "DoT"), VS_RAG_COLUMN_TRAVEL, 0, 36, FALSE);
  pill = g_strdup_printf ("%s %s", vs_rag_symbol (VS_RAG_AMBER), C_("rag", "Amber"));
  add_column (self, C_("column", "RAG"), VS_RAG_COLUMN_RAG, 0,
              text_width (GTK_WIDGET (self->column_view), pill, 0.85, TRUE) + 32, FALSE);
  /* Translators: a narrow column flagging exceptions for committee */
  self->exception_column = g_object_ref (add_column (self, C_("column", "Exc."), VS_RAG_COLUMN_EXCEPTION, 0, 36, FALSE));
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
      g_autofree char *title = vs_period_is_valid (period) ? vs_period_to_label (month)
                                                           : g_strdup ("");

      gtk_column_view_column_set_title (self->month_columns[i], title);
    }
  update_widths (self);
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
    }
  queue_fit (self);
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

const char *
vs_rag_table_get_month_title (VsRagTable *self,
                              guint       month)
{
  g_return_val_if_fail (VS_IS_RAG_TABLE (self), NULL);
  g_return_val_if_fail (month < VS_TABLE_MONTHS, NULL);
  return gtk_column_view_column_get_title (self->month_columns[month]);
}
