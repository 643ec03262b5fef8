/* vs-benchmarks-group.c: Preferences' benchmarks: the home authority and the SN model,
 * both kept in the database
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-benchmarks-group"

#include "config.h"

#include <glib/gi18n.h>

#include "vs-a11y.h"
#include "vs-authority-chooser.h"
#include "vs-benchmarks-group.h"
#include "vs-benchmarks.h"

struct _VsBenchmarksGroup
{
  AdwPreferencesGroup  parent_instance;

  AdwActionRow        *home_row;
  GtkMenuButton       *home_button;
  VsAuthorityChooser  *home_chooser;
  AdwComboRow         *model_row;

  VsStore             *store;
  gboolean             loading;
};

G_DEFINE_FINAL_TYPE (VsBenchmarksGroup, vs_benchmarks_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The combo row's order: index = VsSnModelId. */
G_STATIC_ASSERT (VS_SN_MODEL_2025 == 0 && VS_SN_MODEL_2021 == 1);

static void
toast (VsBenchmarksGroup *self,
       const GError      *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);   /* toasts read markup */

  g_warning ("%s", error->message);
  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (escaped));
}

static void
load (VsBenchmarksGroup *self)
{
  g_autoptr(VsAuthority) home = NULL;
  g_autoptr(GPtrArray) authorities = NULL;
  g_autofree char *subtitle = NULL;
  gboolean have = self->store != NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self), have);
  if (!have)
    return;
  self->loading = TRUE;
  home = vs_store_get_home (self->store, NULL);
  authorities = vs_store_list_authorities (self->store, NULL);
  if (home != NULL)
    /* Translators: the home authority in Preferences: name, old LA code, region */
    subtitle = g_strdup_printf (_("%s (%s), %s"), home->name, home->code,
                                home->region ? home->region : _("no region"));
  else
    subtitle = g_strdup (_("Not chosen yet: import a DfE file of every authority"));
  adw_action_row_set_subtitle (self->home_row, subtitle);
  vs_authority_chooser_set_authorities (self->home_chooser, authorities);
  gtk_widget_set_sensitive (GTK_WIDGET (self->home_button), authorities != NULL && authorities->len > 0);
  adw_combo_row_set_selected (self->model_row, (guint) vs_benchmarks_get_model (self->store));
  self->loading = FALSE;
}

/* The choice and the comparators it changes are written together: every RAG against a
 * comparator follows at once, or nothing changes. */
static gboolean
save (VsBenchmarksGroup  *self,
      const VsAuthority  *home,
      VsSnModelId         model,
      GError            **error)
{
  if (!vs_store_begin (self->store, error))
    return FALSE;
  if ((home != NULL && !vs_store_set_home (self->store, home, error)) ||
      !vs_benchmarks_set_model (self->store, model, error) ||
      !vs_benchmarks_refresh (self->store, NULL, error) ||
      !vs_store_commit (self->store, error))
    {
      vs_store_rollback (self->store);
      return FALSE;
    }
  return TRUE;
}

static void
on_home_chosen_cb (VsAuthorityChooser *chooser,
                   VsBenchmarksGroup  *self)
{
  const VsAuthority *home = vs_authority_chooser_get_chosen (chooser);
  g_autoptr(GError) error = NULL;

  if (self->loading || self->store == NULL || home == NULL)
    return;
  gtk_menu_button_popdown (self->home_button);
  if (!save (self, home, vs_benchmarks_get_model (self->store), &error))
    toast (self, error);
  load (self);
}

static void
on_model_selected_cb (AdwComboRow       *row,
                      GParamSpec        *pspec,
                      VsBenchmarksGroup *self)
{
  g_autoptr(GError) error = NULL;
  VsSnModelId model = (VsSnModelId) adw_combo_row_get_selected (row);

  if (self->loading || self->store == NULL || model == vs_benchmarks_get_model (self->store))
    return;
  if (!save (self, NULL, model, &error))
    toast (self, error);
  load (self);
}

static void
set_store (VsBenchmarksGroup *self,
           VsStore           *store)
{
  if (!g_set_object (&self->store, store))
    return;
  load (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gboolean
vs_benchmarks_group_choose_home (VsBenchmarksGroup *self,
                                 const char        *code,
                                 GError           **error)
{
  g_autoptr(VsAuthority) home = NULL;

  g_return_val_if_fail (VS_IS_BENCHMARKS_GROUP (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  if ((home = vs_store_find_authority (self->store, code, error)) == NULL ||
      !save (self, home, vs_benchmarks_get_model (self->store), error))
    return FALSE;
  load (self);
  return TRUE;
}

static void
vs_benchmarks_group_dispose (GObject *object)
{
  VsBenchmarksGroup *self = VS_BENCHMARKS_GROUP (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_BENCHMARKS_GROUP);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (vs_benchmarks_group_parent_class)->dispose (object);
}

static void
vs_benchmarks_group_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  VsBenchmarksGroup *self = VS_BENCHMARKS_GROUP (object);

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
vs_benchmarks_group_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  VsBenchmarksGroup *self = VS_BENCHMARKS_GROUP (object);

  switch (prop_id)
    {
    case PROP_STORE:
      set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_benchmarks_group_class_init (VsBenchmarksGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_benchmarks_group_dispose;
  object_class->get_property = vs_benchmarks_group_get_property;
  object_class->set_property = vs_benchmarks_group_set_property;

  /* Whose home authority and SN model the rows show and change; NULL (no database)
   * greys them out. Bound from the preferences window's, which is construct-only there:
   * a template's child is built before its parent knows its database. */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, VS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (VS_TYPE_AUTHORITY_CHOOSER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vitalsigns/VitalSigns/ui/vs-benchmarks-group.ui");
  gtk_widget_class_bind_template_child (widget_class, VsBenchmarksGroup, home_row);
  gtk_widget_class_bind_template_child (widget_class, VsBenchmarksGroup, home_button);
  gtk_widget_class_bind_template_child (widget_class, VsBenchmarksGroup, home_chooser);
  gtk_widget_class_bind_template_child (widget_class, VsBenchmarksGroup, model_row);
  gtk_widget_class_bind_template_callback (widget_class, on_home_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_model_selected_cb);
}

static void
vs_benchmarks_group_init (VsBenchmarksGroup *self)
{
  GtkWidget *toggle;

  gtk_widget_init_template (GTK_WIDGET (self));
  load (self);   /* no database yet: greyed out */
  /* "Change…" alone says nothing of what it changes; the menu button shows its toggle. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->home_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Change the home authority"), -1);
  toggle = gtk_widget_get_first_child (GTK_WIDGET (self->home_button));
  if (GTK_IS_BUTTON (toggle))
    vs_a11y_name_button (toggle, _("Change the home authority"));
}
