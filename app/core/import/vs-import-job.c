/* vs-import-job.c: one import's working state, its messages and its name tables
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

static void
file_indicator_free (VsFileIndicator *fi)
{
  g_free (fi->key);
  g_free (fi->ref);
  g_free (fi->title);
  g_free (fi->area);
  g_clear_pointer (&fi->def, vs_indicator_unref);
  g_clear_pointer (&fi->result, vs_indicator_unref);
  g_clear_pointer (&fi->changes, g_ptr_array_unref);
  g_free (fi);
}

static void
file_locality_free (VsFileLocality *fl)
{
  g_free (fl->name);
  g_free (fl);
}

static void
file_peer_area_free (VsFilePeerArea *area)
{
  g_free (area->code);
  g_free (area->name);
  g_free (area->new_code);
  g_free (area->region);
  g_free (area);
}

static void
file_benchmark_clear (VsFileBenchmark *b)
{
  g_free (b->label);
}

static void
file_commentary_clear (VsFileCommentary *c)
{
  g_free (c->area);
  g_free (c->author);
  g_free (c->text);
}

static void
file_action_clear (VsFileAction *a)
{
  g_free (a->text);
  g_free (a->owner);
  g_free (a->progress);
}

static void
import_change_free (VsImportChange *change)
{
  g_free (change->ref);
  g_free (change->locality);
  g_free (change->cell);
  g_free (change);
}

static void
import_message_free (VsImportMessage *message)
{
  if (message == NULL)
    return;
  g_free (message->file);
  g_free (message->sheet);
  g_free (message->cell);
  g_free (message->text);
  g_free (message);
}

VsImportJob *
vs_import_job_new (VsStore               *store,
                   const char            *path,
                   const char            *sheet,
                   const char            *format,
                   const VsImportOptions *options)
{
  VsImportJob *job = g_new0 (VsImportJob, 1);

  job->store = store;
  job->options = options;
  job->path = g_strdup (path);
  job->file = g_filename_display_basename (path);
  job->sheet = g_strdup (sheet);
  job->format = g_strdup (format);
  job->where = vs_import_format_has_sheets (format)
    /* TRANSLATORS: a file and one of its sheets, the start of a message */
    ? g_strdup_printf (_("%s, sheet “%s”"), job->file, sheet)
    : g_strdup (job->file);
  job->indicators = g_ptr_array_new_with_free_func ((GDestroyNotify) file_indicator_free);
  job->indicator_keys = g_hash_table_new (g_str_hash, g_str_equal);
  job->localities = g_ptr_array_new_with_free_func ((GDestroyNotify) file_locality_free);
  job->locality_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  job->figures = g_array_new (FALSE, FALSE, sizeof (VsFigure));
  job->benchmarks = g_array_new (FALSE, FALSE, sizeof (VsFileBenchmark));
  g_array_set_clear_func (job->benchmarks, (GDestroyNotify) file_benchmark_clear);
  job->commentary = g_array_new (FALSE, FALSE, sizeof (VsFileCommentary));
  g_array_set_clear_func (job->commentary, (GDestroyNotify) file_commentary_clear);
  job->actions = g_array_new (FALSE, FALSE, sizeof (VsFileAction));
  g_array_set_clear_func (job->actions, (GDestroyNotify) file_action_clear);
  job->peers = g_array_new (FALSE, FALSE, sizeof (VsFilePeer));
  job->peer_areas = g_ptr_array_new_with_free_func ((GDestroyNotify) file_peer_area_free);
  job->peer_area_keys = g_hash_table_new (g_str_hash, g_str_equal);
  {
    /* A file of many authorities is read for the home authority unless told otherwise; a
     * store that cannot say leaves the choice to the file's own check. */
    g_autoptr(VsAuthority) home = store ? vs_store_get_home (store, NULL) : NULL;
    if (home != NULL)
      job->home_code = g_strdup (home->code);
  }
  job->warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) import_message_free);
  job->errors = g_ptr_array_new_with_free_func ((GDestroyNotify) import_message_free);
  job->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) import_change_free);
  job->new_localities = g_ptr_array_new_with_free_func (g_free);

  /* Entry 0 is always the default locality, so a file without locality columns needs no
   * lookups at all. */
  vs_import_job_locality (job, NULL);
  return job;
}

