/* vs-a11y.h: names for screen readers where GTK 4.8's own come out wrong
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void vs_a11y_name_button        (GtkWidget   *button,
                                 const char  *name);
void vs_a11y_name_label_buttons (GtkWidget   *root);
void vs_a11y_name_drop_down     (GtkDropDown *drop_down,
                                 const char  *name);
void vs_a11y_name_by_title      (AdwPreferencesRow *row);
void vs_a11y_unfocus_wrapper    (GtkWidget   *child);
void vs_a11y_name_descendant    (GtkWidget   *root,
                                 GType        type,
                                 const char  *name);

G_END_DECLS
