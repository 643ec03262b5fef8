/* test-pack-pptx.c: the pack as a PowerPoint file, read back part by part with libgsf and
 * libxml2: one slide per slide of the model on a 16:9 page, every exception's figures,
 * its commentary in the speaker notes, the chart with its alternative text, literal
 * hostile text, no text under 12 pt, and LibreOffice Impress opening it when installed
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <gsf/gsf.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "pack-test-util.h"
#include "vs-pack-render.h"

static VsStore *demo;
static char *demo_dir;
static VsPlotter *plotter;

static VsPackDocument *
write_pack (VsStore             *store,
            const VsPackOptions *options,
            const char          *path)
{
  return pack_test_write (store, options, VS_PACK_FORMAT_PPTX, plotter, path);
}

/* A part of the package, or NULL when it has none of that name. */
static xmlDocPtr
read_part (GsfInfile  *zip,
           const char *dir,
           const char *name)
{
  GsfInput *part = gsf_infile_child_by_vname (zip, "ppt", dir, name, NULL);
  const guint8 *data;
  xmlDocPtr doc;
  gsf_off_t size;

  if (part == NULL)
    return NULL;
  size = gsf_input_size (part);
  data = gsf_input_read (part, (size_t) size, NULL);
  g_assert_nonnull (data);
  /* Parsed strictly: text that escaped its escaping would make the part unreadable. */
  doc = xmlReadMemory ((const char *) data, (int) size, name, "UTF-8", XML_PARSE_NONET);
  g_assert_nonnull (doc);
  g_object_unref (part);
  return doc;
}

static GsfInfile *
open_package (const char *path)
{
  g_autoptr(GError) error = NULL;
  GsfInput *input = gsf_input_stdio_new (path, &error);
  GsfInfile *zip;

  g_assert_no_error (error);
  zip = gsf_infile_zip_new (input, &error);
  g_assert_no_error (error);
  g_object_unref (input);
  return zip;
}

static gboolean
is (xmlNodePtr  node,
    const char *name)
{
  return node->type == XML_ELEMENT_NODE && xmlStrcmp (node->name, BAD_CAST name) == 0;
}

/* The text of every paragraph (a:p), one per line; and the smallest size (a:rPr sz) and
 * every picture's alternative text on the way. */
typedef struct {
  GString *text;
  int      min_size;
  GString *descr;
} Walk;

static void
walk (xmlNodePtr  node,
      Walk       *w)
{
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      if (is (child, "t"))
        {
          xmlChar *content = xmlNodeGetContent (child);

          g_string_append (w->text, (const char *) content);
          xmlFree (content);
          continue;
        }
      if (is (child, "rPr") || is (child, "endParaRPr"))
        {
          xmlChar *size = xmlGetProp (child, BAD_CAST "sz");

          if (size != NULL)
            w->min_size = MIN (w->min_size, atoi ((const char *) size));
          xmlFree (size);
        }
      if (is (child, "cNvPr"))
        {
          xmlChar *descr = xmlGetProp (child, BAD_CAST "descr");

          if (descr != NULL)
            g_string_append_printf (w->descr, "%s\n", (const char *) descr);
          xmlFree (descr);
        }
      walk (child, w);
      if (is (child, "p"))
        g_string_append_c (w->text, '\n');
    }
}

typedef struct {
  char *text;      /* every slide's paragraphs */
  char *notes;     /* every notes slide's */
  char *descr;     /* the pictures' alternative text */
  int   min_size;  /* hundredths of a point */
  guint n_slides;
  guint n_notes;
} Package;

static void
package_clear (Package *p)
{
  g_free (p->text);
  g_free (p->notes);
  g_free (p->descr);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Package, package_clear)

static void
read_package (const char *path,
              Package    *p)
{
  GsfInfile *zip = open_package (path);
  Walk slides = { g_string_new (NULL), G_MAXINT, g_string_new (NULL) };
  Walk notes = { g_string_new (NULL), G_MAXINT, g_string_new (NULL) };

  for (guint i = 1;; i++)
    {
      g_autofree char *name = g_strdup_printf ("slide%u.xml", i);
      g_autofree char *notes_name = g_strdup_printf ("notesSlide%u.xml", i);
      xmlDocPtr slide = read_part (zip, "slides", name);
      xmlDocPtr note;

      if (slide == NULL)
        break;
      p->n_slides = i;
      walk (xmlDocGetRootElement (slide)->parent, &slides);
      xmlFreeDoc (slide);
      if ((note = read_part (zip, "notesSlides", notes_name)) != NULL)
        {
          p->n_notes++;
          walk (xmlDocGetRootElement (note)->parent, &notes);
          xmlFreeDoc (note);
        }
    }
  g_object_unref (zip);
  p->min_size = slides.min_size;
  p->text = g_string_free (slides.text, FALSE);
  p->notes = g_string_free (notes.text, FALSE);
  p->descr = g_string_free (slides.descr, FALSE);
  g_string_free (notes.descr, TRUE);
}

