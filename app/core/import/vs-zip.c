/* vs-zip.c: zip packages (XLSX, ODS) read through libgsf, with every size checked
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "vs-read-private.h"

#include <glib/gi18n.h>

/* The XLSX and ODS readers land in the next commits; until then a zip is refused. */
gboolean
vs_read_zip (VsReadContext  *ctx,
             gpointer        source,
             VsWorkbook     *workbook,
             GError        **error)
{
  vs_read_fail (ctx, error, VS_READ_ERROR_FORMAT,
                _("is a zip package (XLSX or ODS), which this build cannot read yet"));
  return FALSE;
}
