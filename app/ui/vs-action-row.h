/* vs-action-row.h: one action of a report card, edited in place
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vs-indicator.h"

G_BEGIN_DECLS

#define VS_TYPE_ACTION_ROW (vs_action_row_get_type ())
G_DECLARE_FINAL_TYPE (VsActionRow, vs_action_row, VS, ACTION_ROW, AdwExpanderRow)

/* A row for @action (copied); a new, empty action when @action has id 0. Emits "save"
 * with the edited action (a VsAction* owned by the row) when the officer saves. */
GtkWidget      *vs_action_row_new      (const VsAction *action,
                                        const char     *author);
const VsAction *vs_action_row_get_action (VsActionRow  *self);
void            vs_action_row_focus_text (VsActionRow  *self);
/* Reads the fields into the action; FALSE with @error when one is invalid. */
gboolean        vs_action_row_read     (VsActionRow    *self,
                                        GError        **error);

G_END_DECLS
