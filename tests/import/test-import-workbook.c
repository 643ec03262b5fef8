/* test-import-workbook.c: XLSX and ODS files end to end: sheet choice, date headers,
 * percent-formatted cells, and hostile workbooks refused with the database unchanged
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <xlsxwriter.h>

#include "import-test-util.h"
#include "test-read-writer.h"

/* Norfolk's dashboard as Excel holds it: a cover sheet first, month headers that are
 * dates shown as "Nov-16", percentages as fractions in percent-formatted cells, the
 * numerator / denominator lines as text, and the quarterly block with text headers. */
static char *
write_dashboard_xlsx (ImportFixture *fx)
{
  static const double seen[13] = { .875, .907, .891, .845, .933, .905, .900, .583, .686, .492,
                                   .673, .675, .581 };
  static const char *seen_nd[10] = { "393 / 449", "411 / 453", "423 / 475", "392 / 464",
                                     "458 / 491", "466 / 515", "441 / 490", "298 / 511",
                                     "359 / 523", "272 / 553" };
  static const double pep[13] = { .846, .865, .767, .635, -1, .735, .881, .760, .832, .842,
                                  .895, .896, -1 };
  static const char *quarters[13] = { "Dec 14", "Mar 15", "Jun 15", "Sep 15", "Dec 15", "Mar 16",
                                      "Jun 16", "Sep 16", "Dec 16", "Mar 17", "Jun 17", "Sep 17",
                                      "Dec 17" };
  char *path = g_build_filename (fx->dir, "Performance dashboard.xlsx", NULL);
  lxw_workbook *workbook = workbook_new (path);
  lxw_worksheet *cover = workbook_add_worksheet (workbook, "Cover");
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, "Vital signs");
  lxw_format *percent = workbook_add_format (workbook);
  lxw_format *month = workbook_add_format (workbook);
  lxw_datetime date = { 2016, 11, 1, 0, 0, 0 };

  format_set_num_format (percent, "0.0%");
  format_set_num_format (month, "mmm-yy");
  worksheet_write_string (cover, 0, 0, "Children's Services Committee", NULL);
  worksheet_write_string (cover, 2, 0, "Performance Monitoring 2017-18", NULL);

  worksheet_write_string (sheet, 0, 0, "Vital signs dashboard, November 2017", NULL);
  worksheet_write_string (sheet, 2, 0, "Monthly", NULL);
  worksheet_write_string (sheet, 2, 1, "Bigger or Smaller is better", NULL);
  for (int m = 0; m < 13; m++)
    {
      worksheet_write_datetime (sheet, 2, 2 + m, &date, month);
      if (++date.month > 12)
        date.month = 1, date.year++;
    }
  worksheet_write_string (sheet, 2, 15, "Target", NULL);
  worksheet_write_string (sheet, 3, 0, "{ChS} Child Protection (CP) - % children seen", NULL);
  worksheet_write_string (sheet, 3, 1, "Bigger", NULL);
  for (int m = 0; m < 13; m++)
    worksheet_write_number (sheet, 3, 2 + m, seen[m], percent);
  worksheet_write_number (sheet, 3, 15, 1, percent);
  for (int m = 0; m < 10; m++)
    worksheet_write_string (sheet, 4, 2 + m, seen_nd[m], NULL);

  worksheet_write_string (sheet, 6, 0, "Quarterly / Termly", NULL);
  worksheet_write_string (sheet, 6, 1, "Bigger or Smaller is better", NULL);
  for (int q = 0; q < 13; q++)
    worksheet_write_string (sheet, 6, 2 + q, quarters[q], NULL);
  worksheet_write_string (sheet, 6, 15, "Target", NULL);
  worksheet_write_string (sheet, 7, 0, "{ChS} LAC with up to date Personal Education Plan (PEP)", NULL);
  worksheet_write_string (sheet, 7, 1, "Bigger", NULL);
  for (int q = 0; q < 13; q++)
    if (pep[q] >= 0)
      worksheet_write_number (sheet, 7, 2 + q, pep[q], percent);
  worksheet_write_string (sheet, 7, 15, "100%", NULL);
  worksheet_write_string (sheet, 8, 7, "527 / 717", NULL);
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);
  return path;
}

