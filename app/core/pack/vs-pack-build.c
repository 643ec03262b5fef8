/* vs-pack-build.c: the committee pack's slides from the gathered figures
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "vs-pack-build-private.h"

#define MARKING_MAX_CHARS 60
#define FOOTER_BOTTOM     12.0

double
vs_pack_builder_bottom (VsPackBuilder *b)
{
  return b->footer_y - VS_PACK_GAP;
}

/* A heading that would take more than VS_PACK_TITLE_MAX is cut at a line's end with "…"
 * before @suffix (a continuation's); the appendix lists it whole, so nothing is lost. */
static char *
fit_heading (VsPackBuilder *b,
             const char    *title,
             const char    *suffix,
             double         width)
{
  g_autofree char *whole = g_strconcat (title, suffix, NULL);
  gsize fit;

  if (vs_pack_text_height (b->text, whole, VS_PACK_HEADING_PT, TRUE, width) <= VS_PACK_TITLE_MAX)
    return g_steal_pointer (&whole);
  fit = vs_pack_text_fit (b->text, title, VS_PACK_HEADING_PT, TRUE, width, VS_PACK_TITLE_MAX);
  for (;;)
    {
      g_autofree char *head = NULL;
      g_autofree char *candidate = NULL;

      while (fit > 0 && (title[fit] & 0xC0) == 0x80)
        fit--;
      head = g_strndup (title, fit);
      candidate = g_strconcat (g_strchomp (head), "…", suffix, NULL);
      if (fit == 0 ||
          vs_pack_text_height (b->text, candidate, VS_PACK_HEADING_PT, TRUE, width) <= VS_PACK_TITLE_MAX)
        {
          if (suffix[0] == '\0' &&
              !g_ptr_array_find_with_equal_func (b->shortened, title, g_str_equal, NULL))
            g_ptr_array_add (b->shortened, g_strdup (title));
          return g_steal_pointer (&candidate);
        }
      fit--;
    }
}

VsPackSlide *
vs_pack_builder_add_slide (VsPackBuilder   *b,
                           VsPackSlideKind  kind,
                           const char      *title,
                           const char      *subtitle,
                           gboolean         continued,
                           double          *top)
{
  /* Translators: after the heading of a slide that goes on from the one before */
  const char *suffix = continued ? _(" (continued)") : "";
  g_autofree char *whole = g_strconcat (title, suffix, NULL);
  VsPackSlide *slide = vs_pack_slide_new (kind, whole);
  double width = VS_PACK_PAGE_WIDTH - 2 * VS_PACK_MARGIN;
  VsPackBlock *heading = vs_pack_block_new (VS_PACK_BLOCK_TITLE, VS_PACK_MARGIN, VS_PACK_TOP,
                                            width, 0);

  slide->continued = continued;
  heading->font_size = VS_PACK_HEADING_PT;
  heading->heading = fit_heading (b, title, suffix, width);
  heading->text = g_strdup (subtitle);
  heading->height = vs_pack_block_content_height (b->text, heading);
  g_ptr_array_add (slide->blocks, heading);
  g_ptr_array_add (b->doc->slides, slide);
  *top = heading->y + heading->height + VS_PACK_GAP;
  return slide;
}

gboolean
vs_pack_builder_wants_card (VsPackBuilder    *b,
                            const VsPackItem *item)
{
  switch (b->cards)
    {
    case VS_PACK_CARDS_ALL:
      return vs_pack_builder_shows (b, item);
    case VS_PACK_CARDS_NONE:
      return FALSE;
    case VS_PACK_CARDS_EXCEPTIONS:
      return item->assessment->exception;
    }
  g_return_val_if_reached (FALSE);
}

gboolean
vs_pack_builder_shows (VsPackBuilder    *b,
                       const VsPackItem *item)
{
  return !b->exceptions_only || (item->assessment->exception);
}

double
vs_pack_builder_text_width (VsPackBuilder *b,
                            const char    *text,
                            gboolean       bold)
{
  g_autoptr(PangoLayout) layout = vs_pack_text_layout (b->text, text, VS_PACK_TABLE_PT, bold,
                                                       10000, VS_PACK_ALIGN_START);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE * VS_PACK_WORD_SLACK + 2 * VS_PACK_CELL_PAD_X + 1;
}

void
vs_pack_builder_fit_column (VsPackBuilder *b,
                            VsPackTable   *table,
                            guint          column,
                            guint          donor,
                            double         most)
{
  double width = table->columns[column].width;
  double wanted = width;

  g_return_if_fail (column < table->n_columns && donor < table->n_columns);

  for (guint r = 0; r < table->rows->len; r++)
    {
      const VsPackRow *row = g_ptr_array_index (table->rows, r);

      wanted = MAX (wanted, vs_pack_builder_text_width (b, row->cells[column].text, FALSE));
    }
  wanted = MIN (wanted, MAX (most, width));
  table->columns[column].width = wanted;
  table->columns[donor].width -= wanted - width;
}

static gboolean
check_options (const VsPackOptions *options,
               GError             **error)
{
  if (options->marking != NULL &&
      (g_utf8_strlen (options->marking, -1) > MARKING_MAX_CHARS ||
       strpbrk (options->marking, "\n\r\t") != NULL || !g_utf8_validate (options->marking, -1, NULL)))
    {
      g_set_error (error, VS_PACK_ERROR, VS_PACK_ERROR_INVALID_OPTION,
                   _("The protective marking is one line of at most %d characters, such as "
                     "OFFICIAL or OFFICIAL-SENSITIVE"), MARKING_MAX_CHARS);
      return FALSE;
    }
  if (options->suppress_below > 1000)
    {
      g_set_error (error, VS_PACK_ERROR, VS_PACK_ERROR_INVALID_OPTION,
                   _("Suppression hides counts below a small number (such as 5 or 10), not %u"),
                   options->suppress_below);
      return FALSE;
    }
  return TRUE;
}

