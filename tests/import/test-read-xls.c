/* test-read-xls.c: FreeXL in its own process: files that overflow it, every way the XLS
 * reader process can end, and its stream read strictly
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader process is this build's vs-xls-reader (VS_XLS_READER, tests/meson.build), or
 * fake-xls-reader.sh standing in for it to end as a hostile file could make it end.
 */
#include <string.h>

#include "vs-read-private.h"
#include "vs-reader.h"
#include "vs-xls-protocol.h"

static char *
fixture (const char *dir,
         const char *name)
{
  return g_build_filename (VS_TEST_SRCDIR, dir, name, NULL);
}

static void
assert_message (const GError *error,
                const char   *name,
                VsReadError   code,
                const char   *fragment)
{
  g_autofree char *prefix = g_strconcat (name, ": ", NULL);

  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_error (error, VS_READ_ERROR, (int) code);
  g_assert_true (g_str_has_prefix (error->message, prefix));
  if (fragment != NULL && strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, fragment);
}

/* Three files fuzz-xls made (tests/data/freexl-crashes/README.md): FreeXL read 106,508 to
 * 131,070 bytes out of a 65 KB heap buffer in this very process, past every check made
 * before it (AddressSanitizer stopped the test). In the reader process now, each is an
 * error naming the file: under AddressSanitizer the process stops on SIGABRT; without it
 * FreeXL answers error -2. Either way, the damage is said and the fix offered. */
