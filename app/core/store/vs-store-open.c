/* vs-store-open.c: which files may be opened, how, and checked before they are written
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "vs-store-private.h"

/* Another process (a second window, a batch import) may hold the write lock for a while;
 * wait this long before telling the user. */
#define BUSY_TIMEOUT_MS 5000

/* The rollback journal, not the WAL (issue 9, item 1). POSIX locks belong to the process,
 * and closing any descriptor on the file drops them all: GIO sniffing the database's type
 * while a file chooser lists its folder is enough. In WAL mode a connection holds a shared
 * lock for as long as it is open, so from then on another process believes it is alone,
 * checkpoints and deletes the -wal, and this process writes into a deleted file. With the
 * rollback journal a connection holds a lock only inside a transaction, and there is no
 * -wal or -shm that someone else can remove. What the WAL bought was readers alongside a
 * writer: the window's own imports are modal, and another process's import keeps the
 * window's reads waiting only while it spills or commits. FULL sync, as the rollback
 * journal needs to survive a power cut. */
static gboolean
use_rollback_journal (VsStore  *self,
                      GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autofree char *mode = NULL;
  int rc;

  if (sqlite3_prepare_v2 (self->db, "PRAGMA journal_mode = DELETE", -1, &stmt, NULL) != SQLITE_OK)
    {
      _vs_store_set_error (self, error, N_("open the database"));
      return FALSE;
    }
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    mode = _vs_column_text (stmt, 0);
  sqlite3_finalize (stmt);

  /* Leaving the WAL (a file of an older version) checkpoints it into the file first, and
   * needs every other connection closed. While an older version still has the file open it
   * stays as it is, as safe as it was, and the next open converts it. */
  if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
    {
      g_debug ("%s stays in WAL mode while another program has it open", self->path);
      return TRUE;
    }
  if (rc != SQLITE_ROW)
    {
      _vs_store_set_error (self, error, N_("open the database"));
      return FALSE;
    }
  return TRUE;
}

/* A read-only store changes nothing, not even the journal mode. */
static gboolean
configure_connection (VsStore  *self,
                      GError  **error)
{
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  sqlite3_extended_result_codes (self->db, 1);

  if (!_vs_store_check_application_id (self, error))
    return FALSE;
  if ((!self->read_only && !use_rollback_journal (self, error)) ||
      !_vs_store_exec (self, "PRAGMA foreign_keys = ON", error) ||
      !_vs_store_exec (self, "PRAGMA synchronous = FULL", error) ||
      !_vs_store_exec (self, "PRAGMA temp_store = MEMORY", error))
    return FALSE;
  return TRUE;
}

/* The newest PATH.bak-v* beside the database, or NULL. */
static char *
newest_backup (VsStore *self)
{
  g_autofree char *dir_name = g_path_get_dirname (self->path);
  g_autofree char *base = g_path_get_basename (self->path);
  g_autofree char *prefix = g_strconcat (base, ".bak-v", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_name, 0, NULL);
  char *newest = NULL;
  gint64 newest_time = G_MININT64;
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf st;

      if (!g_str_has_prefix (name, prefix))
        continue;
      path = g_build_filename (dir_name, name, NULL);
      if (g_stat (path, &st) == 0 && S_ISREG (st.st_mode) && (gint64) st.st_mtime >= newest_time)
        {
          newest_time = st.st_mtime;
          g_free (newest);
          newest = g_steal_pointer (&path);
        }
    }
  return newest;
}

gboolean
_vs_store_check (VsStore     *self,
                 const char  *pragma,
                 GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autofree char *verdict = NULL;
  g_autofree char *backup = NULL;
  int rc;

  if (sqlite3_prepare_v2 (self->db, pragma, -1, &stmt, NULL) != SQLITE_OK)
    {
      _vs_store_set_error (self, error, N_("check the database"));
      return FALSE;
    }
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    verdict = _vs_column_text (stmt, 0);
  sqlite3_finalize (stmt);

  if (g_strcmp0 (verdict, "ok") == 0)
    return TRUE;
  if (verdict == NULL && (rc & 0xff) != SQLITE_CORRUPT && (rc & 0xff) != SQLITE_NOTADB)
    {
      _vs_store_set_error (self, error, N_("check the database"));
      return FALSE;
    }

  backup = newest_backup (self);
  if (backup != NULL)
    g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_CORRUPT,
                 _("“%s” is damaged (%s) and was left as it was. Restore the backup “%s” "
                   "by copying it over the damaged file, or open another file with --db."),
                 self->path, verdict ? verdict : sqlite3_errmsg (self->db), backup);
  else
    g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_CORRUPT,
                 _("“%s” is damaged (%s) and was left as it was. Restore it from a backup, "
                   "or open another file with --db."),
                 self->path, verdict ? verdict : sqlite3_errmsg (self->db));
  return FALSE;
}

/* "" and ":memory:" are SQLite's names for databases thrown away at the end; anything
 * else is a file, never a URI (this SQLite reads "file:…" names as URIs). */
