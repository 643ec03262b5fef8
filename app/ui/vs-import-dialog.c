/* vs-import-dialog.c: preview an import, confirm it, run it without freezing the window
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "vs-a11y.h"
#include "vs-authority-chooser.h"
#include "vs-import-choices-group.h"
#include "vs-import-dialog.h"
#include "vs-import-preview.h"
#include "vs-store-peers.h"

struct _VsImportDialog
{
  AdwWindow            parent_instance;

  /* template */
  AdwWindowTitle      *window_title;
  GtkButton           *import_button;
  GtkButton           *cancel_button;
  GtkStack            *stack;
  GtkLabel            *checking_label;
  VsImportPreview     *preview;
  GtkProgressBar      *progress;
  GtkLabel            *progress_label;
  VsAuthorityChooser  *home_chooser;
  VsImportChoicesGroup *choices_group;

  char                *db_path;
  gboolean             has_home;       /* the database knew its home authority when opened */
  char                *home_code;      /* chosen here for files of many authorities */
  GHashTable          *many;           /* paths of files of many authorities */
  GPtrArray           *paths;          /* of char* */
  VsImportDialogState  state;
  gboolean             refused;
  GCancellable        *cancellable;
  guint                pulse_id;
  int                  files_done;     /* atomic: written by the worker */
};

G_DEFINE_FINAL_TYPE (VsImportDialog, vs_import_dialog, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
run_job (VsImportDialog      *self,
         gboolean             dry_run,
         GAsyncReadyCallback  callback)
{
  g_auto(VsImportChoices) choices = { 0 };

  vs_import_choices_group_get (self->choices_group, &choices);
  vs_import_dialog_run_job (G_OBJECT (self), self->db_path, self->paths, dry_run, &choices,
                            self->home_code, self->many, &self->files_done, self->cancellable,
                            callback);
}

/* ---- the dialog's states ---- */

static void
set_state (VsImportDialog      *self,
           VsImportDialogState  state)
{
  self->state = state;
  switch (state)
    {
    case VS_IMPORT_DIALOG_CHECKING:
      gtk_stack_set_visible_child_name (self->stack, "checking");
      break;
    case VS_IMPORT_DIALOG_PREVIEW:
    case VS_IMPORT_DIALOG_FAILED:
      gtk_stack_set_visible_child_name (self->stack, "preview");
      break;
    case VS_IMPORT_DIALOG_IMPORTING:
    case VS_IMPORT_DIALOG_DONE:
      gtk_stack_set_visible_child_name (self->stack, "importing");
      break;
    case VS_IMPORT_DIALOG_CHOOSING_HOME:
      gtk_stack_set_visible_child_name (self->stack, "home");
      break;
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button),
                            state == VS_IMPORT_DIALOG_PREVIEW && !self->refused);
  /* Once the transaction has started it finishes or rolls back on its own; closing the
   * dialog then would only hide the outcome. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), state != VS_IMPORT_DIALOG_IMPORTING);
  gtk_button_set_label (self->cancel_button,
                        state == VS_IMPORT_DIALOG_FAILED ? _("_Close") : _("_Cancel"));
  vs_a11y_name_button (GTK_WIDGET (self->cancel_button), NULL);
}

static void
show_results (VsImportDialog *self,
              GPtrArray      *results)
{
  vs_import_preview_clear (self->preview);
  self->refused = FALSE;
  for (guint i = 0; i < results->len; i++)
    {
      VsImportFileResult *r = g_ptr_array_index (results, i);

      vs_import_preview_add_file (self->preview, r->path, r->summary, r->error);
      if (r->error != NULL || (r->summary != NULL && r->summary->n_errors > 0))
        self->refused = TRUE;
    }
}

static gboolean on_pulse_cb (gpointer user_data);
static void on_checked_cb (GObject *source, GAsyncResult *result, gpointer user_data);

/* The first file of many authorities, with no home authority yet: the officer picks it
 * from the authorities the files name, and the dry run runs again for it. */
static gboolean
ask_for_home (VsImportDialog *self,
              GPtrArray      *results)
{
  g_autoptr(GPtrArray) authorities = NULL;
  g_autoptr(GHashTable) seen = NULL;

  if (self->has_home || self->home_code != NULL)
    return FALSE;
  authorities = g_ptr_array_new ();
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < results->len; i++)
    {
      VsImportFileResult *r = g_ptr_array_index (results, i);

      if (r->summary == NULL || r->summary->authorities == NULL || r->summary->authorities->len < 2)
        continue;
      g_hash_table_add (self->many, g_strdup (r->path));
      for (guint k = 0; k < r->summary->authorities->len; k++)
        {
          VsAuthority *a = g_ptr_array_index (r->summary->authorities, k);

          if (a->code != NULL && g_hash_table_add (seen, a->code))
            g_ptr_array_add (authorities, a);
        }
    }
  if (authorities->len == 0)
    return FALSE;
  vs_authority_chooser_set_authorities (self->home_chooser, authorities);
  set_state (self, VS_IMPORT_DIALOG_CHOOSING_HOME);
  return TRUE;
}