void
vs_import_job_free (VsImportJob *job)
{
  if (job == NULL)
    return;
  g_free (job->path);
  g_free (job->file);
  g_free (job->sheet);
  g_strfreev (job->sheets);
  g_free (job->format);
  g_free (job->where);
  g_free (job->authority);
  g_hash_table_unref (job->indicator_keys);
  g_ptr_array_unref (job->indicators);
  g_hash_table_unref (job->locality_keys);
  g_ptr_array_unref (job->localities);
  g_array_unref (job->figures);
  g_array_unref (job->benchmarks);
  g_array_unref (job->commentary);
  g_array_unref (job->actions);
  g_array_unref (job->peers);
  g_hash_table_unref (job->peer_area_keys);
  g_ptr_array_unref (job->peer_areas);
  g_free (job->home_code);
  g_ptr_array_unref (job->new_localities);
  g_ptr_array_unref (job->warnings);
  g_ptr_array_unref (job->errors);
  g_ptr_array_unref (job->changes);
  g_clear_pointer (&job->order, g_array_unref);
  g_free (job);
}

static void add_message (VsImportJob      *job,
                         VsImportSeverity  severity,
                         guint             row,
                         guint             col,
                         const char       *format,
                         va_list           args) G_GNUC_PRINTF (5, 0);

static void
add_message (VsImportJob      *job,
             VsImportSeverity  severity,
             guint             row,
             guint             col,
             const char       *format,
             va_list           args)
{
  GPtrArray *list = severity == VS_IMPORT_WARNING ? job->warnings : job->errors;
  VsImportMessage *message;
  g_autofree char *what = NULL;

  if (severity == VS_IMPORT_WARNING)
    job->n_warnings++;
  else
    job->n_errors++;
  if (list->len >= VS_IMPORT_MAX_MESSAGES)
    return;

  what = g_strdup_vprintf (format, args);
  message = g_new0 (VsImportMessage, 1);
  message->severity = severity;
  message->file = g_strdup (job->file);
  message->sheet = g_strdup (job->sheet);
  message->row = row == G_MAXUINT ? 0 : row + 1;
  message->column = col == G_MAXUINT ? 0 : col + 1;

  if (row != G_MAXUINT && col != G_MAXUINT)
    {
      g_autofree char *column = vs_column_name (col);
      message->cell = vs_cell_address (row, col);
      /* TRANSLATORS: the file (and its sheet), cell "D7", row 7, column "D", then what
       * is wrong */
      message->text = g_strdup_printf (_("%s, cell %s (row %u, column %s): %s"),
                                       job->where, message->cell, row + 1, column, what);
    }
  else if (row != G_MAXUINT)
    message->text = g_strdup_printf (_("%s, row %u: %s"), job->where, row + 1, what);
  else if (col != G_MAXUINT)
    {
      g_autofree char *column = vs_column_name (col);
      message->text = g_strdup_printf (_("%s, column %s: %s"), job->where, column, what);
    }
  else
    message->text = g_strdup_printf (_("%s: %s"), job->where, what);
  g_ptr_array_add (list, message);
}

void
vs_import_job_warn (VsImportJob *job,
                    guint        row,
                    guint        col,
                    const char  *format,
                    ...)
{
  va_list args;

  va_start (args, format);
  add_message (job, VS_IMPORT_WARNING, row, col, format, args);
  va_end (args);
}

void
vs_import_job_error (VsImportJob *job,
                     guint        row,
                     guint        col,
                     const char  *format,
                     ...)
{
  va_list args;

  va_start (args, format);
  add_message (job, VS_IMPORT_ERROR_MESSAGE, row, col, format, args);
  va_end (args);
}

static char *
clean (const char *text)
{
  char *copy;

  if (text == NULL)
    return NULL;
  copy = g_strstrip (g_strdup (text));
  if (*copy == '\0')
    g_clear_pointer (&copy, g_free);
  return copy;
}

