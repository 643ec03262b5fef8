/* vs-chart-export.c: a chart copied to the clipboard or saved to a file
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-chart-export"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vs-chart-export.h"
#include "vs-plotter.h"

/* A chart pasted into a paper or saved for one is drawn again by the plotter, as the pack
 * draws it: vectors for SVG and PDF, a PNG sharp on a projector, always the light palette
 * (a paper is white whatever the desktop's style), never smaller than a slide's chart. */
#define MIN_WIDTH  640
#define MIN_HEIGHT 360

static VsChartSpec *
export_spec (const VsChartSpec *spec,
             VsChartFormat      format,
             int                width,
             int                height)
{
  VsChartSpec *copy = vs_chart_spec_copy (spec);

  copy->format = format;
  copy->width = (guint) MAX (width, MIN_WIDTH);
  copy->height = (guint) MAX (height, MIN_HEIGHT);
  copy->scale = format == VS_CHART_FORMAT_PNG ? 2 : 1;
  copy->dark = FALSE;
  /* Not the view's drawing: its PNG and SVG must not supersede each other, or the view. */
  g_clear_pointer (&copy->view_key, g_free);
  return copy;
}

/* ---- copy ---- */

typedef struct {
  GdkClipboard *clipboard;
  GBytes       *png;
  GBytes       *svg;
  guint         pending;
  GError       *error;
} CopyData;

static void
copy_data_free (CopyData *data)
{
  g_clear_object (&data->clipboard);
  g_clear_pointer (&data->png, g_bytes_unref);
  g_clear_pointer (&data->svg, g_bytes_unref);
  g_clear_error (&data->error);
  g_free (data);
}

/* One of the two drawings is back: once both are, both go on the clipboard together. */
static void
copy_part_done (GTask   *task,
                GBytes  *bytes,
                GError  *error,
                GBytes **slot)
{
  CopyData *data = g_task_get_task_data (task);
  GdkContentProvider *providers[2];
  g_autoptr(GdkContentProvider) both = NULL;

  if (bytes != NULL)
    *slot = bytes;
  else if (data->error == NULL)
    data->error = error;
  else
    g_error_free (error);
  if (--data->pending > 0)
    return;
  if (data->error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&data->error));
      return;
    }
  providers[0] = gdk_content_provider_new_for_bytes ("image/png", data->png);
  providers[1] = gdk_content_provider_new_for_bytes ("image/svg+xml", data->svg);
  both = gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));
  gdk_clipboard_set_content (data->clipboard, both);
  g_task_return_boolean (task, TRUE);
}

/* One drawing asked of the plotter, and the slot its bytes go to. */
typedef struct {
  GTask   *task;
  gboolean png;
} Part;

static void
on_part_drawn_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  Part *part = user_data;
  g_autoptr(GTask) task = part->task;
  CopyData *data = g_task_get_task_data (task);
  GError *error = NULL;
  GBytes *bytes = vs_plotter_render_finish (VS_PLOTTER (source), result, &error);

  copy_part_done (task, bytes, error, part->png ? &data->png : &data->svg);
  g_free (part);
}

static void
draw_part (GTask             *task,
           const VsChartSpec *spec,
           VsChartFormat      format,
           int                width,
           int                height)
{
  g_autoptr(VsChartSpec) drawn = export_spec (spec, format, width, height);
  Part *part = g_new0 (Part, 1);

  part->task = g_object_ref (task);
  part->png = format == VS_CHART_FORMAT_PNG;
  vs_plotter_render_async (vs_plotter_get_default (), drawn, g_task_get_cancellable (task),
                           on_part_drawn_cb, part);
}

void
vs_chart_export_copy_async (GdkClipboard        *clipboard,
                            const VsChartSpec   *spec,
                            int                  width,
                            int                  height,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  CopyData *data;

  g_return_if_fail (GDK_IS_CLIPBOARD (clipboard));
  g_return_if_fail (spec != NULL);

  data = g_new0 (CopyData, 1);
  data->clipboard = g_object_ref (clipboard);
  data->pending = 2;
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, vs_chart_export_copy_async);
  g_task_set_task_data (task, data, (GDestroyNotify) copy_data_free);

  draw_part (task, spec, VS_CHART_FORMAT_PNG, width, height);
  draw_part (task, spec, VS_CHART_FORMAT_SVG, width, height);
}

gboolean
vs_chart_export_copy_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ---- save ---- */

/* The file is written beside its destination under a hidden name, then renamed over it:
 * whoever looks sees the old file or the whole new one, never a half-written chart. */
static GFile *
partial_file (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *hidden = g_strdup_printf (".%s.part", name);

  return g_file_get_child (parent, hidden);
}