static void
on_home_chosen_cb (VsAuthorityChooser *chooser,
                   VsImportDialog     *self)
{
  const VsAuthority *home = vs_authority_chooser_get_chosen (chooser);

  if (home == NULL || self->state != VS_IMPORT_DIALOG_CHOOSING_HOME)
    return;
  g_free (self->home_code);
  self->home_code = g_strdup (home->code);
  set_state (self, VS_IMPORT_DIALOG_CHECKING);
  self->pulse_id = g_timeout_add (100, on_pulse_cb, self);
  run_job (self, TRUE, on_checked_cb);
}

gboolean
vs_import_dialog_choose_home (VsImportDialog *self,
                              const char     *code)
{
  g_return_val_if_fail (VS_IS_IMPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (self->state == VS_IMPORT_DIALOG_CHOOSING_HOME, FALSE);
  return vs_authority_chooser_choose (self->home_chooser, code);
}

static void
on_checked_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  VsImportDialog *self = VS_IMPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = g_task_propagate_pointer (G_TASK (result), &error);

  g_clear_handle_id (&self->pulse_id, g_source_remove);
  if (results == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      results = g_ptr_array_new_with_free_func ((GDestroyNotify) vs_import_file_result_free);
      for (guint i = 0; i < self->paths->len; i++)
        {
          VsImportFileResult *r = g_new0 (VsImportFileResult, 1);

          r->path = g_strdup (g_ptr_array_index (self->paths, i));
          r->error = g_error_copy (error);
          g_ptr_array_add (results, r);
        }
    }

  if (ask_for_home (self, results))
    return;
  show_results (self, results);
  /* The sheets of the first workbook: a choice of sheet is for one workbook at a time. */
  for (guint i = 0; i < results->len; i++)
    {
      VsImportFileResult *r = g_ptr_array_index (results, i);

      if (r->summary != NULL)
        {
          vs_import_choices_group_set_sheets (self->choices_group,
                                              (const char *const *) r->summary->sheets);
          break;
        }
    }
  vs_import_preview_set_message (self->preview,
                                 self->refused
                                   ? _("Nothing will be imported until the errors below are "
                                       "fixed in the file. The database has not been changed.")
                                   : _("Check what the import will do, then press Import. You "
                                       "can undo it afterwards."),
                                 self->refused);
  set_state (self, VS_IMPORT_DIALOG_PREVIEW);
  if (!self->refused)
    gtk_widget_grab_focus (GTK_WIDGET (self->import_button));
}

static void
on_imported_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  VsImportDialog *self = VS_IMPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = g_task_propagate_pointer (G_TASK (result), &error);
  g_autoptr(GVariant) ids = NULL;
  g_autofree char *message = NULL;
  gboolean ok = results != NULL;

  g_clear_handle_id (&self->pulse_id, g_source_remove);
  for (guint i = 0; ok && i < results->len; i++)
    {
      VsImportFileResult *r = g_ptr_array_index (results, i);

      if (r->error != NULL || r->summary == NULL || !r->summary->written)
        ok = FALSE;
    }

  if (!ok)
    {
      if (results != NULL)
        show_results (self, results);
      else
        {
          vs_import_preview_clear (self->preview);
          vs_import_preview_add_file (self->preview, g_ptr_array_index (self->paths, 0), NULL, error);
        }
      self->refused = TRUE;
      vs_import_preview_set_message (self->preview,
                                     _("The import was refused and nothing was written: the "
                                       "database is as it was."), TRUE);
      set_state (self, VS_IMPORT_DIALOG_FAILED);
      return;
    }

  message = vs_import_describe_results (results, &ids);
  set_state (self, VS_IMPORT_DIALOG_DONE);
  g_signal_emit (self, signals[IMPORTED], 0, ids, message);
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
on_pulse_cb (gpointer user_data)
{
  VsImportDialog *self = user_data;
  guint done = (guint) g_atomic_int_get (&self->files_done);
  g_autofree char *text = NULL;

  gtk_progress_bar_pulse (self->progress);
  if (done < self->paths->len)
    {
      g_autofree char *name = g_path_get_basename (g_ptr_array_index (self->paths, done));

      /* Translators: progress of an import: file n of m, its name */
      text = g_strdup_printf (_("Importing file %u of %u: %s"), done + 1, self->paths->len, name);
      gtk_label_set_text (self->progress_label, text);
    }
  return G_SOURCE_CONTINUE;
}

void
vs_import_dialog_import (VsImportDialog *self)
{
  g_return_if_fail (VS_IS_IMPORT_DIALOG (self));

  if (!vs_import_dialog_can_import (self))
    return;
  set_state (self, VS_IMPORT_DIALOG_IMPORTING);
  self->pulse_id = g_timeout_add (100, on_pulse_cb, self);
  on_pulse_cb (self);
  run_job (self, FALSE, on_imported_cb);
}

