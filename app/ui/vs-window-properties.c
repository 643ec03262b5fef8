/* vs-window-properties.c: the window's properties: the database, the view, the month and
 * locality, the open card, and the state its template binds its pages to
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-window"

#include "config.h"

#include "vs-window-private.h"

GParamSpec *_vs_window_properties[VS_WINDOW_N_PROPS];

void
_vs_window_set_boolean (VsWindow *self,
                        gboolean *field,
                        guint     prop_id,
                        gboolean  value)
{
  if (*field == !!value)
    return;
  *field = !!value;
  g_object_notify_by_pspec (G_OBJECT (self), _vs_window_properties[prop_id]);
}

static void
vs_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  VsWindow *self = VS_WINDOW (object);

  switch (prop_id)
    {
    case VS_WINDOW_PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case VS_WINDOW_PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case VS_WINDOW_PROP_OPEN_ERROR:
      g_value_set_boxed (value, self->open_error);
      break;
    case VS_WINDOW_PROP_VIEW:
      g_value_set_boxed (value, self->view);
      break;
    case VS_WINDOW_PROP_PERIOD:
      g_value_set_int (value, self->period);
      break;
    case VS_WINDOW_PROP_LOCALITY:
      g_value_set_string (value, _vs_window_locality_name (self));
      break;
    case VS_WINDOW_PROP_SELECTED_ROW:
      g_value_set_object (value, self->selected_row);
      break;
    case VS_WINDOW_PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    case VS_WINDOW_PROP_DASHBOARD:
      g_value_set_object (value, self->dashboard);
      break;
    case VS_WINDOW_PROP_SEARCH_TEXT:
      g_value_set_string (value, self->search_text);
      break;
    case VS_WINDOW_PROP_EMPTY:
      g_value_set_boolean (value, self->empty);
      break;
    case VS_WINDOW_PROP_FAILED:
      g_value_set_boolean (value, self->failed);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* "view", "period" and "locality" are wishes while the window is built (the command
 * line's, read once the store is); afterwards they choose as the officer would. */
static void
vs_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  VsWindow *self = VS_WINDOW (object);
  gboolean built = self->dashboard != NULL;

  switch (prop_id)
    {
    case VS_WINDOW_PROP_STORE:
      self->store = g_value_dup_object (value);
      /* Heard by the template's bindings once construction ends. */
      g_object_notify_by_pspec (object, pspec);
      break;
    case VS_WINDOW_PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case VS_WINDOW_PROP_OPEN_ERROR:
      self->open_error = g_value_dup_boxed (value);
      break;
    case VS_WINDOW_PROP_VIEW:
      if (built)
        vs_window_show_view (self, g_value_get_boxed (value));
      else
        self->start_view = g_value_dup_boxed (value);
      break;
    case VS_WINDOW_PROP_PERIOD:
      if (built)
        vs_window_set_period (self, g_value_get_int (value));
      else
        self->period = g_value_get_int (value);
      break;
    case VS_WINDOW_PROP_LOCALITY:
      if (built)
        vs_window_set_locality (self, g_value_get_string (value));
      else
        self->start_locality = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

void
_vs_window_class_properties_init (GObjectClass *object_class)
{
  object_class->get_property = vs_window_get_property;
  object_class->set_property = vs_window_set_property;

  /* NULL when the database could not be opened: the window then shows open-error. */
  _vs_window_properties[VS_WINDOW_PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, VS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS
                         | G_PARAM_EXPLICIT_NOTIFY);
  _vs_window_properties[VS_WINDOW_PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS
                         | G_PARAM_EXPLICIT_NOTIFY);
  _vs_window_properties[VS_WINDOW_PROP_OPEN_ERROR] =
    g_param_spec_boxed ("open-error", NULL, NULL, G_TYPE_ERROR,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS
                        | G_PARAM_EXPLICIT_NOTIFY);
  /* The sidebar's view (a VsView). */
  _vs_window_properties[VS_WINDOW_PROP_VIEW] =
    g_param_spec_boxed ("view", NULL, NULL, VS_TYPE_VIEW,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_STATIC_STRINGS
                        | G_PARAM_EXPLICIT_NOTIFY);
  /* The month rated (a VsPeriod). */
  _vs_window_properties[VS_WINDOW_PROP_PERIOD] =
    g_param_spec_int ("period", NULL, NULL, G_MININT32, G_MAXINT32, VS_PERIOD_INVALID,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_STATIC_STRINGS
                      | G_PARAM_EXPLICIT_NOTIFY);
  /* The locality rated, by name. */
  _vs_window_properties[VS_WINDOW_PROP_LOCALITY] =
    g_param_spec_string ("locality", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_STATIC_STRINGS
                         | G_PARAM_EXPLICIT_NOTIFY);
  /* The indicator whose report card is open, NULL when none is. */
  _vs_window_properties[VS_WINDOW_PROP_SELECTED_ROW] =
    g_param_spec_object ("selected-row", NULL, NULL, VS_TYPE_INDICATOR_ITEM,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* Shown, and the figures not read yet: they follow the first frame. */
  _vs_window_properties[VS_WINDOW_PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* Whose rows the views show; NULL without a database. */
  _vs_window_properties[VS_WINDOW_PROP_DASHBOARD] =
    g_param_spec_object ("dashboard", NULL, NULL, VS_TYPE_DASHBOARD,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* What the indicators shown match, once the officer pauses typing. */
  _vs_window_properties[VS_WINDOW_PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* No indicator at all: the welcome page says how to start. */
  _vs_window_properties[VS_WINDOW_PROP_EMPTY] =
    g_param_spec_boolean ("empty", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* The database could not be opened or read: the error page stands for the views. */
  _vs_window_properties[VS_WINDOW_PROP_FAILED] =
    g_param_spec_boolean ("failed", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, VS_WINDOW_N_PROPS, _vs_window_properties);
}
