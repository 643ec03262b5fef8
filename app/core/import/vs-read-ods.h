/* vs-read-ods.h: what the parts of the ODS reader share
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vs-read-xml.h"

G_BEGIN_DECLS

#define OFFICE_NS  "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define TABLE_NS   "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define TEXT_NS    "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define STYLE_NS   "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
#define DRAW_NS    "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
#define CALCEXT_NS "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"

/* One cell of the row being read, kept until the row's repeat count is known to apply. */
typedef struct {
  guint         col;
  guint         repeat;
  VsCellKind    kind;
  VsCellFormat  format;
  double        number;
  const char   *text;    /* interned in the sheet */
} OdsCell;

typedef struct {
  VsReadContext *ctx;
  VsXml         *xml;
  VsSheet       *sheet;
  GHashTable    *hidden_styles;  /* table styles with display="false" */
  GArray        *cells;          /* of OdsCell */
  GString       *text;
  guint64        row;
  guint64        col;
} OdsState;

/* vs-read-ods-text.c */
gboolean vs_ods_in_ns             (VsXml       *xml,
                                   const char  *ns);
/* The current node is element @local_name of namespace @ns. */
gboolean vs_ods_is                (VsXml       *xml,
                                   const char  *ns,
                                   const char  *local_name);
/* Fails with VS_READ_ERROR_TOO_LARGE for the cell being read. */
gboolean vs_ods_too_long          (OdsState    *st,
                                   GError     **error);
/* The cell's paragraphs into st->text, one per line; the reader ends on the cell's end. */
gboolean vs_ods_read_cell_text    (OdsState    *st,
                                   GError     **error);

G_END_DECLS
