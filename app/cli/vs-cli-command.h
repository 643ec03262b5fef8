/* vs-cli-command.h: the opening every command shares: its options and parameters, --format,
 * the store opened the right way, and how it reports a failure
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
 * named with --db starts empty unless --demo), read-only unless the command writes (the
 * command table in vs-cli.c says which). A command calls it once its options are checked,
 * so that bad usage never creates or fills a database. */
VsStore *vs_cli_context_get_store (VsCliContext *ctx,
                                   GError      **error);

/* The store's finders for a name typed on the command line: not held (or ambiguous) is an
 * unknown argument, a G_OPTION_ERROR with the store's message (exit 2). A NULL locality
 * is the whole authority, and its absence a failure (1). */
VsArea      *vs_cli_find_area      (VsStore     *store,
                                    const char  *name,
                                    GError     **error);
VsLocality  *vs_cli_find_locality  (VsStore     *store,
                                    const char  *name,
                                    GError     **error);
VsIndicator *vs_cli_find_indicator (VsStore     *store,
                                    const char  *query,
                                    GError     **error);

/* The --format values a command offers, a bit per VsOutputFormat. */
#define VS_CLI_FORMAT(format) (1u << (format))
#define VS_CLI_FORMATS_ALL \
  (VS_CLI_FORMAT (VS_OUTPUT_TABLE) | VS_CLI_FORMAT (VS_OUTPUT_CSV) | VS_CLI_FORMAT (VS_OUTPUT_JSON))

/* A command as its opening sees it; a static const beside the command. */
typedef struct {
  const char *name;        /* "values": "Usage: vital-signs values …" and the messages */
  const char *parameters;  /* "INDICATOR" in the usage line, or NULL */
  const char *summary;     /* N_(): the paragraph --help prints */
  int         min_args;    /* how many parameters it takes */
  int         max_args;    /* -1: any number (the command counts them itself) */
  const char *usage;       /* N_(): said when the count is wrong ("name one indicator …");
                            * NULL (only with min_args 0): the first surplus one is named */
  guint       formats;     /* VS_CLI_FORMAT bits: the --format values it offers; 0: none */
} VsCliSpec;

/* One run of a command, once its opening has passed. */
typedef struct {
  int             argc;    /* argv[0] is the command's name, then its parameters */
  char          **argv;
  VsOutputFormat  format;  /* --format; table without it */
  int             status;  /* the exit status when vs_cli_call_open returns FALSE */
} VsCliCall;

/* Parses @spec's command line: @entries (may be NULL) and --format after them, the count of
 * parameters, and the format asked for. --help prints and exits 0 as every GNOME tool; bad
 * usage prints "vital-signs: NAME: …" and sets status 2, as does a --format the command does
 * not offer (named in an error with the ones it does). Returns FALSE when the
 * command must stop with call->status. */
gboolean vs_cli_call_open        (VsCliCall        *call,
                                  const VsCliSpec  *spec,
                                  GOptionEntry     *entries,
                                  int               argc,
                                  char            **argv);

/* The exit statuses (the README's rule, see vs_cli_status_for). */
#define VS_CLI_STATUS_FAILED 1
#define VS_CLI_STATUS_USAGE  2

/* "vital-signs: <message>" on stderr */
void     vs_cli_print_error      (const GError *error);
/* The exit status @error calls for: 2 (usage) for a G_OPTION_ERROR, which every check of
 * the command line raises, else 1. */
int      vs_cli_status_for       (const GError *error);
/* Prints @error and returns vs_cli_status_for (@error). */
int      vs_cli_fail             (const GError *error);
/* Prints "vital-signs: COMMAND: <message>" and returns 2: the command line is wrong. */
int      vs_cli_usage_error      (const char   *command,
                                  const char   *format,
                                  ...) G_GNUC_PRINTF (2, 3);
void     vs_cli_print_message    (const char   *format,
                                  ...) G_GNUC_PRINTF (1, 2);
/* @text as a month for @option ("--period"): YYYY-MM, or an error naming both. */
gboolean vs_cli_parse_period     (const char    *option,
                                  const char    *text,
                                  gint32        *out,
                                  GError       **error);

G_END_DECLS