static void
test_xlsx_dashboard (ImportFixture *fx,
                     gconstpointer  data)
{
  g_autofree char *path = write_dashboard_xlsx (fx);
  g_autoptr(VsImportSummary) summary = import_ok (fx, path, NULL);
  g_autoptr(VsIndicator) seen = find_indicator (fx, "% children seen");
  g_autoptr(VsIndicator) pep = find_indicator (fx, "Personal Education Plan");
  g_autoptr(VsObservation) obs = NULL;

  g_assert_cmpstr (summary->format, ==, "xlsx");
  g_assert_cmpstr (summary->sheet, ==, "Vital signs");
  /* Every sheet, for the import dialog to offer. */
  g_assert_cmpuint (g_strv_length (summary->sheets), ==, 2);
  g_assert_cmpstr (summary->sheets[0], ==, "Cover");
  g_assert_cmpstr (summary->sheets[1], ==, "Vital signs");
  g_assert_cmpstr (summary->layout, ==, "wide");
  g_assert_cmpuint (summary->values_added, ==, 13 + 11);
  g_assert_cmpint (seen->unit, ==, VS_UNIT_PERCENTAGE);
  g_assert_cmpstr (seen->target_text, ==, "100%");
  assert_figure (fx, seen->ref, NULL, "2017-11", 58.1, NAN, NAN);
  assert_figure (fx, seen->ref, NULL, "2017-08", 49.2, 272, 553);
  assert_figure (fx, seen->ref, NULL, "2016-11", 87.5, 393, 449);
  g_assert_cmpint (pep->periodicity, ==, VS_PERIODICITY_QUARTERLY);
  assert_figure (fx, pep->ref, NULL, "2016-03", 73.5, 527, 717);
  g_assert_null (find_observation (fx, pep->ref, NULL, "2015-12"));

  obs = find_observation (fx, seen->ref, NULL, "2017-11");
  g_assert_cmpstr (obs->sheet, ==, "Vital signs");
  g_assert_cmpstr (obs->cell, ==, "O4");
}

static void
test_xlsx_sheet_option (ImportFixture *fx,
                        gconstpointer  data)
{
  g_autofree char *path = write_dashboard_xlsx (fx);
  VsImportOptions options = { 0 };
  VsImportSummary *summary = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VsImportSummary) chosen = NULL;

  options.sheet = "cover";
  g_assert_false (vs_import_file (fx->store, path, &options, &summary, &error));
  g_assert_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_LAYOUT);
  g_assert_nonnull (strstr (error->message, "Sheet “Cover” holds notes, not a table."));
  g_clear_error (&error);

  options.sheet = "Figures";
  g_assert_false (vs_import_file (fx->store, path, &options, &summary, &error));
  g_assert_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_OPTION);
  g_assert_nonnull (strstr (error->message, "no sheet “Figures”; expected one of “Cover”, “Vital signs”"));
  g_assert_true (vs_store_is_empty (fx->store));

  options.sheet = "VITAL SIGNS";
  chosen = import_ok (fx, path, &options);
  g_assert_cmpstr (chosen->sheet, ==, "Vital signs");
}

