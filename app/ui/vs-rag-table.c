/* vs-rag-table.c: the 13-month RAG dashboard as a sortable column view
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-rag-table"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "vs-rag-columns.h"
#include "vs-rag-style.h"
#include "vs-rag-table.h"

/* When the table is wider than the window, columns give way one step at a time, the
 * least read first, so that all thirteen months and the rating stay in view: each step
 * keeps the ones before it. Only past the last do the oldest months go. */
typedef enum {
  FIT_FULL,
  FIT_SHORT_MONTHS,     /* "Nov 16  Dec  Jan 17 … Oct  Nov 17": the year where it changes */
  FIT_STACKED_SYMBOLS,  /* a month's symbol above its figure, not before it */
  FIT_RAG_SYMBOL,       /* the rating's pill shows its symbol, not its word */
  FIT_NO_POLARITY,      /* "Good is" goes to the title's tooltip */
  FIT_NO_TARGET,        /* the target goes to the title's tooltip (and the chart) */
  FIT_REF_IN_TITLE,     /* the ref leads the title: "6.14 · Child Protection…" */
  FIT_NO_EXCEPTION,     /* the flag goes to the title's tooltip (and the Exceptions page) */
  FIT_NO_TRAVEL,
  N_FITS
} Fit;

struct _VsRagTable
{
  GtkWidget            parent_instance;

  GtkScrolledWindow   *scroller;
  GtkColumnView       *column_view;
  GtkLabel            *months_note;
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
  GtkColumnViewColumn *travel_column;
  GtkColumnViewColumn *rag_column;
  char                *month_labels[VS_TABLE_MONTHS];   /* "Nov 16" */
  int                  figure_width;   /* the widest figure with its symbol */
  int                  stacked_width;  /* the widest figure, its symbol above it */
  int                  reasons_width;  /* the widest exception's reasons */
  int                  rag_width;      /* the pill with its word */
  int                  rag_symbol_width;
  Fit                  fit;
  guint                hidden_months;  /* the places not shown, from the first: the
                                        * months given way, or those before the years */
  guint                n_periods;      /* a table of years, quarters or terms: how many it
                                        * shows, in its last places; 0: the months */
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

static int text_width (GtkWidget  *widget,
                       const char *text,
                       double      scale,
                       gboolean    bold);

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
static void
set_header_tooltip (VsRagTable          *self,
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
    return text_width (GTK_WIDGET (self->column_view), text, 0.8, TRUE) + 8;
  layout = gtk_widget_create_pango_layout (label, text);
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width + 6;
}

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
#define TITLE_MIN_WIDTH 120

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
static char *
month_heading (VsRagTable *self,
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

/* A month is as wide as its widest figure or its heading, whichever is wider. */
static int
month_width (VsRagTable *self,
             guint       i,
             Fit         fit,
             guint       hidden)
{
  g_autofree char *heading = month_heading (self, i, fit, hidden);

  return MAX (fit < FIT_STACKED_SYMBOLS ? self->figure_width : self->stacked_width,
              heading_text_width (self, self->month_columns[i], heading));
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
static void reinsert (VsRagTable          *self,
                      GtkColumnViewColumn *column);

static void
set_factory (VsRagTable          *self,
             GtkColumnViewColumn *column,
             VsRagColumn          kind)
{
  g_autoptr(GtkListItemFactory) factory = vs_rag_column_factory_new (kind, 0);

  gtk_column_view_column_set_factory (column, factory);
  reinsert (self, column);
}

static void
reinsert (VsRagTable          *self,
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
          set_header_tooltip (self, column);
          return;
        }
    }
}

/* The first place a table of years fills; 0 for months. */
static guint
first_place (VsRagTable *self)
{
  return self->n_periods > 0 ? VS_TABLE_MONTHS - self->n_periods : 0;
}

/* The table's name for a screen reader says which months it shows, and the note beneath
 * says how many gave way, so neither claims months that are not on screen. */
static void
describe_months (VsRagTable *self)
{
  const char *first = self->month_labels[self->hidden_months];
  const char *last = self->month_labels[VS_TABLE_MONTHS - 1];
  guint gone = self->hidden_months - first_place (self);
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
      g_autofree char *heading = month_heading (self, i, fit, hidden);
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
      describe_months (self);
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
  guint hide = first_place (self);
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
  int widest = text_width (widget, gtk_column_view_column_get_title (column), 0.8, TRUE) + 10;
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
        widest = MAX (widest, text_width (widget, text, 1.0, FALSE) + 14);
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

static void
update_periods (VsRagTable *self)
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
          reinsert (self, self->month_columns[i]);
        }
      self->n_periods = n;
      self->hidden_months = first_place (self);
    }
  if (n == 0)
    return;
  for (guint i = 0; i < VS_TABLE_MONTHS; i++)
    {
      /* The row's labels, n of them, move to the last places. */
      g_free (self->month_labels[i]);
      self->month_labels[i] = i >= first_place (self) ? labels[i - first_place (self)] : NULL;
    }
  for (guint i = 0; i < VS_TABLE_MONTHS; i++)
    {
      g_autofree char *heading = month_heading (self, i, self->fit, self->hidden_months);

      gtk_column_view_column_set_title (self->month_columns[i], heading);
    }
}

