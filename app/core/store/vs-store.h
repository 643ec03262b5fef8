/* vs-store.h: the SQLite file that holds everything imported
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vs-indicator.h"
#include "vs-period.h"
#include "vs-rating-settings.h"
#include "vs-series.h"

G_BEGIN_DECLS

#define VS_STORE_ERROR (vs_store_error_quark ())

/* SQLite's application_id for every Vital Signs database: "VSDB" in ASCII. The mime type
 * application/x-vital-signs-database matches it big-endian at byte 68 of the file. */
#define VS_STORE_APPLICATION_ID 0x56534442u

typedef enum {
  VS_STORE_ERROR_OPEN,        /* cannot open or create the file */
  VS_STORE_ERROR_CORRUPT,     /* integrity_check failed, or not a database */
  VS_STORE_ERROR_TOO_NEW,     /* written by a newer Vital Signs */
  VS_STORE_ERROR_BUSY,        /* another process holds the file */
  VS_STORE_ERROR_CONSTRAINT,  /* a row the schema refuses */
  VS_STORE_ERROR_NOT_FOUND,
  VS_STORE_ERROR_AMBIGUOUS,
  VS_STORE_ERROR_FAILED,
  VS_STORE_ERROR_READ_ONLY,   /* a write to a store that can only be read */
  VS_STORE_ERROR_NEEDS_UPDATE,/* opened read-only, but the file's schema is older */
} VsStoreError;

GQuark vs_store_error_quark (void);

#define VS_TYPE_STORE (vs_store_get_type ())
G_DECLARE_FINAL_TYPE (VsStore, vs_store, VS, STORE, GObject)

typedef enum {
  VS_STORE_OPEN_DEFAULT       = 0,       /* read-write; creates the file, not its folder */
  VS_STORE_OPEN_READ_ONLY     = 1 << 0,  /* no migration, no journal change, no writes */
  VS_STORE_OPEN_CREATE_FOLDER = 1 << 1,  /* creates the file's folder (the default path's) */
} VsStoreOpenFlags;

/* Opens (creating if needed) and migrates. A non-empty file of an older schema is copied
 * to PATH.bak-vN before migrating. "" and ":memory:" are refused. */
VsStore     *vs_store_open               (const char   *path,
                                          GError      **error);
VsStore     *vs_store_open_full          (const char   *path,
                                          VsStoreOpenFlags flags,
                                          GError      **error);
/* vs_store_default_path(), creating its folder unless $VITAL_SIGNS_DB named it. */
VsStore     *vs_store_open_default       (VsStoreOpenFlags flags,
                                          GError      **error);
/* Opened read-only, or the file or its folder cannot be written: writes are refused. */
gboolean     vs_store_is_read_only       (VsStore      *self);
const char  *vs_store_get_path           (VsStore      *self);
int          vs_store_get_schema_version (VsStore      *self);
/* TRUE when @path is the database or one of SQLite's files beside it (by device and inode,
 * without opening it): nothing but SQLite may open them while the store is open. */
gboolean     vs_store_is_own_file        (VsStore      *self,
                                          const char   *path);
gboolean     vs_store_is_empty           (VsStore      *self);
/* How long a write waits for another process's lock before failing with BUSY. */
void         vs_store_set_busy_timeout   (VsStore      *self,
                                          guint         milliseconds);
/* A consistent copy of the database as it is now, for another machine: one self-contained
 * file (rollback journal), written beside @dest_path and renamed onto it. */
gboolean     vs_store_save_copy          (VsStore      *self,
                                          const char   *dest_path,
                                          GError      **error);
/* $VITAL_SIGNS_DB, else $XDG_DATA_HOME/vital-signs/vital-signs.db */
char        *vs_store_default_path       (void);

/* Every write goes through one of these; nested use is an error. The "changed" signal is
 * emitted after a commit. */
gboolean     vs_store_begin              (VsStore      *self,
                                          GError      **error);
gboolean     vs_store_commit             (VsStore      *self,
                                          GError      **error);
void         vs_store_rollback           (VsStore      *self);
gboolean     vs_store_in_transaction     (VsStore      *self);

/* ---- reading ---- */
GPtrArray   *vs_store_list_areas         (VsStore      *self,   /* of VsArea */
                                          GError      **error);
VsArea      *vs_store_find_area          (VsStore      *self,
                                          const char   *name,   /* case-insensitive */
                                          GError      **error);
GPtrArray   *vs_store_list_localities    (VsStore      *self,   /* of VsLocality */
                                          GError      **error);
VsLocality  *vs_store_find_locality      (VsStore      *self,
                                          const char   *name,   /* NULL: the whole authority */
                                          GError      **error);
