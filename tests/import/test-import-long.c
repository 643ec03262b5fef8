/* test-import-long.c: one row per figure, the DfE's published files, catalogues and the
 * demo data
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "import-test-util.h"
#include "vs-demo.h"

static char *
public_file (const char *name)
{
  const char *dir = g_getenv ("VS_PUBLIC_DATA");

  g_assert_nonnull (dir);
  return g_build_filename (dir, name, NULL);
}

static void
assert_state (ImportFixture *fx,
              const char    *ref,
              const char    *locality,
              const char    *period,
              VsObsState     state)
{
  g_autoptr(VsObservation) obs = find_observation (fx, ref, locality, period);

  g_assert_nonnull (obs);
  g_assert_cmpint (obs->state, ==, state);
}

static void
test_long_values (ImportFixture *fx,
                  gconstpointer  data)
{
  static const char *csv =
    "Ref,Indicator,Locality,Period,Value,Numerator,Denominator\r\n"
    "6.14,Child Protection (CP) - % children seen,County,2017-08,49.2%,272,553\r\n"
    "6.14,Child Protection (CP) - % children seen,County,Nov 17,58.1%,,\r\n"
    "6.14,Child Protection (CP) - % children seen,North,2017-11,31.8%,27,85\r\n"
    "7.1,No. Looked-After Children,County,2017-06,\"1,103\",,\r\n"
    "7.1,No. Looked-After Children,Breckland,2017-06,c,,\r\n"
    "7.1,No. Looked-After Children,West,2017-06,-,,\r\n"
    "7.1,No. Looked-After Children,County,2017-07,1 099,,\r\n"
    "\r\n"
    "VS06,LAC with up to date Personal Education Plan (PEP),County,Q4 2015/16,73.5%,527,717\r\n";
  g_autofree char *path = write_fixture (fx, "values.csv", csv);
  g_autoptr(VsImportSummary) summary = import_ok (fx, path, NULL);
  g_autoptr(VsIndicator) pep = NULL, lac = NULL;
  g_autoptr(VsObservation) obs = NULL;

  g_assert_cmpstr (summary->layout, ==, "long");
  g_assert_cmpuint (summary->rows, ==, 9);
  g_assert_cmpuint (summary->values_added, ==, 7);
  g_assert_cmpuint (summary->indicators_created, ==, 3);
  assert_figure (fx, "6.14", NULL, "2017-08", 49.2, 272, 553);
  assert_figure (fx, "6.14", "County", "2017-11", 58.1, NAN, NAN);
  assert_figure (fx, "6.14", "North", "2017-11", 31.8, 27, 85);
  assert_figure (fx, "7.1", NULL, "2017-06", 1103, NAN, NAN);
  assert_figure (fx, "7.1", NULL, "2017-07", 1099, NAN, NAN);
  assert_state (fx, "7.1", "Breckland", "2017-06", VS_OBS_SUPPRESSED);
  g_assert_null (find_observation (fx, "7.1", "West", "2017-06"));
  assert_figure (fx, "VS06", NULL, "2016-03", 73.5, 527, 717);

  obs = find_observation (fx, "6.14", "North", "2017-11");
  g_assert_cmpstr (obs->cell, ==, "E4");
  g_assert_cmpstr (obs->sheet, ==, "values");

  pep = find_indicator (fx, "VS06");
  g_assert_cmpint (pep->periodicity, ==, VS_PERIODICITY_QUARTERLY);
  g_assert_cmpint (pep->unit, ==, VS_UNIT_PERCENTAGE);
  lac = find_indicator (fx, "7.1");
  g_assert_cmpint (lac->unit, ==, VS_UNIT_COUNT);
}

/* The demo data goes in through the importer, in one transaction. */
static void
test_demo (ImportFixture *fx,
           gconstpointer  data)
{
  g_autofree char *dir = g_build_filename (g_getenv ("VS_SOURCE_ROOT"), "data", "demo", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) imports = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GPtrArray) benchmarks = NULL;
  g_autoptr(VsIndicator) seen = NULL, mi05 = NULL;

  g_assert_true (vs_demo_load (fx->store, dir, &error));
  g_assert_no_error (error);
  g_assert_false (vs_store_is_empty (fx->store));

  assert_figure (fx, "6.14", NULL, "2017-11", 58.1, NAN, NAN);
  assert_figure (fx, "6.14", NULL, "2017-08", 49.2, 272, 553);
  assert_figure (fx, "VS06", NULL, "2016-03", 73.5, 527, 717);

  seen = find_indicator (fx, "6.14");
  g_assert_cmpstr (seen->area, ==, "Child Protection");
  g_assert_cmpstr (seen->target_text, ==, "100%");
  g_assert_cmpfloat (seen->red_threshold, ==, 80);
  g_assert_cmpfloat (seen->green_threshold, ==, 90);
  g_assert_cmpstr (seen->lead_officer, ==, "Acting Assistant Director");
  actions = vs_store_list_actions (fx->store, seen->id, &error);
  g_assert_cmpuint (actions->len, >=, 1);
  mi05 = find_indicator (fx, "MI05");
  benchmarks = vs_store_list_benchmarks (fx->store, mi05->id, vs_period_new (2017, 7), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (benchmarks->len, >=, 3);

  imports = vs_store_list_imports (fx->store, &error);
  g_assert_cmpuint (imports->len, ==, 5);
  g_assert_cmpstr (((VsImportRecord *) g_ptr_array_index (imports, 0))->layout, ==, "actions");

  /* loading it again adds nothing: no second copy of any commentary or action */
  {
    g_autofree char *before = dump_database (fx->db_path);
    g_autofree char *after = NULL;
    g_assert_true (vs_demo_load (fx->store, dir, &error));
    g_assert_no_error (error);
    after = dump_database (fx->db_path);
    g_assert_cmpstr (before, ==, after);
  }
}

