/* vs-cli-private.h: what the command files share
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <glib/gi18n.h>

#include "vs-cli-command.h"

G_BEGIN_DECLS

/* A command: argv[0] is the command's name. Returns the exit status; prints its own
 * errors through vs_cli_print_error. */
typedef int (*VsCliCommandFunc) (VsCliContext *ctx,
                                 int           argc,
                                 char        **argv);

/* Whether a command opens the database to write. Writing is the default (zero), so a new
 * command that forgets to say can still do its work; one that only reads says so, and then
 * runs on a file it may not write. */
typedef enum {
  VS_CLI_WRITES,
  VS_CLI_READS,
} VsCliAccess;

typedef struct {
  const char       *name;
  const char       *summary;   /* N_() */
  VsCliCommandFunc  func;
  VsCliAccess       access;
} VsCliCommand;

/* The commands, one file per group */
int vs_cli_areas       (VsCliContext *ctx, int argc, char **argv);
int vs_cli_indicators  (VsCliContext *ctx, int argc, char **argv);
int vs_cli_values      (VsCliContext *ctx, int argc, char **argv);
int vs_cli_rag         (VsCliContext *ctx, int argc, char **argv);
int vs_cli_exceptions  (VsCliContext *ctx, int argc, char **argv);
int vs_cli_spc         (VsCliContext *ctx, int argc, char **argv);
int vs_cli_chart       (VsCliContext *ctx, int argc, char **argv);
int vs_cli_pack        (VsCliContext *ctx, int argc, char **argv);
int vs_cli_import      (VsCliContext *ctx, int argc, char **argv);
int vs_cli_history     (VsCliContext *ctx, int argc, char **argv);
int vs_cli_undo_import (VsCliContext *ctx, int argc, char **argv);
int vs_cli_settings    (VsCliContext *ctx, int argc, char **argv);
int vs_cli_benchmarks  (VsCliContext *ctx, int argc, char **argv);
int vs_cli_neighbours  (VsCliContext *ctx, int argc, char **argv);
int vs_cli_save_copy   (VsCliContext *ctx, int argc, char **argv);

/* Says how many comparators an import recomputed, and with which model. */
void vs_cli_print_comparators (VsStore *store,
                               guint    written);

G_END_DECLS
