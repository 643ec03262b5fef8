/* vs-store-peers.c: settings, the home authority and peer figures
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "vs-store-peers.h"
#include "vs-store-private.h"

char *
vs_store_get_setting (VsStore     *self,
                      const char  *key,
                      GError     **error)
{
  sqlite3_stmt *stmt;
  char *value = NULL;
  int rc;

  g_return_val_if_fail (VS_IS_STORE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  stmt = _vs_store_prepare (self, "SELECT value FROM setting WHERE key = ?1", error);
  if (stmt == NULL)
    return NULL;
  _vs_bind_text (stmt, 1, key);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      value = _vs_column_text (stmt, 0);
      rc = sqlite3_step (stmt);
    }
  if (!_vs_store_finish_rows (self, stmt, rc, error))
    g_clear_pointer (&value, g_free);
  return value;
}

gboolean
vs_store_set_setting (VsStore     *self,
                      const char  *key,
                      const char  *value,
                      GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (VS_IS_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  if (!_vs_store_require_transaction (self, error))
    return FALSE;
  if (value == NULL)
    stmt = _vs_store_prepare (self, "DELETE FROM setting WHERE key = ?1", error);
  else
    stmt = _vs_store_prepare (self,
                              "INSERT INTO setting (key, value) VALUES (?1, ?2)"
                              " ON CONFLICT DO UPDATE SET value = ?2", error);
  if (stmt == NULL)
    return FALSE;
  _vs_bind_text (stmt, 1, key);
  if (value != NULL)
    _vs_bind_text (stmt, 2, value);
  if (!_vs_store_step_done (self, stmt, N_("save a setting"), error))
    return FALSE;
  _vs_store_mark_dirty (self);
  return TRUE;
}

/* The home authority is four settings, so that each can be read on its own. */
static const char * const home_keys[] = {
  "home.code", "home.name", "home.new-code", "home.region",
};

