/* vs-pack-job.c: the committee pack off the window's thread, and its remembered choices
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-pack-job"

#include "config.h"

#include "vs-application.h"
#include "vs-pack-job.h"
#include "vs-store-peers.h"

/* The choices belong to the committee's data (the next officer preparing the paper wants
 * the same marking and suppression), so they live in the database's settings. */
#define KEY_CARDS      "pack.cards"
#define KEY_EXCEPTIONS "pack.exceptions-only"
#define KEY_MARKING    "pack.marking"
#define KEY_SUPPRESS   "pack.suppress-below"
#define KEY_FORMAT     "pack.format"
#define KEY_AREAS      "pack.areas"          /* names, one a line; unset: every area */

static char *
get_setting (VsStore    *store,
             const char *key)
{
  g_autoptr(GError) error = NULL;
  char *value = vs_store_get_setting (store, key, &error);

  if (error != NULL)
    g_warning ("Could not read the setting %s: %s", key, error->message);
  return value;
}

void
vs_pack_choices_load (VsPackChoices *choices,
                      VsStore       *store)
{
  g_autofree char *cards = get_setting (store, KEY_CARDS);
  g_autofree char *exceptions = get_setting (store, KEY_EXCEPTIONS);
  g_autofree char *suppress = get_setting (store, KEY_SUPPRESS);
  g_autofree char *format = get_setting (store, KEY_FORMAT);
  g_autofree char *areas = get_setting (store, KEY_AREAS);
  guint64 n;

  memset (choices, 0, sizeof *choices);
  choices->cards = VS_PACK_CARDS_EXCEPTIONS;
  choices->format = VS_PACK_FORMAT_PDF;
  if (cards != NULL && g_ascii_string_to_unsigned (cards, 10, 0, VS_PACK_CARDS_NONE, &n, NULL))
    choices->cards = (VsPackCards) n;
  choices->exceptions_only = g_strcmp0 (exceptions, "1") == 0;
  choices->marking = get_setting (store, KEY_MARKING);
  if (suppress != NULL && g_ascii_string_to_unsigned (suppress, 10, 0, G_MAXUINT, &n, NULL))
    choices->suppress_below = (guint) n;
  if (format != NULL && g_ascii_string_to_unsigned (format, 10, 0, VS_PACK_FORMAT_XLSX, &n, NULL))
    choices->format = (VsPackFormat) n;
  if (areas != NULL)
    choices->areas = g_strsplit (areas, "\n", -1);
}

