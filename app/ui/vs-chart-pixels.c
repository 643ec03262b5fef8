/* vs-chart-pixels.c: a chart's SVG drawn to a texture by librsvg, off the main thread
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-chart-pixels"

#include "config.h"

#include <librsvg/rsvg.h>

#include "vs-chart-pixels.h"

typedef struct {
  GBytes *svg;
  int     pixel_width;
  int     pixel_height;
} RenderData;

typedef struct {
  GBytes *pixels;
  int     width;
  int     height;
  gsize   stride;
} Pixels;

static void
render_data_free (RenderData *data)
{
  g_bytes_unref (data->svg);
  g_free (data);
}

static void
pixels_free (Pixels *pixels)
{
  g_bytes_unref (pixels->pixels);
  g_free (pixels);
}

static void
render_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  RenderData *data = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) handle_ref = NULL;
  RsvgHandle *handle;
  cairo_surface_t *surface;
  cairo_t *cr;
  RsvgRectangle viewport = { 0, 0, data->pixel_width, data->pixel_height };
  Pixels *pixels;
  gsize size;
  const guint8 *svg = g_bytes_get_data (data->svg, &size);

  handle = rsvg_handle_new_from_data (svg, size, &error);
  if (handle == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  handle_ref = G_OBJECT (handle);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, data->pixel_width, data->pixel_height);
  cr = cairo_create (surface);
  if (!rsvg_handle_render_document (handle, cr, &viewport, &error))
    {
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  pixels = g_new0 (Pixels, 1);
  pixels->width = data->pixel_width;
  pixels->height = data->pixel_height;
  pixels->stride = (gsize) cairo_image_surface_get_stride (surface);
  /* The bytes own the surface, so no copy is made on the way to the texture. */
  pixels->pixels = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                               pixels->stride * (gsize) pixels->height,
                                               (GDestroyNotify) cairo_surface_destroy,
                                               surface);
  g_task_return_pointer (task, pixels, (GDestroyNotify) pixels_free);
}

void
vs_chart_pixels_render_async (GBytes              *svg,
                              int                  pixel_width,
                              int                  pixel_height,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  RenderData *data;

  g_return_if_fail (svg != NULL);
  g_return_if_fail (pixel_width > 0 && pixel_height > 0);

  data = g_new0 (RenderData, 1);
  data->svg = g_bytes_ref (svg);
  data->pixel_width = pixel_width;
  data->pixel_height = pixel_height;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, vs_chart_pixels_render_async);
  g_task_set_task_data (task, data, (GDestroyNotify) render_data_free);
  g_task_run_in_thread (task, render_thread);
}

GdkTexture *
vs_chart_pixels_render_finish (GAsyncResult  *result,
                               GError       **error)
{
  Pixels *pixels;
  GdkTexture *texture;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  pixels = g_task_propagate_pointer (G_TASK (result), error);
  if (pixels == NULL)
    return NULL;
  texture = gdk_memory_texture_new (pixels->width, pixels->height, GDK_MEMORY_DEFAULT,
                                    pixels->pixels, pixels->stride);
  pixels_free (pixels);
  return texture;
}
