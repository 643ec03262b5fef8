/* vs-rating-settings.h: how a department rates its figures, kept in its database
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define VS_SETTINGS_ERROR (vs_settings_error_quark ())

typedef enum {
  VS_SETTINGS_ERROR_UNKNOWN_KEY,
  VS_SETTINGS_ERROR_INVALID_VALUE,
} VsSettingsError;

GQuark vs_settings_error_quark (void);

/* Ratings are the department's, not one officer's: these live in the database (the store
 * reads and writes them), so the window, the command line and the committee pack rate
 * every figure alike. */
typedef struct {
  double   amber_percent;      /* "amber-tolerance": for indicators that set none; 10 */
  gboolean spc_screen;         /* "spc-screening": screen out large moving ranges; TRUE */
  guint    spc_shift_length;   /* "spc-run-length": points on one side make a shift; 7 */
  guint    spc_trend_length;   /* "spc-trend-length": points rising or falling; 7 */
} VsRatingSettings;

/* The defaults: what a new database rates by. */
void         vs_rating_settings_init         (VsRatingSettings       *settings);
gboolean     vs_rating_settings_equal        (const VsRatingSettings *a,
                                              const VsRatingSettings *b);
/* The keys, in the order they are listed: "amber-tolerance", "spc-screening",
 * "spc-run-length", "spc-trend-length". NULL-terminated, static. */
const char * const *vs_rating_settings_keys  (void);
/* A key's meaning for people, translated; NULL for an unknown key. */
const char  *vs_rating_settings_describe     (const char             *key);
/* A key's value as text ("10", "true", "7"), as stored and as `settings` prints it; NULL
 * for an unknown key. */
char        *vs_rating_settings_get          (const VsRatingSettings *settings,
                                              const char             *key);
/* Sets @key from @text, checked: an unknown key (VS_SETTINGS_ERROR_UNKNOWN_KEY, the
 * message lists the keys) or a value out of range (VS_SETTINGS_ERROR_INVALID_VALUE, the
 * message names the key and what it takes) leaves @settings as it was. */
gboolean     vs_rating_settings_set          (VsRatingSettings       *settings,
                                              const char             *key,
                                              const char             *text,
                                              GError                **error);

G_END_DECLS