/* A long table as LibreOffice saves it: typed cells, a percentage, repeated rows. */
static void
test_ods_long (ImportFixture *fx,
               gconstpointer  data)
{
  static const char *tables =
    "<table:table table:name=\"Extract\">"
    "<table:table-row>"
    "<table:table-cell office:value-type=\"string\"><text:p>Ref</text:p></table:table-cell>"
    "<table:table-cell office:value-type=\"string\"><text:p>Indicator</text:p></table:table-cell>"
    "<table:table-cell office:value-type=\"string\"><text:p>Month</text:p></table:table-cell>"
    "<table:table-cell office:value-type=\"string\"><text:p>Value</text:p></table:table-cell>"
    "<table:table-cell office:value-type=\"string\"><text:p>Numerator</text:p></table:table-cell>"
    "<table:table-cell office:value-type=\"string\"><text:p>Denominator</text:p></table:table-cell>"
    "</table:table-row>"
    "<table:table-row>"
    "<table:table-cell office:value-type=\"string\"><text:p>7.14</text:p></table:table-cell>"
    "<table:table-cell office:value-type=\"string\"><text:p>LAC with up to date Care Plan</text:p></table:table-cell>"
    "<table:table-cell office:value-type=\"date\" office:date-value=\"2017-11-30\"/>"
    "<table:table-cell office:value-type=\"percentage\" office:value=\"0.953\"/>"
    "<table:table-cell office:value-type=\"float\" office:value=\"1075\"/>"
    "<table:table-cell office:value-type=\"float\" office:value=\"1117\"/>"
    "</table:table-row>"
    "<table:table-row table:number-rows-repeated=\"3\"><table:table-cell table:number-columns-repeated=\"6\"/></table:table-row>"
    "<table:table-row>"
    "<table:table-cell office:value-type=\"string\"><text:p>7.14</text:p></table:table-cell>"
    "<table:table-cell office:value-type=\"string\"><text:p>LAC with up to date Care Plan</text:p></table:table-cell>"
    "<table:table-cell office:value-type=\"string\"><text:p>Oct 17</text:p></table:table-cell>"
    "<table:table-cell office:value-type=\"string\"><text:p>97.0%</text:p></table:table-cell>"
    "</table:table-row>"
    "</table:table>";
  g_autoptr(GBytes) bytes = vs_test_ods (NULL, tables);
  g_autofree char *path = g_build_filename (fx->dir, "extract.ods", NULL);
  g_autoptr(VsImportSummary) summary = NULL;
  g_autoptr(VsObservation) obs = NULL;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      (gssize) g_bytes_get_size (bytes), NULL));
  summary = import_ok (fx, path, NULL);
  g_assert_cmpstr (summary->format, ==, "ods");
  g_assert_cmpstr (summary->layout, ==, "long");
  g_assert_cmpuint (summary->values_added, ==, 2);
  /* 1075 / 1117 is 96.2%: the file says 95.3%, as the committee papers do */
  g_assert_cmpuint (summary->n_warnings, ==, 1);
  find_message (summary->warnings, "D2", "does not agree");
  assert_figure (fx, "7.14", NULL, "2017-11", 95.3, 1075, 1117);
  assert_figure (fx, "7.14", NULL, "2017-10", 97.0, NAN, NAN);
  obs = find_observation (fx, "7.14", NULL, "2017-10");
  g_assert_cmpstr (obs->cell, ==, "D6");
  g_assert_cmpstr (obs->sheet, ==, "Extract");
}

static void
test_hostile_workbook (ImportFixture *fx,
                       gconstpointer  data)
{
  static const char *doctype_sheet =
    "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row>";
  VsTestSheet sheets[] = { { "Sheet1", doctype_sheet, NULL } };
  g_autoptr(GBytes) bytes = vs_test_xlsx (NULL, NULL, FALSE, sheets, 1);
  g_autofree char *path = g_build_filename (fx->dir, "hostile.xlsx", NULL);
  g_autofree char *seeded = write_fixture (fx, "seed.csv",
                                           "Ref,Indicator,Period,Value\n7.1,LAC,2017-06,1103\n");
  g_autoptr(VsImportSummary) first = import_ok (fx, seeded, NULL);
  g_autofree char *before = dump_database (fx->db_path);
  g_autofree char *after = NULL;
  VsImportSummary *summary = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (first->written);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      (gssize) g_bytes_get_size (bytes), NULL));
  g_assert_false (vs_import_file (fx->store, path, NULL, &summary, &error));
  g_assert_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_READ);
  g_assert_true (g_str_has_prefix (error->message, "hostile.xlsx"));
  g_assert_null (summary);
  after = dump_database (fx->db_path);
  g_assert_cmpstr (before, ==, after);
}