static guint
count_slides_in_presentation (const char *path,
                              gint64     *cx,
                              gint64     *cy)
{
  GsfInfile *zip = open_package (path);
  GsfInput *part = gsf_infile_child_by_vname (zip, "ppt", "presentation.xml", NULL);
  xmlDocPtr doc;
  guint n = 0;

  g_assert_nonnull (part);
  doc = xmlReadMemory ((const char *) gsf_input_read (part, (size_t) gsf_input_size (part), NULL),
                       (int) gsf_input_size (part), "presentation.xml", "UTF-8", 0);
  g_assert_nonnull (doc);
  for (xmlNodePtr node = xmlDocGetRootElement (doc)->children; node != NULL; node = node->next)
    {
      if (is (node, "sldIdLst"))
        for (xmlNodePtr id = node->children; id != NULL; id = id->next)
          n += is (id, "sldId");
      if (is (node, "sldSz"))
        {
          xmlChar *x = xmlGetProp (node, BAD_CAST "cx"), *y = xmlGetProp (node, BAD_CAST "cy");

          *cx = g_ascii_strtoll ((const char *) x, NULL, 10);
          *cy = g_ascii_strtoll ((const char *) y, NULL, 10);
          xmlFree (x);
          xmlFree (y);
        }
    }
  xmlFreeDoc (doc);
  g_object_unref (part);
  g_object_unref (zip);
  return n;
}

/* LibreOffice Impress converts it to a PDF of as many pages as there are slides. One
 * conversion, in a profile of its own, bounded by a timeout. */
static void
assert_impress_opens (const char *path,
                      guint       n_slides)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *out_dir = g_build_filename (demo_dir, "impress", NULL);
  g_autofree char *pdf = pdfinfo != NULL ? pack_test_soffice (path, "pdf", out_dir) : NULL;
  g_autofree char *info = NULL, *want = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (pdf == NULL)
    {
      g_test_message ("LibreOffice (soffice) or pdfinfo is not installed: not opened in Impress");
      return;
    }
  {
    const char *argv[] = { pdfinfo, pdf, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &info, NULL,
                  &status, &error);
  }
  g_assert_no_error (error);
  want = g_strdup_printf ("Pages:           %u\n", n_slides);
  g_assert_nonnull (strstr (info, want));
  g_assert_nonnull (strstr (info, "Page size:       960"));
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” is not in the presentation", needle);
}

static void
test_demo_pptx (void)
{
  g_autofree char *path = g_build_filename (demo_dir, "pack.pptx", NULL);
  g_autoptr(VsPackDocument) doc = NULL;
  g_auto(Package) p = { NULL };
  VsPackOptions options;
  gint64 cx = 0, cy = 0;
  guint n_cards = 0;

  vs_pack_options_init (&options);
  options.period = vs_period_new (2017, 11);
  options.marking = "OFFICIAL-SENSITIVE";
  doc = write_pack (demo, &options, path);

  g_assert_cmpuint (count_slides_in_presentation (path, &cx, &cy), ==, doc->slides->len);
  g_assert_cmpint (cx, ==, 12192000);
  g_assert_cmpint (cy, ==, 6858000);
  read_package (path, &p);
  g_assert_cmpuint (p.n_slides, ==, doc->slides->len);
  g_assert_cmpint (p.min_size, >=, 1200);

  /* The demo's five exceptions at November 2017, each with its figure. */
  g_assert_cmpuint (doc->n_exceptions, ==, 5);
  assert_contains (p.text, "Child in Need (CIN) with up to date CIN Plan");
  assert_contains (p.text, "64.7%");
  assert_contains (p.text, "LAC with up to date Health Assessment (HA)");
  assert_contains (p.text, "78.0%");
  assert_contains (p.text, "◆ 58.1% is below the red threshold of 80%");
  assert_contains (p.text, "↓ Worse, from 67.5% in Oct 17");
  assert_contains (p.text, "23.5%");
  assert_contains (p.text, "89.6%");
  assert_contains (p.text, "Ensure the change in requirement is embedded");
  assert_contains (p.text, "OFFICIAL-SENSITIVE");

  /* Each card's commentary in its speaker notes, whole; and its chart described. */
  for (guint i = 0; i < doc->slides->len; i++)
    {
      const VsPackSlide *slide = g_ptr_array_index (doc->slides, i);
      const VsPackBlock *chart = vs_pack_slide_find_block (slide, VS_PACK_BLOCK_CHART);

      if (slide->kind == VS_PACK_SLIDE_CARD && !slide->continued)
        n_cards++;
      if (slide->notes != NULL)
        assert_contains (p.notes, slide->notes);
      if (chart != NULL)
        assert_contains (p.descr, chart->aside);
    }
  g_assert_cmpuint (n_cards, ==, 5);
  g_assert_cmpuint (p.n_notes, >=, 1);
  assert_contains (p.notes, "It is concerning that the percentage of children on CP plans seen "
                            "within the 10 day timescales has fallen to 58%.");
  assert_contains (p.descr, "Trend of Child Protection (CP) - % children seen over the 13 months "
                            "to Nov 17");

  assert_impress_opens (path, doc->slides->len);
}

