/* test-import-validate.c: every error and warning, at its exact cell, with the database
 * left as it was when a file is refused
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "import-test-util.h"

/* Imports @text as @name expecting refusal; returns the summary and checks that nothing
 * in the database moved. */
static VsImportSummary *
import_refused (ImportFixture *fx,
                const char    *name,
                const char    *text,
                gssize         len)
{
  g_autofree char *path = g_build_filename (fx->dir, name, NULL);
  g_autofree char *before = dump_database (fx->db_path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  VsImportSummary *summary = NULL;

  g_assert_true (g_file_set_contents (path, text, len, NULL));
  g_assert_false (vs_import_file (fx->store, path, NULL, &summary, &error));
  g_assert_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_INVALID);
  g_assert_nonnull (summary);
  g_assert_cmpuint (summary->n_errors, >, 0);
  g_assert_false (summary->written);
  after = dump_database (fx->db_path);
  g_assert_cmpstr (before, ==, after);
  return summary;
}

static void
assert_located (const VsImportMessage *m,
                const char            *file,
                const char            *sheet,
                guint                  row,
                guint                  column)
{
  g_assert_cmpstr (m->file, ==, file);
  g_assert_cmpstr (m->sheet, ==, sheet);
  g_assert_cmpuint (m->row, ==, row);
  g_assert_cmpuint (m->column, ==, column);
  g_assert_true (g_str_has_prefix (m->text, file));
  g_assert_nonnull (strstr (m->text, sheet));
}

static void
test_numerator_over_denominator (ImportFixture *fx,
                                 gconstpointer  data)
{
  static const char *csv =
    "Indicator,Nov 16,Dec 16,Jan 17\n"
    "CP - % children seen,87.5%,90.7%,89.1%\n"
    ",393 / 449,611 / 453,423 / 475\n";
  g_autoptr(VsImportSummary) summary = import_refused (fx, "nd.csv", csv, -1);
  const VsImportMessage *m = find_message (summary->errors, "C3", "greater than the denominator");

  assert_located (m, "nd.csv", "nd", 3, 3);
  g_assert_nonnull (strstr (m->text, "cell C3 (row 3, column C)"));
  g_assert_nonnull (strstr (m->text, "611"));
  g_assert_nonnull (strstr (m->text, "expected"));
  g_assert_cmpuint (summary->n_errors, ==, 1);
}

static void
test_percentage_out_of_range (ImportFixture *fx,
                              gconstpointer  data)
{
  static const char *csv =
    "Ref,Indicator,Period,Value\n"
    "6.14,% children seen,2017-10,67.5%\n"
    "6.14,% children seen,2017-11,158.1%\n"
    "6.14,% children seen,2017-12,-2%\n";
  g_autoptr(VsImportSummary) summary = import_refused (fx, "range.csv", csv, -1);

  assert_located (find_message (summary->errors, "D3", "outside 0–100"), "range.csv", "range", 3, 4);
  find_message (summary->errors, "D4", "outside 0–100");
  g_assert_cmpuint (summary->n_errors, ==, 2);
}

static void
test_duplicates (ImportFixture *fx,
                 gconstpointer  data)
{
  static const char *csv =
    "Ref,Indicator,Locality,Period,Value\n"
    "7.1,No. Looked-After Children,County,2017-06,1103\n"
    "7.1,No. Looked-After Children,County,2017-07,1099\n"
    "7.1,No. Looked-After Children,County,Jun 17,1104\n"
    "7.1,No. Looked-After Children,County,2017-08,1,104\n";
  static const char *same =
    "Ref,Indicator,Locality,Period,Value\n"
    "7.1,No. Looked-After Children,County,2017-06,1103\n"
    "7.1,No. Looked-After Children,County,Jun-17,1103\n";
  g_autoptr(VsImportSummary) summary = import_refused (fx, "dupes.csv", csv, -1);
  g_autofree char *path = NULL;
  g_autoptr(VsImportSummary) ok = NULL;
  const VsImportMessage *m;

  /* June again, as "Jun 17", with another figure */
  m = find_message (summary->errors, "E4", "already given in cell E2");
  assert_located (m, "dupes.csv", "dupes", 4, 5);
  /* "1,104" unquoted is two cells: the row was read with a value of 1, without a word */
  m = find_message (summary->errors, "F5", "past the header's last column");
  assert_located (m, "dupes.csv", "dupes", 5, 6);
  g_assert_nonnull (strstr (m->text, "“104”"));
  g_assert_cmpuint (summary->n_errors, ==, 2);

  /* the same figure twice is no error, and counts once */
  path = write_fixture (fx, "same.csv", same);
  ok = import_ok (fx, path, NULL);
  g_assert_cmpuint (ok->values_added, ==, 1);
}

