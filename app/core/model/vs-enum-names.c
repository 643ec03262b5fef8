/* vs-enum-names.c: the machine names of our enums, read from their GTypes
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "vs-enum-names.h"

/* The class of an enum type stays alive once referenced (static types are never unloaded),
 * so after the first call this is a lookup without a lock. */
static GEnumClass *
enum_class (GType type)
{
  gpointer klass = g_type_class_peek_static (type);

  if (klass == NULL)
    klass = g_type_class_ref (type);
  return klass;
}

const char *
vs_enum_to_nick (GType type,
                 int   value)
{
  GEnumValue *found;

  g_return_val_if_fail (G_TYPE_IS_ENUM (type), NULL);

  found = g_enum_get_value (enum_class (type), value);
  return found != NULL ? found->value_nick : NULL;
}

gboolean
vs_enum_from_nick (GType       type,
                   const char *text,
                   int        *out)
{
  GEnumClass *klass;
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (G_TYPE_IS_ENUM (type), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  trimmed = g_strstrip (g_strdup (text));
  klass = enum_class (type);
  for (guint i = 0; i < klass->n_values; i++)
    if (g_ascii_strcasecmp (trimmed, klass->values[i].value_nick) == 0)
      {
        *out = klass->values[i].value;
        return TRUE;
      }
  return FALSE;
}

char *
vs_enum_choices (GType type)
{
  GEnumClass *klass;
  g_autoptr(GString) list = g_string_new (NULL);

  g_return_val_if_fail (G_TYPE_IS_ENUM (type), NULL);

  klass = enum_class (type);
  if (klass->n_values == 0)
    return g_strdup ("");
  for (guint i = 0; i + 1 < klass->n_values; i++)
    {
      if (i > 0)
        g_string_append (list, ", ");
      g_string_append (list, klass->values[i].value_nick);
    }
  if (klass->n_values == 1)
    return g_strdup (klass->values[0].value_nick);
  /* TRANSLATORS: the end of a list of choices, "auto, wide or long": the list so far, then
   * the last choice; the choices are machine names and stay in English. */
  return g_strdup_printf (_("%s or %s"), list->str,
                          klass->values[klass->n_values - 1].value_nick);
}