static void
on_written_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GFile *file = g_task_get_task_data (task);
  GError *error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error) ||
      !g_file_move (G_FILE (source), file, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error))
    {
      g_file_delete (G_FILE (source), NULL, NULL);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static void
on_save_drawn_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GFile) partial = partial_file (g_task_get_task_data (task));
  GError *error = NULL;
  g_autoptr(GBytes) bytes = vs_plotter_render_finish (VS_PLOTTER (source), result, &error);

  if (bytes == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_file_replace_contents_bytes_async (partial, bytes, NULL, FALSE, G_FILE_CREATE_NONE,
                                       g_task_get_cancellable (task), on_written_cb,
                                       g_object_ref (task));
}

void
vs_chart_export_save_async (GFile               *file,
                            const VsChartSpec   *spec,
                            int                  width,
                            int                  height,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(VsChartSpec) drawn = NULL;
  g_autofree char *name = NULL;
  VsChartFormat format;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (spec != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, vs_chart_export_save_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  name = g_file_get_basename (file);
  if (name == NULL || !vs_chart_format_from_filename (name, &format))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                               /* Translators: %s is a file name */
                               _("“%s”: a chart is saved as .svg, .png or .pdf"),
                               name != NULL ? name : "");
      return;
    }
  drawn = export_spec (spec, format, width, height);
  vs_plotter_render_async (vs_plotter_get_default (), drawn, cancellable, on_save_drawn_cb,
                           g_steal_pointer (&task));
}

gboolean
vs_chart_export_save_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

void
vs_chart_export_show_error (GtkWidget    *widget,
                            const char   *heading,
                            const GError *error)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
                                   error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- the file chooser ---- */

static const struct {
  const char *name;
  const char *pattern;
  const char *mime;
  const char *ending;
} formats[] = {
  { N_("SVG image (vectors, for editing)"), "*.svg", "image/svg+xml", ".svg" },
  { N_("PNG image (for slides and documents)"), "*.png", "image/png", ".png" },
  { N_("PDF document (vectors, for print)"), "*.pdf", "application/pdf", ".pdf" },
};

typedef struct {
  GtkWidget   *widget;       /* weak: the chart, for a failure's dialog */
  VsChartSpec *spec;
  int          width;
  int          height;
  GtkFileFilter *filters[G_N_ELEMENTS (formats)];
} Choice;

static void
choice_free (Choice *choice)
{
  g_clear_weak_pointer (&choice->widget);
  vs_chart_spec_free (choice->spec);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    g_clear_object (&choice->filters[i]);
  g_free (choice);
}

static void
on_chosen_saved_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GtkWidget) widget = user_data;
  g_autoptr(GError) error = NULL;

  if (!vs_chart_export_save_finish (result, &error) && gtk_widget_get_root (widget) != NULL)
    vs_chart_export_show_error (widget, _("Could Not Save the Chart"), error);
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        Choice          *choice)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *name = NULL;
  GtkFileFilter *filter;
  VsChartFormat format;

  if (response == GTK_RESPONSE_ACCEPT && choice->widget != NULL &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      /* A name typed without an ending takes the chosen filter's. */
      name = g_file_get_basename (file);
      filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser));
      for (guint i = 0; i < G_N_ELEMENTS (formats) && !vs_chart_format_from_filename (name, &format); i++)
        if (filter == choice->filters[i] || (filter == NULL && i == 0))
          {
            g_autofree char *named = g_strconcat (name, formats[i].ending, NULL);
            g_autoptr(GFile) parent = g_file_get_parent (file);

            g_set_object (&file, g_file_get_child (parent, named));
            break;
          }
      vs_chart_export_save_async (file, choice->spec, choice->width, choice->height, NULL,
                                  on_chosen_saved_cb, g_object_ref (choice->widget));
    }
  choice_free (choice);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

/* The chart's title as a file name: "6.14 Child Protection (CP) - % children seen.svg". */
static char *
suggested_name (const VsChartSpec *spec)
{
  g_autofree char *title = g_strdup (spec->title != NULL && spec->title[0] != '\0'
                                     ? spec->title : _("Chart"));

  g_strdelimit (title, "/\\:\n\r\t", ' ');
  return g_strconcat (g_strstrip (title), ".svg", NULL);
}

void
vs_chart_export_choose (GtkWidget         *widget,
                        const VsChartSpec *spec,
                        int                width,
                        int                height)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;
  g_autofree char *name = suggested_name (spec);
  Choice *choice;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (spec != NULL);

  /* GtkFileDialog is GTK 4.10; the native chooser goes through the portal under Flatpak. */
  chooser = gtk_file_chooser_native_new (_("Save Chart"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  choice = g_new0 (Choice, 1);
  g_set_weak_pointer (&choice->widget, widget);
  choice->spec = vs_chart_spec_copy (spec);
  choice->width = width;
  choice->height = height;
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      GtkFileFilter *filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _(formats[i].name));
      gtk_file_filter_add_pattern (filter, formats[i].pattern);
      gtk_file_filter_add_mime_type (filter, formats[i].mime);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
      choice->filters[i] = filter;   /* ours, to tell which the officer chose */
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response_cb), choice);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
