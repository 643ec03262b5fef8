/* bench-import.c: a million-row extract imported against sqlite3's own .import, the peak
 * memory of that import, a 200-indicator x 13-month workbook, and an Excel 97-2003 file read
 * through the XLS reader process
 *
 * Usage: bench-import VITAL_SIGNS_BINARY [ROWS]
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "vs-importer.h"
#include "vs-reader.h"
#include "vs-store.h"

#define INDICATORS 1000
#define LOCALITIES 10

static const char * const locality_names[LOCALITIES] = {
  "County", "Breckland", "Broadland", "Great Yarmouth", "King's Lynn", "North Norfolk",
  "Norwich", "South Norfolk", "West", "North",
};

/* The long extract: indicator, locality, month, with a percentage and its parts. Figures
 * move a little from month to month, as real ones do, so that the checks have work but
 * find nothing to warn about. */
static void
write_long_csv (const char *path,
                guint       rows)
{
  FILE *f = fopen (path, "w");
  guint months = rows / (INDICATORS * LOCALITIES);
  guint written = 0;

  g_assert_nonnull (f);
  fputs ("ref,indicator,locality,period,value,numerator,denominator\n", f);
  for (guint i = 0; i < INDICATORS && written < rows; i++)
    for (guint l = 0; l < LOCALITIES && written < rows; l++)
      for (guint m = 0; m < months && written < rows; m++, written++)
        {
          int year = 2010 + (int) (m / 12), month = (int) (m % 12) + 1;
          int den = 400 + (int) ((i * 7 + l * 13) % 200);
          int num = den * (60 + (int) ((i + l) % 30)) / 100 + (int) ((m * 5 + i) % 7);
          fprintf (f, "B%u,Benchmark indicator %u,%s,%04d-%02d,%.1f,%d,%d\n", i + 1, i + 1,
                   locality_names[l], year, month, num * 100.0 / den, num, den);
        }
  fclose (f);
}

static double
now_s (void)
{
  return g_get_monotonic_time () / 1e6;
}

/* Runs @argv, returns its wall time; @max_rss_kb gets its peak resident memory and
 * @cpu_s its user and system time. */
static double
run_child (char * const *argv,
           long         *max_rss_kb,
           double       *cpu_s)
{
  double start = now_s ();
  struct rusage usage;
  int status = 0;
  pid_t pid = fork ();

  if (pid == 0)
    {
      int devnull = open ("/dev/null", O_WRONLY);
      dup2 (devnull, STDOUT_FILENO);
      execv (argv[0], argv);
      _exit (127);
    }
  g_assert_cmpint (pid, >, 0);
  g_assert_cmpint (wait4 (pid, &status, 0, &usage), ==, pid);
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("%s exited with status %d", argv[0], status);
  if (max_rss_kb)
    *max_rss_kb = usage.ru_maxrss;
  if (cpu_s)
    *cpu_s = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
             usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
  return now_s () - start;
}

static void
remove_database (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (gsize i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_unlink (file);
    }
}

static char *
find_sqlite3 (void)
{
  char *path = g_find_program_in_path ("sqlite3");

  if (path == NULL)
    g_error ("sqlite3 is not installed (Debian package sqlite3)");
  return path;
}

/* 200 indicators by 13 months, as an officer's dashboard: a title row, a header of month
 * dates, percentages in percent-formatted cells and counts, targets. */
static void
write_xlsx (const char *path)
{
  lxw_workbook *workbook = workbook_new (path);
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, "Vital signs");
  lxw_format *percent = workbook_add_format (workbook);
  lxw_format *month = workbook_add_format (workbook);
  lxw_datetime date = { 2016, 11, 1, 0, 0, 0 };

  format_set_num_format (percent, "0.0%");
  format_set_num_format (month, "mmm-yy");
  worksheet_write_string (sheet, 0, 0, "Performance dashboard", NULL);
  worksheet_write_string (sheet, 1, 0, "Ref", NULL);
  worksheet_write_string (sheet, 1, 1, "Indicator", NULL);
  worksheet_write_string (sheet, 1, 2, "Polarity", NULL);
  for (int m = 0; m < 13; m++)
    {
      worksheet_write_datetime (sheet, 1, 3 + m, &date, month);
      if (++date.month > 12)
        date.month = 1, date.year++;
    }
  worksheet_write_string (sheet, 1, 16, "Target", NULL);
  for (int i = 0; i < 200; i++)
    {
      char ref[16], title[64];
      gboolean pct = i % 2 == 0;

      g_snprintf (ref, sizeof ref, "X%d", i + 1);
      g_snprintf (title, sizeof title, "%s indicator %d", pct ? "% of children in" : "Number of", i + 1);
      worksheet_write_string (sheet, 2 + i, 0, ref, NULL);
      worksheet_write_string (sheet, 2 + i, 1, title, NULL);
      worksheet_write_string (sheet, 2 + i, 2, pct ? "Bigger" : "Smaller", NULL);
      for (int m = 0; m < 13; m++)
        {
          if (pct)
            worksheet_write_number (sheet, 2 + i, 3 + m, 0.6 + 0.01 * ((i + m) % 9), percent);
          else
            worksheet_write_number (sheet, 2 + i, 3 + m, 400 + (i * 3 + m) % 25, NULL);
        }
      if (pct)
        worksheet_write_number (sheet, 2 + i, 16, 0.9, percent);
      else
        worksheet_write_number (sheet, 2 + i, 16, 410, NULL);
    }
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);
}