static void
test_not_a_number (ImportFixture *fx,
                   gconstpointer  data)
{
  static const char *csv =
    "Vital signs\n"
    "Monthly,Bigger or Smaller is better,Nov 16,Dec 16,Jan 17,Target\n"
    "LAC with up to date Care Plan,Bigger,97.1%,see note,98.6%,100%\n"
    "Eligible Care Leavers with up to date Pathway Plan,Bigger,87.6%,91.5%,89.9%,\n"
    "LAC with up to date Health Assessment (HA),Bigger,91.1%,88.4%,#REF!,100%\n";
  g_autoptr(VsImportSummary) summary = import_refused (fx, "text.csv", csv, -1);
  const VsImportMessage *m = find_message (summary->errors, "D3", "“see note” is not a number");

  assert_located (m, "text.csv", "text", 3, 4);
  g_assert_nonnull (strstr (m->text, "expected a figure"));
  find_message (summary->errors, "E5", "“#REF!” is not a number");
  g_assert_cmpuint (summary->n_errors, ==, 2);
}

static void
test_not_a_period (ImportFixture *fx,
                   gconstpointer  data)
{
  static const char *csv =
    "Ref,Indicator,Period,Value\n"
    "7.1,No. Looked-After Children,Smarch 17,1103\n";
  g_autoptr(VsImportSummary) summary = import_refused (fx, "period.csv", csv, -1);

  assert_located (find_message (summary->errors, "C2", "is not a period; expected a month"),
                  "period.csv", "period", 2, 3);
}

static void
test_unreadable (ImportFixture *fx,
                 gconstpointer  data)
{
  static const char zip[] = "PK\x03\x04\x14\x00\x00\x00\x08\x00garbage, not an archive";
  g_autofree char *before = dump_database (fx->db_path);
  g_autofree char *after = NULL;
  g_autofree char *broken = g_build_filename (fx->dir, "broken.xlsx", NULL);
  g_autofree char *missing = g_build_filename (fx->dir, "missing.csv", NULL);
  g_autofree char *binary = g_build_filename (fx->dir, "binary.csv", NULL);
  g_autofree char *empty = g_build_filename (fx->dir, "notes.csv", NULL);
  VsImportSummary *summary = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (broken, zip, sizeof zip - 1, NULL));
  g_assert_false (vs_import_file (fx->store, broken, NULL, &summary, &error));
  g_assert_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_READ);
  g_assert_nonnull (strstr (error->message, "broken.xlsx"));
  g_assert_null (summary);
  g_clear_error (&error);

  g_assert_false (vs_import_file (fx->store, missing, NULL, &summary, &error));
  g_assert_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_READ);
  g_assert_nonnull (strstr (error->message, "missing.csv"));
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (binary, "Ref,Value\n1,\0\0\0\x01\x02", 16, NULL));
  g_assert_false (vs_import_file (fx->store, binary, NULL, &summary, &error));
  g_assert_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_READ);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (empty, "Just some notes\nabout nothing\n", -1, NULL));
  g_assert_false (vs_import_file (fx->store, empty, NULL, &summary, &error));
  g_assert_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_LAYOUT);
  g_assert_nonnull (strstr (error->message, "notes.csv: no header row"));
  g_assert_nonnull (strstr (error->message, "expected a header row"));

  after = dump_database (fx->db_path);
  g_assert_cmpstr (before, ==, after);
}

/* A file that overflowed libfreexl's heap inside the importer (found by fuzz-xls; FreeXL
 * now runs in a process of its own): over a database that already holds an XLS's
 * figures, its import fails naming the file and leaves every row as it was. */
