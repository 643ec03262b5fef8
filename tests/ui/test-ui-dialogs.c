/* test-ui-dialogs.c: the window does what the command line does: import choices, indicator
 * settings, and the keyboard (issue 12, item 3)
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "vs-action-row.h"
#include "vs-import-choices-group.h"
#include "vs-import-dialog.h"
#include "vs-indicator-dialog-private.h"
#include "vs-store-peers.h"
#include "vs-ui-test.h"

static VsImportChoicesGroup *
choices_of (VsImportDialog *dialog)
{
  return VS_IMPORT_CHOICES_GROUP (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                                 VS_TYPE_IMPORT_DIALOG,
                                                                 "choices_group"));
}

/* The choices `vital-signs import` takes: --layout makes a wide file refused when read as
 * long; --area puts the indicators a file creates in that area; the next import into the
 * database starts from the choices of the last. */
static void
test_import_choices (VsUiFixture  *f,
                     gconstpointer data)
{
  g_autofree char *path = vs_ui_test_write_file (f, "new indicators.csv",
                                      "Ref,Indicator,Bigger or Smaller is better,Oct 17,Nov 17,Target\r\n"
                                      "EH1,Early help assessments completed,Bigger,38,41,40\r\n");
  g_autofree char *area = NULL;
  g_autoptr(VsImportDialog) dialog = NULL;
  g_autoptr(VsImportDialog) next = NULL;
  g_autoptr(VsIndicator) created = NULL;
  g_auto(VsImportChoices) remembered = { 0 };

  dialog = vs_ui_test_open_import (f, path);
  g_assert_true (vs_ui_test_wait_until (vs_ui_test_import_checked, dialog, 30000));
  g_assert_true (vs_import_dialog_can_import (dialog));

  /* Read as a long table, the file has no Period column: refused. */
  g_assert_true (vs_import_choices_group_choose (choices_of (dialog), "layout",
                                                 "Long: a row per figure"));
  g_assert_cmpint (vs_import_dialog_get_state (dialog), ==, VS_IMPORT_DIALOG_CHECKING);
  g_assert_true (vs_ui_test_wait_until (vs_ui_test_import_checked, dialog, 30000));
  g_assert_false (vs_import_dialog_can_import (dialog));

  g_assert_true (vs_import_choices_group_choose (choices_of (dialog), "layout",
                                                 "Wide: a column per month"));
  g_assert_true (vs_ui_test_wait_until (vs_ui_test_import_checked, dialog, 30000));
  g_assert_true (vs_import_choices_group_choose (choices_of (dialog), "area", "Early Help"));
  g_assert_true (vs_ui_test_wait_until (vs_ui_test_import_checked, dialog, 30000));
  g_assert_true (vs_import_dialog_can_import (dialog));
  vs_import_dialog_import (dialog);
  g_assert_true (vs_ui_test_wait_until (vs_ui_test_import_finished, dialog, 30000));
  g_assert_cmpint (vs_import_dialog_get_state (dialog), ==, VS_IMPORT_DIALOG_DONE);

  created = vs_store_get_indicator_by_ref (f->store, "EH1", NULL);
  g_assert_nonnull (created);
  g_assert_cmpstr (created->area, ==, "Early Help");
  area = vs_store_get_setting (f->store, "import-area", NULL);
  g_assert_cmpstr (area, ==, "Early Help");

  /* The next import starts from them. */
  next = vs_ui_test_open_import (f, path);
  vs_import_choices_group_get (choices_of (next), &remembered);
  g_assert_cmpstr (remembered.area, ==, "Early Help");
  g_assert_cmpint (remembered.layout, ==, VS_LAYOUT_WIDE);
  g_assert_null (remembered.sheet);
  g_assert_true (vs_ui_test_wait_until (vs_ui_test_import_checked, next, 30000));
  gtk_window_destroy (GTK_WINDOW (next));
  vs_ui_test_settle ();
  g_unlink (path);
}

