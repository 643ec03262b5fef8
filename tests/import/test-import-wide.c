/* test-import-wide.c: the committee papers' dashboards (a column per period) and locality sheets
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "import-test-util.h"

/* Norfolk's vital-signs dashboard, as in the paper to the Children's Services Committee
 * of 16 January 2018, tab-separated as the paper's text has it, under two title rows. */
static const char *norfolk_dashboard =
  "Children's Services Committee\n"
  "Performance dashboard, November 2017\n"
  "\n"
  "Monthly\tBigger or Smaller is better\tNov 16\tDec 16\tJan 17\tFeb 17\tMar 17\tApr 17\tMay 17\tJun 17\tJul 17\tAug 17\tSep 17\tOct 17\tNov 17\tTarget\n"
  "{ChS} Percentage of Referrals into Early Help Services who have had a referral to EH in the previous 12 months\tSmaller\t18.0%\t11.1%\t11.3%\t10.1%\t13.7%\t14.7%\t18.4%\t16.8%\t21.7%\t11.3%\t11.2%\t6.8%\t9.4%\t20.0%\n"
  "{ChS} Percentage of Referrals into Section 17 CIN Services who have had a referral to S.17 CIN in the previous 12 months\tSmaller\t26.4%\t20.0%\t23.8%\t22.2%\t22.6%\t26.3%\t28.6%\t22.8%\t24.0%\t21.9%\t23.7%\t23.7%\t23.5%\t<20%\n"
  "\t\t196 / 743\t113 / 566\t185 / 776\t154 / 693\t187 / 826\t133 / 506\t187 / 654\n"
  "{ChS} Percentage of Children Starting a Child Protection Plan who have previously been subject to a Child Protection Plan (in the last 2 years)\tSmaller\t7.8%\t12.7%\t4.2%\t9.8%\t7.6%\t5.5%\t5.7%\t16.2%\t8.4%\t9.3%\t8.6%\t8.4%\t8.3%\t\n"
  "{ChS} Child in Need (CIN) with up to date CIN Plan\tBigger\t72.5%\t70.6%\t85.7%\t86.7%\t81.9%\t78.3%\t82.1%\t79.9%\t84.0%\t80.0%\t75.1%\t71.5%\t64.7%\t100%\n"
  "\t\t1250 / 1649\t1254 / 1707\t1084 / 1265\t1052 / 1213\t997 / 1218\t950 / 1213\t958 / 1167\t1057 / 1323\t1052 / 1253\t890 / 1112\n"
  "{ChS} Child Protection (CP) - % children seen\tBigger\t87.5%\t90.7%\t89.1%\t84.5%\t93.3%\t90.5%\t90.0%\t58.3%\t68.6%\t49.2%\t67.3%\t67.5%\t58.1%\t100%\n"
  "\t\t393 / 449\t411 / 453\t423 / 475\t392 / 464\t458 / 491\t466 / 515\t441 / 490\t298 / 511\t359 / 523\t272 / 553\n"
  "{ChS} LAC with up to date Care Plan\tBigger\t97.1%\t98.5%\t98.6%\t98.0%\t97.3%\t97.1%\t96.5%\t96.6%\t96.6%\t96.2%\t96.8%\t97.0%\t95.3%\t100%\n"
  "\t\t1053 / 1085\t1083 / 1100\t1097 / 1113\t1083 / 1105\t1075 / 1105\t1061 / 1093\t1057 / 1095\t1066 / 1103\t1066 / 1103\t1075 / 1117\n"
  "{ChS} LAC with up to date Health Assessment (HA)\tBigger\t91.1%\t88.4%\t87.8%\t89.4%\t86.5%\t85.4%\t79.9%\t78.1%\t79.3%\t80.1%\t79.6%\t79.1%\t78.0%\t100%\n"
  "\t\t683 / 750\t661 / 748\t652 / 743\t666 / 745\t641 / 741\t624 / 731\t591 / 740\t580 / 743\t606 / 764\t622 / 777\n"
  "{ChS} Eligible Care Leavers with up to date Pathway Plan\tBigger\t87.6%\t91.5%\t89.9%\t84.4%\t82.6%\t84.1%\t85.9%\t83.7%\t84.5%\t83.6%\t84.8%\t84.9%\t83.5%\t\n"
  "Quarterly / Termly\tBigger or Smaller is better\tDec 14\tMar 15\tJun 15\tSep 15\tDec 15\tMar 16\tJun 16\tSep 16\tDec 16\tMar 17\tJun 17\tSep 17\tDec 17\tTarget\n"
  "{ChS} Percentage of Children Starting to be looked-after who have previously been looked-after\tSmaller\t\t\t\t\t\t\t17.6%\t10.0%\t9.0%\t8.3%\t7.0%\t8.0%\t\t<15%\n"
  "{ChS} LAC with up to date Personal Education Plan (PEP)\tBigger\t84.6%\t86.5%\t76.7%\t63.5%\t\t73.5%\t88.1%\t76.0%\t83.2%\t84.2%\t89.5%\t89.6%\t\t100%\n"
  "\t\t\t\t\t\t\t527 / 717\t597 / 678\t541 / 712\t570 / 685\t591 / 702\t445 / 691\t610 / 681\n";

