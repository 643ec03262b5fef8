/* vs-pack-pptx-private.h: the PowerPoint writer's state, shared by the package
 * (vs-pack-pptx.c) and the slides (vs-pack-pptx-slide.c)
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vs-pack-ooxml.h"

G_BEGIN_DECLS

typedef struct {
  const VsPackDocument *doc;
  VsPackCharts         *charts;
  PangoContext         *text;
  GsfOutfile           *media;        /* ppt/media: the charts' PNGs */
  GsfOutput           **slides;       /* every slide's part, created before any is written */
  GsfOutput            *notes_master;
  GsfOutput            *layout;
  guint                 n_images;
  GHashTable           *line_heights; /* size and weight -> measured line height, points */
} VsPptx;

/* Writes slide @index into its part, with its charts (as PNG parts) and links related to
 * it; the part is closed. */
gboolean vs_pptx_write_slide (VsPptx   *pptx,
                              guint     index,
                              GError  **error);
/* The speaker notes of slide @index (its card's commentary) as a notes slide in @dir;
 * nothing when it has none. */
gboolean vs_pptx_write_notes (VsPptx      *pptx,
                              guint        index,
                              GsfOutfile  *dir,
                              GError     **error);

/* A closed part's failure, as the pack's write error. */
gboolean vs_pptx_close_part  (GsfOutput   *part,
                              gboolean     written,
                              GError     **error);

G_END_DECLS