/* An imported indicator leaves "Unassigned": indicator settings change its ref and move it
 * to a new area; another indicator's ref is refused while typing, and by the store. */
static gboolean
sidebar_lists_new_area (gpointer data)
{
  VsUiFixture *f = data;
  g_auto(GStrv) views = vs_sidebar_list_views (f->window->sidebar);

  return g_strv_contains ((const char *const *) views, "area:Safeguarding Review");
}

static void
test_indicator_place (VsUiFixture  *f,
                      gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsIndicator) indicator = vs_store_get_indicator_by_ref (f->store, "6.14", NULL);
  g_autoptr(VsIndicator) moved = NULL;
  VsIndicatorDialog *dialog;
  GListModel *areas;

  dialog = vs_indicator_dialog_new (GTK_WINDOW (f->window), f->store, indicator);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dialog->ref_row)), ==, "6.14");
  areas = adw_combo_row_get_model (dialog->area_row);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (areas),
                                               adw_combo_row_get_selected (dialog->area_row)),
                   ==, "Child Protection");

  gtk_editable_set_text (GTK_EDITABLE (dialog->ref_row), "7.10p");
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (dialog->save_button)));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (dialog->ref_row), "error"));
  g_assert_false (vs_indicator_dialog_save (dialog, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);

  gtk_editable_set_text (GTK_EDITABLE (dialog->ref_row), "CP-SEEN");
  adw_combo_row_set_selected (dialog->area_row, g_list_model_get_n_items (areas) - 1);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog->new_area_row)));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (dialog->save_button)));   /* no name */
  gtk_editable_set_text (GTK_EDITABLE (dialog->new_area_row), "Safeguarding Review");
  adw_combo_row_set_selected (dialog->periodicity_row, VS_PERIODICITY_QUARTERLY);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (dialog->save_button)));
  g_assert_true (vs_indicator_dialog_save (dialog, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (dialog));
  vs_ui_test_settle ();

  g_assert_null (vs_store_get_indicator_by_ref (f->store, "6.14", NULL));
  moved = vs_store_get_indicator_by_ref (f->store, "CP-SEEN", NULL);
  g_assert_nonnull (moved);
  g_assert_cmpint (moved->id, ==, indicator->id);
  g_assert_cmpstr (moved->area, ==, "Safeguarding Review");
  g_assert_cmpint (moved->periodicity, ==, VS_PERIODICITY_QUARTERLY);
  /* The sidebar reads the areas again when the store says they changed: on a busy
   * machine that takes more than a settle. */
  g_assert_true (vs_ui_test_wait_until (sidebar_lists_new_area, f, 10000));
}

/* Moves @indicator to @area through its settings, as the officer would. */
static void
move_to_area (VsUiFixture       *f,
              const VsIndicator *indicator,
              const char        *area)
{
  g_autoptr(GError) error = NULL;
  VsIndicatorDialog *dialog = vs_indicator_dialog_new (GTK_WINDOW (f->window), f->store, indicator);
  GListModel *areas = adw_combo_row_get_model (dialog->area_row);
  guint n = g_list_model_get_n_items (areas);
  guint i;

  for (i = 0; i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (areas), i), area) == 0)
      break;
  g_assert_cmpuint (i, <, n);
  adw_combo_row_set_selected (dialog->area_row, i);
  g_assert_true (vs_indicator_dialog_save (dialog, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (dialog));
  vs_ui_test_settle ();
}

/* An area whose last indicator moves to another area has nothing left to show: it leaves
 * the sidebar, and a window showing it goes back to the overview. */
