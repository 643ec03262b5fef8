/* vs-report-card-figures.c: the report card's key figures: the month's value, target,
 * rating, travel and SPC
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-report-card"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "vs-judge.h"
#include "vs-rag-style.h"
#include "vs-rag.h"
#include "vs-report-card-private.h"
#include "vs-spc.h"
#include "vs-travel.h"

struct _VsReportCardFigures
{
  VsReportCardSection parent_instance;

  GtkFlowBox      *tiles;
  GtkLabel        *value_heading;
  GtkLabel        *value_label;
  GtkLabel        *value_detail;
  GtkLabel        *target_label;
  GtkLabel        *target_detail;
  GtkLabel        *rag_label;
  GtkLabel        *rag_detail;
  GtkImage        *travel_icon;
  GtkLabel        *travel_label;
  GtkLabel        *travel_detail;
  GtkLabel        *spc_label;
  GtkLabel        *spc_detail;

};

G_DEFINE_FINAL_TYPE (VsReportCardFigures, vs_report_card_figures, VS_TYPE_REPORT_CARD_SECTION)

/* The figure and the previous one at the indicator's periodicity. */
static void
show_value (VsReportCardFigures *self,
           VsIndicatorItem     *item)
{
  VsIndicator *indicator = vs_indicator_item_get_indicator (item);
  const VsSeries *series = vs_indicator_item_get_series (item);
  VsPeriod period = _vs_report_card_period (item);
  int i = vs_series_index (series, period);
  /* A year is named as the table and the source name it: "2024-25". */
  g_autofree char *month = vs_judge_period_label (indicator, period);
  g_autofree char *value = NULL;
  g_autofree char *detail = NULL;

  gtk_label_set_text (self->value_heading, month);
  if (i >= 0 && series->states[i] == VS_OBS_ACTUAL)
    {
      value = vs_unit_format_value (indicator->unit, series->values[i]);
      if (!isnan (series->numerators[i]) && !isnan (series->denominators[i]))
        {
          g_autofree char *n = vs_unit_format_value (VS_UNIT_COUNT, series->numerators[i]);
          g_autofree char *d = vs_unit_format_value (VS_UNIT_COUNT, series->denominators[i]);

          detail = g_strdup_printf ("%s / %s", n, d);
        }
      else
        detail = g_strdup (vs_unit_label (indicator->unit));
    }
  else
    {
      value = g_strdup ("—");
      detail = g_strdup (i >= 0 && series->states[i] == VS_OBS_MISSING
                           ? _("Expected, not yet available") : _("No figure for this month"));
    }
  gtk_label_set_text (self->value_label, value);
  gtk_label_set_text (self->value_detail, detail);

  _vs_report_card_show_text (self->target_label, vs_indicator_item_get_target (item), _("None"));
  _vs_report_card_show_text (self->target_detail, indicator->target_text != NULL
                                                    ? vs_polarity_label (indicator->polarity) : NULL,
                             _("No target set"));
}

