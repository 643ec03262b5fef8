/* vs-rag-table-widths.c: what the RAG table's rows need: each column as wide as its
 * figures and words, and a table of years where every row is annual
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-rag-table"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "vs-rag-figures-private.h"
#include "vs-rag-style.h"
#include "vs-rag-table-private.h"

/* The width of text in the table's font, scaled as style.css scales it (month cells
 * 0.8em with tabular figures, headings 0.8em bold). */
int
_vs_rag_table_text_width (GtkWidget  *widget,
                          const char *text,
                          double      scale,
                          gboolean    bold)
{
  static GQuark quark;
  PangoLayout *layout;
  PangoAttrList *attrs = pango_attr_list_new ();
  int width;

  /* One layout a widget, made once: a table measures hundreds of texts as it is built, and
   * a new layout for each cost more than the measuring. Pango follows the widget's context
   * (its font, its scale) on its own. */
  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("vs-rag-table-measure");
  layout = g_object_get_qdata (G_OBJECT (widget), quark);
  if (layout == NULL)
    {
      layout = gtk_widget_create_pango_layout (widget, NULL);
      g_object_set_qdata_full (G_OBJECT (widget), quark, layout, g_object_unref);
    }
  pango_layout_set_text (layout, text, -1);

  pango_attr_list_insert (attrs, pango_attr_scale_new (scale));
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
  if (bold)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

/* A text column as wide as its heading or its widest text (at the cells' 6px padding),
 * up to @cap: a longer ref or target is ellipsized, whole in its tooltip. */
static void
fit_column (VsRagTable          *self,
            GtkColumnViewColumn *column,
            GListModel          *model,
            VsRagColumn          kind)
{
  GtkWidget *widget = GTK_WIDGET (self->column_view);
  guint n = g_list_model_get_n_items (model);
  int widest = _vs_rag_table_text_width (widget, gtk_column_view_column_get_title (column), 0.8, TRUE) + 10;
  int cap = kind == VS_RAG_COLUMN_POLARITY ? G_MAXINT : 96;

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
        widest = MAX (widest, _vs_rag_table_text_width (widget, text, 1.0, FALSE) + 14);
    }
  gtk_column_view_column_set_fixed_width (column, MIN (widest, cap));
}

/* A table whose every row is quarterly, termly or annual, with the same periods, shows
 * those periods (vs_judge_columns, named by vs_judge_column_label) in place of the months:
 * a table of the DfE's years rather than twelve hatched months and one figure. A table
 * with any monthly row keeps the months. */
static guint
shared_periods (VsRagTable *self,
                char       *labels[VS_TABLE_MONTHS])
{
  GListModel *model = G_LIST_MODEL (self->sorted);
  guint rows = g_list_model_get_n_items (model);
  guint n = 0;

  for (guint r = 0; r < rows; r++)
    {
      g_autoptr(VsIndicatorItem) row = g_list_model_get_item (model, r);
      guint columns = vs_indicator_item_get_n_columns (row);

      if (vs_indicator_item_get_indicator (row)->periodicity == VS_PERIODICITY_MONTHLY
          || columns == 0 || (r > 0 && columns != n))
        goto months;
      for (guint i = 0; i < columns; i++)
        {
          g_autofree char *label = vs_indicator_item_dup_column_label (row, i);

          if (r == 0)
            labels[i] = g_steal_pointer (&label);
          else if (g_strcmp0 (label, labels[i]) != 0)
            goto months;
        }
      n = columns;
    }
  return n;

months:
  for (guint i = 0; i < VS_TABLE_MONTHS; i++)
    g_clear_pointer (&labels[i], g_free);
  return 0;
}

/* The rows' columns: months, or the years every row shares, titled; chosen again with
 * each change of the rows, before they are measured. */
static void
choose_period_columns (VsRagTable *self)
{
  char *labels[VS_TABLE_MONTHS] = { NULL };
  guint n = shared_periods (self, labels);

  if (n != self->n_periods)
    {
      /* The cells read a row's years, or its months, from now on. */
      for (guint i = 0; i < VS_TABLE_MONTHS; i++)
        {
          VsRagColumn kind = n > 0 ? VS_RAG_COLUMN_PERIOD : VS_RAG_COLUMN_MONTH;
          g_autoptr(GtkSorter) sorter = vs_rag_column_sorter_new (kind, i);
          g_autoptr(GtkListItemFactory) factory = vs_rag_column_factory_new (kind, i);

          gtk_column_view_column_set_sorter (self->month_columns[i], sorter);
          gtk_column_view_column_set_factory (self->month_columns[i], factory);
          _vs_rag_table_reinsert (self, self->month_columns[i]);
        }
      self->n_periods = n;
      self->hidden_months = _vs_rag_table_first_place (self);
    }
  if (n == 0)
    return;
  for (guint i = 0; i < VS_TABLE_MONTHS; i++)
    {
      /* The row's labels, n of them, move to the last places. */
      g_free (self->month_labels[i]);
      self->month_labels[i] = i >= _vs_rag_table_first_place (self) ? labels[i - _vs_rag_table_first_place (self)] : NULL;
    }
  for (guint i = 0; i < VS_TABLE_MONTHS; i++)
    {
      g_autofree char *heading = _vs_rag_table_month_heading (self, i, self->fit, self->hidden_months);

      gtk_column_view_column_set_title (self->month_columns[i], heading);
    }
}

