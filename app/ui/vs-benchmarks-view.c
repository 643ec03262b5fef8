/* vs-benchmarks-view.c: the "Benchmarks" page: every published indicator's latest year
 * against its comparators, for the home authority
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-benchmarks-view"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "vs-benchmarks-chart.h"
#include "vs-benchmarks-view-private.h"


G_DEFINE_FINAL_TYPE (VsBenchmarksView, vs_benchmarks_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];


/* The quartile band by a shape that fills as the band gets better, and its letter: it
 * reads without colour. */
static char *
band_text (VsBand band)
{
  static const char *const bars[] = { "", "▰▰▰▰", "▰▰▰▱", "▰▰▱▱", "▰▱▱▱" };

  if (band == VS_BAND_NONE)
    return g_strdup ("");
  /* Translators: the England quartile band: a shape, then A (best quarter) to D */
  return g_strdup_printf (_("%s %s"), bars[band], vs_band_to_string (band));
}

static const char *
travel_text (VsTravel travel)
{
  switch (travel)
    {
    /* Translators: direction of travel from the previous year, an arrow, a no-break
     * space (the arrow never stands on a line of its own) and a word */
    case VS_TRAVEL_IMPROVING: return _("↑\u00a0Improving");
    case VS_TRAVEL_DECLINING: return _("↓\u00a0Declining");
    case VS_TRAVEL_SAME:      return _("→\u00a0No change");
    case VS_TRAVEL_NONE:
    default:                  return _("No comparison");
    }
}

/* Headings and words wrap at their spaces ("East of / England", "No / comparison"), figures
 * never, and the indicator's title takes what width is left, so that the table narrows
 * with the window; below that, columns give way (fit_columns_cb). */
static void
add_cell (VsBenchmarksView *self,
          guint             column,
          guint             row,
          const char       *text,
          const char       *tooltip)
{
  GtkWidget *label = gtk_label_new (text);
  gboolean title = column == VS_BENCHMARKS_COLUMN_INDICATOR;

  gtk_label_set_xalign (GTK_LABEL (label), title ? 0 : 1);
  gtk_label_set_yalign (GTK_LABEL (label), row == 0 ? 1 : 0.5f);
  gtk_label_set_wrap (GTK_LABEL (label), title || row == 0 || column == VS_BENCHMARKS_COLUMN_TRAVEL);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  if (title)
    {
      gtk_label_set_width_chars (GTK_LABEL (label), 10);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
      gtk_widget_set_hexpand (label, TRUE);
    }
  else
    gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
  if (row == 0)
    gtk_widget_add_css_class (label, "heading");
  else
    gtk_widget_add_css_class (label, "numeric");
  if (tooltip != NULL)
    gtk_widget_set_tooltip_text (label, tooltip);
  gtk_grid_attach (self->grid, label, (int) column, (int) row, 1, 1);
}

static void
add_header (VsBenchmarksView  *self,
            const VsAuthority *home)
{
  const char *titles[VS_BENCHMARKS_N_COLUMNS] = {
    _("Indicator"), _("Year"), home->name, _("SN average"), _("SN median"), _("England"),
    home->region != NULL ? home->region : _("Region"), _("Quartile"), _("Rank"), _("Travel"),
  };

  for (guint c = 0; c < VS_BENCHMARKS_N_COLUMNS; c++)
    add_cell (self, c, 0, titles[c], NULL);
}

static char *
value_text (const VsComparison *c,
            double              value)
{
  return isfinite (value) ? vs_unit_format_value (c->unit, value) : g_strdup ("–");
}

/* An SN figure over all 10 neighbours is the figure alone (the note under the table says
 * so); over fewer, it says how many, so that a thin one is not read as the whole group. */
static char *
sn_text (const VsComparison *c,
         const char         *value)
{
  if (c->sn_counted >= VS_SN_NEIGHBOURS || !isfinite (c->sn_average))
    return g_strdup (value);
  /* Translators: an SN average over fewer than the 10 neighbours: "26.2%\n9 of 10" */
  return g_strdup_printf (_("%s\n%u of %u"), value, c->sn_counted, VS_SN_NEIGHBOURS);
}

