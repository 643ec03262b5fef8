/* vs-indicator.h: what one vital sign is, and how it is judged
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "vs-types.h"

G_BEGIN_DECLS

/* A plain reference-counted record (GBoxed), not a GObject: the store hands out thousands
 * of them and the rules only read them. Unset numbers are NAN, unset strings NULL. */
typedef struct _VsIndicator VsIndicator;

struct _VsIndicator {
  gint64         id;            /* 0 until stored */
  char          *ref;           /* "6.14", or generated "U12" */
  char          *title;
  gint64         area_id;
  char          *area;          /* the service area's name, filled by the store */
  VsPolarity     polarity;
  VsUnit         unit;
  VsPeriodicity  periodicity;
  gboolean       cumulative;    /* financial year to date */
  gboolean       rolling;       /* rolling 12 months */

  char          *target_text;   /* as officers wrote it: "95%", "<20%", "Between 15-20" */
  VsRagRule      rag_rule;      /* AUTO: decided from target and thresholds */
  double         red_threshold;
  double         green_threshold;
  double         amber_percent; /* relative rule: amber within N% of the comparator; NAN = 10 */
  int            rag_comparator;/* relative rule: -1 for the target, else a VsComparator */
  double         dot_tolerance; /* a change this small counts as the same; NAN = exact */
  gboolean       budget_flag;   /* adversely affecting the budget */
  gboolean       risk_flag;     /* adversely affecting a corporate risk */

  char          *lead_officer;
  char          *data_owner;
  char          *why_important;
  char          *background;
  char          *success;
  char          *source;        /* where the figures come from, for chart footnotes */
  int            position;      /* order within its area */
};

GType        vs_indicator_get_type (void) G_GNUC_CONST;
#define VS_TYPE_INDICATOR (vs_indicator_get_type ())

VsIndicator *vs_indicator_new      (void);
VsIndicator *vs_indicator_ref      (VsIndicator       *self);
void         vs_indicator_unref    (VsIndicator       *self);
VsIndicator *vs_indicator_copy     (const VsIndicator *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsIndicator, vs_indicator_unref)

typedef struct {
  gint64  id;
  char   *name;
  int     position;
  guint   n_indicators;
} VsArea;

typedef struct {
  gint64   id;
  char    *name;
  gboolean is_whole_authority;   /* "County": the authority as a whole */
  int      position;
} VsLocality;

void vs_area_free     (VsArea     *area);
void vs_locality_free (VsLocality *locality);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsArea, vs_area_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsLocality, vs_locality_free)

/* One figure: indicator x period x locality. Provenance says where it came from. */
typedef struct {
  gint64      indicator_id;
  gint64      locality_id;
  gint32      period;          /* VsPeriod */
  VsObsState  state;
  double      value;           /* NAN unless ACTUAL */
  double      numerator;       /* NAN when not given */
  double      denominator;
  gint64      import_id;       /* 0 when entered by hand */
  char       *file;
  char       *sheet;
  char       *cell;            /* "D7" */
} VsObservation;

void vs_observation_free  (VsObservation *obs);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsObservation, vs_observation_free)

typedef struct {
  gint64        indicator_id;
  VsComparator  comparator;
  gint32        period;
  double        value;
  /* "Eastern region", "England" as the file named it; a comparator computed from published
   * figures adds its working after ": " ("SN average: mean of 9 of 10 neighbours, ...") */
  char         *label;
  gint64        import_id;     /* 0 when entered by hand */
} VsBenchmark;

void  vs_benchmark_free     (VsBenchmark       *benchmark);
/* The name to show beside its figure, in a legend or a table: the label without any
 * working, else the comparator's name. */
char *vs_benchmark_dup_name (const VsBenchmark *benchmark);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsBenchmark, vs_benchmark_free)

typedef struct {
  gint64   id;
  gint64   indicator_id;       /* 0 for commentary on a whole area */
  gint64   area_id;
  gint32   period;
  char    *text;
  char    *author;
  gint64   created;            /* unix seconds */
} VsCommentary;

void vs_commentary_free (VsCommentary *commentary);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsCommentary, vs_commentary_free)

typedef struct {
  gint64          id;
  gint64          indicator_id;
  char           *text;
  char           *owner;
  gint32          due;         /* VsPeriod, or VS_PERIOD_INVALID */
  VsActionStatus  status;
  char           *progress;    /* progress notes, newest last */
  gint64          created;
  gint64          updated;
} VsAction;

void vs_action_free (VsAction *action);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsAction, vs_action_free)

G_END_DECLS
