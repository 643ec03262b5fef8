/* vs-window-pickers.c: the window's month and locality: the pickers and the "period" and "locality" properties
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-window"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "vs-window-private.h"

const char *
_vs_window_locality_name (VsWindow *self)
{
  for (guint i = 0; self->localities != NULL && i < self->localities->len; i++)
    {
      const VsLocality *locality = g_ptr_array_index (self->localities, i);

      if (locality->id == self->locality_id)
        return locality->name;
    }
  return NULL;
}

static void
set_period (VsWindow *self,
            VsPeriod  period)
{
  if (self->period == period)
    return;
  self->period = period;
  g_object_notify_by_pspec (G_OBJECT (self), _vs_window_properties[VS_WINDOW_PROP_PERIOD]);
}

static void
set_locality_id (VsWindow *self,
                 gint64    id)
{
  g_autofree char *old = g_strdup (_vs_window_locality_name (self));

  self->locality_id = id;
  if (g_strcmp0 (old, _vs_window_locality_name (self)) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), _vs_window_properties[VS_WINDOW_PROP_LOCALITY]);
}

void
_vs_window_load_localities (VsWindow   *self,
                            const char *wanted)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) localities = vs_store_list_localities (self->store, &error);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  guint selected = 0;
  gint64 keep = self->locality_id;
  g_autofree char *old_name = NULL;

  if (localities == NULL)
    {
      _vs_window_show_error (self, _("Could Not Read the Localities"), error);
      return;
    }

  for (guint i = 0; i < localities->len; i++)
    {
      const VsLocality *locality = g_ptr_array_index (localities, i);

      g_strv_builder_add (names, locality->name);
      if (wanted != NULL && *wanted != '\0')
        {
          if (g_ascii_strcasecmp (locality->name, wanted) == 0)
            selected = i;
        }
      else if (keep != 0 ? locality->id == keep : locality->is_whole_authority)
        selected = i;
    }

  self->updating = TRUE;
  old_name = g_strdup (_vs_window_locality_name (self));
  g_clear_pointer (&self->localities, g_ptr_array_unref);
  self->localities = g_steal_pointer (&localities);
  strv = g_strv_builder_end (names);
  gtk_string_list_splice (self->locality_labels, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->locality_labels)),
                          (const char *const *) strv);
  gtk_drop_down_set_selected (self->locality_dropdown, selected);
  self->locality_id = self->localities->len > 0
                        ? ((VsLocality *) g_ptr_array_index (self->localities, selected))->id
                        : 0;
  if (g_strcmp0 (old_name, _vs_window_locality_name (self)) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), _vs_window_properties[VS_WINDOW_PROP_LOCALITY]);
  gtk_widget_set_sensitive (GTK_WIDGET (self->locality_dropdown), self->localities->len > 1);
  self->updating = FALSE;
}

void
_vs_window_load_periods (VsWindow *self,
                         VsPeriod  wanted)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) periods = vs_store_list_periods (self->store, &error);
  g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  guint selected = 0;

  if (periods == NULL)
    {
      _vs_window_show_error (self, _("Could Not Read the Months"), error);
      return;
    }

  for (guint i = 0; i < periods->len; i++)
    {
      VsPeriod period = g_array_index (periods, VsPeriod, i);
      g_autofree char *label = vs_period_to_long_label (period);

      g_strv_builder_add (labels, label);
      if (period == wanted)
        selected = i;
    }

  self->updating = TRUE;
  g_clear_pointer (&self->periods, g_array_unref);
  self->periods = g_steal_pointer (&periods);
  strv = g_strv_builder_end (labels);
  gtk_string_list_splice (self->period_labels, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->period_labels)),
                          (const char *const *) strv);
  gtk_drop_down_set_selected (self->period_dropdown, selected);
  /* The latest month with data unless another was asked for: that is the month a
   * committee paper is being prepared for. */
  set_period (self, self->periods->len > 0 ? g_array_index (self->periods, VsPeriod, selected)
                                           : VS_PERIOD_INVALID);
  self->updating = FALSE;
}

static void
on_period_selected_cb (GtkDropDown *dropdown,
                       GParamSpec  *pspec,
                       VsWindow    *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  g_autofree char *iso = NULL;

  if (self->updating || self->periods == NULL || selected >= self->periods->len)
    return;
  set_period (self, g_array_index (self->periods, VsPeriod, selected));
  /* The latest month is remembered as "the latest", so that next month's import opens on
   * next month; an earlier month chosen on purpose is remembered as itself. */
  iso = selected == 0 ? g_strdup ("") : vs_period_to_iso (self->period);
  g_settings_set_string (self->settings, "last-period", iso);
  _vs_window_reload_dashboard (self);
}

static void
on_locality_selected_cb (GtkDropDown *dropdown,
                         GParamSpec  *pspec,
                         VsWindow    *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->updating || self->localities == NULL || selected >= self->localities->len)
    return;
  set_locality_id (self, ((VsLocality *) g_ptr_array_index (self->localities, selected))->id);
  _vs_window_reload_dashboard (self);
}

gboolean
vs_window_set_period (VsWindow *self,
                      VsPeriod  period)
{
  g_return_val_if_fail (VS_IS_WINDOW (self), FALSE);

  for (guint i = 0; self->periods != NULL && i < self->periods->len; i++)
    if (g_array_index (self->periods, VsPeriod, i) == period)
      {
        gtk_drop_down_set_selected (self->period_dropdown, i);
        return TRUE;
      }
  return FALSE;
}

VsPeriod
vs_window_get_period (VsWindow *self)
{
  g_return_val_if_fail (VS_IS_WINDOW (self), VS_PERIOD_INVALID);
  return self->period;
}

gboolean
vs_window_set_locality (VsWindow   *self,
                        const char *name)
{
  g_return_val_if_fail (VS_IS_WINDOW (self), FALSE);

  for (guint i = 0; self->localities != NULL && i < self->localities->len; i++)
    {
      const VsLocality *locality = g_ptr_array_index (self->localities, i);

      if (g_ascii_strcasecmp (locality->name, name) == 0)
        {
          gtk_drop_down_set_selected (self->locality_dropdown, i);
          return TRUE;
        }
    }
  return FALSE;
}

void
_vs_window_class_pickers_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_period_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_locality_selected_cb);
}
