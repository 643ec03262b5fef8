/* vs-import-private.h: what the importer's files share: one import's working state
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <math.h>
#include <glib.h>

#include "vs-grid.h"
#include "vs-importer.h"
#include "vs-indicator.h"
#include "vs-peer.h"
#include "vs-period.h"
#include "vs-published.h"
#include "vs-values.h"

G_BEGIN_DECLS

/* Which definition fields a file gave for an indicator (bits of VsFileIndicator.given). */
typedef enum {
  VS_GIVEN_POLARITY     = 1 << 0,
  VS_GIVEN_UNIT         = 1 << 1,
  VS_GIVEN_PERIODICITY  = 1 << 2,
  VS_GIVEN_CUMULATIVE   = 1 << 3,
  VS_GIVEN_ROLLING      = 1 << 4,
  VS_GIVEN_TARGET       = 1 << 5,
  VS_GIVEN_RAG_RULE     = 1 << 6,
  VS_GIVEN_RED          = 1 << 7,
  VS_GIVEN_GREEN        = 1 << 8,
  VS_GIVEN_AMBER        = 1 << 9,
  VS_GIVEN_LEAD         = 1 << 10,
  VS_GIVEN_OWNER        = 1 << 11,
  VS_GIVEN_WHY          = 1 << 12,
  VS_GIVEN_BACKGROUND   = 1 << 13,
  VS_GIVEN_SUCCESS      = 1 << 14,
  VS_GIVEN_SOURCE       = 1 << 15,
  VS_GIVEN_TITLE        = 1 << 16,  /* only the catalogue layout renames */
  VS_GIVEN_AREA         = 1 << 17,  /* only the catalogue layout moves */
} VsGiven;

/* An indicator as one file names it. Several may resolve to the same stored indicator
 * (by ref in one row, by title in another): @slot then points at the first of them. */
typedef struct {
  char          *key;           /* identity within the file */
  char          *ref;           /* as the file gives them, or NULL */
  char          *title;
  char          *area;
  guint          row;           /* where first seen, 0-based */
  guint          col;

  guint          given;         /* VsGiven */
  VsIndicator   *def;           /* the fields the file gave (others unset) */
  gboolean       percent_seen;  /* figures written as percentages */
  gboolean       periodicity_hint_set;
  VsPeriodicity  periodicity_hint;  /* from the block or the period labels */
  gboolean       unit_hint_set;
  VsUnit         unit_hint;     /* from a DfE measure's name */
  gboolean       polarity_hint_set;
  VsPolarity     polarity_hint; /* from the published definitions */
  const VsPublishedDef *published;  /* a DfE measure Vital Signs defines, or NULL */
  int            num_col;       /* its numerator and denominator columns, -1 none, -2 unknown */
  int            den_col;

  /* resolution (vs-match.c) */
  guint          slot;          /* index of the canonical entry for the same indicator */
  VsIndicator   *result;        /* what will be stored: the match with the file's changes,
                                 * or a new indicator */
  gboolean       exists;        /* result->id is a stored indicator */
  const char    *matched_by;    /* "ref", "title", NULL */
  GPtrArray     *changes;       /* of char* */
  gboolean       needs_save;
  guint          added, changed, unchanged;
} VsFileIndicator;

typedef struct {
  char     *name;
  gint64    id;                 /* 0 until it exists in the store */
  gboolean  whole;              /* the authority as a whole */
} VsFileLocality;

typedef enum {
  VS_FIGURE_PERCENT   = 1 << 0, /* written as a percentage */
  VS_FIGURE_DROPPED   = 1 << 1, /* a duplicate of an identical figure */
  VS_FIGURE_HAS_RATIO = 1 << 2, /* numerator / denominator given */
} VsFigureFlags;

typedef enum {
  VS_OUTCOME_ADDED,
  VS_OUTCOME_CHANGED,
  VS_OUTCOME_UNCHANGED,
  VS_OUTCOME_SKIPPED,           /* benchmarks: not comparable, or superseded */
} VsOutcome;

/* One figure read from the file; kept small because a long file holds a million. */
typedef struct {
  guint32   indicator;          /* index into job->indicators */
  guint32   locality;           /* index into job->localities */
  VsPeriod  period;
  guint32   row;                /* the value's cell, 0-based */
  guint32   nd_row;             /* the numerator / denominator cell */
  guint16   col;
  guint16   nd_col;
  guint8    state;              /* VsObsState */
  gint8     decimals;
  guint8    flags;              /* VsFigureFlags */
  guint8    outcome;            /* VsOutcome, set by the plan */
  double    value;
  double    numerator;
  double    denominator;
} VsFigure;

typedef struct {
  guint32      indicator;
  VsComparator comparator;
  VsPeriod     period;
  double       value;
  char        *label;
  guint32      row;
  guint16      col;
  guint8       outcome;
  gboolean     geographic;      /* a national or regional row of a file of authorities */
} VsFileBenchmark;

/* An authority, region or England a file of many authorities names. */
typedef struct {
  VsPeerLevel  level;
  char        *code;
  char        *name;
  char        *new_code;
  char        *region;
} VsFilePeerArea;

