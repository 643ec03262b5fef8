/* vs-application.c: the application: options, the open database, app-wide actions
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-application"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "vs-application-private.h"
#include "vs-application-document.h"
#include "vs-preferences-window.h"
#include "vs-window.h"

G_DEFINE_FINAL_TYPE (VsApplication, vs_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_AUTHOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const GOptionEntry main_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the database at PATH; a new file starts empty"), N_("PATH") },
  { "demo", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Fill a new or empty database with the demo data, and say the window shows it"), NULL },
  { "view", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Show VIEW on start: overview, exceptions, imports, benchmarks, area:NAME, "
       "indicator:REF, "
       "import:FILE, preferences or pack"), N_("VIEW") },
  { "period", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Show the reporting period YYYY-MM on start"), N_("YYYY-MM") },
  { "locality", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Show the locality NAME on start"), N_("NAME") },
  { "color-scheme", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Use the colour scheme light, dark or default for this run"), N_("SCHEME") },
  /* Files (the desktop file's %F) are read here rather than by GApplication's "open":
   * the first file is this process's --db and each further one gets a window of its own
   * in this process. */
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
  { NULL }
};

static AdwColorScheme
color_scheme_from_string (const char *name)
{
  if (g_strcmp0 (name, "light") == 0)
    return ADW_COLOR_SCHEME_FORCE_LIGHT;
  if (g_strcmp0 (name, "dark") == 0)
    return ADW_COLOR_SCHEME_FORCE_DARK;
  return ADW_COLOR_SCHEME_DEFAULT;
}

static gboolean
color_scheme_get_mapping (GValue   *value,
                          GVariant *variant,
                          gpointer  user_data)
{
  g_value_set_enum (value, color_scheme_from_string (g_variant_get_string (variant, NULL)));
  return TRUE;
}

/* Options are read before the application registers, so that a window on a named
 * database gets a process of its own rather than joining one showing another file. */
static int
vs_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  VsApplication *self = VS_APPLICATION (app);
  g_autofree char *db = NULL;
  g_auto(GStrv) files = NULL;
  VsPeriod period;

  g_variant_dict_lookup (options, "db", "^ay", &db);
  g_variant_dict_lookup (options, "demo", "b", &self->demo);
  g_variant_dict_lookup (options, "view", "s", &self->start_view);
  g_variant_dict_lookup (options, "period", "s", &self->start_period);
  g_variant_dict_lookup (options, "locality", "s", &self->start_locality);
  g_variant_dict_lookup (options, "color-scheme", "s", &self->color_scheme);

  if (db != NULL && *db != '\0')
    self->db_path = g_steal_pointer (&db);
  if (g_variant_dict_lookup (options, G_OPTION_REMAINING, "^aay", &files) && files[0] != NULL)
    {
      guint first = 0;

      if (self->db_path == NULL)
        self->db_path = g_strdup (files[first++]);
      self->more_paths = g_strdupv (files + first);
    }

  if (self->color_scheme != NULL
      && !g_strv_contains ((const char *const[]) { "light", "dark", "default", NULL },
                           self->color_scheme))
    {
      g_printerr (_("vital-signs: --color-scheme must be light, dark or default, not “%s”\n"),
                  self->color_scheme);
      return 2;
    }
  if (self->start_period != NULL && !vs_period_parse_iso (self->start_period, &period))
    {
      g_printerr (_("vital-signs: --period must be a month as YYYY-MM, not “%s”\n"),
                  self->start_period);
      return 2;
    }

  if (self->start_view != NULL)
    {
      if (g_str_equal (self->start_view, "preferences"))
        self->start_preferences = TRUE;
      else if (g_str_equal (self->start_view, "pack"))
        self->start_pack = TRUE;
      else if (g_str_has_prefix (self->start_view, "indicator:"))
        self->start_indicator = g_strdup (self->start_view + strlen ("indicator:"));
      else if (g_str_has_prefix (self->start_view, "import:"))
        self->start_import = g_file_new_for_commandline_arg (self->start_view + strlen ("import:"));
      else
        self->start = vs_view_parse (self->start_view);   /* NULL: the last view instead */
    }

  if (self->db_path != NULL || self->start_view != NULL || self->color_scheme != NULL)
    g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);

  return -1;
}

