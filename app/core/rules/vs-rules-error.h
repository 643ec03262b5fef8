/* vs-rules-error.h: the one error domain of the rules
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define VS_RULES_ERROR (vs_rules_error_quark ())

typedef enum {
  VS_RULES_ERROR_TARGET,      /* target text that cannot be read */
  VS_RULES_ERROR_RULE,        /* a rule set on an indicator that lacks what the rule needs */
  VS_RULES_ERROR_SPC,         /* SPC asked of too few points, or a bad rebase or baseline */
} VsRulesError;

GQuark vs_rules_error_quark (void);

G_END_DECLS
