/* vs-indicator-dialog-place.c: where an indicator is: its reference and its area
 *
 * An imported indicator need not stay in "Unassigned": the officer moves it to an area, or
 * to a new one named here, and can give it the reference the committee papers use.
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-indicator-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "vs-indicator-dialog-private.h"

static gboolean
new_area_chosen (VsIndicatorDialog *self)
{
  return adw_combo_row_get_selected (self->area_row) + 1 == self->areas->len;
}

static void
on_area_selected_cb (AdwComboRow       *row,
                     GParamSpec        *pspec,
                     VsIndicatorDialog *self)
{
  gboolean creating = new_area_chosen (self);

  gtk_widget_set_visible (GTK_WIDGET (self->new_area_row), creating);
  if (creating)
    gtk_widget_grab_focus (GTK_WIDGET (self->new_area_row));
}

void
_vs_indicator_dialog_place_load (VsIndicatorDialog *self)
{
  g_autoptr(GPtrArray) areas = vs_store_list_areas (self->store, NULL);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected = 0;

  gtk_editable_set_text (GTK_EDITABLE (self->ref_row),
                         self->indicator->ref != NULL ? self->indicator->ref : "");
  g_ptr_array_set_size (self->areas, 0);
  for (guint i = 0; areas != NULL && i < areas->len; i++)
    {
      const VsArea *area = g_ptr_array_index (areas, i);

      if (area->id == self->indicator->area_id)
        selected = self->areas->len;
      g_ptr_array_add (self->areas, g_strdup (area->name));
      gtk_string_list_append (labels, area->name);
    }
  g_ptr_array_add (self->areas, NULL);
  gtk_string_list_append (labels, _("New Area…"));
  adw_combo_row_set_model (self->area_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->area_row, selected);
  g_signal_connect_object (self->area_row, "notify::selected",
                           G_CALLBACK (on_area_selected_cb), self, 0);
}

void
_vs_indicator_dialog_mark_row (GtkWidget *row,
                               gboolean   bad)
{
  if (bad)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

gboolean
_vs_indicator_dialog_place_read (VsIndicatorDialog *self,
                                 VsIndicator       *edited,
                                 GError           **error)
{
  g_autofree char *ref = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->ref_row))));
  g_autofree char *new_area = NULL;
  g_autoptr(VsIndicator) other = NULL;
  guint selected = adw_combo_row_get_selected (self->area_row);

  _vs_indicator_dialog_mark_row (GTK_WIDGET (self->ref_row), FALSE);
  _vs_indicator_dialog_mark_row (GTK_WIDGET (self->new_area_row), FALSE);
  if (*ref == '\0')
    {
      _vs_indicator_dialog_mark_row (GTK_WIDGET (self->ref_row), TRUE);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("The indicator needs a reference"));
      return FALSE;
    }
  /* Said while typing; the store checks again when saving. */
  other = vs_store_get_indicator_by_ref (self->store, ref, NULL);
  if (other != NULL && other->id != edited->id)
    {
      _vs_indicator_dialog_mark_row (GTK_WIDGET (self->ref_row), TRUE);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("The reference “%s” is already “%s”’s: each indicator needs its own"),
                   ref, other->title);
      return FALSE;
    }

  g_free (edited->area);
  if (new_area_chosen (self))
    {
      new_area = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_area_row))));
      if (*new_area == '\0')
        {
          _vs_indicator_dialog_mark_row (GTK_WIDGET (self->new_area_row), TRUE);
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("The new area needs a name"));
          edited->area = NULL;
          return FALSE;
        }
      edited->area = g_steal_pointer (&new_area);
    }
  else
    edited->area = g_strdup (selected < self->areas->len ? g_ptr_array_index (self->areas, selected)
                                                         : NULL);
  g_free (edited->ref);
  edited->ref = g_steal_pointer (&ref);
  return TRUE;
}
