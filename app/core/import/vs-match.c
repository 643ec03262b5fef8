/* vs-match.c: the file's indicators and localities found in the catalogue, or created
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "vs-import-private.h"
#include "vs-store-peers.h"

#define UNASSIGNED_AREA N_("Unassigned")
/* The name a new whole-authority locality gets when a file names none. */
#define WHOLE_AUTHORITY_NAME "County"

char *
vs_match_normalise_title (const char *title)
{
  g_autofree char *folded = NULL;
  GString *out;
  const char *p;
  gboolean space = FALSE;

  g_return_val_if_fail (title != NULL, NULL);

  /* "{ChS} ..." and "[CSC] ..." say which report a line came from, not what it is. */
  p = title;
  while (g_ascii_isspace (*p))
    p++;
  if (*p == '{' || *p == '[')
    {
      const char *close = strchr (p, *p == '{' ? '}' : ']');
      if (close != NULL)
        p = close + 1;
    }

  folded = g_utf8_casefold (p, -1);
  out = g_string_sized_new (strlen (folded));
  for (p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *word = NULL;

      if (c == '%')
        word = "%";
      else if (c == '&' || c == '+')
        word = "and";
      else if (g_unichar_isalnum (c))
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, c);
          continue;
        }
      else
        {
          space = TRUE;
          continue;
        }
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, word);
      space = TRUE;
    }
  return g_string_free (out, FALSE);
}