static void
add_row (VsBenchmarksView   *self,
         guint               row,
         const VsIndicator  *indicator,
         const VsComparison *previous,
         const VsComparison *c)
{
  g_autofree char *year = vs_benchmarks_year_label (c->period);
  g_autofree char *home = value_text (c, c->home_value);
  g_autofree char *sn_value = value_text (c, c->sn_average);
  g_autofree char *median_value = value_text (c, c->sn_median);
  g_autofree char *england = value_text (c, c->england);
  g_autofree char *region = value_text (c, c->region);
  g_autofree char *band = band_text (c->band);
  g_autofree char *sn = NULL, *median = NULL, *rank = NULL;

  sn = sn_text (c, sn_value);
  median = sn_text (c, median_value);
  /* Translators: the home authority's rank among itself and its neighbours: "3 of 11" */
  rank = c->rank > 0 ? g_strdup_printf (_("%u of %u"), c->rank, c->rank_of) : g_strdup ("–");

  add_cell (self, VS_BENCHMARKS_COLUMN_INDICATOR, row, indicator->title, indicator->ref);
  add_cell (self, VS_BENCHMARKS_COLUMN_YEAR, row, year, NULL);
  add_cell (self, VS_BENCHMARKS_COLUMN_HOME, row, home, c->home_code_text);
  add_cell (self, VS_BENCHMARKS_COLUMN_SN_AVERAGE, row, sn, c->sn_average_working);
  add_cell (self, VS_BENCHMARKS_COLUMN_SN_MEDIAN, row, median, c->sn_median_working);
  add_cell (self, VS_BENCHMARKS_COLUMN_ENGLAND, row, england, c->england_working);
  add_cell (self, VS_BENCHMARKS_COLUMN_REGION, row, region, c->region_working);
  add_cell (self, VS_BENCHMARKS_COLUMN_BAND, row, band, c->quartile_working);
  add_cell (self, VS_BENCHMARKS_COLUMN_RANK, row, rank, c->sn_best_working);
  add_cell (self, VS_BENCHMARKS_COLUMN_TRAVEL, row,
            travel_text (vs_comparison_travel (indicator, previous, c)), NULL);
}

/* The viewport's width changed: the window was resized, or the page shown. */
static void
on_page_changed_cb (GtkAdjustment    *adjustment,
                    VsBenchmarksView *self)
{
  _vs_benchmarks_view_queue_fit (self);
}

