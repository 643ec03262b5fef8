/* vs-pack-dialog.h: the officer's choices for a committee pack, and the pack written in a
 * thread while the window stays usable
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vs-pack-render.h"
#include "vs-store.h"

G_BEGIN_DECLS

#define VS_TYPE_PACK_DIALOG (vs_pack_dialog_get_type ())
G_DECLARE_FINAL_TYPE (VsPackDialog, vs_pack_dialog, VS, PACK_DIALOG, AdwWindow)

/* Offers @period and @locality (NULL: the whole authority) first, and the officer's last
 * other choices, kept in @store's settings. On success emits "exported" with the GFile
 * written and closes. */
VsPackDialog *vs_pack_dialog_new       (GtkWindow    *parent,
                                        VsStore      *store,
                                        VsPeriod      period,
                                        const char   *locality);
/* Writes the pack with the choices shown to @file in a thread (what Export… does once the
 * officer has named the file). */
void          vs_pack_dialog_export_to (VsPackDialog *self,
                                        GFile        *file);
gboolean      vs_pack_dialog_is_running (VsPackDialog *self);
/* The last failure shown in the dialog, NULL when none. */
const char   *vs_pack_dialog_get_error (VsPackDialog *self);
VsPackFormat  vs_pack_dialog_get_format (VsPackDialog *self);
void          vs_pack_dialog_set_format (VsPackDialog *self,
                                         VsPackFormat  format);

G_END_DECLS