/* One published figure of any of them (a peer figure). */
typedef struct {
  guint32      indicator;
  guint32      area;            /* index into job->peer_areas */
  VsPeriod     period;
  guint32      row;             /* 0-based */
  guint16      col;
  guint8       state;           /* ACTUAL or SUPPRESSED */
  const char  *code_text;       /* interned suppression code, or NULL */
  double       value;
  double       numerator;
  double       denominator;
} VsFilePeer;

typedef struct {
  guint32   indicator;          /* G_MAXUINT32: about a whole area */
  char     *area;
  VsPeriod  period;
  char     *author;
  char     *text;
  guint32   row;
  gboolean  unchanged;          /* set by the plan: already there */
} VsFileCommentary;

typedef struct {
  guint32         indicator;
  char           *text;
  char           *owner;
  VsPeriod        due;
  VsActionStatus  status;
  char           *progress;
  guint32         row;
  gint64          existing_id;  /* set by the plan */
  gboolean        unchanged;
} VsFileAction;

/* One import of one sheet. */
typedef struct {
  VsStore          *store;
  const VsImportOptions *options;
  char             *path;
  char             *file;        /* base name, for messages */
  char             *sheet;
  char            **sheets;        /* every sheet of the workbook, for a front end to offer */
  char             *format;
  char             *where;       /* for messages: "book.xlsx, sheet “Data”", or "values.csv" */
  VsLayout          layout;      /* found */
  gboolean          default_is_authority;  /* locality 0 is the whole authority */
  char             *authority;   /* the authority taken from a file of many */
  guint             rows;
  guint             rows_skipped;

  GPtrArray        *indicators;  /* of VsFileIndicator* */
  GHashTable       *indicator_keys;  /* key -> GUINT index + 1 */
  GPtrArray        *localities;  /* of VsFileLocality* */
  GHashTable       *locality_keys;   /* folded name -> index + 1 */
  GArray           *figures;     /* of VsFigure */
  GArray           *benchmarks;  /* of VsFileBenchmark */
  GArray           *commentary;  /* of VsFileCommentary */
  GArray           *actions;     /* of VsFileAction */
  GArray           *peers;       /* of VsFilePeer */
  GPtrArray        *peer_areas;  /* of VsFilePeerArea* */
  GHashTable       *peer_area_keys;  /* code -> index + 1 */
  char             *home_code;   /* the store's home authority, taken when no --locality */

  GPtrArray        *warnings;    /* of VsImportMessage* */
  GPtrArray        *errors;
  guint             n_warnings;
  guint             n_errors;

  /* filled by the plan */
  guint             indicators_matched, indicators_updated, indicators_created;
  guint             values_added, values_changed, values_unchanged;
  guint             benchmarks_added, benchmarks_changed, benchmarks_unchanged;
  guint             actions_added, actions_updated, commentary_added;
  guint             localities_created;
  GPtrArray        *new_localities;  /* of char*: the names of those, in the file's order */
  guint             peers_added, peers_changed, peers_unchanged;
  GPtrArray        *changes;     /* of VsImportChange* */
  guint             n_changes;
  GArray           *order;       /* of guint32: figures by indicator, locality, period */
} VsImportJob;

VsImportJob *vs_import_job_new   (VsStore               *store,
                                  const char            *path,
                                  const char            *sheet,
                                  const char            *format,
                                  const VsImportOptions *options);
void         vs_import_job_free  (VsImportJob *job);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsImportJob, vs_import_job_free)

/* Messages: @row and @col are 0-based, G_MAXUINT when not about one. The text says what is
 * wrong and what was expected; the location is put in front of it. */
void vs_import_job_warn  (VsImportJob *job,
                          guint        row,
                          guint        col,
                          const char  *format,
                          ...) G_GNUC_PRINTF (4, 5);
void vs_import_job_error (VsImportJob *job,
                          guint        row,
                          guint        col,
                          const char  *format,
                          ...) G_GNUC_PRINTF (4, 5);

/* The entry for an indicator the file names (by ref, title or both), created on first use. */
guint vs_import_job_indicator (VsImportJob *job,
                               const char  *ref,
                               const char  *title,
                               guint        row,
                               guint        col);
/* The entry for a locality; NULL name: the default one (--locality, or the whole authority). */
guint vs_import_job_locality  (VsImportJob *job,
                               const char  *name);
VsFigure *vs_import_job_add_figure (VsImportJob *job);

/* "Cumulative" yes / no columns */
gboolean vs_import_parse_flag (const char *text,
                               gboolean   *out);

/* ---- layouts (vs-layout*.c) ---- */

typedef struct _VsLayoutParser VsLayoutParser;

VsLayoutParser *vs_layout_parser_new    (VsImportJob     *job);
void            vs_layout_parser_free   (VsLayoutParser  *parser);
/* Rows in order, 0-based; @cells are only valid during the call. */
gboolean        vs_layout_parser_feed   (VsLayoutParser  *parser,
                                         guint            row,
                                         const VsCell    *cells,
                                         guint            n_cells,
                                         GError         **error);
