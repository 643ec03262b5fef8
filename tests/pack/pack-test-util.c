/* pack-test-util.c: demo and hostile databases for the pack's tests, and the layout check
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gstdio.h>

#include "pack-test-util.h"
#include "vs-demo.h"
#include "vs-pack-private.h"

VsStore *
pack_test_demo_store (char **dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  VsStore *store;

  *dir = g_dir_make_tmp ("vs-pack-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (*dir, "demo.db", NULL);
  store = vs_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (vs_demo_load (store, vs_demo_find_dir (), &error));
  g_assert_no_error (error);
  return store;
}

static char *
hostile_text (const char *start,
              guint       words)
{
  GString *text = g_string_new (start);

  g_string_append (text, "\nline two with </span> and <i>italic</i> and &amp; and %s %n\n");
  for (guint i = 0; i < words; i++)
    g_string_append_printf (text, "%s%s", i % 40 == 39 ? "\n" : " ",
                            i % 7 == 0 ? PACK_TEST_RTL : "word");
  g_string_append (text, " ");
  /* One "word" far wider than any box. */
  for (guint i = 0; i < 300; i++)
    g_string_append_c (text, "unbroken"[i % 8]);
  g_string_append (text, " end.");
  return g_string_free (text, FALSE);
}

VsStore *
pack_test_hostile_store (char **dir,
                         char **title,
                         char **commentary)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(VsIndicator) indicator = vs_indicator_new ();
  VsCommentary note = { 0 };
  VsAction action = { 0 };
  VsStore *store;
  gint64 county;

  *dir = g_dir_make_tmp ("vs-pack-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (*dir, "hostile.db", NULL);
  store = vs_store_open (path, &error);
  g_assert_no_error (error);

  *title = hostile_text (PACK_TEST_HOSTILE_TITLE_START, 400);
  *commentary = hostile_text ("<big>Commentary</big> \"with quotes\"", 2500);

  g_assert_true (vs_store_begin (store, &error));
  indicator->ref = g_strdup ("<H1>");
  indicator->title = g_strdup (*title);
  indicator->area_id = vs_store_ensure_area (store, "<i>Hostile</i> area", &error);
  indicator->polarity = VS_POLARITY_HIGHER_IS_BETTER;
  indicator->unit = VS_UNIT_PERCENTAGE;
  indicator->periodicity = VS_PERIODICITY_MONTHLY;
  indicator->target_text = g_strdup ("100%");
  indicator->red_threshold = 80;
  indicator->green_threshold = 90;
  indicator->why_important = g_strdup (*commentary);
  indicator->lead_officer = g_strdup ("O'Brien \"Lead\" <lead@example.org>");
  g_assert_true (vs_store_save_indicator (store, indicator, &error));
  county = vs_store_ensure_locality (store, "County", TRUE, &error);
  g_assert_no_error (error);
  for (VsPeriod p = vs_period_new (2016, 11); p <= vs_period_new (2017, 11); p++)
    {
      VsObservation obs = {
        .indicator_id = indicator->id, .locality_id = county, .period = p,
        .state = VS_OBS_ACTUAL, .value = 50 + (p % 3), .numerator = NAN, .denominator = NAN,
      };
      VsPutResult result;

      g_assert_true (vs_store_put_observation (store, &obs, &result, &error));
    }
  note.indicator_id = indicator->id;
  note.area_id = indicator->area_id;
  note.period = vs_period_new (2017, 11);
  note.text = *commentary;
  note.author = (char *) "<script>";
  g_assert_cmpint (vs_store_add_commentary (store, &note, &error), >, 0);
  action.indicator_id = indicator->id;
  action.text = *commentary;
  action.owner = (char *) "<u>Owner</u>";
  action.due = vs_period_new (2018, 3);
  action.status = VS_ACTION_OPEN;
  g_assert_cmpint (vs_store_save_action (store, &action, &error), >, 0);
  g_assert_true (vs_store_commit (store, &error));
  g_assert_no_error (error);
  return store;
}


static gboolean
overlap (const VsPackBlock *a,
         const VsPackBlock *b)
{
  const double e = 0.01;

  return a->x + e < b->x + b->width && b->x + e < a->x + a->width &&
         a->y + e < b->y + b->height && b->y + e < a->y + a->height;
}

