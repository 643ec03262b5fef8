/* vs-print-pack.c: the committee pack printed, A4 landscape
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-print-pack"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vs-print-pack.h"

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   VsPackJob         *job)
{
  gtk_print_operation_set_n_pages (operation,
                                   (int) vs_pack_job_get_document (job)->slides->len);
}

/* The 16:9 slide fits A4 landscape's width; the rest of the height stays white, as a
 * printed presentation does. */
static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 VsPackJob         *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  double scale = MIN (width / VS_PACK_PAGE_WIDTH, height / VS_PACK_PAGE_HEIGHT);

  cairo_save (cr);
  cairo_translate (cr, (width - VS_PACK_PAGE_WIDTH * scale) / 2,
                   (height - VS_PACK_PAGE_HEIGHT * scale) / 2);
  cairo_scale (cr, scale, scale);
  vs_pack_draw_slide (cr, vs_pack_job_get_document (job), (guint) page,
                      vs_pack_job_get_charts (job), FALSE);
  cairo_restore (cr);
}

GtkPrintOperation *
vs_print_pack_operation_new (VsPackJob *job)
{
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  const VsPackDocument *doc = vs_pack_job_get_document (job);
  GtkPrintOperation *operation = gtk_print_operation_new ();

  g_return_val_if_fail (doc != NULL, NULL);

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_job_name (operation, doc->title);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), job);
  g_object_set_data_full (G_OBJECT (operation), "vs-pack-job", job,
                          (GDestroyNotify) vs_pack_job_free);
  return operation;
}

static void
show_failure (GtkWindow    *parent,
              const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, _("Could Not Print the Pack"),
                                              error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_print_done_cb (GtkPrintOperation       *operation,
                  GtkPrintOperationResult  result,
                  GtkWindow               *parent)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      show_failure (parent, error);
    }
  g_object_unref (operation);
}

static void
on_built_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GtkWindow *parent = GTK_WINDOW (source);   /* the task's own reference keeps it */
  g_autoptr(GError) error = NULL;
  VsPackJob *job = vs_pack_job_run_finish (result, &error);
  GtkPrintOperation *operation;

  if (job == NULL)
    {
      show_failure (parent, error);
      return;
    }
  operation = vs_print_pack_operation_new (job);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done_cb), parent, 0);
  /* A failure arrives with "done", which also frees the operation. */
  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, NULL);
}

void
vs_print_pack (GtkWindow  *parent,
               VsStore    *store,
               VsPeriod    period,
               const char *locality)
{
  g_auto(VsPackChoices) choices = { 0 };

  vs_pack_choices_load (&choices, store);
  /* The source object keeps the window until the pack is built. */
  vs_pack_job_run_async (vs_pack_job_new (store, period, locality, &choices, NULL),
                         parent, NULL, on_built_cb, NULL);
}
