/* vs-action-row.c: one action of a report card, edited in place
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-action-row"

#include "config.h"

#include <glib/gi18n.h>

#include "vs-a11y.h"
#include "vs-action-row.h"
#include "vs-period.h"

struct _VsActionRow
{
  AdwExpanderRow  parent_instance;

  VsAction       *action;
  char           *author;

  AdwEntryRow    *text_row;
  AdwEntryRow    *owner_row;
  AdwEntryRow    *due_row;
  AdwComboRow    *status_row;
  AdwActionRow   *progress_row;
  AdwEntryRow    *note_row;
  GtkLabel       *error_label;
};

G_DEFINE_FINAL_TYPE (VsActionRow, vs_action_row, ADW_TYPE_EXPANDER_ROW)

enum {
  SAVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static VsAction *
action_copy (const VsAction *src)
{
  VsAction *copy = g_new0 (VsAction, 1);

  *copy = *src;
  copy->text = g_strdup (src->text);
  copy->owner = g_strdup (src->owner);
  copy->progress = g_strdup (src->progress);
  return copy;
}

static const char *
status_label (VsActionStatus status)
{
  switch (status)
    {
    case VS_ACTION_OPEN:        return _("Open");
    case VS_ACTION_IN_PROGRESS: return _("In progress");
    case VS_ACTION_DONE:        return _("Done");
    case VS_ACTION_DROPPED:
      return _("Dropped");
    case VS_N_ACTION_STATUSES:
      break;
    }
  g_return_val_if_reached (NULL);
}

static void
update_summary (VsActionRow *self)
{
  const VsAction *a = self->action;
  GString *subtitle = g_string_new (NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 a->text != NULL ? a->text : _("New action"));
  if (a->owner != NULL)
    g_string_append (subtitle, a->owner);
  if (vs_period_is_valid (a->due))
    {
      g_autofree char *due = vs_period_to_long_label (a->due);

      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      /* Translators: when an action is due, "by March 2018" */
      g_string_append_printf (subtitle, _("by %s"), due);
    }
  else
    {
      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      g_string_append (subtitle, _("no due date"));
    }
  if (subtitle->len > 0)
    g_string_append (subtitle, " · ");
  g_string_append (subtitle, status_label (a->status));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle->str);
  g_string_free (subtitle, TRUE);

  adw_action_row_set_subtitle (self->progress_row,
                               a->progress != NULL && *a->progress != '\0'
                                 ? a->progress : _("No progress recorded yet"));
}

static char *
trimmed (AdwEntryRow *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

gboolean
vs_action_row_read (VsActionRow  *self,
                    GError      **error)
{
  g_autofree char *text = NULL;
  g_autofree char *due_text = NULL;
  VsPeriod due = VS_PERIOD_INVALID;

  g_return_val_if_fail (VS_IS_ACTION_ROW (self), FALSE);

  gtk_widget_remove_css_class (GTK_WIDGET (self->text_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->due_row), "error");

  text = trimmed (self->text_row);
  if (text == NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->text_row), "error");
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("Say what the action is"));
      return FALSE;
    }
  due_text = trimmed (self->due_row);
  if (due_text != NULL && !vs_period_parse_iso (due_text, &due))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->due_row), "error");
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("Due: “%s” is not a month written as YYYY-MM"), due_text);
      return FALSE;
    }

  g_free (self->action->text);
  self->action->text = g_steal_pointer (&text);
  g_free (self->action->owner);
  self->action->owner = trimmed (self->owner_row);
  self->action->due = due;
  self->action->status = (VsActionStatus) adw_combo_row_get_selected (self->status_row);
  return TRUE;
}

static void
on_save_clicked_cb (GtkButton   *button,
                    VsActionRow *self)
{
  g_autoptr(GError) error = NULL;

  if (!vs_action_row_read (self, &error))
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  update_summary (self);
  g_signal_emit (self, signals[SAVE], 0, self->action);
}

/* A progress note is appended with who wrote it and when, as the committee papers' "January 2018
 * committee: ..." notes are; the earlier notes stay. */
