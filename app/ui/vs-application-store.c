/* vs-application-store.c: the databases the application's windows show
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-application"

#include "config.h"

#include "vs-application-document.h"
#include "vs-application-private.h"
#include "vs-window.h"

/* Every database starts empty: the officer's own figures never mix with the demo's, which
 * has a file of its own (app.open-demo). --demo (make run) fills a new one with the demo. */
static void
open_store (VsApplication *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) store = NULL;

  /* Only the default database's folder is created: a mistyped --db is an error. */
  if (self->db_path != NULL)
    store = vs_store_open (self->db_path, &error);
  else
    store = vs_store_open_default (VS_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      self->open_error = g_steal_pointer (&error);
      return;
    }

  if (self->demo && !vs_application_fill_demo (store, &error))
    {
      self->open_error = g_steal_pointer (&error);
      return;
    }

  /* A file the officer named (the default database is always there) joins the recent ones. */
  if (self->db_path != NULL)
    vs_application_add_recent (self->db_path);
  self->store = g_steal_pointer (&store);
}

VsStore *
vs_application_get_store (VsApplication *self)
{
  g_return_val_if_fail (VS_IS_APPLICATION (self), NULL);

  if (self->store == NULL && self->open_error == NULL)
    open_store (self);
  return self->store;
}

VsStore *
vs_application_get_active_store (VsApplication *self)
{
  GtkWindow *active;

  g_return_val_if_fail (VS_IS_APPLICATION (self), NULL);

  active = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (VS_IS_WINDOW (active))
    {
      VsStore *store = NULL;

      g_object_get (active, "store", &store, NULL);
      if (store != NULL)
        g_object_unref (store);   /* the window keeps it */
      return store;
    }
  return vs_application_get_store (self);
}

gboolean
vs_application_is_demo (VsApplication *self,
                        VsStore       *store)
{
  g_autofree char *demo_path = NULL;

  g_return_val_if_fail (VS_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (VS_IS_STORE (store), FALSE);

  if (self->demo && store == self->store)
    return TRUE;
  demo_path = vs_application_demo_path ();
  return vs_store_is_own_file (store, demo_path);
}

const GError *
vs_application_get_open_error (VsApplication *self)
{
  g_return_val_if_fail (VS_IS_APPLICATION (self), NULL);

  return self->open_error;
}

void
vs_application_set_store (VsApplication *self,
                          VsStore       *store)
{
  g_return_if_fail (VS_IS_APPLICATION (self));
  g_return_if_fail (VS_IS_STORE (store));

  g_set_object (&self->store, store);
  g_clear_error (&self->open_error);
}
