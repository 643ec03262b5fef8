/* vs-store-copy.c: "Save a Copy": a consistent copy of the open database for a reviewer
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "vs-store-private.h"

/* The copy is a single self-contained file (rollback journal, not WAL), so that it can be
 * read from a read-only stick or share where no -wal or -shm file can be made beside it. */
static gboolean
finish_copy (const char  *tmp,
             const char  *dest,
             GError     **error)
{
  sqlite3 *db = NULL;
  int rc;

  rc = sqlite3_open_v2 (tmp, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_FAILED,
                   _("Could not finish the copy “%s”: %s"), dest,
                   db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      sqlite3_close (db);
      return FALSE;
    }
  sqlite3_close (db);

  /* On disk before it takes the name: a power cut leaves the old file or the whole copy. */
  {
    int fd = g_open (tmp, O_RDWR, 0);
    gboolean synced = fd >= 0 && fsync (fd) == 0;
    int saved_errno = errno;

    if (fd >= 0)
      close (fd);
    if (!synced)
      {
        g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_FAILED,
                     _("Could not finish the copy “%s”: %s"), dest, g_strerror (saved_errno));
        return FALSE;
      }
  }
  return TRUE;
}

/**
 * vs_store_save_copy:
 * @dest_path: where the copy goes; an existing file there is replaced
 *
 * Writes a consistent copy of the database as it is at this moment, through the store's own
 * connection (VACUUM INTO reads one snapshot, so another process's import in progress is
 * either wholly in the copy or not at all), and never opens the store's own file otherwise:
 * a second open and close of that file would drop this connection's locks. The copy is
 * written beside @dest_path and renamed onto it, so @dest_path is never half-written.
 *
 * Returns: %TRUE when the copy is in place
 */
gboolean
vs_store_save_copy (VsStore     *self,
                    const char  *dest_path,
                    GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp = NULL;
  g_autoptr(GFile) dest = NULL;
  g_autoptr(GFile) source = NULL;
  char *sql;
  int fd, rc;

  g_return_val_if_fail (VS_IS_STORE (self), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (vs_store_in_transaction (self))
    {
      g_set_error_literal (error, VS_STORE_ERROR, VS_STORE_ERROR_BUSY,
                           _("A copy cannot be saved while a change is being written; try "
                             "again when it has finished."));
      return FALSE;
    }

  dest = g_file_new_for_path (dest_path);
  source = g_file_new_for_path (vs_store_get_path (self));
  if (g_file_equal (dest, source))
    {
      g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_OPEN,
                   _("“%s” is the open database itself; choose another name for the copy."),
                   dest_path);
      return FALSE;
    }

  /* A unique name in the destination's folder, so that the rename cannot cross devices. */
  dir = g_path_get_dirname (dest_path);
  base = g_path_get_basename (dest_path);
  tmp = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  fd = g_mkstemp (tmp);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_OPEN,
                   _("Could not write a copy in the folder “%s”: %s"), dir,
                   g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);
  /* VACUUM INTO refuses an existing non-empty file only; the empty one is kept as our claim
   * on the name until the copy fills it. */
  sql = sqlite3_mprintf ("VACUUM INTO %Q", tmp);
  rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  sqlite3_free (sql);
  if (rc != SQLITE_OK)
    {
      g_autofree char *doing = g_strdup_printf (_("save a copy to “%s”"), dest_path);
      _vs_store_set_error (self, error, doing);
      g_unlink (tmp);
      return FALSE;
    }

  if (!finish_copy (tmp, dest_path, error))
    {
      g_unlink (tmp);
      return FALSE;
    }

  if (g_rename (tmp, dest_path) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_OPEN,
                   _("Could not save the copy as “%s”: %s"), dest_path,
                   g_strerror (saved_errno));
      g_unlink (tmp);
      return FALSE;
    }
  return TRUE;
}
