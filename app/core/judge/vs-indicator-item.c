/* vs-indicator-item.c: one indicator's line in a RAG table, as a list item
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "vs-indicator-item.h"
#include "vs-small-numbers.h"

/* A holder: the judgement (vs_judge_indicators) gives the ratings, and the table reads
 * them. Nothing here decides a colour. */
struct _VsIndicatorItem
{
  GObject        parent_instance;

  VsAssessment  *assessment;
  VsLocality    *locality;
  guint          offset;       /* series index of the first shown month */
  VsPeriod       columns[VS_TABLE_MONTHS];   /* vs_judge_columns: months, quarters or years */
  guint          n_columns;
  char          *reasons;
  char          *target;
  int            latest;
  guint          small_below;  /* vs_small_numbers_judge's threshold, 0: off */
};

G_DEFINE_FINAL_TYPE (VsIndicatorItem, vs_indicator_item, G_TYPE_OBJECT)

static void
vs_indicator_item_finalize (GObject *object)
{
  VsIndicatorItem *self = VS_INDICATOR_ITEM (object);

  g_clear_pointer (&self->assessment, vs_assessment_free);
  g_clear_pointer (&self->locality, vs_locality_free);
  g_clear_pointer (&self->reasons, g_free);
  g_clear_pointer (&self->target, g_free);

  G_OBJECT_CLASS (vs_indicator_item_parent_class)->finalize (object);
}

static void
vs_indicator_item_class_init (VsIndicatorItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vs_indicator_item_finalize;
}

static void
vs_indicator_item_init (VsIndicatorItem *self)
{
  self->latest = -1;
}

VsIndicatorItem *
vs_indicator_item_new (VsAssessment     *assessment,
                       const VsLocality *locality,
                       guint             small_below)
{
  VsIndicatorItem *self;
  const VsSeries *series;
  VsPeriod period;

  g_return_val_if_fail (assessment != NULL, NULL);
  g_return_val_if_fail (assessment->series != NULL && assessment->series->n >= VS_TABLE_MONTHS, NULL);
  g_return_val_if_fail (locality != NULL, NULL);

  self = g_object_new (VS_TYPE_INDICATOR_ITEM, NULL);
  self->assessment = assessment;
  self->small_below = small_below;
  self->locality = g_new0 (VsLocality, 1);
  *self->locality = *locality;
  self->locality->name = g_strdup (locality->name);
  series = assessment->series;
  period = vs_series_last (series);
  self->offset = series->n - VS_TABLE_MONTHS;
  if (assessment->exception)
    self->reasons = vs_exception_reasons_label (assessment->reasons);
  self->target = vs_assessment_dup_target_label (assessment);
  self->n_columns = vs_judge_columns (assessment, self->columns);
  if (assessment->period >= series->first + (VsPeriod) self->offset && assessment->period <= period)
    self->latest = assessment->period - series->first - (VsPeriod) self->offset;
  return self;
}

VsIndicator *
vs_indicator_item_get_indicator (VsIndicatorItem *self)
{
  g_return_val_if_fail (VS_IS_INDICATOR_ITEM (self), NULL);
  return self->assessment->indicator;
}

const VsSeries *
vs_indicator_item_get_series (VsIndicatorItem *self)
{
  g_return_val_if_fail (VS_IS_INDICATOR_ITEM (self), NULL);
  return self->assessment->series;
}

const VsLocality *
vs_indicator_item_get_locality (VsIndicatorItem *self)
{
  g_return_val_if_fail (VS_IS_INDICATOR_ITEM (self), NULL);
  return self->locality;
}

const VsAssessment *
vs_indicator_item_get_assessment (VsIndicatorItem *self)
{
  g_return_val_if_fail (VS_IS_INDICATOR_ITEM (self), NULL);
  return self->assessment;
}

VsPeriod
vs_indicator_item_get_period (VsIndicatorItem *self)
{
  g_return_val_if_fail (VS_IS_INDICATOR_ITEM (self), VS_PERIOD_INVALID);
  return vs_series_last (self->assessment->series);
}

