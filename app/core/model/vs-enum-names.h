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
/* The same for the values a command offers of @type: bit (1 << value) of @values set for
 * each value to list, in the order the enum declares them. */
char       *vs_enum_choices_among (GType    type,
                                   guint64  values);

/* Defines prefix_to_string (Type) from the nicks of TYPE, and with VS_DEFINE_ENUM_NAMES
 * also prefix_from_string (const char *, Type *), for the prototypes in a header. */
#define VS_DEFINE_ENUM_TO_STRING(Type, prefix, TYPE)                                     \
  const char *                                                                          \
  prefix##_to_string (Type value)                                                       \
  {                                                                                     \
    const char *nick = vs_enum_to_nick (TYPE, value);                                   \
    g_return_val_if_fail (nick != NULL, NULL);                                          \
    return nick;                                                                        \
  }

#define VS_DEFINE_ENUM_NAMES(Type, prefix, TYPE)                                         \
  VS_DEFINE_ENUM_TO_STRING (Type, prefix, TYPE)                                         \
  gboolean                                                                              \
  prefix##_from_string (const char *text,                                               \
                        Type       *out)                                                \
  {                                                                                     \
    int found;                                                                          \
    g_return_val_if_fail (out != NULL, FALSE);                                          \
    if (!vs_enum_from_nick (TYPE, text, &found))                                        \
      return FALSE;                                                                     \
    *out = (Type) found;                                                                \
    return TRUE;                                                                        \
  }

G_END_DECLS
