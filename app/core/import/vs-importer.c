/* vs-importer.c: read, lay out, match, validate, then write in one transaction
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n.h>

#include "vs-enum-names.h"
#include "vs-benchmarks.h"
#include "vs-import-private.h"
#include "vs-read-private.h"
#include "vs-reader.h"

G_DEFINE_QUARK (vs-import-error-quark, vs_import_error)

VS_DEFINE_ENUM_NAMES (VsLayout, vs_layout, VS_TYPE_LAYOUT)

/* A CSV or text file is one table: no sheet to name in messages. */
gboolean
vs_import_format_has_sheets (const char *format)
{
  return format != NULL && !g_str_equal (format, "csv");
}

static void
indicator_report_free (VsImportIndicatorReport *report)
{
  g_free (report->ref);
  g_free (report->title);
  g_free (report->area);
  g_free (report->matched_by);
  g_clear_pointer (&report->changes, g_ptr_array_unref);
  g_free (report);
}

void
vs_import_summary_free (VsImportSummary *summary)
{
  if (summary == NULL)
    return;
  g_free (summary->file);
  g_free (summary->sheet);
  g_strfreev (summary->sheets);
  g_free (summary->format);
  g_free (summary->layout);
  g_free (summary->sha256);
  g_clear_pointer (&summary->indicators, g_ptr_array_unref);
  g_clear_pointer (&summary->changes, g_ptr_array_unref);
  g_clear_pointer (&summary->localities_new, g_ptr_array_unref);
  g_clear_pointer (&summary->authorities, g_ptr_array_unref);
  vs_authority_free (summary->authority);
  g_clear_pointer (&summary->warnings, g_ptr_array_unref);
  g_clear_pointer (&summary->errors, g_ptr_array_unref);
  g_free (summary);
}

/* Hashed after the file was checked and read: never a FIFO, never more than a kind's cap. */
static char *
sha256_of_file (const char  *path,
                GError     **error)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree guint8 *buf = NULL;
  VsReadContext ctx;
  guint64 size;
  gssize n = 0;
  int fd;

  vs_read_context_init (&ctx, path, NULL);
  fd = vs_read_open_regular (&ctx, path, &size, error);
  if (fd >= 0)
    {
      buf = g_malloc (256 * 1024);
      while ((n = read (fd, buf, 256 * 1024)) != 0)
        {
          if (n < 0 && errno == EINTR)
            continue;
          if (n < 0)
            {
              vs_read_fail (&ctx, error, VS_READ_ERROR_IO, _("cannot be read: %s"),
                            g_strerror (errno));
              break;
            }
          g_checksum_update (checksum, buf, n);
        }
      close (fd);
    }
  vs_read_context_clear (&ctx);
  if (fd < 0 || n != 0)
    return NULL;
  return g_strdup (g_checksum_get_string (checksum));
}

static char *
sheet_name_for (const char *path)
{
  g_autofree char *base = g_filename_display_basename (path);
  const char *dot = strrchr (base, '.');

  return dot && dot != base ? g_strndup (base, (gsize) (dot - base)) : g_strdup (base);
}

typedef struct {
  VsLayoutParser *parser;
  const char     *base;
  char            delimiter;
} TextFeed;

static const char *
delimiter_name (char delimiter)
{
  switch (delimiter)
    {
    case '\t':
      /* TRANSLATORS: the tab character, as a CSV file's delimiter */
      return _("tab");
    case ';':
      return "“;”";
    case '|':
      return "“|”";
    case ',':
    default:
      return "“,”";
    }
}

/* A file whose delimiter changes part way down (commas in the header, semicolons below)
 * reads each later line as one field: that field would become an indicator titled with
 * the whole line. A lone field where the header has several, which splits on another
 * delimiter into at least three (or the header's number of) fields, is refused instead.
 * A lone quoted heading with one comma or semicolon in it is not. */
