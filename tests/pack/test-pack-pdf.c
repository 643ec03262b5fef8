/* test-pack-pdf.c: the pack as a PDF, read back with poppler's tools: 16:9 pages, one per
 * slide, every exception's figures and commentary, an outline, links, literal hostile text,
 * and never a partial file
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "pack-test-util.h"
#include "vs-pack-render.h"

static VsStore *demo;
static char *demo_dir;
static VsPlotter *plotter;

static char *
run_tool (const char *tool,
          const char *option,
          const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  const char *argv[] = { tool, option, path, "-", NULL };
  char *out = NULL;
  int status = 0;

  if (option == NULL)
    {
      argv[1] = path;
      argv[2] = g_str_equal (tool, "pdftotext") ? "-" : NULL;
      argv[3] = NULL;
    }
  else if (!g_str_equal (tool, "pdftotext"))
    argv[3] = NULL;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* The value of a pdfinfo line, "Pages:           61" -> "61". */
static char *
info_field (const char *info,
            const char *name)
{
  const char *line = strstr (info, name);
  const char *end;

  g_assert_nonnull (line);
  line += strlen (name);
  end = strchr (line, '\n');
  return g_strstrip (g_strndup (line, end != NULL ? (gsize) (end - line) : strlen (line)));
}

#define assert_info(info, name, want) \
  G_STMT_START { \
    g_autofree char *got_ = info_field ((info), (name)); \
    g_assert_cmpstr (got_, ==, (want)); \
  } G_STMT_END

static gboolean
have_tools (void)
{
  g_autofree char *info = g_find_program_in_path ("pdfinfo");
  g_autofree char *text = g_find_program_in_path ("pdftotext");

  if (info == NULL || text == NULL)
    {
      g_test_skip ("poppler-utils (pdfinfo, pdftotext) is not installed");
      return FALSE;
    }
  return TRUE;
}

