/* vs-enum-names.h: the machine names of our enums, read from their GTypes
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The nick of @value in the enum @type (declared with mkenums annotations beside the value),
 * or NULL for a number that is no value of it. */
const char *vs_enum_to_nick   (GType       type,
                               int         value);

/* The value whose nick is @text, ignoring ASCII case and surrounding blanks. */
gboolean    vs_enum_from_nick (GType       type,
                               const char *text,
                               int        *out);

/* "svg, png or pdf": every nick of @type, for help texts and error messages, so that a new
 * value is listed the day it is declared. */
char       *vs_enum_choices   (GType       type);

G_END_DECLS
