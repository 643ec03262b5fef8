/* vs-layout-private.h: what the layout files share: column roles and the parser's state
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include "vs-import-private.h"

G_BEGIN_DECLS

/* What a column holds, recognised from its header. */
typedef enum {
  VS_ROLE_NONE,
  /* the indicator and its definition */
  VS_ROLE_REF,
  VS_ROLE_TITLE,
  VS_ROLE_AREA,
  VS_ROLE_POLARITY,
  VS_ROLE_UNIT,
  VS_ROLE_PERIODICITY,
  VS_ROLE_CUMULATIVE,
  VS_ROLE_ROLLING,
  VS_ROLE_TARGET,
  VS_ROLE_RAG_RULE,
  VS_ROLE_RED,
  VS_ROLE_GREEN,
  VS_ROLE_AMBER,
  VS_ROLE_LEAD,
  VS_ROLE_OWNER,
  VS_ROLE_WHY,
  VS_ROLE_BACKGROUND,
  VS_ROLE_SUCCESS,
  VS_ROLE_SOURCE,
  /* recognised so as not to be mistaken, but not stored */
  VS_ROLE_YTD,
  VS_ROLE_BASELINE,
  VS_ROLE_DOT,
  VS_ROLE_NOTE,            /* "Notes", "Comments": free text beside the figures */
  VS_ROLE_BENCHMARK,       /* one comparator per column */
  /* long layouts */
  VS_ROLE_PERIOD,
  VS_ROLE_TIME_ID,
  VS_ROLE_GEO_LEVEL,
  VS_ROLE_LA_NAME,
  VS_ROLE_LA_CODE,
  VS_ROLE_REGION_NAME,
  VS_ROLE_GEO_OTHER,
  VS_ROLE_LOCALITY,
  VS_ROLE_VALUE,
  VS_ROLE_NUMERATOR,
  VS_ROLE_DENOMINATOR,
  VS_ROLE_STATE,
  /* the demo data's own shapes */
  VS_ROLE_COMPARATOR,
  VS_ROLE_LABEL,
  VS_ROLE_AUTHOR,
  VS_ROLE_TEXT,
  VS_ROLE_ACTION,
  VS_ROLE_ACTION_OWNER,
  VS_ROLE_DUE,
  VS_ROLE_STATUS,
  VS_ROLE_PROGRESS,
  /* decided from the layout */
  VS_ROLE_PERIOD_COLUMN,   /* wide: the figures of one period */
  VS_ROLE_LOCALITY_COLUMN, /* localities: the figures of one locality */
  VS_ROLE_MEASURE,         /* DfE: one measure */
  VS_ROLE_DIMENSION,       /* DfE: a breakdown such as "category" */
  VS_N_ROLES
} VsRole;

typedef struct {
  VsRole         role;
  char          *header;        /* as written */
  VsComparator   comparator;    /* BENCHMARK */
  VsPeriod       period;        /* PERIOD_COLUMN */
  VsPeriodicity  periodicity;
  guint          locality;      /* LOCALITY_COLUMN: index into job->localities */
  VsUnit         unit;          /* MEASURE */
} VsColumn;

/* The text of a cell in the row before, kept without allocating for each row: most rows
 * of a long file repeat their neighbour's ref, period and locality. */
typedef struct {
  GString  *text;
  gboolean  valid;      /* something is remembered */
  gboolean  null;       /* what is remembered is "no text" */
} VsTextMemo;

static inline gboolean
vs_text_memo_matches (const VsTextMemo *memo,
                      const char       *text)
{
  if (!memo->valid)
    return FALSE;
  if (text == NULL || memo->null)
    return text == NULL && memo->null;
  return strcmp (memo->text->str, text) == 0;
}

static inline void
vs_text_memo_set (VsTextMemo *memo,
                  const char *text)
{
  if (memo->text == NULL)
    memo->text = g_string_new (NULL);
  g_string_assign (memo->text, text ? text : "");
  memo->null = text == NULL;
  memo->valid = TRUE;
}

