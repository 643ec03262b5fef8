/* vs-pack-charts.c: a pack's trend charts drawn once by gnuplot, for every renderer
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "vs-pack-private.h"
#include "vs-pack-render.h"

struct _VsPackCharts {
  GHashTable   *svg;    /* const VsPackBlock* -> GBytes* */
  PangoContext *text;   /* the document's, with its shaped cells; made when first asked */
};

void
vs_pack_charts_free (VsPackCharts *charts)
{
  if (charts == NULL)
    return;
  g_hash_table_unref (charts->svg);
  g_clear_object (&charts->text);
  g_free (charts);
}

VsPackCharts *
vs_pack_charts_render (const VsPackDocument *doc,
                       VsPlotter            *plotter,
                       GCancellable         *cancellable,
                       VsPackProgress        progress,
                       gpointer              user_data,
                       GError              **error)
{
  g_autoptr(VsPackCharts) charts = g_new0 (VsPackCharts, 1);
  g_autoptr(GPtrArray) blocks = g_ptr_array_new ();

  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (VS_IS_PLOTTER (plotter), NULL);

  charts->svg = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_bytes_unref);
  for (guint i = 0; i < doc->slides->len; i++)
    {
      const VsPackSlide *slide = g_ptr_array_index (doc->slides, i);

      for (guint j = 0; j < slide->blocks->len; j++)
        {
          VsPackBlock *block = g_ptr_array_index (slide->blocks, j);

          if (block->kind == VS_PACK_BLOCK_CHART && block->chart != NULL)
            g_ptr_array_add (blocks, block);
        }
    }

  /* One gnuplot draws them all, one after another. */
  for (guint i = 0; i < blocks->len; i++)
    {
      const VsPackBlock *block = g_ptr_array_index (blocks, i);
      GBytes *svg;

      if (progress != NULL)
        {
          g_autofree char *what = g_strdup_printf (_("Drawing chart %u of %u"), i + 1, blocks->len);

          progress (0.4 + 0.4 * i / blocks->len, what, user_data);
        }
      svg = vs_plotter_render (plotter, block->chart, cancellable, error);
      if (svg == NULL)
        {
          g_prefix_error (error, _("Could not draw the chart of “%s”: "), block->chart->title);
          return NULL;
        }
      g_hash_table_insert (charts->svg, (gpointer) block, svg);
    }
  return g_steal_pointer (&charts);
}

GBytes *
vs_pack_charts_lookup (VsPackCharts      *charts,
                       const VsPackBlock *block)
{
  g_return_val_if_fail (charts != NULL, NULL);
  return g_hash_table_lookup (charts->svg, block);
}

PangoContext *
vs_pack_charts_text_context (VsPackCharts *charts)
{
  g_return_val_if_fail (charts != NULL, NULL);

  if (charts->text == NULL)
    charts->text = vs_pack_text_context ();
  return charts->text;
}
