/* test-import-undo-held.c: undoing an import keeps the figures a later import still holds
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A monthly dashboard restates twelve months it has already sent. The importer counts
 * those figures "unchanged" and writes nothing for them, so the figure stays the first
 * import's. Undoing that first import must not take away what a later import, still in
 * the history, also brought: the figure goes on as the later import's. The files have the
 * committee papers' shape (Ref, Indicator, thirteen months, Target; Norfolk, Jan 2018).
 */
#include "import-test-util.h"
#include "vs-store-private.h"

/* Oct 24 - Oct 25: the first extract. */
static const char *oct25 =
  "Ref,Indicator,Oct 24,Nov 24,Dec 24,Jan 25,Feb 25,Mar 25,Apr 25,May 25,Jun 25,Jul 25,Aug 25,"
  "Sep 25,Oct 25,Target\n"
  "4.1,% of re-referrals within 12 months,20.1%,19.8%,21.0%,22.4%,20.9%,19.5%,18.7%,19.9%,"
  "20.3%,21.1%,22.0%,20.4%,19.6%,20.0%\n"
  "6.14,% of children on CP plans seen in timescale,81.0%,79.5%,80.2%,78.8%,83.1%,84.0%,"
  "82.2%,80.9%,79.0%,77.5%,76.8%,78.1%,80.0%,90.0%\n";

/* Nov 24 - Nov 25: Oct 25 corrected (19.6 to 19.9, 80.0 to 80.4), Nov 25 new. */
static const char *nov25 =
  "Ref,Indicator,Nov 24,Dec 24,Jan 25,Feb 25,Mar 25,Apr 25,May 25,Jun 25,Jul 25,Aug 25,"
  "Sep 25,Oct 25,Nov 25,Target\n"
  "4.1,% of re-referrals within 12 months,19.8%,21.0%,22.4%,20.9%,19.5%,18.7%,19.9%,20.3%,"
  "21.1%,22.0%,20.4%,19.9%,18.8%,20.0%\n"
  "6.14,% of children on CP plans seen in timescale,79.5%,80.2%,78.8%,83.1%,84.0%,82.2%,"
  "80.9%,79.0%,77.5%,76.8%,78.1%,80.4%,81.5%,90.0%\n";

/* The same months again, the same figures, and one indicator more. */
static const char *nov25_with_cp =
  "Ref,Indicator,Nov 24,Dec 24,Jan 25,Feb 25,Mar 25,Apr 25,May 25,Jun 25,Jul 25,Aug 25,"
  "Sep 25,Oct 25,Nov 25,Target\n"
  "4.1,% of re-referrals within 12 months,19.8%,21.0%,22.4%,20.9%,19.5%,18.7%,19.9%,20.3%,"
  "21.1%,22.0%,20.4%,19.9%,18.8%,20.0%\n"
  "6.14,% of children on CP plans seen in timescale,79.5%,80.2%,78.8%,83.1%,84.0%,82.2%,"
  "80.9%,79.0%,77.5%,76.8%,78.1%,80.4%,81.5%,90.0%\n"
  "6.15,% of CP plans lasting 2 years or more,,,,,,,,,,,,3.1%,2.9%,\n";

static gint64
import_text (ImportFixture *fx,
             const char    *name,
             const char    *text,
             const char    *area)
{
  g_autofree char *path = write_fixture (fx, name, text);
  VsImportOptions options = { 0 };
  g_autoptr(VsImportSummary) summary = NULL;

  options.area = area;
  summary = import_ok (fx, path, &options);
  g_assert_true (summary->written);
  return summary->import_id;
}

/* Asserts the figure of @ref at @period, and which import and cell it is now from. */
static void
assert_held (ImportFixture *fx,
             const char    *ref,
             const char    *period,
             double         value,
             gint64         import_id,
             const char    *cell)
{
  g_autoptr(VsObservation) obs = find_observation (fx, ref, NULL, period);

  if (obs == NULL)
    g_error ("no figure for %s at %s", ref, period);
  g_assert_cmpfloat_with_epsilon (obs->value, value, 1e-9);
  g_assert_cmpint (obs->import_id, ==, import_id);
  g_assert_cmpstr (obs->cell, ==, cell);
}

static void
test_later_import_keeps_its_figures (ImportFixture *fx,
                                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *after_first = NULL, *after_all = NULL, *refused = NULL, *undone = NULL;
  g_autoptr(VsObservation) gone = NULL;
  gint64 first, second, third;

  first = import_text (fx, "oct25.csv", oct25, NULL);
  after_first = dump_database (fx->db_path);
  second = import_text (fx, "nov25.csv", nov25, NULL);
  third = import_text (fx, "nov25-cp.csv", nov25_with_cp, NULL);
  after_all = dump_database (fx->db_path);

  /* The second changed the first's Oct 25: the first cannot go, and nothing moves. */
  g_assert_false (vs_store_undo_import (fx->store, first, &error));
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_FAILED);
  g_clear_error (&error);
  refused = dump_database (fx->db_path);
  assert_same_dump (after_all, refused);

  /* Undoing the second keeps what the third states too, as the third's (column O is
   * Nov 25 and N is Oct 25 in its file). */
  g_assert_true (vs_store_undo_import (fx->store, second, &error));
  g_assert_no_error (error);
  assert_held (fx, "4.1", "2025-11", 18.8, third, "O2");
  assert_held (fx, "6.14", "2025-11", 81.5, third, "O3");
  assert_held (fx, "4.1", "2025-10", 19.9, third, "N2");
  assert_held (fx, "6.14", "2025-10", 80.4, third, "N3");
  assert_held (fx, "4.1", "2024-10", 20.1, first, "C2");

  /* Undoing the third then puts back what the second had replaced: the first's Oct 25,
   * and no Nov 25; the database is as the first import left it. */
  g_assert_true (vs_store_undo_import (fx->store, third, &error));
  g_assert_no_error (error);
  assert_held (fx, "4.1", "2025-10", 19.6, first, "O2");
  gone = find_observation (fx, "4.1", NULL, "2025-11");
  g_assert_null (gone);
  undone = dump_database_except (fx->db_path, second);
  assert_same_dump (after_first, undone);
}

/* A later import that restates the figures of indicators the first one created, without
 * changing them, still holds them: undoing the first would delete the indicators and the
 * figures with them, so it is refused, and nothing is touched. */
static void
test_refused_when_later_import_restates (ImportFixture *fx,
                                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL, *after = NULL;
  gint64 first, second;

  first = import_text (fx, "nov25.csv", nov25, NULL);
  /* The new indicator goes to a new area, so nothing but the restatement rests on the
   * first import. */
  second = import_text (fx, "nov25-cp.csv", nov25_with_cp, "Child Protection");
  before = dump_database (fx->db_path);

  g_assert_false (vs_store_undo_import (fx->store, first, &error));
  g_assert_error (error, VS_STORE_ERROR, VS_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "import 2 later changed"));
  after = dump_database (fx->db_path);
  assert_same_dump (before, after);

  g_clear_error (&error);
  g_assert_true (vs_store_undo_import (fx->store, second, &error));
  g_assert_no_error (error);
  g_assert_true (vs_store_undo_import (fx->store, first, &error));
  g_assert_no_error (error);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, ImportFixture, NULL, import_fixture_set_up, func, import_fixture_tear_down)
  ADD ("/import/undo-held/later-import-keeps-its-figures", test_later_import_keeps_its_figures);
  ADD ("/import/undo-held/refused-when-later-import-restates",
       test_refused_when_later_import_restates);
#undef ADD

  return g_test_run ();
}
