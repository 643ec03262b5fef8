/* vs-rag-style.c: how a rating looks: its CSS class, its travel arrow, its polarity word
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-rag-style"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "vs-rag-style.h"

const char *
vs_rag_css_class (VsRag rag)
{
  switch (rag)
    {
    case VS_RAG_GREEN:        return "green";
    case VS_RAG_AMBER:        return "amber";
    case VS_RAG_RED:          return "red";
    case VS_RAG_PENDING:      return "pending";
    case VS_RAG_NOT_EXPECTED: return "not-expected";
    case VS_RAG_SUPPRESSED:   return "suppressed";
    case VS_RAG_NONE:
      return "no-rating";
    }
  g_return_val_if_reached ("no-rating");
}

const char *
vs_travel_css_class (VsTravel travel)
{
  switch (travel)
    {
    case VS_TRAVEL_IMPROVING: return "improving";
    case VS_TRAVEL_DECLINING: return "declining";
    case VS_TRAVEL_SAME:      return "same";
    case VS_TRAVEL_NONE:
      return "no-travel";
    }
  g_return_val_if_reached ("no-travel");
}

/* The arrow points the way the figure moved between the two values the rules compared
 * (as the pack's does); its colour (vs_travel_css_class) says whether that was good. */
const char *
vs_travel_icon_name (VsIndicatorItem *row)
{
  switch (vs_indicator_item_get_travel (row))
    {
    case VS_TRAVEL_NONE:
      return NULL;
    case VS_TRAVEL_SAME:
      return "vs-travel-same-symbolic";
    case VS_TRAVEL_IMPROVING:
    case VS_TRAVEL_DECLINING:
      break;
    }
  switch (vs_assessment_get_movement (vs_indicator_item_get_assessment (row)))
    {
    case 1:
      return "vs-travel-up-symbolic";
    case -1:
      return "vs-travel-down-symbolic";
    default:
      return NULL;
    }
}

/* The "Good is" column's word: "High", "Low" or "Info". */
const char *
vs_rag_polarity_word (VsPolarity polarity)
{
  switch (polarity)
    {
    case VS_POLARITY_HIGHER_IS_BETTER: return C_("good is", "High");
    case VS_POLARITY_LOWER_IS_BETTER:  return C_("good is", "Low");
    /* Translators: information only, not rated; keep it short */
    case VS_POLARITY_INFO:
      return C_("good is", "Info");
    case VS_N_POLARITIES:
      break;
    }
  g_return_val_if_reached (NULL);
}
