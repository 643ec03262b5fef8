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

/* The nicks of @type's values that @keep says to list, joined as "a, b or c". */
static char *
join_choices (GType     type,
              gboolean (*keep) (int value, guint64 values),
              guint64   values)
{
  GEnumClass *klass = enum_class (type);
  g_autoptr(GPtrArray) nicks = g_ptr_array_new ();
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    if (keep (klass->values[i].value, values))
      g_ptr_array_add (nicks, (gpointer) klass->values[i].value_nick);
  if (nicks->len == 0)
    return g_strdup ("");
  if (nicks->len == 1)
    return g_strdup (g_ptr_array_index (nicks, 0));
  for (guint i = 0; i + 1 < nicks->len; i++)
    {
      if (i > 0)
        g_string_append (list, ", ");
      g_string_append (list, g_ptr_array_index (nicks, i));
    }
  /* TRANSLATORS: the end of a list of choices, "auto, wide or long": the list so far, then
   * the last choice; the choices are machine names and stay in English. */
  return g_strdup_printf (_("%s or %s"), list->str,
                          (const char *) g_ptr_array_index (nicks, nicks->len - 1));
}

static gboolean
keep_every (int     value,
            guint64 values)
{
  return TRUE;
}

static gboolean
keep_chosen (int     value,
             guint64 values)
{
  return value >= 0 && value < 64 && (values & (G_GUINT64_CONSTANT (1) << value)) != 0;
}

char *
vs_enum_choices (GType type)
{
  g_return_val_if_fail (G_TYPE_IS_ENUM (type), NULL);

  return join_choices (type, keep_every, 0);
}

char *
vs_enum_choices_among (GType   type,
                       guint64 values)
{
  g_return_val_if_fail (G_TYPE_IS_ENUM (type), NULL);

  return join_choices (type, keep_chosen, values);
}