static gboolean
check_delimiter (TextFeed      *feed,
                 guint          row,
                 const VsCell  *cells,
                 guint          n_cells,
                 GError       **error)
{
  static const char candidates[] = { ';', '\t', ',' };
  guint width;

  if (n_cells != 1 || cells[0].kind != VS_CELL_STRING || cells[0].text == NULL)
    return TRUE;
  width = vs_layout_parser_header_width (feed->parser);
  if (width < 2)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      guint fields = 1;

      if (candidates[i] == feed->delimiter)
        continue;
      for (const char *p = cells[0].text; *p != '\0'; p++)
        fields += *p == candidates[i];
      if (fields >= MIN (3u, width))
        {
          g_set_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_READ,
                       _("%s: row %u has 1 column but the header has %u: is it "
                         "separated by %s instead of %s?"),
                       feed->base, row + 1, width,
                       delimiter_name (candidates[i]), delimiter_name (feed->delimiter));
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
feed_row_cb (guint          row,
             const VsCell  *cells,
             guint          n_cells,
             gpointer       user_data,
             GError       **error)
{
  TextFeed *feed = user_data;

  if (!check_delimiter (feed, row, cells, n_cells, error))
    return FALSE;
  return vs_layout_parser_feed (feed->parser, row, cells, n_cells, error);
}

static gboolean
feed_sheet (VsLayoutParser  *parser,
            const VsSheet   *sheet,
            GError         **error)
{
  g_autoptr(GArray) cells = g_array_new (FALSE, TRUE, sizeof (VsCell));
  guint n_rows = vs_sheet_get_n_rows (sheet);

  for (guint r = 0; r < n_rows; r++)
    {
      guint n = vs_sheet_get_n_cols (sheet, r);

      g_array_set_size (cells, n);
      for (guint c = 0; c < n; c++)
        g_array_index (cells, VsCell, c) = *vs_sheet_get_cell (sheet, r, c);
      if (!vs_layout_parser_feed (parser, r, (VsCell *) (void *) cells->data, n, error))
        return FALSE;
    }
  return vs_layout_parser_finish (parser, error);
}

static const char *
layout_hint (void)
{
  return _("expected a header row naming the columns (such as Ref, Indicator, Period, Value), "
           "or a row of periods (such as Nov 16, Dec 16, …) above the indicators");
}

/* Reads the file into a job: streamed when it is text, else through the readers, trying
 * each sheet (or the one asked for) until one has a header row of a layout we know. */
static VsImportJob *
read_job (VsStore                *store,
          const char             *path,
          const VsImportOptions  *options,
          char                  **sha256,
          GError                **error)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(VsImportJob) job = NULL;
  g_autoptr(VsLayoutParser) parser = NULL;
  g_autoptr(VsWorkbook) workbook = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *sheet_name = sheet_name_for (path);
  g_autofree char *base = g_filename_display_basename (path);
  gboolean not_text = FALSE;
  TextFeed feed = { NULL, base, ',' };

  job = vs_import_job_new (store, path, sheet_name, "csv", options);
  parser = vs_layout_parser_new (job);
  feed.parser = parser;
  if (vs_csv_stream_file (path, feed_row_cb, &feed, checksum, &feed.delimiter, &not_text,
                          &local_error))
    {
      *sha256 = g_strdup (g_checksum_get_string (checksum));
      if (!vs_layout_parser_finish (parser, error))
        return NULL;
      if (!vs_layout_parser_has_header (parser))
        {
          g_set_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_LAYOUT,
                       _("%s: no header row in the first rows; %s"), base, layout_hint ());
          return NULL;
        }
      return g_steal_pointer (&job);
    }
  if (!not_text)
    {
      g_set_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_READ, "%s", local_error->message);
      return NULL;
    }
  g_clear_pointer (&parser, vs_layout_parser_free);
  g_clear_pointer (&job, vs_import_job_free);

  workbook = vs_reader_read_file (path, &local_error);
  if (workbook == NULL)
    {
      g_set_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_READ, "%s", local_error->message);
      return NULL;
    }
  if ((*sha256 = sha256_of_file (path, &local_error)) == NULL)
    {
      g_set_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_READ, "%s", local_error->message);
      return NULL;
    }

  for (guint i = 0; i < workbook->sheets->len; i++)
    {
      VsSheet *sheet = g_ptr_array_index (workbook->sheets, i);
      const char *name = vs_sheet_get_name (sheet);

      if (options->sheet != NULL && g_utf8_collate (name, options->sheet) != 0)
        {
          g_autofree char *a = g_utf8_casefold (name, -1);
          g_autofree char *b = g_utf8_casefold (options->sheet, -1);
          if (!g_str_equal (a, b))
            continue;
        }
      job = vs_import_job_new (store, path, name, workbook->format, options);
      parser = vs_layout_parser_new (job);
      if (!feed_sheet (parser, sheet, error))
        return NULL;
      if (vs_layout_parser_has_header (parser))
        {
          job->sheets = g_new0 (char *, workbook->sheets->len + 1);
          for (guint k = 0; k < workbook->sheets->len; k++)
            job->sheets[k] = g_strdup (vs_sheet_get_name (g_ptr_array_index (workbook->sheets, k)));
          return g_steal_pointer (&job);
        }
      if (options->sheet != NULL)
        {
          g_autoptr(GPtrArray) asked = g_ptr_array_new ();
          g_autofree char *why = NULL;

          g_ptr_array_add (asked, sheet);
          why = vs_import_explain_unreadable (base, asked);
          g_set_error_literal (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_LAYOUT, why);
          return NULL;
        }
      g_clear_pointer (&parser, vs_layout_parser_free);
      g_clear_pointer (&job, vs_import_job_free);
    }

  if (options->sheet != NULL)
    {
      g_autoptr(GString) names = g_string_new (NULL);
      for (guint i = 0; i < workbook->sheets->len; i++)
        g_string_append_printf (names, "%s“%s”", i ? ", " : "",
                                vs_sheet_get_name (g_ptr_array_index (workbook->sheets, i)));
      g_set_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_OPTION,
                   _("%s has no sheet “%s”; expected one of %s"), base, options->sheet,
                   names->str);
      return NULL;
    }
  {
    /* Title rows above a header are skipped already: these sheets hold no figures (a
     * list of children, inspection judgements, notes). Say so, sheet by sheet. */
    g_autofree char *why = vs_import_explain_unreadable (base, workbook->sheets);
    g_set_error_literal (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_LAYOUT, why);
  }
  return NULL;
}

