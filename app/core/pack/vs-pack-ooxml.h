/* vs-pack-ooxml.h: what the PowerPoint writer's files share: XML parts written with
 * libxml2's text writer into libgsf's Open Packaging parts, and the pack's colours
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gsf/gsf.h>
#include <libxml/xmlwriter.h>

#include "vs-pack-private.h"
#include "vs-pack-render.h"

G_BEGIN_DECLS

/* A PowerPoint slide is the model's page in EMU: 12700 to the point, so the 960 x 540
 * point page is 12192000 x 6858000, PowerPoint's own widescreen. */
#define VS_OOXML_EMU_PER_PT 12700.0
#define VS_OOXML_EMU(pt)    ((gint64) ((pt) * VS_OOXML_EMU_PER_PT + 0.5))

#define VS_OOXML_NS_A "http://schemas.openxmlformats.org/drawingml/2006/main"
#define VS_OOXML_NS_R "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define VS_OOXML_NS_P "http://schemas.openxmlformats.org/presentationml/2006/main"
#define VS_OOXML_REL  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
#define VS_OOXML_CT   "application/vnd.openxmlformats-officedocument."

/* The PDF's colours (vs-pack-draw.c) as DrawingML's hex, so that both formats look alike. */
#define VS_OOXML_INK       "1F1F1F"
#define VS_OOXML_MUTED     "54545C"
#define VS_OOXML_RULE      "BFBFC4"
#define VS_OOXML_HEADER_BG "E6E8ED"
#define VS_OOXML_LINK      "1A5EB5"
const char *vs_ooxml_rag_tint    (VsRag    rag);     /* NULL: no fill */
const char *vs_ooxml_rag_strong  (VsRag    rag);     /* the symbol's colour */
const char *vs_ooxml_travel_color (VsTravel travel);

/* An XML part: libxml2's writer streaming into @part, which it does not own. */
xmlTextWriterPtr vs_ooxml_writer_new    (GsfOutput        *part);
/* Ends the document and frees the writer; FALSE when anything could not be written. */
gboolean         vs_ooxml_writer_finish (xmlTextWriterPtr  w);

void vs_ooxml_start  (xmlTextWriterPtr w, const char *name);
void vs_ooxml_end    (xmlTextWriterPtr w);
void vs_ooxml_attr   (xmlTextWriterPtr w, const char *name, const char *value);
void vs_ooxml_attr_int (xmlTextWriterPtr w, const char *name, gint64 value);
/* An element with no content and up to three attributes (NULL-ended pairs). */
void vs_ooxml_empty  (xmlTextWriterPtr w, const char *name, ...) G_GNUC_NULL_TERMINATED;
/* Literal text, escaped by the writer; characters XML cannot hold are left out. */
void vs_ooxml_text   (xmlTextWriterPtr w, const char *text, gssize length);
/* <a:solidFill><a:srgbClr val=@hex/></a:solidFill> */
void vs_ooxml_fill   (xmlTextWriterPtr w, const char *hex);

/* Whether a paragraph is written right to left: its first letter's script says. */
gboolean vs_ooxml_is_rtl (const char *text, gssize length);

G_END_DECLS
