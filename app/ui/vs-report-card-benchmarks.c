/* vs-report-card-benchmarks.c: the report card's benchmarks: the latest figure of each
 * comparator
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-report-card"

#include "config.h"

#include "vs-report-card-private.h"

struct _VsReportCardBenchmarks
{
  AdwBin           parent_instance;

  GtkListBox      *benchmarks_list;

  VsStore         *store;
  VsIndicatorItem *item;
};

G_DEFINE_FINAL_TYPE (VsReportCardBenchmarks, vs_report_card_benchmarks, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
benchmark_row (const VsBenchmark *b,
               VsUnit             unit)
{
  g_autofree char *figure = vs_unit_format_value (unit, b->value);
  g_autofree char *when = vs_period_to_long_label (b->period);
  g_autofree char *subtitle = b->label != NULL ? g_strdup_printf ("%s · %s", b->label, when)
                                               : g_strdup (when);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *value = gtk_label_new (figure);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), vs_comparator_label (b->comparator));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (value, "numeric");
  gtk_widget_add_css_class (value, "benchmark-value");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), value);
  return row;
}

static void
list_benchmarks (VsReportCardBenchmarks *self)
{
  VsIndicator *indicator;
  g_autoptr(GPtrArray) benchmarks = NULL;
  gboolean seen[VS_N_COMPARATORS] = { FALSE };
  GtkWidget *child;
  guint shown = 0;

  if (self->item == NULL || self->store == NULL)
    return;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->benchmarks_list))) != NULL)
    gtk_list_box_remove (self->benchmarks_list, child);

  indicator = vs_indicator_item_get_indicator (self->item);
  benchmarks = vs_store_list_benchmarks (self->store, indicator->id,
                                         _vs_report_card_period (self->item), NULL);
  /* Latest first: the first of each comparator is the one that stands for the period. */
  for (guint i = 0; benchmarks != NULL && i < benchmarks->len; i++)
    {
      const VsBenchmark *b = g_ptr_array_index (benchmarks, i);

      if (b->comparator >= VS_N_COMPARATORS || seen[b->comparator])
        continue;
      seen[b->comparator] = TRUE;
      gtk_list_box_append (self->benchmarks_list, benchmark_row (b, indicator->unit));
      shown++;
    }
  gtk_widget_set_visible (GTK_WIDGET (self), shown > 0);
}

static void
vs_report_card_benchmarks_dispose (GObject *object)
{
  VsReportCardBenchmarks *self = VS_REPORT_CARD_BENCHMARKS (object);

  /* The bin lets go of its child itself; the template then only forgets it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_REPORT_CARD_BENCHMARKS);
  g_clear_object (&self->item);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (vs_report_card_benchmarks_parent_class)->dispose (object);
}

static void
vs_report_card_benchmarks_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  VsReportCardBenchmarks *self = VS_REPORT_CARD_BENCHMARKS (object);

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
vs_report_card_benchmarks_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  VsReportCardBenchmarks *self = VS_REPORT_CARD_BENCHMARKS (object);

  switch (prop_id)
    {
    case PROP_STORE:
      if (g_set_object (&self->store, g_value_get_object (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_ITEM:
      if (g_set_object (&self->item, g_value_get_object (value)))
        {
          list_benchmarks (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_report_card_benchmarks_class_init (VsReportCardBenchmarksClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_report_card_benchmarks_dispose;
  object_class->get_property = vs_report_card_benchmarks_get_property;
  object_class->set_property = vs_report_card_benchmarks_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, VS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, VS_TYPE_INDICATOR_ITEM,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vitalsigns/VitalSigns/ui/vs-report-card-benchmarks.ui");
  gtk_widget_class_bind_template_child (widget_class, VsReportCardBenchmarks, benchmarks_list);
}

static void
vs_report_card_benchmarks_init (VsReportCardBenchmarks *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
