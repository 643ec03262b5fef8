/* vs-report-card-actions.c: the report card's actions: what is to be done, by whom, by when
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

struct _VsReportCardActions
{
  VsReportCardSection parent_instance;

  GtkListBox      *actions_list;
  GtkWidget       *add_action_button;
  GtkWidget       *empty_state;

};

G_DEFINE_FINAL_TYPE (VsReportCardActions, vs_report_card_actions, VS_TYPE_REPORT_CARD_SECTION)

static void list_actions (VsReportCardActions *self);

static void
on_action_save_cb (VsActionRow         *row,
                   VsAction            *action,
                   VsReportCardActions *self)
{
  VsStore *store = vs_report_card_section_get_store (VS_REPORT_CARD_SECTION (self));
  VsIndicatorItem *item = vs_report_card_section_get_item (VS_REPORT_CARD_SECTION (self));
  g_autoptr(GError) error = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  action->indicator_id = vs_indicator_item_get_indicator (item)->id;
  if (action->created == 0)
    action->created = now;
  action->updated = now;
  if (!vs_store_begin (store, &error))
    goto failed;
  action->id = vs_store_save_action (store, action, &error);
  if (action->id <= 0)
    {
      vs_store_rollback (store);
      goto failed;
    }
  if (!vs_store_commit (store, &error))
    goto failed;
  list_actions (self);
  return;

failed:
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), error->message);
}

static gboolean
read_only (VsReportCardActions *self)
{
  VsStore *store = vs_report_card_section_get_store (VS_REPORT_CARD_SECTION (self));

  return store == NULL || vs_store_is_read_only (store);
}

/* The heading's button is for adding to a list; an empty list is an empty state, with
 * its own. */
static void
show_list (VsReportCardActions *self,
           gboolean             any)
{
  gtk_widget_set_visible (GTK_WIDGET (self->actions_list), any);
  gtk_widget_set_visible (self->add_action_button, any);
  gtk_widget_set_visible (self->empty_state, !any);
}

static GtkWidget *
add_action_row (VsReportCardActions *self,
                const VsAction      *action)
{
  GtkWidget *row = vs_action_row_new (action,
                                      vs_report_card_section_get_author (VS_REPORT_CARD_SECTION (self)));

  g_signal_connect_object (row, "save", G_CALLBACK (on_action_save_cb), self, 0);
  /* Read-only, the row's summary still reads; its editor does not open. */
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), !read_only (self));
  gtk_list_box_append (self->actions_list, row);
  show_list (self, TRUE);
  return row;
}

static void
list_actions (VsReportCardActions *self)
{
  VsReportCardSection *section = VS_REPORT_CARD_SECTION (self);
  VsIndicator *indicator = vs_indicator_item_get_indicator (vs_report_card_section_get_item (section));
  g_autoptr(GPtrArray) actions = vs_store_list_actions (vs_report_card_section_get_store (section),
                                                        indicator->id, NULL);
  GtkWidget *child;

  /* A reviewer's read-only copy lists the actions; nothing adds one. */
  gtk_widget_set_sensitive (self->add_action_button, !read_only (self));
  gtk_widget_set_sensitive (self->empty_state, !read_only (self));
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->actions_list))) != NULL)
    gtk_list_box_remove (self->actions_list, child);
  show_list (self, FALSE);
  for (guint i = 0; actions != NULL && i < actions->len; i++)
    add_action_row (self, g_ptr_array_index (actions, i));
}

static void
on_add_action_clicked_cb (GtkButton           *button,
                          VsReportCardActions *self)
{
  VsAction blank = { 0 };
  GtkWidget *row;

  if (vs_report_card_section_get_item (VS_REPORT_CARD_SECTION (self)) == NULL)
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

static void
vs_report_card_actions_show (VsReportCardSection *section,
                             VsIndicatorItem     *item)
{
  list_actions (VS_REPORT_CARD_ACTIONS (section));
}

static void
vs_report_card_actions_dispose (GObject *object)
{
  VsReportCardActions *self = VS_REPORT_CARD_ACTIONS (object);

  vs_report_card_section_dispose_template (VS_REPORT_CARD_SECTION (self), VS_TYPE_REPORT_CARD_ACTIONS);

  G_OBJECT_CLASS (vs_report_card_actions_parent_class)->dispose (object);
}

static void
vs_report_card_actions_class_init (VsReportCardActionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_report_card_actions_dispose;
  VS_REPORT_CARD_SECTION_CLASS (klass)->show = vs_report_card_actions_show;


  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vitalsigns/VitalSigns/ui/vs-report-card-actions.ui");
  gtk_widget_class_bind_template_child (widget_class, VsReportCardActions, actions_list);
  gtk_widget_class_bind_template_child (widget_class, VsReportCardActions, add_action_button);
  gtk_widget_class_bind_template_child (widget_class, VsReportCardActions, empty_state);
  gtk_widget_class_bind_template_callback (widget_class, on_add_action_clicked_cb);
}

static void
vs_report_card_actions_init (VsReportCardActions *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  vs_a11y_name_label_buttons (GTK_WIDGET (self));
}
