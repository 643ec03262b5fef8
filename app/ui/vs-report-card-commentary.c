/* vs-report-card-commentary.c: the report card's commentary: the period's text, its
 * earlier versions, the area's
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-report-card"

#include "config.h"

#include <glib/gi18n.h>

#include "vs-a11y.h"
#include "vs-application.h"
#include "vs-report-card-private.h"
#include "vs-travel.h"

struct _VsReportCardCommentary
{
  VsReportCardSection parent_instance;

  AdwPreferencesGroup *commentary_group;
  GtkTextView         *commentary_view;
  GtkLabel            *commentary_status;
  GtkButton           *save_commentary_button;
  AdwExpanderRow      *history_row;
  GtkLabel            *area_commentary_label;
  GtkWidget           *area_commentary_box;
  GtkWidget           *previous_box;
  GtkLabel            *previous_heading;
  GtkLabel            *previous_label;
  GtkButton           *carry_forward_button;

  GPtrArray           *history_rows;   /* widgets added to history_row */
  guint                history_count;
  char                *commentary;     /* the text as last loaded or saved */
  char                *previous;       /* the previous period's, to carry forward */
};

G_DEFINE_FINAL_TYPE (VsReportCardCommentary, vs_report_card_commentary, VS_TYPE_REPORT_CARD_SECTION)

/* Commentary is never overwritten: each save adds a row with its author and time, so the
 * history of what was said for a period stays visible. Several rows written at one time
 * (an imported narrative of several paragraphs) are one version. */

static char *
format_time (gint64 unix_time)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (unix_time);
  g_autofree char *text = when != NULL ? g_date_time_format (when, "%-d %B %Y, %H:%M") : NULL;

  return g_strdup (text != NULL ? g_strstrip (text) : "");
}

static char *
describe_version (const VsCommentary *c)
{
  g_autofree char *when = format_time (c->created);

  if (c->author != NULL && *c->author != '\0')
    /* Translators: who wrote a commentary and when */
    return g_strdup_printf (_("%s, %s"), c->author, when);
  return g_steal_pointer (&when);
}

static void
clear_history (VsReportCardCommentary *self)
{
  for (guint i = 0; i < self->history_rows->len; i++)
    adw_expander_row_remove (self->history_row, g_ptr_array_index (self->history_rows, i));
  g_ptr_array_set_size (self->history_rows, 0);
  self->history_count = 0;
}

/* Joins the rows from @start written at the same time by the same author (one version)
 * into @text; returns where the next version starts. The store lists them newest id first,
 * so they are joined backwards to read in the order they were written. */
static guint
take_version (GPtrArray *rows,
              guint      start,
              GString   *text)
{
  const VsCommentary *first = g_ptr_array_index (rows, start);
  guint end = start;

  while (end < rows->len)
    {
      const VsCommentary *c = g_ptr_array_index (rows, end);

      if (c->created != first->created || g_strcmp0 (c->author, first->author) != 0)
        break;
      end++;
    }
  for (guint i = end; i > start; i--)
    {
      const VsCommentary *c = g_ptr_array_index (rows, i - 1);

      if (text->len > 0)
        g_string_append (text, "\n\n");
      g_string_append (text, c->text);
    }
  return end;
}

static void
load_area_commentary (VsReportCardCommentary *self,
                      VsStore                *store,
                      VsIndicator            *indicator,
                      VsPeriod                period)
{
  g_autoptr(GPtrArray) rows = vs_store_list_commentary (store, 0, indicator->area_id, period, NULL);
  g_autoptr(GString) text = g_string_new (NULL);

  if (rows != NULL && rows->len > 0)
    take_version (rows, 0, text);
  gtk_label_set_text (self->area_commentary_label, text->str);
  gtk_widget_set_visible (self->area_commentary_box, text->len > 0);
}

/* The previous period's commentary (the month, quarter or year before, at the
 * indicator's periodicity) beside the editor: most months' words start from last
 * month's, and officers copied them across by hand. */
