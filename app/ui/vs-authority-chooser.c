/* vs-authority-chooser.c: pick the home authority from a searchable list of authorities
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-authority-chooser"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "vs-authority-chooser.h"

struct _VsAuthorityChooser
{
  GtkBox          parent_instance;

  GtkSearchEntry *search_entry;
  GtkListBox     *list;

  GPtrArray      *authorities;   /* of VsAuthority*, row i shows authorities[i] */
  int             chosen;        /* index, -1 for none */
};

G_DEFINE_FINAL_TYPE (VsAuthorityChooser, vs_authority_chooser, GTK_TYPE_BOX)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Officers type a piece of a name ("north") or a code ("926"): either finds the row. */
static gboolean
filter_func (GtkListBoxRow *row,
             gpointer       user_data)
{
  VsAuthorityChooser *self = user_data;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  const VsAuthority *a = g_ptr_array_index (self->authorities, gtk_list_box_row_get_index (row));
  g_autofree char *needle = NULL;
  g_autofree char *name = NULL;

  if (text == NULL || *text == '\0')
    return TRUE;
  needle = g_utf8_casefold (text, -1);
  name = g_utf8_casefold (a->name ? a->name : "", -1);
  return strstr (name, needle) != NULL || vs_authority_matches (a, text);
}

static void
on_search_changed_cb (GtkSearchEntry     *entry,
                      VsAuthorityChooser *self)
{
  gtk_list_box_invalidate_filter (self->list);
}

static void
on_row_activated_cb (GtkListBox         *list,
                     GtkListBoxRow      *row,
                     VsAuthorityChooser *self)
{
  int index = gtk_list_box_row_get_index (row);

  if (index == self->chosen)
    return;
  self->chosen = index;
  g_signal_emit (self, signals[CHOSEN], 0);
}

/* Enter in the search picks the first authority still shown. */
static void
on_search_activate_cb (GtkSearchEntry     *entry,
                       VsAuthorityChooser *self)
{
  for (guint i = 0; i < self->authorities->len; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, (int) i);

      if (gtk_widget_get_child_visible (GTK_WIDGET (row)))
        {
          gtk_list_box_select_row (self->list, row);
          on_row_activated_cb (self->list, row, self);
          return;
        }
    }
}

void
vs_authority_chooser_set_authorities (VsAuthorityChooser *self,
                                      GPtrArray          *authorities)
{
  GtkWidget *child;

  g_return_if_fail (VS_IS_AUTHORITY_CHOOSER (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_ptr_array_set_size (self->authorities, 0);
  self->chosen = -1;
  for (guint i = 0; authorities != NULL && i < authorities->len; i++)
    {
      const VsAuthority *a = g_ptr_array_index (authorities, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *subtitle = NULL;

      g_ptr_array_add (self->authorities, vs_authority_copy (a));
      /* Translators: under an authority's name: its old LA code and its region */
      subtitle = a->region ? g_strdup_printf (_("%s · %s"), a->code, a->region) : g_strdup (a->code);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), a->name ? a->name : a->code);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_list_box_append (self->list, row);
    }
}

const VsAuthority *
vs_authority_chooser_get_chosen (VsAuthorityChooser *self)
{
  g_return_val_if_fail (VS_IS_AUTHORITY_CHOOSER (self), NULL);
  return self->chosen >= 0 ? g_ptr_array_index (self->authorities, self->chosen) : NULL;
}

gboolean
vs_authority_chooser_choose (VsAuthorityChooser *self,
                             const char         *code)
{
  g_return_val_if_fail (VS_IS_AUTHORITY_CHOOSER (self), FALSE);

  for (guint i = 0; i < self->authorities->len; i++)
    if (vs_authority_matches (g_ptr_array_index (self->authorities, i), code))
      {
        GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, (int) i);

        gtk_list_box_select_row (self->list, row);
        on_row_activated_cb (self->list, row, self);
        return TRUE;
      }
  return FALSE;
}

static void
vs_authority_chooser_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), VS_TYPE_AUTHORITY_CHOOSER);
  G_OBJECT_CLASS (vs_authority_chooser_parent_class)->dispose (object);
}

static void
vs_authority_chooser_finalize (GObject *object)
{
  VsAuthorityChooser *self = VS_AUTHORITY_CHOOSER (object);

  g_clear_pointer (&self->authorities, g_ptr_array_unref);
  G_OBJECT_CLASS (vs_authority_chooser_parent_class)->finalize (object);
}

static void
vs_authority_chooser_class_init (VsAuthorityChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_authority_chooser_dispose;
  object_class->finalize = vs_authority_chooser_finalize;

  signals[CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vitalsigns/VitalSigns/ui/vs-authority-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, VsAuthorityChooser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, VsAuthorityChooser, list);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
}

static void
vs_authority_chooser_init (VsAuthorityChooser *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search authorities"), -1);
  self->authorities = g_ptr_array_new_with_free_func ((GDestroyNotify) vs_authority_free);
  self->chosen = -1;
  gtk_list_box_set_filter_func (self->list, filter_func, self, NULL);
}
