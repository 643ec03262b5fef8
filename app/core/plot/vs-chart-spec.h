/* vs-chart-spec.h: everything a chart shows, decided before gnuplot is involved
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "vs-period.h"
#include "vs-series.h"
#include "vs-types.h"

G_BEGIN_DECLS

#define VS_PLOT_ERROR (vs_plot_error_quark ())

typedef enum {
  VS_PLOT_ERROR_NO_GNUPLOT,    /* gnuplot is not installed (or VS_GNUPLOT names nothing) */
  VS_PLOT_ERROR_INVALID_SPEC,  /* the chart cannot be drawn as asked (size, points) */
  VS_PLOT_ERROR_GNUPLOT,       /* gnuplot reported an error for this chart */
  VS_PLOT_ERROR_DIED,          /* gnuplot stopped while drawing; restarted for the next */
  VS_PLOT_ERROR_TIMEOUT,       /* gnuplot did not answer in time; restarted for the next */
  VS_PLOT_ERROR_FAILED,
  VS_PLOT_ERROR_TOO_LARGE,     /* gnuplot wrote past the cap for one chart; restarted */
} VsPlotError;

GQuark vs_plot_error_quark (void);

typedef enum {
  VS_CHART_TREND,        /* the 13-month trend with RAG markers, target and benchmarks */
  VS_CHART_SPC,          /* XmR chart: mean, process limits, special causes */
  VS_CHART_LOCALITIES,   /* the latest value per locality as bars */
  VS_CHART_SPARKLINE,    /* a small line for table cells: no axes, no text */
  VS_CHART_COMPARATORS,  /* a published indicator by year: the authority joined up, and one
                          * line per comparator in benchmarks (SN average, England, region) */
  VS_CHART_NEIGHBOURS,   /* one year's neighbour group as bars in rank order, the home
                          * authority's (whole_index) picked out; benchmarks' values[0] as
                          * lines across */
  VS_N_CHART_KINDS       /*< skip >*/
} VsChartKind;

typedef enum {
  VS_CHART_FORMAT_SVG,
  VS_CHART_FORMAT_PNG,
  VS_CHART_FORMAT_PDF,
  VS_N_CHART_FORMATS     /*< skip >*/
} VsChartFormat;

/* The Making Data Count colours: what a point says about the process. */
typedef enum {
  VS_CHART_SPC_COMMON,       /* grey: common cause */
  VS_CHART_SPC_IMPROVEMENT,  /* blue */
  VS_CHART_SPC_CONCERN,      /* orange */
  VS_CHART_SPC_NEUTRAL,      /* purple: special cause on an information-only indicator */
} VsChartSpcClass;

/* A shaded stretch of the y axis: the green zone of a tolerance rule, the amber one, or a
 * target band ("Between 15-20"). Open ends are -INFINITY / INFINITY. */
typedef struct {
  double lo;
  double hi;
  VsRag  rag;    /* GREEN, AMBER or RED */
} VsChartBand;

/* A comparison line: statistical neighbours, national average, ... */
typedef struct {
  char   *label;
  double *values;   /* one per point, NAN where there is none */
} VsChartLine;

/* Plain data, filled by the caller (the view, the CLI, the committee pack) from the store and the
 * rules; the chart code only draws what it is given. Arrays have n entries. */
typedef struct {
  VsChartKind      kind;
  VsChartFormat    format;
  guint            width;         /* pixels; for PDF, points */
  guint            height;
  double           scale;         /* PNG only: 2 draws a sharp chart for a HiDPI screen */
  gboolean         dark;          /* libadwaita's dark palette */

  char            *view_key;      /* a newer request with the same key supersedes this */
  char            *title;
  char            *subtitle;      /* e.g. the locality; NULL: none */
  char            *footnote;      /* the source and the months shown; NULL: none */
  char            *series_label;  /* legend entry of the value line; NULL: "Value" */
  VsUnit           unit;

  guint            n;
  char           **labels;        /* x labels ("Nov 16") or locality names */
  double          *values;        /* NAN: a gap, never a zero */
  VsRag           *rags;          /* per point, from the rules */
  char           **marks;         /* per point, NULL or what the tables put beside its figure
                                   * (the small-numbers "†"; "c" where a count is hidden),
                                   * drawn beside the point, or at the foot for a gap */

  double           target;        /* NAN: none; drawn dashed */
  char            *target_label;  /* NULL: "Target 100%" */
  GArray          *bands;         /* of VsChartBand */
  GPtrArray       *benchmarks;    /* of VsChartLine* */

  /* SPC: per point, NAN where the rules computed nothing */
  double          *means;
  double          *lower_limits;
  double          *upper_limits;
  VsChartSpcClass *classes;
  gboolean        *rebased;       /* TRUE where a new segment starts */
  char            *variation;     /* vs_spc_variation_label of the latest point */
  char            *assurance;     /* vs_spc_assurance_label; NULL without a target */

  /* Localities: the bar that is the whole authority ("County"), -1 when none;
   * neighbours: the home authority's bar */
  int              whole_index;
} VsChartSpec;

/* Everything allocated for @n points: values and SPC figures NAN, rags NONE, labels NULL.
 * Size 800 x 450 (sparkline 120 x 32), SVG, scale 1, light. */
VsChartSpec *vs_chart_spec_new             (VsChartKind        kind,
                                            guint              n);
void         vs_chart_spec_free            (VsChartSpec       *spec);
VsChartSpec *vs_chart_spec_copy            (const VsChartSpec *spec);
/* Frees spec->marks (@n entries, any of them NULL). */
void         vs_chart_spec_clear_marks     (char             **marks,
                                            guint              n);

/* Labels "Nov 16", "Dec 16", ... from @first. */
void         vs_chart_spec_set_period_labels (VsChartSpec     *spec,
                                            VsPeriod           first);
/* Values from a series of the same length, and each point's rag from its state: PENDING
 * for a missing month, NOT_EXPECTED, SUPPRESSED, NONE for an actual value (the caller sets
 * the colour the rules give). Also sets the period labels. */
void         vs_chart_spec_set_series      (VsChartSpec       *spec,
                                            const VsSeries    *series);
void         vs_chart_spec_add_band        (VsChartSpec       *spec,
                                            double             lo,
                                            double             hi,
                                            VsRag              rag);
/* Returns the line's n values (all NAN) for the caller to fill. */
double      *vs_chart_spec_add_benchmark   (VsChartSpec       *spec,
                                            const char        *label);
/* A chart that cannot be drawn as asked fails here with VS_PLOT_ERROR_INVALID_SPEC. */
gboolean     vs_chart_spec_validate        (const VsChartSpec *spec,
                                            GError           **error);

const char  *vs_chart_kind_to_string       (VsChartKind        kind);
gboolean     vs_chart_kind_from_string     (const char        *text,
                                            VsChartKind       *out);
const char  *vs_chart_format_to_string     (VsChartFormat      format);  /* "svg" */
gboolean     vs_chart_format_from_string   (const char        *text,
                                            VsChartFormat     *out);
/* From a file name's extension, case-insensitive. */
gboolean     vs_chart_format_from_filename (const char        *filename,
                                            VsChartFormat     *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsChartSpec, vs_chart_spec_free)

G_END_DECLS

#include "vs-plot-enums.h"
