/* vs-report-card-chart.c: the report card's chart: trend, SPC or localities
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-report-card"

#include "config.h"

#include "vs-judge.h"
#include "vs-report-card-private.h"

struct _VsReportCardChart
{
  VsReportCardSection parent_instance;

  GtkToggleButton *trend_toggle;
  GtkToggleButton *spc_toggle;
  GtkToggleButton *localities_toggle;
  VsChartView     *chart;

  VsChartKind      kind;
};

G_DEFINE_FINAL_TYPE (VsReportCardChart, vs_report_card_chart, VS_TYPE_REPORT_CARD_SECTION)

static void
draw (VsReportCardChart *self)
{
  VsStore *store = vs_report_card_section_get_store (VS_REPORT_CARD_SECTION (self));
  VsIndicatorItem *item = vs_report_card_section_get_item (VS_REPORT_CARD_SECTION (self));
  VsChartSpec *spec;

  if (item == NULL || store == NULL)
    return;

  spec = vs_judge_chart_spec (store, vs_indicator_item_get_assessment (item),
                              vs_indicator_item_get_locality (item), self->kind, 0, NULL);
  if (spec != NULL)
    spec->view_key = (g_free (spec->view_key), g_strdup ("report-card"));
  vs_chart_view_set_spec (self->chart, spec);
}

static void
on_chart_toggled_cb (GtkToggleButton   *button,
                     VsReportCardChart *self)
{
  if (!gtk_toggle_button_get_active (button))
    return;
  if (button == self->spc_toggle)
    self->kind = VS_CHART_SPC;
  else if (button == self->localities_toggle)
    self->kind = VS_CHART_LOCALITIES;
  else
    self->kind = VS_CHART_TREND;
  draw (self);
}

static void
vs_report_card_chart_show (VsReportCardSection *section,
                           VsIndicatorItem     *item)
{
  draw (VS_REPORT_CARD_CHART (section));
}

static void
vs_report_card_chart_dispose (GObject *object)
{
  VsReportCardChart *self = VS_REPORT_CARD_CHART (object);

  vs_report_card_section_dispose_template (VS_REPORT_CARD_SECTION (self), VS_TYPE_REPORT_CARD_CHART);

  G_OBJECT_CLASS (vs_report_card_chart_parent_class)->dispose (object);
}

static void
vs_report_card_chart_class_init (VsReportCardChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_report_card_chart_dispose;
  VS_REPORT_CARD_SECTION_CLASS (klass)->show = vs_report_card_chart_show;


  g_type_ensure (VS_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vitalsigns/VitalSigns/ui/vs-report-card-chart.ui");
  gtk_widget_class_bind_template_child (widget_class, VsReportCardChart, trend_toggle);
  gtk_widget_class_bind_template_child (widget_class, VsReportCardChart, spc_toggle);
  gtk_widget_class_bind_template_child (widget_class, VsReportCardChart, localities_toggle);
  gtk_widget_class_bind_template_child (widget_class, VsReportCardChart, chart);
  gtk_widget_class_bind_template_callback (widget_class, on_chart_toggled_cb);
}

static void
vs_report_card_chart_init (VsReportCardChart *self)
{
  self->kind = VS_CHART_TREND;
  gtk_widget_init_template (GTK_WIDGET (self));
}

VsChartView *
vs_report_card_chart_get_chart (VsReportCardChart *self)
{
  g_return_val_if_fail (VS_IS_REPORT_CARD_CHART (self), NULL);
  return self->chart;
}
