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

/* Appends @text as a gnuplot string literal, quotes included.
 *
 * gnuplot 5.4 has no safe mode, so the literal must be inert by construction. Measured on
 * gnuplot 5.4.4 (tests/plot/test-gnuplot-quote.c shows each trap run a canary when text
 * is put in naively, and print literally through this function):
 * - back-ticks run a shell command anywhere in a line except inside single quotes; here
 *   they are written as the octal escape \140, so the line never holds one;
 * - a newline or CR ends the command even inside a string, and the next line runs: every
 *   control character (and U+2028/U+2029) becomes a space;
 * - single quotes cannot carry every text: gnuplot's scanner takes a leading doubled
 *   quote, or a run of them, for the end of the string, so a title that starts with an
 *   apostrophe is a syntax error. The literal is therefore double-quoted with \\ and \"
 *   escaped; once every backslash is doubled no other escape applies, and macros
 *   (@name) are not expanded inside it;
 * - invalid UTF-8 is repaired so that the SVG gnuplot writes stays well-formed.
 * The caller adds `noenhanced` after each literal (and the terminals are noenhanced) so
 * that ^ _ @ { } & ~ print as themselves. */
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
