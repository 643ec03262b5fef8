/* vs-types.c: names and labels for the shared vocabulary
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "vs-enum-names.h"
#include "vs-types.h"

/* The machine names are the nicks of the enums' GTypes. Each table here lists, per value in
 * the enum's order, the other spellings officers' files use, so that one lookup serves the
 * database and the importer; the assertions keep a table as long as its enum. */
typedef const char *VsAliases[8];

static gboolean
lookup_alias (const VsAliases *table,
              guint            n_entries,
              const char      *text,
              int             *out)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;

  trimmed = g_strstrip (g_strdup (text));
  folded = g_utf8_casefold (trimmed, -1);
  for (guint i = 0; i < n_entries; i++)
    for (guint j = 0; j < G_N_ELEMENTS (table[i]) && table[i][j]; j++)
      if (g_str_equal (folded, table[i][j]))
        {
          *out = (int) i;
          return TRUE;
        }
  return FALSE;
}

#define DEFINE_NAMES(Type, prefix, TYPE, aliases, N)                                \
  G_STATIC_ASSERT (G_N_ELEMENTS (aliases) == N);                                   \
  VS_DEFINE_ENUM_TO_STRING (Type, prefix, TYPE)                                    \
  gboolean                                                                         \
  prefix##_from_string (const char *text,                                          \
                        Type       *out)                                           \
  {                                                                                \
    int found;                                                                     \
    g_return_val_if_fail (out != NULL, FALSE);                                     \
    if (!vs_enum_from_nick (TYPE, text, &found) &&                                 \
        !lookup_alias (aliases, G_N_ELEMENTS (aliases), text, &found))             \
      return FALSE;                                                                \
    *out = (Type) found;                                                           \
    return TRUE;                                                                   \
  }

static const VsAliases polarity_aliases[] = {
  { "bigger", "high", "higher is better", "bigger is better", "up", "+" },
  { "smaller", "low", "lower is better", "smaller is better", "down", "-" },
  { "information", "information only", "n/a", "none", "neutral" },
};

static const VsAliases unit_aliases[] = {
  { "number", "no.", "no", "rolling 12", "rolling count" },
  { "percent", "%", "rate (%)", "proportion" },
  { "rate", "rate per 10,000", "rate per 10000", "per 10,000", "rolling rate", "rate per 10k" },
  { "mean", "avg" },
  { "day", "number of days" },
  { "max" },
  { "£", "gbp", "cost", "spend" },
};

static const VsAliases periodicity_aliases[] = {
  { "month", "m" },
  { "quarter", "q" },
  { "term" },
  { "annually", "yearly", "year", "y" },
};

static const VsAliases obs_state_aliases[] = {
  { NULL },
  { "expected", "pending" },
  { "not expected", "grey" },
  { NULL },
};

static const VsAliases rag_rule_aliases[] = {
  { "", "default" },
  { "tolerances", "thresholds" },
  { "comparator", "target" },
  { "range" },
  { "info" },
};

static const VsAliases comparator_aliases[] = {
  { "stat neigh avg", "statistical neighbours", "statistical neighbour average", "sn avg" },
  { "stat neigh median", "statistical neighbour median", "sn median", "median of neighbours" },
  { "best stat neigh", "best statistical neighbour" },
  { "nat. avg", "national average", "england", "nat avg" },
  { "nat. top quartile", "national top quartile", "top quartile" },
  { "regional average", "eastern region", "region", "east of england" },
  { "previous ytd", "previous year", "last year" },
};

static const VsAliases action_status_aliases[] = {
  { "not started", "new" },
  { "in progress", "ongoing", "on track" },
  { "complete", "completed", "closed" },
  { "cancelled", "withdrawn" },
};

DEFINE_NAMES (VsPolarity, vs_polarity, VS_TYPE_POLARITY, polarity_aliases, VS_N_POLARITIES)
DEFINE_NAMES (VsUnit, vs_unit, VS_TYPE_UNIT, unit_aliases, VS_N_UNITS)
DEFINE_NAMES (VsPeriodicity, vs_periodicity, VS_TYPE_PERIODICITY, periodicity_aliases,
              VS_N_PERIODICITIES)