static void
test_hostile_pptx (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *title = NULL;
  g_autofree char *commentary = NULL;
  g_autofree char *path = NULL;
  g_autofree char *want_notes = NULL;
  g_autoptr(VsStore) store = NULL;
  g_autoptr(VsPackDocument) doc = NULL;
  g_auto(Package) p = { NULL };
  VsPackOptions options;

  store = pack_test_hostile_store (&dir, &title, &commentary);
  path = g_build_filename (dir, "hostile.pptx", NULL);
  vs_pack_options_init (&options);
  options.period = vs_period_new (2017, 11);
  doc = write_pack (store, &options, path);
  pack_test_assert_fits (doc);

  read_package (path, &p);
  g_assert_cmpuint (p.n_slides, ==, doc->slides->len);
  g_assert_cmpint (p.min_size, >=, 1200);
  /* Markup, quotes and ampersands as typed; each line of the title a paragraph. */
  assert_contains (p.text, PACK_TEST_HOSTILE_TITLE_START "\n");
  assert_contains (p.text, "line two with </span> and <i>italic</i> and &amp; and %s %n");
  assert_contains (p.text, PACK_TEST_RTL);
  assert_contains (p.text, "<i>Hostile</i> area");
  /* The notes hold the commentary whole, one paragraph per line. */
  want_notes = g_strconcat (commentary, "\n", NULL);
  assert_contains (p.notes, want_notes);
  cli_test_remove_dir (dir);
}

/* A failure half-way (no gnuplot for the charts) leaves the file that was there; a
 * folder that is not there gets a message naming the file. */
static void
test_no_partial_pptx (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsPlotter) broken = vs_plotter_new ("/nonexistent/gnuplot");
  g_autoptr(VsPackDocument) doc = NULL;
  g_autofree char *path = g_build_filename (demo_dir, "kept.pptx", NULL);
  g_autofree char *missing = g_build_filename (demo_dir, "no-such-folder", "pack.pptx", NULL);
  g_autofree char *contents = NULL;
  VsPackOptions options;

  vs_pack_options_init (&options);
  options.period = vs_period_new (2017, 11);
  doc = vs_pack_build (demo, &options, NULL, NULL, &error);
  g_assert_no_error (error);

  g_assert_true (g_file_set_contents (path, "the pack of last month", -1, NULL));
  g_assert_false (vs_pack_write (doc, VS_PACK_FORMAT_PPTX, broken, path, NULL, NULL, NULL, &error));
  g_assert_error (error, VS_PLOT_ERROR, VS_PLOT_ERROR_NO_GNUPLOT);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "the pack of last month");

  g_assert_false (vs_pack_write (doc, VS_PACK_FORMAT_PPTX, plotter, missing, NULL, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, missing));
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  demo = pack_test_demo_store (&demo_dir);
  plotter = vs_plotter_new (NULL);

  g_test_add_func ("/pack/pptx/demo", test_demo_pptx);
  g_test_add_func ("/pack/pptx/hostile", test_hostile_pptx);
  g_test_add_func ("/pack/pptx/no-partial-file", test_no_partial_pptx);
  status = g_test_run ();

  g_object_unref (plotter);
  g_object_unref (demo);
  cli_test_remove_dir (demo_dir);
  g_free (demo_dir);
  return status;
}
