/* test-gnuplot-quote.c: the quoting rules, and the gnuplot 5.4 traps they defeat, shown
 * on the real gnuplot before (naive quoting runs the canary) and after (it does not)
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "vs-gnuplot-quote.h"
#include "plot-test-util.h"

static void
test_quote (void)
{
  static const struct {
    const char *text;
    const char *quoted;
  } cases[] = {
    { "CP - % children seen", "\"CP - % children seen\"" },
    { "Children's Services", "\"Children's Services\"" },
    { "'Child seen' and 'seen alone'", "\"'Child seen' and 'seen alone'\"" },
    { "", "\"\"" },
    { "a\nb\rc\td\x1b" "e\x7f", "\"a b c d e \"" },
    { "back\\slash \"double\" `tick`", "\"back\\\\slash \\\"double\\\" \\140tick\\140\"" },
    { "ends in \\", "\"ends in \\\\\"" },
    { "line\xe2\x80\xa8sep", "\"line sep\"" },          /* U+2028 */
    { "caf\xc3\xa9 \xe2\x89\xa5 90%", "\"café ≥ 90%\"" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *quoted = vs_gnuplot_quote (cases[i].text);

      g_assert_cmpstr (quoted, ==, cases[i].quoted);
    }
}

static void
test_quote_invalid_utf8 (void)
{
  g_autofree char *quoted = vs_gnuplot_quote ("bad \xff\xfe bytes");
  g_autofree char *null = vs_gnuplot_quote (NULL);

  g_assert_true (g_utf8_validate (quoted, -1, NULL));
  g_assert_true (g_str_has_prefix (quoted, "\"bad "));
  g_assert_true (g_str_has_suffix (quoted, " bytes\""));
  g_assert_cmpstr (null, ==, "\"\"");
}

static void
test_quote_length (void)
{
  g_autofree char *long_text = g_strnfill (500, 'x');
  g_autofree char *clean = vs_gnuplot_clean_text (long_text);

  g_assert_cmpint (g_utf8_strlen (clean, -1), ==, VS_GNUPLOT_MAX_TEXT + 1);
  g_assert_true (g_str_has_suffix (clean, "…"));
}

static void
test_numbers (void)
{
  static const struct {
    double value;
    const char *text;
  } cases[] = {
    { 87.5, "87.5" }, { 58.1, "58.1" }, { 0.0, "0" }, { -0.0, "0" }, { 1053, "1053" },
    { -3.06, "-3.06" }, { 1e-7, "1e-07" }, { 123456789012.0, "123456789012" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) out = g_string_new (NULL);

      vs_gnuplot_append_number (out, cases[i].value);
      g_assert_cmpstr (out->str, ==, cases[i].text);
    }
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(GString) out = g_string_new (NULL);

      vs_gnuplot_append_number (out, i == 0 ? NAN : i == 1 ? INFINITY : -INFINITY);
      g_assert_cmpstr (out->str, ==, "NaN");
    }
}

static void
test_terminator (void)
{
  const char *t = vs_gnuplot_datablock_terminator ();
  g_autoptr(GString) block = g_string_new (NULL);
  g_autofree char *expected = NULL;

  g_assert_cmpuint (strlen (t), ==, 4 + 16);
  g_assert_true (g_str_has_prefix (t, "EOD_"));
  for (guint i = 4; i < 20; i++)
    g_assert_true (g_ascii_isxdigit (t[i]));
  g_assert_true (t == vs_gnuplot_datablock_terminator ());

  vs_gnuplot_begin_datablock (block, "vs_values");
  g_string_append (block, "0 87.5\n");
  vs_gnuplot_end_datablock (block);
  expected = g_strdup_printf ("$vs_values << %s\n0 87.5\n%s\n", t, t);
  g_assert_cmpstr (block->str, ==, expected);
}

