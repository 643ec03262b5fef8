/* vs-window-load.c: the window's first frame first, then its figures
 *
 * Judging every indicator and building the first table take most of the time before a
 * window on a large database can show anything (issue 12, item 6: 475 ms against 35 ms for
 * a bare window of the same shape). The window is shown at once, with its sidebar's views
 * and a spinner where the table goes; the figures are read and the start view chosen just
 * after that first frame. Wishes made meanwhile (a report card named on the command line)
 * wait for them.
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-window"

#include "config.h"

#include "vs-window-private.h"

static void
finish_loading (VsWindow *self)
{
  g_autofree char *indicator = g_steal_pointer (&self->pending_indicator);

  self->loading = FALSE;
  _vs_window_reload_dashboard (self);
  _vs_window_restore_start_view (self);
  if (indicator != NULL)
    vs_window_open_indicator (self, indicator);
  g_object_notify_by_pspec (G_OBJECT (self), _vs_window_properties[VS_WINDOW_PROP_LOADING]);
}

static gboolean
on_load_idle_cb (gpointer user_data)
{
  VsWindow *self = user_data;

  self->load_id = 0;
  if (self->loading)
    finish_loading (self);
  return G_SOURCE_REMOVE;
}

static void
on_after_first_paint_cb (GdkFrameClock *clock,
                         VsWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_after_first_paint_cb, self);
  /* After the paint, not inside it: the load lays the window out again. */
  g_clear_handle_id (&self->load_id, g_source_remove);
  self->load_id = g_idle_add_full (GDK_PRIORITY_REDRAW - 1, on_load_idle_cb, self, NULL);
}

static void
on_map_cb (GtkWidget *widget,
           VsWindow  *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_handlers_disconnect_by_func (widget, on_map_cb, self);
  if (clock != NULL)
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_after_first_paint_cb), self, 0);
  else
    self->load_id = g_idle_add (on_load_idle_cb, self);
}

void
_vs_window_load_after_first_frame (VsWindow *self)
{
  _vs_window_set_boolean (self, &self->loading, VS_WINDOW_PROP_LOADING, TRUE);
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), self);
}

void
_vs_window_load_now (VsWindow *self)
{
  g_clear_handle_id (&self->load_id, g_source_remove);
  if (self->loading)
    finish_loading (self);
}
