/* vs-sn-model.c: statistical neighbour models read from their CSV files
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "vs-layout-private.h"
#include "vs-published.h"
#include "vs-reader.h"
#include "vs-sn-model.h"

G_DEFINE_QUARK (vs-benchmarks-error-quark, vs_benchmarks_error)

typedef struct {
  char *code;
  char *name;
  char *region;
  char *neighbours[VS_SN_NEIGHBOURS + 1];  /* NULL-terminated */
} Entry;

struct _VsSnModel {
  char       *label;
  char       *file;
  GPtrArray  *entries;     /* of Entry* */
  GHashTable *by_code;     /* code -> Entry* */
  GPtrArray  *codes;       /* of const char*, NULL-terminated */
};

static const struct {
  VsSnModelId  id;
  const char  *name;
  const char  *file;
  const char  *label;
} shipped[] = {
  { VS_SN_MODEL_2025, "2025", "sn_model_2025_wide.csv", N_("2025 model") },
  { VS_SN_MODEL_2021, "2021", "New_Statistical_Neighbour_Groupings_April_2021.csv", N_("2021 model") },
};

const char *
vs_sn_model_id_to_string (VsSnModelId id)
{
  for (guint i = 0; i < G_N_ELEMENTS (shipped); i++)
    if (shipped[i].id == id)
      return shipped[i].name;
  g_return_val_if_reached (NULL);
}

gboolean
vs_sn_model_id_from_string (const char  *text,
                            VsSnModelId *out)
{
  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (shipped); i++)
    if (g_str_equal (text, shipped[i].name))
      {
        *out = shipped[i].id;
        return TRUE;
      }
  return FALSE;
}

static void
entry_free (Entry *entry)
{
  g_free (entry->code);
  g_free (entry->name);
  g_free (entry->region);
  for (guint i = 0; i < VS_SN_NEIGHBOURS; i++)
    g_free (entry->neighbours[i]);
  g_free (entry);
}

void
vs_sn_model_free (VsSnModel *model)
{
  if (model == NULL)
    return;
  g_free (model->label);
  g_free (model->file);
  g_hash_table_unref (model->by_code);
  g_ptr_array_unref (model->codes);
  g_ptr_array_unref (model->entries);
  g_free (model);
}

static gboolean
is_la_code (const char *text)
{
  return text != NULL && strlen (text) == 3 && g_ascii_isdigit (text[0]) &&
         g_ascii_isdigit (text[1]) && g_ascii_isdigit (text[2]);
}

/* Which column is what, from the header row of either shape. */
typedef struct {
  int code, name, region;
  int sn[VS_SN_NEIGHBOURS];
} Columns;

static gboolean
find_columns (const VsSheet *sheet,
              const char    *file,
              Columns       *cols,
              GError       **error)
{
  cols->code = cols->name = cols->region = -1;
  for (guint k = 0; k < VS_SN_NEIGHBOURS; k++)
    cols->sn[k] = -1;

  for (guint c = 0; c < vs_sheet_get_n_cols (sheet, 0); c++)
    {
      g_autofree char *header = vs_layout_cell_text (vs_sheet_get_cell (sheet, 0, c));
      g_autofree char *h = header ? g_ascii_strdown (header, -1) : NULL;
      const char *digits;
      guint64 k;

      if (h == NULL)
        continue;
      if (cols->code < 0 && (g_str_equal (h, "old_la_code") || g_str_equal (h, "la num") ||
                             g_str_equal (h, "la number") || g_str_equal (h, "la_code")))
        cols->code = (int) c;
      else if (cols->name < 0 && (g_str_equal (h, "la_name") || g_str_equal (h, "la name")))
        cols->name = (int) c;
      else if (cols->region < 0 && (g_str_equal (h, "region_name") || g_str_equal (h, "goreg")))
        cols->region = (int) c;
      else if (g_str_has_prefix (h, "sn") && !g_str_has_suffix (h, "p"))
        {
          digits = h + 2 + (h[2] == '_');
          if (g_ascii_string_to_unsigned (digits, 10, 1, VS_SN_NEIGHBOURS, &k, NULL) &&
              cols->sn[k - 1] < 0)
            cols->sn[k - 1] = (int) c;
        }
    }

  if (cols->code < 0)
    {
      g_set_error (error, VS_BENCHMARKS_ERROR, VS_BENCHMARKS_ERROR_MODEL,
                   _("%s, row 1: no column of old LA codes (expected “old_la_code” or “LA num”); "
                     "is this a statistical neighbour file?"), file);
      return FALSE;
    }
  for (guint k = 0; k < VS_SN_NEIGHBOURS; k++)
    if (cols->sn[k] < 0)
      {
        g_set_error (error, VS_BENCHMARKS_ERROR, VS_BENCHMARKS_ERROR_MODEL,
                     _("%s, row 1: no column for neighbour %u (expected “SN_%u” or “SN%u”); a "
                       "statistical neighbour model lists %d neighbours"),
                     file, k + 1, k + 1, k + 1, VS_SN_NEIGHBOURS);
        return FALSE;
      }
  return TRUE;
}

