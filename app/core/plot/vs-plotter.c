/* vs-plotter.c: the application's one gnuplot, shared by the window, the pack and the CLI
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "vs-chart-script.h"
#include "vs-gnuplot-process.h"
#include "vs-plotter.h"
#include "vs-plotter-private.h"

/* One thread of our own talks to gnuplot with blocking, time-bounded I/O, one chart at a
 * time from a queue; results go back to the requester's main context. A thread rather
 * than async streams on the main loop, so that the command line can wait for a chart
 * without a loop, and a slow chart never stalls the window. */

#define CACHE_SIZE 48

typedef struct {
  GTask        *task;           /* NULL for the quit job */
  char         *script;
  char         *hash;
  char         *view_key;
  GCancellable *superseded;     /* cancelled by a newer request for the same view */
  guint         timeout_ms;
  GBytes       *result;
  GError       *error;
} Job;

struct _VsPlotter {
  GObject           parent_instance;

  char             *program;
  guint             timeout_ms;     /* atomic */
  gint              pid;            /* atomic: the worker sets it */
  guint             n_drawn;        /* atomic */

  GMutex            lock;           /* guards what follows */
  GThread          *thread;
  GAsyncQueue      *queue;          /* of Job* */
  GHashTable       *views;          /* view key -> GCancellable* of its latest request */
  GHashTable       *cache;          /* script hash -> GBytes* */
  GQueue            lru;            /* cache keys, most recently used first */

  VsGnuplotProcess *process;        /* the worker thread's alone */
};

G_DEFINE_FINAL_TYPE (VsPlotter, vs_plotter, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PROGRAM,
  PROP_TIMEOUT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
job_free (gpointer data)
{
  Job *job = data;

  g_clear_object (&job->task);
  g_free (job->script);
  g_free (job->hash);
  g_free (job->view_key);
  g_clear_object (&job->superseded);
  g_clear_pointer (&job->result, g_bytes_unref);
  g_clear_error (&job->error);
  g_free (job);
}

static GBytes *
cache_lookup (VsPlotter  *self,
              const char *hash)
{
  char *key = NULL;
  GBytes *bytes = NULL;

  g_mutex_lock (&self->lock);
  if (g_hash_table_lookup_extended (self->cache, hash, (gpointer *) &key, (gpointer *) &bytes))
    {
      g_queue_remove (&self->lru, key);
      g_queue_push_head (&self->lru, key);
      g_bytes_ref (bytes);
    }
  g_mutex_unlock (&self->lock);
  return bytes;
}

static void
cache_insert (VsPlotter  *self,
              const char *hash,
              GBytes     *bytes)
{
  char *key;

  g_mutex_lock (&self->lock);
  if (!g_hash_table_contains (self->cache, hash))
    {
      key = g_strdup (hash);
      g_hash_table_insert (self->cache, key, g_bytes_ref (bytes));
      g_queue_push_head (&self->lru, key);
      while (self->lru.length > CACHE_SIZE)
        g_hash_table_remove (self->cache, g_queue_pop_tail (&self->lru));
    }
  g_mutex_unlock (&self->lock);
}

/* Runs in the requester's context, so that the task (and with it the last reference to
 * the plotter) is always released there and never in the worker thread. */
static gboolean
complete_job (gpointer data)
{
  Job *job = data;
  VsPlotter *self = g_task_get_source_object (job->task);

  if (job->view_key != NULL)
    {
      g_mutex_lock (&self->lock);
      if (g_hash_table_lookup (self->views, job->view_key) == job->superseded)
        g_hash_table_remove (self->views, job->view_key);
      g_mutex_unlock (&self->lock);
    }
  if (job->error != NULL)
    g_task_return_error (job->task, g_steal_pointer (&job->error));
  else
    g_task_return_pointer (job->task, g_steal_pointer (&job->result),
                           (GDestroyNotify) g_bytes_unref);
  return G_SOURCE_REMOVE;
}

static gboolean
job_is_superseded (Job *job)
{
  if (g_cancellable_is_cancelled (job->superseded))
    {
      g_clear_pointer (&job->result, g_bytes_unref);
      g_clear_error (&job->error);
      g_set_error_literal (&job->error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                           _("A newer chart for the same view replaced this one"));
      return TRUE;
    }
  return FALSE;
}

static void
run_job (VsPlotter *self,
         Job       *job)
{
  GCancellable *cancellable = g_task_get_cancellable (job->task);

  if (job_is_superseded (job)
      || g_cancellable_set_error_if_cancelled (cancellable, &job->error))
    return;

  /* An identical chart may have been drawn while this one waited. */
  job->result = cache_lookup (self, job->hash);
  if (job->result != NULL)
    return;

  if (self->process == NULL)
    {
      self->process = vs_gnuplot_process_spawn (self->program, &job->error);
      if (self->process == NULL)
        return;
      g_atomic_int_set (&self->pid, vs_gnuplot_process_get_pid (self->process));
    }

  job->result = vs_gnuplot_process_draw (self->process, job->script, job->timeout_ms,
                                         &job->error);
  if (!vs_gnuplot_process_is_alive (self->process))
    {
      /* Dead or hung (and killed): the next chart starts a fresh gnuplot. */
      g_clear_pointer (&self->process, vs_gnuplot_process_free);
      g_atomic_int_set (&self->pid, 0);
    }
  if (job->result != NULL)
    {
      g_atomic_int_inc (&self->n_drawn);
      cache_insert (self, job->hash, job->result);
    }
  job_is_superseded (job);
}

static gpointer
worker_main (gpointer data)
{
  VsPlotter *self = data;   /* not a reference: dispose joins this thread first */

  for (;;)
    {
      Job *job = g_async_queue_pop (self->queue);

      if (job->task == NULL)
        {
          job_free (job);
          break;
        }
      run_job (self, job);
      g_main_context_invoke_full (g_task_get_context (job->task), G_PRIORITY_DEFAULT,
                                  complete_job, job, job_free);
    }

  g_clear_pointer (&self->process, vs_gnuplot_process_free);
  g_atomic_int_set (&self->pid, 0);
  return NULL;
}

static void
submit (VsPlotter           *self,
        const char          *script,
        const char          *view_key,
        GCancellable        *cancellable,
        GAsyncReadyCallback  callback,
        gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, script, -1);
  g_autoptr(GCancellable) superseded = g_cancellable_new ();
  GBytes *cached;
  Job *job;

  g_task_set_source_tag (task, vs_plotter_render_async);
  g_task_set_name (task, "[vs] render chart");

  if (view_key != NULL)
    {
      GCancellable *older;

      g_mutex_lock (&self->lock);
      older = g_hash_table_lookup (self->views, view_key);
      if (older != NULL)
        g_cancellable_cancel (older);
      g_hash_table_replace (self->views, g_strdup (view_key), g_object_ref (superseded));
      g_mutex_unlock (&self->lock);
    }

  cached = cache_lookup (self, hash);
  if (cached != NULL)
    {
      g_task_return_pointer (task, cached, (GDestroyNotify) g_bytes_unref);
      return;
    }

  job = g_new0 (Job, 1);
  job->task = g_steal_pointer (&task);
  job->script = g_strdup (script);
  job->hash = g_steal_pointer (&hash);
  job->view_key = g_strdup (view_key);
  job->superseded = g_steal_pointer (&superseded);
  job->timeout_ms = g_atomic_int_get (&self->timeout_ms);

  g_mutex_lock (&self->lock);
  if (self->thread == NULL)
    self->thread = g_thread_new ("vs-plotter", worker_main, self);
  g_mutex_unlock (&self->lock);
  g_async_queue_push (self->queue, job);
}

