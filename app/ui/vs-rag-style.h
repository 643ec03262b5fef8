/* vs-rag-style.h: how a rating looks: its CSS class, its travel arrow, its polarity word
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vs-indicator-item.h"

G_BEGIN_DECLS

/* CSS class for a rating, shared with the report card and the sidebar (its symbol is the
 * core's vs_rag_symbol). */
const char         *vs_rag_css_class        (VsRag       rag);
const char         *vs_rag_polarity_word    (VsPolarity  polarity);
const char         *vs_travel_icon_name     (VsIndicatorItem *row);
const char         *vs_travel_css_class     (VsTravel    travel);

G_END_DECLS
