/* vs-zip.h: zip packages (XLSX, ODS) read through libgsf, with every size checked
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gsf/gsf-input.h>

#include "vs-read-private.h"

G_BEGIN_DECLS

/* VsZip is declared in vs-read-private.h. */
typedef struct _VsZipPart VsZipPart;

/* Checks the archive's central directory before libgsf walks it (entry count, name
 * depth, compression methods, encryption), then opens it. @ctx must outlive the zip. */
VsZip       *vs_zip_open         (VsReadContext *ctx,
                                  GsfInput      *source,
                                  GError       **error);
void         vs_zip_free         (VsZip         *zip);
VsReadContext *vs_zip_get_context (VsZip        *zip);

/* Part names are compared without regard to ASCII case, as OPC says. */
gboolean     vs_zip_has          (VsZip         *zip,
                                  const char    *name);

/* NULL with VS_READ_ERROR_CORRUPT if there is no such part, or VS_READ_ERROR_HOSTILE if
 * it claims to be larger than the cap. */
VsZipPart   *vs_zip_open_part    (VsZip         *zip,
                                  const char    *name,
                                  GError       **error);
/* Up to @len bytes; 0 at the end, after checking the part's size and CRC-32; -1 with
 * @error set when the part is damaged or goes over a cap. Bytes are counted as they are
 * inflated, whatever the archive declares. */
gssize       vs_zip_part_read    (VsZipPart     *part,
                                  guint8        *buf,
                                  gsize          len,
                                  GError       **error);
void         vs_zip_part_free    (VsZipPart     *part);

/* A small part whole (mimetype), at most @max bytes. */
GBytes      *vs_zip_read_small   (VsZip         *zip,
                                  const char    *name,
                                  gsize          max,
                                  GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsZip, vs_zip_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsZipPart, vs_zip_part_free)

G_END_DECLS
