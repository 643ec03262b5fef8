/* vs-import-choices-group.c: the import dialog's choices: sheet, layout, area, locality
 *
 * The window offers what `vital-signs import` takes as --sheet, --layout, --area and
 * --locality (the home authority has a page of its own in the dialog).
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "vs-import-choices-group.h"

struct _VsImportChoicesGroup
{
  AdwPreferencesGroup  parent_instance;

  AdwComboRow         *sheet_row;
  AdwComboRow         *layout_row;
  AdwComboRow         *area_row;
  AdwComboRow         *locality_row;

  /* what each row's items stand for, NULL for the first ("as the file says") */
  GPtrArray           *sheets;
  GPtrArray           *areas;
  GPtrArray           *localities;
  gboolean             loading;
};

G_DEFINE_FINAL_TYPE (VsImportChoicesGroup, vs_import_choices_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* In the order of VsLayout. */
static const char *const layout_labels[VS_N_LAYOUTS] = {
  N_("Automatic"),
  N_("Wide: a column per month"),
  N_("Long: a row per figure"),
  N_("Localities: a column per locality"),
  N_("Catalogue: definitions only"),
  N_("Benchmarks"),
  N_("Commentary"),
  N_("Actions"),
};

/* Fills @row with @first then @values, and selects @wanted (NULL: @first). */
static void
fill_row (AdwComboRow *row,
          GPtrArray   *values,
          const char  *first,
          const char  *wanted)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected = 0;

  gtk_string_list_append (labels, first);
  for (guint i = 1; i < values->len; i++)
    {
      const char *value = g_ptr_array_index (values, i);

      gtk_string_list_append (labels, value);
      if (wanted != NULL && g_utf8_collate (value, wanted) == 0)
        selected = i;
    }
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (row, selected);
}

static void
reset_values (GPtrArray *values)
{
  g_ptr_array_set_size (values, 0);
  g_ptr_array_add (values, NULL);
}

static const char *
selected_value (AdwComboRow *row,
                GPtrArray   *values)
{
  guint i = adw_combo_row_get_selected (row);

  return i < values->len ? g_ptr_array_index (values, i) : NULL;
}

void
vs_import_choices_group_load (VsImportChoicesGroup  *self,
                              VsStore               *store,
                              const VsImportChoices *choices)
{
  g_autoptr(GPtrArray) areas = NULL;
  g_autoptr(GPtrArray) localities = NULL;

  g_return_if_fail (VS_IS_IMPORT_CHOICES_GROUP (self));
  g_return_if_fail (VS_IS_STORE (store));

  self->loading = TRUE;
  areas = vs_store_list_areas (store, NULL);
  reset_values (self->areas);
  for (guint i = 0; areas != NULL && i < areas->len; i++)
    g_ptr_array_add (self->areas, g_strdup (((VsArea *) g_ptr_array_index (areas, i))->name));
  fill_row (self->area_row, self->areas, _("From the file"), choices->area);

  localities = vs_store_list_localities (store, NULL);
  reset_values (self->localities);
  for (guint i = 0; localities != NULL && i < localities->len; i++)
    {
      const VsLocality *locality = g_ptr_array_index (localities, i);

      if (!locality->is_whole_authority)
        g_ptr_array_add (self->localities, g_strdup (locality->name));
    }
  fill_row (self->locality_row, self->localities, _("From the file"), choices->locality);
  gtk_widget_set_visible (GTK_WIDGET (self->locality_row), self->localities->len > 1);

  adw_combo_row_set_selected (self->layout_row, (guint) choices->layout);
  vs_import_choices_group_set_sheets (self, NULL);
  self->loading = FALSE;
}

void
vs_import_choices_group_set_sheets (VsImportChoicesGroup *self,
                                    const char *const    *sheets)
{
  g_autofree char *chosen = NULL;
  gboolean was_loading = self->loading;

  g_return_if_fail (VS_IS_IMPORT_CHOICES_GROUP (self));

  chosen = g_strdup (selected_value (self->sheet_row, self->sheets));
  self->loading = TRUE;
  reset_values (self->sheets);
  for (guint i = 0; sheets != NULL && sheets[i] != NULL; i++)
    g_ptr_array_add (self->sheets, g_strdup (sheets[i]));
  fill_row (self->sheet_row, self->sheets, _("The first with figures"), chosen);
  /* A choice only where there is one: a workbook of several sheets. */
  gtk_widget_set_visible (GTK_WIDGET (self->sheet_row), self->sheets->len > 2);
  self->loading = was_loading;
}