gint64
vs_indicator_item_get_area_id (VsIndicatorItem *self)
{
  g_return_val_if_fail (VS_IS_INDICATOR_ITEM (self), 0);
  return self->assessment->indicator->area_id;
}

const char *
vs_indicator_item_get_ref (VsIndicatorItem *self)
{
  g_return_val_if_fail (VS_IS_INDICATOR_ITEM (self), NULL);
  return self->assessment->indicator->ref;
}

const char *
vs_indicator_item_get_title (VsIndicatorItem *self)
{
  g_return_val_if_fail (VS_IS_INDICATOR_ITEM (self), NULL);
  return self->assessment->indicator->title;
}

/* The series index of shown month @index. */
static guint
month_index (VsIndicatorItem *self,
             guint            index)
{
  return self->offset + index;
}

/* The series index of column @index (vs_judge_columns). */
static guint
column_index (VsIndicatorItem *self,
              guint            index)
{
  return (guint) (self->columns[index] - self->assessment->series->first);
}

static VsRag
rag_at (VsIndicatorItem *self,
        guint            k)
{
  const VsRating *rating = vs_assessment_rating_at (self->assessment,
                                                    self->assessment->series->first + (VsPeriod) k);

  if (rating != NULL)
    return rating->rag;
  /* Unrated, the cell still says whether a figure was due. */
  switch (self->assessment->series->states[k])
    {
    case VS_OBS_MISSING:      return VS_RAG_PENDING;
    case VS_OBS_NOT_EXPECTED: return VS_RAG_NOT_EXPECTED;
    case VS_OBS_SUPPRESSED:   return VS_RAG_SUPPRESSED;
    case VS_OBS_ACTUAL:       return VS_RAG_NONE;
    case VS_N_OBS_STATES:     break;
    }
  g_return_val_if_reached (VS_RAG_NONE);
}

static double
value_at (VsIndicatorItem *self,
          guint            k)
{
  if (self->assessment->series->states[k] != VS_OBS_ACTUAL ||
      vs_small_numbers_judge (self->assessment->indicator, self->assessment->series, k,
                              self->small_below) == VS_SMALL_NUMBERS_SUPPRESSED)
    return NAN;
  return self->assessment->series->values[k];
}

/* The figure as the committee papers print it: "58.1%", "1,053". A suppressed figure (in the
 * source, or a small count) shows as the DfE's "c", a rate of small numbers is marked;
 * pending and not-expected cells are blank, their tint says which. */
static char *
format_at (VsIndicatorItem *self,
           guint            k)
{
  return vs_small_numbers_format (self->assessment->indicator, self->assessment->series, k,
                                  self->small_below);
}

char *
vs_indicator_item_dup_month_note (VsIndicatorItem *self,
                                 guint           index)
{
  g_return_val_if_fail (VS_IS_INDICATOR_ITEM (self), NULL);
  g_return_val_if_fail (index < VS_TABLE_MONTHS, NULL);

  return vs_small_numbers_describe (self->assessment->indicator, self->assessment->series,
                                    self->offset + index, self->small_below);
}

guint
vs_indicator_item_get_small_below (VsIndicatorItem *self)
{
  g_return_val_if_fail (VS_IS_INDICATOR_ITEM (self), 0);
  return self->small_below;
}

/* A cell's tooltip: the period, the figure with its numerator and denominator, and the
 * rules' sentence for its colour. */
