/* vs-published.h: the definitions of the DfE's published indicators, and where the data
 * Vital Signs ships for them (SN models, the DfE dashboard's dictionary) lives
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "vs-types.h"

G_BEGIN_DECLS

/* A file of data/benchmarks (free it): in $VITAL_SIGNS_BENCHMARKS_DIR, else the source
 * tree when running uninstalled, else the installed copy. */
char       *vs_published_data_file (const char *name);

/* One published measure, from published-indicators.csv and the DfE dashboard's dictionary
 * (dfe_dashboard_indicator_metadata.csv) it points at. */
typedef struct {
  char       *ref;          /* stable: dataset and column, "c1.rereferral_percent" */
  char       *column;       /* the file's column */
  char       *breakdown;    /* the row's breakdowns joined by " – ", "" for none */
  char       *title;        /* the dictionary's metric_display_text, else ours */
  char       *area;         /* the dictionary's heading */
  char       *description;  /* the dictionary's tab and outcome, when it has the measure */
  VsPolarity  polarity;
  VsUnit      unit;
  char       *numerator;    /* columns whose ratio is the figure, or NULL */
  char       *denominator;
} VsPublishedDef;

/* The definition of @column in rows of @breakdown, NULL when Vital Signs has none. Read
 * once; missing or broken data files leave every measure undefined (said with g_debug). */
const VsPublishedDef *vs_published_lookup (const char *column,
                                           const char *breakdown);

/* The dictionary heading of the measures Vital Signs defines in @dataset ("c1"), for the
 * same file's other measures; NULL when it defines none. */
const char *vs_published_dataset_area (const char *dataset);

G_END_DECLS
