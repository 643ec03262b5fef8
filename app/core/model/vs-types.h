/* vs-types.h: the vocabulary every room of the core shares
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Which way is good ("Bigger or Smaller is better", "Good perf. is High / Low / Info"). */
typedef enum {
  VS_POLARITY_HIGHER_IS_BETTER,
  VS_POLARITY_LOWER_IS_BETTER,
  VS_POLARITY_INFO,
} VsPolarity;

/* The seeds' "data note". */
typedef enum {
  VS_UNIT_COUNT,
  VS_UNIT_PERCENTAGE,
  VS_UNIT_RATE_10K,
  VS_UNIT_AVERAGE,
  VS_UNIT_DAYS,
  VS_UNIT_MAXIMUM,
  VS_UNIT_MONEY,
} VsUnit;

typedef enum {
  VS_PERIODICITY_MONTHLY,
  VS_PERIODICITY_QUARTERLY,
  VS_PERIODICITY_TERMLY,
  VS_PERIODICITY_ANNUAL,
} VsPeriodicity;

/* An observation is one of these; only ACTUAL carries a value. */
typedef enum {
  VS_OBS_ACTUAL,
  VS_OBS_MISSING,       /* expected but not yet available: the seeds' white cells */
  VS_OBS_NOT_EXPECTED,  /* grey cells: nothing due for this period */
  VS_OBS_SUPPRESSED,    /* published as c, x, z, u, low, * */
} VsObsState;

typedef enum {
  VS_RAG_RULE_AUTO,      /* decided from what the indicator has (see vs_rag_rule_for) */
  VS_RAG_RULE_TOLERANCE,
  VS_RAG_RULE_RELATIVE,
  VS_RAG_RULE_BAND,
  VS_RAG_RULE_NONE,
} VsRagRule;

typedef enum {
  VS_COMPARATOR_SN_AVERAGE,
  VS_COMPARATOR_SN_BEST,
  VS_COMPARATOR_NATIONAL_AVERAGE,
  VS_COMPARATOR_NATIONAL_TOP_QUARTILE,
  VS_COMPARATOR_REGIONAL_AVERAGE,
  VS_COMPARATOR_PREVIOUS_YEAR,
  VS_N_COMPARATORS,
} VsComparator;

/* What a rating can be: a colour, or why there is none. */
typedef enum {
  VS_RAG_NONE,          /* information only, or no target */
  VS_RAG_GREEN,
  VS_RAG_AMBER,
  VS_RAG_RED,
  VS_RAG_PENDING,       /* a value is due but missing: white */
  VS_RAG_NOT_EXPECTED,  /* nothing due: grey */
  VS_RAG_SUPPRESSED,
} VsRag;

/* Direction of travel, judged by polarity. */
typedef enum {
  VS_TRAVEL_NONE,
  VS_TRAVEL_IMPROVING,
  VS_TRAVEL_DECLINING,
  VS_TRAVEL_SAME,
} VsTravel;

typedef enum {
  VS_ACTION_OPEN,
  VS_ACTION_IN_PROGRESS,
  VS_ACTION_DONE,
  VS_ACTION_DROPPED,
} VsActionStatus;

/* Stable machine names, used in the database, the CLI and files. Never translated. */
const char *vs_polarity_to_string     (VsPolarity     polarity);
gboolean    vs_polarity_from_string   (const char    *text,
                                       VsPolarity    *out);
const char *vs_unit_to_string         (VsUnit         unit);
gboolean    vs_unit_from_string       (const char    *text,
                                       VsUnit        *out);
const char *vs_periodicity_to_string  (VsPeriodicity  periodicity);
gboolean    vs_periodicity_from_string (const char   *text,
                                       VsPeriodicity *out);
guint       vs_periodicity_months     (VsPeriodicity  periodicity);
const char *vs_obs_state_to_string    (VsObsState     state);
gboolean    vs_obs_state_from_string  (const char    *text,
                                       VsObsState    *out);
const char *vs_rag_rule_to_string     (VsRagRule      rule);
gboolean    vs_rag_rule_from_string   (const char    *text,
                                       VsRagRule     *out);
const char *vs_comparator_to_string   (VsComparator   comparator);
gboolean    vs_comparator_from_string (const char    *text,
                                       VsComparator  *out);
const char *vs_rag_to_string          (VsRag          rag);
const char *vs_travel_to_string       (VsTravel       travel);
const char *vs_action_status_to_string (VsActionStatus status);
gboolean    vs_action_status_from_string (const char  *text,
                                       VsActionStatus *out);

/* Words for people, translated. */
const char *vs_polarity_label         (VsPolarity     polarity);
const char *vs_unit_label             (VsUnit         unit);
const char *vs_periodicity_label      (VsPeriodicity  periodicity);
const char *vs_comparator_label       (VsComparator   comparator);
const char *vs_rag_label              (VsRag          rag);
/* "●", "▲", "◆" for Green, Amber, Red; "" for the rest. Never translated. */
const char *vs_rag_symbol             (VsRag          rag);
const char *vs_travel_label           (VsTravel       travel);

/* The widest range a figure in @unit can sensibly have: 0 to 100 for a percentage, 0 to
 * 100,000 for a rate per 10,000 (ten for each child), and bounds on the magnitude of the
 * others far beyond any authority's figures but far below where charts and sums break. */
void        vs_unit_range             (VsUnit         unit,
                                       double        *low,
                                       double        *high);
/* The counts behind a figure (numerators, denominators): 0 to 100,000,000. */
#define VS_MAX_COUNT 1e8
/* Whether @value is finite and within vs_unit_range(). */
gboolean    vs_unit_value_in_range    (VsUnit         unit,
                                       double         value);

/* "58.1%", "65.7", "1,053", "£1,200" for a value in its unit; NAN gives "". */
char       *vs_unit_format_value      (VsUnit         unit,
                                       double         value);

G_END_DECLS