static void
test_freexl_crashes (void)
{
  static const char * const names[] = {
    "overflow-454ea742.xls", "overflow-66a93626.xls", "overflow-6bc05f79.xls",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = fixture ("data/freexl-crashes", names[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(VsWorkbook) workbook = vs_reader_read_file (path, &error);

      g_assert_null (workbook);
      assert_message (error, names[i], VS_READ_ERROR_CORRUPT,
                      "open it in Excel or LibreOffice, save it as XLSX and import that");
      if (strstr (error->message, "the file is damaged (the XLS reader stopped on signal") == NULL
          && strstr (error->message, "cannot be read (FreeXL error") == NULL)
        g_error ("“%s” says neither how the reader stopped nor FreeXL's error", error->message);
    }
}

/* Reads the good fixture with @reader as the reader process, @mode telling
 * fake-xls-reader.sh how to end; the error it gives. */
static GError *
read_with (const char         *reader,
           const char         *mode,
           const VsReadLimits *limits)
{
  g_autofree char *path = fixture ("import/read-fixtures", "vital-signs.xls");
  g_autofree char *real = g_strdup (g_getenv ("VS_XLS_READER"));
  g_autoptr(VsWorkbook) workbook = NULL;
  GError *error = NULL;

  g_setenv ("VS_XLS_READER", reader, TRUE);
  g_setenv ("VS_FAKE_XLS_MODE", mode, TRUE);
  workbook = vs_reader_read_file_with_limits (path, limits, &error);
  if (real != NULL)
    g_setenv ("VS_XLS_READER", real, TRUE);
  else
    g_unsetenv ("VS_XLS_READER");
  g_unsetenv ("VS_FAKE_XLS_MODE");
  g_assert_null (workbook);
  return error;
}

static GError *
read_with_fake (const char         *mode,
                const VsReadLimits *limits)
{
  g_autofree char *fake = fixture ("import", "fake-xls-reader.sh");

  return read_with (fake, mode, limits);
}

/* Every way the reader process can end badly is an error naming the file and saying
 * what happened, never a crash of this process, never a hang. */
static void
test_reader_ends (void)
{
  VsReadLimits quick;
  GError *error;

  vs_read_limits_init_default (&quick);
  quick.max_xls_reader_seconds = 1;

  error = read_with_fake ("segv", NULL);
  assert_message (error, "vital-signs.xls", VS_READ_ERROR_CORRUPT,
                  "could not be read: the file is damaged (the XLS reader stopped on signal 11)");
  g_clear_error (&error);

  /* what it wrote is good, but how it ended spoils it */
  error = read_with_fake ("status", NULL);
  assert_message (error, "vital-signs.xls", VS_READ_ERROR_CORRUPT,
                  "(the XLS reader failed with exit status 3)");
  g_clear_error (&error);

  error = read_with_fake ("garbage", NULL);
  assert_message (error, "vital-signs.xls", VS_READ_ERROR_CORRUPT,
                  "(the XLS reader wrote an output of another kind or version)");
  g_clear_error (&error);

  error = read_with_fake ("truncated", NULL);
  assert_message (error, "vital-signs.xls", VS_READ_ERROR_CORRUPT,
                  "(the XLS reader wrote an output that stops before its end)");
  g_clear_error (&error);

  /* a cell over the cap while the process goes on writing: refused, and it is stopped */
  error = read_with_fake ("flood", NULL);
  assert_message (error, "vital-signs.xls", VS_READ_ERROR_TOO_LARGE,
                  "sheet “A”, cell A1 holds more than 1024 KB of text");
  g_clear_error (&error);

  /* asleep: the watchdog on the clock; busy: the cap on processor time */
  error = read_with_fake ("sleep", &quick);
  assert_message (error, "vital-signs.xls", VS_READ_ERROR_CORRUPT,
                  "could not be read: the XLS reader took more than 1 second");
  g_clear_error (&error);
  error = read_with_fake ("spin", &quick);
  assert_message (error, "vital-signs.xls", VS_READ_ERROR_CORRUPT,
                  "could not be read: the XLS reader took more than 1 second");
  g_clear_error (&error);
}

/* A reader process that cannot be started is said, with the program's name. */
static void
test_reader_missing (void)
{
  g_autoptr(GError) error = read_with ("/nonexistent/vs-xls-reader", "", NULL);

  assert_message (error, "vital-signs.xls", VS_READ_ERROR_IO,
                  "the XLS reader (/nonexistent/vs-xls-reader) could not be started");
}

/* ---- the stream, read directly ---- */

static gboolean
parse (const char  *bytes,
       gsize        len,
       VsWorkbook **out,
       gboolean    *malformed,
       GError     **error)
{
  g_autoptr(GInputStream) in = g_memory_input_stream_new_from_data (bytes, (gssize) len, NULL);
  g_autoptr(VsWorkbook) workbook = vs_workbook_new ("stream.xls", "xls");
  VsReadContext ctx;
  gboolean ok;

  vs_read_context_init (&ctx, "stream.xls", NULL);
  ok = vs_read_xls_stream (&ctx, in, workbook, malformed, error);
  vs_read_context_clear (&ctx);
  if (out != NULL)
    *out = g_steal_pointer (&workbook);
  return ok;
}

#define MAGIC VS_XLS_MAGIC
/* 'S' with a name of @n bytes */
#define SHEET(n) "S" n "\0\0\0"

static void
test_stream_good (void)
{
  /* "Data": a number at A1 (1.5), a date at B1, a text at A2, a date that is no date at
   * B2; then an unnamed sheet, which gets the name people would call it */
  static const char good[] =
    MAGIC SHEET ("\4") "Data"
    "N" "\0\0\0\0" "\0\0" "\0\0\0\0\0\0\xf8\x3f"
    "D" "\0\0\0\0" "\1\0" "\x0a\0\0\0" "2016-11-01"
    "T" "\1\0\0\0" "\0\0" "\x03\0\0\0" "Ref"
    "D" "\1\0\0\0" "\1\0" "\x05\0\0\0" "10:00"
    SHEET ("\0")
    "E";
  g_autoptr(VsWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  const VsSheet *sheet;
  gboolean malformed = TRUE;

  g_assert_true (parse (good, sizeof good - 1, &workbook, &malformed, &error));
  g_assert_no_error (error);
  g_assert_false (malformed);
  g_assert_cmpuint (workbook->sheets->len, ==, 2);
  sheet = g_ptr_array_index (workbook->sheets, 0);
  g_assert_cmpstr (vs_sheet_get_name (sheet), ==, "Data");
  g_assert_cmpint (vs_sheet_get_cell (sheet, 0, 0)->kind, ==, VS_CELL_NUMBER);
  g_assert_cmpfloat (vs_sheet_get_cell (sheet, 0, 0)->number, ==, 1.5);
  g_assert_cmpint (vs_sheet_get_cell (sheet, 0, 1)->kind, ==, VS_CELL_DATE);
  g_assert_cmpstr (vs_sheet_get_cell (sheet, 1, 0)->text, ==, "Ref");
  g_assert_cmpstr (vs_sheet_get_cell (sheet, 1, 1)->text, ==, "10:00");
  g_assert_cmpstr (vs_sheet_get_name (g_ptr_array_index (workbook->sheets, 1)), ==, "Sheet 2");
}

/* Each stream breaks the protocol once; each is damage, said as such. */
static void
test_stream_malformed (void)
{
  static const struct { const char *bytes; gsize len; const char *fragment; } cases[] = {
#define CASE(s, f) { s, sizeof s - 1, f }
    CASE ("", "an output that stops before its end"),
    CASE ("VSXLS\2\r\nE", "an output of another kind or version"),
    CASE (MAGIC, "an output that stops before its end"),
    CASE (MAGIC SHEET ("\1") "A", "an output that stops before its end"),
    CASE (MAGIC "N" "\0\0\0\0" "\0\0" "\0\0\0\0\0\0\0\0" "E", "a cell before any sheet"),
    CASE (MAGIC SHEET ("\1") "A" "T" "\1\0\0\0" "\0\0" "\1\0\0\0" "x"
          "T" "\0\0\0\0" "\0\0" "\1\0\0\0" "y" "E", "sheet “A”, cell A1 out of order"),
    CASE (MAGIC SHEET ("\1") "A" "T" "\0\0\0\0" "\0\0" "\1\0\0\0" "x"
          "T" "\0\0\0\0" "\0\0" "\1\0\0\0" "y" "E", "sheet “A”, cell A1 out of order"),
    CASE (MAGIC SHEET ("\1") "A" "T" "\0\0\0\0" "\0\0" "\0\0\0\0" "E", "an empty text"),
    CASE (MAGIC SHEET ("\1") "A" "T" "\0\0\0\0" "\0\0" "\3\0\0\0" "a\0b" "E",
          "a text holding a NUL byte"),
    CASE (MAGIC "S" "\1\4\0\0" "E", "a sheet name longer than any a workbook can hold"),
    CASE (MAGIC "F" "\0\0\0\0", "a failure without its cause"),
    CASE (MAGIC "E" "E", "more after its end"),
    CASE (MAGIC "P" "x", "more after its end"),
    CASE (MAGIC "Z", "a record of an unknown kind"),
#undef CASE
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(VsWorkbook) workbook = NULL;
      g_autoptr(GError) error = NULL;
      gboolean malformed = FALSE;

      g_test_message ("case %u", i);
      g_assert_false (parse (cases[i].bytes, cases[i].len, &workbook, &malformed, &error));
      g_assert_true (malformed);
      assert_message (error, "stream.xls", VS_READ_ERROR_CORRUPT,
                      "could not be read: the file is damaged (the XLS reader wrote ");
      if (strstr (error->message, cases[i].fragment) == NULL)
        g_error ("“%s” does not contain “%s”", error->message, cases[i].fragment);
    }
}

/* What the stream says about the file keeps the messages FreeXL's answers always had, and
 * the grid's caps hold whatever the process claims. */
static void
test_stream_refusals (void)
{
  static const char password[] = MAGIC "P";
  static const char failed[] = MAGIC "F" "\xfe\xff\xff\xff";    /* -2 */
  static const char far[] = MAGIC SHEET ("\1") "A" "N" "\0\0\x10\0" "\0\0" "\0\0\0\0\0\0\0\0" "E";
  g_autoptr(GError) error = NULL;
  gboolean malformed = TRUE;

  g_assert_false (parse (password, sizeof password - 1, NULL, &malformed, &error));
  g_assert_false (malformed);
  assert_message (error, "stream.xls", VS_READ_ERROR_FORMAT, "is protected with a password");
  g_clear_error (&error);

  g_assert_false (parse (failed, sizeof failed - 1, NULL, &malformed, &error));
  g_assert_false (malformed);
  assert_message (error, "stream.xls", VS_READ_ERROR_CORRUPT, "(FreeXL error -2)");
  g_clear_error (&error);

  /* row 1,048,577 */
  g_assert_false (parse (far, sizeof far - 1, NULL, &malformed, &error));
  g_assert_false (malformed);
  assert_message (error, "stream.xls", VS_READ_ERROR_TOO_LARGE,
                  "sheet “A”, cell A1048577: beyond the last row or column");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/read/xls/freexl-crashes", test_freexl_crashes);
  g_test_add_func ("/read/xls/reader-ends", test_reader_ends);
  g_test_add_func ("/read/xls/reader-missing", test_reader_missing);
  g_test_add_func ("/read/xls/stream-good", test_stream_good);
  g_test_add_func ("/read/xls/stream-malformed", test_stream_malformed);
  g_test_add_func ("/read/xls/stream-refusals", test_stream_refusals);

  return g_test_run ();
}