VsAuthority *
vs_store_get_home (VsStore  *self,
                   GError  **error)
{
  char *values[G_N_ELEMENTS (home_keys)] = { NULL };

  g_return_val_if_fail (VS_IS_STORE (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (home_keys); i++)
    {
      g_autoptr(GError) local = NULL;
      values[i] = vs_store_get_setting (self, home_keys[i], &local);
      if (local != NULL)
        {
          for (guint k = 0; k < i; k++)
            g_free (values[k]);
          g_propagate_error (error, g_steal_pointer (&local));
          return NULL;
        }
    }
  if (values[0] == NULL)
    {
      for (guint k = 1; k < G_N_ELEMENTS (home_keys); k++)
        g_free (values[k]);
      return NULL;
    }
  {
    VsAuthority *home = g_new0 (VsAuthority, 1);
    home->code = values[0];
    home->name = values[1] ? values[1] : g_strdup (values[0]);
    home->new_code = values[2];
    home->region = values[3];
    return home;
  }
}

gboolean
vs_store_set_home (VsStore            *self,
                   const VsAuthority  *home,
                   GError            **error)
{
  const char *values[G_N_ELEMENTS (home_keys)];

  g_return_val_if_fail (VS_IS_STORE (self), FALSE);
  g_return_val_if_fail (home != NULL && home->code != NULL, FALSE);

  values[0] = home->code;
  values[1] = home->name;
  values[2] = home->new_code;
  values[3] = home->region;
  for (guint i = 0; i < G_N_ELEMENTS (home_keys); i++)
    if (!vs_store_set_setting (self, home_keys[i], values[i], error))
      return FALSE;
  return TRUE;
}

gboolean
vs_store_delete_benchmarks (VsStore       *self,
                            gint64         indicator_id,
                            VsComparator   comparator,
                            GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (VS_IS_STORE (self), FALSE);

  if (!_vs_store_require_transaction (self, error))
    return FALSE;
  stmt = _vs_store_prepare (self, "DELETE FROM benchmark WHERE indicator_id = ?1 AND comparator = ?2",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, indicator_id);
  _vs_bind_text (stmt, 2, vs_comparator_to_string (comparator));
  if (!_vs_store_step_done (self, stmt, N_("replace the comparators"), error))
    return FALSE;
  if (sqlite3_changes (self->db) > 0)
    _vs_store_mark_dirty (self);
  return TRUE;
}

/* ---- writing peer figures ---- */

static gboolean
indicator_has_peers (VsStore     *self,
                     gint64       indicator_id,
                     GHashTable  *known,
                     gboolean    *has,
                     GError     **error)
{
  sqlite3_stmt *stmt;
  gpointer found;
  int rc;

  if (g_hash_table_lookup_extended (known, &indicator_id, NULL, &found))
    {
      *has = GPOINTER_TO_INT (found);
      return TRUE;
    }
  stmt = _vs_store_prepare (self, "SELECT 1 FROM peer_figure WHERE indicator_id = ?1 LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, indicator_id);
  rc = sqlite3_step (stmt);
  *has = rc == SQLITE_ROW;
  if (rc == SQLITE_ROW)
    rc = sqlite3_step (stmt);
  if (!_vs_store_finish_rows (self, stmt, rc, error))
    return FALSE;
  g_hash_table_insert (known, g_memdup2 (&indicator_id, sizeof indicator_id), GINT_TO_POINTER (*has));
  return TRUE;
}

static gboolean
same_number (double a,
             double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

/* -1 on error, 0 none held, 1 held with the same figure, 2 held with another. */
static int
compare_held (VsStore            *self,
              const VsPeerFigure *figure,
              VsPeerCorrection   *old,
              GError            **error)
{
  sqlite3_stmt *stmt;
  int rc, verdict = 0;

  stmt = _vs_store_prepare (self,
                            "SELECT state, value, code_text, numerator, denominator, import_id"
                            " FROM peer_figure WHERE indicator_id = ?1 AND period = ?2 AND code = ?3",
                            error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, figure->indicator_id);
  sqlite3_bind_int (stmt, 2, figure->period);
  _vs_bind_text (stmt, 3, figure->code);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      g_autofree char *code_text = _vs_column_text (stmt, 2);

      old->old_state = (VsObsState) sqlite3_column_int (stmt, 0);
      old->old_value = _vs_column_double (stmt, 1);
      old->old_import_id = sqlite3_column_int64 (stmt, 5);
      verdict = old->old_state == figure->state && same_number (old->old_value, figure->value) &&
                g_strcmp0 (code_text, figure->code_text) == 0 &&
                same_number (_vs_column_double (stmt, 3), figure->numerator) &&
                same_number (_vs_column_double (stmt, 4), figure->denominator) ? 1 : 2;
      rc = sqlite3_step (stmt);
    }
  if (!_vs_store_finish_rows (self, stmt, rc, error))
    return -1;
  return verdict;
}

static gboolean
log_correction (VsStore            *self,
                gint64              import_id,
                const VsPeerFigure *figure,
                GError            **error)
{
  sqlite3_stmt *stmt;

  stmt = _vs_store_prepare (self,
                            "INSERT INTO peer_figure_change (import_id, indicator_id, code, period,"
                            "  level, name, new_code, region, old_state, old_value, old_code_text,"
                            "  old_numerator, old_denominator, old_import_id, old_row, old_col)"
                            " SELECT ?1, indicator_id, code, period, level, name, new_code, region,"
                            "  state, value, code_text, numerator, denominator, import_id, row, col"
                            " FROM peer_figure WHERE indicator_id = ?2 AND period = ?3 AND code = ?4",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, import_id);
  sqlite3_bind_int64 (stmt, 2, figure->indicator_id);
  sqlite3_bind_int (stmt, 3, figure->period);
  _vs_bind_text (stmt, 4, figure->code);
  return _vs_store_step_done (self, stmt, N_("log a corrected published figure"), error);
}

#define PEER_COLUMNS_INSERT \
  "INSERT OR REPLACE INTO peer_figure (indicator_id, code, period, level, name, new_code," \
  " region, state, value, code_text, numerator, denominator, import_id, row, col) VALUES "
#define PEER_ROW_SQL "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, nullif(?, 0), nullif(?, 0), nullif(?, 0))"
#define PEER_ROW_PARAMS 15
#define PEER_BATCH 32

/* The statement cache is keyed by the SQL's address, so each size has one lasting string. */
static const char *
batch_sql (guint rows)
{
  static char *sql[PEER_BATCH + 1];
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      _vs_store_build_batch_sql (sql, PEER_BATCH, PEER_COLUMNS_INSERT, PEER_ROW_SQL);
      g_once_init_leave (&once, 1);
    }
  return sql[rows];
}

/* The caller's strings outlive the step. */
static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, index);
}

