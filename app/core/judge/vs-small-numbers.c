/* vs-small-numbers.c: which figures a public paper hides or marks
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "vs-small-numbers.h"
#include "vs-store-peers.h"

/* Committee papers are public: a count of a few children can identify them, so it is
 * hidden as the DfE hides it; a rate of a few is shown but read with caution. The window,
 * its charts and the pack all ask here, so a figure hidden in one is hidden in all. */

gboolean
vs_small_numbers_threshold (VsStore  *store,
                            guint    *below,
                            GError  **error)
{
  g_autofree char *text = NULL;
  GError *local = NULL;
  guint64 n;

  g_return_val_if_fail (VS_IS_STORE (store), FALSE);
  g_return_val_if_fail (below != NULL, FALSE);

  *below = 0;
  text = vs_store_get_setting (store, VS_SMALL_NUMBERS_SETTING, &local);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  /* A value this version cannot read is off, as unset: never a reason to refuse data. */
  if (text != NULL && g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT, &n, NULL))
    *below = (guint) n;
  return TRUE;
}

VsSmallNumbers
vs_small_numbers_judge (const VsIndicator *indicator,
                        const VsSeries    *series,
                        guint              k,
                        guint              below)
{
  g_return_val_if_fail (indicator != NULL && series != NULL, VS_SMALL_NUMBERS_SHOWN);
  g_return_val_if_fail (k < series->n, VS_SMALL_NUMBERS_SHOWN);

  if (below == 0 || series->states[k] != VS_OBS_ACTUAL)
    return VS_SMALL_NUMBERS_SHOWN;
  if (indicator->unit == VS_UNIT_COUNT)
    return series->values[k] < below ? VS_SMALL_NUMBERS_SUPPRESSED : VS_SMALL_NUMBERS_SHOWN;
  if (!isnan (series->denominators[k]) && series->denominators[k] < below)
    return VS_SMALL_NUMBERS_CAUTION;
  return VS_SMALL_NUMBERS_SHOWN;
}

char *
vs_small_numbers_format (const VsIndicator *indicator,
                         const VsSeries    *series,
                         guint              k,
                         guint              below)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (indicator != NULL && series != NULL && k < series->n, NULL);

  switch (series->states[k])
    {
    case VS_OBS_ACTUAL:
      switch (vs_small_numbers_judge (indicator, series, k, below))
        {
        case VS_SMALL_NUMBERS_SUPPRESSED:
          return g_strdup (VS_SMALL_NUMBERS_HIDDEN);
        case VS_SMALL_NUMBERS_CAUTION:
          value = vs_unit_format_value (indicator->unit, series->values[k]);
          return g_strconcat (value, VS_SMALL_NUMBERS_MARK, NULL);
        case VS_SMALL_NUMBERS_SHOWN:
          return vs_unit_format_value (indicator->unit, series->values[k]);
        }
      g_return_val_if_reached (NULL);
    case VS_OBS_SUPPRESSED:
      return g_strdup (VS_SMALL_NUMBERS_HIDDEN);
    case VS_OBS_MISSING:
    case VS_OBS_NOT_EXPECTED:
      return g_strdup ("");
    case VS_N_OBS_STATES:
      break;
    }
  g_return_val_if_reached (NULL);
}

char *
vs_small_numbers_describe (const VsIndicator *indicator,
                           const VsSeries    *series,
                           guint              k,
                           guint              below)
{
  switch (vs_small_numbers_judge (indicator, series, k, below))
    {
    case VS_SMALL_NUMBERS_SUPPRESSED:
      /* Translators: a hidden figure's description; %u is the threshold, 5 */
      return g_strdup_printf (_("suppressed: a count below %u"), below);
    case VS_SMALL_NUMBERS_CAUTION:
      /* Translators: %u is the threshold, 5 */
      return g_strdup_printf (_("small numbers (a denominator below %u): interpret with caution"),
                              below);
    case VS_SMALL_NUMBERS_SHOWN:
      return NULL;
    }
  g_return_val_if_reached (NULL);
}

VsSeries *
vs_small_numbers_hide (const VsIndicator *indicator,
                       const VsSeries    *series,
                       guint              below)
{
  VsSeries *shown;

  g_return_val_if_fail (indicator != NULL && series != NULL, NULL);

  shown = vs_series_copy (series);
  for (guint k = 0; k < shown->n; k++)
    if (vs_small_numbers_judge (indicator, series, k, below) == VS_SMALL_NUMBERS_SUPPRESSED)
      {
        shown->states[k] = VS_OBS_SUPPRESSED;
        shown->values[k] = NAN;
        shown->numerators[k] = NAN;
        shown->denominators[k] = NAN;
      }
  return shown;
}
