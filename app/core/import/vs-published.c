/* vs-published.c: published-indicators.csv and the DfE dashboard's dictionary, read once
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "vs-grid.h"
#include "vs-layout-private.h"
#include "vs-published.h"
#include "vs-reader.h"

static const char *
published_data_dir (void)
{
  const char *env = g_getenv ("VITAL_SIGNS_BENCHMARKS_DIR");

  if (env != NULL && *env != '\0')
    return env;
  if (g_file_test (VS_BENCHMARKS_SOURCE_DIR G_DIR_SEPARATOR_S "published-indicators.csv",
                   G_FILE_TEST_IS_REGULAR))
    return VS_BENCHMARKS_SOURCE_DIR;
  return VS_BENCHMARKS_INSTALL_DIR;
}

char *
vs_published_data_file (const char *name)
{
  return g_build_filename (published_data_dir (), name, NULL);
}

static void
def_free (VsPublishedDef *def)
{
  g_free (def->ref);
  g_free (def->column);
  g_free (def->breakdown);
  g_free (def->title);
  g_free (def->area);
  g_free (def->description);
  g_free (def->numerator);
  g_free (def->denominator);
  g_free (def);
}

/* The cells of a sheet by header name. */
typedef struct {
  const VsSheet *sheet;
  GHashTable    *cols;      /* header -> column + 1 */
} Table;

static void
table_init (Table         *t,
            const VsSheet *sheet)
{
  t->sheet = sheet;
  t->cols = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint c = 0; c < vs_sheet_get_n_cols (sheet, 0); c++)
    {
      g_autofree char *header = vs_layout_cell_text (vs_sheet_get_cell (sheet, 0, c));
      if (header != NULL)
        g_hash_table_insert (t->cols, g_steal_pointer (&header), GUINT_TO_POINTER (c + 1));
    }
}

static char *
table_text (Table      *t,
            guint       row,
            const char *column)
{
  guint c = GPOINTER_TO_UINT (g_hash_table_lookup (t->cols, column));
  return c == 0 ? NULL : vs_layout_cell_as_text (vs_sheet_get_cell (t->sheet, row, c - 1));
}

static VsWorkbook *
read_data (const char *name)
{
  g_autofree char *path = vs_published_data_file (name);
  g_autoptr(GError) error = NULL;
  VsWorkbook *book = vs_reader_read_file (path, &error);

  if (book == NULL)
    g_debug ("No published indicator definitions: %s", error->message);
  return book;
}

/* sort_order -> (title, heading, description) of the dictionary. */
static GHashTable *
read_dictionary (void)
{
  g_autoptr(VsWorkbook) book = read_data ("dfe_dashboard_indicator_metadata.csv");
  GHashTable *entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                               (GDestroyNotify) g_strfreev);
  const VsSheet *sheet;
  Table t;

  if (book == NULL || book->sheets->len == 0)
    return entries;
  sheet = g_ptr_array_index (book->sheets, 0);
  table_init (&t, sheet);
  for (guint r = 1; r < vs_sheet_get_n_rows (sheet); r++)
    {
      g_autofree char *order = table_text (&t, r, "sort_order");
      g_autofree char *tab = table_text (&t, r, "tab_name");
      g_autofree char *outcome = table_text (&t, r, "accordion_text");
      char **entry = g_new0 (char *, 4);

      entry[0] = table_text (&t, r, "metric_display_text");
      entry[1] = table_text (&t, r, "heading_text");
      entry[2] = g_strdup_printf ("DfE children's social care dashboard: %s, %s", tab ? tab : "",
                                  outcome ? outcome : "");
      if (order == NULL || entry[0] == NULL)
        {
          g_strfreev (entry);
          continue;
        }
      g_hash_table_insert (entries, g_steal_pointer (&order), entry);
    }
  g_hash_table_destroy (t.cols);
  return entries;
}

static char *
key_for (const char *column,
         const char *breakdown)
{
  return g_strdup_printf ("%s\x1f%s", column, breakdown ? breakdown : "");
}

static GHashTable *
read_definitions (void)
{
  g_autoptr(VsWorkbook) book = read_data ("published-indicators.csv");
  g_autoptr(GHashTable) dictionary = read_dictionary ();
  GHashTable *defs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) def_free);
  const VsSheet *sheet;
  Table t;

  if (book == NULL || book->sheets->len == 0)
    return defs;
  sheet = g_ptr_array_index (book->sheets, 0);
  table_init (&t, sheet);
  for (guint r = 1; r < vs_sheet_get_n_rows (sheet); r++)
    {
      VsPublishedDef *def = g_new0 (VsPublishedDef, 1);
      g_autofree char *order = table_text (&t, r, "dictionary");
      g_autofree char *polarity = table_text (&t, r, "polarity");
      g_autofree char *unit = table_text (&t, r, "unit");
      char **entry = order ? g_hash_table_lookup (dictionary, order) : NULL;

      def->ref = table_text (&t, r, "ref");
      def->column = table_text (&t, r, "column");
      def->breakdown = table_text (&t, r, "breakdown");
      def->title = entry ? g_strdup (entry[0]) : table_text (&t, r, "title");
      def->area = entry ? g_strdup (entry[1]) : table_text (&t, r, "area");
      def->description = entry ? g_strdup (entry[2]) : NULL;
      def->numerator = table_text (&t, r, "numerator");
      def->denominator = table_text (&t, r, "denominator");
      if (def->ref == NULL || def->column == NULL || def->title == NULL ||
          polarity == NULL || unit == NULL ||
          !vs_polarity_from_string (polarity, &def->polarity) || !vs_unit_from_string (unit, &def->unit))
        {
          g_debug ("published-indicators.csv row %u is incomplete; skipped", r + 1);
          def_free (def);
          continue;
        }
      g_hash_table_insert (defs, key_for (def->column, def->breakdown), def);
    }
  g_hash_table_destroy (t.cols);
  return defs;
}

static GHashTable *
definitions (void)
{
  static GHashTable *defs;

  if (g_once_init_enter (&defs))
    g_once_init_leave (&defs, read_definitions ());
  return defs;
}

const VsPublishedDef *
vs_published_lookup (const char *column,
                     const char *breakdown)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (column != NULL, NULL);

  key = key_for (column, breakdown);
  return g_hash_table_lookup (definitions (), key);
}

const char *
vs_published_dataset_area (const char *dataset)
{
  GHashTableIter iter;
  gpointer value;
  gsize len;

  g_return_val_if_fail (dataset != NULL, NULL);

  len = strlen (dataset);
  g_hash_table_iter_init (&iter, definitions ());
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      const VsPublishedDef *def = value;
      if (strncmp (def->ref, dataset, len) == 0 && def->ref[len] == '.')
        return def->area;
    }
  return NULL;
}
