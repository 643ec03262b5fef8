/* vs-cli.h: the headless command line
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE when argv asks for a subcommand, --help or --version: then no GTK is initialised. */
gboolean vs_cli_wants_command_line (int    argc,
                                    char **argv);
/* Runs it; returns the exit status. */
int      vs_cli_run                (int    argc,
                                    char **argv);

G_END_DECLS
