/* vs-store-periods.c: which months hold data, for the window's period picker
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "vs-store-private.h"

/**
 * vs_store_list_periods:
 * @self: the store
 * @error: where to say why the database could not be read
 *
 * Every month in which at least one actual value is held, newest first.
 *
 * A DISTINCT scan would visit every observation (a million rows in a large file); instead
 * each step asks the partial index on actual values for the greatest month before the last
 * one found, so the cost follows the number of months, not of observations.
 *
 * Returns: (transfer full): a #GArray of #VsPeriod, or %NULL with @error set
 */
GArray *
vs_store_list_periods (VsStore  *self,
                       GError  **error)
{
  g_autoptr(GArray) periods = NULL;
  sqlite3_stmt *stmt;
  gint64 before = G_MAXINT32;

  g_return_val_if_fail (VS_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  periods = g_array_new (FALSE, FALSE, sizeof (VsPeriod));
  for (;;)
    {
      VsPeriod period;
      int rc;

      stmt = _vs_store_prepare (self,
                                "SELECT max(period) FROM observation "
                                "WHERE state = 0 AND period < ?1",
                                error);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_int64 (stmt, 1, before);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW)
        {
          _vs_store_set_error (self, error, N_("list the months holding data"));
          sqlite3_reset (stmt);
          return NULL;
        }
      if (sqlite3_column_type (stmt, 0) == SQLITE_NULL)
        {
          sqlite3_reset (stmt);
          break;
        }
      period = (VsPeriod) sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      g_array_append_val (periods, period);
      before = period;
    }

  return g_steal_pointer (&periods);
}