static void
test_demo_missing (ImportFixture *fx,
                   gconstpointer  data)
{
  g_autofree char *before = dump_database (fx->db_path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *partial = g_build_filename (fx->dir, "partial", NULL);
  g_autofree char *src = g_build_filename (g_getenv ("VS_SOURCE_ROOT"), "data", "demo",
                                           "catalogue.csv", NULL);
  g_autofree char *dst = g_build_filename (partial, "catalogue.csv", NULL);
  g_autofree char *contents = NULL;

  /* a catalogue but no values: the catalogue must not stay */
  g_mkdir (partial, 0700);
  g_assert_true (g_file_get_contents (src, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (dst, contents, -1, NULL));
  g_assert_false (vs_demo_load (fx->store, partial, &error));
  g_assert_nonnull (strstr (error->message, "values.csv"));
  after = dump_database (fx->db_path);
  g_assert_cmpstr (before, ==, after);
  g_assert_true (vs_store_is_empty (fx->store));
}

/* DfE table C1, Norfolk: England and the East of England become benchmarks. */
static void
test_dfe_referrals (ImportFixture *fx,
                    gconstpointer  data)
{
  g_autofree char *path = public_file ("c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv");
  VsImportOptions options = { 0 };
  g_autoptr(VsImportSummary) summary = NULL;
  g_autoptr(VsIndicator) percent = NULL, count = NULL;
  g_autoptr(GPtrArray) benchmarks = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VsLocality) whole = NULL;
  gboolean national = FALSE, regional = FALSE;

  options.locality = "Norfolk";
  summary = import_ok (fx, path, &options);
  g_assert_cmpstr (summary->layout, ==, "long");
  g_assert_cmpuint (summary->n_errors, ==, 0);
  /* 13 years of Norfolk; the other authority's rows (the copy in tests/data/public keeps
   * Suffolk's 13 besides England's and the regions') skipped */
  g_assert_cmpuint (summary->rows_skipped, ==, 13);
  g_assert_cmpuint (summary->indicators_created, ==, 10);

  percent = find_indicator (fx, "c1.rereferral_percent");
  g_assert_cmpint (percent->unit, ==, VS_UNIT_PERCENTAGE);
  g_assert_cmpint (percent->periodicity, ==, VS_PERIODICITY_ANNUAL);
  assert_figure (fx, percent->ref, NULL, "2025-03", 17.9, NAN, NAN);
  assert_state (fx, percent->ref, NULL, "2013-03", VS_OBS_SUPPRESSED);
  count = find_indicator (fx, "c1.referrals");
  g_assert_cmpint (count->unit, ==, VS_UNIT_COUNT);
  assert_figure (fx, count->ref, NULL, "2025-03", 5986, NAN, NAN);

  whole = vs_store_find_locality (fx->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (whole->name, ==, "Norfolk");
  g_assert_true (whole->is_whole_authority);

  benchmarks = vs_store_list_benchmarks (fx->store, percent->id, vs_period_new (2025, 3), &error);
  for (guint i = 0; i < benchmarks->len; i++)
    {
      VsBenchmark *b = g_ptr_array_index (benchmarks, i);
      if (b->period != vs_period_new (2025, 3))
        continue;
      if (b->comparator == VS_COMPARATOR_NATIONAL_AVERAGE)
        {
          g_assert_cmpfloat (b->value, ==, 22.6);
          g_assert_cmpstr (b->label, ==, "England");
          national = TRUE;
        }
      if (b->comparator == VS_COMPARATOR_REGIONAL_AVERAGE)
        {
          g_assert_cmpfloat (b->value, ==, 19.4);
          g_assert_cmpstr (b->label, ==, "East of England");
          regional = TRUE;
        }
    }
  g_assert_true (national && regional);
  /* England's total number of referrals is no benchmark for one authority */
  g_clear_pointer (&benchmarks, g_ptr_array_unref);
  benchmarks = vs_store_list_benchmarks (fx->store, count->id, vs_period_new (2025, 3), &error);
  g_assert_cmpuint (benchmarks->len, ==, 0);

  /* the same file again changes nothing */
  {
    g_autofree char *before = dump_database (fx->db_path);
    g_autofree char *after = NULL;
    g_autoptr(VsImportSummary) again = import_ok (fx, path, &options);
    g_assert_false (again->written);
    g_assert_cmpuint (again->values_unchanged, ==, summary->values_added);
    g_assert_cmpuint (again->benchmarks_unchanged, ==, summary->benchmarks_added);
    after = dump_database (fx->db_path);
    g_assert_cmpstr (before, ==, after);
  }
}

/* By the authority's code, and a file with a byte order mark. */
static void
test_dfe_by_code (ImportFixture *fx,
                  gconstpointer  data)
{
  g_autofree char *d3 = public_file ("d3_cpps_subsequent_plan_2013_to_2025.csv");
  g_autofree char *cla = public_file ("cla_number_and_rate_per_10k_children.csv");
  VsImportOptions options = { 0 };
  g_autoptr(VsImportSummary) first = NULL, second = NULL;
  g_autoptr(VsIndicator) subsequent = NULL, rate = NULL, looked_after = NULL;

  options.locality = "926";
  first = import_ok (fx, d3, &options);
  subsequent = find_indicator (fx, "d3.subsequent_plan_percent");
  assert_figure (fx, subsequent->ref, NULL, "2025-03", 18.8, NAN, NAN);
  assert_figure (fx, subsequent->ref, NULL, "2017-03", 22.5, NAN, NAN);

  options.locality = "E10000020";
  second = import_ok (fx, cla, &options);
  g_assert_cmpuint (second->n_errors, ==, 0);
  rate = find_indicator (fx, "cla.rate_31_march");
  g_assert_cmpint (rate->unit, ==, VS_UNIT_RATE_10K);
  assert_figure (fx, rate->ref, NULL, "2025-03", 62, NAN, NAN);
  assert_figure (fx, rate->ref, NULL, "2021-03", 65, NAN, NAN);
  looked_after = find_indicator (fx, "Children looked after on 31 March each year: children (number)");
  assert_figure (fx, looked_after->ref, NULL, "2025-03", 1069, NAN, NAN);
}

static void
test_dfe_needs_an_authority (ImportFixture *fx,
                             gconstpointer  data)
{
  g_autofree char *path = public_file ("d3_cpps_subsequent_plan_2013_to_2025.csv");
  g_autofree char *before = dump_database (fx->db_path);
  g_autofree char *after = NULL;
  VsImportOptions options = { 0 };
  VsImportSummary *summary = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (vs_import_file (fx->store, path, NULL, &summary, &error));
  g_assert_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "--locality"));
  g_assert_nonnull (strstr (error->message, "authorities"));
  find_message (summary->errors, "J1", "--locality");
  g_clear_pointer (&summary, vs_import_summary_free);
  g_clear_error (&error);

  options.locality = "Atlantis";
  g_assert_false (vs_import_file (fx->store, path, &options, &summary, &error));
  g_assert_nonnull (strstr (error->message, "no row is for “Atlantis”"));
  vs_import_summary_free (summary);

  after = dump_database (fx->db_path);
  g_assert_cmpstr (before, ==, after);
}

