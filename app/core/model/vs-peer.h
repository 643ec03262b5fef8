/* vs-peer.h: a published figure of any authority, region or England (a peer figure), and
 * an authority as the published statistics name it
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "vs-types.h"

G_BEGIN_DECLS

typedef enum {
  VS_PEER_ENGLAND,
  VS_PEER_REGION,
  VS_PEER_AUTHORITY,
} VsPeerLevel;

/* One cell of a DfE file as published, with where it came from. */
typedef struct {
  gint64       indicator_id;
  gint32       period;
  VsPeerLevel  level;
  char        *code;         /* an authority's old LA code ("926"), else the ONS code */
  char        *name;         /* "Norfolk", "East of England", "England" */
  char        *new_code;     /* an authority's ONS code ("E10000020"), or NULL */
  char        *region;       /* an authority's region, or NULL */
  VsObsState   state;        /* ACTUAL or SUPPRESSED */
  double       value;        /* NAN unless ACTUAL */
  char        *code_text;    /* the suppression code as published ("c", "low"), or NULL */
  double       numerator;    /* as published, NAN when the file gives none */
  double       denominator;
  gint64       import_id;
  char        *file;         /* the import's file as it was given, when read from the store */
  guint        row;          /* 1-based, in the import's file */
  guint        col;
} VsPeerFigure;

void          vs_peer_figure_free (VsPeerFigure *figure);
VsPeerFigure *vs_peer_figure_copy (const VsPeerFigure *figure);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsPeerFigure, vs_peer_figure_free)

/* An authority: the home one, or one a file names. */
typedef struct {
  char *code;                /* old three-digit LA code: "926" */
  char *name;                /* "Norfolk" */
  char *new_code;            /* "E10000020", or NULL */
  char *region;              /* "East of England", or NULL */
} VsAuthority;

VsAuthority  *vs_authority_new    (const char *code,
                                   const char *name,
                                   const char *new_code,
                                   const char *region);
VsAuthority  *vs_authority_copy   (const VsAuthority *authority);
void          vs_authority_free   (VsAuthority *authority);
/* Names (or codes) equal but for case and surrounding spaces; FALSE when either is NULL. */
gboolean      vs_authority_names_equal (const char *a,
                                        const char *b);
/* TRUE when @query is the authority's code, ONS code or name (case and spaces ignored). */
gboolean      vs_authority_matches (const VsAuthority *authority,
                                    const char        *query);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsAuthority, vs_authority_free)

G_END_DECLS
