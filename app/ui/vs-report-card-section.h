/* vs-report-card-section.h: what every section of the report card has: the store, the
 * indicator shown and the author, bound from the card
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vs-indicator-item.h"
#include "vs-store.h"

G_BEGIN_DECLS

#define VS_TYPE_REPORT_CARD_SECTION (vs_report_card_section_get_type ())
G_DECLARE_DERIVABLE_TYPE (VsReportCardSection, vs_report_card_section, VS, REPORT_CARD_SECTION, AdwBin)

struct _VsReportCardSectionClass
{
  AdwBinClass parent_class;

  /* Called when the item changes to another (not NULL) while there is a store: the
   * section shows it. A NULL item (the card closing) keeps what is shown. */
  void (*show) (VsReportCardSection *self,
                VsIndicatorItem     *item);
};

/* Properties: "store" (VsStore), "item" (VsIndicatorItem) and "author", whose name goes
 * on what the section saves. */
VsStore         *vs_report_card_section_get_store  (VsReportCardSection *self);
VsIndicatorItem *vs_report_card_section_get_item   (VsReportCardSection *self);
const char      *vs_report_card_section_get_author (VsReportCardSection *self);
/* For a section's dispose: lets go of the bin's child, then of the template's children. */
void             vs_report_card_section_dispose_template (VsReportCardSection *self,
                                                          GType                type);

G_END_DECLS
