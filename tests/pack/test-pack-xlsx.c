/* test-pack-xlsx.c: the pack as a workbook: its data sheet imported by Vital Signs' own
 * importer into an empty database gives every figure back, for every indicator, locality
 * and month; safe sheet names; the sheets, fills, shapes and frozen headers; hostile text
 * literal; LibreOffice Calc opening it when installed
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <gsf/gsf.h>
#include <glib/gstdio.h>

#include "pack-test-util.h"
#include "vs-importer.h"
#include "vs-pack-xlsx-private.h"

static VsStore *demo;
static char *demo_dir;

static VsPackDocument *
write_pack (VsStore             *store,
            const VsPackOptions *options,
            const char          *path)
{
  return pack_test_write (store, options, VS_PACK_FORMAT_XLSX, NULL, path);
}

/* The text of a part of the workbook, "xl/workbook.xml". */
static char *
read_part (const char *path,
           const char *dir,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  GsfInput *input = gsf_input_stdio_new (path, &error);
  GsfInfile *zip;
  GsfInput *part;
  char *text;

  g_assert_no_error (error);
  zip = gsf_infile_zip_new (input, &error);
  g_assert_no_error (error);
  part = dir != NULL ? gsf_infile_child_by_vname (zip, "xl", dir, name, NULL)
                     : gsf_infile_child_by_vname (zip, "xl", name, NULL);
  g_assert_nonnull (part);
  text = g_strndup ((const char *) gsf_input_read (part, (size_t) gsf_input_size (part), NULL),
                    (gsize) gsf_input_size (part));
  g_object_unref (part);
  g_object_unref (zip);
  g_object_unref (input);
  return text;
}

static gboolean
same (double a,
      double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

/* Every figure of every indicator at every locality over the pack's thirteen months: in
 * the copy exactly when in the original, with the same value, numerator and denominator. */
static guint
assert_same_figures (VsStore *original,
                     VsStore *copy)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) indicators = vs_store_list_indicators (original, 0, &error);
  g_autoptr(GPtrArray) localities = vs_store_list_localities (original, &error);
  VsPeriod first = vs_period_new (2016, 11);
  guint compared = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < indicators->len; i++)
    {
      const VsIndicator *want = g_ptr_array_index (indicators, i);
      g_autoptr(VsIndicator) got = vs_store_get_indicator_by_ref (copy, want->ref, NULL);

      for (guint l = 0; l < localities->len; l++)
        {
          const VsLocality *locality = g_ptr_array_index (localities, l);
          g_autoptr(VsLocality) copy_locality = vs_store_find_locality (copy, locality->name, NULL);
          g_autoptr(VsSeries) a = vs_store_get_series (original, want, locality->id, first, 13, &error);
          g_autoptr(VsSeries) b = NULL;

          g_assert_no_error (error);
          if (got != NULL && copy_locality != NULL)
            {
              b = vs_store_get_series (copy, got, copy_locality->id, first, 13, &error);
              g_assert_no_error (error);
            }
          for (guint k = 0; k < 13; k++)
            {
              gboolean held = a->states[k] == VS_OBS_ACTUAL || a->states[k] == VS_OBS_SUPPRESSED;

              if (!held)
                {
                  g_assert_true (b == NULL || (b->states[k] != VS_OBS_ACTUAL &&
                                               b->states[k] != VS_OBS_SUPPRESSED));
                  continue;
                }
              if (b == NULL)
                g_error ("%s at %s: not imported", want->ref, locality->name);
              if (b->states[k] != a->states[k] || !same (a->values[k], b->values[k]) ||
                  !same (a->numerators[k], b->numerators[k]) ||
                  !same (a->denominators[k], b->denominators[k]))
                g_error ("%s at %s, month %u: %g (%g / %g) became %g (%g / %g)", want->ref,
                         locality->name, k, a->values[k], a->numerators[k], a->denominators[k],
                         b->values[k], b->numerators[k], b->denominators[k]);
              compared++;
            }
          if (got != NULL && b != NULL)
            {
              g_assert_cmpint (got->unit, ==, want->unit);
              g_assert_cmpint (got->polarity, ==, want->polarity);
              g_assert_cmpint (got->periodicity, ==, want->periodicity);
              g_assert_cmpstr (got->title, ==, want->title);
            }
        }
    }
  return compared;
}

