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
};

G_END_DECLS
