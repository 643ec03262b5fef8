/* vs-rag-table-fit.c: the RAG table's columns fitted to the window's width: which give
 * way, how wide each is, and what the table says of the months it shows
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-rag-table"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "vs-rag-table-private.h"

/* Below this the titles would show a word or two a line. */
#define TITLE_MIN_WIDTH 120

/* The label of a column's heading. */
static GtkWidget *
heading_label (GtkWidget *heading)
{
  GtkWidget *label = heading;

  while (label != NULL && !GTK_IS_LABEL (label))
    label = gtk_widget_get_first_child (label);
  return label;
}

/* The widget of @column's heading: GtkColumnView 4.8 gives no way to it, and its header's
 * children are in the order the columns were added (a column taken out and put back goes
 * last), so it is found by its title, which no two columns share. */
static GtkWidget *
column_heading (VsRagTable          *self,
                GtkColumnViewColumn *column)
{
  GtkWidget *header = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
  const char *title = gtk_column_view_column_get_title (column);

  for (GtkWidget *heading = header != NULL ? gtk_widget_get_first_child (header) : NULL;
       heading != NULL;
       heading = gtk_widget_get_next_sibling (heading))
    {
      GtkWidget *label = heading_label (heading);

      if (label != NULL && g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), title) == 0)
        return heading;
    }
  return NULL;
}

/* A column has no tooltip of its own in GTK 4.8: its heading gets the one kept on it. */
void
_vs_rag_table_set_header_tooltip (VsRagTable          *self,
                                  GtkColumnViewColumn *column)
{
  GtkWidget *heading = column_heading (self, column);

  if (heading != NULL)
    gtk_widget_set_tooltip_text (heading, g_object_get_data (G_OBJECT (column), "vs-tooltip"));
}

/* How wide @column's heading is with @text, in the header's own font (its label's),
 * with the button's padding (style.css); before the header is styled, as the table's
 * font measures it. */
static int
heading_text_width (VsRagTable          *self,
                    GtkColumnViewColumn *column,
                    const char          *text)
{
  GtkWidget *label = heading_label (column_heading (self, column));
  g_autoptr(PangoLayout) layout = NULL;
  int width;

  if (label == NULL || !gtk_widget_get_realized (label))
    return _vs_rag_table_text_width (GTK_WIDGET (self->column_view), text, 0.8, TRUE) + 8;
  layout = gtk_widget_create_pango_layout (label, text);
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width + 6;
}

static gboolean
column_shown (VsRagTable          *self,
              GtkColumnViewColumn *column,
              Fit                  fit)
{
  if (column == self->polarity_column)
    return fit < FIT_NO_POLARITY;
  if (column == self->target_column)
    return fit < FIT_NO_TARGET;
  /* The exceptions' reasons column keeps the title alone: the ref stays its own. */
  if (column == self->ref_column)
    return fit < FIT_REF_IN_TITLE || self->reasons_column != NULL;
  if (column == self->exception_column)
    return fit < FIT_NO_EXCEPTION;
  if (column == self->travel_column)
    return fit < FIT_NO_TRAVEL;
  return TRUE;
}

/* Month @i's heading: in full, or only where the year changes (the first month shown,
 * each January, the reporting month) when the months are short. */
char *
_vs_rag_table_month_heading (VsRagTable *self,
                             guint       i,
                             Fit         fit,
                             guint       hidden)
{
  const char *label = self->month_labels[i];
  const char *space = label != NULL ? strchr (label, ' ') : NULL;
  const char *before;

  if (label == NULL)
    return g_strdup ("");
  if (fit < FIT_SHORT_MONTHS || space == NULL || i <= hidden || i == VS_TABLE_MONTHS - 1)
    return g_strdup (label);
  before = self->month_labels[i - 1] != NULL ? strchr (self->month_labels[i - 1], ' ') : NULL;
  if (before == NULL || strcmp (before, space) != 0)
    return g_strdup (label);
  return g_strndup (label, (gsize) (space - label));
}

/* A month is as wide as its widest figure or its heading, whichever is wider; the place
 * before the last as an annual row's year there too. */
static int
month_width (VsRagTable *self,
             guint       i,
             Fit         fit,
             guint       hidden)
{
  g_autofree char *heading = _vs_rag_table_month_heading (self, i, fit, hidden);
  int figure = fit < FIT_STACKED_SYMBOLS ? self->figure_width : self->stacked_width;

  if (i == VS_TABLE_MONTHS - 2)
    figure = MAX (figure, self->year_width);
  return MAX (figure, heading_text_width (self, self->month_columns[i], heading));
}

