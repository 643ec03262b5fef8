/* vs-report-card.c: one vital sign's report card, as the committee papers lay it out
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-report-card"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "vs-a11y.h"
#include "vs-judge.h"
#include "vs-rag-style.h"
#include "vs-rag.h"
#include "vs-report-card-private.h"
#include "vs-spc.h"
#include "vs-travel.h"

G_DEFINE_FINAL_TYPE (VsReportCard, vs_report_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_AUTHOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The month the card reports: the latest value due at or before the reporting period. */
VsPeriod
_vs_report_card_period (VsReportCard *self)
{
  return vs_indicator_item_get_assessment (self->row)->period;
}

static void
set_label (GtkLabel   *label,
           const char *text,
           const char *empty)
{
  gboolean blank = text == NULL || *text == '\0';

  gtk_label_set_text (label, blank ? empty : text);
  if (blank)
    gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
}

static void
fill_header (VsReportCard *self)
{
  VsIndicator *indicator = vs_indicator_item_get_indicator (self->row);
  g_autofree char *eyebrow = NULL;
  const char *reasons = vs_indicator_item_get_reasons (self->row);

  /* Translators: above a report card's title: ref · service area · periodicity */
  eyebrow = g_strdup_printf (_("%s · %s · %s"), indicator->ref, indicator->area,
                             vs_periodicity_label (indicator->periodicity));
  gtk_label_set_text (self->eyebrow_label, eyebrow);
  gtk_label_set_text (self->title_label, indicator->title);

  gtk_widget_set_visible (self->exception_box, vs_indicator_item_is_exception (self->row));
  if (reasons != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Exception for committee: %s"), reasons);

      gtk_label_set_text (self->exception_label, text);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->exception_label), text);
    }
}

/* The figure and the previous one at the indicator's periodicity, for the tiles. */
static void
fill_tiles (VsReportCard *self)
{
  VsIndicator *indicator = vs_indicator_item_get_indicator (self->row);
  const VsSeries *series = vs_indicator_item_get_series (self->row);
  VsPeriod period = _vs_report_card_period (self);
  VsPeriod previous = vs_travel_previous_period (period, indicator->periodicity);
  int i = vs_series_index (series, period);
  int j = vs_series_index (series, previous);
  VsRag rag = vs_indicator_item_get_rag (self->row);
  VsTravel travel = vs_indicator_item_get_travel (self->row);
  /* A year is named as the table and the source name it: "2024-25". */
  g_autofree char *month = indicator->periodicity == VS_PERIODICITY_MONTHLY
                           ? vs_period_to_long_label (period)
                           : vs_judge_column_label (indicator, period);
  g_autofree char *value = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *rag_text = NULL;
  const char *rag_classes[] = { "rag-pill", "large", vs_rag_css_class (rag), NULL };
  const char *travel_classes[] = { "travel", vs_travel_css_class (travel), NULL };
  const char *icon = vs_travel_icon_name (self->row);

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

  set_label (self->target_label, vs_indicator_item_get_target (self->row), _("None"));
  set_label (self->target_detail, indicator->target_text != NULL
                                    ? vs_polarity_label (indicator->polarity) : NULL,
             _("No target set"));

  rag_text = *vs_rag_symbol (rag) != '\0'
               ? g_strdup_printf ("%s %s", vs_rag_symbol (rag), vs_rag_label (rag))
               : g_strdup (vs_rag_label (rag));
  gtk_label_set_text (self->rag_label, rag_text);
  gtk_widget_set_css_classes (GTK_WIDGET (self->rag_label), rag_classes);
  set_label (self->rag_detail, vs_indicator_item_get_explanation (self->row), "");

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
fill_spc (VsReportCard *self)
{
  const VsAssessment *a = vs_indicator_item_get_assessment (self->row);

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
fill_benchmarks (VsReportCard *self)
{
  VsIndicator *indicator = vs_indicator_item_get_indicator (self->row);
  g_autoptr(GPtrArray) benchmarks = NULL;
  gboolean seen[VS_N_COMPARATORS] = { FALSE };
  GtkWidget *child;
  guint shown = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->benchmarks_list))) != NULL)
    gtk_list_box_remove (self->benchmarks_list, child);

  benchmarks = vs_store_list_benchmarks (self->store, indicator->id,
                                         _vs_report_card_period (self), NULL);
  /* Latest first: the first of each comparator is the one that stands for the period. */
  for (guint i = 0; benchmarks != NULL && i < benchmarks->len; i++)
    {
      const VsBenchmark *b = g_ptr_array_index (benchmarks, i);
      GtkWidget *row, *value;
      g_autofree char *figure = NULL;
      g_autofree char *when = NULL;
      g_autofree char *subtitle = NULL;

      if (b->comparator >= VS_N_COMPARATORS || seen[b->comparator])
        continue;
      seen[b->comparator] = TRUE;
      figure = vs_unit_format_value (indicator->unit, b->value);
      when = vs_period_to_long_label (b->period);
      subtitle = b->label != NULL ? g_strdup_printf ("%s · %s", b->label, when) : g_strdup (when);

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), vs_comparator_label (b->comparator));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      value = gtk_label_new (figure);
      gtk_widget_add_css_class (value, "numeric");
      gtk_widget_add_css_class (value, "benchmark-value");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), value);
      gtk_list_box_append (self->benchmarks_list, row);
      shown++;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->benchmarks_group), shown > 0);
}