static void
load_previous (VsReportCardCommentary *self,
               VsStore                *store,
               VsIndicator            *indicator,
               VsPeriod                period)
{
  VsPeriod before = vs_travel_previous_period (period, indicator->periodicity);
  g_autoptr(GPtrArray) rows = vs_store_list_commentary (store, indicator->id, 0, before, NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *month = vs_period_to_long_label (before);
  g_autofree char *heading = NULL;

  if (rows != NULL && rows->len > 0)
    take_version (rows, 0, text);
  g_free (self->previous);
  self->previous = text->len > 0 ? g_strdup (text->str) : NULL;
  gtk_widget_set_visible (self->previous_box, self->previous != NULL);
  if (self->previous == NULL)
    return;
  /* Shown on a read-only copy too, to read; carried forward only where it can be saved. */
  gtk_widget_set_visible (GTK_WIDGET (self->carry_forward_button), !vs_store_is_read_only (store));
  /* Translators: above the previous period's commentary: "Commentary for October 2017" */
  heading = g_strdup_printf (_("Commentary for %s"), month);
  gtk_label_set_text (self->previous_heading, heading);
  gtk_label_set_text (self->previous_label, self->previous);
}

static void
load_commentary (VsReportCardCommentary *self)
{
  VsStore *store = vs_report_card_section_get_store (VS_REPORT_CARD_SECTION (self));
  VsIndicatorItem *item = vs_report_card_section_get_item (VS_REPORT_CARD_SECTION (self));
  VsIndicator *indicator = vs_indicator_item_get_indicator (item);
  VsPeriod period = _vs_report_card_period (item);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GString) current = g_string_new (NULL);
  g_autofree char *month = vs_period_to_long_label (period);
  g_autofree char *description = NULL;
  guint next = 0;

  clear_history (self);
  /* Translators: under "What is the background to current performance?" */
  description = g_strdup_printf (_("Commentary for %s"), month);
  adw_preferences_group_set_description (self->commentary_group, description);

  rows = vs_store_list_commentary (store, indicator->id, 0, period, &error);
  if (rows == NULL)
    {
      gtk_label_set_text (self->commentary_status, error->message);
      return;
    }

  if (rows->len > 0)
    {
      const VsCommentary *latest = g_ptr_array_index (rows, 0);
      g_autofree char *who = describe_version (latest);
      g_autofree char *status = g_strdup_printf (_("Last saved by %s"), who);

      next = take_version (rows, 0, current);
      gtk_label_set_text (self->commentary_status, status);
    }
  else
    gtk_label_set_text (self->commentary_status, _("No commentary for this month yet"));

  g_free (self->commentary);
  self->commentary = g_strdup (current->str);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->commentary_view), current->str, -1);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_commentary_button), FALSE);
  /* A read-only database (a reviewer's copy) is read, never edited. */
  gtk_text_view_set_editable (self->commentary_view, !vs_store_is_read_only (store));

  while (next < rows->len)
    {
      const VsCommentary *c = g_ptr_array_index (rows, next);
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *who = describe_version (c);
      GtkWidget *row = adw_action_row_new ();

      next = take_version (rows, next, text);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), who);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text->str);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_widget_add_css_class (row, "history-version");
      adw_expander_row_add_row (self->history_row, row);
      g_ptr_array_add (self->history_rows, row);
      self->history_count++;
    }
  {
    g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u earlier version",
                                                           "%u earlier versions",
                                                           self->history_count),
                                              self->history_count);
    adw_expander_row_set_subtitle (self->history_row,
                                   self->history_count > 0 ? count : _("No earlier versions yet"));
  }
  /* Always shown, so saving the first version does not push the rest of the card down
   * under the pointer; only opens when there is something in it. */
  adw_expander_row_set_enable_expansion (self->history_row, self->history_count > 0);
  load_area_commentary (self, store, indicator, period);
  load_previous (self, store, indicator, period);
}

