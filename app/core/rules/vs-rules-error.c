/* vs-rules-error.c: the one error domain of the rules
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vs-rules-error.h"

/* Beside its header rather than in one of the rules that raise it: targets, RAG and SPC
 * all report through it. */
G_DEFINE_QUARK (vs-rules-error-quark, vs_rules_error)
