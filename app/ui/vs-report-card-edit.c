/* vs-report-card-edit.c: the report card's living parts: commentary and actions
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-report-card"

#include "config.h"

#include <glib/gi18n.h>

#include "vs-a11y.h"
#include "vs-action-row.h"
#include "vs-report-card-private.h"

/* Commentary is never overwritten: each save adds a row with its author and time, so the
 * history of what was said for a period stays visible. Several rows written at one time
 * (an imported narrative of several paragraphs) are one version. */

static char *
format_time (gint64 unix_time)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (unix_time);
  g_autofree char *text = when != NULL ? g_date_time_format (when, "%e %B %Y, %H:%M") : NULL;

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
clear_history (VsReportCard *self)
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
load_area_commentary (VsReportCard *self,
                      VsPeriod      period)
{
  VsIndicator *indicator = vs_indicator_item_get_indicator (self->row);
  g_autoptr(GPtrArray) rows = vs_store_list_commentary (self->store, 0, indicator->area_id,
                                                        period, NULL);
  g_autoptr(GString) text = g_string_new (NULL);

  if (rows != NULL && rows->len > 0)
    take_version (rows, 0, text);
  gtk_label_set_text (self->area_commentary_label, text->str);
  gtk_widget_set_visible (self->area_commentary_box, text->len > 0);
}

void
_vs_report_card_load_commentary (VsReportCard *self)
{
  VsIndicator *indicator = vs_indicator_item_get_indicator (self->row);
  VsPeriod period = _vs_report_card_period (self);
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

  rows = vs_store_list_commentary (self->store, indicator->id, 0, period, &error);
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
  load_area_commentary (self, period);
}

gboolean
vs_report_card_save_commentary (VsReportCard *self,
                                const char   *text,
                                GError      **error)
{
  VsIndicator *indicator;
  VsCommentary commentary = { 0 };
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (VS_IS_REPORT_CARD (self), FALSE);
  g_return_val_if_fail (self->row != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  indicator = vs_indicator_item_get_indicator (self->row);
  trimmed = g_strstrip (g_strdup (text));
  commentary.indicator_id = indicator->id;
  commentary.area_id = indicator->area_id;
  commentary.period = _vs_report_card_period (self);
  commentary.text = trimmed;
  commentary.author = self->author;
  commentary.created = g_get_real_time () / G_USEC_PER_SEC;

  if (!vs_store_begin (self->store, error))
    return FALSE;
  if (vs_store_add_commentary (self->store, &commentary, error) <= 0)
    {
      vs_store_rollback (self->store);
      return FALSE;
    }
  if (!vs_store_commit (self->store, error))
    return FALSE;
  _vs_report_card_load_commentary (self);
  return TRUE;
}

char *
vs_report_card_get_commentary (VsReportCard *self)
{
  g_return_val_if_fail (VS_IS_REPORT_CARD (self), NULL);
  return g_strdup (self->commentary);
}

guint
vs_report_card_get_history_count (VsReportCard *self)
{
  g_return_val_if_fail (VS_IS_REPORT_CARD (self), 0);
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
                          VsReportCard  *self)
{
  g_autofree char *text = buffer_text (buffer);

  gtk_widget_set_sensitive (GTK_WIDGET (self->save_commentary_button),
                            self->row != NULL && g_strcmp0 (g_strstrip (text), self->commentary) != 0
                            && *text != '\0');
}

static void
on_save_commentary_clicked_cb (GtkButton    *button,
                               VsReportCard *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = buffer_text (gtk_text_view_get_buffer (self->commentary_view));

  if (!vs_report_card_save_commentary (self, text, &error))
    gtk_label_set_text (self->commentary_status, error->message);
}

/* ---- actions ---- */

static void
on_action_save_cb (VsActionRow  *row,
                   VsAction     *action,
                   VsReportCard *self)
{
  g_autoptr(GError) error = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  action->indicator_id = vs_indicator_item_get_indicator (self->row)->id;
  if (action->created == 0)
    action->created = now;
  action->updated = now;
  if (!vs_store_begin (self->store, &error))
    goto failed;
  action->id = vs_store_save_action (self->store, action, &error);
  if (action->id <= 0)
    {
      vs_store_rollback (self->store);
      goto failed;
    }
  if (!vs_store_commit (self->store, &error))
    goto failed;
  _vs_report_card_load_actions (self);
  return;

failed:
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), error->message);
}

static GtkWidget *
add_action_row (VsReportCard   *self,
                const VsAction *action)
{
  GtkWidget *row = vs_action_row_new (action, self->author);

  g_signal_connect_object (row, "save", G_CALLBACK (on_action_save_cb), self, 0);
  gtk_list_box_append (self->actions_list, row);
  return row;
}

void
_vs_report_card_load_actions (VsReportCard *self)
{
  VsIndicator *indicator = vs_indicator_item_get_indicator (self->row);
  g_autoptr(GPtrArray) actions = vs_store_list_actions (self->store, indicator->id, NULL);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->actions_list))) != NULL)
    gtk_list_box_remove (self->actions_list, child);
  for (guint i = 0; actions != NULL && i < actions->len; i++)
    add_action_row (self, g_ptr_array_index (actions, i));
}

static void
on_add_action_clicked_cb (GtkButton    *button,
                          VsReportCard *self)
{
  VsAction blank = { 0 };
  GtkWidget *row;

  if (self->row == NULL)
    return;
  /* One draft at a time: a second click goes back to the one being written. */
  for (row = gtk_widget_get_first_child (GTK_WIDGET (self->actions_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (VS_IS_ACTION_ROW (row) && vs_action_row_get_action (VS_ACTION_ROW (row))->id == 0)
      {
        vs_action_row_focus_text (VS_ACTION_ROW (row));
        return;
      }
  blank.due = VS_PERIOD_INVALID;
  blank.status = VS_ACTION_OPEN;
  row = add_action_row (self, &blank);
  vs_action_row_focus_text (VS_ACTION_ROW (row));
}

void
_vs_report_card_edit_init (VsReportCard *self)
{
  vs_a11y_name_by_title (ADW_PREFERENCES_ROW (self->history_row));
  g_signal_connect (gtk_text_view_get_buffer (self->commentary_view), "changed",
                    G_CALLBACK (on_commentary_changed_cb), self);
  g_signal_connect (self->save_commentary_button, "clicked",
                    G_CALLBACK (on_save_commentary_clicked_cb), self);
  g_signal_connect (self->add_action_button, "clicked",
                    G_CALLBACK (on_add_action_clicked_cb), self);
}
