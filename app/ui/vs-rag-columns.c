/* vs-rag-columns.c: the RAG table's columns: a cell factory and a sorter for each
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-rag-columns"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "vs-rag-cell.h"
#include "vs-rag-columns.h"
#include "vs-rag-figures-private.h"
#include "vs-rag-style.h"

typedef struct {
  VsRagColumn column;
  guint       month;
} CellKind;

static VsIndicatorItem *
item_row (GtkListItem *item)
{
  return VS_INDICATOR_ITEM (gtk_list_item_get_item (item));
}

/* Text cells carry "cell-text" for their padding; the rest is set at bind. */
static GtkWidget *
new_cell (const char *css_class)
{
  GtkWidget *cell = vs_rag_cell_new ();

  gtk_widget_add_css_class (cell, css_class);
  return cell;
}

/* The text of a cell's tooltip, made when it is asked for: setting tooltips at bind time
 * costs more than all the rest of a row. */
static char *
describe_cell (CellKind        *kind,
               VsIndicatorItem *row)
{
  VsIndicator *indicator = vs_indicator_item_get_indicator (row);

  switch (kind->column)
    {
    case VS_RAG_COLUMN_REASONS:
      {
        const char *reasons = vs_indicator_item_get_reasons (row);

        if (reasons != NULL)
          return g_strdup_printf ("%s\n%s", indicator->title, reasons);
        return g_strdup_printf ("%s\n%s", indicator->title, indicator->area);
      }
    case VS_RAG_COLUMN_TITLE:
    case VS_RAG_COLUMN_REF_TITLE:
      {
        /* A narrow table gives way its polarity, target and exception columns first: the
         * title's tooltip says them all. */
        const char *target = vs_indicator_item_get_target (row);
        GString *text = g_string_new (NULL);

        g_string_append_printf (text, "%s · %s\n%s\n%s", indicator->ref, indicator->title,
                                indicator->area, vs_polarity_label (indicator->polarity));
        if (target != NULL && *target != '\0')
          /* Translators: in a tooltip, under the polarity */
          g_string_append_printf (text, "\n%s %s", _("Target:"), target);
        if (vs_indicator_item_get_reasons (row) != NULL)
          g_string_append_printf (text, "\n%s", vs_indicator_item_get_reasons (row));
        return g_string_free (text, FALSE);
      }
    case VS_RAG_COLUMN_POLARITY:
      return g_strdup (vs_polarity_label (indicator->polarity));
    case VS_RAG_COLUMN_MONTH:
    case VS_RAG_COLUMN_PERIOD:
      return _vs_rag_figure_describe (row, kind->month, kind->column == VS_RAG_COLUMN_PERIOD);
    case VS_RAG_COLUMN_TARGET:
      return g_strdup (indicator->target_text);
    case VS_RAG_COLUMN_TRAVEL:
      return g_strdup (vs_travel_label (vs_indicator_item_get_travel (row)));
    case VS_RAG_COLUMN_RAG:
    case VS_RAG_COLUMN_RAG_SYMBOL:
      {
        VsRag rag = vs_indicator_item_get_rag (row);
        const char *why = vs_indicator_item_get_explanation (row);

        return why != NULL ? g_strdup_printf ("%s: %s", vs_rag_label (rag), why)
                           : g_strdup (vs_rag_label (rag));
      }
    case VS_RAG_COLUMN_EXCEPTION:
      return g_strdup (vs_indicator_item_get_reasons (row));
    case VS_RAG_COLUMN_REF:
      return NULL;
    }
  g_return_val_if_reached (NULL);
}