/* Writes @n figures (of @figures, at @indexes) in one statement. */
static gboolean
write_figures (VsStore            *self,
               gint64              import_id,
               const VsPeerFigure *figures,
               const guint        *indexes,
               guint               n,
               GError            **error)
{
  sqlite3_stmt *stmt;

  if (n == 0)
    return TRUE;
  stmt = _vs_store_prepare (self, batch_sql (n), error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      const VsPeerFigure *f = &figures[indexes[i]];
      int p = (int) (i * PEER_ROW_PARAMS);

      sqlite3_bind_int64 (stmt, p + 1, f->indicator_id);
      bind_text (stmt, p + 2, f->code);
      sqlite3_bind_int (stmt, p + 3, f->period);
      sqlite3_bind_int (stmt, p + 4, (int) f->level);
      bind_text (stmt, p + 5, f->name);
      bind_text (stmt, p + 6, f->new_code);
      bind_text (stmt, p + 7, f->region);
      sqlite3_bind_int (stmt, p + 8, (int) f->state);
      _vs_bind_double (stmt, p + 9, f->state == VS_OBS_ACTUAL ? f->value : NAN);
      bind_text (stmt, p + 10, f->state == VS_OBS_ACTUAL ? NULL : f->code_text);
      _vs_bind_double (stmt, p + 11, f->numerator);
      _vs_bind_double (stmt, p + 12, f->denominator);
      sqlite3_bind_int64 (stmt, p + 13, import_id);
      sqlite3_bind_int (stmt, p + 14, (int) f->row);
      sqlite3_bind_int (stmt, p + 15, (int) f->col);
    }
  return _vs_store_step_done (self, stmt, N_("save the published figures"), error);
}

static gboolean
apply_peer_figures (VsStore             *self,
                    gint64               import_id,
                    const VsPeerFigure  *figures,
                    guint                n,
                    gboolean             write,
                    GArray              *corrections,
                    VsPeerCounts        *counts,
                    GError             **error)
{
  g_autoptr(GHashTable) known = NULL;
  VsPeerCounts local = { 0 };
  guint batch[PEER_BATCH];
  guint n_batch = 0;

  /* A first import of an indicator (the common case) needs no look-up per figure. */
  known = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < n; i++)
    {
      const VsPeerFigure *f = &figures[i];
      VsPeerCorrection old = { i, VS_OBS_MISSING, NAN, 0 };
      gboolean has = FALSE;
      int held = 0;

      g_return_val_if_fail (f->code != NULL && f->name != NULL, FALSE);
      if (f->indicator_id != 0 && !indicator_has_peers (self, f->indicator_id, known, &has, error))
        return FALSE;
      if (has && (held = compare_held (self, f, &old, error)) < 0)
        return FALSE;
      if (held == 1)
        {
          local.unchanged++;
          continue;
        }
      if (write && held == 2 && !log_correction (self, import_id, f, error))
        return FALSE;
      if (write)
        {
          batch[n_batch++] = i;
          /* Written before the next figure of the same indicator is looked up. */
          if ((n_batch == PEER_BATCH || held == 2) &&
              !write_figures (self, import_id, figures, batch, n_batch, error))
            return FALSE;
          if (n_batch == PEER_BATCH || held == 2)
            n_batch = 0;
        }
      if (held == 2)
        {
          local.changed++;
          if (corrections)
            g_array_append_val (corrections, old);
        }
      else
        local.added++;
    }
  if (write && !write_figures (self, import_id, figures, batch, n_batch, error))
    return FALSE;
  if (write && (local.added || local.changed))
    _vs_store_mark_dirty (self);
  if (counts)
    *counts = local;
  return TRUE;
}

gboolean
vs_store_put_peer_figures (VsStore             *self,
                           gint64               import_id,
                           const VsPeerFigure  *figures,
                           guint                n,
                           GArray              *corrections,
                           VsPeerCounts        *counts,
                           GError             **error)
{
  g_return_val_if_fail (VS_IS_STORE (self), FALSE);
  g_return_val_if_fail (figures != NULL || n == 0, FALSE);

  if (!_vs_store_require_transaction (self, error))
    return FALSE;
  return apply_peer_figures (self, import_id, figures, n, TRUE, corrections, counts, error);
}

gboolean
vs_store_count_peer_figures (VsStore             *self,
                             const VsPeerFigure  *figures,
                             guint                n,
                             VsPeerCounts        *counts,
                             GError             **error)
{
  g_return_val_if_fail (VS_IS_STORE (self), FALSE);
  g_return_val_if_fail (figures != NULL || n == 0, FALSE);

  return apply_peer_figures (self, 0, figures, n, FALSE, NULL, counts, error);
}

/* ---- reading ---- */

#define PEER_COLUMNS \
  "p.indicator_id, p.period, p.level, p.code, p.name, p.new_code, p.region, p.state, p.value," \
  " p.code_text, p.numerator, p.denominator, p.import_id, p.row, p.col, i.file" \
  " FROM peer_figure p LEFT JOIN import i ON i.id = p.import_id"

