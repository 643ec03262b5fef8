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
  VsReportCardSection parent_instance;

  GtkListBox      *benchmarks_list;

};

G_DEFINE_FINAL_TYPE (VsReportCardBenchmarks, vs_report_card_benchmarks, VS_TYPE_REPORT_CARD_SECTION)

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
vs_report_card_benchmarks_show (VsReportCardSection *section,
                                VsIndicatorItem     *item)
{
  VsReportCardBenchmarks *self = VS_REPORT_CARD_BENCHMARKS (section);
  VsIndicator *indicator = vs_indicator_item_get_indicator (item);
  g_autoptr(GPtrArray) benchmarks = NULL;
  gboolean seen[VS_N_COMPARATORS] = { FALSE };
  GtkWidget *child;
  guint shown = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->benchmarks_list))) != NULL)
    gtk_list_box_remove (self->benchmarks_list, child);

  benchmarks = vs_store_list_benchmarks (vs_report_card_section_get_store (section), indicator->id,
                                         _vs_report_card_period (item), NULL);
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

  vs_report_card_section_dispose_template (VS_REPORT_CARD_SECTION (self), VS_TYPE_REPORT_CARD_BENCHMARKS);

  G_OBJECT_CLASS (vs_report_card_benchmarks_parent_class)->dispose (object);
}

static void
vs_report_card_benchmarks_class_init (VsReportCardBenchmarksClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_report_card_benchmarks_dispose;
  VS_REPORT_CARD_SECTION_CLASS (klass)->show = vs_report_card_benchmarks_show;


  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vitalsigns/VitalSigns/ui/vs-report-card-benchmarks.ui");
  gtk_widget_class_bind_template_child (widget_class, VsReportCardBenchmarks, benchmarks_list);
}

static void
vs_report_card_benchmarks_init (VsReportCardBenchmarks *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
