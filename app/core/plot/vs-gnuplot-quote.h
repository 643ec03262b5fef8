/* vs-gnuplot-quote.h: the only way text and numbers reach a gnuplot script
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Longest text, in characters, that a chart shows from one user string; longer text is cut
 * with an ellipsis so that a pasted paragraph cannot push the plot off the canvas. */
#define VS_GNUPLOT_MAX_TEXT 200

/* Appends @text as a gnuplot single-quoted string literal, quotes included.
 *
 * gnuplot 5.4 has no safe mode, so the literal must be inert by construction:
 * - single quotes, because inside double quotes back-ticks run shell commands and
 *   backslash escapes are interpreted; inside single quotes only '' is special;
 * - every control character (newline, CR, tab, ...) becomes a space, because a newline
 *   ends the command even inside a string and the next line runs as a new command;
 * - invalid UTF-8 is repaired so that the SVG gnuplot writes stays well-formed.
 * The caller adds `noenhanced` after each literal (or uses a noenhanced terminal) so
 * that ^ _ @ { } & ~ \ print as themselves. */
void        vs_gnuplot_append_quoted   (GString    *out,
                                        const char *text);
/* The same for an explicit tic label, `set xtics ('<label>' 0, ...)`: gnuplot uses those
 * as printf formats for the tic's position, so % is doubled as well ("90%" would fail with
 * "Bad format character", "%s" would print the number). */
void        vs_gnuplot_append_quoted_tic_label (GString    *out,
                                        const char *text);
/* The same, newly allocated. */
char       *vs_gnuplot_quote           (const char *text);
/* The cleaned text as it will print (no quotes): what tests compare the output with. */
char       *vs_gnuplot_clean_text      (const char *text);

/* A number as gnuplot reads it in a datablock or a command: C locale, round-trip
 * precision, "NaN" for NAN and infinities (gnuplot leaves a gap there). */
void        vs_gnuplot_append_number   (GString    *out,
                                        double      value);

/* "EOD_" and 16 random hex digits, chosen once per process. Datablocks only ever hold
 * numbers, so no line can equal it; the random name makes sure of it. */
const char *vs_gnuplot_datablock_terminator (void);
/* Appends "$name << TERMINATOR\n". The caller appends number rows, then calls
 * vs_gnuplot_end_datablock. @name is a fixed identifier from our own code. */
void        vs_gnuplot_begin_datablock (GString    *out,
                                        const char *name);
void        vs_gnuplot_end_datablock   (GString    *out);

G_END_DECLS
