/* vs-authority-chooser.h: pick the home authority from a searchable list of authorities
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vs-peer.h"

G_BEGIN_DECLS

#define VS_TYPE_AUTHORITY_CHOOSER (vs_authority_chooser_get_type ())
G_DECLARE_FINAL_TYPE (VsAuthorityChooser, vs_authority_chooser, VS, AUTHORITY_CHOOSER, GtkBox)

/* @authorities: of VsAuthority* (copied), shown in the order given. */
void               vs_authority_chooser_set_authorities (VsAuthorityChooser *self,
                                                         GPtrArray          *authorities);
/* The authority the officer picked, or NULL. Emits "chosen" when it changes. */
const VsAuthority *vs_authority_chooser_get_chosen (VsAuthorityChooser *self);
/* Picks the authority of @code (an old LA code), as a click would; FALSE when none has it. */
gboolean           vs_authority_chooser_choose  (VsAuthorityChooser *self,
                                                 const char         *code);

G_END_DECLS
