/* vs-import-dialog-job.c: the import dialog's worker: a dry run or the import, in a thread
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "vs-import-dialog-job.h"
#include "vs-store-peers.h"

/* Database settings: the choices describe the files this database is fed from. The sheet
 * is one workbook's, and is not kept. */
#define KEY_LAYOUT   "import-layout"
#define KEY_AREA     "import-area"
#define KEY_LOCALITY "import-locality"

void
vs_import_file_result_free (VsImportFileResult *result)
{
  g_free (result->path);
  g_clear_pointer (&result->summary, vs_import_summary_free);
  g_clear_error (&result->error);
  g_free (result);
}

void
vs_import_choices_clear (VsImportChoices *choices)
{
  g_clear_pointer (&choices->sheet, g_free);
  g_clear_pointer (&choices->area, g_free);
  g_clear_pointer (&choices->locality, g_free);
  choices->layout = VS_LAYOUT_AUTO;
}

void
vs_import_choices_copy (const VsImportChoices *src,
                        VsImportChoices       *dest)
{
  dest->sheet = g_strdup (src->sheet);
  dest->layout = src->layout;
  dest->area = g_strdup (src->area);
  dest->locality = g_strdup (src->locality);
}

void
vs_import_choices_load (VsImportChoices *choices,
                        VsStore         *store)
{
  g_autofree char *layout = vs_store_get_setting (store, KEY_LAYOUT, NULL);

  vs_import_choices_clear (choices);
  /* A value edited by hand into nonsense is the default again. */
  if (layout == NULL || !vs_layout_from_string (layout, &choices->layout))
    choices->layout = VS_LAYOUT_AUTO;
  choices->area = vs_store_get_setting (store, KEY_AREA, NULL);
  choices->locality = vs_store_get_setting (store, KEY_LOCALITY, NULL);
}

gboolean
vs_import_choices_save (const VsImportChoices *choices,
                        VsStore               *store,
                        GError               **error)
{
  const char *layout = choices->layout != VS_LAYOUT_AUTO ? vs_layout_to_string (choices->layout)
                                                         : NULL;

  return vs_store_set_setting (store, KEY_LAYOUT, layout, error)
         && vs_store_set_setting (store, KEY_AREA, choices->area, error)
         && vs_store_set_setting (store, KEY_LOCALITY, choices->locality, error);
}

typedef struct {
  char            *db_path;
  char           **paths;
  gboolean         dry_run;
  int             *files_done;
  VsImportChoices  choices;
  char            *home_code;   /* for the files of many authorities, which are in many */
  GHashTable      *many;
} Job;

static void
job_free (Job *job)
{
  g_free (job->home_code);
  g_clear_pointer (&job->many, g_hash_table_unref);
  vs_import_choices_clear (&job->choices);
  g_free (job->db_path);
  g_strfreev (job->paths);
  g_free (job);
}

/* A real import runs every file inside one transaction: if any file is refused, none is
 * imported and the database is as it was. */
static void
import_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) store = vs_store_open (job->db_path, &error);
  g_autoptr(GPtrArray) results = NULL;
  gboolean ok = TRUE;

  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (!job->dry_run && !vs_store_begin (store, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  results = g_ptr_array_new_with_free_func ((GDestroyNotify) vs_import_file_result_free);
  for (guint i = 0; job->paths[i] != NULL; i++)
    {
      VsImportOptions options = { 0 };
      VsImportFileResult *result = g_new0 (VsImportFileResult, 1);

      options.dry_run = job->dry_run;
      options.sheet = job->choices.sheet;
      options.layout = job->choices.layout;
      options.area = job->choices.area;
      options.locality = job->choices.locality;
      /* The authority chosen is remembered with the first file that names it, in the same
       * transaction; a monthly extract's locality stays its own. */
      if (job->home_code != NULL && g_hash_table_contains (job->many, job->paths[i]))
        {
          options.locality = job->home_code;
          options.set_home = !job->dry_run;
        }
      result->path = g_strdup (job->paths[i]);
      if (!vs_import_file (store, job->paths[i], &options, &result->summary, &result->error))
        ok = FALSE;
      g_ptr_array_add (results, result);
      g_atomic_int_inc (job->files_done);
      if (!ok && !job->dry_run)
        break;
    }

  if (!job->dry_run)
    {
      if (ok && (!vs_import_choices_save (&job->choices, store, &error)
                 || !vs_store_commit (store, &error)))
        {
          VsImportFileResult *last = g_ptr_array_index (results, results->len - 1);

          g_clear_error (&last->error);
          last->error = g_steal_pointer (&error);
          ok = FALSE;
        }
      if (!ok && vs_store_in_transaction (store))
        vs_store_rollback (store);
    }

  g_task_return_pointer (task, g_steal_pointer (&results), (GDestroyNotify) g_ptr_array_unref);
}

void
vs_import_dialog_run_job (GObject               *source,
                          const char            *db_path,
                          GPtrArray             *paths,
                          gboolean               dry_run,
                          const VsImportChoices *choices,
                          const char            *home_code,
                          GHashTable            *many,
                          int                   *files_done,
                          GCancellable          *cancellable,
                          GAsyncReadyCallback    callback)
{
  g_autoptr(GTask) task = NULL;
  Job *job = g_new0 (Job, 1);

  job->db_path = g_strdup (db_path);
  job->paths = g_new0 (char *, paths->len + 1);
  for (guint i = 0; i < paths->len; i++)
    job->paths[i] = g_strdup (g_ptr_array_index (paths, i));
  job->dry_run = dry_run;
  job->files_done = files_done;
  vs_import_choices_copy (choices, &job->choices);
  job->home_code = g_strdup (home_code);
  job->many = g_hash_table_ref (many);
  g_atomic_int_set (files_done, 0);

  task = g_task_new (source, cancellable, callback, NULL);
  g_task_set_source_tag (task, vs_import_dialog_run_job);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, import_thread);
}

char *
vs_import_describe_results (GPtrArray *results,
                            GVariant **ids)
{
  GVariantBuilder builder;
  guint added = 0, changed = 0;
  g_autofree char *counts = NULL;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("ax"));
  for (guint i = 0; i < results->len; i++)
    {
      VsImportFileResult *r = g_ptr_array_index (results, i);

      if (r->summary == NULL)
        continue;
      added += r->summary->values_added;
      changed += r->summary->values_changed;
      if (r->summary->import_id > 0)
        g_variant_builder_add (&builder, "x", r->summary->import_id);
    }
  *ids = g_variant_ref_sink (g_variant_builder_end (&builder));

  /* Translators: the figures part of the toast after an import: "12 figures added,
   * 1 changed" */
  counts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u figure added, %u changed",
                                         "%u figures added, %u changed", added),
                            added, changed);
  if (results->len == 1)
    {
      VsImportFileResult *r = g_ptr_array_index (results, 0);
      g_autofree char *name = g_path_get_basename (r->path);

      /* Translators: a toast after an import: file name, then the counts */
      return g_strdup_printf (_("Imported %s: %s"), name, counts);
    }
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u file: %s",
                                       "Imported %u files: %s", results->len),
                          results->len, counts);
}