static gboolean
is_generated_ref (const char *ref)
{
  if (ref == NULL || (ref[0] != 'U' && ref[0] != 'u') || ref[1] == '\0')
    return FALSE;
  for (const char *p = ref + 1; *p; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

static gboolean
same_number (double a,
             double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

static char *
number_text (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (value))
    return g_strdup (_("none"));
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.10g", value));
}

static void
note (VsFileIndicator *fi,
      const char      *field,
      const char      *old_text,
      const char      *new_text)
{
  g_ptr_array_add (fi->changes, g_strdup_printf ("%s: %s → %s", field,
                                                 old_text && *old_text ? old_text : _("none"),
                                                 new_text && *new_text ? new_text : _("none")));
}

static void
update_text (VsFileIndicator *slot,
             gboolean         given,
             const char      *field,
             char           **current,
             const char      *value)
{
  if (!given || g_strcmp0 (*current, value) == 0)
    return;
  note (slot, field, *current, value);
  g_free (*current);
  *current = g_strdup (value);
}

static void
update_number (VsFileIndicator *slot,
               gboolean         given,
               const char      *field,
               double          *current,
               double           value)
{
  g_autofree char *old_text = NULL, *new_text = NULL;

  if (!given || same_number (*current, value))
    return;
  old_text = number_text (*current);
  new_text = number_text (value);
  note (slot, field, old_text, new_text);
  *current = value;
}

#define UPDATE_ENUM(slot, bit, field, member, to_string)                               \
  G_STMT_START {                                                                       \
    if ((fi->given & (bit)) && (slot)->result->member != fi->def->member)              \
      {                                                                                \
        note ((slot), (field), to_string ((slot)->result->member),                     \
              to_string (fi->def->member));                                            \
        (slot)->result->member = fi->def->member;                                      \
      }                                                                                \
  } G_STMT_END

static const char *
flag_text (gboolean flag)
{
  return flag ? _("yes") : _("no");
}

/* Applies what the file gave for @fi to its slot's indicator, noting each change. */
static void
apply_definition (VsFileIndicator *slot,
                  VsFileIndicator *fi)
{
  VsIndicator *r = slot->result;
  VsIndicator *d = fi->def;

  update_text (slot, fi->given & VS_GIVEN_TITLE, _("title"), &r->title, d->title);
  UPDATE_ENUM (slot, VS_GIVEN_POLARITY, _("polarity"), polarity, vs_polarity_to_string);
  UPDATE_ENUM (slot, VS_GIVEN_UNIT, _("unit"), unit, vs_unit_to_string);
  UPDATE_ENUM (slot, VS_GIVEN_PERIODICITY, _("periodicity"), periodicity, vs_periodicity_to_string);
  UPDATE_ENUM (slot, VS_GIVEN_CUMULATIVE, _("cumulative"), cumulative, flag_text);
  UPDATE_ENUM (slot, VS_GIVEN_ROLLING, _("rolling"), rolling, flag_text);
  update_text (slot, fi->given & VS_GIVEN_TARGET, _("target"), &r->target_text, d->target_text);
  UPDATE_ENUM (slot, VS_GIVEN_RAG_RULE, _("RAG rule"), rag_rule, vs_rag_rule_to_string);
  update_number (slot, fi->given & VS_GIVEN_RED, _("red"), &r->red_threshold, d->red_threshold);
  update_number (slot, fi->given & VS_GIVEN_GREEN, _("green"), &r->green_threshold, d->green_threshold);
  update_number (slot, fi->given & VS_GIVEN_AMBER, _("amber %"), &r->amber_percent, d->amber_percent);
  update_text (slot, fi->given & VS_GIVEN_LEAD, _("lead officer"), &r->lead_officer, d->lead_officer);
  update_text (slot, fi->given & VS_GIVEN_OWNER, _("data owner"), &r->data_owner, d->data_owner);
  update_text (slot, fi->given & VS_GIVEN_WHY, _("why it matters"), &r->why_important, d->why_important);
  update_text (slot, fi->given & VS_GIVEN_BACKGROUND, _("background"), &r->background, d->background);
  update_text (slot, fi->given & VS_GIVEN_SUCCESS, _("success"), &r->success, d->success);
  update_text (slot, fi->given & VS_GIVEN_SOURCE, _("source"), &r->source, d->source);
  if ((fi->given & VS_GIVEN_AREA) && fi->area && g_utf8_collate (r->area ? r->area : "", fi->area) != 0)
    {
      g_autofree char *old_area = g_utf8_casefold (r->area ? r->area : "", -1);
      g_autofree char *new_area = g_utf8_casefold (fi->area, -1);
      if (!g_str_equal (old_area, new_area))
        {
          note (slot, _("area"), r->area, fi->area);
          g_free (r->area);
          r->area = g_strdup (fi->area);
          r->area_id = 0;
        }
    }
}

/* A unit for an indicator the file creates and does not define. */
static VsUnit
guess_unit (VsFileIndicator *fi)
{
  g_autofree char *title = fi->title ? g_utf8_strdown (fi->title, -1) : g_strdup ("");

  if (fi->unit_hint_set)
    return fi->unit_hint;
  if (fi->percent_seen || g_str_has_prefix (title, "%") || strstr (title, "percentage") ||
      strstr (title, "percent") || strstr (title, " % "))
    return VS_UNIT_PERCENTAGE;
  if (strstr (title, "per 10,000") || strstr (title, "per 10000") || strstr (title, "per 10k") ||
      strstr (title, "rate per"))
    return VS_UNIT_RATE_10K;
  if (g_str_has_prefix (title, "average") || strstr (title, " average "))
    return VS_UNIT_AVERAGE;
  if (g_str_has_prefix (title, "maximum"))
    return VS_UNIT_MAXIMUM;
  return VS_UNIT_COUNT;
}

static VsIndicator *
new_indicator (VsImportJob     *job,
               VsFileIndicator *fi)
{
  VsIndicator *indicator = vs_indicator_new ();

  indicator->ref = g_strdup (fi->ref);
  indicator->title = g_strdup (fi->def->title ? fi->def->title : fi->title ? fi->title : fi->ref);
  indicator->area = g_strdup (fi->area ? fi->area
                              : job->options->area ? job->options->area
                              : _(UNASSIGNED_AREA));
  /* Nothing says which way is good: information only until an officer says. */
  indicator->polarity = fi->polarity_hint_set ? fi->polarity_hint : VS_POLARITY_INFO;
  indicator->unit = guess_unit (fi);
  if (fi->periodicity_hint_set)
    indicator->periodicity = fi->periodicity_hint;
  /* Where it came from, when the file says no more (a DfE column: its file and name). */
  indicator->source = g_strdup (fi->def->source);
  return indicator;
}

gboolean
vs_match_resolve (VsImportJob  *job,
                  GError      **error)
{
  g_autoptr(GPtrArray) catalogue = NULL;
  g_autoptr(GHashTable) by_ref = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) by_title = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) ambiguous = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  /* stored indicator (or new one) -> the first file entry that resolved to it */
  g_autoptr(GHashTable) slots = g_hash_table_new (NULL, NULL);

  catalogue = vs_store_list_indicators (job->store, 0, error);
  if (catalogue == NULL)
    return FALSE;

  for (guint i = 0; i < catalogue->len; i++)
    {
      VsIndicator *indicator = g_ptr_array_index (catalogue, i);
      g_autofree char *title = vs_match_normalise_title (indicator->title);

      g_hash_table_insert (by_ref, g_ascii_strdown (indicator->ref, -1), indicator);
      if (g_hash_table_contains (by_title, title) || g_hash_table_contains (ambiguous, title))
        {
          VsIndicator *other = g_hash_table_lookup (by_title, title);
          char *refs = g_strdup_printf ("%s, %s", other ? other->ref
                                        : (char *) g_hash_table_lookup (ambiguous, title),
                                        indicator->ref);
          g_hash_table_remove (by_title, title);
          g_hash_table_insert (ambiguous, g_strdup (title), refs);
        }
      else
        g_hash_table_insert (by_title, g_steal_pointer (&title), indicator);
    }

  for (guint i = 0; i < job->indicators->len; i++)
    {
      VsFileIndicator *fi = g_ptr_array_index (job->indicators, i);
      VsIndicator *match = NULL;
      const char *how = NULL;
      VsFileIndicator *slot;
      gpointer found;

      if (fi->ref != NULL)
        {
          g_autofree char *key = g_ascii_strdown (fi->ref, -1);
          if ((match = g_hash_table_lookup (by_ref, key)) != NULL)
            how = "ref";
        }
      /* An "Indicator" column as often holds refs ("VS01") as titles: a title that is a
       * ref the catalogue holds names that indicator, before any title is compared. */
      if (match == NULL && fi->ref == NULL && fi->title != NULL)
        {
          g_autofree char *key = g_ascii_strdown (fi->title, -1);
          if ((match = g_hash_table_lookup (by_ref, key)) != NULL)
            how = "ref";
        }
      if (match == NULL && fi->title != NULL)
        {
          g_autofree char *key = vs_match_normalise_title (fi->title);
          const char *refs;
          if ((match = g_hash_table_lookup (by_title, key)) != NULL)
            how = "title";
          else if ((refs = g_hash_table_lookup (ambiguous, key)) != NULL)
            vs_import_job_warn (job, fi->row, fi->col,
                                _("“%s” matches several indicators (%s), so a new one was made; "
                                  "expected a ref to say which"), fi->title, refs);
        }

      if (match != NULL && g_hash_table_lookup_extended (slots, match, NULL, &found))
        {
          /* Another line of the file already resolved to it. */
          fi->slot = GPOINTER_TO_UINT (found);
          slot = g_ptr_array_index (job->indicators, fi->slot);
          apply_definition (slot, fi);
          continue;
        }

      fi->slot = i;
      fi->matched_by = how;
      if (match != NULL && match->id != 0)
        {
          fi->result = vs_indicator_copy (match);
          fi->exists = TRUE;
          /* A file's own ref replaces one Vital Signs made up. */
          if (g_strcmp0 (how, "title") == 0 && fi->ref != NULL && is_generated_ref (match->ref))
            {
              g_autofree char *key = g_ascii_strdown (fi->ref, -1);
              if (!g_hash_table_contains (by_ref, key))
                {
                  note (fi, _("ref"), match->ref, fi->ref);
                  g_free (fi->result->ref);
                  fi->result->ref = g_strdup (fi->ref);
                }
            }
        }
      else if (match != NULL)
        {
          /* Created earlier in this file: share that entry. */
          fi->slot = GPOINTER_TO_UINT (g_hash_table_lookup (slots, match));
          continue;
        }
      else
        {
          fi->result = new_indicator (job, fi);
          fi->exists = FALSE;
          /* Later lines naming it by ref or title find it like a stored one. */
          if (fi->ref)
            g_hash_table_insert (by_ref, g_ascii_strdown (fi->ref, -1), fi->result);
          if (fi->title)
            {
              g_autofree char *key = vs_match_normalise_title (fi->title);
              if (!g_hash_table_contains (by_title, key) && !g_hash_table_contains (ambiguous, key))
                g_hash_table_insert (by_title, g_steal_pointer (&key), fi->result);
            }
        }
      g_hash_table_insert (slots, match ? match : fi->result, GUINT_TO_POINTER (i));
      if (fi->exists)
        g_hash_table_insert (slots, fi->result, GUINT_TO_POINTER (i));
      apply_definition (fi, fi);
    }

  for (guint i = 0; i < job->indicators->len; i++)
    {
      VsFileIndicator *fi = g_ptr_array_index (job->indicators, i);

      if (fi->slot != i)
        continue;
      if (!fi->exists)
        {
          fi->needs_save = TRUE;
          job->indicators_created++;
        }
      else if (fi->changes->len > 0)
        {
          fi->needs_save = TRUE;
          job->indicators_updated++;
        }
      else
        job->indicators_matched++;
    }
  return TRUE;
}