static inline void
vs_text_memo_clear (VsTextMemo *memo)
{
  if (memo->text)
    g_string_free (memo->text, TRUE);
  memo->text = NULL;
  memo->valid = FALSE;
}

/* A copy of a row, for rows that must be looked at again (the DfE sample). */
typedef struct {
  guint   row;
  guint   n_cells;
  VsCell *cells;
} VsSavedRow;

struct _VsLayoutParser {
  VsImportJob   *job;
  VsLayout       layout;
  gboolean       has_header;
  guint          header_row;
  GArray        *columns;              /* of VsColumn */
  int            role_col[VS_N_ROLES]; /* the first column of each role, -1 when none */
  int            twin_col;             /* a second column of a role that has one, or -1 */
  GHashTable    *known_localities;     /* folded names from the store and common words */
  VsPeriod       title_period;         /* a period named in the title rows above the header */
  gboolean       title_period_set;
  guint          rows_before_header;

  /* wide and localities */
  GArray        *value_cols;           /* of guint: columns holding figures */
  GArray        *pending;              /* of gint: figure index per value column, -1 */
  gint           pending_indicator;    /* -1 when the row above was no indicator */
  char          *area;                 /* carried down from the row above (merged cells) */
  VsPeriod       block_last;           /* the latest period of the block */
  VsPeriodicity  block_periodicity;
  gboolean       block_periodicity_set;

  /* long */
  VsTextMemo     last_ref;
  VsTextMemo     last_title;
  guint          last_indicator;
  VsTextMemo     last_period_text;
  GHashTable    *period_memo;          /* label -> period and periodicity, read once */
  VsPeriod       last_period;
  VsPeriodicity  last_periodicity;
  VsTextMemo     last_locality_text;
  guint          last_locality;
  GHashTable    *warned;               /* messages given once per column or value */

  /* the DfE shape */
  gboolean       dfe;
  gboolean       dfe_classified;
  GArray        *sample;               /* of VsSavedRow */
  char          *authority;            /* the authority taken, when not given */
  char          *authority_region;
  GHashTable    *other_authorities;    /* names seen but not taken */
  GArray        *regional;             /* of VsFileBenchmark, resolved at the end */
  GPtrArray     *regional_names;       /* region of each entry of @regional */
  GString       *key;                  /* scratch */
  GString       *ref_key;              /* scratch */
  char          *dataset;              /* "c1", "csww_indicators": for refs */
  int            peer_col[4];          /* new LA code, region code, country code, -1 */
  gboolean       peer_cols_set;
};

/* vs-layout-peers.c: every authority's, region's and England's figures as peer figures */
/* The row's authority, region or England as an index into job->peer_areas plus one; 0 for
 * a row of another level (or no geography at all). */
guint     vs_layout_peer_area         (VsLayoutParser *parser,
                                       const VsCell   *cells,
                                       guint           n_cells);
void      vs_layout_add_peer          (VsLayoutParser *parser,
                                       guint           area,
                                       guint           indicator,
                                       VsPeriod        period,
                                       guint           row,
                                       guint           col,
                                       const VsCell   *cells,
                                       guint           n_cells);
/* The indicator of a DfE measure: the published definition when Vital Signs has one, else
 * a ref from the dataset, column and @ref_part (the breakdowns but a constant "category")
 * and a title from the breakdown and column. */
guint     vs_layout_dfe_indicator     (VsLayoutParser *parser,
                                       const char     *breakdown,
                                       const char     *ref_part,
                                       const char     *column,
                                       guint           row,
                                       guint           col);

/* vs-layout.c: the header row and the layout it announces */
/* Reads a header row into @columns and @role_col; returns the number of non-empty cells. */
guint     vs_layout_read_header       (VsLayoutParser *parser,
                                       const VsCell   *cells,
                                       guint           n_cells,
                                       GArray         *columns,
                                       int            *role_col);

