/* vs-import-refusal.c: why a workbook with no header row Vital Signs knows cannot be read,
 * sheet by sheet, and what the officer can make of it instead
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "vs-import-private.h"

/* How far down a sheet its header is looked for, and how many rows below it are read to
 * say what the sheet holds. */
#define HEADER_SEARCH_ROWS 30
#define DATA_SAMPLE_ROWS   50

typedef enum {
  SHEET_NOTES,    /* no row that heads columns: a cover, contents or notes */
  SHEET_RECORDS,  /* a row per child or case ("Child Unique ID") */
  SHEET_WORDS,    /* columns of words and dates: judgements, names */
  SHEET_UNKNOWN,  /* figures under headings none of the layouts knows */
  N_SHEET_KINDS
} SheetKind;

typedef struct {
  GPtrArray *names;      /* of const char*: the sheets of this kind, in order */
  guint      row;        /* the first one's header row, 1-based */
  char      *headings;   /* its first headings: "Child Unique ID, Gender, Ethnicity, …" */
  char      *word;       /* SHEET_WORDS: a cell of its, as an example */
} KindReport;

static guint
count_filled (const VsSheet *sheet,
              guint          row,
              gboolean       strings_only)
{
  guint filled = 0;

  for (guint c = 0; c < vs_sheet_get_n_cols (sheet, row); c++)
    {
      const VsCell *cell = vs_sheet_get_cell (sheet, row, c);

      if (cell->kind == VS_CELL_STRING)
        filled += cell->text[0] != '\0';
      else if (!strings_only && cell->kind != VS_CELL_EMPTY)
        filled++;
    }
  return filled;
}

/* The first row of three headings or more with a row of as many cells under it. */
static gboolean
find_header (const VsSheet *sheet,
             guint         *header)
{
  guint n_rows = vs_sheet_get_n_rows (sheet);

  for (guint r = 0; r + 1 < n_rows && r < HEADER_SEARCH_ROWS; r++)
    {
      guint headings = count_filled (sheet, r, TRUE);

      if (headings >= 3 && count_filled (sheet, r + 1, FALSE) >= 3)
        {
          *header = r;
          return TRUE;
        }
    }
  return FALSE;
}

static char *
first_headings (const VsSheet *sheet,
                guint          row)
{
  GString *out = g_string_new (NULL);
  guint shown = 0, n = vs_sheet_get_n_cols (sheet, row);

  for (guint c = 0; c < n && shown < 3; c++)
    {
      const VsCell *cell = vs_sheet_get_cell (sheet, row, c);

      if (cell->kind != VS_CELL_STRING || cell->text[0] == '\0')
        continue;
      g_string_append_printf (out, "%s%s", shown++ ? ", " : "", cell->text);
    }
  if (n > shown)
    g_string_append (out, ", …");
  return g_string_free (out, FALSE);
}

/* A heading that names a person or a case, one per row: "Child Unique ID", "Person ID". */
static gboolean
heads_records (const VsSheet *sheet,
               guint          row)
{
  for (guint c = 0; c < vs_sheet_get_n_cols (sheet, row); c++)
    {
      const VsCell *cell = vs_sheet_get_cell (sheet, row, c);
      g_autofree char *folded = NULL;

      if (cell->kind != VS_CELL_STRING)
        continue;
      folded = g_utf8_casefold (cell->text, -1);
      g_strstrip (folded);
      if (g_str_has_suffix (folded, " id") || g_str_has_suffix (folded, " identifier") ||
          strstr (folded, "unique id") != NULL ||
          g_str_equal (folded, "upn") || strstr (folded, "case number") != NULL)
        return TRUE;
    }
  return FALSE;
}

/* What the rows under @header hold; *word is one of their words: the last of the first
 * row that has one, where a table of judgements keeps them ("Good"), past its names. */
static SheetKind
classify_rows (const VsSheet  *sheet,
               guint           header,
               char          **word)
{
  guint n_rows = vs_sheet_get_n_rows (sheet);
  guint numbers = 0;
  const char *last = NULL;

  for (guint r = header + 1; r < n_rows && r <= header + DATA_SAMPLE_ROWS; r++)
    for (guint c = 0; c < vs_sheet_get_n_cols (sheet, r); c++)
      {
        const VsCell *cell = vs_sheet_get_cell (sheet, r, c);

        if (cell->kind == VS_CELL_NUMBER)
          numbers++;
        else if (cell->kind == VS_CELL_STRING && cell->text[0] != '\0' &&
                 (last == NULL || r == header + 1))
          last = cell->text;
      }
  if (numbers > 0)
    return SHEET_UNKNOWN;
  *word = g_strdup (last);
  return SHEET_WORDS;
}

