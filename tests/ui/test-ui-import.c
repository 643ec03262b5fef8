/* test-ui-import.c: importing through the window: preview, import, values in, undo, refusal
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
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

/* The first AdwPreferencesRow of type @type under @root titled @title, mapped, or NULL. */
static GtkWidget *
find_row (GtkWidget  *root,
          GType       type,
          const char *title)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && gtk_widget_get_mapped (root)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, type, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The Imports page reads each import's warnings, not only their count: the demo's
 * values.csv gave 14 (its committee papers' blanks and notes), kept with its import; its
 * row opens to show every one, as the import said it. */
static void
test_imports_show_warnings (VsUiFixture  *f,
                            gconstpointer data)
{
  g_autoptr(GPtrArray) imports = vs_store_list_imports (f->store, NULL);
  g_autoptr(GPtrArray) warnings = NULL;
  const VsImportRecord *values = NULL;
  GtkWidget *page = GTK_WIDGET (f->window->imports_view);
  GtkWidget *row;

  for (guint i = 0; i < imports->len; i++)
    {
      const VsImportRecord *record = g_ptr_array_index (imports, i);

      if (g_str_has_suffix (record->file, "values.csv"))
        values = record;
    }
  g_assert_nonnull (values);
  g_assert_cmpuint (values->warnings, ==, 14);
  warnings = vs_store_list_import_warnings (f->store, values->id, NULL);
  g_assert_nonnull (warnings);
  g_assert_cmpuint (warnings->len, ==, 14);

  g_assert_true (vs_ui_test_show (f->window, "imports"));
  vs_ui_test_settle ();
  row = find_row (page, ADW_TYPE_EXPANDER_ROW, "values.csv");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), "14 warnings"));
  g_assert_null (find_row (page, ADW_TYPE_ACTION_ROW,
                           ((VsImportWarning *) g_ptr_array_index (warnings, 0))->text));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  vs_ui_test_settle ();
  for (guint i = 0; i < warnings->len; i++)
    {
      const VsImportWarning *warning = g_ptr_array_index (warnings, i);

      g_assert_nonnull (find_row (row, ADW_TYPE_ACTION_ROW, warning->text));
    }
}

int
main (int    argc,
      char **argv)
{
  vs_ui_test_init (&argc, &argv);

  g_test_add ("/ui/import/adds-values", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_import_adds_values, vs_ui_fixture_teardown);
  g_test_add ("/ui/import/imports-show-warnings", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_imports_show_warnings, vs_ui_fixture_teardown);
  g_test_add ("/ui/import/refused", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_import_refused, vs_ui_fixture_teardown);

  return g_test_run ();
}
