/* vs-read-only-banner.h: the bar that says a database can be read but not changed
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define VS_TYPE_READ_ONLY_BANNER (vs_read_only_banner_get_type ())
G_DECLARE_FINAL_TYPE (VsReadOnlyBanner, vs_read_only_banner, VS, READ_ONLY_BANNER, AdwBin)

/* Properties: "revealed" (boolean). Its button is app.save-copy: a copy can be changed. */
GtkWidget *vs_read_only_banner_new          (void);
void       vs_read_only_banner_set_revealed (VsReadOnlyBanner *self,
                                             gboolean          revealed);
gboolean   vs_read_only_banner_get_revealed (VsReadOnlyBanner *self);

G_END_DECLS
