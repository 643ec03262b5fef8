/* vs-chart-spec.c: everything a chart shows, decided before gnuplot is involved
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "vs-chart-spec.h"
#include "vs-enum-names.h"

/* Bounds that keep gnuplot fast and its canvas sane whatever a caller passes. */
#define MIN_SIZE   16
#define MAX_SIZE   8000
#define MAX_POINTS 1000
#define MAX_LINES  6

G_DEFINE_QUARK (vs-plot-error-quark, vs_plot_error)

static double *
nan_array (guint n)
{
  double *a = g_new (double, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    a[i] = NAN;
  return a;
}

static double *
dup_doubles (const double *a,
             guint         n)
{
  return a != NULL ? g_memdup2 (a, sizeof (double) * MAX (n, 1)) : NULL;
}

static void
chart_line_free (gpointer data)
{
  VsChartLine *line = data;

  g_free (line->label);
  g_free (line->values);
  g_free (line);
}

VsChartSpec *
vs_chart_spec_new (VsChartKind kind,
                   guint       n)
{
  VsChartSpec *spec = g_new0 (VsChartSpec, 1);

  spec->kind = kind;
  spec->format = VS_CHART_FORMAT_SVG;
  spec->width = kind == VS_CHART_SPARKLINE ? 120 : 800;
  spec->height = kind == VS_CHART_SPARKLINE ? 32 : 450;
  spec->scale = 1.0;
  spec->unit = VS_UNIT_COUNT;
  spec->n = n;
  spec->labels = g_new0 (char *, n + 1);
  spec->values = nan_array (n);
  spec->rags = g_new0 (VsRag, MAX (n, 1));   /* VS_RAG_NONE is 0 */
  spec->marks = g_new0 (char *, n + 1);
  spec->target = NAN;
  spec->bands = g_array_new (FALSE, FALSE, sizeof (VsChartBand));
  spec->benchmarks = g_ptr_array_new_with_free_func (chart_line_free);
  spec->means = nan_array (n);
  spec->lower_limits = nan_array (n);
  spec->upper_limits = nan_array (n);
  spec->classes = g_new0 (VsChartSpcClass, MAX (n, 1));
  spec->rebased = g_new0 (gboolean, MAX (n, 1));
  spec->whole_index = -1;
  return spec;
}

void
vs_chart_spec_free (VsChartSpec *spec)
{
  if (spec == NULL)
    return;

  g_free (spec->view_key);
  g_free (spec->title);
  g_free (spec->subtitle);
  g_free (spec->footnote);
  g_free (spec->series_label);
  g_strfreev (spec->labels);
  g_free (spec->values);
  g_free (spec->rags);
  vs_chart_spec_clear_marks (spec->marks, spec->n);
  g_free (spec->target_label);
  g_array_unref (spec->bands);
  g_ptr_array_unref (spec->benchmarks);
  g_free (spec->means);
  g_free (spec->lower_limits);
  g_free (spec->upper_limits);
  g_free (spec->classes);
  g_free (spec->rebased);
  g_free (spec->variation);
  g_free (spec->assurance);
  g_free (spec);
}

VsChartSpec *
vs_chart_spec_copy (const VsChartSpec *spec)
{
  VsChartSpec *copy;

  g_return_val_if_fail (spec != NULL, NULL);

  copy = g_new0 (VsChartSpec, 1);
  *copy = *spec;
  copy->view_key = g_strdup (spec->view_key);
  copy->title = g_strdup (spec->title);
  copy->subtitle = g_strdup (spec->subtitle);
  copy->footnote = g_strdup (spec->footnote);
  copy->series_label = g_strdup (spec->series_label);
  copy->labels = g_new0 (char *, spec->n + 1);
  for (guint i = 0; i < spec->n; i++)
    copy->labels[i] = g_strdup (spec->labels[i]);
  copy->values = dup_doubles (spec->values, spec->n);
  copy->rags = g_memdup2 (spec->rags, sizeof (VsRag) * MAX (spec->n, 1));
  copy->marks = g_new0 (char *, spec->n + 1);
  for (guint i = 0; i < spec->n; i++)
    copy->marks[i] = g_strdup (spec->marks[i]);
  copy->target_label = g_strdup (spec->target_label);
  copy->bands = g_array_copy (spec->bands);
  copy->benchmarks = g_ptr_array_new_with_free_func (chart_line_free);
  for (guint i = 0; i < spec->benchmarks->len; i++)
    {
      const VsChartLine *line = g_ptr_array_index (spec->benchmarks, i);
      VsChartLine *dup = g_new0 (VsChartLine, 1);

      dup->label = g_strdup (line->label);
      dup->values = dup_doubles (line->values, spec->n);
      g_ptr_array_add (copy->benchmarks, dup);
    }
  copy->means = dup_doubles (spec->means, spec->n);
  copy->lower_limits = dup_doubles (spec->lower_limits, spec->n);
  copy->upper_limits = dup_doubles (spec->upper_limits, spec->n);
  copy->classes = g_memdup2 (spec->classes, sizeof (VsChartSpcClass) * MAX (spec->n, 1));
  copy->rebased = g_memdup2 (spec->rebased, sizeof (gboolean) * MAX (spec->n, 1));
  copy->variation = g_strdup (spec->variation);
  copy->assurance = g_strdup (spec->assurance);
  return copy;
}

/* Not g_strfreev: the array has a NULL wherever a point has no mark. */
void
vs_chart_spec_clear_marks (char  **marks,
                           guint   n)
{
  if (marks == NULL)
    return;
  for (guint i = 0; i < n; i++)
    g_free (marks[i]);
  g_free (marks);
}

void
vs_chart_spec_set_period_labels (VsChartSpec *spec,
                                 VsPeriod     first)
{
  g_return_if_fail (spec != NULL);
  g_return_if_fail (vs_period_is_valid (first));

  for (guint i = 0; i < spec->n; i++)
    {
      g_free (spec->labels[i]);
      spec->labels[i] = vs_period_to_label (first + (VsPeriod) i);
    }
}

void
vs_chart_spec_set_series (VsChartSpec    *spec,
                          const VsSeries *series)
{
  g_return_if_fail (spec != NULL);
  g_return_if_fail (series != NULL);
  g_return_if_fail (series->n == spec->n);

  for (guint i = 0; i < spec->n; i++)
    {
      VsObsState state = series->states[i];

      spec->values[i] = state == VS_OBS_ACTUAL ? series->values[i] : NAN;
      switch (state)
        {
        case VS_OBS_ACTUAL:
          spec->rags[i] = VS_RAG_NONE;
          break;
        case VS_OBS_MISSING:
          spec->rags[i] = VS_RAG_PENDING;
          break;
        case VS_OBS_NOT_EXPECTED:
          spec->rags[i] = VS_RAG_NOT_EXPECTED;
          break;
        case VS_OBS_SUPPRESSED:
          spec->rags[i] = VS_RAG_SUPPRESSED;
          break;
        case VS_N_OBS_STATES:
          g_assert_not_reached ();
        }
    }
  vs_chart_spec_set_period_labels (spec, series->first);
}

void
vs_chart_spec_add_band (VsChartSpec *spec,
                        double       lo,
                        double       hi,
                        VsRag        rag)
{
  VsChartBand band = { MIN (lo, hi), MAX (lo, hi), rag };

  g_return_if_fail (spec != NULL);
  g_return_if_fail (!isnan (lo) && !isnan (hi));

  g_array_append_val (spec->bands, band);
}

double *
vs_chart_spec_add_benchmark (VsChartSpec *spec,
                             const char  *label)
{
  VsChartLine *line;

  g_return_val_if_fail (spec != NULL, NULL);

  line = g_new0 (VsChartLine, 1);
  line->label = g_strdup (label);
  line->values = nan_array (spec->n);
  g_ptr_array_add (spec->benchmarks, line);
  return line->values;
}

gboolean
vs_chart_spec_validate (const VsChartSpec *spec,
                        GError           **error)
{
  g_return_val_if_fail (spec != NULL, FALSE);

  if ((guint) spec->kind >= VS_N_CHART_KINDS || (guint) spec->format >= VS_N_CHART_FORMATS)
    {
      g_set_error (error, VS_PLOT_ERROR, VS_PLOT_ERROR_INVALID_SPEC,
                   _("Unknown chart kind or format"));
      return FALSE;
    }
  if (spec->width < MIN_SIZE || spec->width > MAX_SIZE
      || spec->height < MIN_SIZE || spec->height > MAX_SIZE)
    {
      g_set_error (error, VS_PLOT_ERROR, VS_PLOT_ERROR_INVALID_SPEC,
                   _("A chart of %u × %u pixels cannot be drawn: width and height must be "
                     "between %d and %d"),
                   spec->width, spec->height, MIN_SIZE, MAX_SIZE);
      return FALSE;
    }
  if (!(spec->scale >= 0.5 && spec->scale <= 4.0)
      || spec->width * spec->scale > MAX_SIZE || spec->height * spec->scale > MAX_SIZE)
    {
      g_set_error (error, VS_PLOT_ERROR, VS_PLOT_ERROR_INVALID_SPEC,
                   _("A chart cannot be drawn at scale %g"), spec->scale);
      return FALSE;
    }
  if (spec->n == 0 || spec->n > MAX_POINTS)
    {
      g_set_error (error, VS_PLOT_ERROR, VS_PLOT_ERROR_INVALID_SPEC,
                   _("A chart needs between 1 and %d points, not %u"), MAX_POINTS, spec->n);
      return FALSE;
    }
  if (spec->benchmarks->len > MAX_LINES)
    {
      g_set_error (error, VS_PLOT_ERROR, VS_PLOT_ERROR_INVALID_SPEC,
                   _("A chart shows at most %d comparison lines, not %u"),
                   MAX_LINES, spec->benchmarks->len);
      return FALSE;
    }
  if (spec->whole_index >= (int) spec->n)
    {
      g_set_error (error, VS_PLOT_ERROR, VS_PLOT_ERROR_INVALID_SPEC,
                   _("The whole-authority bar %d is not one of the %u bars"),
                   spec->whole_index, spec->n);
      return FALSE;
    }
  return TRUE;
}


VS_DEFINE_ENUM_NAMES (VsChartKind, vs_chart_kind, VS_TYPE_CHART_KIND)

VS_DEFINE_ENUM_NAMES (VsChartFormat, vs_chart_format, VS_TYPE_CHART_FORMAT)

gboolean
vs_chart_format_from_filename (const char    *filename,
                               VsChartFormat *out)
{
  const char *dot;
  const char *slash;

  g_return_val_if_fail (filename != NULL, FALSE);

  dot = strrchr (filename, '.');
  slash = strrchr (filename, G_DIR_SEPARATOR);
  if (dot == NULL || (slash != NULL && dot < slash))
    return FALSE;
  return vs_chart_format_from_string (dot + 1, out);
}