void
vs_import_choices_group_get (VsImportChoicesGroup *self,
                             VsImportChoices      *choices)
{
  g_return_if_fail (VS_IS_IMPORT_CHOICES_GROUP (self));

  choices->sheet = g_strdup (selected_value (self->sheet_row, self->sheets));
  choices->layout = (VsLayout) MIN (adw_combo_row_get_selected (self->layout_row),
                                    VS_N_LAYOUTS - 1);
  choices->area = g_strdup (selected_value (self->area_row, self->areas));
  choices->locality = g_strdup (selected_value (self->locality_row, self->localities));
}

gboolean
vs_import_choices_group_choose (VsImportChoicesGroup *self,
                                const char           *row_name,
                                const char           *item)
{
  AdwComboRow *row;
  GListModel *model;

  g_return_val_if_fail (VS_IS_IMPORT_CHOICES_GROUP (self), FALSE);

  row = g_str_equal (row_name, "sheet") ? self->sheet_row
        : g_str_equal (row_name, "layout") ? self->layout_row
        : g_str_equal (row_name, "area") ? self->area_row
        : g_str_equal (row_name, "locality") ? self->locality_row : NULL;
  g_return_val_if_fail (row != NULL, FALSE);
  model = adw_combo_row_get_model (row);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), item) == 0)
      {
        adw_combo_row_set_selected (row, i);
        return TRUE;
      }
  return FALSE;
}

static void
on_row_selected_cb (VsImportChoicesGroup *self)
{
  if (!self->loading)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
vs_import_choices_group_finalize (GObject *object)
{
  VsImportChoicesGroup *self = VS_IMPORT_CHOICES_GROUP (object);

  g_clear_pointer (&self->sheets, g_ptr_array_unref);
  g_clear_pointer (&self->areas, g_ptr_array_unref);
  g_clear_pointer (&self->localities, g_ptr_array_unref);

  G_OBJECT_CLASS (vs_import_choices_group_parent_class)->finalize (object);
}

static void
vs_import_choices_group_class_init (VsImportChoicesGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = vs_import_choices_group_finalize;

  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vitalsigns/VitalSigns/ui/vs-import-choices-group.ui");
  gtk_widget_class_bind_template_child (widget_class, VsImportChoicesGroup, sheet_row);
  gtk_widget_class_bind_template_child (widget_class, VsImportChoicesGroup, layout_row);
  gtk_widget_class_bind_template_child (widget_class, VsImportChoicesGroup, area_row);
  gtk_widget_class_bind_template_child (widget_class, VsImportChoicesGroup, locality_row);
}

static void
vs_import_choices_group_init (VsImportChoicesGroup *self)
{
  g_autoptr(GtkStringList) layouts = gtk_string_list_new (NULL);
  AdwComboRow *rows[4];

  gtk_widget_init_template (GTK_WIDGET (self));
  self->sheets = g_ptr_array_new_with_free_func (g_free);
  self->areas = g_ptr_array_new_with_free_func (g_free);
  self->localities = g_ptr_array_new_with_free_func (g_free);
  reset_values (self->sheets);
  reset_values (self->areas);
  reset_values (self->localities);

  for (guint i = 0; i < VS_N_LAYOUTS; i++)
    gtk_string_list_append (layouts, _(layout_labels[i]));
  adw_combo_row_set_model (self->layout_row, G_LIST_MODEL (layouts));

  rows[0] = self->sheet_row;
  rows[1] = self->layout_row;
  rows[2] = self->area_row;
  rows[3] = self->locality_row;
  /* The rows are named by their titles already: naming them again would be read twice. */
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    g_signal_connect_object (rows[i], "notify::selected",
                             G_CALLBACK (on_row_selected_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
vs_import_choices_group_new (void)
{
  return g_object_new (VS_TYPE_IMPORT_CHOICES_GROUP, NULL);
}
