/* vs-pack-dialog.c: the committee pack's choices, remembered in the database, and the pack
 * built and written on a connection of its own in a thread
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-pack-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "vs-a11y.h"
#include "vs-pack-dialog.h"
#include "vs-pack-job.h"

static const char *const markings[] = { "OFFICIAL", "OFFICIAL-SENSITIVE" };

struct _VsPackDialog
{
  AdwWindow       parent_instance;

  /* template */
  GtkButton      *export_button;
  GtkStack       *stack;
  GtkLabel       *error_label;
  AdwComboRow    *period_row;
  AdwComboRow    *locality_row;
  GtkStringList  *period_labels;
  GtkStringList  *locality_labels;
  AdwExpanderRow *areas_row;
  AdwComboRow    *cards_row;
  GtkSwitch      *exceptions_switch;
  AdwComboRow    *marking_row;
  AdwEntryRow    *marking_entry;
  GtkSwitch      *suppress_switch;
  GtkSpinButton  *suppress_spin;
  AdwComboRow    *format_row;
  GtkProgressBar *progress;
  GtkLabel       *progress_label;

  VsStore        *store;
  GArray         *periods;         /* of VsPeriod, as period_row */
  GPtrArray      *localities;      /* of VsLocality*, as locality_row */
  GPtrArray      *area_checks;     /* of GtkCheckButton*, labelled with the area's name */
  GCancellable   *cancellable;
  VsPackJob      *job;             /* while running, owned by its task */
  guint           progress_id;
  char           *error;
  gboolean        disposed;
};

G_DEFINE_FINAL_TYPE (VsPackDialog, vs_pack_dialog, ADW_TYPE_WINDOW)

enum { EXPORTED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* ---- the choices ---- */

static const char *
chosen_marking (VsPackDialog *self)
{
  guint i = adw_combo_row_get_selected (self->marking_row);

  if (i < G_N_ELEMENTS (markings))
    return markings[i];
  return gtk_editable_get_text (GTK_EDITABLE (self->marking_entry));
}

static char **
chosen_areas (VsPackDialog *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = 0;

  for (guint i = 0; i < self->area_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->area_checks, i);

      if (gtk_check_button_get_active (check))
        {
          g_strv_builder_add (builder, gtk_check_button_get_label (check));
          n++;
        }
    }
  /* Every area is no filter at all: areas added later are then in the pack too. */
  if (n == self->area_checks->len)
    return NULL;
  return g_strv_builder_end (builder);
}

static void
show_choices (VsPackDialog *self)
{
  g_auto(VsPackChoices) choices = { 0 };
  guint i;

  vs_pack_choices_load (&choices, self->store);
  adw_combo_row_set_selected (self->cards_row, (guint) choices.cards);
  gtk_switch_set_active (self->exceptions_switch, choices.exceptions_only);
  if (choices.marking != NULL)
    {
      for (i = 0; i < G_N_ELEMENTS (markings); i++)
        if (g_strcmp0 (choices.marking, markings[i]) == 0)
          break;
      adw_combo_row_set_selected (self->marking_row, i);
      if (i == G_N_ELEMENTS (markings))
        gtk_editable_set_text (GTK_EDITABLE (self->marking_entry), choices.marking);
    }
  if (choices.suppress_below > 0)
    {
      gtk_switch_set_active (self->suppress_switch, TRUE);
      gtk_spin_button_set_value (self->suppress_spin, (double) choices.suppress_below);
    }
  adw_combo_row_set_selected (self->format_row, (guint) choices.format);
  for (i = 0; choices.areas != NULL && i < self->area_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->area_checks, i);

      gtk_check_button_set_active (check,
                                   g_strv_contains ((const char *const *) choices.areas,
                                                    gtk_check_button_get_label (check)));
    }
}

static void
read_choices (VsPackDialog  *self,
              VsPackChoices *choices)
{
  memset (choices, 0, sizeof *choices);
  choices->cards = (VsPackCards) adw_combo_row_get_selected (self->cards_row);
  choices->exceptions_only = gtk_switch_get_active (self->exceptions_switch);
  choices->marking = g_strdup (chosen_marking (self));
  choices->suppress_below = gtk_switch_get_active (self->suppress_switch)
                              ? (guint) gtk_spin_button_get_value_as_int (self->suppress_spin)
                              : 0;
  choices->format = vs_pack_dialog_get_format (self);
  choices->areas = chosen_areas (self);
}

static void
on_marking_selected_cb (VsPackDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->marking_entry),
                          adw_combo_row_get_selected (self->marking_row) >= G_N_ELEMENTS (markings));
}