static void
fill_texts (VsReportCard *self)
{
  VsIndicator *indicator = vs_indicator_item_get_indicator (self->row);

  set_label (self->why_label, indicator->why_important,
             _("Not written yet. Add it in the indicator’s settings."));
  set_label (self->success_label, indicator->success,
             _("Not written yet. Add it in the indicator’s settings."));
  adw_action_row_set_subtitle (self->lead_row,
                               indicator->lead_officer != NULL ? indicator->lead_officer : _("Not named"));
  adw_action_row_set_subtitle (self->owner_row,
                               indicator->data_owner != NULL ? indicator->data_owner : _("Not named"));
}

static void
update_chart (VsReportCard *self)
{
  VsChartSpec *spec;

  if (self->row == NULL)
    return;

  spec = vs_judge_chart_spec (self->store, vs_indicator_item_get_assessment (self->row),
                              vs_indicator_item_get_locality (self->row), self->chart_kind, 0,
                              NULL);
  if (spec != NULL)
    spec->view_key = (g_free (spec->view_key), g_strdup ("report-card"));
  vs_chart_view_set_spec (self->chart, spec);
}

static void
on_chart_toggled_cb (GtkToggleButton *button,
                     VsReportCard    *self)
{
  if (!gtk_toggle_button_get_active (button))
    return;
  if (button == self->spc_toggle)
    self->chart_kind = VS_CHART_SPC;
  else if (button == self->localities_toggle)
    self->chart_kind = VS_CHART_LOCALITIES;
  else
    self->chart_kind = VS_CHART_TREND;
  update_chart (self);
}

static void
vs_report_card_set_store (VsReportCard *self,
                         VsStore *store)
{
  if (!g_set_object (&self->store, store))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
vs_report_card_set_author (VsReportCard *self,
                           const char   *author)
{
  if (g_strcmp0 (self->author, author) == 0)
    return;
  g_free (self->author);
  self->author = g_strdup (author);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR]);
}