static gboolean
on_query_tooltip_cb (GtkWidget  *widget,
                     int         x,
                     int         y,
                     gboolean    keyboard,
                     GtkTooltip *tooltip,
                     gpointer    user_data)
{
  GtkListItem *item = g_object_get_data (G_OBJECT (widget), "vs-list-item");
  g_autofree char *text = NULL;

  if (item == NULL || gtk_list_item_get_item (item) == NULL)
    return FALSE;
  text = describe_cell (user_data, item_row (item));
  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          CellKind                 *kind)
{
  GtkWidget *child = NULL;

  switch (kind->column)
    {
    case VS_RAG_COLUMN_REF:
    case VS_RAG_COLUMN_TITLE:
    case VS_RAG_COLUMN_TARGET:
    case VS_RAG_COLUMN_REF_TITLE:
      child = new_cell ("cell-text");
      break;
    case VS_RAG_COLUMN_REASONS:
      {
        GtkWidget *title = gtk_label_new (NULL);
        GtkWidget *reasons = gtk_label_new (NULL);

        child = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
        gtk_widget_add_css_class (child, "cell-text");
        gtk_widget_set_valign (child, GTK_ALIGN_CENTER);
        gtk_label_set_xalign (GTK_LABEL (title), 0.0f);
        gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
        gtk_label_set_width_chars (GTK_LABEL (title), 14);
        gtk_label_set_xalign (GTK_LABEL (reasons), 0.0f);
        gtk_label_set_ellipsize (GTK_LABEL (reasons), PANGO_ELLIPSIZE_END);
        gtk_label_set_width_chars (GTK_LABEL (reasons), 14);
        gtk_widget_add_css_class (reasons, "caption");
        gtk_widget_add_css_class (reasons, "exception-reasons");
        gtk_box_append (GTK_BOX (child), title);
        gtk_box_append (GTK_BOX (child), reasons);
      }
      break;
    case VS_RAG_COLUMN_POLARITY:
      child = new_cell ("cell-text");
      gtk_widget_add_css_class (child, "dim-label");
      break;
    case VS_RAG_COLUMN_MONTH:
    case VS_RAG_COLUMN_PERIOD:
      child = vs_rag_cell_new ();
      break;
    case VS_RAG_COLUMN_TRAVEL:
      child = new_cell ("travel");
      break;
    case VS_RAG_COLUMN_RAG:
    case VS_RAG_COLUMN_RAG_SYMBOL:
      child = new_cell ("rag-pill");
      gtk_widget_set_halign (child, GTK_ALIGN_CENTER);
      gtk_widget_set_valign (child, GTK_ALIGN_CENTER);
      break;
    case VS_RAG_COLUMN_EXCEPTION:
      child = new_cell ("exception-flag");
      break;
    }

  if (kind->column != VS_RAG_COLUMN_REF)
    {
      g_object_set_data (G_OBJECT (child), "vs-list-item", item);
      gtk_widget_set_has_tooltip (child, TRUE);
      g_signal_connect (child, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), kind);
    }
  gtk_list_item_set_child (item, child);
}

/* The narrow column's word: the colour, or a short stand-in for the rest; the tooltip
 * gives the rules' full sentence. */
static const char *
rag_short_label (VsRag rag)
{
  switch (rag)
    {
    case VS_RAG_GREEN:   return C_("rag", "Green");
    case VS_RAG_AMBER:   return C_("rag", "Amber");
    case VS_RAG_RED:     return C_("rag", "Red");
    /* Translators: a figure is due but not in yet; keep it short */
    case VS_RAG_PENDING: return C_("rag", "Due");
    case VS_RAG_NONE:
    case VS_RAG_NOT_EXPECTED:
    case VS_RAG_SUPPRESSED:
      return "–";
    }
  g_return_val_if_reached ("–");
}

