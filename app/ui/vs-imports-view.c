/* vs-imports-view.c: the import history, with undo
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-imports-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vs-a11y.h"
#include "vs-imports-view.h"

struct _VsImportsView
{
  GtkWidget      parent_instance;

  GtkStack      *stack;
  GtkListBox    *list;
  AdwStatusPage *status_page;

  VsStore       *store;
  guint          count;
};

G_DEFINE_FINAL_TYPE (VsImportsView, vs_imports_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "time · layout · counts · warnings · state", leaving out the parts there are none of. */
static char *
join_parts (const char *time,
            const char *layout,
            const char *counts,
            const char *warnings,
            const char *state)
{
  const char *parts[] = { time, layout, counts, warnings, state };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL && *parts[i] != '\0')
      g_string_append_printf (text, "%s%s", text->len > 0 ? " · " : "", parts[i]);
  return g_string_free (text, FALSE);
}

static char *
describe (const VsImportRecord *record)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (record->started);
  g_autofree char *time = when != NULL ? g_date_time_format (when, "%-d %b %Y, %H:%M") : g_strdup ("");
  g_autofree char *counts = NULL;
  const char *state;

  /* Translators: an import's counts of figures in the history; definitions, benchmarks
   * and commentary files have none */
  if (record->added + record->changed + record->unchanged > 0)
    counts = g_strdup_printf (_("%u figures added, %u changed, %u unchanged"),
                              record->added, record->changed, record->unchanged);
  if (g_strcmp0 (record->state, "undone") == 0)
    state = _("undone");
  else if (g_strcmp0 (record->state, "imported") == 0)
    state = NULL;
  else
    state = _("not finished");

  if (record->warnings > 0)
    {
      g_autofree char *warnings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning",
                                                                "%u warnings", record->warnings),
                                                   record->warnings);
      return join_parts (g_strstrip (time), record->layout, counts, warnings, state);
    }
  return join_parts (g_strstrip (time), record->layout, counts, NULL, state);
}

static void
add_undo (GtkWidget            *row,
          const VsImportRecord *record,
          const char           *name)
{
  GtkWidget *undo = gtk_button_new_with_mnemonic (_("_Undo"));
  g_autofree char *label = g_strdup_printf (_("Undo the import of %s"), name);

  gtk_widget_set_valign (undo, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (undo), "win.undo-import");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (undo),
                                          g_variant_new_fixed_array (G_VARIANT_TYPE_INT64,
                                                                     &record->id, 1,
                                                                     sizeof (gint64)));
  gtk_widget_set_tooltip_text (undo, label);
  vs_a11y_name_button (undo, label);
  if (ADW_IS_EXPANDER_ROW (row))
    adw_expander_row_add_action (ADW_EXPANDER_ROW (row), undo);
  else
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), undo);
}

/* One warning as the import gave it, whole: a sentence naming the sheet, row and column. */
static GtkWidget *
make_warning_row (const char *text)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (icon, "warning");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  return row;
}

/* The warnings are read from the store when the row is first opened: an import of a large
 * file may have given thousands, and the history lists every import. */
static void
on_expanded_cb (AdwExpanderRow *row,
                GParamSpec     *pspec,
                VsImportsView  *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (row), "vs-import-id");
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;

  if (!adw_expander_row_get_expanded (row) || g_object_get_data (G_OBJECT (row), "vs-filled"))
    return;
  g_object_set_data (G_OBJECT (row), "vs-filled", GINT_TO_POINTER (TRUE));
  if (self->store == NULL)
    return;
  warnings = vs_store_list_import_warnings (self->store, id, &error);
  if (warnings == NULL)
    adw_expander_row_add_row (row, make_warning_row (error->message));
  else if (warnings->len == 0)
    /* Translators: an import's warnings in the history, from before they were kept */
    adw_expander_row_add_row (row, make_warning_row (_("This import was made by an earlier "
                                                       "version, which counted its warnings "
                                                       "but did not keep their words.")));
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      const VsImportWarning *warning = g_ptr_array_index (warnings, i);

      adw_expander_row_add_row (row, make_warning_row (warning->text));
    }
}

/* An import with warnings opens to show them; one without is a plain row. */
static GtkWidget *
make_row (VsImportsView        *self,
          const VsImportRecord *record)
{
  g_autofree char *name = g_path_get_basename (record->file);
  g_autofree char *subtitle = describe (record);
  GtkWidget *row;

  if (record->warnings > 0)
    {
      row = adw_expander_row_new ();
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
      adw_expander_row_set_icon_name (ADW_EXPANDER_ROW (row), "x-office-spreadsheet-symbolic");
      g_object_set_data_full (G_OBJECT (row), "vs-import-id",
                              g_memdup2 (&record->id, sizeof record->id), g_free);
      g_signal_connect_object (row, "notify::expanded", G_CALLBACK (on_expanded_cb), self, 0);
      /* An action row names itself from its title; an expander row's own row does not. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                      -1);
    }
  else
    {
      row = adw_action_row_new ();
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("x-office-spreadsheet-symbolic"));
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_widget_set_tooltip_text (row, record->file);
  if (g_strcmp0 (record->state, "imported") == 0)
    add_undo (row, record, name);
  return row;
}

static void
vs_imports_view_set_store (VsImportsView *self,
                          VsStore *store)
{
  if (!g_set_object (&self->store, store))
    return;
  vs_imports_view_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
vs_imports_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  VsImportsView *self = VS_IMPORTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_imports_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  VsImportsView *self = VS_IMPORTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      vs_imports_view_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_imports_view_dispose (GObject *object)
{
  VsImportsView *self = VS_IMPORTS_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_IMPORTS_VIEW);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (vs_imports_view_parent_class)->dispose (object);
}

static void
vs_imports_view_class_init (VsImportsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_imports_view_dispose;
  object_class->get_property = vs_imports_view_get_property;
  object_class->set_property = vs_imports_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, VS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vitalsigns/VitalSigns/ui/vs-imports-view.ui");
  gtk_widget_class_bind_template_child (widget_class, VsImportsView, stack);
  gtk_widget_class_bind_template_child (widget_class, VsImportsView, list);
  gtk_widget_class_bind_template_child (widget_class, VsImportsView, status_page);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "vs-imports-view");
}

static void
vs_imports_view_init (VsImportsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  vs_a11y_name_label_buttons (GTK_WIDGET (self));
}

void
vs_imports_view_reload (VsImportsView *self)
{
  g_autoptr(GPtrArray) imports = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  g_return_if_fail (VS_IS_IMPORTS_VIEW (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  self->count = 0;

  if (self->store == NULL)
    return;
  imports = vs_store_list_imports (self->store, &error);
  if (imports == NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      adw_status_page_set_icon_name (self->status_page, "dialog-error-symbolic");
      adw_status_page_set_title (self->status_page, _("Could Not Read the Import History"));
      adw_status_page_set_description (self->status_page, escaped);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  for (guint i = 0; i < imports->len; i++)
    gtk_list_box_append (self->list, make_row (self, g_ptr_array_index (imports, i)));
  self->count = imports->len;
  gtk_stack_set_visible_child_name (self->stack, imports->len > 0 ? "list" : "empty");
}

guint
vs_imports_view_get_count (VsImportsView *self)
{
  g_return_val_if_fail (VS_IS_IMPORTS_VIEW (self), 0);
  return self->count;
}
