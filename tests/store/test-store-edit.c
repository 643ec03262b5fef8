/* test-store-edit.c: an officer's edit of an indicator: ref, title, area, periodicity, checked
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "vs-store.h"

typedef struct {
  char    *dir;
  char    *path;
  VsStore *store;
  gint64   seen_id;   /* 6.14 CP % children seen, in Child Protection */
  gint64   visits_id; /* 6.15 CP visits in timescale, in Child Protection */
  gint64   lac_id;    /* 7.01 LAC with a PEP, in Looked After Children */
} Fixture;

static gint64
add_indicator (VsStore    *store,
               const char *ref,
               const char *title,
               const char *area)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsIndicator) indicator = vs_indicator_new ();

  indicator->ref = g_strdup (ref);
  indicator->title = g_strdup (title);
  indicator->area_id = vs_store_ensure_area (store, area, &error);
  g_assert_no_error (error);
  g_assert_true (vs_store_save_indicator (store, indicator, &error));
  g_assert_no_error (error);
  return indicator->id;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("vs-store-edit-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.db", NULL);
  f->store = vs_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (vs_store_begin (f->store, &error));
  f->seen_id = add_indicator (f->store, "6.14", "Child Protection (CP) - % children seen",
                              "Child Protection");
  f->visits_id = add_indicator (f->store, "6.15", "CP visits within timescale",
                                "Child Protection");
  f->lac_id = add_indicator (f->store, "7.01", "LAC with up to date Personal Education Plan",
                             "Looked After Children");
  g_assert_true (vs_store_commit (f->store, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *journal = g_strconcat (f->path, "-journal", NULL);

  g_clear_object (&f->store);
  g_unlink (journal);
  g_unlink (f->path);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static VsIndicator *
get (Fixture *f,
     gint64   id)
{
  g_autoptr(GError) error = NULL;
  VsIndicator *indicator = vs_store_get_indicator (f->store, id, &error);

  g_assert_no_error (error);
  return indicator;
}

/* Ref, title and periodicity change in place; the figures stay with the id. */
static void
test_rename (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsIndicator) edited = get (f, f->seen_id);
  g_autoptr(VsIndicator) stored = NULL;

  g_free (edited->ref);
  edited->ref = g_strdup ("  CP1 ");
  g_free (edited->title);
  edited->title = g_strdup ("Children seen on a CP plan");
  edited->periodicity = VS_PERIODICITY_QUARTERLY;
  g_assert_true (vs_store_edit_indicator (f->store, edited, NULL, &error));
  g_assert_no_error (error);

  stored = get (f, f->seen_id);
  g_assert_cmpstr (stored->ref, ==, "CP1");
  g_assert_cmpstr (stored->title, ==, "Children seen on a CP plan");
  g_assert_cmpint (stored->periodicity, ==, VS_PERIODICITY_QUARTERLY);
  g_assert_cmpstr (stored->area, ==, "Child Protection");
  g_assert_null (vs_store_get_indicator_by_ref (f->store, "6.14", NULL));
}

/* Moving to an existing area (named in any case) puts it last there; a new name creates
 * the area. */
static void
test_move_between_areas (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsIndicator) edited = get (f, f->seen_id);
  g_autoptr(VsIndicator) lac = get (f, f->lac_id);
  g_autoptr(VsIndicator) stored = NULL;
  g_autoptr(GPtrArray) areas = NULL;

  g_assert_true (vs_store_edit_indicator (f->store, edited, "looked after children", &error));
  g_assert_no_error (error);
  stored = get (f, f->seen_id);
  g_assert_cmpstr (stored->area, ==, "Looked After Children");
  g_assert_cmpstr (edited->area, ==, "Looked After Children");
  g_assert_cmpint (stored->area_id, ==, lac->area_id);
  g_assert_cmpint (stored->position, >, lac->position);

  g_assert_true (vs_store_edit_indicator (f->store, edited, " Early Help ", &error));
  g_assert_no_error (error);
  g_clear_pointer (&stored, vs_indicator_unref);
  stored = get (f, f->seen_id);
  g_assert_cmpstr (stored->area, ==, "Early Help");
  areas = vs_store_list_areas (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (areas->len, ==, 3);
}

/* Refused, writing nothing: another indicator's ref, an empty ref or title, an empty
 * new area. */
static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsIndicator) edited = get (f, f->seen_id);
  g_autoptr(VsIndicator) stored = NULL;
  g_autoptr(GPtrArray) areas = NULL;

  g_free (edited->ref);
  edited->ref = g_strdup ("6.15");
  g_free (edited->title);
  edited->title = g_strdup ("Renamed");
  g_assert_false (vs_store_edit_indicator (f->store, edited, "Early Help", &error));
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==,
                   "The reference “6.15” is already “CP visits within timescale”’s: each "
                   "indicator needs its own");
  g_clear_error (&error);

  g_free (edited->ref);
  edited->ref = g_strdup (" ");
  g_assert_false (vs_store_edit_indicator (f->store, edited, NULL, &error));
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==, "The indicator needs a reference");
  g_clear_error (&error);

  g_free (edited->ref);
  edited->ref = g_strdup ("6.14");
  g_free (edited->title);
  edited->title = g_strdup ("");
  g_assert_false (vs_store_edit_indicator (f->store, edited, NULL, &error));
  g_assert_cmpstr (error->message, ==, "The indicator needs a title");
  g_clear_error (&error);

  g_free (edited->title);
  edited->title = g_strdup ("Renamed");
  g_assert_false (vs_store_edit_indicator (f->store, edited, "  ", &error));
  g_assert_cmpstr (error->message, ==, "The new area needs a name");
  g_clear_error (&error);

  /* Nothing was written: the area refused with the ref was not created either. */
  g_assert_false (vs_store_in_transaction (f->store));
  stored = get (f, f->seen_id);
  g_assert_cmpstr (stored->ref, ==, "6.14");
  g_assert_cmpstr (stored->title, ==, "Child Protection (CP) - % children seen");
  areas = vs_store_list_areas (f->store, &error);
  g_assert_cmpuint (areas->len, ==, 2);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/edit/rename", test_rename);
  ADD ("/store/edit/move-between-areas", test_move_between_areas);
  ADD ("/store/edit/refused", test_refused);
  return g_test_run ();
}