static char *
quoted_names (GPtrArray *names)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < names->len; i++)
    g_string_append_printf (out, "%s“%s”", i == 0 ? "" : i + 1 == names->len ? _(" and ") : ", ",
                            (const char *) g_ptr_array_index (names, i));
  return g_string_free (out, FALSE);
}

static void
say_kind (GString    *out,
          SheetKind   kind,
          KindReport *report)
{
  g_autofree char *names = quoted_names (report->names);
  guint n = report->names->len;

  g_string_append_c (out, ' ');
  switch (kind)
    {
    case SHEET_RECORDS:
      g_string_append_printf (out,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "Sheet %s lists one child or case per row (row %u: "
                                           "%s), not figures.",
                                           "Sheets %s list one child or case per row (the "
                                           "first headed in row %u: %s), not figures.", n),
                              names, report->row, report->headings);
      break;
    case SHEET_WORDS:
      g_string_append_printf (out,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "Sheet %s has a header in row %u (%s), but words "
                                           "and dates under it (such as “%s”), not figures.",
                                           "Sheets %s have a header (the first in row %u: %s), "
                                           "but words and dates under it (such as “%s”), not "
                                           "figures.", n),
                              names, report->row, report->headings,
                              report->word ? report->word : "");
      break;
    case SHEET_UNKNOWN:
      g_string_append_printf (out,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "Sheet %s has a header in row %u (%s) naming no "
                                           "column Vital Signs knows.",
                                           "Sheets %s have a header (the first in row %u: %s) "
                                           "naming no column Vital Signs knows.", n),
                              names, report->row, report->headings);
      break;
    case SHEET_NOTES:
      g_string_append_printf (out,
                              g_dngettext (GETTEXT_PACKAGE, "Sheet %s holds notes, not a table.",
                                           "Sheets %s hold notes, not a table.", n),
                              names);
      break;
    case N_SHEET_KINDS:
      g_return_if_reached ();
    }
}

char *
vs_import_explain_unreadable (const char *base,
                              GPtrArray  *sheets)
{
  KindReport reports[N_SHEET_KINDS] = { { 0 } };
  /* Said in this order: what the officer most likely meant to import first. */
  static const SheetKind order[] = { SHEET_RECORDS, SHEET_WORDS, SHEET_UNKNOWN, SHEET_NOTES };
  gboolean records = FALSE;
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (base != NULL && sheets != NULL, NULL);

  for (guint i = 0; i < N_SHEET_KINDS; i++)
    reports[i].names = g_ptr_array_new ();

  for (guint i = 0; i < sheets->len; i++)
    {
      const VsSheet *sheet = g_ptr_array_index (sheets, i);
      g_autofree char *word = NULL;
      SheetKind kind = SHEET_NOTES;
      KindReport *report;
      guint header = 0;

      if (find_header (sheet, &header))
        kind = heads_records (sheet, header) ? SHEET_RECORDS : classify_rows (sheet, header, &word);
      report = &reports[kind];
      if (report->names->len == 0 && kind != SHEET_NOTES)
        {
          report->row = header + 1;
          report->headings = first_headings (sheet, header);
          report->word = g_steal_pointer (&word);
        }
      g_ptr_array_add (report->names, (gpointer) vs_sheet_get_name (sheet));
    }

  g_string_append_printf (out,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "%s: no figures Vital Signs can read.",
                                       "%s: none of its %u sheets holds figures Vital Signs "
                                       "can read.", sheets->len),
                          base, sheets->len);
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if (reports[order[i]].names->len > 0)
      say_kind (out, order[i], &reports[order[i]]);
  records = reports[SHEET_RECORDS].names->len > 0;
  g_string_append_c (out, ' ');
  g_string_append (out, records
                   ? _("Vital Signs imports figures per indicator and period: count the rows "
                       "per month first (a pivot table does it) into columns such as Indicator, "
                       "Period and Value, and import that.")
                   : _("Vital Signs imports figures per indicator and period: expected a header "
                       "row naming the columns (such as Ref, Indicator, Period, Value), or a row "
                       "of periods (such as Nov 16, Dec 16, …) above the indicators."));

  for (guint i = 0; i < N_SHEET_KINDS; i++)
    {
      g_ptr_array_unref (reports[i].names);
      g_free (reports[i].headings);
      g_free (reports[i].word);
    }
  return g_string_free (out, FALSE);
}
