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
#include "vs-period-header.h"
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
  GtkWidget      *button_box;
  GtkLabel       *error_label;
  GtkWidget      *save_button;
};

G_DEFINE_FINAL_TYPE (VsActionRow, vs_action_row, ADW_TYPE_EXPANDER_ROW)

enum {
  SAVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_ACTION,
  PROP_AUTHOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

static char *
trimmed_text (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));

  return *copy != '\0' ? g_steal_pointer (&copy) : NULL;
}

/* The heading: a saved action's text; a new one's follows what is typed, so the draft
 * is not "New action". */
static char *
heading (VsActionRow    *self,
         const VsAction *a,
         const char     *typed)
{
  g_autofree char *text = NULL;

  if (a == NULL)
    return g_strdup ("");   /* until construction sets the action */
  text = a->id == 0 ? trimmed_text (typed) : g_strdup (a->text);
  return text != NULL ? g_steal_pointer (&text) : g_strdup (_("New action"));
}

static char *
summary (VsActionRow    *self,
         const VsAction *a)
{
  GString *subtitle;

  if (a == NULL)
    return g_strdup ("");   /* until construction sets the action */
  subtitle = g_string_new (NULL);
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
  return g_string_free (subtitle, FALSE);
}

static char *
progress_text (VsActionRow    *self,
               const VsAction *a)
{
  if (a == NULL)
    return g_strdup ("");   /* until construction sets the action */
  return g_strdup (a->progress != NULL && *a->progress != '\0'
                     ? a->progress : _("No progress recorded yet"));
}

static char *
trimmed (AdwEntryRow *row)
{
  return trimmed_text (gtk_editable_get_text (GTK_EDITABLE (row)));
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
  if (due_text != NULL && !vs_period_parse_month (due_text, &due))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->due_row), "error");
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("Due: “%s” is not a month; write it as “March 2026” or “2026-03”"),
                   due_text);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTION]);
  g_signal_emit (self, signals[SAVE], 0, self->action);
}

/* What was wrong goes once the officer starts putting it right, not at the next Save. */
static void
on_field_changed_cb (VsActionRow *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->text_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->due_row), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

/* A progress note is appended with who wrote it and when, as the committee papers' "January 2018
 * committee: ..." notes are; the earlier notes stay. */
static void
on_note_apply_cb (AdwEntryRow *row,
                  VsActionRow *self)
{
  g_autofree char *note = trimmed (row);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%-d %B %Y");
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

static void
vs_action_row_constructed (GObject *object)
{
  VsActionRow *self = VS_ACTION_ROW (object);
  g_autofree char *due = NULL;

  G_OBJECT_CLASS (vs_action_row_parent_class)->constructed (object);

  g_return_if_fail (self->action != NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->text_row), self->action->text != NULL ? self->action->text : "");
  gtk_editable_set_text (GTK_EDITABLE (self->owner_row), self->action->owner != NULL ? self->action->owner : "");
  due = vs_period_is_valid (self->action->due) ? vs_period_to_long_label (self->action->due) : NULL;
  gtk_editable_set_text (GTK_EDITABLE (self->due_row), due != NULL ? due : "");
  adw_combo_row_set_selected (self->status_row, self->action->status);
}

static void
vs_action_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), VS_TYPE_ACTION_ROW);

  G_OBJECT_CLASS (vs_action_row_parent_class)->dispose (object);
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
vs_action_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  VsActionRow *self = VS_ACTION_ROW (object);

  switch (prop_id)
    {
    case PROP_ACTION:
      g_value_set_pointer (value, self->action);
      break;
    case PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_action_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  VsActionRow *self = VS_ACTION_ROW (object);

  switch (prop_id)
    {
    case PROP_ACTION:
      /* Construct-only, yet notified: the template's bindings watch it. */
      self->action = action_copy (g_value_get_pointer (value));
      g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_AUTHOR:
      self->author = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_action_row_class_init (VsActionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = vs_action_row_constructed;
  object_class->dispose = vs_action_row_dispose;
  object_class->finalize = vs_action_row_finalize;
  object_class->get_property = vs_action_row_get_property;
  object_class->set_property = vs_action_row_set_property;

  /* The action (a VsAction*, copied) as last saved; notified when the officer saves. */
  properties[PROP_ACTION] =
    g_param_spec_pointer ("action", NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS
                          | G_PARAM_EXPLICIT_NOTIFY);
  /* Whose name goes on the progress notes. */
  properties[PROP_AUTHOR] =
    g_param_spec_string ("author", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS
                         | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SAVE] =
    g_signal_new ("save", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vitalsigns/VitalSigns/ui/vs-action-row.ui");
  gtk_widget_class_bind_template_child (widget_class, VsActionRow, text_row);
  gtk_widget_class_bind_template_child (widget_class, VsActionRow, owner_row);
  gtk_widget_class_bind_template_child (widget_class, VsActionRow, due_row);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_child (widget_class, VsActionRow, status_row);
  gtk_widget_class_bind_template_child (widget_class, VsActionRow, progress_row);
  gtk_widget_class_bind_template_child (widget_class, VsActionRow, note_row);
  gtk_widget_class_bind_template_child (widget_class, VsActionRow, button_box);
  gtk_widget_class_bind_template_child (widget_class, VsActionRow, error_label);
  gtk_widget_class_bind_template_child (widget_class, VsActionRow, save_button);
  gtk_widget_class_bind_template_callback (widget_class, heading);
  gtk_widget_class_bind_template_callback (widget_class, summary);
  gtk_widget_class_bind_template_callback (widget_class, progress_text);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_note_apply_cb);
}

static void
vs_action_row_init (VsActionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  vs_a11y_name_by_title (ADW_PREFERENCES_ROW (self));
  vs_a11y_name_button (self->save_button, NULL);
  vs_a11y_unfocus_wrapper (self->button_box);
}

GtkWidget *
vs_action_row_new (const VsAction *action,
                   const char     *author)
{
  g_return_val_if_fail (action != NULL, NULL);

  return g_object_new (VS_TYPE_ACTION_ROW, "action", action, "author", author, NULL);
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
