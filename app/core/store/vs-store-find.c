/* vs-store-find.c: an area, a locality or an indicator found by the name a person typed,
 * or an error that says what there is to choose from
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "vs-store-private.h"

/* Edits (insert, delete, replace a character) from @a to @b, both casefolded. */
static guint
edit_distance (const gunichar *a,
               glong           a_len,
               const gunichar *b,
               glong           b_len)
{
  g_autofree guint *row = g_new (guint, b_len + 1);

  for (glong j = 0; j <= b_len; j++)
    row[j] = (guint) j;
  for (glong i = 1; i <= a_len; i++)
    {
      guint diagonal = row[0];

      row[0] = (guint) i;
      for (glong j = 1; j <= b_len; j++)
        {
          guint above = row[j];
          guint best = MIN (row[j] + 1, row[j - 1] + 1);

          row[j] = MIN (best, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
          diagonal = above;
        }
    }
  return row[b_len];
}

/* How far @query is from @text: from all of it, or from the run of as many words of it
 * as @query has ("chidren seen" against "% children seen in timescale"), whichever is
 * nearer, since a query is a ref or a part of a title. */
static guint
distance_between (const char *a,
                  const char *b)
{
  glong a_len, b_len;
  g_autofree gunichar *a_chars = g_utf8_to_ucs4_fast (a, -1, &a_len);
  g_autofree gunichar *b_chars = g_utf8_to_ucs4_fast (b, -1, &b_len);

  return edit_distance (a_chars, a_len, b_chars, b_len);
}

static guint
distance_to (const char *query,
             const char *text)
{
  g_autofree char *q_folded = g_utf8_casefold (query, -1);
  g_autofree char *t_folded = g_utf8_casefold (text, -1);
  g_auto(GStrv) t_words = g_strsplit (t_folded, " ", -1);
  guint n_query = 1, n_text = g_strv_length (t_words);
  guint best = distance_between (q_folded, t_folded);

  for (const char *p = q_folded; *p; p++)
    n_query += *p == ' ';
  for (guint start = 0; start + n_query <= n_text; start++)
    {
      char *saved = t_words[start + n_query];
      g_autofree char *window = NULL;

      t_words[start + n_query] = NULL;
      window = g_strjoinv (" ", t_words + start);
      t_words[start + n_query] = saved;
      best = MIN (best, distance_between (q_folded, window));
    }
  return best;
}

/* "A, B, C" from @names, or NULL when there are none. */
static char *
join_names (GPtrArray  *items,
            const char *(*name_of) (gpointer item))
{
  GString *names;

  if (items->len == 0)
    return NULL;
  names = g_string_new (NULL);
  for (guint i = 0; i < items->len; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "",
                            name_of (g_ptr_array_index (items, i)));
  return g_string_free (names, FALSE);
}

static const char *
area_name (gpointer item)
{
  return ((VsArea *) item)->name;
}

static const char *
locality_name (gpointer item)
{
  return ((VsLocality *) item)->name;
}

VsArea *
vs_store_find_area (VsStore     *self,
                    const char  *name,
                    GError     **error)
{
  g_autoptr(GPtrArray) areas = NULL;
  g_autofree char *names = NULL;

  g_return_val_if_fail (VS_IS_STORE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (!(areas = vs_store_list_areas (self, error)))
    return NULL;
  for (guint i = 0; i < areas->len; i++)
    {
      VsArea *area = g_ptr_array_index (areas, i);
      if (g_ascii_strcasecmp (area->name, name) == 0)
        return g_ptr_array_steal_index (areas, i);
    }
  if ((names = join_names (areas, area_name)) != NULL)
    g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_NOT_FOUND,
                 _("There is no service area called “%s”; the areas are: %s"), name, names);
  else
    g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_NOT_FOUND,
                 _("There is no service area called “%s”: the database has none yet."), name);
  return NULL;
}