/* What every column but the title takes at @fit, with @hidden months given way. */
static int
others_width (VsRagTable *self,
              Fit         fit,
              guint       hidden)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  GtkColumnViewColumn *title = self->reasons_column != NULL ? self->reasons_column : self->title_column;
  guint n = g_list_model_get_n_items (columns);
  int width = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkColumnViewColumn) col = g_list_model_get_item (columns, i);

      guint month = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (col), "vs-month"));

      if (col == title || col == self->rag_column || !column_shown (self, col, fit))
        continue;
      if (month == 0)
        width += MAX (gtk_column_view_column_get_fixed_width (col), 0);
      else if (month - 1 >= hidden)
        width += month_width (self, month - 1, fit, hidden);
    }
  return width + (fit < FIT_RAG_SYMBOL ? self->rag_width : self->rag_symbol_width);
}

/* GtkColumnView 4.8 keeps a column's cells when its factory changes: the column is taken
 * out and put back, which builds them anew (and its heading, so its tooltip too). */
static void
set_factory (VsRagTable          *self,
             GtkColumnViewColumn *column,
             VsRagColumn          kind)
{
  g_autoptr(GtkListItemFactory) factory = vs_rag_column_factory_new (kind, 0);

  gtk_column_view_column_set_factory (column, factory);
  _vs_rag_table_reinsert (self, column);
}

void
_vs_rag_table_reinsert (VsRagTable          *self,
                        GtkColumnViewColumn *column)
{
  g_autoptr(GtkColumnViewColumn) keep = g_object_ref (column);
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  guint n = g_list_model_get_n_items (columns);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkColumnViewColumn) col = g_list_model_get_item (columns, i);

      if (col == column)
        {
          gtk_column_view_remove_column (self->column_view, column);
          gtk_column_view_insert_column (self->column_view, i, column);
          _vs_rag_table_set_header_tooltip (self, column);
          return;
        }
    }
}

/* The first place a table of years fills; 0 for months. */
guint
_vs_rag_table_first_place (VsRagTable *self)
{
  return self->n_periods > 0 ? VS_TABLE_MONTHS - self->n_periods : 0;
}

/* The table's name for a screen reader says which months it shows, and the note beneath
 * says how many gave way, so neither claims months that are not on screen. */
void
_vs_rag_table_describe_months (VsRagTable *self)
{
  const char *first = self->month_labels[self->hidden_months];
  const char *last = self->month_labels[VS_TABLE_MONTHS - 1];
  guint gone = self->hidden_months - _vs_rag_table_first_place (self);
  g_autofree char *label = NULL;
  g_autofree char *note = NULL;

  if (gone > 0 && self->n_periods > 0)
    /* Translators: below a table of years (or quarters) when the window is too narrow */
    note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u earlier period is not shown: widen the window to see it",
                                         "%u earlier periods are not shown: widen the window to see them",
                                         gone),
                            gone);
  else if (gone > 0)
    /* Translators: below the table when the window is too narrow for every month */
    note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u earlier month is not shown: widen the window to see it",
                                         "%u earlier months are not shown: widen the window to see them",
                                         gone),
                            gone);
  gtk_label_set_text (self->months_note, note != NULL ? note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->months_note), note != NULL);
  if (first == NULL || *first == '\0')
    label = g_strdup (_("Indicators, with their figures and ratings"));
  else if (gone > 0)
    /* Translators: a screen reader's name for the table: first and last month shown */
    label = g_strdup_printf (_("Indicators, with figures from %s to %s (%u earlier months not shown) and their ratings"),
                             first, last, gone);
  else
    /* Translators: a screen reader's name for the table: first and last month */
    label = g_strdup_printf (_("Indicators, with figures from %s to %s and their ratings"), first, last);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

