/* vs-pack-pdf.c: the pack as a 16:9 PDF with metadata, an outline and links
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "vs-pack-render.h"

/* cairo writes through this; the first failure is kept and the rest ignored. */
typedef struct {
  GOutputStream *out;
  GCancellable  *cancellable;
  GError        *error;
} Sink;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Sink *sink = closure;

  if (sink->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (sink->out, data, length, NULL, sink->cancellable, &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

static void
set_metadata (cairo_surface_t      *surface,
              const VsPackDocument *doc)
{
  g_autoptr(GDateTime) created = g_date_time_new_from_unix_local (doc->created);
  g_autofree char *date = created != NULL ? g_date_time_format (created, "%Y-%m-%dT%H:%M:%S") : NULL;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, doc->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, doc->subject);
  if (doc->author != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, doc->author);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Vital Signs");
  if (date != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
}

/* Bookmarks: the summary, "Dashboards" with one per area, "Report cards" with one per
 * card, and the appendix's parts; continued slides have none of their own. */
static void
add_outline (cairo_surface_t      *surface,
             const VsPackDocument *doc)
{
  int group[VS_PACK_SLIDE_APPENDIX + 1];

  for (guint k = 0; k < G_N_ELEMENTS (group); k++)
    group[k] = -1;
  for (guint i = 0; i < doc->slides->len; i++)
    {
      const VsPackSlide *slide = g_ptr_array_index (doc->slides, i);
      g_autofree char *link = g_strdup_printf ("page=%u", i + 1);
      int parent = CAIRO_PDF_OUTLINE_ROOT;

      if (slide->outline == NULL)
        continue;
      if (slide->kind == VS_PACK_SLIDE_DASHBOARD || slide->kind == VS_PACK_SLIDE_CARD)
        {
          if (group[slide->kind] < 0)
            group[slide->kind] = cairo_pdf_surface_add_outline (
                surface, CAIRO_PDF_OUTLINE_ROOT,
                slide->kind == VS_PACK_SLIDE_DASHBOARD ? _("Dashboards") : _("Report cards"),
                link, CAIRO_PDF_OUTLINE_FLAG_OPEN);
          parent = group[slide->kind];
        }
      cairo_pdf_surface_add_outline (surface, parent, slide->outline, link, 0);
    }
}

gboolean
vs_pack_write_pdf (const VsPackDocument *doc,
                   VsPackCharts         *charts,
                   const char           *path,
                   GCancellable         *cancellable,
                   VsPackProgress        progress,
                   gpointer              user_data,
                   GError              **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GCancellable) abandon = NULL;
  Sink sink = { NULL, NULL, NULL };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (doc != NULL && path != NULL, FALSE);

  file = g_file_new_for_path (path);
  /* GIO writes beside the target and renames over it only when closed without error: a
   * cancelled close leaves whatever was there before, and no partial file. */
  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable, error);
  if (out == NULL)
    {
      g_prefix_error (error, _("Could not write the pack to %s: "), path);
      return FALSE;
    }
  sink.out = G_OUTPUT_STREAM (out);
  sink.cancellable = cancellable;

  surface = cairo_pdf_surface_create_for_stream (write_cb, &sink, VS_PACK_PAGE_WIDTH,
                                                 VS_PACK_PAGE_HEIGHT);
  cairo_pdf_surface_restrict_to_version (surface, CAIRO_PDF_VERSION_1_5);
  set_metadata (surface, doc);
  cr = cairo_create (surface);
  for (guint i = 0; i < doc->slides->len && sink.error == NULL; i++)
    {
      if (progress != NULL && i % 4 == 0)
        {
          g_autofree char *what = g_strdup_printf (_("Writing slide %u of %u"), i + 1,
                                                   doc->slides->len);

          progress (0.8 + 0.2 * i / doc->slides->len, what, user_data);
        }
      vs_pack_draw_slide (cr, doc, i, charts, TRUE);
      cairo_show_page (cr);
    }
  add_outline (surface, doc);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (sink.error == NULL && status != CAIRO_STATUS_SUCCESS)
    g_set_error (&sink.error, VS_PACK_ERROR, VS_PACK_ERROR_WRITE, "%s",
                 cairo_status_to_string (status));
  if (sink.error != NULL)
    {
      abandon = g_cancellable_new ();
      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (out), abandon, NULL);
      g_propagate_prefixed_error (error, sink.error, _("Could not write the pack to %s: "), path);
      return FALSE;
    }
  if (!g_output_stream_close (G_OUTPUT_STREAM (out), cancellable, error))
    {
      g_prefix_error (error, _("Could not write the pack to %s: "), path);
      return FALSE;
    }
  return TRUE;
}
