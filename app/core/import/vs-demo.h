/* vs-demo.h: the bundled demo data, loaded through the importer
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vs-store.h"

G_BEGIN_DECLS

/* The folder holding the demo CSVs: the source tree's data/demo when running uninstalled,
 * else the installed copy. */
const char *vs_demo_find_dir (void);

/* Loads every demo file in one transaction: all or nothing. */
gboolean    vs_demo_load     (VsStore     *store,
                              const char  *dir,
                              GError     **error);

G_END_DECLS