/* Two real workbooks with no figures to read: an Ofsted Annex A (a child a row, 11 sheets)
 * and Ofsted's inspection outcomes (cover sheets, then judgements under a header in row
 * 3). They were refused with "no sheet has a header row", which said neither what the
 * sheets hold nor what to do; the database is left as it was. */
static void
test_workbooks_without_figures (ImportFixture *fx,
                                gconstpointer  data)
{
  g_autofree char *annex = g_build_filename (g_getenv ("VS_PUBLIC_DATA"), "Annex_A.xlsx", NULL);
  g_autofree char *ofsted = g_build_filename (g_getenv ("VS_PUBLIC_DATA"),
                                              "LA_Inspection_Outcomes_as_at_31_March_2025.ods", NULL);
  VsImportOptions options = { .sheet = "Notes" };
  g_autoptr(GError) error = NULL;
  VsImportSummary *summary = NULL;

  g_assert_false (vs_import_file (fx->store, annex, NULL, &summary, &error));
  g_assert_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_LAYOUT);
  g_assert_true (g_str_has_prefix (error->message, "Annex_A.xlsx: none of its 11 sheets holds figures "
                                                   "Vital Signs can read. Sheets “List 1”, “List 2”,"));
  g_assert_nonnull (strstr (error->message, "and “List 11” list one child or case per row (the first "
                                            "headed in row 1: Child Unique ID, Gender, Ethnicity, …), "
                                            "not figures."));
  g_assert_nonnull (strstr (error->message, "count the rows per month first"));
  g_clear_error (&error);
  g_clear_pointer (&summary, vs_import_summary_free);

  g_assert_false (vs_import_file (fx->store, ofsted, NULL, &summary, &error));
  g_assert_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_LAYOUT);
  g_assert_nonnull (strstr (error->message, "Sheets “Inspections_as_at_31_March”, “In-year_inspections” "
                                            "and “ILACS_inspection_history” have a header (the first in "
                                            "row 3: Web link, Local authority area code, Local authority "
                                            "name, …), but words and dates under it (such as “Good”), "
                                            "not figures."));
  g_assert_nonnull (strstr (error->message, "Sheets “Cover”, “Contents” and “Notes” hold notes, not a table."));
  g_assert_nonnull (strstr (error->message, "expected a header row naming the columns"));
  g_clear_error (&error);
  g_clear_pointer (&summary, vs_import_summary_free);

  /* The sheet asked for, alone. */
  g_assert_false (vs_import_file (fx->store, ofsted, &options, &summary, &error));
  g_assert_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_LAYOUT);
  g_assert_true (g_str_has_prefix (error->message, "LA_Inspection_Outcomes_as_at_31_March_2025.ods: no "
                                                   "figures Vital Signs can read. Sheet “Notes” holds "
                                                   "notes, not a table."));
  g_clear_pointer (&summary, vs_import_summary_free);
  g_assert_true (vs_store_is_empty (fx->store));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, ImportFixture, NULL, import_fixture_set_up, func, import_fixture_tear_down)
  ADD ("/import/workbook/xlsx-dashboard", test_xlsx_dashboard);
  ADD ("/import/workbook/xlsx-sheet-option", test_xlsx_sheet_option);
  ADD ("/import/workbook/ods-long", test_ods_long);
  ADD ("/import/workbook/hostile", test_hostile_workbook);
  ADD ("/import/workbook/without-figures", test_workbooks_without_figures);
#undef ADD

  return g_test_run ();
}
