/* vs-period-header.h: periods as officers label columns and rows
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "vs-grid.h"
#include "vs-period.h"
#include "vs-types.h"

G_BEGIN_DECLS

/* Reads "Nov 16", "Nov-16", "November 2016", "2016-11", "30/11/2016", "Q2 2017/18"
 * (financial quarters: Q1 is April to June, stored at June), "Apr-Jun 2017", "2016/17"
 * (the financial year, stored at March 2017), "2017" (the reporting year ending March 2017,
 * as the DfE labels it), "Autumn 2017" (terms, at their last month). Case-insensitive.
 * @periodicity (may be NULL) says what kind of period the label names. */
gboolean vs_period_header_parse     (const char    *text,
                                     VsPeriod      *period,
                                     VsPeriodicity *periodicity);
/* One month as an officer writes a due date: "March 2026", "Mar 26", "2026-03", or the
 * committee papers' "by March 2017". A quarter, term or year is not one month. */
gboolean vs_period_parse_month      (const char    *text,
                                     VsPeriod      *period);
/* The same for a cell: a date cell names its month; a whole number 1990-2100 a year. */
gboolean vs_period_header_from_cell (const VsCell  *cell,
                                     VsPeriod      *period,
                                     VsPeriodicity *periodicity);
/* The DfE published-statistics pair: time_period "2025" or "201617" with time_identifier
 * "Reporting year", "Financial year", "Academic year", "Calendar year", a month name or
 * "Financial year Q2". */
gboolean vs_period_parse_dfe        (const char    *time_period,
                                     const char    *time_identifier,
                                     VsPeriod      *period,
                                     VsPeriodicity *periodicity);

G_END_DECLS