static gboolean
read_entry (const VsSheet *sheet,
            const char    *file,
            guint          row,
            const Columns *cols,
            Entry        **out,
            GError       **error)
{
  g_autofree char *code = vs_layout_cell_as_text (vs_sheet_get_cell (sheet, row, (guint) cols->code));
  Entry *entry;

  *out = NULL;
  if (code == NULL)
    return TRUE;       /* a blank row, or notes under the table */
  g_strstrip (code);
  if (!is_la_code (code))
    {
      g_autofree char *cell = vs_cell_address (row, (guint) cols->code);
      g_set_error (error, VS_BENCHMARKS_ERROR, VS_BENCHMARKS_ERROR_MODEL,
                   _("%s, row %u, cell %s: “%s” is not an old three-digit LA code such as 926"),
                   file, row + 1, cell, code);
      return FALSE;
    }
  entry = g_new0 (Entry, 1);
  entry->code = g_steal_pointer (&code);
  if (cols->name >= 0)
    entry->name = vs_layout_cell_text (vs_sheet_get_cell (sheet, row, (guint) cols->name));
  if (cols->region >= 0)
    entry->region = vs_layout_cell_text (vs_sheet_get_cell (sheet, row, (guint) cols->region));
  for (guint k = 0; k < VS_SN_NEIGHBOURS; k++)
    {
      g_autofree char *n = vs_layout_cell_as_text (vs_sheet_get_cell (sheet, row, (guint) cols->sn[k]));
      if (n != NULL)
        g_strstrip (n);
      if (!is_la_code (n))
        {
          g_autofree char *cell = vs_cell_address (row, (guint) cols->sn[k]);
          if (n == NULL || *n == '\0')
            g_set_error (error, VS_BENCHMARKS_ERROR, VS_BENCHMARKS_ERROR_MODEL,
                         _("%s, row %u, cell %s: %s (%s) lists only %u neighbours; a statistical "
                           "neighbour model lists %d"), file, row + 1, cell,
                         entry->name ? entry->name : entry->code, entry->code, k, VS_SN_NEIGHBOURS);
          else
            g_set_error (error, VS_BENCHMARKS_ERROR, VS_BENCHMARKS_ERROR_MODEL,
                         _("%s, row %u, cell %s: neighbour %u, “%s”, is not an old three-digit LA "
                           "code such as 926"), file, row + 1, cell, k + 1, n);
          entry_free (entry);
          return FALSE;
        }
      entry->neighbours[k] = g_steal_pointer (&n);
    }
  *out = entry;
  return TRUE;
}

VsSnModel *
vs_sn_model_load_file (const char  *path,
                       const char  *label,
                       GError     **error)
{
  g_autoptr(VsWorkbook) book = NULL;
  g_autoptr(VsSnModel) model = NULL;
  g_autofree char *file = NULL;
  const VsSheet *sheet;
  Columns cols;

  g_return_val_if_fail (path != NULL, NULL);

  file = g_path_get_basename (path);
  book = vs_reader_read_file (path, error);
  if (book == NULL)
    return NULL;
  if (book->sheets->len == 0 || vs_sheet_get_n_rows (g_ptr_array_index (book->sheets, 0)) < 2)
    {
      g_set_error (error, VS_BENCHMARKS_ERROR, VS_BENCHMARKS_ERROR_MODEL,
                   _("%s: no rows; a statistical neighbour model has a row per authority"), file);
      return NULL;
    }
  sheet = g_ptr_array_index (book->sheets, 0);
  if (!find_columns (sheet, file, &cols, error))
    return NULL;

  model = g_new0 (VsSnModel, 1);
  model->label = g_strdup (label ? label : file);
  model->file = g_strdup (file);
  model->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  model->by_code = g_hash_table_new (g_str_hash, g_str_equal);
  model->codes = g_ptr_array_new ();
  for (guint r = 1; r < vs_sheet_get_n_rows (sheet); r++)
    {
      Entry *entry;

      if (!read_entry (sheet, file, r, &cols, &entry, error))
        return NULL;
      if (entry == NULL)
        continue;
      if (g_hash_table_contains (model->by_code, entry->code))
        {
          g_set_error (error, VS_BENCHMARKS_ERROR, VS_BENCHMARKS_ERROR_MODEL,
                       _("%s, row %u: %s is listed twice"), file, r + 1, entry->code);
          entry_free (entry);
          return NULL;
        }
      g_ptr_array_add (model->entries, entry);
      g_hash_table_insert (model->by_code, entry->code, entry);
      g_ptr_array_add (model->codes, entry->code);
    }
  g_ptr_array_add (model->codes, NULL);
  return g_steal_pointer (&model);
}

