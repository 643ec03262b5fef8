/* vs-store-edit.c: an officer's edit of an indicator's definition, checked and written whole
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "vs-store-private.h"

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/* The last place in @area_id, for an indicator moved there. */
static gboolean
last_position (VsStore *self,
               gint64   area_id,
               int     *position,
               GError **error)
{
  sqlite3_stmt *stmt = _vs_store_prepare (self,
                                          "SELECT coalesce(max(position), 0) + 1 FROM indicator"
                                          " WHERE area_id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, area_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *position = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      _vs_store_set_error (self, error, N_("place the indicator in its area"));
      return FALSE;
    }
  return TRUE;
}

/* An area by name, whatever its case, else a new one: "contacts & referrals" is the area
 * the officer sees as "Contacts & Referrals", not a second one. */
static gint64
find_or_create_area (VsStore    *self,
                     const char *name,
                     GError    **error)
{
  g_autoptr(VsArea) area = vs_store_find_area (self, name, NULL);

  if (area != NULL)
    return area->id;
  return vs_store_ensure_area (self, name, error);
}

/**
 * vs_store_edit_indicator:
 * @self: the store
 * @edited: the definition as edited, its id that of a stored indicator
 * @area_name: (nullable): the area to put it in (created when there is none of that name,
 *   in any case); %NULL keeps its area
 * @error: return location for a #GError
 *
 * Writes an officer's edit of an indicator (the window's indicator settings) in a
 * transaction of its own: its reference, title, area, periodicity and the rest of the
 * definition. An indicator moved to another area goes last in it. Refuses, writing
 * nothing, an empty reference or title, a reference another indicator has, and an area
 * name that is empty.
 *
 * Returns: %TRUE when written; @edited's area_id and area are then the new ones
 */
gboolean
vs_store_edit_indicator (VsStore      *self,
                         VsIndicator  *edited,
                         const char   *area_name,
                         GError      **error)
{
  g_autoptr(VsIndicator) stored = NULL;
  g_autoptr(VsIndicator) other = NULL;
  g_autofree char *ref = NULL;
  g_autofree char *title = NULL;
  g_autofree char *area = NULL;
  gint64 area_id;

  g_return_val_if_fail (VS_IS_STORE (self), FALSE);
  g_return_val_if_fail (edited != NULL && edited->id > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (is_blank (edited->ref))
    {
      g_set_error_literal (error, VS_STORE_ERROR, VS_STORE_ERROR_CONSTRAINT,
                           _("The indicator needs a reference"));
      return FALSE;
    }
  if (is_blank (edited->title))
    {
      g_set_error_literal (error, VS_STORE_ERROR, VS_STORE_ERROR_CONSTRAINT,
                           _("The indicator needs a title"));
      return FALSE;
    }
  if (area_name != NULL && is_blank (area_name))
    {
      g_set_error_literal (error, VS_STORE_ERROR, VS_STORE_ERROR_CONSTRAINT,
                           _("The new area needs a name"));
      return FALSE;
    }
  ref = g_strstrip (g_strdup (edited->ref));
  title = g_strstrip (g_strdup (edited->title));

  if (!vs_store_begin (self, error))
    return FALSE;
  if ((stored = vs_store_get_indicator (self, edited->id, error)) == NULL)
    goto failed;
  other = vs_store_get_indicator_by_ref (self, ref, NULL);
  if (other != NULL && other->id != edited->id)
    {
      g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_CONSTRAINT,
                   _("The reference “%s” is already “%s”’s: each indicator needs its own"),
                   ref, other->title);
      goto failed;
    }

  area_id = stored->area_id;
  if (area_name != NULL)
    {
      area = g_strstrip (g_strdup (area_name));
      if ((area_id = find_or_create_area (self, area, error)) <= 0)
        goto failed;
    }
  edited->area_id = area_id;
  if (area_id != stored->area_id && !last_position (self, area_id, &edited->position, error))
    goto failed;

  g_free (edited->ref);
  edited->ref = g_steal_pointer (&ref);
  g_free (edited->title);
  edited->title = g_steal_pointer (&title);
  if (!vs_store_save_indicator (self, edited, error) || !vs_store_commit (self, error))
    goto failed;

  g_clear_pointer (&stored, vs_indicator_unref);
  if ((stored = vs_store_get_indicator (self, edited->id, NULL)) != NULL)
    {
      g_free (edited->area);
      edited->area = g_strdup (stored->area);
    }
  return TRUE;

failed:
  if (vs_store_in_transaction (self))
    vs_store_rollback (self);
  return FALSE;
}
