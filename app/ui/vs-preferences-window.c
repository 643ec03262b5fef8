/* vs-preferences-window.c: the officer's preferences (GSettings) and the database's ratings
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "vs-a11y.h"
#include "vs-benchmarks-group.h"
#include "vs-preferences-window.h"

struct _VsPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwComboRow          *locality_row;
  GtkStringList        *locality_names;
  GtkSpinButton        *amber_spin;
  GtkSwitch            *screening_switch;
  GtkSpinButton        *shift_spin;
  GtkSpinButton        *trend_spin;
  AdwComboRow          *scheme_row;
  AdwEntryRow          *author_row;
  AdwPreferencesGroup  *ratings_group;
  AdwPreferencesGroup  *spc_group;
  VsBenchmarksGroup    *benchmarks_group;

  GSettings            *settings;
  VsStore              *store;        /* NULL when the database could not be opened */
  gboolean              loading;
  GPtrArray            *localities;   /* names, "" first for the whole authority */
};

G_DEFINE_FINAL_TYPE (VsPreferencesWindow, vs_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const schemes[] = { "default", "light", "dark" };

static gboolean
scheme_get_mapping (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const char *scheme = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    if (g_str_equal (scheme, schemes[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
scheme_set_mapping (const GValue       *value,
                    const GVariantType *type,
                    gpointer            user_data)
{
  guint i = g_value_get_uint (value);

  return g_variant_new_string (i < G_N_ELEMENTS (schemes) ? schemes[i] : schemes[0]);
}

static gboolean
locality_get_mapping (GValue   *value,
                      GVariant *variant,
                      gpointer  user_data)
{
  VsPreferencesWindow *self = user_data;
  const char *name = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < self->localities->len; i++)
    if (g_ascii_strcasecmp (name, g_ptr_array_index (self->localities, i)) == 0)
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
locality_set_mapping (const GValue       *value,
                      const GVariantType *type,
                      gpointer            user_data)
{
  VsPreferencesWindow *self = user_data;
  guint i = g_value_get_uint (value);

  return g_variant_new_string (i < self->localities->len ? g_ptr_array_index (self->localities, i) : "");
}

static void
fill_localities (VsPreferencesWindow *self,
                 VsApplication       *app)
{
  VsStore *store = vs_application_get_active_store (app);
  g_autoptr(GPtrArray) localities = store != NULL ? vs_store_list_localities (store, NULL) : NULL;
  const char *whole = NULL;

  g_ptr_array_add (self->localities, g_strdup (""));
  for (guint i = 0; localities != NULL && i < localities->len; i++)
    {
      const VsLocality *locality = g_ptr_array_index (localities, i);

      if (locality->is_whole_authority)
        whole = locality->name;
      else
        g_ptr_array_add (self->localities, g_strdup (locality->name));
    }

  /* The empty setting means the authority as a whole, under whatever name it has. */
  if (whole != NULL)
    gtk_string_list_append (self->locality_names, whole);
  else
    gtk_string_list_append (self->locality_names, _("The whole authority"));
  for (guint i = 1; i < self->localities->len; i++)
    gtk_string_list_append (self->locality_names, g_ptr_array_index (self->localities, i));
}

/* ---- the ratings: the database's, written at once so the window re-rates ---- */

static void
show_ratings (VsPreferencesWindow    *self,
              const VsRatingSettings *settings)
{
  self->loading = TRUE;
  gtk_spin_button_set_value (self->amber_spin, settings->amber_percent);
  gtk_switch_set_active (self->screening_switch, settings->spc_screen);
  gtk_spin_button_set_value (self->shift_spin, settings->spc_shift_length);
  gtk_spin_button_set_value (self->trend_spin, settings->spc_trend_length);
  self->loading = FALSE;
}

static void
load_ratings (VsPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  VsRatingSettings settings;

  if (self->store == NULL || !vs_store_get_rating_settings (self->store, &settings, &error))
    {
      /* Nothing to edit: the rows show the defaults, greyed out. */
      vs_rating_settings_init (&settings);
      show_ratings (self, &settings);
      gtk_widget_set_sensitive (GTK_WIDGET (self->ratings_group), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->spc_group), FALSE);
      if (error != NULL)
        {
          g_autofree char *escaped = g_markup_escape_text (error->message, -1);

          adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (escaped));
        }
      return;
    }
  show_ratings (self, &settings);
}

static void
on_rating_changed_cb (VsPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  VsRatingSettings settings;

  if (self->loading || self->store == NULL)
    return;
  settings.amber_percent = gtk_spin_button_get_value (self->amber_spin);
  settings.spc_screen = gtk_switch_get_active (self->screening_switch);
  settings.spc_shift_length = (guint) gtk_spin_button_get_value_as_int (self->shift_spin);
  settings.spc_trend_length = (guint) gtk_spin_button_get_value_as_int (self->trend_spin);
  /* The store says "changed" after the commit, and the window re-rates every figure. */
  if (!vs_store_set_rating_settings (self->store, &settings, &error))
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);   /* toasts read markup */

      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (escaped));
      load_ratings (self);   /* back to what the database holds */
    }
}