guint
vs_import_job_indicator (VsImportJob *job,
                         const char  *ref,
                         const char  *title,
                         guint        row,
                         guint        col)
{
  g_autofree char *clean_ref = clean (ref);
  g_autofree char *clean_title = clean (title);
  g_autofree char *key = NULL;
  VsFileIndicator *fi;
  gpointer found;

  g_return_val_if_fail (clean_ref != NULL || clean_title != NULL, 0);

  /* Refs are case-insensitive in the store, so in the file too. */
  if (clean_ref != NULL)
    {
      g_autofree char *lower = g_ascii_strdown (clean_ref, -1);
      key = g_strconcat ("r:", lower, NULL);
    }
  else
    {
      g_autofree char *normal = vs_match_normalise_title (clean_title);
      key = g_strconcat ("t:", normal, NULL);
    }

  if (g_hash_table_lookup_extended (job->indicator_keys, key, NULL, &found))
    {
      fi = g_ptr_array_index (job->indicators, GPOINTER_TO_UINT (found) - 1);
      if (fi->title == NULL && clean_title != NULL)
        fi->title = g_steal_pointer (&clean_title);
      return GPOINTER_TO_UINT (found) - 1;
    }

  fi = g_new0 (VsFileIndicator, 1);
  fi->key = g_steal_pointer (&key);
  fi->ref = g_steal_pointer (&clean_ref);
  fi->title = g_steal_pointer (&clean_title);
  fi->row = row;
  fi->col = col;
  fi->def = vs_indicator_new ();
  fi->num_col = fi->den_col = -2;
  fi->slot = job->indicators->len;
  fi->changes = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (job->indicators, fi);
  g_hash_table_insert (job->indicator_keys, fi->key, GUINT_TO_POINTER (job->indicators->len));
  return job->indicators->len - 1;
}

guint
vs_import_job_locality (VsImportJob *job,
                        const char  *name)
{
  g_autofree char *clean_name = clean (name);
  g_autofree char *key = NULL;
  VsFileLocality *fl;
  gpointer found;

  key = clean_name ? g_utf8_casefold (clean_name, -1) : g_strdup ("");
  if (g_hash_table_lookup_extended (job->locality_keys, key, NULL, &found))
    return GPOINTER_TO_UINT (found) - 1;

  fl = g_new0 (VsFileLocality, 1);
  fl->name = g_steal_pointer (&clean_name);
  g_ptr_array_add (job->localities, fl);
  g_hash_table_insert (job->locality_keys, g_steal_pointer (&key),
                       GUINT_TO_POINTER (job->localities->len));
  return job->localities->len - 1;
}

VsFigure *
vs_import_job_add_figure (VsImportJob *job)
{
  VsFigure *figure;

  g_array_set_size (job->figures, job->figures->len + 1);
  figure = &g_array_index (job->figures, VsFigure, job->figures->len - 1);
  memset (figure, 0, sizeof *figure);
  figure->value = NAN;
  figure->numerator = NAN;
  figure->denominator = NAN;
  figure->decimals = -1;
  return figure;
}

char *
vs_import_format_value (VsUnit unit,
                        double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buffer, sizeof buffer, "%.10g", value);
  return unit == VS_UNIT_PERCENTAGE ? g_strconcat (buffer, "%", NULL) : g_strdup (buffer);
}

gboolean
vs_import_parse_flag (const char *text,
                      gboolean   *out)
{
  static const char * const yes[] = { "yes", "y", "true", "1", "x", "cumulative", "rolling" };
  static const char * const no[] = { "no", "n", "false", "0", "" };
  g_autofree char *word = NULL;

  if (text == NULL)
    return FALSE;
  word = g_strstrip (g_ascii_strdown (text, -1));
  for (gsize i = 0; i < G_N_ELEMENTS (yes); i++)
    if (g_str_equal (word, yes[i]))
      return *out = TRUE, TRUE;
  for (gsize i = 0; i < G_N_ELEMENTS (no); i++)
    if (g_str_equal (word, no[i]))
      return *out = FALSE, TRUE;
  return FALSE;
}
