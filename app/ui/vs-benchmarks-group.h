/* vs-benchmarks-group.h: Preferences' benchmarks: the home authority and the SN model,
 * both kept in the database
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vs-store.h"

G_BEGIN_DECLS

#define VS_TYPE_BENCHMARKS_GROUP (vs_benchmarks_group_get_type ())
G_DECLARE_FINAL_TYPE (VsBenchmarksGroup, vs_benchmarks_group, VS, BENCHMARKS_GROUP, AdwPreferencesGroup)

/* Property: "store" (VsStore), whose home authority and SN model it shows; NULL (no
 * database) greys the rows out. */
/* As picking @code in the home authority's list would; FALSE with @error when it cannot. */
gboolean vs_benchmarks_group_choose_home (VsBenchmarksGroup *self,
                                          const char        *code,
                                          GError           **error);

G_END_DECLS