static VsPackDocument *
write_pack (VsStore             *store,
            const VsPackOptions *options,
            const char          *path)
{
  return pack_test_write (store, options, VS_PACK_FORMAT_PDF, plotter, path);
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

static void
test_demo_pdf (void)
{
  g_autofree char *path = g_build_filename (demo_dir, "pack.pdf", NULL);
  g_autoptr(VsPackDocument) doc = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *pages = NULL;
  g_autofree char *raw = NULL;
  gsize raw_len;
  VsPackOptions options;
  double width = 0, height = 0;
  g_autofree char *size = NULL;

  if (!have_tools ())
    return;
  vs_pack_options_init (&options);
  options.period = vs_period_new (2017, 11);
  options.marking = "OFFICIAL-SENSITIVE";
  options.author = "Performance & Intelligence";
  doc = write_pack (demo, &options, path);

  info = run_tool ("pdfinfo", NULL, path);
  pages = g_strdup_printf ("%u", doc->slides->len);
  assert_info (info, "Pages:", pages);
  assert_info (info, "Title:", "Performance to November 2017");
  assert_info (info, "Author:", "Performance & Intelligence");
  assert_info (info, "Subject:", "Children's Services Committee");
  size = info_field (info, "Page size:");
  g_assert_cmpint (sscanf (size, "%lf x %lf pts", &width, &height), ==, 2);
  g_assert_cmpfloat_with_epsilon (width / height, 16.0 / 9.0, 1e-6);

  /* Every exception with its figure, and 6.14's commentary of November 2017. */
  text = run_tool ("pdftotext", NULL, path);
  folded = pack_test_fold_space (text);
  g_assert_nonnull (strstr (folded, "Performance to November 2017"));
  g_assert_nonnull (strstr (folded, "Figures held to November 2017"));
  g_assert_cmpuint (count (folded, "OFFICIAL-SENSITIVE"), >=, doc->slides->len);
  g_assert_nonnull (strstr (folded, "Child in Need (CIN) with up to date CIN Plan"));
  g_assert_nonnull (strstr (folded, "64.7%"));
  g_assert_nonnull (strstr (folded, "LAC with up to date Health Assessment (HA)"));
  g_assert_nonnull (strstr (folded, "78.0%"));
  g_assert_nonnull (strstr (folded, "58.1% is below the red threshold of 80%"));
  g_assert_nonnull (strstr (folded, "23.5%"));
  g_assert_nonnull (strstr (folded, "89.6%"));
  g_assert_nonnull (strstr (folded, "It is concerning that the percentage of children on CP "
                                    "plans seen within the 10 day timescales has fallen to 58%."));
  g_assert_nonnull (strstr (folded, "Ensure the change in requirement is embedded"));

  /* The outline and the links, in the file itself. */
  g_assert_true (g_file_get_contents (path, &raw, &raw_len, NULL));
  g_assert_nonnull (memmem (raw, raw_len, "/Outlines", strlen ("/Outlines")));
  g_assert_nonnull (memmem (raw, raw_len, "(Report cards)", strlen ("(Report cards)")));
  g_assert_nonnull (memmem (raw, raw_len, "(Child Protection)", strlen ("(Child Protection)")));
  g_assert_nonnull (memmem (raw, raw_len, "/Subtype /Link", strlen ("/Subtype /Link")));
}

static void
test_hostile_pdf (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *title = NULL;
  g_autofree char *commentary = NULL;
  g_autoptr(VsStore) store = NULL;
  g_autoptr(VsPackDocument) doc = NULL;
  g_autofree char *path = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *pages = NULL;
  VsPackOptions options;

  if (!have_tools ())
    return;
  store = pack_test_hostile_store (&dir, &title, &commentary);
  path = g_build_filename (dir, "hostile.pdf", NULL);
  vs_pack_options_init (&options);
  options.period = vs_period_new (2017, 11);
  doc = write_pack (store, &options, path);
  pack_test_assert_fits (doc);

  info = run_tool ("pdfinfo", NULL, path);
  pages = g_strdup_printf ("%u", doc->slides->len);
  assert_info (info, "Pages:", pages);
  /* Markup shown as typed, never interpreted. */
  text = run_tool ("pdftotext", NULL, path);
  g_assert_nonnull (strstr (text, PACK_TEST_HOSTILE_TITLE_START));
  g_assert_nonnull (strstr (text, "<big>Commentary</big> \"with quotes\""));
  g_assert_nonnull (strstr (text, "</span>"));
  g_assert_nonnull (strstr (text, "<i>Hostile</i> area"));
  cli_test_remove_dir (dir);
}

static void
test_no_partial_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsPlotter) broken = vs_plotter_new ("/nonexistent/gnuplot");
  g_autoptr(VsPackDocument) doc = NULL;
  g_autofree char *path = g_build_filename (demo_dir, "kept.pdf", NULL);
  g_autofree char *missing = g_build_filename (demo_dir, "no-such-folder", "pack.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GDir) dir = NULL;
  VsPackOptions options;
  guint n_files = 0;

  vs_pack_options_init (&options);
  options.period = vs_period_new (2017, 11);
  doc = vs_pack_build (demo, &options, NULL, NULL, &error);
  g_assert_no_error (error);

  /* A failure half-way (no gnuplot) leaves the file that was there. */
  g_assert_true (g_file_set_contents (path, "the pack of last month", -1, NULL));
  g_assert_false (vs_pack_write (doc, VS_PACK_FORMAT_PDF, broken, path, NULL, NULL, NULL, &error));
  g_assert_error (error, VS_PLOT_ERROR, VS_PLOT_ERROR_NO_GNUPLOT);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "the pack of last month");

  /* A folder that is not there: a message naming the file. */
  g_assert_false (vs_pack_write (doc, VS_PACK_FORMAT_PDF, plotter, missing, NULL, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);

  /* No temporary file left behind. */
  dir = g_dir_open (demo_dir, 0, NULL);
  for (const char *name; (name = g_dir_read_name (dir)) != NULL;)
    if (!g_str_has_prefix (name, "demo.db") && !g_str_has_suffix (name, ".pdf"))
      g_error ("left behind: %s", name);
    else
      n_files++;
  g_assert_cmpuint (n_files, >=, 2);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  demo = pack_test_demo_store (&demo_dir);
  plotter = vs_plotter_new (NULL);

  g_test_add_func ("/pack/pdf/demo", test_demo_pdf);
  g_test_add_func ("/pack/pdf/hostile", test_hostile_pdf);
  g_test_add_func ("/pack/pdf/no-partial-file", test_no_partial_file);
  status = g_test_run ();

  g_object_unref (plotter);
  g_object_unref (demo);
  cli_test_remove_dir (demo_dir);
  g_free (demo_dir);
  return status;
}