gboolean
vs_report_card_commentary_save (VsReportCardCommentary  *self,
                                const char              *text,
                                GError                 **error)
{
  VsStore *store = vs_report_card_section_get_store (VS_REPORT_CARD_SECTION (self));
  VsIndicatorItem *item = vs_report_card_section_get_item (VS_REPORT_CARD_SECTION (self));
  VsIndicator *indicator;
  VsCommentary commentary = { 0 };
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (VS_IS_REPORT_CARD_COMMENTARY (self), FALSE);
  g_return_val_if_fail (item != NULL, FALSE);
  g_return_val_if_fail (store != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  indicator = vs_indicator_item_get_indicator (item);
  trimmed = g_strstrip (g_strdup (text));
  commentary.indicator_id = indicator->id;
  commentary.area_id = indicator->area_id;
  commentary.period = _vs_report_card_period (item);
  commentary.text = trimmed;
  commentary.author = (char *) vs_report_card_section_get_author (VS_REPORT_CARD_SECTION (self));
  commentary.created = g_get_real_time () / G_USEC_PER_SEC;

  if (!vs_store_begin (store, error))
    return FALSE;
  if (vs_store_add_commentary (store, &commentary, error) <= 0)
    {
      vs_store_rollback (store);
      return FALSE;
    }
  if (!vs_store_commit (store, error))
    return FALSE;
  load_commentary (self);
  return TRUE;
}

char *
vs_report_card_commentary_get_text (VsReportCardCommentary *self)
{
  g_return_val_if_fail (VS_IS_REPORT_CARD_COMMENTARY (self), NULL);
  return g_strdup (self->commentary);
}

const char *
vs_report_card_commentary_get_previous (VsReportCardCommentary *self)
{
  g_return_val_if_fail (VS_IS_REPORT_CARD_COMMENTARY (self), NULL);
  return self->previous;
}

void
vs_report_card_commentary_carry_forward (VsReportCardCommentary *self)
{
  g_return_if_fail (VS_IS_REPORT_CARD_COMMENTARY (self));

  if (self->previous == NULL)
    return;
  /* Into the editor, unsaved: the officer edits last month's words, then saves. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->commentary_view), self->previous, -1);
  gtk_widget_grab_focus (GTK_WIDGET (self->commentary_view));
}

static void
on_carry_forward_clicked_cb (GtkButton              *button,
                             VsReportCardCommentary *self)
{
  vs_report_card_commentary_carry_forward (self);
}

guint
vs_report_card_commentary_get_history_count (VsReportCardCommentary *self)
{
  g_return_val_if_fail (VS_IS_REPORT_CARD_COMMENTARY (self), 0);
  return self->history_count;
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
on_commentary_changed_cb (GtkTextBuffer *buffer,
                          VsReportCardCommentary *self)
{
  g_autofree char *text = buffer_text (buffer);

  gtk_widget_set_sensitive (GTK_WIDGET (self->save_commentary_button),
                            vs_report_card_section_get_item (VS_REPORT_CARD_SECTION (self)) != NULL
                            && gtk_text_view_get_editable (self->commentary_view)
                            && g_strcmp0 (g_strstrip (text), self->commentary) != 0
                            && *text != '\0');
}

static void
save_text (VsReportCardCommentary *self,
           const char             *text)
{
  g_autoptr(GError) error = NULL;

  if (!vs_report_card_commentary_save (self, text, &error))
    gtk_label_set_text (self->commentary_status, error->message);
}

static void
on_author_response_cb (AdwMessageDialog       *dialog,
                       const char             *response,
                       VsReportCardCommentary *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  GSettings *settings = g_object_get_data (G_OBJECT (dialog), "settings");
  /* Read before the name is set: a new author reloads the card, and the editor with it. */
  g_autofree char *text = buffer_text (gtk_text_view_get_buffer (self->commentary_view));

  if (!g_str_equal (response, "save") || *name == '\0')
    return;
  /* Kept for every later save; the window's author follows the setting at once. */
  g_settings_set_string (settings, "author-name", name);
  save_text (self, text);
}

/* Commentary is signed: the first save asks for the name to sign it with (the
 * account's real name offered, never its login name), and Preferences keeps it. */
static gboolean
ask_author_first (VsReportCardCommentary *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkApplication *app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root)) : NULL;
  g_autofree char *set = NULL;
  const char *real_name = g_get_real_name ();
  GSettings *settings;
  GtkWidget *dialog, *entry;

  if (!VS_IS_APPLICATION (app))
    return FALSE;
  settings = vs_application_get_settings (VS_APPLICATION (app));
  set = g_strstrip (g_settings_get_string (settings, "author-name"));
  if (*set != '\0')
    return FALSE;

  dialog = adw_message_dialog_new (GTK_WINDOW (root), _("Sign Your Commentary"),
                                   _("Commentary and actions carry the name of who wrote them. "
                                     "Your name is kept in Preferences."));
  entry = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Your name"), -1);
  if (real_name != NULL && *real_name != '\0' && !g_str_equal (real_name, "Unknown"))
    gtk_editable_set_text (GTK_EDITABLE (entry), real_name);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "settings", g_object_ref (settings), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_author_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

static void
on_save_commentary_clicked_cb (GtkButton              *button,
                               VsReportCardCommentary *self)
{
  g_autofree char *text = NULL;

  if (ask_author_first (self))
    return;
  text = buffer_text (gtk_text_view_get_buffer (self->commentary_view));
  save_text (self, text);
}

static void
vs_report_card_commentary_show (VsReportCardSection *section,
                                VsIndicatorItem     *item)
{
  load_commentary (VS_REPORT_CARD_COMMENTARY (section));
}

static void
vs_report_card_commentary_dispose (GObject *object)
{
  VsReportCardCommentary *self = VS_REPORT_CARD_COMMENTARY (object);

  vs_report_card_section_dispose_template (VS_REPORT_CARD_SECTION (self), VS_TYPE_REPORT_CARD_COMMENTARY);
  g_clear_pointer (&self->commentary, g_free);
  g_clear_pointer (&self->previous, g_free);
  g_clear_pointer (&self->history_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (vs_report_card_commentary_parent_class)->dispose (object);
}

static void
vs_report_card_commentary_class_init (VsReportCardCommentaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_report_card_commentary_dispose;
  VS_REPORT_CARD_SECTION_CLASS (klass)->show = vs_report_card_commentary_show;


  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vitalsigns/VitalSigns/ui/vs-report-card-commentary.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, VsReportCardCommentary, name)
  BIND (commentary_group);
  BIND (commentary_view);
  BIND (commentary_status);
  BIND (save_commentary_button);
  BIND (history_row);
  BIND (area_commentary_label);
  BIND (area_commentary_box);
  BIND (previous_box);
  BIND (previous_heading);
  BIND (previous_label);
  BIND (carry_forward_button);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_save_commentary_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_carry_forward_clicked_cb);
}

static void
vs_report_card_commentary_init (VsReportCardCommentary *self)
{
  self->history_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  vs_a11y_name_by_title (ADW_PREFERENCES_ROW (self->history_row));
  g_signal_connect_object (gtk_text_view_get_buffer (self->commentary_view), "changed",
                           G_CALLBACK (on_commentary_changed_cb), self, 0);
}