static void
test_area_emptied (VsUiFixture  *f,
                   gconstpointer data)
{
  g_autoptr(GPtrArray) all = vs_store_list_indicators (f->store, 0, NULL);
  g_autoptr(GPtrArray) leaving = g_ptr_array_new ();
  g_auto(GStrv) before = NULL;
  g_auto(GStrv) after = NULL;

  for (guint i = 0; i < all->len; i++)
    {
      VsIndicator *indicator = g_ptr_array_index (all, i);

      if (g_strcmp0 (indicator->area, "CSE & Missing") == 0)
        g_ptr_array_add (leaving, indicator);
    }
  g_assert_cmpuint (leaving->len, ==, 5);
  g_assert_true (vs_ui_test_show (f->window, "area:CSE & Missing"));
  vs_ui_test_settle ();

  for (guint i = 0; i + 1 < leaving->len; i++)
    move_to_area (f, g_ptr_array_index (leaving, i), "Child Protection");
  before = vs_sidebar_list_views (f->window->sidebar);
  g_assert_true (g_strv_contains ((const char *const *) before, "area:CSE & Missing"));
  g_assert_cmpint (f->window->view->kind, ==, VS_VIEW_AREA);

  move_to_area (f, g_ptr_array_index (leaving, leaving->len - 1), "Child Protection");
  after = vs_sidebar_list_views (f->window->sidebar);
  g_assert_false (g_strv_contains ((const char *const *) after, "area:CSE & Missing"));
  g_assert_true (g_strv_contains ((const char *const *) after, "area:Child Protection"));
  g_assert_cmpuint (g_strv_length (after), ==, g_strv_length (before) - 1);
  g_assert_cmpint (f->window->view->kind, ==, VS_VIEW_OVERVIEW);
}

static gboolean
period_is (gpointer data)
{
  gpointer *args = data;

  return vs_window_get_period (args[0]) == GPOINTER_TO_INT (args[1]);
}

/* Presses @keys (xdotool's names) on the X window titled @title. */
static gboolean
press_keys (const char *title,
            const char *keys)
{
  g_autofree char *pattern = g_strdup_printf ("^%s$", title);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;
  const char *argv[] = { "xdotool", "search", "--sync", "--onlyvisible", "--name", pattern,
                         "windowfocus", "--sync", "%1", "key", "--clearmodifiers", keys, NULL };

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                     &status, &error))
    {
      g_test_message ("xdotool: %s", error->message);
      return FALSE;
    }
  return g_spawn_check_wait_status (status, NULL);
}

/* Ctrl+Page Down and Ctrl+Page Up (the documented period shortcuts) step the month while
 * the table has the focus: its scrolled window must not take them for scrolling. */
static void
test_period_keys_in_table (VsUiFixture  *f,
                           gconstpointer data)
{
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  GtkWidget *table;
  gpointer args[2];

  if (xdotool == NULL)
    {
      g_test_skip ("xdotool is not installed (make deps)");
      return;
    }
  g_assert_true (vs_ui_test_show (f->window, "area:Child Protection"));
  vs_ui_test_settle ();
  table = GTK_WIDGET (vs_rag_table_get_column_view (vs_area_view_get_table (f->window->area_view)));
  g_assert_true (gtk_widget_grab_focus (table));
  vs_ui_test_settle ();
  g_assert_cmpint (vs_window_get_period (f->window), ==, vs_period_new (2017, 11));

  args[0] = f->window;
  args[1] = GINT_TO_POINTER (vs_period_new (2017, 10));
  g_assert_true (press_keys (gtk_window_get_title (GTK_WINDOW (f->window)), "ctrl+Prior"));
  g_assert_true (vs_ui_test_wait_until (period_is, args, 5000));
  /* The table, rebuilt for the month, keeps the focus: step forward from it again. */
  vs_ui_test_settle ();
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), table));

  args[1] = GINT_TO_POINTER (vs_period_new (2017, 11));
  g_assert_true (press_keys (gtk_window_get_title (GTK_WINDOW (f->window)), "ctrl+Next"));
  g_assert_true (vs_ui_test_wait_until (period_is, args, 5000));
}


/* The keys each window action is bound to (vs-window-actions.c), as the shortcuts window
 * must list them. */
