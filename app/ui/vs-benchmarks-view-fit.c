/* vs-benchmarks-view-fit.c: the Benchmarks table fitted to the window: the least read
 * columns give way when it is too narrow, and a note says which
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-benchmarks-view"

#include "config.h"

#include <glib/gi18n.h>

#include "vs-benchmarks-view-private.h"

/* The columns that give way when the window is too narrow for all of them, least read
 * first; the indicator, the home figure, the SN average, England, the rank and the travel
 * always stay. */
static const guint give_way[] = {
  VS_BENCHMARKS_COLUMN_SN_MEDIAN,
  VS_BENCHMARKS_COLUMN_REGION,
  VS_BENCHMARKS_COLUMN_YEAR,
  VS_BENCHMARKS_COLUMN_BAND,
};

static void
set_column_visible (VsBenchmarksView *self,
                    guint             column,
                    gboolean          visible)
{
  for (guint row = 0; row <= self->n_rows; row++)
    {
      GtkWidget *label = gtk_grid_get_child_at (self->grid, (int) column, (int) row);

      if (label != NULL)
        gtk_widget_set_visible (label, visible);
    }
}

static int
min_width (GtkWidget *widget)
{
  int width = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &width, NULL, NULL, NULL);
  return width;
}

/* The narrowest @column can be: its widest heading word or figure. */
static int
column_width (VsBenchmarksView *self,
              guint             column)
{
  int width = 0;

  for (guint row = 0; row <= self->n_rows; row++)
    {
      GtkWidget *label = gtk_grid_get_child_at (self->grid, (int) column, (int) row);

      if (label != NULL)
        width = MAX (width, min_width (label));
    }
  return width;
}

/* Says which columns gave way, so that nothing is missing unannounced. */
void
_vs_benchmarks_view_update_hidden_note (VsBenchmarksView *self)
{
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *note = NULL;

  for (guint i = 0; i < self->n_hidden; i++)
    {
      GtkWidget *heading = gtk_grid_get_child_at (self->grid, (int) give_way[i], 0);

      g_string_append_printf (names, "%s%s", i > 0 ? ", " : "",
                              heading != NULL ? gtk_label_get_text (GTK_LABEL (heading)) : "");
    }
  gtk_widget_set_visible (GTK_WIDGET (self->hidden_note), self->n_hidden > 0);
  if (self->n_hidden == 0)
    return;
  /* Translators: above the benchmarks table when the window is too narrow for every
   * column: the headings of those left out, "SN median, East of England" */
  note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Not shown at this width: %s. Widen the window to see it.",
                                       "Not shown at this width: %s. Widen the window to see them.",
                                       self->n_hidden), names->str);
  gtk_label_set_text (self->hidden_note, note);
}

/* The table fitted to the page's width: the least read columns give way, one by one,
 * while the narrowest the table can be is still wider than the page, and come back, last
 * gone first, when there is room for them again. A GtkGrid cannot leave a column out by
 * itself, and a page wider than the window would hide its last columns behind an overlay
 * scrollbar that a reader does not see. */
static gboolean
fit_columns_cb (gpointer data)
{
  VsBenchmarksView *self = data;
  GtkWidget *box = gtk_widget_get_parent (GTK_WIDGET (self->grid));
  int spacing = (int) gtk_grid_get_column_spacing (self->grid);
  int room;

  self->fit_source = 0;
  room = gtk_widget_get_width (GTK_WIDGET (self->scroller))
         - gtk_widget_get_margin_start (box) - gtk_widget_get_margin_end (box);
  /* Not on screen yet: fitted when it is allocated (on_page_changed_cb). */
  if (self->n_rows == 0 || !gtk_widget_get_mapped (GTK_WIDGET (self->scroller)) || room <= 0)
    return G_SOURCE_REMOVE;

  while (self->n_hidden < G_N_ELEMENTS (give_way) && min_width (GTK_WIDGET (self->grid)) > room)
    {
      guint column = give_way[self->n_hidden++];

      self->hidden_width[column] = column_width (self, column);
      set_column_visible (self, column, FALSE);
    }
  while (self->n_hidden > 0)
    {
      guint column = give_way[self->n_hidden - 1];

      if (min_width (GTK_WIDGET (self->grid)) + spacing + self->hidden_width[column] > room)
        break;
      set_column_visible (self, column, TRUE);
      self->n_hidden--;
    }
  _vs_benchmarks_view_update_hidden_note (self);
  return G_SOURCE_REMOVE;
}

gboolean
vs_benchmarks_view_is_fitting (VsBenchmarksView *self)
{
  g_return_val_if_fail (VS_IS_BENCHMARKS_VIEW (self), FALSE);
  return self->fit_source != 0;
}

void
_vs_benchmarks_view_queue_fit (VsBenchmarksView *self)
{
  if (self->fit_source == 0)
    self->fit_source = g_idle_add (fit_columns_cb, self);
}
