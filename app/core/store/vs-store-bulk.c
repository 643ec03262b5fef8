/* vs-store-bulk.c: many new figures at once, for extracts of a million rows
 *
 * vs_store_put_observation reads before it writes, so that it can keep what it replaces.
 * An import already knows which of its figures are new (it compared the file with the
 * store inside the same transaction), and a million of them one statement at a time is
 * most of an import's time. These go in as multi-row INSERTs: a key that exists after all
 * fails the statement instead of replacing anything.
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "vs-store-private.h"

#define ROW_SQL "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
#define INSERT_SQL \
  "INSERT INTO observation (indicator_id, locality_id, period, state, value, numerator," \
  " denominator, import_id, sheet, cell) VALUES "

void
_vs_store_build_batch_sql (char       **sql,
                           guint        max_rows,
                           const char  *insert,
                           const char  *row)
{
  for (guint n = 1; n <= max_rows; n++)
    {
      GString *text = g_string_new (insert);
      for (guint i = 0; i < n; i++)
        {
          if (i > 0)
            g_string_append (text, ", ");
          g_string_append (text, row);
        }
      sql[n] = g_string_free (text, FALSE);
    }
}

/* The statement cache is keyed by the SQL's address, so each size has one lasting string. */
static const char *
batch_sql (guint rows)
{
  static char *sql[VS_STORE_BULK_ROWS + 1];
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      _vs_store_build_batch_sql (sql, VS_STORE_BULK_ROWS, INSERT_SQL, ROW_SQL);
      g_once_init_leave (&once, 1);
    }
  return sql[rows];
}

static void
bind_row (sqlite3_stmt        *stmt,
          int                  first,
          const VsObservation *obs)
{
  sqlite3_bind_int64 (stmt, first, obs->indicator_id);
  sqlite3_bind_int64 (stmt, first + 1, obs->locality_id);
  sqlite3_bind_int (stmt, first + 2, obs->period);
  sqlite3_bind_int (stmt, first + 3, (int) obs->state);
  _vs_bind_double (stmt, first + 4, obs->state == VS_OBS_ACTUAL ? obs->value : NAN);
  _vs_bind_double (stmt, first + 5, obs->numerator);
  _vs_bind_double (stmt, first + 6, obs->denominator);
  if (obs->import_id != 0)
    sqlite3_bind_int64 (stmt, first + 7, obs->import_id);
  else
    sqlite3_bind_null (stmt, first + 7);
  /* The caller's strings outlive the step. */
  if (obs->sheet)
    sqlite3_bind_text (stmt, first + 8, obs->sheet, -1, SQLITE_STATIC);
  if (obs->cell)
    sqlite3_bind_text (stmt, first + 9, obs->cell, -1, SQLITE_STATIC);
}

/* One kind of multi-row INSERT of figures: its statements by size, how one figure binds
 * (@n_params parameters from @first), and what a failure says. */
typedef struct {
  const char *(*sql)  (guint rows);
  int           n_params;
  void        (*bind) (sqlite3_stmt        *stmt,
                       int                  first,
                       const VsObservation *obs);
  const char   *doing;              /* N_(): for _vs_store_set_error */
  gboolean      names_duplicates;   /* a key that exists after all is the caller's mistake */
} FigureBatch;

static gboolean
insert_in_batches (VsStore              *self,
                   const FigureBatch    *batch,
                   const VsObservation  *obs,
                   guint                 n,
                   GError              **error)
{
  if (!_vs_store_require_transaction (self, error))
    return FALSE;

  while (n > 0)
    {
      guint rows = MIN (n, VS_STORE_BULK_ROWS);
      sqlite3_stmt *stmt = _vs_store_prepare (self, batch->sql (rows), error);
      int rc;

      if (stmt == NULL)
        return FALSE;
      for (guint i = 0; i < rows; i++)
        batch->bind (stmt, 1 + batch->n_params * (int) i, &obs[i]);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_DONE)
        {
          if (batch->names_duplicates && (rc & 0xff) == SQLITE_CONSTRAINT)
            g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_CONSTRAINT,
                         _("A figure of this import is already in the database, or names an "
                           "indicator or locality that is not (%s)."),
                         sqlite3_errmsg (self->db));
          else
            _vs_store_set_error (self, error, batch->doing);
          sqlite3_reset (stmt);
          return FALSE;
        }
      sqlite3_reset (stmt);
      obs += rows;
      n -= rows;
    }
  _vs_store_mark_dirty (self);
  return TRUE;
}

static const FigureBatch new_figures = {
  batch_sql, 10, bind_row, N_("save the figures"), TRUE,
};

/**
 * vs_store_add_observations:
 * @obs: (array length=n): figures with no row yet for their key
 *
 * Inserts @n new figures. Fails with %VS_STORE_ERROR_CONSTRAINT, writing none of the
 * current batch, when one of them already has a row: use vs_store_put_observation for
 * figures that may replace others.
 */
gboolean
vs_store_add_observations (VsStore              *self,
                           const VsObservation  *obs,
                           guint                 n,
                           GError              **error)
{
  g_return_val_if_fail (VS_IS_STORE (self), FALSE);
  g_return_val_if_fail (obs != NULL || n == 0, FALSE);

  return insert_in_batches (self, &new_figures, obs, n, error);
}

#define RESTATED_ROW_SQL "(?, ?, ?, ?, ?, ?)"
#define RESTATED_INSERT_SQL \
  "INSERT OR REPLACE INTO observation_restated (indicator_id, locality_id, period, import_id," \
  " sheet, cell) VALUES "

