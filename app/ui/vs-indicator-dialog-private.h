/* vs-indicator-dialog-private.h: the dialog's fields, for its tests
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vs-indicator-dialog.h"

G_BEGIN_DECLS

struct _VsIndicatorDialog
{
  AdwWindow      parent_instance;

  /* template */
  AdwWindowTitle *window_title;
  GtkButton     *save_button;
  AdwEntryRow   *ref_row;
  AdwComboRow   *area_row;
  AdwEntryRow   *new_area_row;
  AdwEntryRow   *title_row;
  AdwComboRow   *polarity_row;
  AdwComboRow   *unit_row;
  AdwComboRow   *periodicity_row;
  AdwEntryRow   *target_row;
  AdwComboRow   *rule_row;
  AdwEntryRow   *red_row;
  AdwEntryRow   *green_row;
  AdwEntryRow   *amber_row;
  AdwComboRow   *comparator_row;
  AdwEntryRow   *lead_row;
  AdwEntryRow   *owner_row;
  GtkSwitch     *budget_switch;
  GtkSwitch     *risk_switch;
  GtkTextView   *why_view;
  GtkTextView   *success_view;
  GtkLabel      *error_label;

  VsStore       *store;
  VsIndicator   *indicator;   /* the copy being edited */
  GPtrArray     *areas;       /* of char*: the area row's names, "New Area…" last */
};

/* vs-indicator-dialog-place.c: where the indicator is: its reference and its area */
void     _vs_indicator_dialog_place_load (VsIndicatorDialog *self);
/* Sets @edited's ref and area (by name; a new one is created on saving). Refuses an empty
 * reference, one another indicator has and an empty new area, marking the row. */
gboolean _vs_indicator_dialog_place_read (VsIndicatorDialog *self,
                                          VsIndicator       *edited,
                                          GError           **error);
void     _vs_indicator_dialog_mark_row   (GtkWidget         *row,
                                          gboolean           bad);

G_END_DECLS