gboolean        vs_layout_parser_finish (VsLayoutParser  *parser,
                                         GError         **error);
/* TRUE once a header row has been found. */
gboolean        vs_layout_parser_has_header (VsLayoutParser *parser);
/* How many columns the header names, when the layout reads one row per indicator or
 * figure across those columns (wide, localities, long); 0 otherwise or before the header. */
guint           vs_layout_parser_header_width (VsLayoutParser *parser);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsLayoutParser, vs_layout_parser_free)

/* ---- matching (vs-match.c) ---- */

/* "{ChS} Child Protection (CP) - % children seen" -> "child protection cp % children seen" */
char     *vs_match_normalise_title (const char   *title);
/* Resolves every file indicator against the catalogue and decides what each one changes. */
gboolean  vs_match_resolve         (VsImportJob  *job,
                                    GError      **error);
/* The stored locality (of @localities, VsLocality*) a new @name is nearly, or NULL. */
const char *vs_match_near_name       (GPtrArray   *localities,
                                      const char  *name);
gboolean  vs_match_resolve_localities (VsImportJob *job,
                                       GError     **error);

static inline gboolean
vs_same_double (double a,
                double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

/* The entry that stands for the figure's indicator (see VsFileIndicator.slot). */
static inline VsFileIndicator *
vs_import_job_slot_of (VsImportJob    *job,
                       const VsFigure *figure)
{
  VsFileIndicator *fi = g_ptr_array_index (job->indicators, figure->indicator);
  return g_ptr_array_index (job->indicators, fi->slot);
}

/* What messages call an indicator: its ref, else its title. */
static inline const char *
vs_file_indicator_name (VsFileIndicator *slot)
{
  return slot->result->ref ? slot->result->ref
         : slot->result->title ? slot->result->title : "?";
}

/* "58.1%" for a percentage, "1053" otherwise, for messages. */
char     *vs_import_format_value   (VsUnit        unit,
                                    double        value);

/* ---- the plan (vs-plan.c) ---- */

/* One indicator at one locality: @order holds its figures' indexes in period order. */
gboolean  vs_plan_series           (VsImportJob    *job,
                                    const guint32  *order,
                                    guint           n,
                                    GError        **error);
gboolean  vs_plan_benchmarks       (VsImportJob    *job,
                                    GError        **error);
/* Commentary and actions already there are not added again. */
gboolean  vs_plan_notes            (VsImportJob    *job,
                                    GError        **error);

/* ---- validation and plan (vs-validate.c) ---- */

/* Duplicates, ranges, numerators, future periods, outliers and small denominators; then
 * compares with what the store holds, setting each figure's outcome. */
gboolean  vs_validate_and_plan     (VsImportJob  *job,
                                    GError      **error);
/* An error at (@row, @col): @value is outside vs_unit_range() for @unit. */
void      vs_validate_out_of_range (VsImportJob  *job,
                                    guint         row,
                                    guint         col,
                                    VsUnit        unit,
                                    double        value,
                                    const char   *name);

/* ---- writing (vs-import-write.c) ---- */

/* Logs the import, saves what the plan created or changed, adds and replaces figures,
 * benchmarks, commentary and actions; inside a transaction. */
gboolean  vs_import_write          (VsImportJob    *job,
                                    const char     *sha256,
                                    gint64         *import_id,
                                    GError        **error);

/* ---- peer figures (vs-import-peers.c) ---- */

/* Counts what the peer figures would add or correct (job->peers_*). */
gboolean  vs_import_peers_plan     (VsImportJob    *job,
                                    GError        **error);
/* Writes them against @import_id, corrections into job->changes; inside a transaction. */
gboolean  vs_import_peers_write    (VsImportJob    *job,
                                    gint64          import_id,
                                    GError        **error);

/* ---- CSV streaming (vs-csv-stream.c) ---- */

typedef gboolean (*VsRowFunc) (guint          row,
                               const VsCell  *cells,
                               guint          n_cells,
                               gpointer       user_data,
                               GError       **error);

/* Streams a CSV or TSV file row by row, in any encoding the readers know. Sets *not_text
 * and returns FALSE (no error) when the file is a workbook, for the readers instead.
 * @checksum (may be NULL) is fed every byte of the file. @delimiter (may be NULL) is set
 * to the field delimiter as soon as it is known, before the first row is handed over. */
gboolean  vs_csv_stream_file       (const char  *path,
                                    VsRowFunc    func,
                                    gpointer     user_data,
                                    GChecksum   *checksum,
                                    char        *delimiter,
                                    gboolean    *not_text,
                                    GError     **error);

/* Why none of @sheets (of VsSheet*) has a header row of a layout we know, sheet by sheet
 * (a list of children, words not figures, headings we do not know, notes), and what the
 * officer can import instead; one paragraph beginning "@base: ". */
char *vs_import_explain_unreadable (const char *base,
                                    GPtrArray  *sheets);

G_END_DECLS