DEFINE_NAMES (VsObsState, vs_obs_state, VS_TYPE_OBS_STATE, obs_state_aliases, VS_N_OBS_STATES)
DEFINE_NAMES (VsRagRule, vs_rag_rule, VS_TYPE_RAG_RULE, rag_rule_aliases, VS_N_RAG_RULES)
DEFINE_NAMES (VsComparator, vs_comparator, VS_TYPE_COMPARATOR, comparator_aliases,
              VS_N_COMPARATORS)
DEFINE_NAMES (VsActionStatus, vs_action_status, VS_TYPE_ACTION_STATUS, action_status_aliases,
              VS_N_ACTION_STATUSES)

VS_DEFINE_ENUM_TO_STRING (VsRag, vs_rag, VS_TYPE_RAG)

VS_DEFINE_ENUM_TO_STRING (VsTravel, vs_travel, VS_TYPE_TRAVEL)

guint
vs_periodicity_months (VsPeriodicity periodicity)
{
  switch (periodicity)
    {
    case VS_PERIODICITY_MONTHLY: return 1;
    case VS_PERIODICITY_QUARTERLY: return 3;
    case VS_PERIODICITY_TERMLY: return 4;  /* roughly: three terms a year */
    case VS_PERIODICITY_ANNUAL: return 12;
    case VS_N_PERIODICITIES:
      break;
    }
  g_return_val_if_reached (1);
}

const char *
vs_polarity_label (VsPolarity polarity)
{
  switch (polarity)
    {
    case VS_POLARITY_HIGHER_IS_BETTER: return _("Higher is better");
    case VS_POLARITY_LOWER_IS_BETTER: return _("Lower is better");
    case VS_POLARITY_INFO: return _("Information only");
    case VS_N_POLARITIES:
      break;
    }
  g_return_val_if_reached (NULL);
}

const char *
vs_unit_label (VsUnit unit)
{
  switch (unit)
    {
    case VS_UNIT_COUNT: return _("Count");
    case VS_UNIT_PERCENTAGE: return _("Percentage");
    case VS_UNIT_RATE_10K: return _("Rate per 10,000");
    case VS_UNIT_AVERAGE: return _("Average");
    case VS_UNIT_DAYS: return _("Days");
    case VS_UNIT_MAXIMUM: return _("Maximum");
    case VS_UNIT_MONEY: return _("Money");
    case VS_N_UNITS:
      break;
    }
  g_return_val_if_reached (NULL);
}

const char *
vs_periodicity_label (VsPeriodicity periodicity)
{
  switch (periodicity)
    {
    case VS_PERIODICITY_MONTHLY: return _("Monthly");
    case VS_PERIODICITY_QUARTERLY: return _("Quarterly");
    case VS_PERIODICITY_TERMLY: return _("Termly");
    case VS_PERIODICITY_ANNUAL: return _("Annual");
    case VS_N_PERIODICITIES:
      break;
    }
  g_return_val_if_reached (NULL);
}

const char *
vs_comparator_label (VsComparator comparator)
{
  switch (comparator)
    {
    case VS_COMPARATOR_SN_AVERAGE: return _("Statistical neighbour average");
    case VS_COMPARATOR_SN_MEDIAN: return _("Statistical neighbour median");
    case VS_COMPARATOR_SN_BEST: return _("Best statistical neighbour");
    case VS_COMPARATOR_NATIONAL_AVERAGE: return _("National average");
    case VS_COMPARATOR_NATIONAL_TOP_QUARTILE: return _("National top quartile");
    case VS_COMPARATOR_REGIONAL_AVERAGE: return _("Regional average");
    case VS_COMPARATOR_PREVIOUS_YEAR: return _("Previous year");
    case VS_N_COMPARATORS:
      break;
    }
  g_return_val_if_reached (NULL);
}

const char *
vs_rag_label (VsRag rag)
{
  switch (rag)
    {
    case VS_RAG_NONE: return _("No rating");
    case VS_RAG_GREEN: return _("Green");
    case VS_RAG_AMBER: return _("Amber");
    case VS_RAG_RED: return _("Red");
    case VS_RAG_PENDING: return _("Awaiting data");
    case VS_RAG_NOT_EXPECTED: return _("Not expected");
    case VS_RAG_SUPPRESSED: return _("Suppressed");
    }
  g_return_val_if_reached (NULL);
}