/* Another sheet, layout, area or locality: the files are checked again for it. */
static void
on_choices_changed_cb (VsImportChoicesGroup *group,
                       VsImportDialog       *self)
{
  if (self->state != VS_IMPORT_DIALOG_PREVIEW && self->state != VS_IMPORT_DIALOG_FAILED)
    return;
  set_state (self, VS_IMPORT_DIALOG_CHECKING);
  self->pulse_id = g_timeout_add (100, on_pulse_cb, self);
  run_job (self, TRUE, on_checked_cb);
}

static void
on_import_clicked_cb (GtkButton      *button,
                      VsImportDialog *self)
{
  vs_import_dialog_import (self);
}

static void
on_cancel_clicked_cb (GtkButton      *button,
                      VsImportDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
vs_import_dialog_close_request (GtkWindow *window)
{
  VsImportDialog *self = VS_IMPORT_DIALOG (window);

  if (self->state == VS_IMPORT_DIALOG_IMPORTING)
    return TRUE;
  g_cancellable_cancel (self->cancellable);
  return GTK_WINDOW_CLASS (vs_import_dialog_parent_class)->close_request (window);
}

static void
vs_import_dialog_dispose (GObject *object)
{
  VsImportDialog *self = VS_IMPORT_DIALOG (object);

  g_clear_handle_id (&self->pulse_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_IMPORT_DIALOG);

  G_OBJECT_CLASS (vs_import_dialog_parent_class)->dispose (object);
}

static void
vs_import_dialog_finalize (GObject *object)
{
  VsImportDialog *self = VS_IMPORT_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->paths, g_ptr_array_unref);
  g_clear_pointer (&self->many, g_hash_table_unref);
  g_free (self->home_code);
  g_free (self->db_path);

  G_OBJECT_CLASS (vs_import_dialog_parent_class)->finalize (object);
}

static void
vs_import_dialog_class_init (VsImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = vs_import_dialog_dispose;
  object_class->finalize = vs_import_dialog_finalize;
  window_class->close_request = vs_import_dialog_close_request;

  signals[IMPORTED] =
    g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_VARIANT, G_TYPE_STRING);

  g_type_ensure (VS_TYPE_IMPORT_PREVIEW);
  g_type_ensure (VS_TYPE_AUTHORITY_CHOOSER);
  g_type_ensure (VS_TYPE_IMPORT_CHOICES_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vitalsigns/VitalSigns/ui/vs-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, VsImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, VsImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, VsImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, VsImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, VsImportDialog, checking_label);
  gtk_widget_class_bind_template_child (widget_class, VsImportDialog, preview);
  gtk_widget_class_bind_template_child (widget_class, VsImportDialog, progress);
  gtk_widget_class_bind_template_child (widget_class, VsImportDialog, progress_label);
  gtk_widget_class_bind_template_child (widget_class, VsImportDialog, home_chooser);
  gtk_widget_class_bind_template_child (widget_class, VsImportDialog, choices_group);
  gtk_widget_class_bind_template_callback (widget_class, on_choices_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_home_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
vs_import_dialog_init (VsImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  vs_a11y_name_label_buttons (GTK_WIDGET (self));
  self->paths = g_ptr_array_new_with_free_func (g_free);
  self->many = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->cancellable = g_cancellable_new ();
}

VsImportDialog *
vs_import_dialog_new (GtkWindow  *parent,
                      VsStore    *store,
                      GListModel *files)
{
  VsImportDialog *self;
  guint n;
  g_autofree char *subtitle = NULL;
  g_autoptr(VsAuthority) home = NULL;
  g_auto(VsImportChoices) choices = { 0 };

  g_return_val_if_fail (VS_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (files), NULL);

  self = g_object_new (VS_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->db_path = g_strdup (vs_store_get_path (store));
  home = vs_store_get_home (store, NULL);
  self->has_home = home != NULL;
  vs_import_choices_load (&choices, store);
  vs_import_choices_group_load (self->choices_group, store, &choices);

  n = g_list_model_get_n_items (files);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);
      char *path = g_file_get_path (file);

      /* Only local files: a portal hands out a local path for anything the officer picks. */
      g_ptr_array_add (self->paths, path != NULL ? path : g_file_get_uri (file));
    }

  if (n == 1)
    subtitle = g_path_get_basename (g_ptr_array_index (self->paths, 0));
  else
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u file", "%u files", n), n);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_label_set_text (self->checking_label, _("Reading the files and checking every figure…"));

  set_state (self, VS_IMPORT_DIALOG_CHECKING);
  self->pulse_id = g_timeout_add (100, on_pulse_cb, self);
  run_job (self, TRUE, on_checked_cb);
  return self;
}

VsImportDialogState
vs_import_dialog_get_state (VsImportDialog *self)
{
  g_return_val_if_fail (VS_IS_IMPORT_DIALOG (self), VS_IMPORT_DIALOG_FAILED);
  return self->state;
}

gboolean
vs_import_dialog_can_import (VsImportDialog *self)
{
  g_return_val_if_fail (VS_IS_IMPORT_DIALOG (self), FALSE);
  return self->state == VS_IMPORT_DIALOG_PREVIEW && !self->refused;
}