static void
test_xls_reader_crash (ImportFixture *fx,
                       gconstpointer  data)
{
  g_autofree char *good = g_build_filename (VS_TEST_SRCDIR, "import", "read-fixtures",
                                            "vital-signs.xls", NULL);
  g_autofree char *crash = g_build_filename (VS_TEST_SRCDIR, "data", "freexl-crashes",
                                             "overflow-66a93626.xls", NULL);
  g_autoptr(VsImportSummary) first = import_ok (fx, good, NULL);
  g_autofree char *before = dump_database (fx->db_path);
  g_autofree char *after = NULL;
  VsImportSummary *summary = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (first->values_added, >, 0);
  g_assert_false (vs_import_file (fx->store, crash, NULL, &summary, &error));
  g_assert_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_READ);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "overflow-66a93626.xls: "));
  g_assert_nonnull (strstr (error->message, "save it as XLSX and import that"));
  g_assert_null (summary);
  after = dump_database (fx->db_path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_warnings (ImportFixture *fx,
               gconstpointer  data)
{
  static const char *csv =
    "Ref,Indicator,Period,Value,Numerator,Denominator\n"
    "6.14,% children seen,2016-11,87.5%,393,449\n"
    "6.14,% children seen,2016-12,90.7%,411,453\n"
    "6.14,% children seen,2017-01,89.1%,423,475\n"
    "6.14,% children seen,2017-02,84.5%,392,464\n"
    "6.14,% children seen,2017-03,93.3%,458,491\n"
    "6.14,% children seen,2017-04,90.5%,466,515\n"
    "6.14,% children seen,2017-05,90.0%,441,490\n"
    "6.14,% children seen,2017-06,58.3%,298,511\n"
    "6.14,% children seen,2017-07,75.0%,3,4\n"
    "6.14,% children seen,2017-08,60.0%,272,553\n"
    "6.14,% children seen,2099-01,60.0%,,\n";
  g_autofree char *path = write_fixture (fx, "warnings.csv", csv);
  g_autoptr(VsImportSummary) summary = import_ok (fx, path, NULL);
  const VsImportMessage *m;

  g_assert_true (summary->written);
  g_assert_cmpuint (summary->values_added, ==, 11);
  /* a value far outside its recent range */
  m = find_message (summary->warnings, "D9", "far outside the recent range");
  assert_located (m, "warnings.csv", "warnings", 9, 4);
  g_assert_nonnull (strstr (m->text, "84.5% to 93.3%"));
  /* a small denominator, at the denominator's cell */
  find_message (summary->warnings, "F10", "the denominator is 4");
  /* inconsistent with its numerator / denominator: 272 / 553 is 49.2% */
  m = find_message (summary->warnings, "D11", "does not agree");
  g_assert_nonnull (strstr (m->text, "49.2%"));
  /* a period in the future */
  find_message (summary->warnings, "D12", "is in the future");
  g_assert_cmpuint (summary->n_warnings, ==, 4);
  g_assert_cmpuint (summary->n_errors, ==, 0);

  /* Kept with the import, word for word and in order, for the history to show again. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) kept = vs_store_list_import_warnings (fx->store, summary->import_id, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (kept->len, ==, summary->warnings->len);
    for (guint i = 0; i < kept->len; i++)
      {
        const VsImportWarning *w = g_ptr_array_index (kept, i);
        const VsImportMessage *said = g_ptr_array_index (summary->warnings, i);

        g_assert_cmpstr (w->text, ==, said->text);
        g_assert_cmpstr (w->cell, ==, said->cell);
        g_assert_cmpstr (w->sheet, ==, said->sheet);
        g_assert_cmpuint (w->row, ==, said->row);
        g_assert_cmpuint (w->column, ==, said->column);
      }
  }
}

/* The recent range comes from the store when the file brings one month only. */
static void
test_outlier_against_the_store (ImportFixture *fx,
                                gconstpointer  data)
{
  static const char *history =
    "Ref,Indicator,Period,Value\n"
    "7.1,No. Looked-After Children,2017-01,1097\n"
    "7.1,No. Looked-After Children,2017-02,1083\n"
    "7.1,No. Looked-After Children,2017-03,1075\n"
    "7.1,No. Looked-After Children,2017-04,1093\n"
    "7.1,No. Looked-After Children,2017-05,1095\n"
    "7.1,No. Looked-After Children,2017-06,1103\n";
  static const char *july =
    "Ref,Indicator,Period,Value\n"
    "7.1,No. Looked-After Children,2017-07,11030\n";
  g_autofree char *first = write_fixture (fx, "history.csv", history);
  g_autofree char *second = write_fixture (fx, "july.csv", july);
  g_autoptr(VsImportSummary) before = import_ok (fx, first, NULL);
  g_autoptr(VsImportSummary) summary = import_ok (fx, second, NULL);
  const VsImportMessage *m;

  g_assert_cmpuint (before->n_warnings, ==, 0);
  m = find_message (summary->warnings, "D2", "far outside the recent range");
  g_assert_nonnull (strstr (m->text, "1075 to 1103 over the 6 figures before it"));
  g_assert_true (summary->written);

  /* August's extract restates July as it is held: a figure already in the database is not
   * warned about again every month (an officer's complaint). */
  {
    static const char *august =
      "Ref,Indicator,Period,Value\n"
      "7.1,No. Looked-After Children,2017-07,11030\n"
      "7.1,No. Looked-After Children,2017-08,1101\n";
    g_autofree char *third = write_fixture (fx, "august.csv", august);
    g_autoptr(VsImportSummary) restated = import_ok (fx, third, NULL);

    g_assert_cmpuint (restated->values_unchanged, ==, 1);
    g_assert_cmpuint (restated->values_added, ==, 1);
    g_assert_cmpuint (restated->n_warnings, ==, 0);
  }
}

/* Commas in the header and semicolons below read each later line as one field, which
 * became an indicator titled with the whole line. Refused naming the row and the likely
 * delimiter; a lone quoted heading with a comma in it is still a heading. */
static void
test_delimiter_changes (ImportFixture *fx,
                        gconstpointer  data)
{
  static const char wide[] =
    "Ref,Indicator,Good perf. is,Unit,Nov 16,Dec 16,Jan 17,Target\n"
    "MI01,Contacts - No. (in-month),Info,Count,1200,1300,1250,\n"
    "MI02;% Contacts Accepted as Referrals (in-month);Bigger;Percentage;18.0%;20.5%;22.1%;25%\n";
  static const char long_tabs[] =
    "Ref;Indicator;Period;Value\n"
    "NI 62;Placement stability;2016-11;11.7\n"
    "NI 63\tLong-term stability\t2016-11\t68.1\n";
  static const char heading[] =
    "Ref,Indicator,Nov 16,Dec 16\n"
    "\"Early help, and prevention\"\n"
    "MI01,Contacts,1200,1300\n";
  g_autofree char *wide_path = write_fixture (fx, "delim.csv", wide);
  g_autofree char *long_path = write_fixture (fx, "tabs.csv", long_tabs);
  g_autofree char *heading_path = write_fixture (fx, "heading.csv", heading);
  g_autofree char *before = dump_database (fx->db_path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  VsImportSummary *summary = NULL;

  g_assert_false (vs_import_file (fx->store, wide_path, NULL, &summary, &error));
  g_assert_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_READ);
  g_assert_cmpstr (error->message, ==,
                   "delim.csv: row 3 has 1 column but the header has 8: is it "
                   "separated by “;” instead of “,”?");
  g_assert_null (summary);
  g_clear_error (&error);

  g_assert_false (vs_import_file (fx->store, long_path, NULL, &summary, &error));
  g_assert_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_READ);
  g_assert_cmpstr (error->message, ==,
                   "tabs.csv: row 3 has 1 column but the header has 4: is it "
                   "separated by tab instead of “;”?");
  g_assert_null (summary);
  g_clear_error (&error);

  after = dump_database (fx->db_path);
  g_assert_cmpstr (before, ==, after);

  summary = import_ok (fx, heading_path, NULL);
  g_assert_cmpuint (summary->n_errors, ==, 0);
  vs_import_summary_free (summary);
}

/* The importer streams text files through the readers' CSV core, with the rows capped as
 * a sheet's are: row 1,048,577 is refused naming it (blank lines count, as a spreadsheet
 * shows them), and a line of trailing commas past column XFD is read as the readers read
 * it (the empty cells dropped) instead of refused by a copy of the parser of its own. */
static void
test_text_rows_as_the_readers_read_them (ImportFixture *fx,
                                         gconstpointer  data)
{
  static const char head[] = "Ref,Indicator,Period,Value\nNI 62,Placement stability,2016-11,11.7\n";
  g_autoptr(GString) rows = g_string_new (head);
  g_autoptr(GString) commas = g_string_new (head);
  g_autofree char *rows_path = NULL;
  g_autofree char *commas_path = NULL;
  g_autofree char *before = dump_database (fx->db_path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  VsImportSummary *summary = NULL;

  for (guint i = 2; i < 1048577; i++)
    g_string_append_c (rows, '\n');
  rows_path = write_fixture (fx, "rows.csv", rows->str);
  g_assert_false (vs_import_file (fx->store, rows_path, NULL, &summary, &error));
  g_assert_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_READ);
  g_assert_cmpstr (error->message, ==, "rows.csv: row 1048577: beyond the last row a "
                   "spreadsheet may have (1048576 rows)");
  g_assert_null (summary);
  after = dump_database (fx->db_path);
  g_assert_cmpstr (before, ==, after);

  g_string_append (commas, "NI 63,Long-term stability,2016-11,68.1");
  for (guint i = 0; i < 20000; i++)
    g_string_append_c (commas, ',');
  g_string_append_c (commas, '\n');
  commas_path = write_fixture (fx, "commas.csv", commas->str);
  summary = import_ok (fx, commas_path, NULL);
  g_assert_cmpuint (summary->n_errors, ==, 0);
  vs_import_summary_free (summary);
  assert_figure (fx, "NI 63", NULL, "2016-11", 68.1, NAN, NAN);
}

/* Figures beyond what their unit can be are refused at their cell, as are numbers no
 * spreadsheet shows and days no calendar has; 1e308 once imported and broke the charts. */
static void
test_hostile_figures (ImportFixture *fx,
                      gconstpointer  data)
{
  static const char *csv =
    "Ref,Indicator,Unit,Period,Value\n"
    "H1,Children in care,Count,2017-10,1e308\n"
    "H1,Children in care,Count,2017-11,-+5\n"
    "H1,Children in care,Count,2017-12,--5\n"
    "H2,Referral rate,Rate,2017-10,200001\n"
    "H2,Referral rate,Rate,2017-11,-3\n"
    "H3,Days to adoption,Days,2017-10,1e6\n"
    "H4,Spend,Money,2017-10,£2500000000\n"
    "H4,Spend,Money,2017-11,1e13\n"
    "H1,Children in care,Count,2017-02-30,5\n"
    "H1,Children in care,Count,-2017-01,5\n";
  g_autoptr(VsImportSummary) summary = import_refused (fx, "hostile.csv", csv, -1);
  const VsImportMessage *m = find_message (summary->errors, "E2", "outside");

  assert_located (m, "hostile.csv", "hostile", 2, 5);
  g_assert_nonnull (strstr (m->text, "1e+308"));
  g_assert_nonnull (strstr (m->text, "100,000,000"));
  g_assert_nonnull (strstr (m->text, "H1"));
  find_message (summary->errors, "E3", "not a number");
  find_message (summary->errors, "E4", "not a number");
  find_message (summary->errors, "E5", "outside 0.0 to 100,000.0");
  find_message (summary->errors, "E6", "outside 0.0 to 100,000.0");
  find_message (summary->errors, "E7", "outside -36,525 to 36,525");
  find_message (summary->errors, "E9", "£1,000,000,000,000");
  find_message (summary->errors, "D10", "2017-02-30");
  find_message (summary->errors, "D11", "-2017-01");
  g_assert_cmpuint (summary->n_errors, ==, 9);
}

/* Two columns headed for one role were read as the first, silently: refused at the
 * header, naming both. */
static void
test_twin_columns (ImportFixture *fx,
                   gconstpointer  data)
{
  static const char *values =
    "Ref,Indicator,Period,Value,Actual\n"
    "6.14,% children seen,2017-10,67.5%,71.0%\n";
  static const char *periods =
    "Ref,Indicator,Month,Period,Value\n"
    "6.14,% children seen,2017-10,2017-11,67.5%\n";
  g_autoptr(VsImportSummary) first = import_refused (fx, "twins.csv", values, -1);
  g_autoptr(VsImportSummary) second = import_refused (fx, "months.csv", periods, -1);
  const VsImportMessage *m = find_message (first->errors, "E1", "headed alike");

  assert_located (m, "twins.csv", "twins", 1, 5);
  g_assert_nonnull (strstr (m->text, "columns D (“Value”) and E (“Actual”) are headed alike"));
  g_assert_cmpuint (first->n_errors, ==, 1);
  m = find_message (second->errors, "D1", "headed alike");
  g_assert_nonnull (strstr (m->text, "columns C (“Month”) and D (“Period”)"));
}

/* Through the importer, which streams text and hashes every file: a FIFO with no writer
 * hung it for ever, and a sparse 4 GiB file starting with "PK" was hashed whole (25 s)
 * before anyone looked at it. Both are refused by their kind and size first. */
static void
test_not_a_file (ImportFixture *fx,
                 gconstpointer  data)
{
  g_autofree char *fifo = g_build_filename (fx->dir, "extract.csv", NULL);
  g_autofree char *sparse = g_build_filename (fx->dir, "sparse.xlsx", NULL);
  g_autofree char *before = dump_database (fx->db_path);
  g_autofree char *after = NULL;
  VsImportSummary *summary = NULL;
  g_autoptr(GError) error = NULL;
  int fd;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_false (vs_import_file (fx->store, fifo, NULL, &summary, &error));
  g_assert_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_READ);
  g_assert_cmpstr (error->message, ==, "extract.csv: is a named pipe, not a file: only "
                   "ordinary files (a spreadsheet or a CSV file) can be imported");
  g_clear_error (&error);
  g_unlink (fifo);

  /* A name that is not UTF-8 ("café" in Latin-1) is shown as GLib displays it: messages
   * reach the window's labels, which take UTF-8 only. */
  g_free (fifo);
  fifo = g_build_filename (fx->dir, "caf\xe9.csv", NULL);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_false (vs_import_file (fx->store, fifo, NULL, &summary, &error));
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_true (g_str_has_prefix (error->message, "caf\xef\xbf\xbd.csv: is a named pipe"));
  g_clear_error (&error);
  g_unlink (fifo);

  fd = g_open (sparse, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, "PK\3\4", 4), ==, 4);
  g_assert_cmpint (ftruncate (fd, (off_t) (G_GUINT64_CONSTANT (4) << 30)), ==, 0);
  close (fd);
  g_assert_false (vs_import_file (fx->store, sparse, NULL, &summary, &error));
  g_assert_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_READ);
  g_assert_nonnull (strstr (error->message, "sparse.xlsx: is 4096 MB, more than the 256 MB"));
  g_assert_null (summary);
  g_unlink (sparse);

  after = dump_database (fx->db_path);
  g_assert_cmpstr (before, ==, after);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, ImportFixture, NULL, import_fixture_set_up, func, import_fixture_tear_down)
  ADD ("/import/validate/numerator-over-denominator", test_numerator_over_denominator);
  ADD ("/import/validate/percentage-out-of-range", test_percentage_out_of_range);
  ADD ("/import/validate/hostile-figures", test_hostile_figures);
  ADD ("/import/validate/duplicates", test_duplicates);
  ADD ("/import/validate/not-a-number", test_not_a_number);
  ADD ("/import/validate/not-a-period", test_not_a_period);
  ADD ("/import/validate/unreadable", test_unreadable);
  ADD ("/import/validate/xls-reader-crash", test_xls_reader_crash);
  ADD ("/import/validate/not-a-file", test_not_a_file);
  ADD ("/import/validate/twin-columns", test_twin_columns);
  ADD ("/import/validate/warnings", test_warnings);
  ADD ("/import/validate/outlier-against-the-store", test_outlier_against_the_store);
  ADD ("/import/validate/delimiter-changes", test_delimiter_changes);
  ADD ("/import/validate/text-rows-as-the-readers-read-them",
       test_text_rows_as_the_readers_read_them);
#undef ADD

  return g_test_run ();
}