/* A file of the wards of one authority, as data labs publish them: its places are not
 * authorities, and the message that asks which to import must not call them so. */
static void
test_places_not_authorities (ImportFixture *fx,
                             gconstpointer  data)
{
  g_autoptr(GString) csv = g_string_new ("area_code,area_name,period,indicator,measure,unit,value\n");
  g_autofree char *path = NULL;
  g_autofree char *before = dump_database (fx->db_path);
  g_autofree char *after = NULL;
  VsImportOptions options = { 0 };
  VsImportSummary *summary = NULL;
  g_autoptr(GError) error = NULL;

  for (guint ward = 1; ward <= 37; ward++)
    g_string_append_printf (csv, "E050%05u,Ward %02u,2025-03,Claimant count,Count,Persons,%u\n",
                            ward, ward, 100 + ward);
  path = write_fixture (fx, "wards.csv", csv->str);

  g_assert_false (vs_import_file (fx->store, path, NULL, &summary, &error));
  g_assert_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "37 places in its “area_name” column (Ward 01, Ward 02"));
  g_assert_nonnull (strstr (error->message, "--locality"));
  g_assert_null (strstr (error->message, "authorit"));
  g_clear_pointer (&summary, vs_import_summary_free);
  g_clear_error (&error);

  options.locality = "Atlantis";
  g_assert_false (vs_import_file (fx->store, path, &options, &summary, &error));
  g_assert_nonnull (strstr (error->message, "no row is for “Atlantis”; expected one of the 37 "
                                            "places in its “area_name” column"));
  g_assert_null (strstr (error->message, "authorit"));
  vs_import_summary_free (summary);

  after = dump_database (fx->db_path);
  g_assert_cmpstr (before, ==, after);
}