static gboolean
is_whole_word (const char *name)
{
  static const char * const words[] = {
    "county", "countywide", "whole authority", "authority", "all", "total", "all localities",
  };
  g_autofree char *folded = g_utf8_casefold (name, -1);

  for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (folded, words[i]))
      return TRUE;
  return FALSE;
}

/* The figures of a file of many authorities go to the whole-authority locality, which has
 * one authority's name: that of the authority whose figures it holds when an import named
 * it after one, else the home authority's. A file of another authority is refused, rather
 * than filing its figures under that name and the home setting disagreeing with them. */
static gboolean
check_whole_is_authority (VsImportJob       *job,
                          const VsLocality  *whole,
                          GError           **error)
{
  g_autoptr(VsAuthority) home = NULL;
  const char *held;

  if (!job->default_is_authority || job->authority == NULL || whole == NULL)
    return TRUE;
  if (is_whole_word (whole->name))
    {
      home = vs_store_get_home (job->store, NULL);
      if (home == NULL)
        return TRUE;
      held = home->name;
      if (vs_authority_matches (home, job->authority))
        return TRUE;
    }
  else
    held = whole->name;
  if (vs_authority_names_equal (held, job->authority))
    return TRUE;

  g_set_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_OPTION,
               _("these are %s’s figures, but this database follows %s, whose own figures are "
                 "the locality “%s”: one database holds one authority’s figures. To follow %s, "
                 "import into a database of its own (--db FILE), or undo the imports of %s’s "
                 "figures first (see “history” and “undo-import”)."),
               job->authority, held, whole->name, job->authority, held);
  return FALSE;
}