static char *
describe_at (VsIndicatorItem *self,
             guint            k,
             const char      *period)
{
  g_autofree char *value = NULL;
  g_autofree char *note = NULL;
  const VsRating *rating;
  GString *text = g_string_new (NULL);
  const VsSeries *s = self->assessment->series;

  switch (s->states[k])
    {
    case VS_OBS_ACTUAL:
      note = vs_small_numbers_describe (self->assessment->indicator, s, k, self->small_below);
      value = vs_small_numbers_format (self->assessment->indicator, s, k, self->small_below);
      g_string_append_printf (text, "%s: %s", period, value);
      if (note != NULL)
        g_string_append_printf (text, " (%s)", note);
      /* A hidden count shows nothing of itself, its numerator and denominator neither. */
      if (vs_small_numbers_judge (self->assessment->indicator, s, k, self->small_below)
          != VS_SMALL_NUMBERS_SUPPRESSED
          && !isnan (s->numerators[k]) && !isnan (s->denominators[k]))
        {
          g_autofree char *n = vs_unit_format_value (VS_UNIT_COUNT, s->numerators[k]);
          g_autofree char *d = vs_unit_format_value (VS_UNIT_COUNT, s->denominators[k]);

          g_string_append_printf (text, " (%s / %s)", n, d);
        }
      break;
    case VS_OBS_MISSING:
      /* Translators: %s is a month, "November 2017", or a year, "2024-25" */
      g_string_append_printf (text, _("%s: expected, not yet available"), period);
      break;
    case VS_OBS_NOT_EXPECTED:
      g_string_append_printf (text, _("%s: no figure expected"), period);
      break;
    case VS_OBS_SUPPRESSED:
      g_string_append_printf (text, _("%s: suppressed in the source"), period);
      break;
    case VS_N_OBS_STATES:
      g_assert_not_reached ();
    }

  /* Unrated because the definition cannot be used: that is what the officer must fix. */
  rating = vs_assessment_rating_at (self->assessment, s->first + (VsPeriod) k);
  if (self->assessment->error != NULL)
    g_string_append_printf (text, "\n%s", self->assessment->error);
  else if (rating != NULL && rating->explanation != NULL && *rating->explanation != '\0')
    g_string_append_printf (text, "\n%s", rating->explanation);

  return g_string_free (text, FALSE);
}

VsRag
vs_indicator_item_get_month_rag (VsIndicatorItem *self,
                                 guint            index)
{
  g_return_val_if_fail (VS_IS_INDICATOR_ITEM (self), VS_RAG_NONE);
  g_return_val_if_fail (index < VS_TABLE_MONTHS, VS_RAG_NONE);
  return rag_at (self, month_index (self, index));
}

double
vs_indicator_item_get_month_value (VsIndicatorItem *self,
                                   guint            index)
{
  g_return_val_if_fail (VS_IS_INDICATOR_ITEM (self), NAN);
  g_return_val_if_fail (index < VS_TABLE_MONTHS, NAN);
  return value_at (self, month_index (self, index));
}

char *
vs_indicator_item_format_month (VsIndicatorItem *self,
                                guint            index)
{
  g_return_val_if_fail (VS_IS_INDICATOR_ITEM (self), NULL);
  g_return_val_if_fail (index < VS_TABLE_MONTHS, NULL);
  return format_at (self, month_index (self, index));
}

char *
vs_indicator_item_describe_month (VsIndicatorItem *self,
                                  guint            index)
{
  g_autofree char *month = NULL;

  g_return_val_if_fail (VS_IS_INDICATOR_ITEM (self), NULL);
  g_return_val_if_fail (index < VS_TABLE_MONTHS, NULL);

  month = vs_period_to_long_label (self->assessment->series->first + (VsPeriod) month_index (self, index));
  return describe_at (self, month_index (self, index), month);
}

guint
vs_indicator_item_get_n_columns (VsIndicatorItem *self)
{
  g_return_val_if_fail (VS_IS_INDICATOR_ITEM (self), 0);
  return self->n_columns;
}

char *
vs_indicator_item_dup_column_label (VsIndicatorItem *self,
                                    guint            index)
{
  g_return_val_if_fail (VS_IS_INDICATOR_ITEM (self), NULL);
  g_return_val_if_fail (index < self->n_columns, NULL);
  return vs_judge_column_label (self->assessment->indicator, self->columns[index]);
}

VsRag
vs_indicator_item_get_column_rag (VsIndicatorItem *self,
                                  guint            index)
{
  g_return_val_if_fail (VS_IS_INDICATOR_ITEM (self), VS_RAG_NONE);
  g_return_val_if_fail (index < self->n_columns, VS_RAG_NONE);
  return rag_at (self, column_index (self, index));
}

