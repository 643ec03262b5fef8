/* vs-pack-job.h: a committee pack built (and written, or its charts drawn for printing) in
 * a thread on a connection of its own, and the officer's choices kept in the database
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vs-pack-render.h"
#include "vs-store.h"

G_BEGIN_DECLS

/* What the officer chose besides the month and locality, which follow the window. */
typedef struct {
  VsPackCards   cards;
  gboolean      exceptions_only;
  char         *marking;           /* NULL: OFFICIAL */
  guint         suppress_below;    /* 0: off */
  VsPackFormat  format;
  char        **areas;             /* NULL: every area */
} VsPackChoices;

/* The defaults, then whatever @store remembers (a setting it cannot read is a warning,
 * never a failure: the officer chooses again). */
void      vs_pack_choices_load  (VsPackChoices        *choices,
                                 VsStore              *store);
/* In a transaction of its own: all the choices or none. */
gboolean  vs_pack_choices_save  (const VsPackChoices  *choices,
                                 VsStore              *store,
                                 GError              **error);
void      vs_pack_choices_clear (VsPackChoices        *choices);

typedef struct _VsPackJob VsPackJob;

/* Copies everything; @path NULL builds the document and draws its charts only (printing). */
VsPackJob *vs_pack_job_new      (VsStore              *store,
                                 VsPeriod              period,
                                 const char           *locality,
                                 const VsPackChoices  *choices,
                                 const char           *path);
void       vs_pack_job_free     (VsPackJob            *job);
/* Runs @job (taken) in a thread; @callback on the caller's main context. */
void       vs_pack_job_run_async (VsPackJob           *job,
                                  gpointer             source_object,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data);
/* The job, done, or NULL and @error. Free it with vs_pack_job_free. */
VsPackJob *vs_pack_job_run_finish (GAsyncResult       *result,
                                   GError            **error);
/* From any thread while it runs: how far (0 to 1), and what it is doing now. */
double     vs_pack_job_get_progress (VsPackJob        *job,
                                     char            **what);
const char           *vs_pack_job_get_path      (VsPackJob *job);
const VsPackDocument *vs_pack_job_get_document  (VsPackJob *job);
VsPackCharts         *vs_pack_job_get_charts    (VsPackJob *job);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsPackJob, vs_pack_job_free)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (VsPackChoices, vs_pack_choices_clear)

G_END_DECLS
