/* vs-report-card.c: one vital sign's report card, as the committee papers lay it out
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-report-card"

#include "config.h"

#include <glib/gi18n.h>

#include "vs-a11y.h"
#include "vs-report-card-private.h"

G_DEFINE_FINAL_TYPE (VsReportCard, vs_report_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_AUTHOR,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

VsPeriod
_vs_report_card_period (VsIndicatorItem *item)
{
  return vs_indicator_item_get_assessment (item)->period;
}

void
_vs_report_card_show_text (GtkLabel   *label,
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
  VsIndicator *indicator = vs_indicator_item_get_indicator (self->item);
  g_autofree char *eyebrow = NULL;
  const char *reasons = vs_indicator_item_get_reasons (self->item);

  /* Translators: above a report card's title: ref · service area · periodicity */
  eyebrow = g_strdup_printf (_("%s · %s · %s"), indicator->ref, indicator->area,
                             vs_periodicity_label (indicator->periodicity));
  gtk_label_set_text (self->eyebrow_label, eyebrow);
  gtk_label_set_text (self->title_label, indicator->title);

  gtk_widget_set_visible (self->exception_box, vs_indicator_item_is_exception (self->item));
  if (reasons != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Exception for committee: %s"), reasons);

      gtk_label_set_text (self->exception_label, text);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->exception_label), text);
    }
}

static void
fill_texts (VsReportCard *self)
{
  VsIndicator *indicator = vs_indicator_item_get_indicator (self->item);

  _vs_report_card_show_text (self->why_label, indicator->why_important,
                             _("Not written yet. Add it in the indicator’s settings."));
  _vs_report_card_show_text (self->success_label, indicator->success,
                             _("Not written yet. Add it in the indicator’s settings."));
  adw_action_row_set_subtitle (self->lead_row,
                               indicator->lead_officer != NULL ? indicator->lead_officer : _("Not named"));
  adw_action_row_set_subtitle (self->owner_row,
                               indicator->data_owner != NULL ? indicator->data_owner : _("Not named"));
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
vs_report_card_set_item (VsReportCard    *self,
                         VsIndicatorItem *item)
{
  gboolean same;

  if (self->item == item)
    return;
  /* Closed: what was shown stays while the card slides away. */
  if (item == NULL)
    {
      g_clear_object (&self->item);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
      return;
    }
  same = self->item != NULL
         && vs_indicator_item_get_indicator (self->item)->id == vs_indicator_item_get_indicator (item)->id;
  g_set_object (&self->item, item);
  fill_header (self);
  fill_texts (self);
  /* A different indicator starts at the top; the same one (a new period, a saved
   * setting) keeps the officer's place. */
  if (!same)
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
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
    case PROP_ITEM:
      g_value_set_object (value, self->item);
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
    case PROP_ITEM:
      vs_report_card_set_item (self, g_value_get_object (value));
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
  g_clear_object (&self->item);
  g_clear_object (&self->store);
  g_clear_pointer (&self->author, g_free);

  G_OBJECT_CLASS (vs_report_card_parent_class)->dispose (object);
}

/* The card opens with the focus on its title, for screen readers, but with nothing
 * selected: a selectable label selects all of itself when it takes the focus. */
static gboolean
vs_report_card_grab_focus (GtkWidget *widget)
{
  VsReportCard *self = VS_REPORT_CARD (widget);

  if (!gtk_widget_grab_focus (GTK_WIDGET (self->title_label)))
    return FALSE;
  gtk_label_select_region (self->title_label, 0, 0);
  return TRUE;
}

static void
vs_report_card_class_init (VsReportCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_report_card_dispose;
  object_class->get_property = vs_report_card_get_property;
  object_class->set_property = vs_report_card_set_property;

  widget_class->grab_focus = vs_report_card_grab_focus;

  g_type_ensure (VS_TYPE_REPORT_CARD_FIGURES);
  g_type_ensure (VS_TYPE_REPORT_CARD_CHART);
  g_type_ensure (VS_TYPE_BENCHMARKS_CHARTS);
  g_type_ensure (VS_TYPE_REPORT_CARD_BENCHMARKS);
  g_type_ensure (VS_TYPE_REPORT_CARD_COMMENTARY);
  g_type_ensure (VS_TYPE_REPORT_CARD_ACTIONS);
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, VS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* Who signs the commentary and actions saved here. */
  properties[PROP_AUTHOR] =
    g_param_spec_string ("author", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* The indicator shown; NULL when the card is closed, which keeps what was shown. */
  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, VS_TYPE_INDICATOR_ITEM,
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
  BIND (chart_section);
  BIND (benchmarks_charts);
  BIND (commentary_section);
  BIND (why_label);
  BIND (success_label);
  BIND (lead_row);
  BIND (owner_row);
#undef BIND

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "vs-report-card");
}

static void
vs_report_card_init (VsReportCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  vs_a11y_name_label_buttons (GTK_WIDGET (self));
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
}

VsIndicatorItem *
vs_report_card_get_row (VsReportCard *self)
{
  g_return_val_if_fail (VS_IS_REPORT_CARD (self), NULL);
  return self->item;
}

VsChartView *
vs_report_card_get_chart (VsReportCard *self)
{
  g_return_val_if_fail (VS_IS_REPORT_CARD (self), NULL);
  return vs_report_card_chart_get_chart (self->chart_section);
}

gboolean
vs_report_card_save_commentary (VsReportCard *self,
                                const char   *text,
                                GError      **error)
{
  g_return_val_if_fail (VS_IS_REPORT_CARD (self), FALSE);
  return vs_report_card_commentary_save (self->commentary_section, text, error);
}

char *
vs_report_card_get_commentary (VsReportCard *self)
{
  g_return_val_if_fail (VS_IS_REPORT_CARD (self), NULL);
  return vs_report_card_commentary_get_text (self->commentary_section);
}

guint
vs_report_card_get_history_count (VsReportCard *self)
{
  g_return_val_if_fail (VS_IS_REPORT_CARD (self), 0);
  return vs_report_card_commentary_get_history_count (self->commentary_section);
}
