/* vs-print-pack.h: the committee pack on paper, A4 landscape, drawn by the pack's own
 * slide renderer
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "vs-pack-job.h"

G_BEGIN_DECLS

/* A print operation of every slide of @job's document (built, charts drawn: a job run
 * without a path), each scaled to fit the printable area of an A4 landscape page by
 * default. Takes @job; it is freed with the operation. */
GtkPrintOperation *vs_print_pack_operation_new (VsPackJob  *job);

/* Builds the pack for @period and @locality (NULL: the whole authority) with the choices
 * @store remembers, in a thread, then shows the print dialog over @parent. Failures are
 * shown in a message dialog. */
void               vs_print_pack               (GtkWindow  *parent,
                                                VsStore    *store,
                                                VsPeriod    period,
                                                const char *locality);

G_END_DECLS
