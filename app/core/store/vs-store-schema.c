/* vs-store-schema.c: the schema, and how older files are brought up to date
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "vs-store-private.h"

/* migrations[v - 1] takes a database from version v - 1 to v. Never edit a released step:
 * add a new one. The CHECK constraints keep the vocabulary of vs-types.c. */
static const char * const migrations[] = {
  /* 1: areas, localities, indicators, observations, benchmarks, the import log */
  "CREATE TABLE area ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),"
  "  position INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE TABLE locality ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),"
  "  is_whole INTEGER NOT NULL DEFAULT 0 CHECK (is_whole IN (0, 1)),"
  "  position INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE TABLE indicator ("
  "  id INTEGER PRIMARY KEY,"
  "  ref TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(ref)) > 0),"
  "  title TEXT NOT NULL CHECK (length(trim(title)) > 0),"
  "  area_id INTEGER NOT NULL REFERENCES area (id) ON DELETE RESTRICT,"
  "  polarity TEXT NOT NULL CHECK (polarity IN ('higher', 'lower', 'info')),"
  "  unit TEXT NOT NULL CHECK (unit IN ('count', 'percentage', 'rate-10k', 'average', 'days',"
  "                                     'maximum', 'money')),"
  "  periodicity TEXT NOT NULL CHECK (periodicity IN ('monthly', 'quarterly', 'termly', 'annual')),"
  "  cumulative INTEGER NOT NULL DEFAULT 0 CHECK (cumulative IN (0, 1)),"
  "  rolling INTEGER NOT NULL DEFAULT 0 CHECK (rolling IN (0, 1)),"
  "  target_text TEXT,"
  "  rag_rule TEXT NOT NULL DEFAULT 'auto' CHECK (rag_rule IN ('auto', 'tolerance', 'relative',"
  "                                                           'band', 'none')),"
  "  red_threshold REAL,"
  "  green_threshold REAL,"
  "  amber_percent REAL CHECK (amber_percent IS NULL OR amber_percent >= 0),"
  "  rag_comparator TEXT CHECK (rag_comparator IS NULL OR rag_comparator IN ("
  "    'sn-average', 'sn-best', 'national-average', 'national-top-quartile',"
  "    'regional-average', 'previous-year')),"
  "  lead_officer TEXT,"
  "  data_owner TEXT,"
  "  why_important TEXT,"
  "  background TEXT,"
  "  success TEXT,"
  "  source TEXT,"
  "  position INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE INDEX indicator_by_area ON indicator (area_id, position);"
  "CREATE TABLE import ("
  "  id INTEGER PRIMARY KEY,"
  "  started INTEGER NOT NULL,"
  "  file TEXT NOT NULL,"
  "  sha256 TEXT,"
  "  layout TEXT,"
  "  added INTEGER NOT NULL DEFAULT 0 CHECK (added >= 0),"
  "  changed INTEGER NOT NULL DEFAULT 0 CHECK (changed >= 0),"
  "  unchanged INTEGER NOT NULL DEFAULT 0 CHECK (unchanged >= 0),"
  "  warnings INTEGER NOT NULL DEFAULT 0 CHECK (warnings >= 0),"
  "  state TEXT NOT NULL DEFAULT 'running' CHECK (state IN ('running', 'imported', 'undone'))"
  ");"
  /* state: 0 actual, 1 missing, 2 not-expected, 3 suppressed (VsObsState). Integers keep
   * a million rows small; only an actual figure has a value. The file is the import's. */
  "CREATE TABLE observation ("
  "  indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,"
  "  locality_id INTEGER NOT NULL REFERENCES locality (id) ON DELETE RESTRICT,"
  "  period INTEGER NOT NULL CHECK (period >= 12),"
  "  state INTEGER NOT NULL CHECK (state BETWEEN 0 AND 3),"
  "  value REAL CHECK ((state = 0) = (value IS NOT NULL)),"
  "  numerator REAL CHECK (numerator IS NULL OR numerator >= 0),"
  "  denominator REAL CHECK (denominator IS NULL OR denominator >= 0),"
  "  import_id INTEGER REFERENCES import (id),"
  "  sheet TEXT,"
  "  cell TEXT,"
  "  PRIMARY KEY (indicator_id, locality_id, period)"
  ") WITHOUT ROWID;"
  "CREATE INDEX observation_by_import ON observation (import_id);"
  "CREATE INDEX observation_actual_by_period ON observation (period) WHERE state = 0;"
  /* What an import replaced, so that undo can put it back. */
  "CREATE TABLE observation_change ("
  "  id INTEGER PRIMARY KEY,"
  "  import_id INTEGER REFERENCES import (id),"
  "  indicator_id INTEGER NOT NULL,"
  "  locality_id INTEGER NOT NULL,"
  "  period INTEGER NOT NULL,"
  "  old_state INTEGER NOT NULL,"
  "  old_value REAL,"
  "  old_numerator REAL,"
  "  old_denominator REAL,"
  "  old_import_id INTEGER,"
  "  old_sheet TEXT,"
  "  old_cell TEXT"
  ");"
  "CREATE INDEX observation_change_by_import ON observation_change (import_id);"
  "CREATE INDEX observation_change_by_old_import ON observation_change (old_import_id);"
  "CREATE TABLE benchmark ("
  "  indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,"
  "  comparator TEXT NOT NULL CHECK (comparator IN ('sn-average', 'sn-best', 'national-average',"
  "    'national-top-quartile', 'regional-average', 'previous-year')),"
  "  period INTEGER NOT NULL CHECK (period >= 12),"
  "  value REAL NOT NULL,"
  "  label TEXT,"
  "  import_id INTEGER REFERENCES import (id),"
  "  PRIMARY KEY (indicator_id, comparator, period)"
  ") WITHOUT ROWID;",

  /* 2: the report card's living parts (commentary, actions) and the exception flags */
  "ALTER TABLE indicator ADD COLUMN dot_tolerance REAL CHECK (dot_tolerance IS NULL OR dot_tolerance >= 0);"
  "ALTER TABLE indicator ADD COLUMN budget_flag INTEGER NOT NULL DEFAULT 0 CHECK (budget_flag IN (0, 1));"
  "ALTER TABLE indicator ADD COLUMN risk_flag INTEGER NOT NULL DEFAULT 0 CHECK (risk_flag IN (0, 1));"
  "CREATE TABLE commentary ("
  "  id INTEGER PRIMARY KEY,"
  "  indicator_id INTEGER REFERENCES indicator (id) ON DELETE CASCADE,"
  "  area_id INTEGER REFERENCES area (id) ON DELETE CASCADE,"
  "  period INTEGER NOT NULL CHECK (period >= 12),"
  "  text TEXT NOT NULL,"
  "  author TEXT NOT NULL DEFAULT '',"
  "  created INTEGER NOT NULL,"
  "  CHECK (indicator_id IS NOT NULL OR area_id IS NOT NULL)"
  ");"
  "CREATE INDEX commentary_by_indicator ON commentary (indicator_id, period);"
  "CREATE TABLE action ("
  "  id INTEGER PRIMARY KEY,"
  "  indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,"
  "  text TEXT NOT NULL CHECK (length(trim(text)) > 0),"
  "  owner TEXT,"
  "  due INTEGER CHECK (due IS NULL OR due >= 12),"
  "  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in-progress', 'done', 'dropped')),"
  "  progress TEXT,"
  "  created INTEGER NOT NULL,"
  "  updated INTEGER NOT NULL"
  ");"
  "CREATE INDEX action_by_indicator ON action (indicator_id);",

  /* 3: what an import changed in an indicator's definition, so that undo restores it too */
  "CREATE TABLE indicator_change ("
  "  id INTEGER PRIMARY KEY,"
  "  import_id INTEGER NOT NULL REFERENCES import (id),"
  "  indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,"
  "  ref TEXT, title TEXT, area_id INTEGER, polarity TEXT, unit TEXT, periodicity TEXT,"
  "  cumulative INTEGER, rolling INTEGER, target_text TEXT, rag_rule TEXT, red_threshold REAL,"
  "  green_threshold REAL, amber_percent REAL, rag_comparator TEXT, dot_tolerance REAL,"
  "  budget_flag INTEGER, risk_flag INTEGER, lead_officer TEXT, data_owner TEXT,"
  "  why_important TEXT, background TEXT, success TEXT, source TEXT, position INTEGER"
  ");"
  "CREATE INDEX indicator_change_by_import ON indicator_change (import_id);",

  /* 4: everything else an import writes, so that undo takes all of it back: the import
   * that created an area, locality, indicator, commentary or action (NULL: made by hand,
   * or before this version), and the benchmarks and actions an import replaced */
  "ALTER TABLE area ADD COLUMN import_id INTEGER REFERENCES import (id);"
  "ALTER TABLE locality ADD COLUMN import_id INTEGER REFERENCES import (id);"
  "ALTER TABLE indicator ADD COLUMN import_id INTEGER REFERENCES import (id);"
  "ALTER TABLE commentary ADD COLUMN import_id INTEGER REFERENCES import (id);"
  "ALTER TABLE action ADD COLUMN import_id INTEGER REFERENCES import (id);"
  "CREATE INDEX area_by_import ON area (import_id) WHERE import_id IS NOT NULL;"
  "CREATE INDEX locality_by_import ON locality (import_id) WHERE import_id IS NOT NULL;"
  "CREATE INDEX indicator_by_import ON indicator (import_id) WHERE import_id IS NOT NULL;"
  "CREATE INDEX commentary_by_import ON commentary (import_id) WHERE import_id IS NOT NULL;"
  "CREATE INDEX action_by_import ON action (import_id) WHERE import_id IS NOT NULL;"
  "CREATE INDEX benchmark_by_import ON benchmark (import_id);"
  "CREATE TABLE benchmark_change ("
  "  id INTEGER PRIMARY KEY,"
  "  import_id INTEGER NOT NULL REFERENCES import (id),"
  "  indicator_id INTEGER NOT NULL,"
  "  comparator TEXT NOT NULL,"
  "  period INTEGER NOT NULL,"
  "  old_value REAL NOT NULL,"
  "  old_label TEXT,"
  "  old_import_id INTEGER"
  ");"
  "CREATE INDEX benchmark_change_by_import ON benchmark_change (import_id);"
  "CREATE INDEX benchmark_change_by_old_import ON benchmark_change (old_import_id);"
  "CREATE TABLE action_change ("
  "  id INTEGER PRIMARY KEY,"
  "  import_id INTEGER NOT NULL REFERENCES import (id),"
  "  action_id INTEGER NOT NULL REFERENCES action (id) ON DELETE CASCADE,"
  "  text TEXT, owner TEXT, due INTEGER, status TEXT, progress TEXT, created INTEGER,"
  "  updated INTEGER"
  ");"
  "CREATE INDEX action_change_by_import ON action_change (import_id);"
  "CREATE INDEX action_change_by_action ON action_change (action_id);",

  /* 5: the department's rating settings (vs-rating-settings.h): a key absent is at its
   * default, so a database never holds a default that a later version would change */
  "CREATE TABLE setting ("
  "  key TEXT PRIMARY KEY CHECK (length(key) > 0),"
  "  value TEXT NOT NULL"
  ") WITHOUT ROWID;",

  /* 6: every authority's, region's and England's published figures, kept as published for
   * the comparators (peer figures); the home authority is kept in the settings. level: 0
   * England, 1 a region, 2 an authority; code: the old three-digit LA code of an authority
   * (the SN models' key), the ONS code of a region or England. state as VsObsState (0
   * actual, 3 suppressed, with the code as published in code_text). row and col are the
   * file's, 1-based; the file is the import's. */
  "CREATE TABLE peer_figure ("
  "  indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,"
  "  code TEXT NOT NULL CHECK (length(code) > 0),"
  "  period INTEGER NOT NULL CHECK (period >= 12),"
  "  level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 2),"
  "  name TEXT NOT NULL,"
  "  new_code TEXT,"
  "  region TEXT,"
  "  state INTEGER NOT NULL CHECK (state IN (0, 3)),"
  "  value REAL CHECK ((state = 0) = (value IS NOT NULL)),"
  "  code_text TEXT CHECK ((state = 3) = (code_text IS NOT NULL)),"
  "  numerator REAL,"
  "  denominator REAL,"
  "  import_id INTEGER REFERENCES import (id),"
  "  row INTEGER,"
  "  col INTEGER,"
  "  PRIMARY KEY (indicator_id, period, code)"
  ") WITHOUT ROWID;"
  "CREATE INDEX peer_figure_by_import ON peer_figure (import_id);"
  /* A later publication's corrections: what it replaced, so that undo can put it back. */
  "CREATE TABLE peer_figure_change ("
  "  id INTEGER PRIMARY KEY,"
  "  import_id INTEGER REFERENCES import (id),"
  "  indicator_id INTEGER NOT NULL,"
  "  code TEXT NOT NULL,"
  "  period INTEGER NOT NULL,"
  "  level INTEGER, name TEXT, new_code TEXT, region TEXT,"
  "  old_state INTEGER, old_value REAL, old_code_text TEXT, old_numerator REAL,"
  "  old_denominator REAL, old_import_id INTEGER, old_row INTEGER, old_col INTEGER"
  ");"
  "CREATE INDEX peer_figure_change_by_import ON peer_figure_change (import_id);",

  /* 7: the SN median (the DfE dashboard's comparator) beside the SN average (LAIT's): both
   * CHECKs that list the comparators take it. SQLite cannot alter a CHECK: the indicator's
   * column is replaced in place (nothing else names it), and the benchmark table, which
   * nothing references, is copied into a new one. */
  "ALTER TABLE indicator ADD COLUMN rag_comparator_7 TEXT CHECK (rag_comparator_7 IS NULL OR "
  "  rag_comparator_7 IN ('sn-average', 'sn-median', 'sn-best', 'national-average',"
  "    'national-top-quartile', 'regional-average', 'previous-year'));"
  "UPDATE indicator SET rag_comparator_7 = rag_comparator;"
  "ALTER TABLE indicator DROP COLUMN rag_comparator;"
  "ALTER TABLE indicator RENAME COLUMN rag_comparator_7 TO rag_comparator;"
  "CREATE TABLE benchmark_7 ("
  "  indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,"
  "  comparator TEXT NOT NULL CHECK (comparator IN ('sn-average', 'sn-median', 'sn-best',"
  "    'national-average', 'national-top-quartile', 'regional-average', 'previous-year')),"
  "  period INTEGER NOT NULL CHECK (period >= 12),"
  "  value REAL NOT NULL,"
  "  label TEXT,"
  "  import_id INTEGER REFERENCES import (id),"
  "  PRIMARY KEY (indicator_id, comparator, period)"
  ") WITHOUT ROWID;"
  "INSERT INTO benchmark_7 (indicator_id, comparator, period, value, label, import_id)"
  "  SELECT indicator_id, comparator, period, value, label, import_id FROM benchmark;"
  "DROP TABLE benchmark;"
  "ALTER TABLE benchmark_7 RENAME TO benchmark;"
  "CREATE INDEX benchmark_by_import ON benchmark (import_id);",
  /* 8: the figures an import stated again unchanged. The figure keeps the import that first
   * brought it; this says which later imports hold it too, so that undoing the first hands
   * the figure on to the next instead of deleting what a live import still holds. */
  "CREATE TABLE observation_restated ("
  "  indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,"
  "  locality_id INTEGER NOT NULL REFERENCES locality (id) ON DELETE CASCADE,"
  "  period INTEGER NOT NULL,"
  "  import_id INTEGER NOT NULL REFERENCES import (id),"
  "  sheet TEXT,"
  "  cell TEXT,"
  "  PRIMARY KEY (indicator_id, locality_id, period, import_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX observation_restated_by_import ON observation_restated (import_id);",

  /* 9: what an import warned of, in the words it used then and where in the file, so that
   * the history can show it again (the import's warnings column counts them all; the
   * import keeps the first VS_IMPORT_MAX_MESSAGES). row and col are 1-based, NULL when the
   * warning is about a whole row, column or file. */
  "CREATE TABLE import_warning ("
  "  import_id INTEGER NOT NULL REFERENCES import (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL CHECK (position >= 0),"
  "  sheet TEXT,"
  "  row INTEGER CHECK (row IS NULL OR row >= 1),"
  "  col INTEGER CHECK (col IS NULL OR col >= 1),"
  "  cell TEXT,"
  "  text TEXT NOT NULL CHECK (length(text) > 0),"
  "  PRIMARY KEY (import_id, position)"
  ") WITHOUT ROWID;",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == VS_STORE_SCHEMA_VERSION);