void
pack_test_assert_fits (const VsPackDocument *doc)
{
  g_autoptr(GObject) context = G_OBJECT (vs_pack_text_context ());

  for (guint i = 0; i < doc->slides->len; i++)
    {
      const VsPackSlide *slide = g_ptr_array_index (doc->slides, i);
      const VsPackBlock *footer = vs_pack_slide_find_block (slide, VS_PACK_BLOCK_FOOTER);

      g_assert_nonnull (footer);
      for (guint j = 0; j < slide->blocks->len; j++)
        {
          const VsPackBlock *block = g_ptr_array_index (slide->blocks, j);
          double content = vs_pack_block_content_height (PANGO_CONTEXT (context), block);

          if (content > block->height + 0.01)
            g_error ("slide %u (%s), block %u (kind %d): content %.2f pt in a box of %.2f pt",
                     i + 1, slide->title, j, block->kind, content, block->height);
          g_assert_cmpfloat (block->x, >=, 0);
          g_assert_cmpfloat (block->y, >=, 0);
          g_assert_cmpfloat (block->x + block->width, <=, VS_PACK_PAGE_WIDTH);
          g_assert_cmpfloat (block->y + block->height, <=, VS_PACK_PAGE_HEIGHT);
          g_assert_cmpfloat (block->font_size, >=, VS_PACK_MIN_FONT_PT);
          if (block != footer)
            g_assert_cmpfloat (block->y + block->height, <=, footer->y);
          for (guint k = j + 1; k < slide->blocks->len; k++)
            if (overlap (block, g_ptr_array_index (slide->blocks, k)))
              g_error ("slide %u (%s): blocks %u and %u overlap", i + 1, slide->title, j, k);
        }
    }
}

static void
append_block_text (GString           *out,
                   const VsPackBlock *block)
{
  const char *parts[] = { block->heading, block->text };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL)
      g_string_append_printf (out, "%s ", parts[i]);
  for (guint i = 0; block->sections != NULL && i < block->sections->len; i++)
    {
      const VsPackSection *section = g_ptr_array_index (block->sections, i);

      g_string_append_printf (out, "%s %s ", section->heading ? section->heading : "", section->body);
    }
  if (block->table != NULL)
    for (guint r = 0; r < block->table->rows->len; r++)
      {
        const VsPackRow *row = g_ptr_array_index (block->table->rows, r);

        for (guint c = 0; c < block->table->n_columns; c++)
          {
            g_autofree char *display = vs_pack_cell_display (&row->cells[c]);

            g_string_append_printf (out, "%s ", display);
          }
      }
}

char *
pack_test_slide_text (const VsPackDocument *doc,
                      guint                 first)
{
  GString *out = g_string_new (NULL);

  for (guint i = first; i < doc->slides->len; i++)
    {
      const VsPackSlide *slide = g_ptr_array_index (doc->slides, i);

      if (i > first && !slide->continued)
        break;
      for (guint j = 0; j < slide->blocks->len; j++)
        append_block_text (out, g_ptr_array_index (slide->blocks, j));
    }
  return g_string_free (out, FALSE);
}

char *
pack_test_fold_space (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n\r\t", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", words[i]);
  return g_string_free (out, FALSE);
}

VsPackDocument *
pack_test_write (VsStore             *store,
                 const VsPackOptions *options,
                 VsPackFormat         format,
                 VsPlotter           *plotter,
                 const char          *path)
{
  g_autoptr(GError) error = NULL;
  VsPackDocument *doc = vs_pack_build (store, options, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_true (vs_pack_write (doc, format, plotter, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return doc;
}

char *
pack_test_soffice (const char *path,
                   const char *to,
                   const char *out_dir)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *timeout = g_find_program_in_path ("timeout");
  g_autofree char *profile = NULL, *base = NULL, *stem = NULL, *name = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (soffice == NULL || timeout == NULL)
    return NULL;
  profile = g_strdup_printf ("-env:UserInstallation=file://%s/profile", out_dir);
  {
    const char *argv[] = { timeout, "300", soffice, profile, "--headless", "--convert-to", to,
                           "--outdir", out_dir, path, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                  NULL, NULL, NULL, NULL, &status, &error);
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  base = g_path_get_basename (path);
  stem = g_strndup (base, strrchr (base, '.') != NULL ? (gsize) (strrchr (base, '.') - base) : strlen (base));
  name = g_strconcat (stem, ".", to, NULL);
  return g_build_filename (out_dir, name, NULL);
}
