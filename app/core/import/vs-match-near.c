/* vs-match-near.c: a new name that is nearly one the database holds, as a misspelling is
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An import creates a locality a file names that the database does not hold; a slip of
 * the keyboard ("Norwhich") would otherwise start a locality of its own without a word.
 */
#include "config.h"

#include <string.h>

#include "vs-import-private.h"

/* At most this many edits apart is "nearly": one slip and a transposed pair. */
#define NEAR_EDITS 2

/* Levenshtein distance between two strings of characters, giving up above @limit. */
static guint
edit_distance (const gunichar *a,
               glong           na,
               const gunichar *b,
               glong           nb,
               guint           limit)
{
  g_autofree guint *row = g_new (guint, nb + 1);

  if ((guint) ABS (na - nb) > limit)
    return limit + 1;
  for (glong j = 0; j <= nb; j++)
    row[j] = (guint) j;
  for (glong i = 1; i <= na; i++)
    {
      guint diagonal = row[0], best;

      row[0] = (guint) i;
      best = row[0];
      for (glong j = 1; j <= nb; j++)
        {
          guint above = row[j];
          guint cost = a[i - 1] == b[j - 1] ? 0 : 1;

          row[j] = MIN (MIN (row[j - 1] + 1, above + 1), diagonal + cost);
          diagonal = above;
          best = MIN (best, row[j]);
        }
      if (best > limit)
        return limit + 1;
    }
  return row[nb];
}

/**
 * vs_match_near_name:
 * @names: (element-type VsLocality): the localities the database holds
 * @name: a name it does not hold
 *
 * Returns: (nullable): the name of the nearest stored locality within two edits of @name,
 *   ignoring case, when it is not shorter than the edits (so "N" is near no name).
 */
const char *
vs_match_near_name (GPtrArray  *names,
                    const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);
  glong n = 0;
  g_autofree gunichar *chars = g_utf8_to_ucs4_fast (folded, -1, &n);
  const char *nearest = NULL;
  guint best = NEAR_EDITS + 1;

  for (guint i = 0; i < names->len; i++)
    {
      const VsLocality *locality = g_ptr_array_index (names, i);
      g_autofree char *other = g_utf8_casefold (locality->name, -1);
      glong m = 0;
      g_autofree gunichar *other_chars = g_utf8_to_ucs4_fast (other, -1, &m);
      guint d = edit_distance (chars, n, other_chars, m, NEAR_EDITS);

      if (d < best && (glong) d < MIN (n, m))
        {
          best = d;
          nearest = locality->name;
        }
    }
  return nearest;
}