/* Shows the columns @fit keeps and the cells it asks for. */
static void
apply_fit (VsRagTable *self,
           Fit         fit,
           guint       hidden)
{
  GtkColumnViewColumn *optional[] = { self->ref_column, self->polarity_column, self->target_column,
                                      self->exception_column, self->travel_column };

  for (guint i = 0; i < G_N_ELEMENTS (optional); i++)
    if (gtk_column_view_column_get_visible (optional[i]) != column_shown (self, optional[i], fit))
      gtk_column_view_column_set_visible (optional[i], column_shown (self, optional[i], fit));
  /* A column's cells are built again only when its kind changes. */
  if ((self->fit < FIT_RAG_SYMBOL) != (fit < FIT_RAG_SYMBOL))
    {
      set_factory (self, self->rag_column, fit < FIT_RAG_SYMBOL ? VS_RAG_COLUMN_RAG : VS_RAG_COLUMN_RAG_SYMBOL);
      gtk_column_view_column_set_fixed_width (self->rag_column,
                                              fit < FIT_RAG_SYMBOL ? self->rag_width : self->rag_symbol_width);
    }
  if ((fit >= FIT_STACKED_SYMBOLS) != gtk_widget_has_css_class (GTK_WIDGET (self->column_view), "stacked-symbols"))
    {
      if (fit >= FIT_STACKED_SYMBOLS)
        gtk_widget_add_css_class (GTK_WIDGET (self->column_view), "stacked-symbols");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->column_view), "stacked-symbols");
    }
  if ((self->fit < FIT_REF_IN_TITLE) != (fit < FIT_REF_IN_TITLE))
    set_factory (self, self->title_column, fit < FIT_REF_IN_TITLE ? VS_RAG_COLUMN_TITLE : VS_RAG_COLUMN_REF_TITLE);
  if (gtk_column_view_column_get_fixed_width (self->rag_column)
      != (fit < FIT_RAG_SYMBOL ? self->rag_width : self->rag_symbol_width))
    gtk_column_view_column_set_fixed_width (self->rag_column,
                                            fit < FIT_RAG_SYMBOL ? self->rag_width : self->rag_symbol_width);
  for (guint i = 0; i < VS_TABLE_MONTHS; i++)
    {
      g_autofree char *heading = _vs_rag_table_month_heading (self, i, fit, hidden);
      int width = month_width (self, i, fit, hidden);

      if (g_strcmp0 (gtk_column_view_column_get_title (self->month_columns[i]), heading) != 0)
        gtk_column_view_column_set_title (self->month_columns[i], heading);
      if (gtk_column_view_column_get_fixed_width (self->month_columns[i]) != width)
        gtk_column_view_column_set_fixed_width (self->month_columns[i], width);
      if (gtk_column_view_column_get_visible (self->month_columns[i]) != (i >= hidden))
        gtk_column_view_column_set_visible (self->month_columns[i], i >= hidden);
    }
  self->fit = fit;
  if (hidden != self->hidden_months)
    {
      self->hidden_months = hidden;
      _vs_rag_table_describe_months (self);
    }
}

/* No heading is cut either: a column is at least as wide as its heading's text, which
 * only the header's own label measures once it is styled. */
static void
fit_headings (VsRagTable *self)
{
  GtkColumnViewColumn *text_columns[] = { self->ref_column, self->polarity_column, self->target_column,
                                          self->travel_column, self->exception_column };
  int rag = heading_text_width (self, self->rag_column, gtk_column_view_column_get_title (self->rag_column));

  for (guint i = 0; i < G_N_ELEMENTS (text_columns); i++)
    {
      GtkColumnViewColumn *col = text_columns[i];
      int need = heading_text_width (self, col, gtk_column_view_column_get_title (col));

      if (gtk_column_view_column_get_fixed_width (col) < need)
        gtk_column_view_column_set_fixed_width (col, need);
    }
  self->rag_width = MAX (self->rag_width, rag);
  self->rag_symbol_width = MAX (self->rag_symbol_width, rag);
}

/* Done from idle, because the adjustment changes during allocation. */
static gboolean
fit_months_cb (gpointer data)
{
  VsRagTable *self = data;
  GtkAdjustment *adj = gtk_scrolled_window_get_hadjustment (self->scroller);
  GtkColumnViewColumn *title = self->reasons_column != NULL ? self->reasons_column : self->title_column;
  /* In the exceptions the reasons are what the committee reads: other columns give way
   * to them too, up to a point. */
  int title_min = self->reasons_column != NULL ? MAX (TITLE_MIN_WIDTH, self->reasons_width)
                                               : TITLE_MIN_WIDTH;
  int page = (int) gtk_adjustment_get_page_size (adj);
  Fit fit = FIT_FULL;
  guint hide = _vs_rag_table_first_place (self);
  int others;

  self->fit_source = 0;
  if (page <= 0 || self->figure_width <= 0)
    return G_SOURCE_REMOVE;
  fit_headings (self);
  while (fit < N_FITS - 1 && others_width (self, fit, hide) + title_min > page)
    fit++;
  /* The exceptions' reasons give way to the months before any month goes: whole, they
   * are in the title's tooltip. */
  while (hide < VS_TABLE_MONTHS - 1 && others_width (self, fit, hide) + TITLE_MIN_WIDTH > page)
    hide++;
  apply_fit (self, fit, hide);
  /* The title takes exactly what is left: GtkColumnView 4.8 leaves a column's "expand"
   * share unallocated here. */
  others = others_width (self, fit, hide);
  if (gtk_column_view_column_get_fixed_width (title) != MAX (page - others, TITLE_MIN_WIDTH))
    gtk_column_view_column_set_fixed_width (title, MAX (page - others, TITLE_MIN_WIDTH));
  return G_SOURCE_REMOVE;
}

void
_vs_rag_table_queue_fit (VsRagTable *self)
{
  if (self->fit_source == 0)
    self->fit_source = g_idle_add (fit_months_cb, self);
}
