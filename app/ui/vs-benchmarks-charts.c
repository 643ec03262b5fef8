/* vs-benchmarks-charts.c: the report card's section for a published indicator: the home
 * authority against SN, England and region over the years, or its neighbour group ranked
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-benchmarks-charts"

#include "config.h"

#include <glib/gi18n.h>

#include "vs-a11y.h"
#include "vs-benchmarks-chart.h"
#include "vs-benchmarks-charts.h"

struct _VsBenchmarksCharts
{
  VsReportCardSection parent_instance;

  GtkToggleButton *years_toggle;
  GtkToggleButton *neighbours_toggle;
  VsChartView     *chart;

  VsChartKind      kind;
};

G_DEFINE_FINAL_TYPE (VsBenchmarksCharts, vs_benchmarks_charts, VS_TYPE_REPORT_CARD_SECTION)

static void
draw (VsBenchmarksCharts *self)
{
  VsStore *store = vs_report_card_section_get_store (VS_REPORT_CARD_SECTION (self));
  VsIndicatorItem *item = vs_report_card_section_get_item (VS_REPORT_CARD_SECTION (self));
  g_autoptr(GError) error = NULL;
  VsChartSpec *spec;

  /* Closed: what was shown stays while the card slides away. */
  if (item == NULL || store == NULL)
    return;
  spec = vs_benchmarks_chart_spec_from_store (store, vs_indicator_item_get_indicator (item),
                                              self->kind, VS_PERIOD_INVALID, &error);
  /* Not published, or no home authority yet: nothing to compare, so no section. */
  gtk_widget_set_visible (GTK_WIDGET (self), spec != NULL);
  if (spec != NULL)
    {
      g_free (spec->view_key);
      spec->view_key = g_strdup ("report-card-benchmarks");
      vs_chart_view_set_label (self->chart, spec->title);
    }
  else if (error != NULL && !g_error_matches (error, VS_BENCHMARKS_ERROR, VS_BENCHMARKS_ERROR_NO_HOME) &&
           !g_error_matches (error, VS_BENCHMARKS_ERROR, VS_BENCHMARKS_ERROR_NOT_PUBLISHED))
    g_warning ("%s", error->message);
  vs_chart_view_set_spec (self->chart, spec);
}

static void
on_toggled_cb (GtkToggleButton    *button,
               VsBenchmarksCharts *self)
{
  if (!gtk_toggle_button_get_active (button))
    return;
  self->kind = button == self->neighbours_toggle ? VS_CHART_NEIGHBOURS : VS_CHART_COMPARATORS;
  draw (self);
}

void
vs_benchmarks_charts_set_kind (VsBenchmarksCharts *self,
                               VsChartKind         kind)
{
  g_return_if_fail (VS_IS_BENCHMARKS_CHARTS (self));
  g_return_if_fail (kind == VS_CHART_COMPARATORS || kind == VS_CHART_NEIGHBOURS);

  gtk_toggle_button_set_active (kind == VS_CHART_NEIGHBOURS ? self->neighbours_toggle
                                                           : self->years_toggle, TRUE);
}

VsChartView *
vs_benchmarks_charts_get_chart (VsBenchmarksCharts *self)
{
  g_return_val_if_fail (VS_IS_BENCHMARKS_CHARTS (self), NULL);
  return self->chart;
}

static void
vs_benchmarks_charts_show (VsReportCardSection *section,
                           VsIndicatorItem     *item)
{
  draw (VS_BENCHMARKS_CHARTS (section));
}

static void
vs_benchmarks_charts_dispose (GObject *object)
{
  vs_report_card_section_dispose_template (VS_REPORT_CARD_SECTION (object), VS_TYPE_BENCHMARKS_CHARTS);

  G_OBJECT_CLASS (vs_benchmarks_charts_parent_class)->dispose (object);
}

static void
vs_benchmarks_charts_class_init (VsBenchmarksChartsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_benchmarks_charts_dispose;
  VS_REPORT_CARD_SECTION_CLASS (klass)->show = vs_benchmarks_charts_show;


  g_type_ensure (VS_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vitalsigns/VitalSigns/ui/vs-benchmarks-charts.ui");
  gtk_widget_class_bind_template_child (widget_class, VsBenchmarksCharts, years_toggle);
  gtk_widget_class_bind_template_child (widget_class, VsBenchmarksCharts, neighbours_toggle);
  gtk_widget_class_bind_template_child (widget_class, VsBenchmarksCharts, chart);
  gtk_widget_class_bind_template_callback (widget_class, on_toggled_cb);
}

static void
vs_benchmarks_charts_init (VsBenchmarksCharts *self)
{
  self->kind = VS_CHART_COMPARATORS;
  gtk_widget_init_template (GTK_WIDGET (self));
  vs_a11y_name_label_buttons (GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