/* The tab-separated text as a CSV file, every field quoted as Excel does when needed. */
static char *
tsv_to_csv (const char *tsv)
{
  g_auto(GStrv) lines = g_strsplit (tsv, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;

      if (lines[i + 1] == NULL && lines[i][0] == '\0')
        break;
      fields = g_strsplit (lines[i], "\t", -1);
      for (guint f = 0; fields[f] != NULL; f++)
        {
          if (f > 0)
            g_string_append_c (out, ',');
          if (strpbrk (fields[f], ",\"") != NULL)
            {
              g_autofree char *escaped = NULL;
              g_auto(GStrv) parts = g_strsplit (fields[f], "\"", -1);
              escaped = g_strjoinv ("\"\"", parts);
              g_string_append_printf (out, "\"%s\"", escaped);
            }
          else
            g_string_append (out, fields[f]);
        }
      g_string_append (out, "\r\n");
    }
  return g_string_free (out, FALSE);
}

static void
test_norfolk_dashboard (ImportFixture *fx,
                     gconstpointer  data)
{
  g_autofree char *csv = tsv_to_csv (norfolk_dashboard);
  g_autofree char *path = write_fixture (fx, "vital-signs-nov-17.csv", csv);
  g_autoptr(VsImportSummary) summary = import_ok (fx, path, NULL);
  g_autoptr(VsIndicator) seen = NULL, pep = NULL, cla = NULL, s17 = NULL;
  g_autoptr(VsObservation) obs = NULL;
  const VsImportMessage *message;

  g_assert_cmpstr (summary->layout, ==, "wide");
  g_assert_cmpstr (summary->sheet, ==, "vital-signs-nov-17");
  g_assert_null (summary->sheets);   /* a text file has no sheets to choose */
  g_assert_true (summary->written);
  g_assert_cmpuint (summary->indicators_created, ==, 10);
  g_assert_cmpuint (summary->indicators_matched, ==, 0);
  /* 8 monthly rows of 13 months, then 6 + 11 quarterly figures */
  g_assert_cmpuint (summary->values_added, ==, 8 * 13 + 6 + 11);
  g_assert_cmpuint (summary->n_errors, ==, 0);

  seen = find_indicator (fx, "% children seen");
  g_assert_cmpstr (seen->area, ==, "Unassigned");
  g_assert_cmpint (seen->unit, ==, VS_UNIT_PERCENTAGE);
  g_assert_cmpint (seen->polarity, ==, VS_POLARITY_HIGHER_IS_BETTER);
  g_assert_cmpint (seen->periodicity, ==, VS_PERIODICITY_MONTHLY);
  g_assert_cmpstr (seen->target_text, ==, "100%");
  g_assert_true (g_str_has_prefix (seen->ref, "U"));
  assert_figure (fx, seen->ref, NULL, "2017-11", 58.1, NAN, NAN);
  assert_figure (fx, seen->ref, NULL, "2017-08", 49.2, 272, 553);
  assert_figure (fx, seen->ref, NULL, "2016-11", 87.5, 393, 449);
  assert_figure (fx, seen->ref, NULL, "2017-06", 58.3, 298, 511);

  /* provenance: the cell the figure came from */
  obs = find_observation (fx, seen->ref, NULL, "2017-11");
  g_assert_cmpstr (obs->sheet, ==, "vital-signs-nov-17");
  g_assert_cmpstr (obs->cell, ==, "O11");
  g_assert_cmpint (obs->import_id, ==, summary->import_id);

  s17 = find_indicator (fx, "Section 17 CIN");
  g_assert_cmpint (s17->polarity, ==, VS_POLARITY_LOWER_IS_BETTER);
  g_assert_cmpstr (s17->target_text, ==, "<20%");
  assert_figure (fx, s17->ref, NULL, "2017-05", 28.6, 187, 654);
  assert_figure (fx, s17->ref, NULL, "2017-06", 22.8, NAN, NAN);

  /* the quarterly block: stored at the quarter's last month */
  pep = find_indicator (fx, "Personal Education Plan");
  g_assert_cmpint (pep->periodicity, ==, VS_PERIODICITY_QUARTERLY);
  assert_figure (fx, pep->ref, NULL, "2016-03", 73.5, 527, 717);
  assert_figure (fx, pep->ref, NULL, "2014-12", 84.6, NAN, NAN);
  assert_figure (fx, pep->ref, NULL, "2017-09", 89.6, 610, 681);
  g_assert_null (find_observation (fx, pep->ref, NULL, "2015-12"));
  g_assert_null (find_observation (fx, pep->ref, NULL, "2017-12"));
  cla = find_indicator (fx, "previously been looked-after");
  g_assert_cmpint (cla->periodicity, ==, VS_PERIODICITY_QUARTERLY);
  g_assert_cmpstr (cla->target_text, ==, "<15%");
  assert_figure (fx, cla->ref, NULL, "2016-06", 17.6, NAN, NAN);
  g_assert_null (find_observation (fx, cla->ref, NULL, "2016-03"));

  /* The papers' real inconsistency: 72.5% next to 1250 / 1649 (75.8%). */
  message = find_message (summary->warnings, "C9", "1250 / 1649");
  g_assert_cmpuint (message->row, ==, 9);
  g_assert_cmpuint (message->column, ==, 3);
  g_assert_nonnull (strstr (message->text, "vital-signs-nov-17.csv"));
  g_assert_nonnull (strstr (message->text, "75.8%"));
  /* CP seen fell from 90.0% to 58.3% in June 2017 */
  find_message (summary->warnings, "J11", "far outside the recent range");
}