static double
time_xlsx_import (const char *dir,
                  const char *xlsx,
                  int         round)
{
  g_autofree char *db = g_strdup_printf ("%s/xlsx-%d.db", dir, round);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsStore) store = vs_store_open (db, &error);
  g_autoptr(VsImportSummary) summary = NULL;
  double start;

  g_assert_no_error (error);
  start = now_s ();
  if (!vs_import_file (store, xlsx, NULL, &summary, &error))
    g_error ("%s", error->message);
  if (summary->values_added != 200 * 13)
    g_error ("the workbook gave %u figures, not %d", summary->values_added, 200 * 13);
  return now_s () - start;
}

/* The XLS fixture of the tests (two small sheets) read whole: what FreeXL in a process of
 * its own costs, start to finish, on a file of the size an officer's XLS extract often is. */
static double
time_xls_read (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsWorkbook) workbook = NULL;
  double start = now_s ();

  workbook = vs_reader_read_file (VS_BENCH_XLS, &error);
  if (workbook == NULL)
    g_error ("%s", error->message);
  if (workbook->sheets->len != 2)
    g_error ("%s gave %u sheets, not 2", VS_BENCH_XLS, workbook->sheets->len);
  return now_s () - start;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double da = *(const double *) a, db = *(const double *) b;
  return (da > db) - (da < db);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      g_unlink (child);
    }
  g_rmdir (path);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL, *csv = NULL, *db = NULL, *bare = NULL, *xlsx = NULL;
  g_autofree char *sqlite3 = find_sqlite3 ();
  g_autofree char *import_arg = NULL;
  guint rows = argc > 2 ? (guint) atoi (argv[2]) : 1000000;
  double ours, theirs, ours_cpu, theirs_cpu, xlsx_times[7], xls_times[21];
  long rss_kb = 0;

  if (argc < 2)
    {
      g_printerr ("usage: %s VITAL_SIGNS_BINARY [ROWS]\n", argv[0]);
      return 2;
    }
  dir = g_dir_make_tmp ("vs-bench-import-XXXXXX", &error);
  g_assert_no_error (error);
  csv = g_build_filename (dir, "extract.csv", NULL);
  db = g_build_filename (dir, "import.db", NULL);
  bare = g_build_filename (dir, "sqlite3.db", NULL);
  xlsx = g_build_filename (dir, "dashboard.xlsx", NULL);

  write_long_csv (csv, rows);

  /* sqlite3's own import into a bare table is the floor for getting these bytes into a
   * database file; ours runs in a process of its own, so that its peak memory is its
   * alone. Each runs three times, turn about, into a new file: the best of each is the
   * figure, as other work on the machine only ever slows a run down. */
  ours = theirs = ours_cpu = theirs_cpu = G_MAXDOUBLE;
  import_arg = g_strdup_printf (".import %s t", csv);
  for (int round = 0; round < 3; round++)
    {
      char *sqlite_args[] = { sqlite3, bare, (char *) ".mode csv", import_arg, NULL };
      char *our_args[] = { argv[1], (char *) "--db", db, (char *) "import", (char *) "--layout",
                           (char *) "long", csv, NULL };
      long rss = 0;
      double cpu = 0, wall;

      remove_database (bare);
      wall = run_child (sqlite_args, NULL, &cpu);
      theirs = MIN (theirs, wall);
      theirs_cpu = MIN (theirs_cpu, cpu);

      remove_database (db);
      wall = run_child (our_args, &rss, &cpu);
      ours = MIN (ours, wall);
      ours_cpu = MIN (ours_cpu, cpu);
      rss_kb = MAX (rss_kb, rss);
    }

  for (int i = 0; i < (int) G_N_ELEMENTS (xlsx_times); i++)
    {
      write_xlsx (xlsx);
      xlsx_times[i] = time_xlsx_import (dir, xlsx, i);
    }
  qsort (xlsx_times, G_N_ELEMENTS (xlsx_times), sizeof (double), compare_doubles);
  for (int i = 0; i < (int) G_N_ELEMENTS (xls_times); i++)
    xls_times[i] = time_xls_read ();
  qsort (xls_times, G_N_ELEMENTS (xls_times), sizeof (double), compare_doubles);

  printf ("bench import-1M-s %.2f s\n", ours);
  printf ("bench sqlite3-import-1M-s %.2f s\n", theirs);
  printf ("bench import-vs-sqlite3 %.2f ratio\n", ours / theirs);
  printf ("bench import-1M-cpu-s %.2f s\n", ours_cpu);
  printf ("bench sqlite3-import-1M-cpu-s %.2f s\n", theirs_cpu);
  printf ("bench import-1M-peak-rss-mb %.0f MB\n", rss_kb / 1024.0);
  printf ("bench import-xlsx-200x13-ms %.1f ms\n", xlsx_times[G_N_ELEMENTS (xlsx_times) / 2] * 1000);
  printf ("bench xls-read-ms %.2f ms\n", xls_times[G_N_ELEMENTS (xls_times) / 2] * 1000);

  remove_tree (dir);
  return 0;
}
