/* vs-cli-private.h: what the command files share
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <glib/gi18n.h>

#include "vs-store.h"
#include "vs-cli-output.h"

G_BEGIN_DECLS

/* What every command gets: the global options already parsed, the store opened lazily. */
typedef struct {
  const char *db_path;     /* --db, or NULL for the default */
  gboolean    demo;        /* --demo */
  gboolean    writes;      /* the command writes: the store is not opened read-only */
  VsStore    *store;       /* opened by vs_cli_context_get_store */
} VsCliContext;

/* Opens the store named by --db (or the default, which starts with the demo data; a file
 * named with --db starts empty unless --demo), read-only unless the command writes. */
VsStore *vs_cli_context_get_store (VsCliContext *ctx,
                                   GError      **error);

/* A command: argv[0] is the command's name. Returns the exit status; prints its own
 * errors through vs_cli_print_error. */
typedef int (*VsCliCommandFunc) (VsCliContext *ctx,
                                 int           argc,
                                 char        **argv);

typedef struct {
  const char       *name;
  const char       *summary;   /* N_() */
  VsCliCommandFunc  func;
} VsCliCommand;

/* "vital-signs: <message>" on stderr */
void     vs_cli_print_error      (const GError *error);
/* Prints @error and returns the exit status for a failure a user caused (1). */
int      vs_cli_fail             (const GError *error);
void     vs_cli_print_message    (const char   *format,
                                  ...) G_GNUC_PRINTF (1, 2);
/* Parses a command's own options; --help prints them and exits 0 through *exit_status.
 * Returns FALSE when the command must stop (exit_status says how). */
gboolean vs_cli_parse_options    (const char    *command,
                                  const char    *parameter_string,  /* "INDICATOR" */
                                  const char    *summary,
                                  GOptionEntry  *entries,
                                  int           *argc,
                                  char        ***argv,
                                  int           *exit_status);
gboolean vs_cli_parse_period     (const char    *option,
                                  const char    *text,
                                  gint32        *out,
                                  GError       **error);

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