static void
test_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) localities = vs_store_list_localities (demo, &error);
  g_autofree char *copy_path = g_build_filename (demo_dir, "copy.db", NULL);
  g_autoptr(VsStore) copy = vs_store_open (copy_path, &error);
  guint workbooks = 0, compared;

  g_assert_no_error (error);
  g_assert_cmpuint (localities->len, >=, 2);
  /* A pack per locality, each workbook's data sheet imported into the one empty database. */
  for (guint l = 0; l < localities->len; l++)
    {
      const VsLocality *locality = g_ptr_array_index (localities, l);
      g_autofree char *name = g_strdup_printf ("pack-%u.xlsx", l);
      g_autofree char *path = g_build_filename (demo_dir, name, NULL);
      g_autoptr(VsPackDocument) doc = NULL;
      g_autoptr(VsImportSummary) summary = NULL;
      VsImportOptions import = { .sheet = "Data", .layout = VS_LAYOUT_AUTO };
      VsPackOptions options;

      vs_pack_options_init (&options);
      options.period = vs_period_new (2017, 11);
      options.locality = locality->name;
      doc = vs_pack_build (demo, &options, NULL, NULL, &error);
      if (g_error_matches (error, VS_PACK_ERROR, VS_PACK_ERROR_NO_DATA))
        {
          g_clear_error (&error);
          continue;
        }
      g_assert_no_error (error);
      g_assert_true (vs_pack_write (doc, VS_PACK_FORMAT_XLSX, NULL, path, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      if (!vs_import_file (copy, path, &import, &summary, &error))
        g_error ("%s: %s (%s)", locality->name, error->message,
                 summary != NULL && summary->errors->len > 0
                 ? ((VsImportMessage *) g_ptr_array_index (summary->errors, 0))->text : "");
      g_assert_cmpstr (summary->layout, ==, "long");
      g_assert_cmpuint (summary->values_added, >, 0);
      workbooks++;
    }
  g_assert_cmpuint (workbooks, >=, 2);
  compared = assert_same_figures (demo, copy);
  /* The demo's County figures alone are over a thousand rows, 13 of its months here. */
  g_assert_cmpuint (compared, >, 500);
  g_test_message ("%u figures compared from %u workbooks", compared, workbooks);
}

static void
test_sheet_names (void)
{
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *a = vs_xlsx_sheet_name ("<i>Hostile</i> area", taken);
  g_autofree char *b = vs_xlsx_sheet_name ("Contacts: MASH [new]? *all*", taken);
  g_autofree char *c = vs_xlsx_sheet_name ("Children in Need and Child Protection Services", taken);
  g_autofree char *d = vs_xlsx_sheet_name ("Children in Need and Child Protection Services", taken);
  g_autofree char *e = vs_xlsx_sheet_name ("Early Help", taken);
  g_autofree char *f = vs_xlsx_sheet_name ("EARLY HELP", taken);
  g_autofree char *g = vs_xlsx_sheet_name ("'Quoted'", taken);
  g_autofree char *h = vs_xlsx_sheet_name ("History", taken);
  g_autofree char *i = vs_xlsx_sheet_name ("///", taken);
  g_autofree char *j = vs_xlsx_sheet_name ("مؤشر الأداء للأطفال والخدمات الاجتماعية للأسر", taken);

  g_assert_cmpstr (a, ==, "<i>Hostile<i> area");
  g_assert_cmpstr (b, ==, "Contacts MASH new all");
  g_assert_cmpstr (c, ==, "Children in Need and Child Prot");
  g_assert_cmpint (g_utf8_strlen (c, -1), ==, 31);
  g_assert_cmpstr (d, ==, "Children in Need and Child (2)");
  g_assert_cmpstr (e, ==, "Early Help");
  g_assert_cmpstr (f, ==, "EARLY HELP (2)");
  g_assert_cmpstr (g, ==, "Quoted");
  g_assert_cmpstr (h, ==, "History (2)");
  g_assert_cmpstr (i, ==, "Area");
  g_assert_cmpint (g_utf8_strlen (j, -1), ==, 31);
}

/* LibreOffice Calc opens it: its first sheet as CSV. */
static void
assert_calc_opens (const char *path)
{
  g_autofree char *out_dir = g_build_filename (demo_dir, "calc", NULL);
  g_autofree char *csv = pack_test_soffice (path, "csv", out_dir);
  g_autofree char *text = NULL;

  if (csv == NULL)
    {
      g_test_message ("LibreOffice (soffice) is not installed: not opened in Calc");
      return;
    }
  g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "Performance to November 2017"));
  g_assert_nonnull (strstr (text, "Child Protection"));
}