static void
vs_report_card_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  VsReportCard *self = VS_REPORT_CARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_report_card_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  VsReportCard *self = VS_REPORT_CARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      vs_report_card_set_store (self, g_value_get_object (value));
      break;
    case PROP_AUTHOR:
      vs_report_card_set_author (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_report_card_dispose (GObject *object)
{
  VsReportCard *self = VS_REPORT_CARD (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_REPORT_CARD);
  g_clear_object (&self->row);
  g_clear_object (&self->store);
  g_clear_pointer (&self->author, g_free);
  g_clear_pointer (&self->locality, g_free);
  g_clear_pointer (&self->commentary, g_free);
  g_clear_pointer (&self->history_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (vs_report_card_parent_class)->dispose (object);
}

static void
vs_report_card_class_init (VsReportCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_report_card_dispose;
  object_class->get_property = vs_report_card_get_property;
  object_class->set_property = vs_report_card_set_property;

  g_type_ensure (VS_TYPE_CHART_VIEW);
  g_type_ensure (VS_TYPE_BENCHMARKS_CHARTS);
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, VS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* Who signs the commentary and actions saved here. */
  properties[PROP_AUTHOR] =
    g_param_spec_string ("author", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vitalsigns/VitalSigns/ui/vs-report-card.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, VsReportCard, name)
  BIND (scroller);
  BIND (eyebrow_label);
  BIND (title_label);
  BIND (exception_box);
  BIND (exception_label);
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
  BIND (trend_toggle);
  BIND (spc_toggle);
  BIND (localities_toggle);
  BIND (chart);
  BIND (benchmarks_charts);
  BIND (benchmarks_group);
  BIND (benchmarks_list);
  BIND (why_label);
  BIND (commentary_group);
  BIND (commentary_view);
  BIND (commentary_status);
  BIND (save_commentary_button);
  BIND (history_list);
  BIND (history_row);
  BIND (area_commentary_label);
  BIND (area_commentary_box);
  BIND (success_label);
  BIND (actions_list);
  BIND (add_action_button);
  BIND (lead_row);
  BIND (owner_row);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_chart_toggled_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "vs-report-card");
}

static void
vs_report_card_init (VsReportCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  vs_a11y_name_label_buttons (GTK_WIDGET (self));
  self->chart_kind = VS_CHART_TREND;
  self->history_rows = g_ptr_array_new ();
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
  /* The tiles are read, not used: their flow box takes no focus, and neither do the
   * children it wraps them in (a screen reader would otherwise list empty cells). */
  for (GtkWidget *tile = gtk_widget_get_first_child (
         gtk_widget_get_ancestor (GTK_WIDGET (self->value_heading), GTK_TYPE_FLOW_BOX));
       tile != NULL;
       tile = gtk_widget_get_next_sibling (tile))
    gtk_widget_set_focusable (tile, FALSE);
  _vs_report_card_edit_init (self);
}

GtkWidget *
vs_report_card_new (void)
{
  return g_object_new (VS_TYPE_REPORT_CARD, NULL);
}

void
vs_report_card_show (VsReportCard    *self,
                     VsIndicatorItem *row,
                     gint64           locality_id,
                     const char      *locality)
{
  gboolean same;

  g_return_if_fail (VS_IS_REPORT_CARD (self));
  g_return_if_fail (VS_IS_INDICATOR_ITEM (row));
  g_return_if_fail (self->store != NULL);

  same = self->row != NULL
         && vs_indicator_item_get_indicator (self->row)->id == vs_indicator_item_get_indicator (row)->id;
  g_set_object (&self->row, row);
  self->locality_id = locality_id;
  g_free (self->locality);
  self->locality = g_strdup (locality);

  fill_header (self);
  fill_tiles (self);
  fill_spc (self);
  fill_benchmarks (self);
  fill_texts (self);
  _vs_report_card_load_commentary (self);
  _vs_report_card_load_actions (self);
  update_chart (self);
  /* A published indicator: the home authority against the other authorities. */
  vs_benchmarks_charts_set_indicator (self->benchmarks_charts, self->store,
                                      vs_indicator_item_get_indicator (row));

  /* A different indicator starts at the top; the same one (a new period, a saved
   * setting) keeps the officer's place. */
  if (!same)
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

VsIndicatorItem *
vs_report_card_get_row (VsReportCard *self)
{
  g_return_val_if_fail (VS_IS_REPORT_CARD (self), NULL);
  return self->row;
}

VsChartView *
vs_report_card_get_chart (VsReportCard *self)
{
  g_return_val_if_fail (VS_IS_REPORT_CARD (self), NULL);
  return self->chart;
}