static void
bind_rag_pill (GtkWidget       *cell,
               VsIndicatorItem *row,
               gboolean         symbol_only)
{
  VsRag rag = vs_indicator_item_get_rag (row);
  const char *classes[] = { "cell-text", "rag-pill", vs_rag_css_class (rag), NULL };
  const char *symbol = vs_rag_symbol (rag);
  const char *why = vs_indicator_item_get_explanation (row);
  g_autofree char *text = NULL;
  g_autofree char *tooltip = NULL;

  if (*symbol == '\0')
    text = g_strdup (rag_short_label (rag));
  else if (symbol_only)
    text = g_strdup (symbol);
  else
    text = g_strdup_printf ("%s %s", symbol, rag_short_label (rag));
  tooltip = why != NULL ? g_strdup_printf ("%s: %s", vs_rag_label (rag), why)
                        : g_strdup (vs_rag_label (rag));
  vs_rag_cell_set_classes (VS_RAG_CELL (cell), classes);
  vs_rag_cell_set_text (VS_RAG_CELL (cell), text, 0.5f, 1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
}

static void
bind_travel (GtkWidget       *cell,
             VsIndicatorItem *row)
{
  VsTravel travel = vs_indicator_item_get_travel (row);
  const char *classes[] = { "travel", vs_travel_css_class (travel), NULL };

  vs_rag_cell_set_classes (VS_RAG_CELL (cell), classes);
  vs_rag_cell_set_icon (VS_RAG_CELL (cell), vs_travel_icon_name (row));
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, vs_travel_label (travel),
                                  -1);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         CellKind                 *kind)
{
  GtkWidget *child = gtk_list_item_get_child (item);
  VsIndicatorItem *row = item_row (item);
  VsIndicator *indicator = vs_indicator_item_get_indicator (row);

  switch (kind->column)
    {
    case VS_RAG_COLUMN_REF:
      vs_rag_cell_set_text (VS_RAG_CELL (child), indicator->ref, 0.0f, 1);
      break;
    case VS_RAG_COLUMN_TITLE:
      vs_rag_cell_set_text (VS_RAG_CELL (child), indicator->title, 0.0f, 2);
      break;
    case VS_RAG_COLUMN_POLARITY:
      /* The officers' words: "Good is High", not an arrow to decode. */
      vs_rag_cell_set_text (VS_RAG_CELL (child), vs_rag_polarity_word (indicator->polarity),
                            0.0f, 1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      vs_polarity_label (indicator->polarity),
                                      -1);
      break;
    case VS_RAG_COLUMN_MONTH:
    case VS_RAG_COLUMN_PERIOD:
      _vs_rag_figure_bind (VS_RAG_CELL (child), row, kind->month,
                           kind->column == VS_RAG_COLUMN_PERIOD);
      break;
    case VS_RAG_COLUMN_TARGET:
      {
        const char *target = vs_indicator_item_get_target (row);

        vs_rag_cell_set_text (VS_RAG_CELL (child), target, 1.0f, 1);
        /* An empty cell is silence to a screen reader; say what the blank means. */
        if (target == NULL || *target == '\0')
          gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, _("No target"),
                                          -1);
      }
      break;
    case VS_RAG_COLUMN_TRAVEL:
      bind_travel (child, row);
      break;
    case VS_RAG_COLUMN_RAG:
    case VS_RAG_COLUMN_RAG_SYMBOL:
      bind_rag_pill (child, row, kind->column == VS_RAG_COLUMN_RAG_SYMBOL);
      break;
    case VS_RAG_COLUMN_REF_TITLE:
      {
        g_autofree char *text = g_strdup_printf ("%s · %s", indicator->ref, indicator->title);

        vs_rag_cell_set_text (VS_RAG_CELL (child), text, 0.0f, 1);
      }
      break;
    case VS_RAG_COLUMN_EXCEPTION:
      vs_rag_cell_set_icon (VS_RAG_CELL (child), vs_indicator_item_is_exception (row)
                                                   ? "dialog-warning-symbolic" : NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      vs_indicator_item_get_reasons (row) != NULL
                                        ? vs_indicator_item_get_reasons (row)
                                        : _("No exception"),
                                      -1);
      break;
    case VS_RAG_COLUMN_REASONS:
      {
        GtkWidget *title = gtk_widget_get_first_child (child);
        const char *reasons = vs_indicator_item_get_reasons (row);

        gtk_label_set_text (GTK_LABEL (title), indicator->title);
        gtk_label_set_text (GTK_LABEL (gtk_widget_get_next_sibling (title)), reasons);
      }
      break;
    }
}