/* Every slide's footer: the marking, the suppression note, the page number. Added last,
 * when the number of slides is known; its height was reserved from the start. */
static void
add_footers (VsPackBuilder *b)
{
  guint n = b->doc->slides->len;

  for (guint i = 0; i < n; i++)
    {
      VsPackSlide *slide = g_ptr_array_index (b->doc->slides, i);
      VsPackBlock *footer = vs_pack_block_new (VS_PACK_BLOCK_FOOTER, VS_PACK_MARGIN, b->footer_y,
                                               VS_PACK_PAGE_WIDTH - 2 * VS_PACK_MARGIN,
                                               VS_PACK_PAGE_HEIGHT - FOOTER_BOTTOM - b->footer_y);

      footer->font_size = VS_PACK_TABLE_PT;
      footer->heading = g_strdup (b->doc->marking);
      if (b->suppress_below > 0)
        footer->text = g_strdup_printf (_("c: count below %u, suppressed. %s small numbers: "
                                          "interpret with caution."),
                                        b->suppress_below, VS_SMALL_NUMBERS_MARK);
      /* Translators: a slide's number in the pack's footer */
      footer->aside = g_strdup_printf (_("%u of %u"), i + 1, n);
      g_ptr_array_add (slide->blocks, footer);
    }
}

static void
reserve_footer (VsPackBuilder *b)
{
  VsPackBlock *probe = vs_pack_block_new (VS_PACK_BLOCK_FOOTER, VS_PACK_MARGIN, 0,
                                          VS_PACK_PAGE_WIDTH - 2 * VS_PACK_MARGIN, 0);
  double height;

  probe->heading = g_strdup (b->doc->marking);
  if (b->suppress_below > 0)
    probe->text = g_strdup_printf (_("c: count below %u, suppressed. %s small numbers: "
                                     "interpret with caution."),
                                   b->suppress_below, VS_SMALL_NUMBERS_MARK);
  probe->aside = g_strdup ("9999 of 9999");
  height = vs_pack_block_content_height (b->text, probe);
  vs_pack_block_free (probe);
  b->footer_y = VS_PACK_PAGE_HEIGHT - FOOTER_BOTTOM - height;
}

static void
resolve_links (VsPackBuilder *b)
{
  for (guint i = 0; i < b->links->len; i++)
    {
      VsPackLink *link = &g_array_index (b->links, VsPackLink, i);
      gpointer slide = g_hash_table_lookup (b->card_slides, &link->indicator_id);

      link->cell->link = slide != NULL ? GPOINTER_TO_INT (slide) - 1 : -1;
    }
}

static void
report (VsPackProgress progress,
        gpointer       user_data,
        double         fraction,
        const char    *what)
{
  if (progress != NULL)
    progress (fraction, what, user_data);
}

VsPackDocument *
vs_pack_build (VsStore             *store,
               const VsPackOptions *options,
               VsPackProgress       progress,
               gpointer             user_data,
               GError             **error)
{
  g_autoptr(VsPackData) data = NULL;
  g_autoptr(VsPackDocument) doc = NULL;
  g_autofree char *month = NULL;
  VsPackBuilder b = { 0 };

  g_return_val_if_fail (VS_IS_STORE (store), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  if (!check_options (options, error))
    return NULL;
  report (progress, user_data, 0.0, _("Reading the figures"));
  if (!(data = vs_pack_gather (store, options, error)))
    return NULL;

  doc = g_new0 (VsPackDocument, 1);
  doc->slides = g_ptr_array_new_with_free_func ((GDestroyNotify) vs_pack_slide_free);
  doc->indicators = g_ptr_array_new_with_free_func ((GDestroyNotify) vs_indicator_unref);
  doc->period = data->period;
  doc->data_period = data->latest;
  doc->locality = g_strdup (data->locality->name);
  doc->marking = g_strdup (options->marking != NULL && options->marking[0] != '\0'
                           ? options->marking : "OFFICIAL");
  doc->suppress_below = options->suppress_below;
  doc->author = g_strdup (options->author);
  doc->created = options->created != 0 ? options->created : g_get_real_time () / G_USEC_PER_SEC;
  month = vs_period_to_long_label (data->period);
  /* Translators: the pack's title; %s is a month, "November 2017" */
  doc->title = g_strdup_printf (_("Performance to %s"), month);
  doc->subject = g_strdup (options->committee != NULL ? options->committee
                                                      : _("Children's Services Committee"));

  b.data = data;
  b.doc = doc;
  b.text = vs_pack_text_context ();
  b.cards = options->cards;
  b.exceptions_only = options->exceptions_only;
  b.suppress_below = options->suppress_below;
  b.card_slides = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  b.shortened = g_ptr_array_new_with_free_func (g_free);
  b.links = g_array_new (FALSE, FALSE, sizeof (VsPackLink));
  reserve_footer (&b);

  report (progress, user_data, 0.3, _("Laying out the slides"));
  vs_pack_build_title (&b, options);
  vs_pack_build_summary (&b);
  vs_pack_build_dashboards (&b);
  vs_pack_build_cards (&b);
  vs_pack_build_appendix (&b);
  resolve_links (&b);
  add_footers (&b);

  g_hash_table_unref (b.card_slides);
  g_ptr_array_unref (b.shortened);
  g_array_unref (b.links);
  g_object_unref (b.text);
  return g_steal_pointer (&doc);
}