/* A long file of several authorities with an England row, as local data labs publish. */
static void
test_trafford (ImportFixture *fx,
               gconstpointer  data)
{
  g_autofree char *path = public_file ("cla_health_assessment.csv");
  VsImportOptions options = { 0 };
  g_autoptr(VsImportSummary) summary = NULL;
  g_autoptr(VsIndicator) indicator = NULL;
  g_autoptr(GPtrArray) benchmarks = NULL;
  g_autoptr(GError) error = NULL;

  options.locality = "Trafford";
  summary = import_ok (fx, path, &options);
  g_assert_cmpuint (summary->values_added, ==, 8);
  indicator = find_indicator (fx, "annual health assessment");
  g_assert_cmpint (indicator->unit, ==, VS_UNIT_PERCENTAGE);
  assert_figure (fx, indicator->ref, NULL, "2018-03", 95, NAN, NAN);
  assert_figure (fx, indicator->ref, NULL, "2025-03", 93, NAN, NAN);
  benchmarks = vs_store_list_benchmarks (fx->store, indicator->id, vs_period_new (2018, 3), &error);
  g_assert_cmpuint (benchmarks->len, ==, 1);
  g_assert_cmpfloat (((VsBenchmark *) g_ptr_array_index (benchmarks, 0))->value, ==, 88);
}

