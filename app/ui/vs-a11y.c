/* vs-a11y.c: names for screen readers where GTK 4.8's own come out wrong
 *
 * GTK 4.8 names a button with a label twice over AT-SPI: its accessible label is the
 * label as written, mnemonic and all, and its label child is added after it, so Orca
 * reads "_Trend Trend"; a button given a better accessible label ("Undo the import of
 * x.csv") still gets its child's "Undo" appended. A GtkDropDown's own toggle button, the
 * part that takes the focus, has no name at all; nor has the row of an AdwExpanderRow
 * (libadwaita 1.2), nor the plain row a widget that is not a row is wrapped in, nor
 * the search entry every AdwPreferencesWindow holds, even with its search turned off.
 * tests/ui/test-ui-a11y.py hears all of them.
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-a11y"

#include "config.h"

#include "vs-a11y.h"

/**
 * vs_a11y_name_button:
 * @button: a #GtkButton
 * @name: (nullable): what a screen reader should say, or %NULL for the button's label
 *   as shown (without its mnemonic underscore)
 *
 * Gives @button exactly one name. Call it again after changing the button's label.
 */
void
vs_a11y_name_button (GtkWidget  *button,
                     const char *name)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_BUTTON (button));

  child = gtk_button_get_child (GTK_BUTTON (button));
  if (name == NULL && GTK_IS_LABEL (child))
    name = gtk_label_get_text (GTK_LABEL (child));
  if (name == NULL)
    return;
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

/**
 * vs_a11y_name_label_buttons:
 * @root: a widget, usually a template just initialised
 *
 * Names every button under @root whose content is a plain label by that label's text.
 */
void
vs_a11y_name_label_buttons (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_BUTTON (root) && GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (root))))
    vs_a11y_name_button (root, NULL);
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    vs_a11y_name_label_buttons (child);
}

/**
 * vs_a11y_name_drop_down:
 * @drop_down: a #GtkDropDown
 * @name: what a screen reader should say for it
 *
 * Names @drop_down and the toggle button inside it that takes the focus.
 */
void
vs_a11y_name_drop_down (GtkDropDown *drop_down,
                        const char  *name)
{
  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));
  g_return_if_fail (name != NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (drop_down));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
}

static void
on_title_changed_cb (AdwPreferencesRow *row,
                     GParamSpec        *pspec,
                     gpointer           user_data)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (row),
                                  -1);
}

/**
 * vs_a11y_name_by_title:
 * @row: an #AdwPreferencesRow, usually an #AdwExpanderRow
 *
 * Names @row by its title, now and whenever the title changes.
 */
void
vs_a11y_name_by_title (AdwPreferencesRow *row)
{
  g_return_if_fail (ADW_IS_PREFERENCES_ROW (row));

  g_signal_connect (row, "notify::title", G_CALLBACK (on_title_changed_cb), NULL);
  on_title_changed_cb (row, NULL, NULL);
}

/**
 * vs_a11y_unfocus_wrapper:
 * @child: a widget just added to a list box or an expander row
 *
 * The row GTK wrapped @child in takes no focus of its own: the controls inside
 * @child take it, each with its name, rather than an empty row before them.
 */
void
vs_a11y_unfocus_wrapper (GtkWidget *child)
{
  GtkWidget *row = gtk_widget_get_parent (child);

  g_return_if_fail (GTK_IS_LIST_BOX_ROW (row));

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
}

static GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * vs_a11y_name_descendant:
 * @root: a widget
 * @type: the type of the widget inside @root to name
 * @name: what a screen reader should say for it
 *
 * Names the first widget of @type under @root, for the parts a library builds and gives
 * no name or accessor.
 */
void
vs_a11y_name_descendant (GtkWidget  *root,
                         GType       type,
                         const char *name)
{
  GtkWidget *widget;

  g_return_if_fail (GTK_IS_WIDGET (root));
  g_return_if_fail (name != NULL);

  widget = find_descendant (root, type);
  if (widget != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                    -1);
}