/* Every month is at least as wide as the widest figure among them, so no figure is
 * cut; the title column takes what is left. The cells' padding (2px a side), the symbol's size (0.72 of the figures') and its gap (2px) are
 * style.css's and vs-rag-cell.c's; a heading has 3px and 1px of padding. */
void
_vs_rag_table_measure_columns (VsRagTable *self)
{
  GtkWidget *widget = GTK_WIDGET (self->column_view);
  GListModel *model = G_LIST_MODEL (self->sorted);
  guint n = g_list_model_get_n_items (model);
  int symbol;
  g_autofree char *pill = NULL;
  gsize longest = 0;
  int year_width = 0;
  int widest;

  choose_period_columns (self);
  symbol = _vs_rag_table_text_width (widget, "\u25c6", 0.8 * 0.72, FALSE) + 2;
  widest = _vs_rag_table_text_width (widget, "88.8%", 0.8, FALSE) + 4;

  /* Figures are tabular, so only the longest few need measuring: this runs on every
   * keystroke of a search. */
  for (guint r = 0; r < n; r++)
    {
      g_autoptr(VsIndicatorItem) row = g_list_model_get_item (model, r);

      guint shown = self->n_periods > 0 ? self->n_periods : VS_TABLE_MONTHS;

      /* An annual row among months names its latest year in a cell of its own (no
       * symbol), "2024-25" whole; its figure is measured as a month's. */
      if (self->n_periods == 0 && _vs_rag_figure_shows_latest_year (row))
        {
          guint last = vs_indicator_item_get_n_columns (row) - 1;
          g_autofree char *year = vs_indicator_item_dup_column_label (row, last);
          g_autofree char *figure = vs_indicator_item_format_column (row, last);

          year_width = MAX (year_width, _vs_rag_table_text_width (widget, year, 0.8, FALSE) + 4 + 1);
          widest = MAX (widest, _vs_rag_table_text_width (widget, figure, 0.8, FALSE) + 4);
          continue;
        }
      for (guint i = 0; i < shown; i++)
        {
          g_autofree char *text = self->n_periods > 0 ? vs_indicator_item_format_column (row, i)
                                                      : vs_indicator_item_format_month (row, i);
          gsize len = text != NULL ? strlen (text) : 0;

          if (len == 0 || len + 1 < longest)
            continue;
          longest = MAX (longest, len);
          widest = MAX (widest, _vs_rag_table_text_width (widget, text, 0.8, FALSE) + 4);
        }
    }
  /* And a pixel for the column's separator. */
  self->figure_width = symbol + widest + 1;
  self->stacked_width = MAX (widest, symbol + 4) + 1;
  self->year_width = year_width;
  self->reasons_width = 0;
  for (guint r = 0; r < n; r++)
    {
      g_autoptr(VsIndicatorItem) row = g_list_model_get_item (model, r);
      const char *reasons = vs_indicator_item_get_reasons (row);

      if (reasons != NULL)
        self->reasons_width = MAX (self->reasons_width,
                                   MIN (_vs_rag_table_text_width (widget, reasons, 0.9, TRUE) + 24, 340));
    }
  fit_column (self, self->ref_column, model, VS_RAG_COLUMN_REF);
  fit_column (self, self->polarity_column, model, VS_RAG_COLUMN_POLARITY);
  fit_column (self, self->target_column, model, VS_RAG_COLUMN_TARGET);
  /* The pill (0.85em bold, 8px a side) centred with a little room either side. */
  pill = g_strdup_printf ("%s %s", vs_rag_symbol (VS_RAG_AMBER), C_("rag", "Amber"));
  self->rag_width = MAX (_vs_rag_table_text_width (widget, pill, 0.85, TRUE),
                         _vs_rag_table_text_width (widget, gtk_column_view_column_get_title (self->rag_column), 0.8, TRUE))
                    + 24;
  self->rag_symbol_width = MAX (_vs_rag_table_text_width (widget, C_("rag", "Due"), 0.85, TRUE),
                                _vs_rag_table_text_width (widget, gtk_column_view_column_get_title (self->rag_column), 0.8, TRUE))
                           + 22;
  /* The months' widths follow the fit (apply_fit()). */
  _vs_rag_table_queue_fit (self);
}