GtkListItemFactory *
vs_rag_column_factory_new (VsRagColumn column,
                         guint       month)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  CellKind *kind = g_new0 (CellKind, 1);

  kind->column = column;
  kind->month = month;
  g_object_set_data_full (G_OBJECT (factory), "vs-cell-kind", kind, g_free);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), kind);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), kind);
  return factory;
}

static int
compare_doubles (double a,
                 double b)
{
  /* Blank cells sort after every figure. */
  if (isnan (a) || isnan (b))
    return isnan (a) - isnan (b);
  return (a > b) - (a < b);
}

static int
compare_strings (const char *a,
                 const char *b)
{
  g_autofree char *ka = g_utf8_collate_key_for_filename (a != NULL ? a : "", -1);
  g_autofree char *kb = g_utf8_collate_key_for_filename (b != NULL ? b : "", -1);

  return strcmp (ka, kb);
}

static int
compare_rows_cb (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  CellKind *kind = user_data;
  VsIndicatorItem *ra = VS_INDICATOR_ITEM ((gpointer) a);
  VsIndicatorItem *rb = VS_INDICATOR_ITEM ((gpointer) b);
  VsIndicator *ia = vs_indicator_item_get_indicator (ra);
  VsIndicator *ib = vs_indicator_item_get_indicator (rb);
  int result = 0;

  switch (kind->column)
    {
    case VS_RAG_COLUMN_REF:
      result = compare_strings (ia->ref, ib->ref);
      break;
    case VS_RAG_COLUMN_TITLE:
    case VS_RAG_COLUMN_REF_TITLE:
      result = compare_strings (ia->title, ib->title);
      break;
    case VS_RAG_COLUMN_POLARITY:
      result = (int) ia->polarity - (int) ib->polarity;
      break;
    case VS_RAG_COLUMN_MONTH:
    case VS_RAG_COLUMN_PERIOD:
      result = compare_doubles (_vs_rag_figure_value (ra, kind->month, kind->column == VS_RAG_COLUMN_PERIOD),
                                _vs_rag_figure_value (rb, kind->month, kind->column == VS_RAG_COLUMN_PERIOD));
      break;
    case VS_RAG_COLUMN_TARGET:
      result = compare_strings (vs_indicator_item_get_target (ra), vs_indicator_item_get_target (rb));
      break;
    case VS_RAG_COLUMN_TRAVEL:
      result = (int) vs_indicator_item_get_travel (ra) - (int) vs_indicator_item_get_travel (rb);
      break;
    case VS_RAG_COLUMN_RAG:
    case VS_RAG_COLUMN_RAG_SYMBOL:
      result = vs_rag_severity (vs_indicator_item_get_rag (ra))
               - vs_rag_severity (vs_indicator_item_get_rag (rb));
      break;
    case VS_RAG_COLUMN_EXCEPTION:
      result = vs_indicator_item_is_exception (ra) - vs_indicator_item_is_exception (rb);
      break;
    case VS_RAG_COLUMN_REASONS:
      result = compare_strings (vs_indicator_item_get_reasons (ra), vs_indicator_item_get_reasons (rb));
      break;
    }

  return result < 0 ? GTK_ORDERING_SMALLER : result > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

GtkSorter *
vs_rag_column_sorter_new (VsRagColumn column,
                        guint       month)
{
  CellKind *kind = g_new0 (CellKind, 1);

  kind->column = column;
  kind->month = month;
  return GTK_SORTER (gtk_custom_sorter_new (compare_rows_cb, kind, g_free));
}
