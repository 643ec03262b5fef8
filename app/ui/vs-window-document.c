/* vs-window-document.c: which database a window shows, and whether it may change it
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-window"

#include "config.h"

#include <glib/gi18n.h>

#include "vs-window-private.h"

gboolean
_vs_window_can_write (VsWindow *self)
{
  return self->store != NULL && !vs_store_is_read_only (self->store);
}

/* Two windows on two files must say which is which: the sidebar's header names the file
 * (or the demo) and so does the title the window list shows. The default database is the
 * officer's own and needs no name. */
void
_vs_window_show_document (VsWindow *self)
{
  g_autofree char *default_path = vs_store_default_path ();
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  const char *path;

  if (self->store == NULL)
    return;
  path = vs_store_get_path (self->store);

  if (vs_application_is_demo (VS_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))),
                              self->store))
    name = g_strdup (_("Demo Data"));
  else if (!vs_store_is_own_file (self->store, default_path))
    name = g_filename_display_basename (path);

  if (name != NULL)
    {
      /* Translators: the window's title: the database's file name (or "Demo Data"). */
      title = g_strdup_printf (_("%s — Vital Signs"), name);
      gtk_window_set_title (GTK_WINDOW (self), title);
    }
  adw_window_title_set_subtitle (self->document_title, name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->document_title), path);
}