VsSnModel *
vs_sn_model_load (VsSnModelId   id,
                  GError      **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (shipped); i++)
    if (shipped[i].id == id)
      {
        g_autofree char *path = vs_published_data_file (shipped[i].file);
        return vs_sn_model_load_file (path, _(shipped[i].label), error);
      }
  g_return_val_if_reached (NULL);
}

const char *
vs_sn_model_get_label (const VsSnModel *model)
{
  return model->label;
}

const char *
vs_sn_model_get_file (const VsSnModel *model)
{
  return model->file;
}

const char * const *
vs_sn_model_get_codes (const VsSnModel *model,
                       guint           *n)
{
  if (n)
    *n = model->codes->len - 1;
  return (const char * const *) model->codes->pdata;
}

const char * const *
vs_sn_model_get_neighbours (const VsSnModel *model,
                            const char      *code)
{
  Entry *entry = code ? g_hash_table_lookup (model->by_code, code) : NULL;
  return entry ? (const char * const *) entry->neighbours : NULL;
}

const char *
vs_sn_model_get_name (const VsSnModel *model,
                      const char      *code)
{
  Entry *entry = code ? g_hash_table_lookup (model->by_code, code) : NULL;
  return entry ? entry->name : NULL;
}

const char *
vs_sn_model_get_region (const VsSnModel *model,
                        const char      *code)
{
  Entry *entry = code ? g_hash_table_lookup (model->by_code, code) : NULL;
  return entry ? entry->region : NULL;
}

/* ---- authorities that changed (data/benchmarks/authority-changes.csv) ---- */

typedef struct {
  char *old_code, *old_name, *new_code, *new_name;
  int   first_year;
} Change;

static void
change_free (Change *c)
{
  g_free (c->old_code);
  g_free (c->old_name);
  g_free (c->new_code);
  g_free (c->new_name);
  g_free (c);
}

static GPtrArray *
read_changes (void)
{
  g_autofree char *path = vs_published_data_file ("authority-changes.csv");
  g_autoptr(VsWorkbook) book = vs_reader_read_file (path, NULL);
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
  const VsSheet *sheet;

  if (book == NULL || book->sheets->len == 0)
    return changes;
  sheet = g_ptr_array_index (book->sheets, 0);
  for (guint r = 1; r < vs_sheet_get_n_rows (sheet); r++)
    {
      Change *c = g_new0 (Change, 1);
      g_autofree char *year = vs_layout_cell_as_text (vs_sheet_get_cell (sheet, r, 4));

      c->old_code = vs_layout_cell_as_text (vs_sheet_get_cell (sheet, r, 0));
      c->old_name = vs_layout_cell_text (vs_sheet_get_cell (sheet, r, 1));
      c->new_code = vs_layout_cell_as_text (vs_sheet_get_cell (sheet, r, 2));
      c->new_name = vs_layout_cell_text (vs_sheet_get_cell (sheet, r, 3));
      c->first_year = year ? atoi (year) : 0;
      if (c->old_code == NULL || c->new_code == NULL || c->first_year == 0)
        {
          change_free (c);
          continue;
        }
      g_ptr_array_add (changes, c);
    }
  return changes;
}

char *
vs_authority_change_note (const char *code,
                          int         year)
{
  static GPtrArray *changes;
  g_autoptr(GString) successors = g_string_new (NULL);
  const Change *ended = NULL;

  g_return_val_if_fail (code != NULL, NULL);
  if (g_once_init_enter (&changes))
    g_once_init_leave (&changes, read_changes ());

  for (guint i = 0; i < changes->len; i++)
    {
      const Change *c = g_ptr_array_index (changes, i);

      /* A successor asked about a year before it existed. */
      if (g_str_equal (c->new_code, code) && year < c->first_year)
        return g_strdup_printf (_("formed in April %d from %s (%s)"), c->first_year - 1,
                                c->old_name, c->old_code);
      if (g_str_equal (c->old_code, code) && year >= c->first_year)
        {
          ended = c;
          g_string_append_printf (successors, "%s%s (%s)", successors->len ? _(" and ") : "",
                                  c->new_name, c->new_code);
        }
    }
  if (ended == NULL)
    return NULL;
  return g_strdup_printf (_("ended in March %d: replaced by %s"), ended->first_year - 1,
                          successors->str);
}