static const char *
restated_sql (guint rows)
{
  static char *sql[VS_STORE_BULK_ROWS + 1];
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      _vs_store_build_batch_sql (sql, VS_STORE_BULK_ROWS, RESTATED_INSERT_SQL, RESTATED_ROW_SQL);
      g_once_init_leave (&once, 1);
    }
  return sql[rows];
}

static void
bind_restated (sqlite3_stmt        *stmt,
               int                  first,
               const VsObservation *obs)
{
  sqlite3_bind_int64 (stmt, first, obs->indicator_id);
  sqlite3_bind_int64 (stmt, first + 1, obs->locality_id);
  sqlite3_bind_int (stmt, first + 2, obs->period);
  sqlite3_bind_int64 (stmt, first + 3, obs->import_id);
  sqlite3_bind_text (stmt, first + 4, obs->sheet, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, first + 5, obs->cell, -1, SQLITE_STATIC);
}

static const FigureBatch restated_figures = {
  restated_sql, 6, bind_restated, N_("record the figures the import holds"), FALSE,
};

/**
 * vs_store_note_restated:
 * @obs: (array length=n): figures the import states again as they are stored
 *
 * Records that @obs's import holds these figures too, though it did not change them: undo
 * of the import that brought a figure then hands it on to the next import that holds it.
 */
gboolean
vs_store_note_restated (VsStore              *self,
                        const VsObservation  *obs,
                        guint                 n,
                        GError              **error)
{
  g_return_val_if_fail (VS_IS_STORE (self), FALSE);
  g_return_val_if_fail (obs != NULL || n == 0, FALSE);

  return insert_in_batches (self, &restated_figures, obs, n, error);
}

/* ---- deferring the secondary indexes of a big load ---- */

struct _VsStoreBulk {
  GPtrArray *index_sql;     /* CREATE INDEX statements to run again */
};

void
vs_store_bulk_free (VsStoreBulk *bulk)
{
  if (bulk == NULL)
    return;
  g_ptr_array_unref (bulk->index_sql);
  g_free (bulk);
}

/* Below this many new figures, updating the indexes row by row costs too little to care. */
#define DEFER_MIN_ROWS 50000

/**
 * vs_store_bulk_begin:
 * @n_new: how many figures are about to be added
 *
 * A sorted load appends to the table and its import index, but lands all over an index
 * by period, splitting its pages as it goes: for a million rows that is most of the
 * time. When the load is big (and at least as big as what is there), the observation
 * table's secondary indexes are dropped now, inside the transaction, and built again,
 * sorted once, by vs_store_bulk_end. A rollback restores them with everything else.
 */
VsStoreBulk *
vs_store_bulk_begin (VsStore  *self,
                     guint     n_new,
                     GError  **error)
{
  VsStoreBulk *bulk;
  sqlite3_stmt *stmt;
  gint64 existing = 0;
  int rc;

  g_return_val_if_fail (VS_IS_STORE (self), NULL);

  if (!_vs_store_require_transaction (self, error))
    return NULL;
  bulk = g_new0 (VsStoreBulk, 1);
  bulk->index_sql = g_ptr_array_new_with_free_func (g_free);
  if (n_new < DEFER_MIN_ROWS)
    return bulk;

  stmt = _vs_store_prepare (self, "SELECT count(*) FROM observation", error);
  if (stmt == NULL)
    goto fail;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    existing = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (existing > (gint64) n_new)
    return bulk;

  stmt = _vs_store_prepare (self,
                            "SELECT name, sql FROM sqlite_schema WHERE type = 'index'"
                            " AND tbl_name = 'observation' AND sql IS NOT NULL", error);
  if (stmt == NULL)
    goto fail;
  {
    g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
        g_ptr_array_add (bulk->index_sql, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
      }
    sqlite3_reset (stmt);
    if (rc != SQLITE_DONE)
      {
        _vs_store_set_error (self, error, N_("read the database"));
        goto fail;
      }
    for (guint i = 0; i < names->len; i++)
      {
        char *sql = sqlite3_mprintf ("DROP INDEX \"%w\"", (const char *) g_ptr_array_index (names, i));
        gboolean ok = _vs_store_exec (self, sql, error);
        sqlite3_free (sql);
        if (!ok)
          goto fail;
      }
  }
  g_debug ("Deferred %u observation indexes for %u new figures", bulk->index_sql->len, n_new);
  return bulk;

fail:
  vs_store_bulk_free (bulk);
  return NULL;
}

/* Builds again what vs_store_bulk_begin dropped, and frees @bulk. */
gboolean
vs_store_bulk_end (VsStore      *self,
                   VsStoreBulk  *bulk,
                   GError      **error)
{
  gboolean ok = TRUE;
  gint64 start = g_get_monotonic_time ();

  g_return_val_if_fail (VS_IS_STORE (self), FALSE);
  g_return_val_if_fail (bulk != NULL, FALSE);

  for (guint i = 0; ok && i < bulk->index_sql->len; i++)
    ok = _vs_store_exec (self, g_ptr_array_index (bulk->index_sql, i), error);
  if (bulk->index_sql->len > 0)
    g_debug ("Built %u observation indexes again in %.3f s", bulk->index_sql->len,
             (g_get_monotonic_time () - start) / 1e6);
  vs_store_bulk_free (bulk);
  return ok;
}