static void
test_sheets (void)
{
  g_autofree char *path = g_build_filename (demo_dir, "sheets.xlsx", NULL);
  g_autoptr(VsPackDocument) doc = NULL;
  g_autofree char *book = NULL, *styles = NULL, *strings = NULL, *first_area = NULL;
  VsPackOptions options;

  vs_pack_options_init (&options);
  options.period = vs_period_new (2017, 11);
  doc = write_pack (demo, &options, path);

  book = read_part (path, NULL, "workbook.xml");
  g_assert_nonnull (strstr (book, "name=\"Summary\""));
  g_assert_nonnull (strstr (book, "name=\"Early Help\""));
  g_assert_nonnull (strstr (book, "name=\"Child Protection\""));
  g_assert_nonnull (strstr (book, "name=\"Exceptions\""));
  g_assert_nonnull (strstr (book, "name=\"Commentary and actions\""));
  g_assert_nonnull (strstr (book, "name=\"Data\""));
  /* The ratings' tints and shapes, and figures kept as numbers shown as on the slides. */
  styles = read_part (path, NULL, "styles.xml");
  g_assert_nonnull (strstr (styles, "FFFAD1D1"));
  g_assert_nonnull (strstr (styles, "FFD1EDD9"));
  g_assert_nonnull (strstr (styles, "formatCode=\"&quot;◆ &quot;#,##0.0&quot;%&quot;\""));
  /* The first area's sheet keeps its title and header in view. */
  first_area = read_part (path, "worksheets", "sheet2.xml");
  g_assert_nonnull (strstr (first_area, "<pane xSplit=\"2\" ySplit=\"3\""));
  strings = read_part (path, NULL, "sharedStrings.xml");
  g_assert_nonnull (strstr (strings, "It is concerning that the percentage of children on CP "
                                     "plans seen within the 10 day timescales has fallen to 58%."));
  g_assert_nonnull (strstr (strings, "Ensure the change in requirement is embedded"));
  g_assert_nonnull (strstr (strings, "◆ 58.1% is below the red threshold of 80%"));
  assert_calc_opens (path);
}

static void
test_hostile (void)
{
  g_autofree char *dir = NULL, *title = NULL, *commentary = NULL, *path = NULL;
  g_autofree char *book = NULL, *strings = NULL;
  g_autoptr(VsStore) store = pack_test_hostile_store (&dir, &title, &commentary);
  g_autoptr(VsPackDocument) doc = NULL;
  VsPackOptions options;

  path = g_build_filename (dir, "hostile.xlsx", NULL);
  vs_pack_options_init (&options);
  options.period = vs_period_new (2017, 11);
  doc = write_pack (store, &options, path);
  book = read_part (path, NULL, "workbook.xml");
  g_assert_nonnull (strstr (book, "name=\"&lt;i&gt;Hostile&lt;i&gt; area\""));
  strings = read_part (path, NULL, "sharedStrings.xml");
  g_assert_nonnull (strstr (strings, "&lt;b&gt;Bold&lt;/b&gt; &amp; \"quoted\" 'title'"));
  g_assert_nonnull (strstr (strings, PACK_TEST_RTL));
  g_assert_nonnull (strstr (strings, "&lt;big&gt;Commentary&lt;/big&gt;"));
  cli_test_remove_dir (dir);
}

/* A folder that is not there: a message naming the file, and no file. */
static void
test_no_partial_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsPackDocument) doc = NULL;
  g_autofree char *missing = g_build_filename (demo_dir, "no-such-folder", "pack.xlsx", NULL);
  VsPackOptions options;

  vs_pack_options_init (&options);
  options.period = vs_period_new (2017, 11);
  doc = vs_pack_build (demo, &options, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (vs_pack_write (doc, VS_PACK_FORMAT_XLSX, NULL, missing, NULL, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, missing));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  demo = pack_test_demo_store (&demo_dir);

  g_test_add_func ("/pack/xlsx/round-trip", test_round_trip);
  g_test_add_func ("/pack/xlsx/sheet-names", test_sheet_names);
  g_test_add_func ("/pack/xlsx/sheets", test_sheets);
  g_test_add_func ("/pack/xlsx/hostile", test_hostile);
  g_test_add_func ("/pack/xlsx/no-partial-file", test_no_partial_file);
  status = g_test_run ();

  g_object_unref (demo);
  cli_test_remove_dir (demo_dir);
  g_free (demo_dir);
  return status;
}