static const struct {
  const char *action;
  const char *keys;
} window_keys[] = {
  { "win.import", "<Control>o" },
  { "win.search", "<Control>f" },
  { "win.back", "<Alt>Left" },
  { "win.show-view", "<Alt>1" },   /* and 2, 3, 4: checked below */
  { "win.previous-period", "<Control>Page_Up" },
  { "win.next-period", "<Control>Page_Down" },
  { "win.open-indicator", "Return" },
  { "win.edit-indicator", "<Alt>Return" },
  { "win.reload", "<Control>r F5" },
  { "win.export-pack", "<Control>e" },
  { "win.print-pack", "<Control>p" },
};

/* Actions a key would not fit: each acts on a target a list or a toast names. */
static const char *const no_key[] = {
  "win.undo-import",   /* the toast's and the import history's Undo, for that import */
  "win.open-file",     /* the toast's Open after an export, for that file */
  "app.open-recent",   /* the Recent submenu, for that file */
  "app.open-demo",     /* the welcome page's button */
  "app.about",         /* GNOME's About has no key */
  NULL
};

static void
collect_shortcuts (GObject    *object,
                   GHashTable *listed)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (object))
    {
      g_autofree char *accelerator = NULL;
      g_autofree char *action = NULL;

      g_object_get (object, "accelerator", &accelerator, "action-name", &action, NULL);
      if (accelerator != NULL)
        g_hash_table_add (listed, g_steal_pointer (&accelerator));
      if (action != NULL)
        g_hash_table_add (listed, g_steal_pointer (&action));
    }
}

/* Every action has a key, listed in the shortcuts window. */
static void
test_shortcuts_listed (VsUiFixture  *f,
                       gconstpointer data)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/vitalsigns/VitalSigns/gtk/help-overlay.ui");
  g_autoptr(GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GSList) objects = gtk_builder_get_objects (builder);
  g_auto(GStrv) app_actions = g_action_group_list_actions (G_ACTION_GROUP (f->app));
  const char *name, *property;
  const GVariantType *type;
  GType owner;
  gboolean found;

  for (GSList *l = objects; l != NULL; l = l->next)
    collect_shortcuts (l->data, listed);
  for (const char *const *k = (const char *const[]) { "<Alt>2", "<Alt>3", "<Alt>4", NULL }; *k; k++)
    g_assert_true (g_hash_table_contains (listed, *k));

  for (guint i = 0; gtk_widget_class_query_action (g_type_class_peek (VS_TYPE_WINDOW), i, &owner,
                                                   &name, &type, &property); i++)
    {
      if (!g_str_has_prefix (name, "win."))
        continue;   /* GtkWindow's own (window.close has its key from the application) */
      found = g_strv_contains (no_key, name);
      for (guint k = 0; !found && k < G_N_ELEMENTS (window_keys); k++)
        if (g_str_equal (window_keys[k].action, name))
          {
            g_assert_true (g_hash_table_contains (listed, window_keys[k].keys));
            found = TRUE;
          }
      if (!found)
        g_error ("%s has no key in the shortcuts window", name);
    }

  for (guint i = 0; app_actions[i] != NULL; i++)
    {
      g_autofree char *full = g_strconcat ("app.", app_actions[i], NULL);
      g_auto(GStrv) accels = NULL;

      if (g_strv_contains (no_key, full))
        continue;
      accels = gtk_application_get_accels_for_action (GTK_APPLICATION (f->app), full);
      g_assert_nonnull (accels[0]);
      if (!g_hash_table_contains (listed, full))
        g_error ("%s is not in the shortcuts window", full);
    }
}

