/* vs-period.h: months as small integers
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "vs-types.h"

G_BEGIN_DECLS

/* A period is a calendar month counted from January of year 0: year * 12 + (month - 1).
 * Quarterly, termly and annual values are stored at the last month of their period, as the
 * committee papers label them ("Dec 14", "Mar 15"), so one integer type serves every periodicity and
 * ordinary arithmetic moves between months. */
typedef gint32 VsPeriod;

#define VS_PERIOD_INVALID ((VsPeriod) G_MININT32)

VsPeriod  vs_period_new              (int          year,
                                      int          month);
int       vs_period_year             (VsPeriod     period);
int       vs_period_month            (VsPeriod     period);
gboolean  vs_period_is_valid         (VsPeriod     period);

/* "2017-11" */
char     *vs_period_to_iso           (VsPeriod     period);
gboolean  vs_period_parse_iso        (const char  *text,
                                      VsPeriod    *out);
/* "Nov 17", as the committee papers' column headers */
char     *vs_period_to_label         (VsPeriod     period);
/* "November 2017" */
char     *vs_period_to_long_label    (VsPeriod     period);
VsPeriod  vs_period_now              (void);

/* April of the financial year the month falls in. */
VsPeriod  vs_period_financial_year_start (VsPeriod period);
/* TRUE when a value of that periodicity is due in this month (its last month). */
gboolean  vs_period_is_due           (VsPeriod      period,
                                      VsPeriodicity periodicity);
/* The latest month at or before @period in which a value of that periodicity is due. */
VsPeriod  vs_period_due_at_or_before (VsPeriod      period,
                                      VsPeriodicity periodicity);

G_END_DECLS