gboolean
vs_match_resolve_localities (VsImportJob  *job,
                             GError      **error)
{
  g_autoptr(GPtrArray) stored = vs_store_list_localities (job->store, error);
  g_autoptr(GHashTable) by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) new_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  VsLocality *whole = NULL;

  if (stored == NULL)
    return FALSE;
  for (guint i = 0; i < stored->len; i++)
    {
      VsLocality *locality = g_ptr_array_index (stored, i);
      g_hash_table_insert (by_name, g_utf8_casefold (locality->name, -1), locality);
      if (locality->is_whole_authority && whole == NULL)
        whole = locality;
    }
  if (!check_whole_is_authority (job, whole, error))
    return FALSE;

  for (guint i = 0; i < job->localities->len; i++)
    {
      VsFileLocality *fl = g_ptr_array_index (job->localities, i);
      VsLocality *found = NULL;

      if (i == 0)
        {
          /* The default: the authority of a DfE file, else --locality, else the whole. */
          g_free (fl->name);
          fl->name = NULL;
          if (!job->default_is_authority && job->options->locality)
            fl->name = g_strdup (job->options->locality);
          else if (whole != NULL)
            fl->name = g_strdup (whole->name);
          else
            fl->name = g_strdup (job->default_is_authority && job->authority
                                 ? job->authority : WHOLE_AUTHORITY_NAME);
          fl->whole = job->default_is_authority || job->options->locality == NULL ||
                      is_whole_word (fl->name);
        }
      else
        fl->whole = is_whole_word (fl->name);

      {
        g_autofree char *key = g_utf8_casefold (fl->name, -1);
        found = g_hash_table_lookup (by_name, key);
      }
      if (found == NULL && fl->whole && whole != NULL)
        found = whole;
      if (found != NULL)
        {
          fl->id = found->id;
          fl->whole = found->is_whole_authority;
          g_free (fl->name);
          fl->name = g_strdup (found->name);
        }
      else
        {
          g_autofree char *key = g_utf8_casefold (fl->name, -1);
          /* Only one new locality may be the whole authority. */
          if (fl->whole && whole != NULL)
            fl->whole = FALSE;
          if (!g_hash_table_contains (new_names, key))
            {
              const char *near = vs_match_near_name (stored, fl->name);

              g_hash_table_add (new_names, g_steal_pointer (&key));
              job->localities_created++;
              g_ptr_array_add (job->new_localities, g_strdup (fl->name));
              /* A slip of the keyboard would start a locality of its own: a new name
               * that is nearly a known one is pointed out (North and South are two edits
               * apart, so it cannot be refused). */
              if (near != NULL)
                vs_import_job_warn (job, G_MAXUINT, G_MAXUINT,
                                    _("creates locality “%s”: did you mean “%s”? If so, "
                                      "give the name as the database has it (and undo this "
                                      "import if it was written); if not, “%s” is a new "
                                      "locality"),
                                    fl->name, near, fl->name);
            }
        }
    }
  return TRUE;
}