gboolean
vs_pack_choices_save (const VsPackChoices  *choices,
                      VsStore              *store,
                      GError              **error)
{
  g_autofree char *cards = g_strdup_printf ("%d", (int) choices->cards);
  g_autofree char *format = g_strdup_printf ("%d", (int) choices->format);
  g_autofree char *suppress = g_strdup_printf ("%u", choices->suppress_below);
  g_autofree char *areas = choices->areas != NULL ? g_strjoinv ("\n", choices->areas) : NULL;

  if (!vs_store_begin (store, error))
    return FALSE;
  if (!vs_store_set_setting (store, KEY_CARDS, cards, error)
      || !vs_store_set_setting (store, KEY_EXCEPTIONS, choices->exceptions_only ? "1" : "0", error)
      || !vs_store_set_setting (store, KEY_MARKING, choices->marking, error)
      || !vs_store_set_setting (store, KEY_SUPPRESS, suppress, error)
      || !vs_store_set_setting (store, KEY_FORMAT, format, error)
      || !vs_store_set_setting (store, KEY_AREAS, areas, error)
      || !vs_store_commit (store, error))
    {
      if (vs_store_in_transaction (store))
        vs_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

void
vs_pack_choices_clear (VsPackChoices *choices)
{
  g_clear_pointer (&choices->marking, g_free);
  g_clear_pointer (&choices->areas, g_strfreev);
}

/* ---- the job ---- */

struct _VsPackJob {
  char           *db_path;
  char           *path;
  VsPackFormat    format;
  VsPackOptions   options;        /* its strings owned by the fields below */
  char           *locality;
  char          **areas;
  char           *marking;
  char           *author;
  VsPackDocument *doc;
  VsPackCharts   *charts;
  GMutex          lock;           /* guards what and fraction, written by the worker */
  char           *what;
  double          fraction;
};

VsPackJob *
vs_pack_job_new (VsStore             *store,
                 VsPeriod             period,
                 const char          *locality,
                 const VsPackChoices *choices,
                 const char          *path)
{
  VsPackJob *job = g_new0 (VsPackJob, 1);
  GApplication *app = g_application_get_default ();
  /* Signed as the commentary is: Preferences' name, else the account's real name. */
  g_autofree char *preferred = VS_IS_APPLICATION (app)
    ? g_settings_get_string (vs_application_get_settings (VS_APPLICATION (app)), "author-name")
    : NULL;

  g_mutex_init (&job->lock);
  vs_pack_options_init (&job->options);
  job->db_path = g_strdup (vs_store_get_path (store));
  job->path = g_strdup (path);
  job->format = choices->format;
  job->locality = g_strdup (locality);
  job->areas = g_strdupv (choices->areas);
  job->marking = g_strdup (choices->marking);
  job->author = vs_pack_author_name (preferred);
  job->options.period = period;
  job->options.locality = job->locality;
  job->options.areas = (const char **) job->areas;
  job->options.cards = choices->cards;
  job->options.exceptions_only = choices->exceptions_only;
  job->options.marking = job->marking;
  job->options.suppress_below = choices->suppress_below;
  job->options.author = job->author;
  return job;
}

void
vs_pack_job_free (VsPackJob *job)
{
  g_free (job->db_path);
  g_free (job->path);
  g_free (job->locality);
  g_strfreev (job->areas);
  g_free (job->marking);
  g_free (job->author);
  g_free (job->what);
  g_clear_pointer (&job->charts, vs_pack_charts_free);
  g_clear_pointer (&job->doc, vs_pack_document_free);
  g_mutex_clear (&job->lock);
  g_free (job);
}

static void
on_progress_cb (double      fraction,
                const char *what,
                gpointer    user_data)
{
  VsPackJob *job = user_data;

  g_mutex_lock (&job->lock);
  job->fraction = fraction;
  g_free (job->what);
  job->what = g_strdup (what);
  g_mutex_unlock (&job->lock);
}

double
vs_pack_job_get_progress (VsPackJob  *job,
                          char      **what)
{
  double fraction;

  g_mutex_lock (&job->lock);
  fraction = job->fraction;
  if (what != NULL)
    *what = g_strdup (job->what);
  g_mutex_unlock (&job->lock);
  return fraction;
}

/* The task's data: the job, until vs_pack_job_run_finish hands it over. */
typedef struct {
  VsPackJob *job;
} Holder;

static void
holder_free (Holder *holder)
{
  g_clear_pointer (&holder->job, vs_pack_job_free);
  g_free (holder);
}

/* Building reads the store a great deal: the window keeps its own connection meanwhile,
 * and a gnuplot of the job's own so that the window's charts keep theirs. */
static void
job_thread (GTask        *task,
            gpointer      source,
            gpointer      task_data,
            GCancellable *cancellable)
{
  VsPackJob *job = ((Holder *) task_data)->job;
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) store = vs_store_open (job->db_path, &error);
  g_autoptr(VsPlotter) plotter = NULL;
  gboolean ok;

  if (store == NULL
      || !(job->doc = vs_pack_build (store, &job->options, on_progress_cb, job, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (job->path == NULL || job->format != VS_PACK_FORMAT_XLSX)
    plotter = vs_plotter_new (NULL);
  if (job->path == NULL)
    ok = (job->charts = vs_pack_charts_render (job->doc, plotter, cancellable,
                                               on_progress_cb, job, &error)) != NULL;
  else
    ok = vs_pack_write (job->doc, job->format, plotter, job->path, cancellable,
                        on_progress_cb, job, &error);
  if (!ok)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

void
vs_pack_job_run_async (VsPackJob           *job,
                       gpointer             source_object,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (source_object, cancellable, callback, user_data);
  Holder *holder = g_new0 (Holder, 1);

  holder->job = job;
  g_task_set_source_tag (task, vs_pack_job_run_async);
  g_task_set_task_data (task, holder, (GDestroyNotify) holder_free);
  g_task_run_in_thread (task, job_thread);
}

VsPackJob *
vs_pack_job_run_finish (GAsyncResult  *result,
                        GError       **error)
{
  Holder *holder = g_task_get_task_data (G_TASK (result));

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;
  return g_steal_pointer (&holder->job);
}

const char *
vs_pack_job_get_path (VsPackJob *job)
{
  return job->path;
}

const VsPackDocument *
vs_pack_job_get_document (VsPackJob *job)
{
  return job->doc;
}

VsPackCharts *
vs_pack_job_get_charts (VsPackJob *job)
{
  return job->charts;
}
