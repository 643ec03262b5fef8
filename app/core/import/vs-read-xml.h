/* vs-read-xml.h: one part of a zip package parsed by libxml2's xmlTextReader, safely
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/xmlreader.h>

#include "vs-zip.h"

G_BEGIN_DECLS

typedef struct _VsXml VsXml;

/* Streams @part_name from @zip into a reader that never loads a DTD or an external
 * entity and never substitutes entities; a DOCTYPE anywhere is refused before the parser
 * sees it. */
VsXml            *vs_xml_open          (VsZip       *zip,
                                        const char  *part_name,
                                        GError     **error);
void              vs_xml_free          (VsXml       *xml);
xmlTextReaderPtr  vs_xml_get_reader    (VsXml       *xml);
const char       *vs_xml_get_part      (VsXml       *xml);

/* 1 on a node, 0 at the end of the part, -1 with @error set: a parse error (with its line),
 * a DOCTYPE or entity, a damaged part, a cap reached. */
int               vs_xml_read          (VsXml       *xml,
                                        GError     **error);
/* Past the current element and all it holds (xmlTextReaderNext). Same returns. */
int               vs_xml_skip          (VsXml       *xml,
                                        GError     **error);

/* Conveniences on the current node. */
gboolean          vs_xml_is_element    (VsXml       *xml,
                                        const char  *local_name);
gboolean          vs_xml_is_end        (VsXml       *xml,
                                        const char  *local_name);
/* The attribute @local_name in no namespace, else in any namespace; NULL if absent. */
char             *vs_xml_get_attribute (VsXml       *xml,
                                        const char  *local_name);
/* The attribute @local_name in namespace @ns. */
char             *vs_xml_get_attribute_ns (VsXml    *xml,
                                           const char *local_name,
                                           const char *ns);
/* Appends the text of the current element (text and CDATA of all its descendants) to
 * @out, leaving the reader on its end tag. More than @max bytes in @out is refused with
 * VS_READ_ERROR_TOO_LARGE, the message saying it is @what that is too long. */
gboolean          vs_xml_append_text   (VsXml       *xml,
                                        GString     *out,
                                        guint64      max,
                                        const char  *what,
                                        GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsXml, vs_xml_free)

G_END_DECLS
