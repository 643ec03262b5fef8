/* vs-pack-render.h: drawing a pack's slides, and writing them to a file in a format
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "vs-pack.h"
#include "vs-plotter.h"

G_BEGIN_DECLS

/* Every format a pack can be written in. A renderer per value; vs_pack_write refuses the
 * ones not written yet with VS_PACK_ERROR_FORMAT. */
typedef enum {
  VS_PACK_FORMAT_PDF,
  VS_PACK_FORMAT_PPTX,
  VS_PACK_FORMAT_XLSX,
} VsPackFormat;

/* From a file name's extension, case-insensitive: .pdf, .pptx, .xlsx. */
gboolean     vs_pack_format_from_filename (const char   *filename,
                                           VsPackFormat *out);
const char  *vs_pack_format_to_string     (VsPackFormat  format);   /* "pdf" */
gboolean     vs_pack_format_is_supported  (VsPackFormat  format);
/* "PDF (.pdf)": the formats written today, for messages. */
char        *vs_pack_format_list_supported (void);

/* The trend charts of a document, drawn by gnuplot (through @plotter, one process for all)
 * as SVG once, for any renderer that draws them. */
typedef struct _VsPackCharts VsPackCharts;

VsPackCharts *vs_pack_charts_render (const VsPackDocument *doc,
                                     VsPlotter            *plotter,
                                     GCancellable         *cancellable,
                                     VsPackProgress        progress,
                                     gpointer              user_data,
                                     GError              **error);
/* The SVG of a CHART block of the document, NULL when it has none. */
GBytes       *vs_pack_charts_lookup (VsPackCharts         *charts,
                                     const VsPackBlock    *block);
void          vs_pack_charts_free   (VsPackCharts         *charts);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsPackCharts, vs_pack_charts_free)

/* Draws slide @index on @cr in the page's points (VS_PACK_PAGE_WIDTH x _HEIGHT: scale @cr
 * to another page first). With @tags, links become CAIRO_TAG_LINK (PDF). The print
 * dialog draws its pages with this too. */
void          vs_pack_draw_slide    (cairo_t              *cr,
                                     const VsPackDocument *doc,
                                     guint                 index,
                                     VsPackCharts         *charts,
                                     gboolean              tags);

/* A 16:9 PDF of every slide, with metadata, an outline (each area, each card) and links,
 * written to a temporary file renamed over @path at the end: never a partial file. */
gboolean      vs_pack_write_pdf     (const VsPackDocument *doc,
                                     VsPackCharts         *charts,
                                     const char           *path,
                                     GCancellable         *cancellable,
                                     VsPackProgress        progress,
                                     gpointer              user_data,
                                     GError              **error);

/* An editable PowerPoint presentation (16:9) of every slide: native tables, text boxes,
 * each chart as a PNG at twice its size with its alternative text, a card's commentary in
 * its speaker notes; written whole to a temporary file renamed over @path. */
gboolean      vs_pack_write_pptx    (const VsPackDocument *doc,
                                     VsPackCharts         *charts,
                                     const char           *path,
                                     GCancellable         *cancellable,
                                     VsPackProgress        progress,
                                     gpointer              user_data,
                                     GError              **error);

/* A workbook: a summary sheet, a dashboard sheet per service area (the ratings' fills and
 * shapes, figures as numbers formatted as on the slides, frozen headers), the exceptions'
 * key figures, commentary and actions, and a data sheet in the long layout that the
 * importer reads back; written to a temporary file renamed over @path. No charts. */
gboolean      vs_pack_write_xlsx    (const VsPackDocument *doc,
                                     const char           *path,
                                     GCancellable         *cancellable,
                                     VsPackProgress        progress,
                                     gpointer              user_data,
                                     GError              **error);

/* Draws the charts (none for a workbook: @plotter may then be NULL) and writes @doc in
 * @format; the one switch over the formats. */
gboolean      vs_pack_write         (const VsPackDocument *doc,
                                     VsPackFormat          format,
                                     VsPlotter            *plotter,
                                     const char           *path,
                                     GCancellable         *cancellable,
                                     VsPackProgress        progress,
                                     gpointer              user_data,
                                     GError              **error);

G_END_DECLS