GPtrArray   *vs_store_list_indicators    (VsStore      *self,   /* of VsIndicator */
                                          gint64        area_id, /* 0 for all */
                                          GError      **error);
VsIndicator *vs_store_get_indicator      (VsStore      *self,
                                          gint64        id,
                                          GError      **error);
VsIndicator *vs_store_get_indicator_by_ref (VsStore    *self,
                                          const char   *ref,
                                          GError      **error);
/* A ref, or an unambiguous part of a title (case-insensitive). An ambiguous query fails
 * with VS_STORE_ERROR_AMBIGUOUS and a message listing the candidates. */
VsIndicator *vs_store_find_indicator     (VsStore      *self,
                                          const char   *query,
                                          GError      **error);
/* Observations (of VsObservation*, freed with the array) in period order. */
GPtrArray   *vs_store_list_observations  (VsStore      *self,
                                          gint64        indicator_id,
                                          gint64        locality_id, /* 0: every locality */
                                          VsPeriod      from,        /* VS_PERIOD_INVALID: open */
                                          VsPeriod      to,
                                          GError      **error);
/* The dense series for one indicator and locality, months first..first+n-1. */
VsSeries    *vs_store_get_series         (VsStore      *self,
                                          const VsIndicator *indicator,
                                          gint64        locality_id,
                                          VsPeriod      first,
                                          guint         n,
                                          GError      **error);
/* The same for every indicator of an area (0: all), in one query; of VsSeries*, in the
 * order of @indicators, which it fills (of VsIndicator*). */
GPtrArray   *vs_store_get_area_series    (VsStore      *self,
                                          gint64        area_id,
                                          gint64        locality_id,
                                          VsPeriod      first,
                                          guint         n,
                                          GPtrArray   **indicators,
                                          GError      **error);
/* The latest month holding any actual value, VS_PERIOD_INVALID when none. */
VsPeriod     vs_store_latest_period      (VsStore      *self,
                                          GError      **error);
/* Of VsBenchmark*: every benchmark of the indicator at or before @period, latest first. */
GPtrArray   *vs_store_list_benchmarks    (VsStore      *self,
                                          gint64        indicator_id,
                                          VsPeriod      period,
                                          GError      **error);
GPtrArray   *vs_store_list_commentary    (VsStore      *self,   /* of VsCommentary*, newest first */
                                          gint64        indicator_id,
                                          gint64        area_id,
                                          VsPeriod      period,  /* VS_PERIOD_INVALID: all */
                                          GError      **error);
GPtrArray   *vs_store_list_actions       (VsStore      *self,   /* of VsAction* */
                                          gint64        indicator_id,
                                          GError      **error);

/* ---- writing (inside vs_store_begin / vs_store_commit) ---- */
gint64       vs_store_ensure_area        (VsStore      *self,
                                          const char   *name,
                                          GError      **error);
gint64       vs_store_ensure_locality    (VsStore      *self,
                                          const char   *name,
                                          gboolean      is_whole_authority,
                                          GError      **error);
/* Inserts, or updates the row with the same id (or, when id is 0, the same ref). Sets
 * indicator->id. */
gboolean     vs_store_save_indicator     (VsStore      *self,
                                          VsIndicator  *indicator,
                                          GError      **error);
/* The officer's edit of a stored indicator, in a transaction of its own (vs-store-edit.c):
 * ref, title, area (@area_name, created when new; NULL keeps it) and the rest. Refuses an
 * empty ref or title and a ref another indicator has, writing nothing. */
gboolean     vs_store_edit_indicator     (VsStore      *self,
                                          VsIndicator  *edited,
                                          const char   *area_name,
                                          GError      **error);
/* A unique generated ref ("U1", "U2", ...) for an indicator a file gave none. */
char        *vs_store_next_generated_ref (VsStore      *self,
                                          GError      **error);

typedef enum {
  VS_PUT_ADDED,
  VS_PUT_CHANGED,
  VS_PUT_UNCHANGED,
} VsPutResult;

/* Writes an observation; when one exists for the same key with a different value or state,
 * it is replaced and the old row is kept in the change log against obs->import_id. */
gboolean     vs_store_put_observation    (VsStore             *self,
                                          const VsObservation *obs,
                                          VsPutResult         *result,
                                          GError             **error);
gboolean     vs_store_put_benchmark      (VsStore             *self,
                                          const VsBenchmark   *benchmark,
                                          GError             **error);
gint64       vs_store_add_commentary     (VsStore             *self,
                                          const VsCommentary  *commentary,
                                          GError             **error);
gint64       vs_store_save_action        (VsStore             *self,
                                          const VsAction      *action,  /* id 0: new */
                                          GError             **error);