static gboolean
entry_row_titled (GtkWidget  *widget,
                  const char *title)
{
  return ADW_IS_ENTRY_ROW (widget)
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* Shown or not: the action row is tested on its own, never mapped. */
static gboolean
label_says (GtkWidget  *widget,
            const char *text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* An action's due month as the committee papers write it ("by March 2017") or as an
 * officer types it; shown back in words; and a wrong one's message goes as soon as the
 * officer corrects it. YYYY-MM was once the only form, and the message stayed up. */
static void
test_action_due_month (VsUiFixture  *f,
                       gconstpointer data)
{
  VsAction draft = { .text = (char *) "Audit of visits", .due = VS_PERIOD_INVALID };
  g_autoptr(GtkWidget) row = g_object_ref_sink (vs_action_row_new (&draft, "Team Manager"));
  g_autoptr(GError) error = NULL;
  GtkWidget *due = vs_ui_test_find_widget (row, entry_row_titled, "Due month");
  GtkWidget *error_label;
  VsAction saved = { .text = (char *) "Audit of visits", .due = vs_period_new (2018, 3) };
  g_autoptr(GtkWidget) again = NULL;

  g_assert_nonnull (due);
  gtk_editable_set_text (GTK_EDITABLE (due), "by March 2026");
  g_assert_true (vs_action_row_read (VS_ACTION_ROW (row), &error));
  g_assert_no_error (error);
  g_assert_cmpint (vs_action_row_get_action (VS_ACTION_ROW (row))->due, ==, vs_period_new (2026, 3));

  gtk_editable_set_text (GTK_EDITABLE (due), "soon");
  g_signal_emit_by_name (vs_ui_test_find_button (row, "_Save Action"), "clicked");
  error_label = vs_ui_test_find_widget (row, label_says,
                                        "Due: “soon” is not a month; write it as “March 2026” or “2026-03”");
  g_assert_nonnull (error_label);
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_true (gtk_widget_has_css_class (due, "error"));
  gtk_editable_set_text (GTK_EDITABLE (due), "Mar 26");
  g_assert_false (gtk_widget_get_visible (error_label));
  g_assert_false (gtk_widget_has_css_class (due, "error"));

  again = g_object_ref_sink (vs_action_row_new (&saved, "Team Manager"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (vs_ui_test_find_widget (again, entry_row_titled, "Due month"))), ==,
                   "March 2018");
}

/* A progress note starts with the day it was written, as the committee papers' notes do:
 * "7 December 2026, Team Manager: …". GLib pads a one-digit day with a figure space,
 * which g_strstrip() keeps, and the notes read " 7 December". */
static void
test_action_note_date (VsUiFixture  *f,
                       gconstpointer data)
{
  VsAction draft = { .text = (char *) "Audit of visits", .due = VS_PERIOD_INVALID };
  g_autoptr(GtkWidget) row = g_object_ref_sink (vs_action_row_new (&draft, "Team Manager"));
  GtkWidget *note = vs_ui_test_find_widget (row, entry_row_titled, "Add a progress note");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *month = g_date_time_format (now, "%B");
  g_autofree char *expected = g_strdup_printf ("%d %s %d, Team Manager: Called the family",
                                               g_date_time_get_day_of_month (now), month,
                                               g_date_time_get_year (now));
  const char *progress;

  g_assert_nonnull (note);
  gtk_editable_set_text (GTK_EDITABLE (note), "Called the family");
  g_signal_emit_by_name (note, "apply");
  progress = vs_action_row_get_action (VS_ACTION_ROW (row))->progress;
  g_assert_cmpstr (progress, ==, expected);
}

int
main (int    argc,
      char **argv)
{
  vs_ui_test_init (&argc, &argv);

  g_test_add ("/ui/dialogs/import-choices", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_import_choices, vs_ui_fixture_teardown);
  g_test_add ("/ui/dialogs/indicator-place", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_indicator_place, vs_ui_fixture_teardown);
  g_test_add ("/ui/dialogs/action-due-month", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_action_due_month, vs_ui_fixture_teardown);
  g_test_add ("/ui/dialogs/action-note-date", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_action_note_date, vs_ui_fixture_teardown);
  g_test_add ("/ui/dialogs/area-emptied", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_area_emptied, vs_ui_fixture_teardown);
  g_test_add ("/ui/keys/period-in-table", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_period_keys_in_table, vs_ui_fixture_teardown);
  g_test_add ("/ui/keys/shortcuts-listed", VsUiFixture, NULL,
              vs_ui_fixture_setup, test_shortcuts_listed, vs_ui_fixture_teardown);
  return g_test_run ();
}