/* FALSE, with an error at the header row naming both columns, when the header gives one
 * role (a value, a period, a ref…) to two columns: which to read would be a guess. */
gboolean  vs_layout_check_twins      (VsLayoutParser *parser,
                                      guint           row,
                                      const VsCell   *cells,
                                      guint           n_cells);

/* vs-layout-columns.c: header words and cells */
VsRole    vs_layout_role_for_header   (const char     *header,
                                       VsComparator   *comparator);
gboolean  vs_layout_role_is_multiple  (VsRole          role);
char     *vs_layout_cell_text         (const VsCell   *cell);   /* trimmed; NULL when empty */
char     *vs_layout_cell_as_text      (const VsCell   *cell);   /* numbers as they show */
const VsCell *vs_layout_cell          (const VsCell   *cells,
                                       guint           n_cells,
                                       int             col);
gboolean  vs_layout_row_is_blank      (const VsCell   *cells,
                                       guint           n_cells);
/* Reports a cell that should hold a number and does not. */
void      vs_layout_not_a_number      (VsLayoutParser *parser,
                                       guint           row,
                                       guint           col,
                                       const VsCell   *cell);
/* A figure for @indicator from a value cell; NULL when the cell holds none. */
VsFigure *vs_layout_add_value         (VsLayoutParser *parser,
                                       guint           indicator,
                                       guint           locality,
                                       VsPeriod        period,
                                       guint           row,
                                       guint           col,
                                       const VsCell   *cell,
                                       gint           *figure_index);

/* vs-layout-defs.c: definition cells */
/* Every definition column of the row. */
void      vs_layout_read_definitions  (VsLayoutParser *parser,
                                       guint           indicator,
                                       guint           row,
                                       const VsCell   *cells,
                                       guint           n_cells);

/* vs-layout-grid.c: wide and localities */
gboolean  vs_layout_grid_begin        (VsLayoutParser *parser,
                                       guint           row,
                                       GError        **error);
gboolean  vs_layout_grid_row          (VsLayoutParser *parser,
                                       guint           row,
                                       const VsCell   *cells,
                                       guint           n_cells,
                                       GError        **error);

/* vs-layout-long.c: long, and the DfE shape */
gboolean  vs_layout_long_row          (VsLayoutParser *parser,
                                       guint           row,
                                       const VsCell   *cells,
                                       guint           n_cells,
                                       GError        **error);
gboolean  vs_layout_long_finish       (VsLayoutParser *parser,
                                       GError        **error);

/* vs-layout-geo.c: files of many authorities */
typedef enum {
  VS_GEO_NONE,          /* no geography in the file: every row counts */
  VS_GEO_NATIONAL,
  VS_GEO_REGIONAL,
  VS_GEO_AUTHORITY,     /* the authority whose figures these are */
  VS_GEO_SKIP,          /* another authority, or another kind of area */
} VsGeo;

VsGeo     vs_layout_geography         (VsLayoutParser *parser,
                                       guint           row,
                                       const VsCell   *cells,
                                       guint           n_cells);
/* A national or regional figure kept as a benchmark; whether it is comparable (a rate,
 * not a count) is decided once the indicator's unit is known. */
void      vs_layout_add_geographic_benchmark (VsLayoutParser *parser,
                                       VsGeo           geo,
                                       guint           indicator,
                                       VsPeriod        period,
                                       guint           row,
                                       guint           col,
                                       const VsCell   *cells,
                                       guint           n_cells);
void      vs_layout_geography_finish  (VsLayoutParser *parser);

/* vs-layout-catalogue.c: catalogue, benchmarks, commentary, actions */
gboolean  vs_layout_catalogue_row     (VsLayoutParser *parser,
                                       guint           row,
                                       const VsCell   *cells,
                                       guint           n_cells,
                                       GError        **error);

G_END_DECLS