static void
show_rating (VsReportCardFigures *self,
            VsIndicatorItem     *item)
{
  VsIndicator *indicator = vs_indicator_item_get_indicator (item);
  const VsSeries *series = vs_indicator_item_get_series (item);
  VsPeriod previous = vs_travel_previous_period (_vs_report_card_period (item),
                                                 indicator->periodicity);
  int j = vs_series_index (series, previous);
  VsRag rag = vs_indicator_item_get_rag (item);
  VsTravel travel = vs_indicator_item_get_travel (item);
  g_autofree char *rag_text = NULL;
  const char *rag_classes[] = { "rag-pill", "large", vs_rag_css_class (rag), NULL };
  const char *travel_classes[] = { "travel", vs_travel_css_class (travel), NULL };
  const char *icon = vs_travel_icon_name (item);

  rag_text = *vs_rag_symbol (rag) != '\0'
               ? g_strdup_printf ("%s %s", vs_rag_symbol (rag), vs_rag_label (rag))
               : g_strdup (vs_rag_label (rag));
  gtk_label_set_text (self->rag_label, rag_text);
  gtk_widget_set_css_classes (GTK_WIDGET (self->rag_label), rag_classes);
  _vs_report_card_show_text (self->rag_detail, vs_indicator_item_get_explanation (item), "");

  gtk_image_set_from_icon_name (self->travel_icon, icon);
  gtk_widget_set_visible (GTK_WIDGET (self->travel_icon), icon != NULL);
  gtk_widget_set_css_classes (GTK_WIDGET (self->travel_icon), travel_classes);
  gtk_label_set_text (self->travel_label, vs_travel_label (travel));
  if (j >= 0 && series->states[j] == VS_OBS_ACTUAL)
    {
      g_autofree char *before = vs_unit_format_value (indicator->unit, series->values[j]);
      g_autofree char *when = vs_judge_column_label (indicator, previous);
      g_autofree char *text = g_strdup_printf (_("From %s in %s"), before, when);

      gtk_label_set_text (self->travel_detail, text);
    }
  else
    gtk_label_set_text (self->travel_detail, _("No earlier figure to compare"));
}

/* The judgement's SPC verdict: the same points, options and direction the SPC chart
 * draws, so the tile and the chart cannot disagree. */
static void
show_spc (VsReportCardFigures *self,
         VsIndicatorItem     *item)
{
  const VsAssessment *a = vs_indicator_item_get_assessment (item);

  if (a->spc == NULL)
    {
      gtk_label_set_text (self->spc_label, _("Not enough points"));
      gtk_label_set_text (self->spc_detail, a->spc_error);
      return;
    }
  gtk_label_set_text (self->spc_label, vs_spc_variation_label (a->spc->variation));
  if (a->spc->warning != NULL)
    gtk_label_set_text (self->spc_detail, a->spc->warning);
  else
    gtk_label_set_text (self->spc_detail, vs_spc_assurance_label (a->spc->assurance));
}

static void
vs_report_card_figures_show (VsReportCardSection *section,
                             VsIndicatorItem     *item)
{
  VsReportCardFigures *self = VS_REPORT_CARD_FIGURES (section);

  show_value (self, item);
  show_rating (self, item);
  show_spc (self, item);
}

static void
vs_report_card_figures_dispose (GObject *object)
{
  VsReportCardFigures *self = VS_REPORT_CARD_FIGURES (object);

  vs_report_card_section_dispose_template (VS_REPORT_CARD_SECTION (self), VS_TYPE_REPORT_CARD_FIGURES);

  G_OBJECT_CLASS (vs_report_card_figures_parent_class)->dispose (object);
}

static void
vs_report_card_figures_class_init (VsReportCardFiguresClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_report_card_figures_dispose;
  VS_REPORT_CARD_SECTION_CLASS (klass)->show = vs_report_card_figures_show;


  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vitalsigns/VitalSigns/ui/vs-report-card-figures.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, VsReportCardFigures, name)
  BIND (tiles);
  BIND (value_heading);
  BIND (value_label);
  BIND (value_detail);
  BIND (target_label);
  BIND (target_detail);
  BIND (rag_label);
  BIND (rag_detail);
  BIND (travel_icon);
  BIND (travel_label);
  BIND (travel_detail);
  BIND (spc_label);
  BIND (spc_detail);
#undef BIND
}

static void
vs_report_card_figures_init (VsReportCardFigures *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The tiles are read, not used: their flow box takes no focus, and neither do the
   * children it wraps them in (a screen reader would otherwise list empty cells). */
  for (GtkWidget *tile = gtk_widget_get_first_child (GTK_WIDGET (self->tiles));
       tile != NULL;
       tile = gtk_widget_get_next_sibling (tile))
    gtk_widget_set_focusable (tile, FALSE);
}