/* The same dashboard against the demo catalogue: every line matches by its title. */
static void
test_norfolk_dashboard_on_catalogue (ImportFixture *fx,
                                  gconstpointer  data)
{
  g_autofree char *catalogue = g_build_filename (g_getenv ("VS_SOURCE_ROOT"), "data", "demo",
                                                 "catalogue.csv", NULL);
  g_autofree char *csv = tsv_to_csv (norfolk_dashboard);
  g_autofree char *path = write_fixture (fx, "dashboard.csv", csv);
  g_autoptr(VsImportSummary) first = import_ok (fx, catalogue, NULL);
  g_autoptr(VsImportSummary) summary = import_ok (fx, path, NULL);

  g_assert_cmpstr (first->layout, ==, "catalogue");
  g_assert_cmpuint (summary->indicators_created, ==, 0);
  g_assert_cmpuint (summary->indicators_matched + summary->indicators_updated, ==, 10);
  for (guint i = 0; i < summary->indicators->len; i++)
    {
      VsImportIndicatorReport *report = g_ptr_array_index (summary->indicators, i);
      g_assert_cmpstr (report->matched_by, ==, "title");
    }
  assert_figure (fx, "6.14", NULL, "2017-08", 49.2, 272, 553);
  assert_figure (fx, "VS06", NULL, "2016-03", 73.5, 527, 717);
}

/* The county MI report in Norfolk's committee papers of 12 September 2017: Area, Ref,
 * polarity, data note, four months, YTD, target, locality RAG columns, tolerances and
 * benchmarks, under a two-line header. */
