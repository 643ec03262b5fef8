/* vs-indicator.c: the records the store hands out
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "vs-indicator.h"

G_DEFINE_BOXED_TYPE (VsIndicator, vs_indicator, vs_indicator_ref, vs_indicator_unref)

static void
vs_indicator_clear (VsIndicator *self)
{
  g_clear_pointer (&self->ref, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->area, g_free);
  g_clear_pointer (&self->target_text, g_free);
  g_clear_pointer (&self->lead_officer, g_free);
  g_clear_pointer (&self->data_owner, g_free);
  g_clear_pointer (&self->why_important, g_free);
  g_clear_pointer (&self->background, g_free);
  g_clear_pointer (&self->success, g_free);
  g_clear_pointer (&self->source, g_free);
}

/**
 * vs_indicator_new:
 *
 * Returns: (transfer full): an indicator with no id, higher-is-better, a monthly count,
 * and every optional number unset (NAN).
 */
VsIndicator *
vs_indicator_new (void)
{
  VsIndicator *self = g_rc_box_new0 (VsIndicator);

  self->polarity = VS_POLARITY_HIGHER_IS_BETTER;
  self->unit = VS_UNIT_COUNT;
  self->periodicity = VS_PERIODICITY_MONTHLY;
  self->rag_rule = VS_RAG_RULE_AUTO;
  self->red_threshold = NAN;
  self->green_threshold = NAN;
  self->amber_percent = NAN;
  self->rag_comparator = -1;
  self->dot_tolerance = NAN;
  return self;
}

VsIndicator *
vs_indicator_ref (VsIndicator *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_rc_box_acquire (self);
}

void
vs_indicator_unref (VsIndicator *self)
{
  g_return_if_fail (self != NULL);
  g_rc_box_release_full (self, (GDestroyNotify) vs_indicator_clear);
}

VsIndicator *
vs_indicator_copy (const VsIndicator *self)
{
  VsIndicator *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_rc_box_new (VsIndicator);
  *copy = *self;
  copy->ref = g_strdup (self->ref);
  copy->title = g_strdup (self->title);
  copy->area = g_strdup (self->area);
  copy->target_text = g_strdup (self->target_text);
  copy->lead_officer = g_strdup (self->lead_officer);
  copy->data_owner = g_strdup (self->data_owner);
  copy->why_important = g_strdup (self->why_important);
  copy->background = g_strdup (self->background);
  copy->success = g_strdup (self->success);
  copy->source = g_strdup (self->source);
  return copy;
}

void
vs_area_free (VsArea *area)
{
  if (area == NULL)
    return;
  g_free (area->name);
  g_free (area);
}

void
vs_locality_free (VsLocality *locality)
{
  if (locality == NULL)
    return;
  g_free (locality->name);
  g_free (locality);
}

static void
observation_clear (VsObservation *obs)
{
  if (obs == NULL)
    return;
  g_clear_pointer (&obs->file, g_free);
  g_clear_pointer (&obs->sheet, g_free);
  g_clear_pointer (&obs->cell, g_free);
}

void
vs_observation_free (VsObservation *obs)
{
  if (obs == NULL)
    return;
  observation_clear (obs);
  g_free (obs);
}

void
vs_benchmark_free (VsBenchmark *benchmark)
{
  if (benchmark == NULL)
    return;
  g_free (benchmark->label);
  g_free (benchmark);
}

char *
vs_benchmark_dup_name (const VsBenchmark *benchmark)
{
  const char *working;

  g_return_val_if_fail (benchmark != NULL, NULL);

  if (benchmark->label == NULL || benchmark->label[0] == '\0')
    return g_strdup (vs_comparator_label (benchmark->comparator));
  working = strstr (benchmark->label, ": ");
  if (working == NULL || working == benchmark->label)
    return g_strdup (benchmark->label);
  return g_strndup (benchmark->label, working - benchmark->label);
}

void
vs_commentary_free (VsCommentary *commentary)
{
  if (commentary == NULL)
    return;
  g_free (commentary->text);
  g_free (commentary->author);
  g_free (commentary);
}

void
vs_action_free (VsAction *action)
{
  if (action == NULL)
    return;
  g_free (action->text);
  g_free (action->owner);
  g_free (action->progress);
  g_free (action);
}