const char *
_vs_store_migration_sql (int version)
{
  g_return_val_if_fail (version >= 1 && version <= VS_STORE_SCHEMA_VERSION, NULL);
  return migrations[version - 1];
}

static gboolean
has_tables (VsStore *self)
{
  sqlite3_stmt *stmt = NULL;
  gboolean any = FALSE;

  if (sqlite3_prepare_v2 (self->db, "SELECT count(*) FROM sqlite_schema", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    any = sqlite3_column_int (stmt, 0) > 0;
  sqlite3_finalize (stmt);
  return any;
}

/* VACUUM INTO writes a consistent copy from inside a read transaction, and never overwrites. */
static gboolean
back_up (VsStore  *self,
         int       from_version,
         GError  **error)
{
  g_autofree char *backup = g_strdup_printf ("%s.bak-v%d", self->path, from_version);
  char *sql;
  int rc;

  if (g_file_test (backup, G_FILE_TEST_EXISTS))
    {
      g_autofree char *stamped = g_strdup_printf ("%s.bak-v%d-%" G_GINT64_FORMAT, self->path,
                                                  from_version, g_get_real_time () / G_USEC_PER_SEC);
      g_free (backup);
      backup = g_steal_pointer (&stamped);
    }

  sql = sqlite3_mprintf ("VACUUM INTO %Q", backup);
  rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  sqlite3_free (sql);
  if (rc != SQLITE_OK)
    {
      g_autofree char *doing = g_strdup_printf (_("back up the database to “%s”"), backup);
      _vs_store_set_error (self, error, doing);
      return FALSE;
    }
  g_debug ("Backed up %s to %s before migrating", self->path, backup);
  return TRUE;
}

static guint32
read_application_id (VsStore *self)
{
  sqlite3_stmt *stmt = NULL;
  guint32 id = 0;

  if (sqlite3_prepare_v2 (self->db, "PRAGMA application_id", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    id = (guint32) sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return id;
}

/* Files written before the id existed get it on their next writable open, so that the
 * desktop's mime magic recognises them too; an already stamped file is not written. */
static gboolean
stamp_application_id (VsStore  *self,
                      GError  **error)
{
  g_autofree char *sql = NULL;

  if (read_application_id (self) == VS_STORE_APPLICATION_ID)
    return TRUE;
  sql = g_strdup_printf ("PRAGMA application_id = %d", (int) VS_STORE_APPLICATION_ID);
  return _vs_store_exec (self, sql, error);
}

/* Another program's file (it stamped its own id) is refused before anything, even the
 * journal mode, writes to it. */
gboolean
_vs_store_check_application_id (VsStore  *self,
                                GError  **error)
{
  guint32 application_id = read_application_id (self);

  if (application_id != 0 && application_id != VS_STORE_APPLICATION_ID)
    {
      g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_CORRUPT,
                   _("“%s” belongs to another application (SQLite application id 0x%08x, not "
                     "Vital Signs’ 0x%08x); it was left as it was."),
                   self->path, application_id, (guint32) VS_STORE_APPLICATION_ID);
      return FALSE;
    }
  return TRUE;
}

gboolean
_vs_store_migrate (VsStore  *self,
                   GError  **error)
{
  int version = vs_store_get_schema_version (self);

  /* A file that is not a database fails on its first read: say so plainly. */
  if (sqlite3_errcode (self->db) == SQLITE_NOTADB)
    {
      _vs_store_set_error (self, error, N_("read the database"));
      return FALSE;
    }

  if (version > VS_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_TOO_NEW,
                   _("“%s” was written by a newer version of Vital Signs (schema %d; this "
                     "version reads up to %d). Update Vital Signs to open it."),
                   self->path, version, VS_STORE_SCHEMA_VERSION);
      return FALSE;
    }
  /* user_version is any 32-bit number a file claims: only 0..current index migrations[]. */
  if (version < 0)
    {
      g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_CORRUPT,
                   _("“%s” claims schema version %d, which no version of Vital Signs writes: "
                     "it is damaged or not a Vital Signs database."), self->path, version);
      return FALSE;
    }
  if (version == VS_STORE_SCHEMA_VERSION)
    return self->read_only ? TRUE : stamp_application_id (self, error);
  if (self->read_only)
    {
      if (version == 0 && !has_tables (self))
        g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_NEEDS_UPDATE,
                     _("“%s” holds no Vital Signs data yet, and can only be read."), self->path);
      else
        g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_NEEDS_UPDATE,
                     _("“%s” was written by an older version of Vital Signs (schema %d) and "
                       "must be updated before it is read, but it can only be read here."),
                     self->path, version);
      return FALSE;
    }

  if (version > 0 || has_tables (self))
    {
      if (version == 0)
        {
          g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_CORRUPT,
                       _("“%s” is an SQLite database, but not one of Vital Signs."), self->path);
          return FALSE;
        }
      if (!_vs_store_check (self, "PRAGMA integrity_check(1)", error) ||
          !back_up (self, version, error))
        return FALSE;
    }

  if (!_vs_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (!stamp_application_id (self, error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  for (int v = version + 1; v <= VS_STORE_SCHEMA_VERSION; v++)
    {
      g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d", v);

      if (!_vs_store_exec (self, migrations[v - 1], error) || !_vs_store_exec (self, bump, error))
        {
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          g_prefix_error (error, _("Could not update the database to schema %d: "), v);
          return FALSE;
        }
    }
  /* Foreign keys must still hold after the new constraints. */
  {
    sqlite3_stmt *stmt = NULL;
    gboolean violated = FALSE;
    if (sqlite3_prepare_v2 (self->db, "PRAGMA foreign_key_check", -1, &stmt, NULL) == SQLITE_OK)
      violated = sqlite3_step (stmt) == SQLITE_ROW;
    sqlite3_finalize (stmt);
    if (violated)
      {
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
        g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_CORRUPT,
                     _("“%s” has figures that belong to no indicator; it was left as it was."),
                     self->path);
        return FALSE;
      }
  }
  return _vs_store_exec (self, "COMMIT", error);
}