static void
vs_preferences_window_dispose (GObject *object)
{
  VsPreferencesWindow *self = VS_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (vs_preferences_window_parent_class)->dispose (object);
}

static void
vs_preferences_window_finalize (GObject *object)
{
  VsPreferencesWindow *self = VS_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_pointer (&self->localities, g_ptr_array_unref);

  G_OBJECT_CLASS (vs_preferences_window_parent_class)->finalize (object);
}

static void
vs_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  VsPreferencesWindow *self = VS_PREFERENCES_WINDOW (object);

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
vs_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  VsPreferencesWindow *self = VS_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      /* Heard once construction ends, by the template's bindings (the benchmarks). */
      g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_preferences_window_class_init (VsPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_preferences_window_dispose;
  object_class->finalize = vs_preferences_window_finalize;
  object_class->get_property = vs_preferences_window_get_property;
  object_class->set_property = vs_preferences_window_set_property;

  /* The database of the window it was opened from (each window has its own); NULL when
   * it could not be opened. */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, VS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS
                         | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (VS_TYPE_BENCHMARKS_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vitalsigns/VitalSigns/ui/vs-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VsPreferencesWindow, benchmarks_group);
  gtk_widget_class_bind_template_child (widget_class, VsPreferencesWindow, locality_row);
  gtk_widget_class_bind_template_child (widget_class, VsPreferencesWindow, author_row);
  gtk_widget_class_bind_template_child (widget_class, VsPreferencesWindow, locality_names);
  gtk_widget_class_bind_template_child (widget_class, VsPreferencesWindow, amber_spin);
  gtk_widget_class_bind_template_child (widget_class, VsPreferencesWindow, screening_switch);
  gtk_widget_class_bind_template_child (widget_class, VsPreferencesWindow, shift_spin);
  gtk_widget_class_bind_template_child (widget_class, VsPreferencesWindow, trend_spin);
  gtk_widget_class_bind_template_child (widget_class, VsPreferencesWindow, scheme_row);
  gtk_widget_class_bind_template_child (widget_class, VsPreferencesWindow, ratings_group);
  gtk_widget_class_bind_template_child (widget_class, VsPreferencesWindow, spc_group);
}

static void
vs_preferences_window_init (VsPreferencesWindow *self)
{
  self->localities = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  vs_a11y_name_label_buttons (GTK_WIDGET (self));
  vs_a11y_name_descendant (GTK_WIDGET (self), GTK_TYPE_SEARCH_ENTRY, _("Search preferences"));
}

VsPreferencesWindow *
vs_preferences_window_new (VsApplication *application)
{
  VsPreferencesWindow *self;

  g_return_val_if_fail (VS_IS_APPLICATION (application), NULL);

  self = g_object_new (VS_TYPE_PREFERENCES_WINDOW,
                       "store", vs_application_get_active_store (application),
                       NULL);
  self->settings = g_object_ref (vs_application_get_settings (application));
  fill_localities (self, application);

  g_settings_bind_with_mapping (self->settings, "default-locality",
                                self->locality_row, "selected", G_SETTINGS_BIND_DEFAULT,
                                locality_get_mapping, locality_set_mapping, self, NULL);
  /* Empty means the account's real name (vs_application_get_author()). */
  g_settings_bind (self->settings, "author-name", self->author_row, "text", G_SETTINGS_BIND_DEFAULT);
  load_ratings (self);
  /* The ratings and comparators are the database's: a read-only one keeps them. */
  if (self->store != NULL && vs_store_is_read_only (self->store))
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->ratings_group), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->spc_group), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->benchmarks_group), FALSE);
    }
  g_signal_connect_object (self->amber_spin, "value-changed",
                           G_CALLBACK (on_rating_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->screening_switch, "notify::active",
                           G_CALLBACK (on_rating_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->shift_spin, "value-changed",
                           G_CALLBACK (on_rating_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->trend_spin, "value-changed",
                           G_CALLBACK (on_rating_changed_cb), self, G_CONNECT_SWAPPED);
  g_settings_bind_with_mapping (self->settings, "color-scheme",
                                self->scheme_row, "selected", G_SETTINGS_BIND_DEFAULT,
                                scheme_get_mapping, scheme_set_mapping, NULL, NULL);
  return self;
}
