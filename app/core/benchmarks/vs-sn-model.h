/* vs-sn-model.h: a statistical neighbour model (each authority's ten closest authorities)
 * and the authorities that changed (Northamptonshire in 2021, Cumbria in 2023)
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define VS_BENCHMARKS_ERROR (vs_benchmarks_error_quark ())

typedef enum {
  VS_BENCHMARKS_ERROR_MODEL,        /* an SN file that is not one, or does not fit the data */
  VS_BENCHMARKS_ERROR_NO_HOME,      /* no home authority set */
  VS_BENCHMARKS_ERROR_NOT_PUBLISHED,/* the indicator holds no published figures */
} VsBenchmarksError;

GQuark vs_benchmarks_error_quark (void);

/* Which model: the 2025 one (the default) or the April 2021 groupings. */
typedef enum {
  VS_SN_MODEL_2025,
  VS_SN_MODEL_2021,
} VsSnModelId;

const char *vs_sn_model_id_to_string   (VsSnModelId  id);      /* "2025", "2021" */
gboolean    vs_sn_model_id_from_string (const char  *text,
                                        VsSnModelId *out);

#define VS_SN_NEIGHBOURS 10

typedef struct _VsSnModel VsSnModel;

/* The shipped model (data/benchmarks). */
VsSnModel  *vs_sn_model_load           (VsSnModelId   id,
                                        GError      **error);
/* A model file of either shape: a row per authority with its old LA code, name, region and
 * ten neighbour codes (SN_1 … SN_10, or SN1 … SN10). A row with fewer than ten neighbours,
 * or a code that is not an old three-digit LA code, fails naming the file, row and column. */
VsSnModel  *vs_sn_model_load_file      (const char   *path,
                                        const char   *label,  /* "2025 model" */
                                        GError      **error);
void        vs_sn_model_free           (VsSnModel    *model);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsSnModel, vs_sn_model_free)

const char *vs_sn_model_get_label      (const VsSnModel *model);
const char *vs_sn_model_get_file       (const VsSnModel *model);  /* base name */
/* Every authority the model lists, in file order. */
const char * const *vs_sn_model_get_codes (const VsSnModel *model,
                                        guint           *n);
/* The ten neighbours of @code, closest first; NULL when the model does not list it. */
const char * const *vs_sn_model_get_neighbours (const VsSnModel *model,
                                        const char      *code);
/* The name and region the model gives @code, or NULL. */
const char *vs_sn_model_get_name       (const VsSnModel *model,
                                        const char      *code);
const char *vs_sn_model_get_region     (const VsSnModel *model,
                                        const char      *code);

/* Why an authority has no figure for a reporting year ending in March of @year, when it
 * is one that changed: "ended in March 2023: replaced by Cumberland (942) and Westmorland
 * and Furness (943)", "formed in April 2021 from Northamptonshire (928)". NULL otherwise. */
char       *vs_authority_change_note   (const char   *code,
                                        int           year);

G_END_DECLS
