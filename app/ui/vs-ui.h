/* vs-ui.h: the entry point of the window, called by main.c when no subcommand is given
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Runs the GTK application. argv may hold the global options --db PATH and --demo, and
 * the window's own (--view, --period, --locality, --color-scheme); returns the exit status. */
int vs_ui_run (int    argc,
               char **argv);

G_END_DECLS