/* Runs @script through a fresh gnuplot in @dir; returns what it wrote to stdout. */
static char *
run_gnuplot (const char *dir,
             const char *script)
{
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE
                               | G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_autoptr(GSubprocess) gnuplot = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;

  g_subprocess_launcher_set_cwd (launcher, dir);
  gnuplot = g_subprocess_launcher_spawn (launcher, &error, "gnuplot", "-d", NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (gnuplot, script, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  return out;
}

typedef struct {
  const char *name;
  const char *open;     /* how a careless script writer would put the text in: */
  const char *text;     /* the hostile text */
  const char *close;    /* between these two */
} Trap;

static void
test_traps (void)
{
  /* Each trap, written naively, runs `touch CANARY`; through vs_gnuplot_append_quoted
   * (and noenhanced) it prints literally. */
  static const Trap traps[] = {
    { "back-ticks in double quotes", "set title \"", "a `touch CANARY` b", "\"\n" },
    { "newline in a single-quoted string", "set title '", "a\n!touch CANARY\nb", "'\n" },
    { "carriage return", "set title '", "a\r\n!touch CANARY\r\nb", "'\n" },
    { "quote break-out", "set title '", "x'; system('touch CANARY'); y='", "'\n" },
    { "double-quote break-out", "set title \"", "x\"; system(\"touch CANARY\"); y=\"",
      "\"\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (traps); i++)
    {
      g_autofree char *dir = plot_test_make_dir ();
      g_autofree char *naive = NULL;
      g_autofree char *out = NULL;
      g_autofree char *canary = g_build_filename (dir, "CANARY", NULL);
      g_autoptr(GString) safe = g_string_new ("set print '-'\nset title ");

      g_test_message ("trap: %s", traps[i].name);
      naive = g_strconcat (traps[i].open, traps[i].text, traps[i].close, "print 'done'\n",
                           NULL);
      g_free (run_gnuplot (dir, naive));
      g_assert_true (g_file_test (canary, G_FILE_TEST_EXISTS));   /* the trap is real */
      plot_test_remove_dir (dir);
      g_mkdir (dir, 0700);

      vs_gnuplot_append_quoted (safe, traps[i].text);
      g_string_append (safe, " noenhanced\nshow title\nprint 'done'\n");
      out = run_gnuplot (dir, safe->str);
      g_assert_false (g_file_test (canary, G_FILE_TEST_EXISTS));  /* and defeated */
      g_assert_cmpuint (plot_test_count_files (dir), ==, 0);
      g_assert_nonnull (strstr (out, "done"));
      plot_test_remove_dir (dir);
    }
}

static void
test_trap_datablock (void)
{
  g_autofree char *dir = plot_test_make_dir ();
  g_autofree char *canary = g_build_filename (dir, "CANARY", NULL);
  g_autoptr(GString) safe = g_string_new ("set print '-'\n");
  g_autofree char *out = NULL;

  /* Before: any line "EOD" ends a datablock and what follows runs. */
  g_free (run_gnuplot (dir, "$d << EOD\n1 2\nEOD\n!touch CANARY\n3 4\nEOD\n"));
  g_assert_true (g_file_test (canary, G_FILE_TEST_EXISTS));
  plot_test_remove_dir (dir);
  g_mkdir (dir, 0700);

  /* After: our datablocks never hold text, and even if one did, "EOD" would not end it. */
  vs_gnuplot_begin_datablock (safe, "d");
  g_string_append (safe, "1 2\nEOD\n!touch CANARY\n3 4\n");
  vs_gnuplot_end_datablock (safe);
  g_string_append (safe, "print |$d|\n");
  out = run_gnuplot (dir, safe->str);
  g_assert_false (g_file_test (canary, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (g_strstrip (out), ==, "4");     /* all four lines stayed data */
  plot_test_remove_dir (dir);
}

static gboolean
title_prints_literally (const char *dir,
                        const char *text,
                        const char *title_options)
{
  g_autoptr(GString) script = g_string_new ("set terminal svg size 400,300 enhanced\n"
                                            "set output\nset title ");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *clean = vs_gnuplot_clean_text (text);
  char *out;
  PlotTestSvg svg;
  gboolean literal;

  vs_gnuplot_append_quoted (script, text);
  g_string_append_printf (script, " %s\nplot x notitle\n", title_options);
  out = run_gnuplot (dir, script->str);
  bytes = g_bytes_new_take (out, strlen (out));
  g_assert_true (plot_test_parse_svg (bytes, &svg, &error));
  g_assert_no_error (error);
  literal = plot_test_svg_has_text (&svg, clean);
  plot_test_svg_clear (&svg);
  return literal;
}

/* Whatever the text, gnuplot reads the literal back as exactly the cleaned text. */
static void
test_round_trip (void)
{
  static const char * const texts[] = {
    "'Child seen' and 'seen alone' (where appropriate)",   /* demo catalogue, SY43 */
    "'", "''", "'''", "a''b", "x'", "\"", "\"\"", "\\", "\\\\", "ends in \\",
    "\\\"", "`", "``", "\\`", "\\140", "\\n \\t \\U+263A \\101", "@a @ @@",
    "$(x) ${y} $1 $$", "#hash ; semi ! bang", "100% %s %d %%", "{}^_&~", "Café ≥ 90% ✓",
    "tab\there", "a\nb", "é'\"`\\",
  };
  g_autofree char *dir = plot_test_make_dir ();
  g_autoptr(GString) script = g_string_new ("set print '-'\n");
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_string_append (script, "print ");
      vs_gnuplot_append_quoted (script, texts[i]);
      g_string_append_c (script, '\n');
    }
  out = run_gnuplot (dir, script->str);
  lines = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, G_N_ELEMENTS (texts) + 1);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *clean = vs_gnuplot_clean_text (texts[i]);

      g_assert_cmpstr (lines[i], ==, clean);
    }
  g_assert_cmpuint (plot_test_count_files (dir), ==, 0);
  plot_test_remove_dir (dir);
}

static void
test_trap_markup (void)
{
  static const char * const texts[] = {
    "x^{2} and H_2O", "@a &{b} ~c{.8-}", "back\\slash \\n", "{braces} and ^caret",
  };
  g_autofree char *dir = plot_test_make_dir ();

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      /* Before: enhanced text mode swallows the markup. After: printed as written. */
      g_assert_false (title_prints_literally (dir, texts[i], ""));
      g_assert_true (title_prints_literally (dir, texts[i], "noenhanced"));
    }
  g_assert_cmpuint (plot_test_count_files (dir), ==, 0);
  plot_test_remove_dir (dir);
}

static gboolean
tic_label_prints_literally (const char *dir,
                            const char *label,
                            gboolean    as_tic_label)
{
  g_autoptr(GString) script = g_string_new ("set terminal svg size 400,300 noenhanced\n"
                                            "set output\nset xtics (");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  char *out;
  PlotTestSvg svg;
  gboolean literal;

  if (as_tic_label)
    vs_gnuplot_append_quoted_tic_label (script, label);
  else
    vs_gnuplot_append_quoted (script, label);
  g_string_append (script, " 0.5)\nplot x notitle\n");
  out = run_gnuplot (dir, script->str);
  bytes = g_bytes_new_take (out, strlen (out));
  if (strlen (out) == 0)
    return FALSE;     /* "Bad format character": no plot at all */
  g_assert_true (plot_test_parse_svg (bytes, &svg, &error));
  g_assert_no_error (error);
  literal = plot_test_svg_has_text (&svg, label);
  plot_test_svg_clear (&svg);
  return literal;
}

static void
test_trap_tic_format (void)
{
  static const char * const labels[] = { "Target 90% met", "50%s done", "100%" };
  g_autofree char *dir = plot_test_make_dir ();

  /* Explicit tic labels are printf formats for the tic's position. */
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_assert_false (tic_label_prints_literally (dir, labels[i], FALSE));
      g_assert_true (tic_label_prints_literally (dir, labels[i], TRUE));
    }
  plot_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plot/quote/strings", test_quote);
  g_test_add_func ("/plot/quote/invalid-utf8", test_quote_invalid_utf8);
  g_test_add_func ("/plot/quote/length", test_quote_length);
  g_test_add_func ("/plot/quote/numbers", test_numbers);
  g_test_add_func ("/plot/quote/terminator", test_terminator);
  g_test_add_func ("/plot/quote/round-trip", test_round_trip);
  g_test_add_func ("/plot/quote/traps", test_traps);
  g_test_add_func ("/plot/quote/trap-datablock", test_trap_datablock);
  g_test_add_func ("/plot/quote/trap-markup", test_trap_markup);
  g_test_add_func ("/plot/quote/trap-tic-format", test_trap_tic_format);

  return g_test_run ();
}
