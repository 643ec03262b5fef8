/* test-ui-pack-buttons.c: the pack's dialog and Print… driven through their own buttons
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Apart from test-ui-pack.c because they open GTK's file chooser and print dialog, which
 * leave memory behind on purpose; meson.build gives this program the full stacks that
 * lsan.supp needs to name it.
 */
#include "config.h"

#include "vs-pack-dialog.h"
#include "vs-ui-test.h"

/* The dialog's own buttons, clicked as the officer clicks them: Export… asks where to
 * save under the month's name, and Cancel closes the dialog. Their handlers once took
 * the button for the dialog, so Export… crashed the window and Cancel did nothing. */
static void
test_dialog_buttons (VsUiFixture  *f,
                     gconstpointer data)
{
  VsPackDialog *dialog;
  GtkWidget *button;
  GtkWindow *chooser;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-pack", NULL));
  dialog = (VsPackDialog *) vs_ui_test_find_toplevel ("VsPackDialog");
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);

  button = vs_ui_test_find_button (GTK_WIDGET (dialog), "_Export…");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  vs_ui_test_settle ();
  /* Without a portal on the test's bus, GTK's own chooser stands in for the desktop's. */
  chooser = vs_ui_test_find_toplevel ("GtkFileChooserDialog");
  g_assert_nonnull (chooser);
  {
    g_autofree char *name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));

    g_assert_cmpstr (name, ==, "Committee pack 2017-11.pdf");
  }
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  G_GNUC_END_IGNORE_DEPRECATIONS
  vs_ui_test_settle ();
  g_assert_nonnull (dialog);    /* choosing no file leaves the dialog open */

  button = vs_ui_test_find_button (GTK_WIDGET (dialog), "_Cancel");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  vs_ui_test_settle ();
  g_assert_null (dialog);
}

static gboolean
print_dialog_shown (gpointer data)
{
  return vs_ui_test_find_toplevel ("GtkPrintUnixDialog") != NULL;
}

/* Print… builds the pack in a thread and then asks how to print. The window it was asked
 * from must come out of that with the references it went in with: the callback once
 * dropped one it did not own, and the window closed, taking the application with it. */
static void
test_print_keeps_window (VsUiFixture  *f,
                         gconstpointer data)
{
  guint refs = G_OBJECT (f->window)->ref_count;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.print-pack", NULL));
  g_assert_true (vs_ui_test_wait_until (print_dialog_shown, NULL, 120000));
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (vs_ui_test_find_toplevel ("GtkPrintUnixDialog")), GTK_RESPONSE_CANCEL);
  G_GNUC_END_IGNORE_DEPRECATIONS
  vs_ui_test_settle ();
  g_assert_null (vs_ui_test_find_toplevel ("GtkPrintUnixDialog"));
  g_assert_cmpuint (G_OBJECT (f->window)->ref_count, ==, refs);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window)));
}

int
main (int   argc,
      char *argv[])
{
  vs_ui_test_init (&argc, &argv);
  g_test_add ("/ui/pack/dialog-buttons", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_dialog_buttons, vs_ui_fixture_teardown);
  g_test_add ("/ui/pack/print-keeps-window", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_print_keeps_window, vs_ui_fixture_teardown);
  return g_test_run ();
}