static int
compare_messages (gconstpointer a,
                  gconstpointer b)
{
  const VsImportMessage *ma = *(VsImportMessage * const *) a;
  const VsImportMessage *mb = *(VsImportMessage * const *) b;

  if (ma->row != mb->row)
    return ma->row < mb->row ? -1 : 1;
  return (ma->column > mb->column) - (ma->column < mb->column);
}

static int
compare_authorities (gconstpointer a,
                     gconstpointer b)
{
  const VsAuthority *aa = *(const VsAuthority * const *) a;
  const VsAuthority *ab = *(const VsAuthority * const *) b;
  return g_utf8_collate (aa->name, ab->name);
}

static VsImportSummary *
make_summary (VsImportJob           *job,
              const VsImportOptions *options,
              const char            *sha256)
{
  VsImportSummary *summary = g_new0 (VsImportSummary, 1);

  summary->file = g_strdup (job->path);
  summary->sheet = g_strdup (job->sheet);
  summary->sheets = g_strdupv (job->sheets);
  summary->format = g_strdup (job->format);
  summary->layout = g_strdup (vs_layout_to_string (job->layout));
  summary->sha256 = g_strdup (sha256);
  summary->dry_run = options->dry_run;
  summary->rows = job->rows;
  summary->rows_skipped = job->rows_skipped;
  summary->indicators_matched = job->indicators_matched;
  summary->indicators_updated = job->indicators_updated;
  summary->indicators_created = job->indicators_created;
  summary->values_added = job->values_added;
  summary->values_changed = job->values_changed;
  summary->values_unchanged = job->values_unchanged;
  summary->benchmarks_added = job->benchmarks_added;
  summary->benchmarks_changed = job->benchmarks_changed;
  summary->benchmarks_unchanged = job->benchmarks_unchanged;
  summary->commentary_added = job->commentary_added;
  summary->actions_added = job->actions_added;
  summary->actions_updated = job->actions_updated;
  summary->localities_created = job->localities_created;
  summary->localities_new = g_ptr_array_ref (job->new_localities);
  summary->peers_added = job->peers_added;
  summary->peers_changed = job->peers_changed;
  summary->peers_unchanged = job->peers_unchanged;
  summary->authorities = g_ptr_array_new_with_free_func ((GDestroyNotify) vs_authority_free);
  for (guint i = 0; i < job->peer_areas->len; i++)
    {
      VsFilePeerArea *area = g_ptr_array_index (job->peer_areas, i);
      VsAuthority *authority;

      if (area->level != VS_PEER_AUTHORITY)
        continue;
      authority = vs_authority_new (area->code, area->name, area->new_code, area->region);
      if (job->n_errors == 0 && summary->authority == NULL &&
          g_strcmp0 (area->name, job->authority) == 0)
        summary->authority = vs_authority_copy (authority);
      g_ptr_array_add (summary->authorities, authority);
    }
  g_ptr_array_sort (summary->authorities, compare_authorities);
  summary->n_warnings = job->n_warnings;
  summary->n_errors = job->n_errors;
  /* In the order of the file, as a person goes through it to fix it. */
  g_ptr_array_sort (job->warnings, compare_messages);
  g_ptr_array_sort (job->errors, compare_messages);
  summary->warnings = g_ptr_array_ref (job->warnings);
  summary->errors = g_ptr_array_ref (job->errors);
  summary->changes = g_ptr_array_ref (job->changes);
  summary->indicators = g_ptr_array_new_with_free_func ((GDestroyNotify) indicator_report_free);

  for (guint i = 0; i < job->indicators->len; i++)
    {
      VsFileIndicator *fi = g_ptr_array_index (job->indicators, i);
      VsImportIndicatorReport *report;

      if (fi->slot != i)
        continue;
      report = g_new0 (VsImportIndicatorReport, 1);
      report->ref = g_strdup (fi->result->ref);
      report->title = g_strdup (fi->result->title);
      report->area = g_strdup (fi->result->area);
      report->outcome = !fi->exists ? VS_IMPORT_CREATED
                        : fi->changes->len > 0 ? VS_IMPORT_UPDATED : VS_IMPORT_MATCHED;
      report->matched_by = g_strdup (fi->matched_by);
      report->changes = g_ptr_array_ref (fi->changes);
      report->added = fi->added;
      report->changed = fi->changed;
      report->unchanged = fi->unchanged;
      g_ptr_array_add (summary->indicators, report);
    }
  return summary;
}