static void
show_empty (VsBenchmarksView *self,
            const char       *title,
            const char       *description)
{
  adw_status_page_set_title (self->empty_page, title);
  adw_status_page_set_description (self->empty_page, description);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

void
vs_benchmarks_view_reload (VsBenchmarksView *self)
{
  g_autoptr(VsAuthority) home = NULL;
  g_autoptr(VsSnModel) model = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *child;

  g_return_if_fail (VS_IS_BENCHMARKS_VIEW (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
  self->n_rows = 0;
  self->n_hidden = 0;
  _vs_benchmarks_view_update_hidden_note (self);
  if (self->store == NULL)
    return;
  if ((ids = vs_store_list_peer_indicators (self->store, &error)) == NULL || ids->len == 0)
    {
      show_empty (self, _("No Published Figures"),
                  error != NULL ? error->message
                                : _("Import the DfE’s published statistics to compare with "
                                    "statistical neighbours, England and the region."));
      return;
    }
  if ((home = vs_store_get_home (self->store, &error)) == NULL)
    {
      show_empty (self, _("No Home Authority"),
                  error != NULL ? error->message
                                : _("Choose your authority in Preferences."));
      return;
    }
  if ((model = vs_sn_model_load (vs_benchmarks_get_model (self->store), &error)) == NULL)
    {
      show_empty (self, _("No Statistical Neighbours"), error->message);
      return;
    }

  add_header (self, home);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(GError) local = NULL;
      g_autoptr(VsIndicator) indicator = vs_store_get_indicator (self->store, g_array_index (ids, gint64, i), &local);
      g_autoptr(GPtrArray) comparisons = NULL;

      if (indicator != NULL)
        comparisons = vs_benchmarks_compare (self->store, indicator, model, home,
                                             VS_PERIOD_INVALID, &local);
      if (comparisons == NULL)
        {
          g_warning ("%s", local->message);
          continue;
        }
      /* An authority's count is no benchmark for another's (as vs_benchmarks_refresh). */
      if (comparisons->len == 0 || indicator->unit == VS_UNIT_COUNT)
        continue;
      self->n_rows++;
      add_row (self, self->n_rows, indicator,
               comparisons->len > 1 ? g_ptr_array_index (comparisons, comparisons->len - 2) : NULL,
               g_ptr_array_index (comparisons, comparisons->len - 1));
    }
  /* Translators: above the benchmarks table: the home authority and the SN model */
  heading = g_strdup_printf (_("%s against its statistical neighbours (%s), England and its "
                               "region: the latest published year of each indicator"),
                             home->name, vs_benchmarks_get_model (self->store) == VS_SN_MODEL_2021
                                         ? _("April 2021 groupings") : _("2025 model"));
  gtk_label_set_text (self->heading, heading);
  gtk_stack_set_visible_child_name (self->stack, "table");
  _vs_benchmarks_view_queue_fit (self);
}

static void
on_store_changed_cb (VsStore          *store,
                     VsBenchmarksView *self)
{
  vs_benchmarks_view_reload (self);
}

static void
set_store (VsBenchmarksView *self,
           VsStore          *store)
{
  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self, 0);
  vs_benchmarks_view_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

guint
vs_benchmarks_view_get_count (VsBenchmarksView *self)
{
  g_return_val_if_fail (VS_IS_BENCHMARKS_VIEW (self), 0);
  return self->n_rows;
}

gboolean
vs_benchmarks_view_is_column_shown (VsBenchmarksView *self,
                                    guint             column)
{
  GtkWidget *heading;

  g_return_val_if_fail (VS_IS_BENCHMARKS_VIEW (self), FALSE);
  heading = gtk_grid_get_child_at (self->grid, (int) column, 0);
  return heading != NULL && gtk_widget_get_visible (heading);
}

const char *
vs_benchmarks_view_get_text (VsBenchmarksView *self,
                             guint             row,
                             guint             column)
{
  GtkWidget *label;

  g_return_val_if_fail (VS_IS_BENCHMARKS_VIEW (self), NULL);
  label = gtk_grid_get_child_at (self->grid, (int) column, (int) row);
  return GTK_IS_LABEL (label) ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
}

static void
vs_benchmarks_view_dispose (GObject *object)
{
  VsBenchmarksView *self = VS_BENCHMARKS_VIEW (object);

  /* AdwBin unparents its child itself. */
  g_clear_handle_id (&self->fit_source, g_source_remove);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (vs_benchmarks_view_parent_class)->dispose (object);
}

static void
vs_benchmarks_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  VsBenchmarksView *self = VS_BENCHMARKS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_benchmarks_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  VsBenchmarksView *self = VS_BENCHMARKS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_benchmarks_view_class_init (VsBenchmarksViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_benchmarks_view_dispose;
  object_class->get_property = vs_benchmarks_view_get_property;
  object_class->set_property = vs_benchmarks_view_set_property;

  /* The database whose published indicators are listed. */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, VS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vitalsigns/VitalSigns/ui/vs-benchmarks-view.ui");
  gtk_widget_class_bind_template_child (widget_class, VsBenchmarksView, stack);
  gtk_widget_class_bind_template_child (widget_class, VsBenchmarksView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, VsBenchmarksView, heading);
  gtk_widget_class_bind_template_child (widget_class, VsBenchmarksView, grid);
  gtk_widget_class_bind_template_child (widget_class, VsBenchmarksView, hidden_note);
  gtk_widget_class_bind_template_child (widget_class, VsBenchmarksView, scroller);
}

static void
vs_benchmarks_view_init (VsBenchmarksView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (self->scroller), "changed",
                           G_CALLBACK (on_page_changed_cb), self, 0);
}
