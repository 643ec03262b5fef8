/* vs-pack-write.c: the pack's formats, and the one switch that sends a document to its
 * renderer
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "vs-pack-render.h"

static const char *const extensions[] = {
  [VS_PACK_FORMAT_PDF] = "pdf",
  [VS_PACK_FORMAT_PPTX] = "pptx",
  [VS_PACK_FORMAT_XLSX] = "xlsx",
};

gboolean
vs_pack_format_from_filename (const char   *filename,
                              VsPackFormat *out)
{
  const char *dot;

  g_return_val_if_fail (filename != NULL && out != NULL, FALSE);

  dot = strrchr (filename, '.');
  for (guint i = 0; dot != NULL && i < G_N_ELEMENTS (extensions); i++)
    if (g_ascii_strcasecmp (dot + 1, extensions[i]) == 0)
      {
        *out = (VsPackFormat) i;
        return TRUE;
      }
  return FALSE;
}

const char *
vs_pack_format_to_string (VsPackFormat format)
{
  g_return_val_if_fail ((guint) format < G_N_ELEMENTS (extensions), NULL);
  return extensions[format];
}

/* A renderer added here is a format the command line and the window offer. */
gboolean
vs_pack_format_is_supported (VsPackFormat format)
{
  switch (format)
    {
    case VS_PACK_FORMAT_PDF:
    case VS_PACK_FORMAT_PPTX:
    case VS_PACK_FORMAT_XLSX:
      return TRUE;
    }
  g_return_val_if_reached (FALSE);
}

char *
vs_pack_format_list_supported (void)
{
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    if (vs_pack_format_is_supported ((VsPackFormat) i))
      g_string_append_printf (list, "%s.%s", list->len > 0 ? ", " : "", extensions[i]);
  return g_string_free (list, FALSE);
}

gboolean
vs_pack_write (const VsPackDocument *doc,
               VsPackFormat          format,
               VsPlotter            *plotter,
               const char           *path,
               GCancellable         *cancellable,
               VsPackProgress        progress,
               gpointer              user_data,
               GError              **error)
{
  g_autoptr(VsPackCharts) charts = NULL;

  g_return_val_if_fail (doc != NULL && path != NULL, FALSE);

  if (!vs_pack_format_is_supported (format))
    {
      g_autofree char *supported = vs_pack_format_list_supported ();

      g_set_error (error, VS_PACK_ERROR, VS_PACK_ERROR_FORMAT,
                   _("Writing a pack as .%s is not available yet; the formats written today "
                     "are: %s"), vs_pack_format_to_string (format), supported);
      return FALSE;
    }
  if (format == VS_PACK_FORMAT_XLSX)
    return vs_pack_write_xlsx (doc, path, cancellable, progress, user_data, error);
  if (!(charts = vs_pack_charts_render (doc, plotter, cancellable, progress, user_data, error)))
    return FALSE;
  switch (format)
    {
    case VS_PACK_FORMAT_PDF:
      return vs_pack_write_pdf (doc, charts, path, cancellable, progress, user_data, error);
    case VS_PACK_FORMAT_PPTX:
      return vs_pack_write_pptx (doc, charts, path, cancellable, progress, user_data, error);
    case VS_PACK_FORMAT_XLSX:
      break;
    }
  g_return_val_if_reached (FALSE);
}