/* A shape as well as a tint, so that a colour-blind reader and a grey-scale print both
 * tell the ratings apart: the window's cells, the charts' markers and the pack's slides. */
const char *
vs_rag_symbol (VsRag rag)
{
  switch (rag)
    {
    case VS_RAG_GREEN: return "●";
    case VS_RAG_AMBER: return "▲";
    case VS_RAG_RED:   return "◆";
    case VS_RAG_NONE:
    case VS_RAG_PENDING:
    case VS_RAG_NOT_EXPECTED:
    case VS_RAG_SUPPRESSED:
      return "";
    }
  g_return_val_if_reached ("");
}

const char *
vs_travel_label (VsTravel travel)
{
  switch (travel)
    {
    case VS_TRAVEL_NONE: return _("No comparison");
    case VS_TRAVEL_IMPROVING: return _("Improving");
    case VS_TRAVEL_DECLINING: return _("Declining");
    case VS_TRAVEL_SAME: return _("No change");
    }
  g_return_val_if_reached (NULL);
}

/* Thousands separators as the committee papers print counts ("1,053"); decimals kept to one place,
 * which is what every committee paper shows for percentages, rates and averages. */
static char *
format_grouped (double value,
                int    decimals)
{
  g_autofree char *plain = g_strdup_printf ("%.*f", decimals, fabs (value));
  const char *dot = strchr (plain, '.');
  gsize int_len = dot ? (gsize) (dot - plain) : strlen (plain);
  GString *out = g_string_new (value < 0 && fabs (value) >= 0.5 * pow (10, -decimals) ? "-" : "");

  for (gsize i = 0; i < int_len; i++)
    {
      if (i > 0 && (int_len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, plain[i]);
    }
  if (dot)
    g_string_append (out, dot);
  return g_string_free (out, FALSE);
}

void
vs_unit_range (VsUnit  unit,
               double *low,
               double *high)
{
  double bound = VS_MAX_COUNT;   /* eight times every child in England */

  switch (unit)
    {
    case VS_UNIT_PERCENTAGE:
      *low = 0.0, *high = 100.0;
      return;
    case VS_UNIT_RATE_10K:
      *low = 0.0, *high = 100000.0;
      return;
    case VS_UNIT_DAYS:
      bound = 36525.0;            /* a hundred years */
      break;
    case VS_UNIT_MONEY:
      bound = 1e12;               /* a trillion pounds */
      break;
    case VS_UNIT_COUNT:
    case VS_UNIT_AVERAGE:
    case VS_UNIT_MAXIMUM:
    case VS_N_UNITS:
      break;
    }
  *low = -bound, *high = bound;
}

gboolean
vs_unit_value_in_range (VsUnit unit,
                        double value)
{
  double low, high;

  vs_unit_range (unit, &low, &high);
  return isfinite (value) && value >= low && value <= high;
}

int
vs_unit_decimals (VsUnit unit,
                  double value)
{
  gboolean whole = fabs (value - round (value)) < 1e-9;

  switch (unit)
    {
    case VS_UNIT_PERCENTAGE:
      return 1;
    case VS_UNIT_MONEY:
      return whole ? 0 : 2;
    case VS_UNIT_COUNT:
    case VS_UNIT_MAXIMUM:
    case VS_UNIT_DAYS:
    case VS_UNIT_AVERAGE:
      return whole ? 0 : 1;
    case VS_UNIT_RATE_10K:
      /* Rates sit side by side in a row ("62.3  63.7  62.0"): one decimal always. */
      return 1;
    case VS_N_UNITS:
      break;
    }
  g_return_val_if_reached (1);
}

double
vs_unit_round_value (VsUnit unit,
                     double value)
{
  double scale;

  if (!isfinite (value))
    return value;
  scale = pow (10, vs_unit_decimals (unit, value));
  return round (value * scale) / scale;
}

char *
vs_unit_format_value (VsUnit unit,
                      double value)
{
  g_autofree char *number = NULL;

  if (isnan (value))
    return g_strdup ("");

  number = format_grouped (value, vs_unit_decimals (unit, value));
  if (unit == VS_UNIT_PERCENTAGE)
    return g_strconcat (number, "%", NULL);
  if (unit == VS_UNIT_MONEY)
    return g_strconcat ("£", number, NULL);
  return g_steal_pointer (&number);
}