static void
test_catalogue (ImportFixture *fx,
                gconstpointer  data)
{
  static const char *catalogue =
    "Ref,Indicator,Area,Polarity,Unit,Periodicity,Cumulative,Rolling,Target,RAG rule,Red,Green,Amber %,Lead officer,Data owner,Why is this important?,What will success look like?,Source\r\n"
    "6.14,Child Protection (CP) - % children seen,Child Protection,higher,percentage,monthly,no,no,100%,tolerance,80,90,,Acting Assistant Director,Performance Officer,\"To ensure the safety of children, they must be seen.\",All children seen within 10 working days,CareFirst\r\n"
    "11.2,Maximum caseload of qualified social workers in LAC Teams,Workforce,Smaller,Maximum,Monthly,No,No,20,,25,20,,,,,,\r\n";
  static const char *revised =
    "Ref,Indicator,Polarity,Target,Red,Green\r\n"
    "6.14,Child Protection (CP) - % children seen,higher,95%,80,90\r\n"
    "11.2,Maximum caseload of qualified social workers in LAC Teams,Smaller,18,25,18\r\n";
  g_autofree char *path = write_fixture (fx, "catalogue.csv", catalogue);
  g_autofree char *path2 = write_fixture (fx, "revised.csv", revised);
  g_autoptr(VsImportSummary) summary = import_ok (fx, path, NULL);
  g_autoptr(VsImportSummary) second = NULL;
  g_autoptr(VsIndicator) seen = NULL, caseload = NULL;
  VsImportIndicatorReport *report;

  g_assert_cmpstr (summary->layout, ==, "catalogue");
  g_assert_cmpuint (summary->indicators_created, ==, 2);
  seen = find_indicator (fx, "6.14");
  g_assert_cmpstr (seen->title, ==, "Child Protection (CP) - % children seen");
  g_assert_cmpstr (seen->area, ==, "Child Protection");
  g_assert_cmpint (seen->rag_rule, ==, VS_RAG_RULE_TOLERANCE);
  g_assert_cmpstr (seen->why_important, ==, "To ensure the safety of children, they must be seen.");
  g_assert_cmpstr (seen->success, ==, "All children seen within 10 working days");
  g_assert_cmpstr (seen->data_owner, ==, "Performance Officer");
  g_assert_cmpstr (seen->source, ==, "CareFirst");
  caseload = find_indicator (fx, "11.2");
  g_assert_cmpint (caseload->unit, ==, VS_UNIT_MAXIMUM);
  g_assert_cmpint (caseload->polarity, ==, VS_POLARITY_LOWER_IS_BETTER);
  g_assert_cmpfloat (caseload->red_threshold, ==, 25);

  second = import_ok (fx, path2, NULL);
  g_assert_cmpuint (second->indicators_updated, ==, 2);
  report = g_ptr_array_index (second->indicators, 0);
  g_assert_cmpint (report->outcome, ==, VS_IMPORT_UPDATED);
  g_assert_cmpuint (report->changes->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (report->changes, 0), ==, "target: 100% → 95%");
  report = g_ptr_array_index (second->indicators, 1);
  g_assert_cmpuint (report->changes->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (report->changes, 0), ==, "target: 20 → 18");
  g_assert_cmpstr (g_ptr_array_index (report->changes, 1), ==, "green: 20 → 18");
  g_clear_pointer (&seen, vs_indicator_unref);
  seen = find_indicator (fx, "6.14");
  g_assert_cmpstr (seen->target_text, ==, "95%");
  g_assert_cmpstr (seen->lead_officer, ==, "Acting Assistant Director");  /* kept */
}

/* Excel's "Unicode Text" (UTF-16 with a byte order mark, tab-separated) and its "CSV" on
 * Windows in England (Windows-1252: £, en dashes, 0x81 that g_convert refuses). */
static void
test_encodings (ImportFixture *fx,
                gconstpointer  data)
{
  static const char *text =
    "Ref\tIndicator\tPeriod\tValue\r\n"
    "M1\tSpend per child – agency (£)\tNov 17\t\"1,250\"\r\n";
  static const char cp1252[] =
    "Ref,Indicator,Period,Value\r\n"
    "M2,Spend per placement \x96 residential (\xa3),2017-11,\"2,400\"\r\n"
    "M3,Caf\xe9 visits\x81,2017-11,12\r\n";
  g_autofree gunichar2 *utf16 = g_utf8_to_utf16 (text, -1, NULL, NULL, NULL);
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autofree char *tsv_path = g_build_filename (fx->dir, "spend.txt", NULL);
  g_autofree char *csv_path = g_build_filename (fx->dir, "spend.csv", NULL);
  g_autoptr(VsImportSummary) first = NULL, second = NULL;
  g_autoptr(VsIndicator) m1 = NULL, m2 = NULL;
  g_autoptr(GError) error = NULL;
  guint8 bom[2] = { 0xff, 0xfe };

  g_byte_array_append (bytes, bom, 2);
  for (gsize i = 0; utf16[i]; i++)
    {
      guint8 pair[2] = { utf16[i] & 0xff, utf16[i] >> 8 };
      g_byte_array_append (bytes, pair, 2);
    }
  g_assert_true (g_file_set_contents (tsv_path, (char *) bytes->data, bytes->len, NULL));
  first = import_ok (fx, tsv_path, NULL);
  g_assert_cmpstr (first->layout, ==, "long");
  m1 = vs_store_get_indicator_by_ref (fx->store, "M1", &error);
  g_assert_cmpstr (m1->title, ==, "Spend per child – agency (£)");
  assert_figure (fx, "M1", NULL, "2017-11", 1250, NAN, NAN);

  g_assert_true (g_file_set_contents (csv_path, cp1252, sizeof cp1252 - 1, NULL));
  second = import_ok (fx, csv_path, NULL);
  m2 = vs_store_get_indicator_by_ref (fx->store, "M2", &error);
  g_assert_cmpstr (m2->title, ==, "Spend per placement – residential (£)");
  assert_figure (fx, "M2", NULL, "2017-11", 2400, NAN, NAN);
  assert_figure (fx, "M3", NULL, "2017-11", 12, NAN, NAN);
  /* the sums of both files are taken over their bytes as they were */
  g_assert_cmpuint (strlen (second->sha256), ==, 64);
  g_assert_cmpstr (first->sha256, !=, second->sha256);
}

