/* json-test-util.h: reading the command line's JSON tables back in a test
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <math.h>
#include <string.h>
#include <glib.h>

/* The CLI's --format json is an array of flat objects whose values are strings, numbers
 * or null: enough of JSON to read it back, strictly (anything else fails the test). Each
 * object becomes a GHashTable of key -> string, numbers as written, null as NULL. */

static inline void
json_test_skip_space (const char **p)
{
  while (**p == ' ' || **p == '\n' || **p == '\r' || **p == '\t')
    (*p)++;
}

static inline char *
json_test_read_string (const char **p)
{
  GString *out = g_string_new (NULL);

  g_assert_cmpint (**p, ==, '"');
  (*p)++;
  while (**p != '"')
    {
      g_assert_cmpint (**p, !=, '\0');
      if (**p == '\\')
        {
          (*p)++;
          switch (**p)
            {
            case 'n': g_string_append_c (out, '\n'); break;
            case 't': g_string_append_c (out, '\t'); break;
            case 'r': g_string_append_c (out, '\r'); break;
            case 'b': g_string_append_c (out, '\b'); break;
            case 'f': g_string_append_c (out, '\f'); break;
            case 'u':
              {
                char hex[5] = { 0 };

                memcpy (hex, *p + 1, 4);
                g_string_append_unichar (out, (gunichar) g_ascii_strtoull (hex, NULL, 16));
                *p += 4;
              }
              break;
            default: g_string_append_c (out, **p); break;
            }
          (*p)++;
        }
      else
        g_string_append_c (out, *(*p)++);
    }
  (*p)++;
  return g_string_free (out, FALSE);
}

/* Of GHashTable* (key -> value, NULL for null). */
static inline GPtrArray *
json_test_parse_rows (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  const char *p = text;

  json_test_skip_space (&p);
  g_assert_cmpint (*p, ==, '[');
  p++;
  json_test_skip_space (&p);
  while (*p == '{')
    {
      GHashTable *row = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

      p++;
      json_test_skip_space (&p);
      while (*p == '"')
        {
          char *key = json_test_read_string (&p);
          char *value = NULL;

          json_test_skip_space (&p);
          g_assert_cmpint (*p, ==, ':');
          p++;
          json_test_skip_space (&p);
          if (*p == '"')
            value = json_test_read_string (&p);
          else if (g_str_has_prefix (p, "null"))
            p += 4;
          else
            {
              const char *start = p;

              while (*p == '-' || *p == '+' || *p == '.' || *p == 'e' || *p == 'E' || g_ascii_isdigit (*p))
                p++;
              g_assert_cmpint (p - start, >, 0);
              value = g_strndup (start, p - start);
            }
          g_hash_table_insert (row, key, value);
          json_test_skip_space (&p);
          if (*p == ',')
            p++;
          json_test_skip_space (&p);
        }
      g_assert_cmpint (*p, ==, '}');
      p++;
      g_ptr_array_add (rows, row);
      json_test_skip_space (&p);
      if (*p == ',')
        p++;
      json_test_skip_space (&p);
    }
  g_assert_cmpint (*p, ==, ']');
  return rows;
}

/* A JSON number (or null: NAN) as a double. */
static inline double
json_test_number (GHashTable *row,
                  const char *key)
{
  const char *text;

  g_assert_true (g_hash_table_contains (row, key));
  text = g_hash_table_lookup (row, key);
  return text != NULL ? g_ascii_strtod (text, NULL) : NAN;
}