static gboolean
fill_choices (VsPackDialog *self,
              VsPeriod      period,
              const char   *locality,
              GError      **error)
{
  g_autoptr(GPtrArray) areas = NULL;
  guint selected = 0;

  if (!(self->periods = vs_store_list_periods (self->store, error))
      || !(self->localities = vs_store_list_localities (self->store, error))
      || !(areas = vs_store_list_areas (self->store, error)))
    return FALSE;

  for (guint i = 0; i < self->periods->len; i++)
    {
      VsPeriod p = g_array_index (self->periods, VsPeriod, i);
      g_autofree char *label = vs_period_to_long_label (p);

      gtk_string_list_append (self->period_labels, label);
      if (p == period)
        selected = i;
    }
  adw_combo_row_set_selected (self->period_row, selected);

  selected = 0;
  for (guint i = 0; i < self->localities->len; i++)
    {
      const VsLocality *l = g_ptr_array_index (self->localities, i);

      gtk_string_list_append (self->locality_labels, l->name);
      if (locality != NULL ? g_strcmp0 (l->name, locality) == 0 : l->is_whole_authority)
        selected = i;
    }
  adw_combo_row_set_selected (self->locality_row, selected);

  for (guint i = 0; i < areas->len; i++)
    {
      const VsArea *area = g_ptr_array_index (areas, i);
      GtkWidget *check = gtk_check_button_new_with_label (area->name);
      GtkWidget *row = adw_action_row_new ();

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), area->name);
      /* The row names the area; the check is its switch, its label for the choices. */
      gtk_widget_set_visible (gtk_widget_get_last_child (check), FALSE);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      /* Named once, by the area: the row labels its activatable widget with its title,
       * which a screen reader read after the check's own (hidden) label. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      area->name, -1);
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (check),
                                     GTK_ACCESSIBLE_RELATION_LABELLED_BY);
      adw_expander_row_add_row (self->areas_row, row);
      g_ptr_array_add (self->area_checks, check);
    }
  return TRUE;
}

/* ---- running ---- */

static void
show_error (VsPackDialog *self,
            const char   *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static gboolean
on_progress_tick_cb (gpointer user_data)
{
  VsPackDialog *self = user_data;
  g_autofree char *what = NULL;

  gtk_progress_bar_set_fraction (self->progress, vs_pack_job_get_progress (self->job, &what));
  gtk_label_set_text (self->progress_label, what != NULL ? what : "");
  return G_SOURCE_CONTINUE;
}

static void
set_running (VsPackDialog *self,
             VsPackJob    *job)
{
  self->job = job;
  gtk_stack_set_visible_child_name (self->stack, job != NULL ? "progress" : "options");
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), job == NULL);
  if (job != NULL)
    self->progress_id = g_timeout_add (100, on_progress_tick_cb, self);
  else
    g_clear_handle_id (&self->progress_id, g_source_remove);
}

static void
on_export_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  VsPackDialog *self = VS_PACK_DIALOG (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsPackJob) job = vs_pack_job_run_finish (result, &error);
  g_autoptr(GFile) file = NULL;

  if (self->disposed)
    return;
  set_running (self, NULL);
  if (job == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error->message);
      return;
    }
  file = g_file_new_for_path (vs_pack_job_get_path (job));
  g_signal_emit (self, signals[EXPORTED], 0, file);
  gtk_window_destroy (GTK_WINDOW (self));
}

