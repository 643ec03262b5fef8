/* vs-application-private.h: what vs-application.c and vs-application-store.c share
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vs-application.h"

G_BEGIN_DECLS

struct _VsApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  VsStore        *store;
  char           *author;
  GError         *open_error;

  /* from the command line */
  char           *db_path;
  GStrv           more_paths;       /* further files: a window each */
  gboolean        demo;
  char           *start_view;       /* as written; read once into one of: */
  VsView         *start;            /*   a view of the sidebar, */
  char           *start_indicator;  /*   a report card ("indicator:REF"), */
  GFile          *start_import;     /*   a file to import ("import:FILE"), */
  gboolean        start_preferences;/*   or Preferences */
  gboolean        start_pack;       /*   or Export Committee Pack */
  char           *start_period;
  char           *start_locality;
  char           *color_scheme;   /* overrides the setting for this run only */
};

G_END_DECLS
