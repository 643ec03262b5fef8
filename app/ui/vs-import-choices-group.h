/* vs-import-choices-group.h: the import dialog's choices: sheet, layout, area, locality
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vs-import-dialog-job.h"
#include "vs-store.h"

G_BEGIN_DECLS

#define VS_TYPE_IMPORT_CHOICES_GROUP (vs_import_choices_group_get_type ())
G_DECLARE_FINAL_TYPE (VsImportChoicesGroup, vs_import_choices_group, VS, IMPORT_CHOICES_GROUP,
                      AdwPreferencesGroup)

/* Signals: "changed" when the officer changes a choice (not when set from code). */
GtkWidget *vs_import_choices_group_new         (void);
/* Offers the areas and localities of @store, and shows @choices. */
void       vs_import_choices_group_load        (VsImportChoicesGroup  *self,
                                                VsStore               *store,
                                                const VsImportChoices *choices);
/* The sheets of the workbook being imported (NULL: a text file, no choice to offer). */
void       vs_import_choices_group_set_sheets  (VsImportChoicesGroup  *self,
                                                const char *const     *sheets);
/* What is chosen; clear @choices with vs_import_choices_clear(). */
void       vs_import_choices_group_get         (VsImportChoicesGroup  *self,
                                                VsImportChoices       *choices);
/* Chooses by the text the row shows, for tests: @row is "sheet", "layout", "area" or
 * "locality". FALSE when the row offers no such item. */
gboolean   vs_import_choices_group_choose      (VsImportChoicesGroup  *self,
                                                const char            *row,
                                                const char            *item);

G_END_DECLS