static void
vs_application_activate (GApplication *app)
{
  VsApplication *self = VS_APPLICATION (app);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window == NULL)
    {
      window = GTK_WINDOW (vs_window_new (self));
      if (self->start_indicator != NULL)
        vs_window_open_indicator (VS_WINDOW (window), self->start_indicator);
    }
  gtk_window_present (window);
  for (guint i = 0; self->more_paths != NULL && self->more_paths[i] != NULL; i++)
    vs_application_open_database (self, self->more_paths[i], FALSE);
  g_clear_pointer (&self->more_paths, g_strfreev);

  if (self->start_import != NULL)
    {
      g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
      g_autoptr(VsView) overview = vs_view_new (VS_VIEW_OVERVIEW, NULL);

      g_list_store_append (files, self->start_import);
      g_clear_object (&self->start_import);
      vs_window_show_view (VS_WINDOW (window), overview);
      /* After presenting: a dialog needs its parent on screen, or it opens beneath it. */
      vs_window_import_files (VS_WINDOW (window), G_LIST_MODEL (files));
    }
  if (self->start_preferences)
    g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  /* The Export Committee Pack dialog over the window, as Ctrl+E opens it. */
  if (self->start_pack)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.export-pack", NULL);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GApplication *app = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  /* Closing each window lets it save its size and view; the application then ends. */
  for (GList *l = windows; l != NULL; )
    {
      GtkWindow *window = l->data;
      l = l->next;
      gtk_window_close (window);
    }
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  VsApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWindow *prefs = GTK_WINDOW (vs_preferences_window_new (self));

  if (parent != NULL)
    gtk_window_set_transient_for (prefs, parent);
  gtk_window_present (prefs);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  VsApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *developers[] = { _("The Vital Signs authors"), NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "application-name", _("Vital Signs"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Vital Signs authors"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Monthly performance reports for children’s services: "
                                      "RAG dashboards, trend charts and report cards from "
                                      "the extracts officers already receive."),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        "copyright", "© 2026 The Vital Signs authors",
                        "translator-credits", _("translator-credits"),
                        "transient-for", parent,
                        "modal", TRUE,
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "preferences", preferences_activated },
  { "about", about_activated },
};

static void
vs_application_startup (GApplication *app)
{
  VsApplication *self = VS_APPLICATION (app);
  static gsize named = 0;

  G_APPLICATION_CLASS (vs_application_parent_class)->startup (app);

  /* Once per process: GLib warns when it is set again (tests start several applications). */
  if (g_once_init_enter (&named))
    {
      g_set_application_name (_("Vital Signs"));
      g_once_init_leave (&named, 1);
    }
  gtk_window_set_default_icon_name (APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  vs_application_add_document_actions (self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close",
                                         (const char *[]) { "<Control>w", NULL });

  /* --color-scheme holds for this run whatever Preferences say; otherwise the style
   * follows the setting. */
  if (self->color_scheme != NULL)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                        color_scheme_from_string (self->color_scheme));
  else
    g_settings_bind_with_mapping (self->settings, "color-scheme",
                                  adw_style_manager_get_default (), "color-scheme",
                                  G_SETTINGS_BIND_GET, color_scheme_get_mapping, NULL, NULL, NULL);
}

/* A name set in Preferences goes with the next commentary or action saved. */
static void
on_author_changed_cb (GSettings     *settings,
                      const char    *key,
                      VsApplication *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR]);
}

static void
vs_application_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  VsApplication *self = VS_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_AUTHOR:
      g_value_set_string (value, vs_application_get_author (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_application_finalize (GObject *object)
{
  VsApplication *self = VS_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_error (&self->open_error);
  g_free (self->author);
  g_free (self->db_path);
  g_strfreev (self->more_paths);
  g_free (self->start_view);
  g_clear_pointer (&self->start, vs_view_free);
  g_free (self->start_indicator);
  g_clear_object (&self->start_import);
  g_free (self->start_period);
  g_free (self->start_locality);
  g_free (self->color_scheme);

  G_OBJECT_CLASS (vs_application_parent_class)->finalize (object);
}

static void
vs_application_class_init (VsApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = vs_application_finalize;
  object_class->get_property = vs_application_get_property;
  app_class->handle_local_options = vs_application_handle_local_options;
  app_class->startup = vs_application_startup;
  app_class->activate = vs_application_activate;

  /* Who signs commentary and actions: the name set in Preferences, else the account's. */
  properties[PROP_AUTHOR] =
    g_param_spec_string ("author", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vs_application_init (VsApplication *self)
{
  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::author-name",
                           G_CALLBACK (on_author_changed_cb), self, 0);
  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self),
                                                     _("[COMMAND]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("With no command, opens the window."));
}

VsApplication *
vs_application_new (void)
{
  return g_object_new (VS_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/io/github/vitalsigns/VitalSigns",
                       NULL);
}

GSettings *
vs_application_get_settings (VsApplication *self)
{
  g_return_val_if_fail (VS_IS_APPLICATION (self), NULL);

  return self->settings;
}

const VsView *
vs_application_get_start_view (VsApplication *self)
{
  g_return_val_if_fail (VS_IS_APPLICATION (self), NULL);

  return self->start;
}

const char *
vs_application_get_start_period (VsApplication *self)
{
  g_return_val_if_fail (VS_IS_APPLICATION (self), NULL);

  return self->start_period;
}

const char *
vs_application_get_start_locality (VsApplication *self)
{
  g_return_val_if_fail (VS_IS_APPLICATION (self), NULL);

  return self->start_locality;
}

const char *
vs_application_get_author (VsApplication *self)
{
  g_autofree char *custom = NULL;
  const char *name;

  g_return_val_if_fail (VS_IS_APPLICATION (self), NULL);

  /* The name set in Preferences, else the account's real name, else its login. */
  custom = g_strstrip (g_settings_get_string (self->settings, "author-name"));
  if (*custom != '\0')
    {
      g_free (self->author);
      self->author = g_steal_pointer (&custom);
      return self->author;
    }
  name = g_get_real_name ();
  if (name == NULL || *name == '\0' || g_str_equal (name, "Unknown"))
    name = g_get_user_name ();
  return name;
}