static void
vs_plotter_constructed (GObject *object)
{
  VsPlotter *self = VS_PLOTTER (object);

  G_OBJECT_CLASS (vs_plotter_parent_class)->constructed (object);

  if (self->program == NULL || self->program[0] == '\0')
    {
      const char *env = g_getenv ("VS_GNUPLOT");

      g_free (self->program);
      self->program = g_strdup (env != NULL && env[0] != '\0' ? env : "gnuplot");
    }
}

static void
vs_plotter_dispose (GObject *object)
{
  VsPlotter *self = VS_PLOTTER (object);

  /* No request can be queued here: each holds a reference through its task. */
  if (self->thread != NULL)
    {
      g_async_queue_push (self->queue, g_new0 (Job, 1));
      g_thread_join (g_steal_pointer (&self->thread));
    }

  G_OBJECT_CLASS (vs_plotter_parent_class)->dispose (object);
}

static void
vs_plotter_finalize (GObject *object)
{
  VsPlotter *self = VS_PLOTTER (object);

  g_free (self->program);
  g_async_queue_unref (self->queue);
  g_hash_table_unref (self->views);
  g_queue_clear (&self->lru);
  g_hash_table_unref (self->cache);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (vs_plotter_parent_class)->finalize (object);
}

static void
vs_plotter_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  VsPlotter *self = VS_PLOTTER (object);

  switch (prop_id)
    {
    case PROP_PROGRAM:
      g_value_set_string (value, self->program);
      break;
    case PROP_TIMEOUT:
      g_value_set_uint (value, vs_plotter_get_timeout (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_plotter_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  VsPlotter *self = VS_PLOTTER (object);

  switch (prop_id)
    {
    case PROP_PROGRAM:
      g_free (self->program);
      self->program = g_value_dup_string (value);
      break;
    case PROP_TIMEOUT:
      vs_plotter_set_timeout (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_plotter_class_init (VsPlotterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = vs_plotter_constructed;
  object_class->dispose = vs_plotter_dispose;
  object_class->finalize = vs_plotter_finalize;
  object_class->get_property = vs_plotter_get_property;
  object_class->set_property = vs_plotter_set_property;

  properties[PROP_PROGRAM] =
    g_param_spec_string ("program", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY
                         | G_PARAM_STATIC_STRINGS);
  properties[PROP_TIMEOUT] =
    g_param_spec_uint ("timeout", NULL, NULL, 100, 10 * 60 * 1000,
                       VS_PLOTTER_DEFAULT_TIMEOUT_MS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY
                       | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vs_plotter_init (VsPlotter *self)
{
  self->timeout_ms = VS_PLOTTER_DEFAULT_TIMEOUT_MS;
  g_mutex_init (&self->lock);
  self->queue = g_async_queue_new ();
  self->views = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) g_bytes_unref);
  g_queue_init (&self->lru);
}

VsPlotter *
vs_plotter_get_default (void)
{
  static gsize initialized;
  static VsPlotter *plotter;

  if (g_once_init_enter (&initialized))
    {
      plotter = vs_plotter_new (NULL);
      g_once_init_leave (&initialized, 1);
    }
  return plotter;
}

VsPlotter *
vs_plotter_new (const char *program)
{
  return g_object_new (VS_TYPE_PLOTTER, "program", program, NULL);
}

guint
vs_plotter_get_timeout (VsPlotter *self)
{
  g_return_val_if_fail (VS_IS_PLOTTER (self), 0);
  return g_atomic_int_get (&self->timeout_ms);
}

void
vs_plotter_set_timeout (VsPlotter *self,
                        guint      timeout_ms)
{
  g_return_if_fail (VS_IS_PLOTTER (self));
  g_return_if_fail (timeout_ms >= 100);

  if ((guint) g_atomic_int_get (&self->timeout_ms) == timeout_ms)
    return;
  g_atomic_int_set (&self->timeout_ms, timeout_ms);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMEOUT]);
}

GPid
vs_plotter_get_pid (VsPlotter *self)
{
  g_return_val_if_fail (VS_IS_PLOTTER (self), 0);
  return (GPid) g_atomic_int_get (&self->pid);
}

void
vs_plotter_render_async (VsPlotter           *self,
                         const VsChartSpec   *spec,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *script = NULL;

  g_return_if_fail (VS_IS_PLOTTER (self));
  g_return_if_fail (spec != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  script = vs_chart_script_build (spec, &error);
  if (script == NULL)
    {
      g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

      g_task_set_source_tag (task, vs_plotter_render_async);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  submit (self, script, spec->view_key, cancellable, callback, user_data);
}

void
_vs_plotter_render_script_async (VsPlotter           *self,
                                 const char          *script,
                                 const char          *view_key,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (VS_IS_PLOTTER (self));
  g_return_if_fail (script != NULL);

  submit (self, script, view_key, cancellable, callback, user_data);
}

GBytes *
vs_plotter_render_finish (VsPlotter     *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (VS_IS_PLOTTER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == vs_plotter_render_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct {
  GBytes  *bytes;
  GError  *error;
  gboolean done;
} SyncResult;

static void
on_sync_render_done (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  SyncResult *sync = user_data;

  sync->bytes = vs_plotter_render_finish (VS_PLOTTER (object), result, &sync->error);
  sync->done = TRUE;
}

GBytes *
vs_plotter_render (VsPlotter         *self,
                   const VsChartSpec *spec,
                   GCancellable      *cancellable,
                   GError           **error)
{
  GMainContext *context;
  SyncResult sync = { NULL, NULL, FALSE };

  g_return_val_if_fail (VS_IS_PLOTTER (self), NULL);
  g_return_val_if_fail (spec != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* A private context: only this request's completion is dispatched while we wait. */
  context = g_main_context_new ();
  g_main_context_push_thread_default (context);
  vs_plotter_render_async (self, spec, cancellable, on_sync_render_done, &sync);
  while (!sync.done)
    g_main_context_iteration (context, TRUE);
  g_main_context_pop_thread_default (context);
  g_main_context_unref (context);

  if (sync.error != NULL)
    {
      g_propagate_error (error, sync.error);
      return NULL;
    }
  return sync.bytes;
}

guint
_vs_plotter_get_n_drawn (VsPlotter *self)
{
  g_return_val_if_fail (VS_IS_PLOTTER (self), 0);
  return g_atomic_int_get (&self->n_drawn);
}

void
_vs_plotter_clear_cache (VsPlotter *self)
{
  g_return_if_fail (VS_IS_PLOTTER (self));

  g_mutex_lock (&self->lock);
  g_queue_clear (&self->lru);
  g_hash_table_remove_all (self->cache);
  g_mutex_unlock (&self->lock);
}