void
vs_pack_dialog_export_to (VsPackDialog *self,
                          GFile        *file)
{
  g_auto(VsPackChoices) choices = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  const char *locality = NULL;
  VsPackJob *job;
  guint period = adw_combo_row_get_selected (self->period_row);
  guint i = adw_combo_row_get_selected (self->locality_row);

  g_return_if_fail (VS_IS_PACK_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->job == NULL);

  if (self->periods == NULL || period >= self->periods->len)
    {
      show_error (self, _("There are no figures to report yet: import a month first."));
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  g_clear_pointer (&self->error, g_free);

  if (i < self->localities->len)
    {
      const VsLocality *l = g_ptr_array_index (self->localities, i);

      locality = l->is_whole_authority ? NULL : l->name;
    }
  read_choices (self, &choices);
  /* Forgetting a choice costs the officer a click next time, never the pack; a read-only
   * database (a reviewer's copy) makes its pack without remembering. */
  if (!vs_store_is_read_only (self->store) && !vs_pack_choices_save (&choices, self->store, &error))
    g_warning ("Could not remember the pack's choices: %s", error->message);

  path = g_file_get_path (file);
  job = vs_pack_job_new (self->store, g_array_index (self->periods, VsPeriod, period), locality,
                         &choices, path);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  set_running (self, job);
  vs_pack_job_run_async (job, self, self->cancellable, on_export_done_cb, NULL);
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        VsPackDialog    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      VsPackFormat format = vs_pack_dialog_get_format (self);
      VsPackFormat named;

      /* The format chosen in the dialog wins over a name without its extension. */
      if (!vs_pack_format_from_filename (path, &named) || named != format)
        {
          g_autofree char *fixed = g_strconcat (path, ".", vs_pack_format_to_string (format), NULL);

          g_object_unref (file);
          file = g_file_new_for_path (fixed);
        }
      vs_pack_dialog_export_to (self, file);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

/* GtkFileChooserNative, as Import does: under Flatpak the portal writes where the officer
 * chose. */
static void
on_export_clicked_cb (VsPackDialog *self)
{
  GtkFileChooserNative *chooser;
  VsPackFormat format = vs_pack_dialog_get_format (self);
  guint i = adw_combo_row_get_selected (self->period_row);
  g_autofree char *iso = i < self->periods->len
                           ? vs_period_to_iso (g_array_index (self->periods, VsPeriod, i))
                           : g_strdup ("");
  /* Translators: the pack's suggested file name: month, extension */
  g_autofree char *name = g_strdup_printf (_("Committee pack %s.%s"), iso,
                                           vs_pack_format_to_string (format));

  chooser = gtk_file_chooser_native_new (_("Export Committee Pack"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_cancel_clicked_cb (VsPackDialog *self)
{
  /* The writer stops at its next slide and leaves no file; closing waits for the task. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->job == NULL)
    gtk_window_destroy (GTK_WINDOW (self));
}

/* ---- the object ---- */

VsPackFormat
vs_pack_dialog_get_format (VsPackDialog *self)
{
  g_return_val_if_fail (VS_IS_PACK_DIALOG (self), VS_PACK_FORMAT_PDF);
  return (VsPackFormat) adw_combo_row_get_selected (self->format_row);
}

void
vs_pack_dialog_set_format (VsPackDialog *self,
                           VsPackFormat  format)
{
  g_return_if_fail (VS_IS_PACK_DIALOG (self));
  adw_combo_row_set_selected (self->format_row, (guint) format);
}

gboolean
vs_pack_dialog_is_running (VsPackDialog *self)
{
  g_return_val_if_fail (VS_IS_PACK_DIALOG (self), FALSE);
  return self->job != NULL;
}

const char *
vs_pack_dialog_get_error (VsPackDialog *self)
{
  g_return_val_if_fail (VS_IS_PACK_DIALOG (self), NULL);
  return self->error;
}

VsPackDialog *
vs_pack_dialog_new (GtkWindow  *parent,
                    VsStore    *store,
                    VsPeriod    period,
                    const char *locality)
{
  VsPackDialog *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (VS_IS_STORE (store), NULL);

  self = g_object_new (VS_TYPE_PACK_DIALOG, "transient-for", parent, "modal", TRUE, NULL);
  self->store = g_object_ref (store);
  if (!fill_choices (self, period, locality, &error))
    {
      show_error (self, error->message);
      gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), FALSE);
      return self;
    }
  show_choices (self);
  return self;
}

static void
vs_pack_dialog_dispose (GObject *object)
{
  VsPackDialog *self = VS_PACK_DIALOG (object);

  /* The task keeps the dialog alive until the writer has stopped and removed its file. */
  self->disposed = TRUE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_PACK_DIALOG);
  G_OBJECT_CLASS (vs_pack_dialog_parent_class)->dispose (object);
}

static void
vs_pack_dialog_finalize (GObject *object)
{
  VsPackDialog *self = VS_PACK_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->periods, g_array_unref);
  g_clear_pointer (&self->localities, g_ptr_array_unref);
  g_clear_pointer (&self->area_checks, g_ptr_array_unref);
  g_free (self->error);
  G_OBJECT_CLASS (vs_pack_dialog_parent_class)->finalize (object);
}

static void
vs_pack_dialog_class_init (VsPackDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_pack_dialog_dispose;
  object_class->finalize = vs_pack_dialog_finalize;

  signals[EXPORTED] = g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vitalsigns/VitalSigns/ui/vs-pack-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, VsPackDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, VsPackDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, VsPackDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, VsPackDialog, period_row);
  gtk_widget_class_bind_template_child (widget_class, VsPackDialog, locality_row);
  gtk_widget_class_bind_template_child (widget_class, VsPackDialog, period_labels);
  gtk_widget_class_bind_template_child (widget_class, VsPackDialog, locality_labels);
  gtk_widget_class_bind_template_child (widget_class, VsPackDialog, areas_row);
  gtk_widget_class_bind_template_child (widget_class, VsPackDialog, cards_row);
  gtk_widget_class_bind_template_child (widget_class, VsPackDialog, exceptions_switch);
  gtk_widget_class_bind_template_child (widget_class, VsPackDialog, marking_row);
  gtk_widget_class_bind_template_child (widget_class, VsPackDialog, marking_entry);
  gtk_widget_class_bind_template_child (widget_class, VsPackDialog, suppress_switch);
  gtk_widget_class_bind_template_child (widget_class, VsPackDialog, suppress_spin);
  gtk_widget_class_bind_template_child (widget_class, VsPackDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, VsPackDialog, progress);
  gtk_widget_class_bind_template_child (widget_class, VsPackDialog, progress_label);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_marking_selected_cb);
}

static void
vs_pack_dialog_init (VsPackDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->area_checks = g_ptr_array_new ();
  vs_a11y_name_label_buttons (GTK_WIDGET (self));
  vs_a11y_name_by_title (ADW_PREFERENCES_ROW (self->areas_row));
}
