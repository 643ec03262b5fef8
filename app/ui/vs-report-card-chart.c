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
  AdwBin           parent_instance;

  GtkToggleButton *trend_toggle;
  GtkToggleButton *spc_toggle;
  GtkToggleButton *localities_toggle;
  VsChartView     *chart;

  VsStore         *store;
  VsIndicatorItem *item;
  VsChartKind      kind;
};

G_DEFINE_FINAL_TYPE (VsReportCardChart, vs_report_card_chart, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
draw (VsReportCardChart *self)
{
  VsChartSpec *spec;

  if (self->item == NULL || self->store == NULL)
    return;

  spec = vs_judge_chart_spec (self->store, vs_indicator_item_get_assessment (self->item),
                              vs_indicator_item_get_locality (self->item), self->kind, 0,
                              NULL);
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
vs_report_card_chart_dispose (GObject *object)
{
  VsReportCardChart *self = VS_REPORT_CARD_CHART (object);

  /* The bin lets go of its child itself; the template then only forgets it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_REPORT_CARD_CHART);
  g_clear_object (&self->item);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (vs_report_card_chart_parent_class)->dispose (object);
}

static void
vs_report_card_chart_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  VsReportCardChart *self = VS_REPORT_CARD_CHART (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_report_card_chart_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  VsReportCardChart *self = VS_REPORT_CARD_CHART (object);

  switch (prop_id)
    {
    case PROP_STORE:
      if (g_set_object (&self->store, g_value_get_object (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_ITEM:
      if (g_set_object (&self->item, g_value_get_object (value)))
        {
          draw (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_report_card_chart_class_init (VsReportCardChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_report_card_chart_dispose;
  object_class->get_property = vs_report_card_chart_get_property;
  object_class->set_property = vs_report_card_chart_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, VS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, VS_TYPE_INDICATOR_ITEM,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

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