static void
on_note_apply_cb (AdwEntryRow *row,
                  VsActionRow *self)
{
  g_autofree char *note = trimmed (row);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%e %B %Y");
  g_autofree char *entry = NULL;
  char *progress;

  if (note == NULL)
    return;
  entry = g_strdup_printf ("%s, %s: %s", g_strstrip (date), self->author, note);
  progress = self->action->progress != NULL && *self->action->progress != '\0'
               ? g_strconcat (self->action->progress, "\n", entry, NULL)
               : g_strdup (entry);
  g_free (self->action->progress);
  self->action->progress = progress;
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  on_save_clicked_cb (NULL, self);
}

static AdwEntryRow *
add_entry (VsActionRow *self,
           const char  *title,
           const char  *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
  return ADW_ENTRY_ROW (row);
}

static void
vs_action_row_finalize (GObject *object)
{
  VsActionRow *self = VS_ACTION_ROW (object);

  g_clear_pointer (&self->action, vs_action_free);
  g_free (self->author);

  G_OBJECT_CLASS (vs_action_row_parent_class)->finalize (object);
}

static void
vs_action_row_class_init (VsActionRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vs_action_row_finalize;

  signals[SAVE] =
    g_signal_new ("save", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);
}

static void
vs_action_row_init (VsActionRow *self)
{
  vs_a11y_name_by_title (ADW_PREFERENCES_ROW (self));
}

/* A new action's heading follows what is typed, so the draft is not "New action". */
static void
on_text_changed_cb (GtkEditable *editable,
                    VsActionRow *self)
{
  g_autofree char *text = NULL;

  if (self->action->id != 0)
    return;
  text = trimmed (self->text_row);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), text != NULL ? text : _("New action"));
}

GtkWidget *
vs_action_row_new (const VsAction *action,
                   const char     *author)
{
  VsActionRow *self;
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autofree char *due = NULL;
  GtkWidget *buttons, *save, *box;

  g_return_val_if_fail (action != NULL, NULL);

  self = g_object_new (VS_TYPE_ACTION_ROW, NULL);
  self->action = action_copy (action);
  self->author = g_strdup (author);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);

  self->text_row = add_entry (self, _("Action"), action->text);
  g_signal_connect (self->text_row, "changed", G_CALLBACK (on_text_changed_cb), self);
  self->owner_row = add_entry (self, _("Owner"), action->owner);
  due = vs_period_is_valid (action->due) ? vs_period_to_iso (action->due) : NULL;
  self->due_row = add_entry (self, _("Due (YYYY-MM)"), due);

  for (int i = VS_ACTION_OPEN; i < VS_N_ACTION_STATUSES; i++)
    gtk_string_list_append (statuses, status_label ((VsActionStatus) i));
  self->status_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), _("Status"));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  adw_combo_row_set_selected (self->status_row, action->status);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), GTK_WIDGET (self->status_row));

  self->progress_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->progress_row), _("Progress"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->progress_row), FALSE);
  adw_action_row_set_subtitle_lines (self->progress_row, 0);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), GTK_WIDGET (self->progress_row));

  self->note_row = add_entry (self, _("Add a progress note"), NULL);
  adw_entry_row_set_show_apply_button (self->note_row, TRUE);
  g_signal_connect (self->note_row, "apply", G_CALLBACK (on_note_apply_cb), self);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0.0f);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_label));
  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  /* "Save", not a second "Add Action" beside the heading's. */
  save = gtk_button_new_with_mnemonic (_("_Save Action"));
  vs_a11y_name_button (save, NULL);
  gtk_widget_add_css_class (save, "suggested-action");
  g_signal_connect (save, "clicked", G_CALLBACK (on_save_clicked_cb), self);
  gtk_box_append (GTK_BOX (buttons), save);
  gtk_box_append (GTK_BOX (box), buttons);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), box);
  vs_a11y_unfocus_wrapper (box);

  update_summary (self);
  return GTK_WIDGET (self);
}

/* Opens the row and puts the cursor in the action's text, so typing goes there. */
void
vs_action_row_focus_text (VsActionRow *self)
{
  g_return_if_fail (VS_IS_ACTION_ROW (self));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_row));
}

const VsAction *
vs_action_row_get_action (VsActionRow *self)
{
  g_return_val_if_fail (VS_IS_ACTION_ROW (self), NULL);
  return self->action;
}