static gboolean
anything_to_write (VsImportJob *job)
{
  return job->values_added || job->values_changed || job->indicators_created ||
         job->indicators_updated || job->benchmarks_added || job->benchmarks_changed ||
         job->commentary_added || job->actions_added || job->actions_updated ||
         job->localities_created || job->peers_added || job->peers_changed;
}

/* Inside the import's transaction: the home authority the caller chose from this file, and
 * the comparators, which follow every change of the peer figures or of the home. */
static gboolean
keep_home_and_comparators (VsStore                *store,
                           VsImportJob            *job,
                           const VsImportOptions  *options,
                           const char             *sha256,
                           VsImportSummary       **result,
                           GError                **error)
{
  VsImportSummary *s = *result = make_summary (job, options, sha256);

  if (options->set_home && s->authority != NULL)
    {
      if (!vs_store_set_home (store, s->authority, error))
        return FALSE;
      s->home_saved = TRUE;
    }
  if (!s->home_saved && job->peers_added == 0 && job->peers_changed == 0)
    return TRUE;
  if (!vs_benchmarks_refresh (store, &s->comparators, error))
    {
      g_prefix_error (error, _("the comparators could not be computed: "));
      return FALSE;
    }
  return TRUE;
}

gboolean
vs_import_undo (VsStore  *store,
                gint64    import_id,
                GError  **error)
{
  g_return_val_if_fail (VS_IS_STORE (store), FALSE);

  if (!vs_store_begin (store, error))
    return FALSE;
  /* Comparators whose figures remain are worked out again from them alone. */
  if (!vs_store_undo_import (store, import_id, error) ||
      !vs_benchmarks_refresh (store, NULL, error) ||
      !vs_store_commit (store, error))
    {
      vs_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

gboolean
vs_import_file (VsStore                *store,
                const char             *path,
                const VsImportOptions  *options,
                VsImportSummary       **summary,
                GError                **error)
{
  static const VsImportOptions defaults = { FALSE, NULL, VS_LAYOUT_AUTO, NULL, NULL, FALSE };
  g_autoptr(VsImportJob) job = NULL;
  g_autoptr(VsImportSummary) result = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *sha256 = NULL;
  gboolean own_transaction, written;
  gint64 import_id = 0;
  gint64 started = g_get_monotonic_time (), read_done, planned;

  g_return_val_if_fail (VS_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (summary)
    *summary = NULL;
  if (options == NULL)
    options = &defaults;

  /* Reading the database (or its journal) here would close a descriptor on it, which
   * drops every SQLite lock this process holds on it: refuse before opening anything. */
  if (vs_store_is_own_file (store, path))
    {
      g_autofree char *base = g_path_get_basename (path);

      g_set_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_READ,
                   _("%s is the Vital Signs database itself (or one of its working files), not "
                     "a file of figures: it cannot be imported into itself"), base);
      return FALSE;
    }

  if ((job = read_job (store, path, options, &sha256, error)) == NULL)
    return FALSE;
  read_done = g_get_monotonic_time ();

  /* The plan compares the file with the store: for a real import it happens inside the
   * transaction that writes, so that nothing can change in between. */
  own_transaction = !options->dry_run && !vs_store_in_transaction (store);
  if (own_transaction && !vs_store_begin (store, error))
    return FALSE;

  if (!vs_match_resolve (job, error) || !vs_match_resolve_localities (job, error) ||
      !vs_validate_and_plan (job, error) || !vs_import_peers_plan (job, error))
    {
      if (own_transaction)
        vs_store_rollback (store);
      g_prefix_error (error, "%s: ", job->file);
      return FALSE;
    }
  planned = g_get_monotonic_time ();
  g_debug ("%s: %u figures read in %.3f s, checked and planned in %.3f s", job->file,
           job->figures->len, (read_done - started) / 1e6, (planned - read_done) / 1e6);

  if (job->n_errors > 0)
    {
      VsImportMessage *first;

      if (own_transaction)
        vs_store_rollback (store);
      result = make_summary (job, options, sha256);
      first = g_ptr_array_index (job->errors, 0);
      if (summary)
        *summary = g_steal_pointer (&result);
      g_set_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE, "%s: %u error, so nothing was imported: %s",
                                "%s: %u errors, so nothing was imported; the first: %s",
                                job->n_errors),
                   job->file, job->n_errors, first->text);
      return FALSE;
    }

  if (options->dry_run || (!anything_to_write (job) && !options->set_home))
    {
      if (own_transaction)
        vs_store_rollback (store);
      result = make_summary (job, options, sha256);
      if (summary)
        *summary = g_steal_pointer (&result);
      return TRUE;
    }

  /* Kept with the import in the order the summary shows them: the file's. */
  g_ptr_array_sort (job->warnings, compare_messages);
  /* A file already imported may still name the home authority being chosen. */
  written = anything_to_write (job);
  if ((written && !vs_import_write (job, sha256, &import_id, &local_error)) ||
      !keep_home_and_comparators (store, job, options, sha256, &result, &local_error) ||
      (own_transaction && !vs_store_commit (store, &local_error)))
    {
      if (own_transaction)
        vs_store_rollback (store);
      g_set_error (error, VS_IMPORT_ERROR, VS_IMPORT_ERROR_STORE,
                   _("%s could not be saved, so nothing was imported: %s"),
                   job->file, local_error->message);
      return FALSE;
    }

  g_debug ("%s: written in %.3f s", job->file, (g_get_monotonic_time () - planned) / 1e6);
  result->written = written;
  result->import_id = import_id;
  if (summary)
    *summary = g_steal_pointer (&result);
  return TRUE;
}