static void
test_mi_report (ImportFixture *fx,
                gconstpointer  data)
{
  static const char *report =
    "July 2017\n"
    "Children's Services' Performance Summary (County)\n"
    ",,,Quad,,Last four months,,,,Current year,,DOT,RAG,,,,,,,Tolerances,,Latest benchmarking\n"
    "Area,Ref,Indicator,Good perf. is,Data note,Apr-17,May-17,Jun-17,Jul-17,YTD,Target,DOT (Month on Month),County,Breckland,North,Norwich,South,West,Yarmouth,Red,Green,Previous YTD,Stat neigh avg,Best stat neigh,Nat. avg,Nat. top quartile,Eastern region\n"
    "Child Protection,6.1,No. Children Subject to CP Plans,Low,Count,582,568,550,557,,,,,,,,,,,,,,,,,,\n"
    ",6.2a,Initial CP conferences (no. children) - rolling 12 month performance,Low,Rolling 12,1047,1069,1048,,,,,,,,,,,,,,,,,,,\n"
    ",6.5,Children Subject to CP Plans - Rate per 10K Under-18s,Low,Rate,34.7,33.8,32.7,33.2,,35.0,,G,G,G,G,R,R,R,30,35,,42.6,18.8,43.1,27.2,30.6\n"
    ",6.14,% children on child protection plans seen within timescales**,High,Percentage,90.5%,90.0%,58.3%,68.6%,76.7%,100%,,R,R,R,R,R,R,R,80%,90%,,,,,,77.5%\n"
    "Looked After Children,7.2,LAC - Rate per 10K Under-18s,Low,Rate,65.1,65.2,65.7,65.7,,55,,R,R,R,R,R,R,R,65,55,,53.0,38.0,60.0,36.0,49.9\n"
    ",7.5,Percentage of LAC who have ceased to be looked after due to permanence,High,Percentage,37.8%,17.2%,57.1%,38.9%,37.7%,,,,,,,,,,,,,,,,,\n"
    ",,\"(Special Guardianship Order: Residence Order, Adoption)\",,,,,,,,,,,,,,,,,,,,,,,,\n";
  g_autofree char *path = write_fixture (fx, "mi-report-july-2017.csv", report);
  g_autoptr(VsImportSummary) summary = import_ok (fx, path, NULL);
  g_autoptr(VsIndicator) rate = NULL, seen = NULL, lac = NULL, rolling = NULL;
  g_autoptr(GPtrArray) benchmarks = NULL;
  g_autoptr(GError) error = NULL;
  VsPeriod july = vs_period_new (2017, 7);
  gboolean found_sn = FALSE, found_region = FALSE;

  g_assert_cmpstr (summary->layout, ==, "wide");
  g_assert_cmpuint (summary->indicators_created, ==, 6);
  g_assert_cmpuint (summary->n_errors, ==, 0);

  rate = vs_store_get_indicator_by_ref (fx->store, "6.5", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rate->title, ==, "Children Subject to CP Plans - Rate per 10K Under-18s");
  g_assert_cmpstr (rate->area, ==, "Child Protection");      /* carried down */
  g_assert_cmpint (rate->polarity, ==, VS_POLARITY_LOWER_IS_BETTER);
  g_assert_cmpint (rate->unit, ==, VS_UNIT_RATE_10K);
  g_assert_cmpstr (rate->target_text, ==, "35.0");
  g_assert_cmpfloat (rate->red_threshold, ==, 30);
  g_assert_cmpfloat (rate->green_threshold, ==, 35);
  assert_figure (fx, "6.5", NULL, "2017-07", 33.2, NAN, NAN);
  assert_figure (fx, "6.5", NULL, "2017-04", 34.7, NAN, NAN);

  /* "Latest benchmarking" is stored at the block's latest month */
  benchmarks = vs_store_list_benchmarks (fx->store, rate->id, july, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (benchmarks->len, ==, 5);
  for (guint i = 0; i < benchmarks->len; i++)
    {
      VsBenchmark *b = g_ptr_array_index (benchmarks, i);
      g_assert_cmpint (b->period, ==, july);
      if (b->comparator == VS_COMPARATOR_SN_AVERAGE)
        {
          g_assert_cmpfloat (b->value, ==, 42.6);
          g_assert_cmpstr (b->label, ==, "Stat neigh avg");
          found_sn = TRUE;
        }
      if (b->comparator == VS_COMPARATOR_REGIONAL_AVERAGE)
        {
          g_assert_cmpfloat (b->value, ==, 30.6);
          g_assert_cmpstr (b->label, ==, "Eastern region");
          found_region = TRUE;
        }
    }
  g_assert_true (found_sn && found_region);

  seen = vs_store_get_indicator_by_ref (fx->store, "6.14", &error);
  g_assert_cmpint (seen->unit, ==, VS_UNIT_PERCENTAGE);
  g_assert_cmpint (seen->polarity, ==, VS_POLARITY_HIGHER_IS_BETTER);
  g_assert_cmpfloat (seen->red_threshold, ==, 80);
  g_assert_cmpfloat (seen->green_threshold, ==, 90);
  assert_figure (fx, "6.14", NULL, "2017-06", 58.3, NAN, NAN);

  lac = vs_store_get_indicator_by_ref (fx->store, "7.2", &error);
  g_assert_cmpstr (lac->area, ==, "Looked After Children");
  g_assert_cmpstr (lac->target_text, ==, "55");
  assert_figure (fx, "7.2", NULL, "2017-06", 65.7, NAN, NAN);

  rolling = vs_store_get_indicator_by_ref (fx->store, "6.2a", &error);
  g_assert_true (rolling->rolling);
  g_assert_cmpint (rolling->unit, ==, VS_UNIT_COUNT);
  assert_figure (fx, "6.2a", NULL, "2017-06", 1048, NAN, NAN);
  g_assert_null (find_observation (fx, "6.2a", NULL, "2017-07"));
}

/* A sheet per month with a column per locality, its period in the title. */
static void
test_localities (ImportFixture *fx,
                 gconstpointer  data)
{
  static const char *sheet =
    "% children on CP plans seen within timescales, July 2017\n"
    "Ref,Indicator,County,Breckland,North,Norwich,South,West,Yarmouth\n"
    "6.14,% children on child protection plans seen within timescales,68.6%,84.0%,31.8%,70.2%,84.3%,66.0%,59.5%\n"
    ",,359 / 523,63 / 75,27 / 85,66 / 94,86 / 102,62 / 94,55 / 93\n"
    "7.2,LAC - Rate per 10K Under-18s,65.7,52.1,48.3,98.4,41.0,80.2,102.5\n";
  g_autofree char *path = write_fixture (fx, "localities.csv", sheet);
  g_autoptr(VsImportSummary) summary = import_ok (fx, path, NULL);
  g_autoptr(GPtrArray) localities = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VsLocality) county = NULL;

  g_assert_cmpstr (summary->layout, ==, "localities");
  g_assert_cmpuint (summary->values_added, ==, 14);
  g_assert_cmpuint (summary->localities_created, ==, 7);
  assert_figure (fx, "6.14", "North", "2017-07", 31.8, 27, 85);
  assert_figure (fx, "6.14", "County", "2017-07", 68.6, 359, 523);
  assert_figure (fx, "7.2", "Yarmouth", "2017-07", 102.5, NAN, NAN);

  localities = vs_store_list_localities (fx->store, &error);
  g_assert_cmpuint (localities->len, ==, 7);
  county = vs_store_find_locality (fx->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (county->name, ==, "County");
  g_assert_true (county->is_whole_authority);
}

/* --locality: a whole dashboard for one district. */
static void
test_wide_for_locality (ImportFixture *fx,
                        gconstpointer  data)
{
  static const char *sheet =
    "Ref,Indicator,Polarity,2016/17,2017/18\n"
    "X1,Children in need per 10000,Info,401.2,388.0\n";
  g_autofree char *path = write_fixture (fx, "breckland.csv", sheet);
  VsImportOptions options = { 0 };
  g_autoptr(VsImportSummary) summary = NULL;
  g_autoptr(VsIndicator) indicator = NULL;
  g_autoptr(GError) error = NULL;

  options.locality = "Breckland";
  options.area = "Children in Need";
  summary = import_ok (fx, path, &options);
  g_assert_cmpstr (summary->layout, ==, "wide");
  assert_figure (fx, "X1", "Breckland", "2017-03", 401.2, NAN, NAN);
  assert_figure (fx, "X1", "Breckland", "2018-03", 388.0, NAN, NAN);
  indicator = vs_store_get_indicator_by_ref (fx->store, "X1", &error);
  g_assert_cmpint (indicator->periodicity, ==, VS_PERIODICITY_ANNUAL);
  g_assert_cmpint (indicator->unit, ==, VS_UNIT_RATE_10K);
  g_assert_cmpint (indicator->polarity, ==, VS_POLARITY_INFO);
  g_assert_cmpstr (indicator->area, ==, "Children in Need");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, ImportFixture, NULL, import_fixture_set_up, func, import_fixture_tear_down)
  ADD ("/import/wide/norfolk-dashboard", test_norfolk_dashboard);
  ADD ("/import/wide/norfolk-dashboard-on-catalogue", test_norfolk_dashboard_on_catalogue);
  ADD ("/import/wide/mi-report", test_mi_report);
  ADD ("/import/wide/localities", test_localities);
  ADD ("/import/wide/for-locality", test_wide_for_locality);
#undef ADD

  return g_test_run ();
}