VsLocality *
vs_store_find_locality (VsStore     *self,
                        const char  *name,
                        GError     **error)
{
  g_autoptr(GPtrArray) localities = NULL;
  g_autofree char *names = NULL;

  g_return_val_if_fail (VS_IS_STORE (self), NULL);

  if (!(localities = vs_store_list_localities (self, error)))
    return NULL;
  for (guint i = 0; i < localities->len; i++)
    {
      VsLocality *locality = g_ptr_array_index (localities, i);
      if (name == NULL ? locality->is_whole_authority
                       : g_ascii_strcasecmp (locality->name, name) == 0)
        return g_ptr_array_steal_index (localities, i);
    }
  if (name == NULL)
    g_set_error_literal (error, VS_STORE_ERROR, VS_STORE_ERROR_NOT_FOUND,
                         _("The database has no figures for the authority as a whole yet."));
  else if ((names = join_names (localities, locality_name)) != NULL)
    g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_NOT_FOUND,
                 _("There is no locality called “%s”; the localities are: %s"), name, names);
  else
    g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_NOT_FOUND,
                 _("There is no locality called “%s”: the database has none yet."), name);
  return NULL;
}

/* The indicator whose ref or title @query is nearest, if near enough to be a slip (a
 * third of its characters or fewer); NULL when none is. */
static VsIndicator *
closest_indicator (GPtrArray  *all,
                   const char *query)
{
  guint allowed = MAX (1, (guint) g_utf8_strlen (query, -1) / 3);
  VsIndicator *closest = NULL;
  guint best = G_MAXUINT;

  for (guint i = 0; i < all->len; i++)
    {
      VsIndicator *indicator = g_ptr_array_index (all, i);
      guint d = MIN (distance_to (query, indicator->ref), distance_to (query, indicator->title));

      if (d < best)
        {
          best = d;
          closest = indicator;
        }
    }
  return best <= allowed ? closest : NULL;
}

VsIndicator *
vs_store_find_indicator (VsStore     *self,
                         const char  *query,
                         GError     **error)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) matches = g_ptr_array_new ();
  g_autofree char *needle = NULL;
  GString *candidates;

  g_return_val_if_fail (VS_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  if (!(all = vs_store_list_indicators (self, 0, error)))
    return NULL;

  for (guint i = 0; i < all->len; i++)
    {
      VsIndicator *indicator = g_ptr_array_index (all, i);
      if (g_ascii_strcasecmp (indicator->ref, query) == 0)
        return vs_indicator_ref (indicator);
    }

  needle = g_utf8_casefold (query, -1);
  for (guint i = 0; i < all->len; i++)
    {
      VsIndicator *indicator = g_ptr_array_index (all, i);
      g_autofree char *title = g_utf8_casefold (indicator->title, -1);
      if (*needle != '\0' && strstr (title, needle) != NULL)
        g_ptr_array_add (matches, indicator);
    }

  if (matches->len == 1)
    return vs_indicator_ref (g_ptr_array_index (matches, 0));
  if (matches->len == 0)
    {
      VsIndicator *closest = *needle != '\0' ? closest_indicator (all, query) : NULL;

      if (closest != NULL)
        g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_NOT_FOUND,
                     _("No indicator has the reference or a title containing “%s”; the "
                       "closest is %s “%s”."), query, closest->ref, closest->title);
      else
        g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_NOT_FOUND,
                     _("No indicator has the reference or a title containing “%s”."), query);
      return NULL;
    }

  candidates = g_string_new (NULL);
  for (guint i = 0; i < matches->len; i++)
    {
      VsIndicator *indicator = g_ptr_array_index (matches, i);
      g_string_append_printf (candidates, "\n  %s  %s", indicator->ref, indicator->title);
    }
  g_set_error (error, VS_STORE_ERROR, VS_STORE_ERROR_AMBIGUOUS,
               _("“%s” matches %u indicators; give a reference or more of the title:%s"),
               query, matches->len, candidates->str);
  g_string_free (candidates, TRUE);
  return NULL;
}
