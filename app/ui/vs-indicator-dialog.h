/* vs-indicator-dialog.h: an indicator's definition, edited with validation
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vs-store.h"

G_BEGIN_DECLS

#define VS_TYPE_INDICATOR_DIALOG (vs_indicator_dialog_get_type ())
G_DECLARE_FINAL_TYPE (VsIndicatorDialog, vs_indicator_dialog, VS, INDICATOR_DIALOG, AdwWindow)

/* Edits a copy of @indicator; Save writes it to @store, whose "changed" signal makes the
 * window rate everything again. */
VsIndicatorDialog *vs_indicator_dialog_new      (GtkWindow         *parent,
                                                 VsStore           *store,
                                                 const VsIndicator *indicator);
/* The definition as the fields stand; NULL with @error naming the field at fault. */
VsIndicator       *vs_indicator_dialog_read     (VsIndicatorDialog *self,
                                                 GError           **error);
/* Saves as the Save button does; FALSE with @error when a field is invalid. */
gboolean           vs_indicator_dialog_save     (VsIndicatorDialog *self,
                                                 GError           **error);

G_END_DECLS