/* ---- the import log ---- */
typedef struct {
  gint64  id;
  gint64  started;        /* unix seconds */
  char   *file;
  char   *sha256;
  char   *layout;
  guint   added;
  guint   changed;
  guint   unchanged;
  guint   warnings;
  char   *state;          /* "imported", "undone" */
} VsImportRecord;

void         vs_import_record_free       (VsImportRecord *record);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsImportRecord, vs_import_record_free)

/* One warning an import gave, kept with it (the history shows them again). */
typedef struct {
  char   *sheet;          /* NULL for a text file */
  guint   row;            /* 1-based; 0 when about the whole file or a column */
  guint   column;         /* 1-based; 0 when about a whole row or the file */
  char   *cell;           /* "D7", NULL when not about one cell */
  char   *text;           /* the whole sentence, as the import said it */
} VsImportWarning;

void         vs_import_warning_free      (VsImportWarning *warning);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsImportWarning, vs_import_warning_free)

/* Opens the import's record; until vs_store_finish_import() every write of the store
 * (created rows, replaced rows) is recorded for the import's undo. */
gint64       vs_store_begin_import       (VsStore      *self,
                                          const char   *file,
                                          const char   *sha256,
                                          const char   *layout,
                                          GError      **error);
gboolean     vs_store_finish_import      (VsStore      *self,
                                          gint64        import_id,
                                          guint         added,
                                          guint         changed,
                                          guint         unchanged,
                                          guint         warnings,
                                          GError      **error);
GPtrArray   *vs_store_list_imports       (VsStore      *self,   /* of VsImportRecord*, newest first */
                                          GError      **error);
/* Keeps @warning as the @position-th of the import being written (between
 * vs_store_begin_import and vs_store_finish_import, in its transaction). */
gboolean     vs_store_add_import_warning (VsStore               *self,
                                          gint64                 import_id,
                                          guint                  position,
                                          const VsImportWarning *warning,
                                          GError               **error);
/* The warnings kept with import @import_id (of VsImportWarning*, in the order it gave
 * them); none for an import a version before schema 9 made. The window's Imports page and
 * `history --warnings` read them. */
GPtrArray   *vs_store_list_import_warnings (VsStore    *self,
                                          gint64        import_id,
                                          GError      **error);
/* Puts the database back as it was before the import: removes what it added (figures,
 * benchmarks, commentary, actions, and the indicators, localities and areas it created)
 * and restores what it replaced (figures, benchmarks, definitions, actions). Refused when
 * a later import, or a change made by hand, rests on what it wrote. Runs in its own
 * transaction, or the caller's. Front ends call vs_import_undo, which also recomputes the
 * comparators. */
gboolean     vs_store_undo_import        (VsStore      *self,
                                          gint64        import_id,
                                          GError      **error);

/* ---- the department's rating settings (vs-store-settings.c) ---- */
/* The settings every figure is rated by; the defaults for keys never set. A stored value
 * that is not valid (a file edited by hand) fails naming the key. */
gboolean     vs_store_get_rating_settings (VsStore     *self,
                                          VsRatingSettings *out,
                                          GError      **error);
/* Writes every setting in a transaction of its own: all or nothing; "changed" follows.
 * A setting at its default is stored as no row. */
gboolean     vs_store_set_rating_settings (VsStore     *self,
                                          const VsRatingSettings *settings,
                                          GError      **error);

/* ---- for the window (vs-store-periods.c) ---- */
/* Of VsPeriod, newest first: every month holding at least one actual value. */
GArray      *vs_store_list_periods       (VsStore      *self,
                                          GError      **error);

/* ---- bulk (vs-store-bulk.c): an import's new figures, many per statement ---- */
#define VS_STORE_BULK_ROWS 32

/* Inserts figures that have no row yet for their key (inside a transaction); fails with
 * VS_STORE_ERROR_CONSTRAINT when one has. */
gboolean     vs_store_add_observations   (VsStore             *self,
                                          const VsObservation *obs,
                                          guint                n,
                                          GError             **error);
/* Records figures an import states again unchanged (inside a transaction), so that undo of
 * the import that brought them hands them on instead of deleting them. */
gboolean     vs_store_note_restated      (VsStore             *self,
                                          const VsObservation *obs,
                                          guint                n,
                                          GError             **error);
/* Around a load of @n_new figures: a big one defers the observation indexes to the end. */
typedef struct _VsStoreBulk VsStoreBulk;
VsStoreBulk *vs_store_bulk_begin         (VsStore             *self,
                                          guint                n_new,
                                          GError             **error);
gboolean     vs_store_bulk_end           (VsStore             *self,
                                          VsStoreBulk         *bulk,
                                          GError             **error);
void         vs_store_bulk_free          (VsStoreBulk         *bulk);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsStoreBulk, vs_store_bulk_free)

G_END_DECLS
