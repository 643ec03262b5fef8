/* pack-test-util.h: demo and hostile databases for the pack's tests, and the layout check
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "../cli/cli-test-util.h"
#include "vs-pack.h"
#include "vs-pack-render.h"
#include "vs-store.h"

G_BEGIN_DECLS

/* The hostile indicator's words: markup, quotes, newlines, right-to-left text, and more
 * than a slide of it. */
#define PACK_TEST_HOSTILE_TITLE_START "<b>Bold</b> & \"quoted\" 'title'"
#define PACK_TEST_RTL "مؤشر الأداء للأطفال"

/* A fresh demo database in a temporary folder (removed by cli_test_remove_dir). */
VsStore    *pack_test_demo_store     (char       **dir);
/* One area of one indicator whose title and commentary are hostile, rated Red at
 * 2017-11 (so that it is an exception with a card). */
VsStore    *pack_test_hostile_store  (char       **dir,
                                      char       **title,
                                      char       **commentary);

/* Every block of every slide inside the page, above the footer, not overlapping another,
 * and its measured content no taller than its box; no font under the minimum. */
void        pack_test_assert_fits    (const VsPackDocument *doc);
/* All the text of the slides from @first on while they continue it, joined by spaces. */
char       *pack_test_slide_text     (const VsPackDocument *doc,
                                      guint                 first);
/* Whitespace folded to single spaces, for comparing flowed text with what was stored. */
char       *pack_test_fold_space     (const char  *text);

/* The pack of @options built and written in @format to @path (@plotter may be NULL for
 * a workbook), both asserted to succeed. */
VsPackDocument *pack_test_write      (VsStore             *store,
                                      const VsPackOptions *options,
                                      VsPackFormat         format,
                                      VsPlotter           *plotter,
                                      const char          *path);
/* @path converted by LibreOffice (soffice --headless --convert-to @to) into @out_dir, in a
 * profile of its own there, bounded by a timeout; the converted file's path, or NULL when
 * LibreOffice is not installed. */
char           *pack_test_soffice    (const char          *path,
                                      const char          *to,
                                      const char          *out_dir);

G_END_DECLS