double
vs_indicator_item_get_column_value (VsIndicatorItem *self,
                                    guint            index)
{
  g_return_val_if_fail (VS_IS_INDICATOR_ITEM (self), NAN);
  g_return_val_if_fail (index < self->n_columns, NAN);
  return value_at (self, column_index (self, index));
}

char *
vs_indicator_item_format_column (VsIndicatorItem *self,
                                 guint            index)
{
  g_return_val_if_fail (VS_IS_INDICATOR_ITEM (self), NULL);
  g_return_val_if_fail (index < self->n_columns, NULL);
  return format_at (self, column_index (self, index));
}

char *
vs_indicator_item_dup_column_note (VsIndicatorItem *self,
                                   guint            index)
{
  g_return_val_if_fail (VS_IS_INDICATOR_ITEM (self), NULL);
  g_return_val_if_fail (index < self->n_columns, NULL);

  return vs_small_numbers_describe (self->assessment->indicator, self->assessment->series,
                                    column_index (self, index), self->small_below);
}

char *
vs_indicator_item_describe_column (VsIndicatorItem *self,
                                   guint            index)
{
  g_autofree char *label = NULL;

  g_return_val_if_fail (VS_IS_INDICATOR_ITEM (self), NULL);
  g_return_val_if_fail (index < self->n_columns, NULL);

  label = vs_judge_column_label (self->assessment->indicator, self->columns[index]);
  return describe_at (self, column_index (self, index), label);
}

VsRag
vs_indicator_item_get_rag (VsIndicatorItem *self)
{
  g_return_val_if_fail (VS_IS_INDICATOR_ITEM (self), VS_RAG_NONE);
  return self->assessment->rating.rag;
}

int
vs_indicator_item_get_latest (VsIndicatorItem *self)
{
  g_return_val_if_fail (VS_IS_INDICATOR_ITEM (self), -1);
  return self->latest;
}

VsTravel
vs_indicator_item_get_travel (VsIndicatorItem *self)
{
  g_return_val_if_fail (VS_IS_INDICATOR_ITEM (self), VS_TRAVEL_NONE);
  return self->assessment->travel;
}

gboolean
vs_indicator_item_is_exception (VsIndicatorItem *self)
{
  g_return_val_if_fail (VS_IS_INDICATOR_ITEM (self), FALSE);
  return self->assessment->exception;
}

const char *
vs_indicator_item_get_reasons (VsIndicatorItem *self)
{
  g_return_val_if_fail (VS_IS_INDICATOR_ITEM (self), NULL);
  return self->reasons;
}

const char *
vs_indicator_item_get_explanation (VsIndicatorItem *self)
{
  g_return_val_if_fail (VS_IS_INDICATOR_ITEM (self), NULL);
  return self->assessment->rating.explanation;
}

const char *
vs_indicator_item_get_target (VsIndicatorItem *self)
{
  g_return_val_if_fail (VS_IS_INDICATOR_ITEM (self), NULL);
  return self->target != NULL ? self->target : "";
}

static gboolean
contains_folded (const char *haystack,
                 const char *needle)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;
  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, needle) != NULL;
}

gboolean
vs_indicator_item_matches (VsIndicatorItem *self,
                           const char      *needle)
{
  g_return_val_if_fail (VS_IS_INDICATOR_ITEM (self), FALSE);

  if (needle == NULL || *needle == '\0')
    return TRUE;
  return contains_folded (self->assessment->indicator->ref, needle)
         || contains_folded (self->assessment->indicator->title, needle);
}

int
vs_rag_severity (VsRag rag)
{
  switch (rag)
    {
    case VS_RAG_RED:          return 6;
    case VS_RAG_AMBER:        return 5;
    case VS_RAG_PENDING:      return 4;
    case VS_RAG_GREEN:        return 3;
    case VS_RAG_SUPPRESSED:   return 2;
    case VS_RAG_NONE:         return 1;
    case VS_RAG_NOT_EXPECTED:
      return 0;
    }
  g_return_val_if_reached (0);
}