/* Every month is at least as wide as the widest figure among them, so no figure is
 * cut; the title column takes what is left. The cells' padding (2px a side), the symbol's size (0.72 of the figures') and its gap (2px) are
 * style.css's and vs-rag-cell.c's; a heading has 3px and 1px of padding. */
static void
update_widths (VsRagTable *self)
{
  GtkWidget *widget = GTK_WIDGET (self->column_view);
  GListModel *model = G_LIST_MODEL (self->sorted);
  guint n = g_list_model_get_n_items (model);
  int symbol;
  g_autofree char *pill = NULL;
  gsize longest = 0;
  int widest;

  update_periods (self);
  symbol = text_width (widget, "\u25c6", 0.8 * 0.72, FALSE) + 2;
  widest = text_width (widget, "88.8%", 0.8, FALSE) + 4;

  /* Figures are tabular, so only the longest few need measuring: this runs on every
   * keystroke of a search. */
  for (guint r = 0; r < n; r++)
    {
      g_autoptr(VsIndicatorItem) row = g_list_model_get_item (model, r);

      guint shown = self->n_periods > 0 ? self->n_periods : VS_TABLE_MONTHS;

      for (guint i = 0; i < shown; i++)
        {
          g_autofree char *text = self->n_periods > 0 ? vs_indicator_item_format_column (row, i)
                                                      : vs_indicator_item_format_month (row, i);
          gsize len = text != NULL ? strlen (text) : 0;

          if (len == 0 || len + 1 < longest)
            continue;
          longest = MAX (longest, len);
          widest = MAX (widest, text_width (widget, text, 0.8, FALSE) + 4);
        }
    }
  /* And a pixel for the column's separator. */
  self->figure_width = symbol + widest + 1;
  self->stacked_width = MAX (widest, symbol + 4) + 1;
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
  /* The pill (0.85em bold, 8px a side) centred with a little room either side. */
  pill = g_strdup_printf ("%s %s", vs_rag_symbol (VS_RAG_AMBER), C_("rag", "Amber"));
  self->rag_width = MAX (text_width (widget, pill, 0.85, TRUE),
                         text_width (widget, gtk_column_view_column_get_title (self->rag_column), 0.8, TRUE))
                    + 24;
  self->rag_symbol_width = MAX (text_width (widget, C_("rag", "Due"), 0.85, TRUE),
                                text_width (widget, gtk_column_view_column_get_title (self->rag_column), 0.8, TRUE))
                           + 22;
  /* The months' widths follow the fit (apply_fit()). */
  queue_fit (self);
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
  GtkWidget *child;

  g_clear_handle_id (&self->fit_source, g_source_remove);
  for (guint i = 0; i < VS_TABLE_MONTHS; i++)
    g_clear_pointer (&self->month_labels[i], g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_RAG_TABLE);
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
  set_header_tooltip (self, column);
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
                                    text_width (GTK_WIDGET (self->column_view), C_("column", "Travel"), 0.8, TRUE) + 8,
                                    FALSE);
  self->rag_column = add_column (self, C_("column", "RAG"), VS_RAG_COLUMN_RAG, 0, 80, FALSE);
  /* Translators: a narrow column flagging exceptions for committee */
  self->exception_column = g_object_ref (add_column (self, C_("column", "Exception"), VS_RAG_COLUMN_EXCEPTION, 0,
                                                     text_width (GTK_WIDGET (self->column_view), C_("column", "Exception"), 0.8, TRUE) + 8,
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
  describe_months (self);
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
      g_autofree char *heading = NULL;

      g_free (self->month_labels[i]);
      self->month_labels[i] = vs_period_is_valid (period) ? vs_period_to_label (month) : NULL;
      heading = month_heading (self, i, self->fit, self->hidden_months);
      gtk_column_view_column_set_title (self->month_columns[i], heading);
    }
  update_widths (self);
  describe_months (self);
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
      set_header_tooltip (self, self->exception_column);
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
