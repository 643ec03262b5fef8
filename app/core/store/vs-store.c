/* vs-store.c: opening the database, transactions and the statement cache
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "vs-store-private.h"

G_DEFINE_QUARK (vs-store-error-quark, vs_store_error)

G_DEFINE_FINAL_TYPE (VsStore, vs_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_READ_ONLY,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
vs_store_finalize (GObject *object)
{
  VsStore *self = VS_STORE (object);

  if (self->in_transaction)
    vs_store_rollback (self);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (vs_store_parent_class)->finalize (object);
}

static void
vs_store_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  VsStore *self = VS_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_store_class_init (VsStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vs_store_finalize;
  object_class->get_property = vs_store_get_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /**
   * VsStore:read-only:
   *
   * The file was opened read-only, or it or its folder cannot be written: every write
   * fails with %VS_STORE_ERROR_READ_ONLY.
   */
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VsStore::changed:
   *
   * Emitted after a transaction that wrote something has been committed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
vs_store_init (VsStore *self)
{
  self->statements = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                            finalize_statement);
}

void
_vs_store_set_error (VsStore     *self,
                     GError     **error,
                     const char  *doing)
{
  int code = sqlite3_extended_errcode (self->db);
  const char *message = sqlite3_errmsg (self->db);
  VsStoreError vs_code;

  switch (code & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_BUSY,
                   _("The database “%s” is in use by another program (another Vital Signs "
                     "window or a running import). Try again when it has finished."),
                   self->path);
      return;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged or is not a Vital Signs database (%s)."),
                   self->path, message);
      return;
    case SQLITE_CONSTRAINT:
      vs_code = VS_STORE_ERROR_CONSTRAINT;
      break;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
      vs_code = VS_STORE_ERROR_OPEN;
      break;
    default:
      vs_code = VS_STORE_ERROR_FAILED;
    }

  /* Callers pass @doing untranslated (N_) so that the hot path never calls gettext. */
  g_set_error (error, VS_STORE_ERROR, vs_code, _("Could not %s in “%s”: %s"),
               g_dgettext (GETTEXT_PACKAGE, doing), self->path, message);
}

gboolean
_vs_store_exec (VsStore     *self,
                const char  *sql,
                GError     **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      _vs_store_set_error (self, error, N_("update the database"));
      return FALSE;
    }
  return TRUE;
}

sqlite3_stmt *
_vs_store_prepare (VsStore     *self,
                   const char  *sql,
                   GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      _vs_store_set_error (self, error, N_("read the database"));
      return NULL;
    }
  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

gboolean
_vs_store_step_done (VsStore       *self,
                     sqlite3_stmt  *stmt,
                     const char    *doing,
                     GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      _vs_store_set_error (self, error, doing);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
_vs_store_require_transaction (VsStore  *self,
                               GError  **error)
{
  if (!self->in_transaction)
    {
      /* A programming error, but one that must never half-write a user's file. */
      g_critical ("VsStore: a write outside vs_store_begin()/vs_store_commit()");
      g_set_error_literal (error, VS_STORE_ERROR, VS_STORE_ERROR_FAILED,
                           "internal error: write outside a transaction");
      return FALSE;
    }
  return TRUE;
}

void
_vs_store_mark_dirty (VsStore *self)
{
  self->dirty = TRUE;
}

void
_vs_bind_text (sqlite3_stmt *stmt,
               int           index,
               const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

void
_vs_bind_double (sqlite3_stmt *stmt,
                 int           index,
                 double        value)
{
  if (isnan (value))
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_double (stmt, index, value);
}

char *
_vs_column_text (sqlite3_stmt *stmt,
                 int           index)
{
  const unsigned char *text = sqlite3_column_text (stmt, index);
  return text ? g_strdup ((const char *) text) : NULL;
}

double
_vs_column_double (sqlite3_stmt *stmt,
                   int           index)
{
  if (sqlite3_column_type (stmt, index) == SQLITE_NULL)
    return NAN;
  return sqlite3_column_double (stmt, index);
}

const char *
vs_store_get_path (VsStore *self)
{
  g_return_val_if_fail (VS_IS_STORE (self), NULL);
  return self->path;
}

int
vs_store_get_schema_version (VsStore *self)
{
  sqlite3_stmt *stmt;
  int version = 0;

  g_return_val_if_fail (VS_IS_STORE (self), 0);

  stmt = _vs_store_prepare (self, "PRAGMA user_version", NULL);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return version;
}

gboolean
vs_store_is_empty (VsStore *self)
{
  sqlite3_stmt *stmt;
  gboolean empty = TRUE;

  g_return_val_if_fail (VS_IS_STORE (self), TRUE);

  stmt = _vs_store_prepare (self, "SELECT EXISTS (SELECT 1 FROM indicator)", NULL);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    empty = sqlite3_column_int (stmt, 0) == 0;
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return empty;
}

void
vs_store_set_busy_timeout (VsStore *self,
                           guint    milliseconds)
{
  g_return_if_fail (VS_IS_STORE (self));
  sqlite3_busy_timeout (self->db, (int) MIN (milliseconds, G_MAXINT));
}

gboolean
vs_store_begin (VsStore  *self,
                GError  **error)
{
  g_return_val_if_fail (VS_IS_STORE (self), FALSE);

  if (self->in_transaction)
    {
      g_set_error_literal (error, VS_STORE_ERROR, VS_STORE_ERROR_FAILED,
                           "internal error: a transaction is already open");
      return FALSE;
    }
  if (self->read_only)
    {
      g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_READ_ONLY,
                   _("“%s” can only be read (the file or its folder is read-only): nothing "
                     "was changed."), self->path);
      return FALSE;
    }
  /* IMMEDIATE takes the write lock now, so a second writer waits here (busy timeout)
   * rather than failing half-way through an import. */
  if (!_vs_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  /* A damaged file accepted writes (issue 9, item 5): check it, once per store, before the
   * first. Under the write lock, so that what is checked is what is written to. */
  if (!self->checked)
    {
      if (!_vs_store_check (self, "PRAGMA quick_check(1)", error))
        {
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
      self->checked = TRUE;
    }
  self->in_transaction = TRUE;
  self->dirty = FALSE;
  return TRUE;
}

gboolean
vs_store_commit (VsStore  *self,
                 GError  **error)
{
  gboolean dirty;

  g_return_val_if_fail (VS_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->in_transaction, FALSE);

  if (!_vs_store_exec (self, "COMMIT", error))
    {
      vs_store_rollback (self);
      return FALSE;
    }
  self->in_transaction = FALSE;
  self->import_id = 0;
  dirty = self->dirty;
  self->dirty = FALSE;
  if (dirty)
    g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

void
vs_store_rollback (VsStore *self)
{
  g_return_if_fail (VS_IS_STORE (self));

  if (!self->in_transaction)
    return;
  /* Statements still stepping would keep the rollback from releasing the lock. */
  {
    GHashTableIter iter;
    gpointer stmt;
    g_hash_table_iter_init (&iter, self->statements);
    while (g_hash_table_iter_next (&iter, NULL, &stmt))
      sqlite3_reset (stmt);
  }
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  self->in_transaction = FALSE;
  self->import_id = 0;
  self->dirty = FALSE;
}

gboolean
vs_store_in_transaction (VsStore *self)
{
  g_return_val_if_fail (VS_IS_STORE (self), FALSE);
  return self->in_transaction;
}