static VsPeerFigure *
figure_from_row (sqlite3_stmt *stmt)
{
  VsPeerFigure *f = g_new0 (VsPeerFigure, 1);

  f->indicator_id = sqlite3_column_int64 (stmt, 0);
  f->period = sqlite3_column_int (stmt, 1);
  f->level = (VsPeerLevel) sqlite3_column_int (stmt, 2);
  f->code = _vs_column_text (stmt, 3);
  f->name = _vs_column_text (stmt, 4);
  f->new_code = _vs_column_text (stmt, 5);
  f->region = _vs_column_text (stmt, 6);
  f->state = (VsObsState) sqlite3_column_int (stmt, 7);
  f->value = _vs_column_double (stmt, 8);
  f->code_text = _vs_column_text (stmt, 9);
  f->numerator = _vs_column_double (stmt, 10);
  f->denominator = _vs_column_double (stmt, 11);
  f->import_id = sqlite3_column_int64 (stmt, 12);
  f->row = (guint) sqlite3_column_int (stmt, 13);
  f->col = (guint) sqlite3_column_int (stmt, 14);
  f->file = _vs_column_text (stmt, 15);
  return f;
}

GPtrArray *
vs_store_list_peer_figures (VsStore   *self,
                            gint64     indicator_id,
                            VsPeriod   period,
                            GError   **error)
{
  g_autoptr(GPtrArray) figures = g_ptr_array_new_with_free_func ((GDestroyNotify) vs_peer_figure_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VS_IS_STORE (self), NULL);

  if (period == VS_PERIOD_INVALID)
    stmt = _vs_store_prepare (self, "SELECT " PEER_COLUMNS " WHERE p.indicator_id = ?1"
                              " ORDER BY p.period, p.level, p.code", error);
  else
    stmt = _vs_store_prepare (self, "SELECT " PEER_COLUMNS
                              " WHERE p.indicator_id = ?1 AND p.period = ?2"
                              " ORDER BY p.period, p.level, p.code", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, indicator_id);
  if (period != VS_PERIOD_INVALID)
    sqlite3_bind_int (stmt, 2, period);
  FOR_EACH_ROW (self, stmt, rc)
    g_ptr_array_add (figures, figure_from_row (stmt));
  if (!_vs_store_finish_rows (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&figures);
}

GArray *
vs_store_list_peer_indicators (VsStore  *self,
                               GError  **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VS_IS_STORE (self), NULL);

  /* One probe of the primary key per indicator, not a scan of every figure. */
  stmt = _vs_store_prepare (self,
                            "SELECT i.id FROM indicator i WHERE EXISTS ("
                            "  SELECT 1 FROM peer_figure p WHERE p.indicator_id = i.id)"
                            " ORDER BY i.position, i.id", error);
  if (stmt == NULL)
    return NULL;
  FOR_EACH_ROW (self, stmt, rc)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (!_vs_store_finish_rows (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&ids);
}

GPtrArray *
vs_store_list_authorities (VsStore  *self,
                           GError  **error)
{
  g_autoptr(GPtrArray) authorities = g_ptr_array_new_with_free_func ((GDestroyNotify) vs_authority_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VS_IS_STORE (self), NULL);

  /* The name, ONS code and region of the latest period an authority published in. */
  stmt = _vs_store_prepare (self,
                            "SELECT code, name, new_code, region, max(period) FROM peer_figure"
                            " WHERE level = 2 GROUP BY code ORDER BY name COLLATE NOCASE", error);
  if (stmt == NULL)
    return NULL;
  FOR_EACH_ROW (self, stmt, rc)
    {
      VsAuthority *a = g_new0 (VsAuthority, 1);
      a->code = _vs_column_text (stmt, 0);
      a->name = _vs_column_text (stmt, 1);
      a->new_code = _vs_column_text (stmt, 2);
      a->region = _vs_column_text (stmt, 3);
      g_ptr_array_add (authorities, a);
    }
  if (!_vs_store_finish_rows (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&authorities);
}

VsAuthority *
vs_store_find_authority (VsStore     *self,
                         const char  *query,
                         GError     **error)
{
  g_autoptr(GPtrArray) all = NULL;

  g_return_val_if_fail (VS_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  all = vs_store_list_authorities (self, error);
  if (all == NULL)
    return NULL;
  for (guint i = 0; i < all->len; i++)
    if (vs_authority_matches (g_ptr_array_index (all, i), query))
      return vs_authority_copy (g_ptr_array_index (all, i));
  if (all->len == 0)
    g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_NOT_FOUND,
                 _("No authority “%s”: the database holds no published statistics yet. Import a "
                   "DfE file first."), query);
  else
    g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_NOT_FOUND,
                 _("No authority “%s” among the %u the published statistics name (give a name "
                   "such as “%s” or an old LA code such as “%s”)."), query, all->len,
                 ((VsAuthority *) g_ptr_array_index (all, 0))->name,
                 ((VsAuthority *) g_ptr_array_index (all, 0))->code);
  return NULL;
}
