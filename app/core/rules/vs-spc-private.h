/* vs-spc-private.h: the special-cause rules, shared by vs-spc.c and vs-spc-rules.c
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vs-spc.h"

G_BEGIN_DECLS

/* Marks signals, label and variation on @points[0..n), one segment whose limits, side,
 * outside and close are already set. */
void _vs_spc_mark_signals (VsSpcPoint         *points,
                           guint               n,
                           const VsSpcOptions *options);

G_END_DECLS
