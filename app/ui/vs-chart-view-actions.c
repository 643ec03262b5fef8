/* vs-chart-view-actions.c: a chart's Copy Chart and Save Chart…, its menu and its keys
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-chart-view"

#include "config.h"

#include <glib/gi18n.h>

#include "vs-chart-export.h"
#include "vs-chart-view-private.h"

/* Officers paste charts into their papers: each chart in the window is drawn again by the
 * plotter for the clipboard or a file, at the size it is shown (vs-chart-export.c). */

static void
on_copied_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(VsChartView) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!vs_chart_export_copy_finish (result, &error) && gtk_widget_get_root (GTK_WIDGET (self)))
    vs_chart_export_show_error (GTK_WIDGET (self), _("Could Not Copy the Chart"), error);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  const VsChartSpec *spec = vs_chart_view_get_spec (VS_CHART_VIEW (widget));

  if (spec == NULL)
    return;
  vs_chart_export_copy_async (gtk_widget_get_clipboard (widget), spec,
                              gtk_widget_get_width (widget), gtk_widget_get_height (widget),
                              NULL, on_copied_cb, g_object_ref (widget));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  const VsChartSpec *spec = vs_chart_view_get_spec (VS_CHART_VIEW (widget));

  if (spec != NULL)
    vs_chart_export_choose (widget, spec, gtk_widget_get_width (widget),
                            gtk_widget_get_height (widget));
}

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(VsChartView) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!vs_chart_export_save_finish (result, &error) && gtk_widget_get_root (GTK_WIDGET (self)))
    vs_chart_export_show_error (GTK_WIDGET (self), _("Could Not Save the Chart"), error);
}

/* chart.save-to: the file chosen (a URI), or any other caller's (the tests). */
static void
save_to_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  const VsChartSpec *spec = vs_chart_view_get_spec (VS_CHART_VIEW (widget));
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  if (spec != NULL)
    vs_chart_export_save_async (file, spec, gtk_widget_get_width (widget),
                                gtk_widget_get_height (widget), NULL, on_saved_cb,
                                g_object_ref (widget));
}

static void
menu_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VsChartView *self = VS_CHART_VIEW (widget);

  if (vs_chart_view_get_spec (self) != NULL)
    gtk_menu_button_popup (GTK_MENU_BUTTON (_vs_chart_view_get_menu_button (self)));
}

GtkWidget *
_vs_chart_view_menu_button_new (void)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *button = gtk_menu_button_new ();

  g_menu_append (menu, _("_Copy Chart"), "chart.copy");
  g_menu_append (menu, _("_Save Chart…"), "chart.save");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_widget_set_tooltip_text (button, _("Copy or save this chart"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Chart Menu"), -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "chart-menu");
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_set_margin_top (button, 2);
  gtk_widget_set_margin_end (button, 2);
  return button;
}

void
_vs_chart_view_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "chart.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "chart.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "chart.save-to", "s", save_to_action);
  gtk_widget_class_install_action (widget_class, "chart.menu", NULL, menu_action);
  /* While the chart's button has the focus; the shortcuts window lists them. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "chart.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "chart.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "chart.menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "chart.menu", NULL);
}