/* Titles of every length from 1 to 4,200 bytes: the streaming reader's row buffer grows
 * past 2 KB and 4 KB on the way, and once wrote its terminator one byte past the end when
 * a row filled the buffer exactly (found by a hostile-file run: a 2,048-byte row). */
static void
test_rows_at_buffer_boundaries (ImportFixture *fx,
                                gconstpointer  data)
{
  GString *csv = g_string_new ("Ref,Indicator,Locality,Period,Value\r\n");
  g_autofree char *path = NULL;
  g_autoptr(VsImportSummary) summary = NULL;
  g_autoptr(VsIndicator) longest = NULL;
  g_autoptr(GError) error = NULL;

  for (guint length = 1; length <= 4200; length++)
    {
      g_string_append_printf (csv, "L%u,", length);
      for (guint i = 0; i < length; i++)
        g_string_append_c (csv, (char) ('a' + (i + length) % 26));
      g_string_append (csv, ",County,2017-11,7\r\n");
    }
  path = write_fixture (fx, "long-titles.csv", csv->str);
  g_string_free (csv, TRUE);

  summary = import_ok (fx, path, NULL);
  g_assert_cmpuint (summary->values_added, ==, 4200);
  longest = vs_store_get_indicator_by_ref (fx->store, "L4200", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (longest->title), ==, 4200);
  assert_figure (fx, "L2047", NULL, "2017-11", 7, NAN, NAN);
}

/* An "Indicator" column holding refs names the indicators the catalogue has: it made a new
 * indicator titled "VS01" (ref U1), and the figures went to it, not to VS01. */
static void
test_refs_in_indicator_column (ImportFixture *fx,
                               gconstpointer  data)
{
  g_autofree char *demo = g_build_filename (g_getenv ("VS_SOURCE_ROOT"), "data", "demo", NULL);
  g_autofree char *path = g_build_filename (g_getenv ("VS_SOURCE_ROOT"), "tests", "data", "import",
                                            "refs-in-indicator-column.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) before = NULL, after = NULL;
  g_autoptr(VsImportSummary) summary = NULL;

  g_assert_true (vs_demo_load (fx->store, demo, &error));
  g_assert_no_error (error);
  before = vs_store_list_indicators (fx->store, 0, &error);

  summary = import_ok (fx, path, NULL);
  g_assert_cmpstr (summary->layout, ==, "long");
  g_assert_cmpuint (summary->indicators_created, ==, 0);
  g_assert_cmpuint (summary->indicators_matched, ==, 3);
  /* The very figures the demo holds, from the same committee paper. */
  g_assert_cmpuint (summary->values_unchanged, ==, 4);
  g_assert_cmpuint (summary->values_added, ==, 0);
  for (guint i = 0; i < summary->indicators->len; i++)
    {
      VsImportIndicatorReport *report = g_ptr_array_index (summary->indicators, i);
      g_assert_cmpstr (report->matched_by, ==, "ref");
    }
  after = vs_store_list_indicators (fx->store, 0, &error);
  g_assert_cmpuint (after->len, ==, before->len);
  assert_figure (fx, "VS03", NULL, "2017-11", 64.7, NAN, NAN);
  assert_figure (fx, "6.14", NULL, "2017-08", 49.2, 272, 553);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, ImportFixture, NULL, import_fixture_set_up, func, import_fixture_tear_down)
  ADD ("/import/long/values", test_long_values);
  ADD ("/import/long/demo", test_demo);
  ADD ("/import/long/demo-missing-file", test_demo_missing);
  ADD ("/import/long/dfe-referrals", test_dfe_referrals);
  ADD ("/import/long/dfe-by-code", test_dfe_by_code);
  ADD ("/import/long/dfe-needs-an-authority", test_dfe_needs_an_authority);
  ADD ("/import/long/trafford", test_trafford);
  ADD ("/import/long/places-not-authorities", test_places_not_authorities);
  ADD ("/import/long/catalogue", test_catalogue);
  ADD ("/import/long/refs-in-indicator-column", test_refs_in_indicator_column);
  ADD ("/import/long/encodings", test_encodings);
  ADD ("/import/long/rows-at-buffer-boundaries", test_rows_at_buffer_boundaries);
#undef ADD

  return g_test_run ();
}
