/* vs-import-preview.h: what an import will do (or why it cannot), file by file
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vs-importer.h"

G_BEGIN_DECLS

#define VS_TYPE_IMPORT_PREVIEW (vs_import_preview_get_type ())
G_DECLARE_FINAL_TYPE (VsImportPreview, vs_import_preview, VS, IMPORT_PREVIEW, AdwBin)

void       vs_import_preview_clear    (VsImportPreview       *self);
/* The sentence above the files: what will happen, or why nothing will. */
void       vs_import_preview_set_message (VsImportPreview    *self,
                                       const char            *text,
                                       gboolean               is_error);
/* One file's plan. @summary (may be NULL) as the dry run gave it; @error when the file
 * could not be planned or was refused. */
void       vs_import_preview_add_file (VsImportPreview       *self,
                                       const char            *path,
                                       const VsImportSummary *summary,
                                       const GError          *error);

G_END_DECLS
