/* vs-importer.h: bring a file's figures into the store, checked, in one transaction
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vs-peer.h"
#include "vs-store.h"

G_BEGIN_DECLS

#define VS_IMPORT_ERROR (vs_import_error_quark ())

typedef enum {
  VS_IMPORT_ERROR_READ,        /* unreadable or hostile file (the reader's error follows) */
  VS_IMPORT_ERROR_LAYOUT,      /* no header row of a layout we know */
  VS_IMPORT_ERROR_INVALID,     /* the validation found errors: nothing was imported */
  VS_IMPORT_ERROR_OPTION,      /* an option that does not fit the file (--sheet, --locality) */
  VS_IMPORT_ERROR_STORE,       /* the database refused the write */
} VsImportError;

GQuark vs_import_error_quark (void);

/* How the rows of a sheet are laid out. AUTO finds it from the header row. BENCHMARKS,
 * COMMENTARY and ACTIONS are the demo data's own shapes. */
typedef enum {
  VS_LAYOUT_AUTO,
  VS_LAYOUT_WIDE,         /* one row per indicator, one column per period */
  VS_LAYOUT_LONG,         /* one row per indicator x period (x locality); also the DfE shape */
  VS_LAYOUT_LOCALITIES,   /* one row per indicator (x period), one column per locality */
  VS_LAYOUT_CATALOGUE,    /* indicator definitions only */
  VS_LAYOUT_BENCHMARKS,
  VS_LAYOUT_COMMENTARY,
  VS_LAYOUT_ACTIONS,
  VS_N_LAYOUTS            /*< skip >*/
} VsLayout;

/* The nicks of VS_TYPE_LAYOUT: "auto", "wide", ... */
const char *vs_layout_to_string   (VsLayout    layout);
gboolean    vs_layout_from_string (const char *text,
                                   VsLayout   *out);
/* Whether a file of @format ("csv", "xlsx", "ods", "xls") has sheets to name. */
gboolean    vs_import_format_has_sheets (const char *format);

typedef struct {
  gboolean    dry_run;     /* plan and report, write nothing */
  const char *sheet;       /* NULL: the first sheet with a header row we know */
  VsLayout    layout;
  const char *area;        /* the service area for indicators the file creates; NULL: the
                            * file's own Area column, else "Unassigned" */
  const char *locality;    /* whose figures these are: a locality, or in a file of many
                            * authorities (the DfE's) the authority to take */
  gboolean    set_home;    /* and, in such a file, remember that authority as the home one
                            * (in the same transaction as the figures) */
} VsImportOptions;

typedef enum {
  VS_IMPORT_WARNING,
  VS_IMPORT_ERROR_MESSAGE,
} VsImportSeverity;

/* One finding of the validation, located as a person finds it in the file. */
typedef struct {
  VsImportSeverity severity;
  char  *file;
  char  *sheet;
  guint  row;        /* 1-based; 0 when about the whole file */
  guint  column;     /* 1-based; 0 when about a whole row */
  char  *cell;       /* "D7", NULL when not about one cell */
  char  *text;       /* the whole sentence: where, what is wrong, what was expected */
} VsImportMessage;

typedef enum {
  VS_IMPORT_MATCHED,       /* found in the catalogue, definition as it was */
  VS_IMPORT_UPDATED,       /* found, and the file changed its definition */
  VS_IMPORT_CREATED,       /* not found: created */
} VsImportOutcome;

typedef struct {
  char            *ref;
  char            *title;
  char            *area;
  VsImportOutcome  outcome;
  char            *matched_by;   /* "ref", "title", NULL when created */
  GPtrArray       *changes;      /* of char*: "polarity: higher → lower" */
  guint            added;        /* its figures */
  guint            changed;
  guint            unchanged;
} VsImportIndicatorReport;

/* A figure the file corrects: old -> new. */
typedef struct {
  char       *ref;
  char       *locality;
  gint32      period;
  VsObsState  old_state;
  double      old_value;
  VsObsState  new_state;
  double      new_value;
  char       *cell;
} VsImportChange;

typedef struct {
  char      *file;           /* as given */
  char      *sheet;
  char     **sheets;         /* every sheet of a workbook, in order; NULL for a text file */
  char      *format;         /* "csv", "xlsx", "ods", "xls" */
  char      *layout;         /* what was found: "wide", "long", ... */
  char      *sha256;
  gboolean   dry_run;
  gboolean   written;        /* committed to the store */
  gint64     import_id;      /* 0 unless written */
  guint      rows;           /* data rows read */
  guint      rows_skipped;   /* e.g. other authorities' rows in a DfE file */

  guint      indicators_matched;
  guint      indicators_updated;
  guint      indicators_created;
  guint      values_added;
  guint      values_changed;
  guint      values_unchanged;
  guint      benchmarks_added;
  guint      benchmarks_changed;
  guint      benchmarks_unchanged;
  guint      commentary_added;
  guint      actions_added;
  guint      actions_updated;
  guint      localities_created;
  GPtrArray *localities_new; /* of char*: the names of the localities it creates */
  guint      peers_added;    /* every authority's, region's and England's figures */
  guint      peers_changed;  /* corrections of figures a former publication gave */
  guint      peers_unchanged;
  VsAuthority *authority;    /* a file of many authorities: whose figures are the values */
  GPtrArray *authorities;    /* of VsAuthority*: every authority the file names, by name */
  gboolean   home_saved;     /* options->set_home, and the file named that authority */
  guint      comparators;    /* benchmarks recomputed from the peer figures (vs-benchmarks.h) */

  GPtrArray *indicators;     /* of VsImportIndicatorReport*, in file order */
  GPtrArray *changes;        /* of VsImportChange* */
  GPtrArray *warnings;       /* of VsImportMessage*, at most VS_IMPORT_MAX_MESSAGES */
  GPtrArray *errors;
  guint      n_warnings;     /* all of them, also those not kept */
  guint      n_errors;
} VsImportSummary;

#define VS_IMPORT_MAX_MESSAGES 1000

void vs_import_summary_free (VsImportSummary *summary);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsImportSummary, vs_import_summary_free)

/* Reads @path, finds its layout, matches its indicators to the catalogue, validates every
 * figure and, unless options->dry_run or an error was found, writes it all in one
 * transaction (or inside the caller's, when one is open), with the home authority
 * (options->set_home) and the comparators recomputed from the peer figures, so that no
 * front end can leave the stored benchmarks behind the figures. @summary (may be NULL) is set
 * whenever the file could be planned, also when it was refused, so that every error can be
 * shown. Returns FALSE with @error when nothing was imported because of a problem. */
gboolean vs_import_file (VsStore                *store,
                         const char             *path,
                         const VsImportOptions  *options,
                         VsImportSummary       **summary,
                         GError                **error);

/* Takes import @import_id back (vs_store_undo_import) and recomputes the comparators from
 * the peer figures that remain, in one transaction. Every front end undoes through this. */
gboolean vs_import_undo (VsStore  *store,
                         gint64    import_id,
                         GError  **error);

G_END_DECLS

#include "vs-import-enums.h"
