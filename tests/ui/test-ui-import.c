/* test-ui-import.c: importing through the window: preview, import, values in, undo, refusal
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gstdio.h>

#include "vs-import-dialog.h"
#include "vs-ui-test.h"

#define NOV_17 (vs_period_new (2017, 11))
#define DEC_17 (vs_period_new (2017, 12))

/* The County figure of @ref at @period, NAN when there is none. */
static double
county_value (VsUiFixture *f,
              const char  *ref,
              VsPeriod     period)
{
  g_autoptr(VsIndicator) indicator = vs_store_get_indicator_by_ref (f->store, ref, NULL);
  g_autoptr(VsLocality) county = vs_store_find_locality (f->store, NULL, NULL);
  g_autoptr(VsSeries) series = NULL;

  g_assert_nonnull (indicator);
  series = vs_store_get_series (f->store, indicator, county->id, period, 1, NULL);
  g_assert_nonnull (series);
  return series->states[0] == VS_OBS_ACTUAL ? series->values[0] : NAN;
}

static void
test_import_adds_values (VsUiFixture  *f,
                         gconstpointer data)
{
  g_autofree char *path = NULL;
  g_autoptr(VsImportDialog) dialog = NULL;
  g_autoptr(GPtrArray) imports = NULL;
  g_autoptr(GPtrArray) before = vs_store_list_imports (f->store, NULL);
  gint64 id;
  VsIndicatorItem *row;

  /* December's extract as a committee officer would get it: a corrected November and a
   * new month. */
  path = vs_ui_test_write_file (f, "Vital signs December 2017.csv",
                     "Ref,Indicator,Bigger or Smaller is better,Nov 17,Dec 17,Target\r\n"
                     "6.14,Child Protection (CP) - % children seen,Bigger,58.3%,71.2%,100%\r\n"
                     "7.10p,LAC with up to date Health Assessment (HA),Bigger,78.0%,80.4%,100%\r\n");
  g_assert_true (isnan (county_value (f, "6.14", DEC_17)));

  dialog = vs_ui_test_open_import (f, path);
  g_assert_true (vs_ui_test_wait_until (vs_ui_test_import_checked, dialog, 30000));
  g_assert_cmpint (vs_import_dialog_get_state (dialog), ==, VS_IMPORT_DIALOG_PREVIEW);
  g_assert_true (vs_import_dialog_can_import (dialog));
  /* The preview wrote nothing. */
  g_assert_true (isnan (county_value (f, "6.14", DEC_17)));
  g_assert_cmpfloat_with_epsilon (county_value (f, "6.14", NOV_17), 58.1, 1e-9);

  vs_import_dialog_import (dialog);
  g_assert_true (vs_ui_test_wait_until (vs_ui_test_import_finished, dialog, 30000));
  g_assert_cmpint (vs_import_dialog_get_state (dialog), ==, VS_IMPORT_DIALOG_DONE);
  vs_ui_test_settle ();

  g_assert_cmpfloat_with_epsilon (county_value (f, "6.14", DEC_17), 71.2, 1e-9);
  g_assert_cmpfloat_with_epsilon (county_value (f, "6.14", NOV_17), 58.3, 1e-9);
  g_assert_cmpfloat_with_epsilon (county_value (f, "7.10p", DEC_17), 80.4, 1e-9);
  imports = vs_store_list_imports (f->store, NULL);
  g_assert_cmpuint (imports->len, ==, before->len + 1);
  id = ((VsImportRecord *) g_ptr_array_index (imports, 0))->id;

  /* The window reread the database and, November having been the latest month, moved on
   * to December: the table shows it. */
  g_assert_cmpint (vs_window_get_period (f->window), ==, DEC_17);
  g_assert_true (vs_window_set_period (f->window, DEC_17));
  g_assert_true (vs_ui_test_show (f->window, "area:Child Protection"));
  vs_ui_test_settle ();
  row = vs_ui_test_find_row (f, "6.14");
  g_assert_nonnull (row);
  g_assert_cmpfloat_with_epsilon (vs_indicator_item_get_month_value (row, 12), 71.2, 1e-9);
  g_assert_cmpfloat_with_epsilon (vs_indicator_item_get_month_value (row, 11), 58.3, 1e-9);
  g_assert_cmpuint (vs_imports_view_get_count (f->window->imports_view), ==, imports->len);

  /* Undo, as the toast's button does: November is back as it was, December gone. */
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (f->window), "win.undo-import",
                                                     g_variant_new_fixed_array (G_VARIANT_TYPE_INT64,
                                                                                &id, 1, sizeof (gint64))));
  vs_ui_test_settle ();
  g_assert_true (isnan (county_value (f, "6.14", DEC_17)));
  g_assert_cmpfloat_with_epsilon (county_value (f, "6.14", NOV_17), 58.1, 1e-9);
  g_assert_cmpint (vs_window_get_period (f->window), ==, NOV_17);
  g_unlink (path);
}

static void
test_import_refused (VsUiFixture  *f,
                     gconstpointer data)
{
  g_autofree char *path = NULL;
  g_autoptr(VsImportDialog) dialog = NULL;
  g_autoptr(GPtrArray) before = vs_store_list_imports (f->store, NULL);
  g_autoptr(GPtrArray) after = NULL;

  /* A numerator larger than its denominator is an error: the whole file is refused. */
  path = vs_ui_test_write_file (f, "broken.csv",
                     "Ref,Indicator,Period,Value,Numerator,Denominator\r\n"
                     "6.14,Child Protection (CP) - % children seen,2017-12,71.2,400,300\r\n");
  dialog = vs_ui_test_open_import (f, path);
  g_assert_true (vs_ui_test_wait_until (vs_ui_test_import_checked, dialog, 30000));
  g_assert_cmpint (vs_import_dialog_get_state (dialog), ==, VS_IMPORT_DIALOG_PREVIEW);
  g_assert_false (vs_import_dialog_can_import (dialog));
  /* The error is shown with its place in the file. */
  g_assert_nonnull (vs_ui_test_find_label (GTK_WIDGET (dialog), "Will not be imported"));

  vs_import_dialog_import (dialog);   /* refused: the button is off, and so is this */
  vs_ui_test_settle ();
  after = vs_store_list_imports (f->store, NULL);
  g_assert_cmpuint (after->len, ==, before->len);
  g_assert_true (isnan (county_value (f, "6.14", DEC_17)));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_unlink (path);
}

int
main (int    argc,
      char **argv)
{
  vs_ui_test_init (&argc, &argv);

  g_test_add ("/ui/import/adds-values", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_import_adds_values, vs_ui_fixture_teardown);
  g_test_add ("/ui/import/refused", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_import_refused, vs_ui_fixture_teardown);

  return g_test_run ();
}