static char *
file_name_for_sqlite (const char  *path,
                      GError     **error)
{
  if (*path == '\0')
    {
      g_set_error_literal (error, VS_STORE_ERROR, VS_STORE_ERROR_OPEN,
                           _("The database was given an empty name: name a file, for example "
                             "--db ~/figures.db."));
      return NULL;
    }
  if (g_str_equal (path, ":memory:"))
    {
      g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_OPEN,
                   _("“%s” names a database held in memory and lost when the program ends: "
                     "name a file, for example --db ~/figures.db."), path);
      return NULL;
    }
  return g_canonicalize_filename (path, NULL);
}

/* A mistyped --db must not leave a trail of new folders: only the default's is made. */
static gboolean
ensure_folder (const char        *path,
               VsStoreOpenFlags   flags,
               GError           **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_file_test (dir, G_FILE_TEST_IS_DIR))
    return TRUE;
  if (!(flags & VS_STORE_OPEN_CREATE_FOLDER))
    {
      g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_OPEN,
                   _("The folder “%s” for the database “%s” does not exist. Check the path, or "
                     "create the folder first."), dir, path);
      return FALSE;
    }
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_OPEN,
                   _("Could not create the folder “%s” for the database: %s"),
                   dir, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

/* Writing needs the file, and for the journal its folder. */
static gboolean
can_write (VsStore    *self,
           const char *file_name)
{
  g_autofree char *dir = g_path_get_dirname (file_name);

  return sqlite3_db_readonly (self->db, "main") == 0 && g_access (dir, W_OK) == 0;
}

/**
 * vs_store_open_full:
 * @path: the database file
 * @flags: how to open it
 * @error: return location for a #GError
 *
 * Opens the database. Read-write, a missing file is created and an older schema brought up
 * to date (a non-empty file backed up first); a file that cannot be written is opened
 * read-only (see vs_store_is_read_only()). Read-only, nothing is changed: a file that
 * needs updating fails with %VS_STORE_ERROR_NEEDS_UPDATE.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
VsStore *
vs_store_open_full (const char        *path,
                    VsStoreOpenFlags   flags,
                    GError           **error)
{
  g_autoptr(VsStore) self = NULL;
  g_autofree char *file_name = NULL;
  int open_flags = SQLITE_OPEN_NOMUTEX;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((file_name = file_name_for_sqlite (path, error)) == NULL)
    return NULL;

  self = g_object_new (VS_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (flags & VS_STORE_OPEN_READ_ONLY)
    {
      if (!g_file_test (file_name, G_FILE_TEST_EXISTS))
        {
          g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_OPEN,
                       _("There is no database “%s”. Check the path, or import a file into it "
                         "first."), path);
          return NULL;
        }
      open_flags |= SQLITE_OPEN_READONLY;
    }
  else
    {
      if (!ensure_folder (file_name, flags, error))
        return NULL;
      open_flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    }

  rc = sqlite3_open_v2 (file_name, &self->db, open_flags, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_OPEN,
                   _("Could not open the database “%s”: %s"), path,
                   self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return NULL;
    }
  self->read_only = (flags & VS_STORE_OPEN_READ_ONLY) || !can_write (self, file_name);

  if (!configure_connection (self, error) || !_vs_store_migrate (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

VsStore *
vs_store_open (const char  *path,
               GError     **error)
{
  return vs_store_open_full (path, VS_STORE_OPEN_DEFAULT, error);
}

VsStore *
vs_store_open_default (VsStoreOpenFlags   flags,
                       GError           **error)
{
  g_autofree char *path = vs_store_default_path ();
  const char *env = g_getenv ("VITAL_SIGNS_DB");

  if (env == NULL || *env == '\0')
    flags |= VS_STORE_OPEN_CREATE_FOLDER;
  return vs_store_open_full (path, flags, error);
}

gboolean
vs_store_is_read_only (VsStore *self)
{
  g_return_val_if_fail (VS_IS_STORE (self), TRUE);
  return self->read_only;
}

/* stat(), never open(): opening and closing the database outside SQLite in this process
 * would drop SQLite's locks on it (see use_rollback_journal). */
gboolean
vs_store_is_own_file (VsStore    *self,
                      const char *path)
{
  static const char * const suffixes[] = { "", "-journal", "-wal", "-shm" };
  GStatBuf file, own;

  g_return_val_if_fail (VS_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_stat (path, &file) != 0)
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *own_path = g_strconcat (self->path, suffixes[i], NULL);

      if (g_stat (own_path, &own) == 0 && own.st_dev == file.st_dev && own.st_ino == file.st_ino)
        return TRUE;
    }
  return FALSE;
}

char *
vs_store_default_path (void)
{
  const char *env = g_getenv ("VITAL_SIGNS_DB");

  if (env != NULL && *env != '\0')
    return g_strdup (env);
  return g_build_filename (g_get_user_data_dir (), "vital-signs", "vital-signs.db", NULL);
}
