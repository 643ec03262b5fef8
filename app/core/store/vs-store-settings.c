/* vs-store-settings.c: the department's rating settings, one row per key set
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "vs-store-private.h"

gboolean
vs_store_get_rating_settings (VsStore          *self,
                              VsRatingSettings *out,
                              GError          **error)
{
  VsRatingSettings settings;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VS_IS_STORE (self), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  vs_rating_settings_init (&settings);
  stmt = _vs_store_prepare (self, "SELECT key, value FROM setting ORDER BY key", error);
  if (stmt == NULL)
    return FALSE;
  FOR_EACH_ROW (self, stmt, rc)
    {
      g_autofree char *key = _vs_column_text (stmt, 0);
      g_autofree char *value = _vs_column_text (stmt, 1);
      g_autoptr(GError) local = NULL;

      /* A key this version does not know was written by a newer one: it rates by the
       * settings it knows, and leaves the others for the version that does. */
      if (key == NULL || vs_rating_settings_describe (key) == NULL)
        continue;
      if (!vs_rating_settings_set (&settings, key, value != NULL ? value : "", &local))
        {
          sqlite3_reset (stmt);
          g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_CORRUPT,
                       _("“%s” holds a rating setting that cannot be used: %s. Set it again "
                         "with “vital-signs settings --set”."), self->path, local->message);
          return FALSE;
        }
    }
  if (!_vs_store_finish_rows (self, stmt, rc, error))
    return FALSE;
  *out = settings;
  return TRUE;
}

gboolean
vs_store_set_rating_settings (VsStore                *self,
                              const VsRatingSettings *settings,
                              GError                **error)
{
  const char * const *keys = vs_rating_settings_keys ();
  VsRatingSettings defaults;

  g_return_val_if_fail (VS_IS_STORE (self), FALSE);
  g_return_val_if_fail (settings != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  vs_rating_settings_init (&defaults);
  if (!vs_store_begin (self, error))
    return FALSE;
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autofree char *value = vs_rating_settings_get (settings, keys[i]);
      g_autofree char *fallback = vs_rating_settings_get (&defaults, keys[i]);
      gboolean is_default = g_str_equal (value, fallback);
      sqlite3_stmt *stmt;

      stmt = _vs_store_prepare (self, is_default
                                        ? "DELETE FROM setting WHERE key = ?1"
                                        : "INSERT INTO setting (key, value) VALUES (?1, ?2) "
                                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value "
                                          "WHERE value IS NOT excluded.value",
                                error);
      if (stmt == NULL)
        {
          vs_store_rollback (self);
          return FALSE;
        }
      _vs_bind_text (stmt, 1, keys[i]);
      if (!is_default)
        _vs_bind_text (stmt, 2, value);
      if (!_vs_store_step_done (self, stmt, N_("save the rating settings"), error))
        {
          vs_store_rollback (self);
          return FALSE;
        }
      if (sqlite3_changes (self->db) > 0)
        _vs_store_mark_dirty (self);
    }
  return vs_store_commit (self, error);
}
