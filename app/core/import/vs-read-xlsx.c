/* vs-read-xlsx.c: XLSX packages: relationships, the workbook, then each worksheet
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "vs-read-xlsx.h"

#include <glib/gi18n.h>
#include <string.h>

typedef struct {
  char *id;
  char *type;    /* the last segment of the type URI: "worksheet", "styles" */
  char *target;  /* the part, resolved from the package root, no leading slash */
} Rel;

typedef struct {
  char    *name;
  char    *rel_id;
  gboolean hidden;
} SheetRef;

static void
rel_free (gpointer data)
{
  Rel *rel = data;

  g_free (rel->id);
  g_free (rel->type);
  g_free (rel->target);
  g_free (rel);
}

static void
sheet_ref_free (gpointer data)
{
  SheetRef *ref = data;

  g_free (ref->name);
  g_free (ref->rel_id);
  g_free (ref);
}

/* "xl/" and "../media/x.png" give "media/x.png"; NULL when it climbs out of the package. */
static char *
resolve_target (const char *base_dir,
                const char *target)
{
  g_autofree char *unescaped = g_uri_unescape_string (target, NULL);
  g_autofree char *joined = NULL;
  g_auto(GStrv) segments = NULL;
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  if (unescaped != NULL)
    target = unescaped;
  joined = target[0] == '/' ? g_strdup (target + 1) : g_strconcat (base_dir, target, NULL);
  segments = g_strsplit (joined, "/", -1);
  for (guint i = 0; segments[i] != NULL; i++)
    {
      if (segments[i][0] == '\0' || g_str_equal (segments[i], "."))
        continue;
      if (g_str_equal (segments[i], ".."))
        {
          if (kept->len == 0)
            return NULL;
          g_ptr_array_remove_index (kept, kept->len - 1);
          continue;
        }
      g_ptr_array_add (kept, segments[i]);
    }
  if (kept->len == 0)
    return NULL;
  g_ptr_array_add (kept, NULL);
  return g_strjoinv ("/", (char **) kept->pdata);
}

/* The relationships of @source ("" for the package): xl/workbook.xml has its own in
 * xl/_rels/workbook.xml.rels. A part without them has none. */
static GPtrArray *
read_rels (VsXlsx      *xlsx,
           const char  *source,
           GError     **error)
{
  g_autoptr(GPtrArray) rels = g_ptr_array_new_with_free_func (rel_free);
  g_autofree char *dir = NULL;
  g_autofree char *rels_part = NULL;
  g_autoptr(VsXml) xml = NULL;
  const char *slash = strrchr (source, '/');
  int rc;

  dir = slash != NULL ? g_strndup (source, (gsize) (slash - source + 1)) : g_strdup ("");
  rels_part = g_strconcat (dir, "_rels/", slash != NULL ? slash + 1 : source, ".rels", NULL);
  if (!vs_zip_has (xlsx->zip, rels_part))
    return g_steal_pointer (&rels);
  if ((xml = vs_xml_open (xlsx->zip, rels_part, error)) == NULL)
    return NULL;

  while ((rc = vs_xml_read (xml, error)) == 1)
    {
      g_autofree char *id = NULL;
      g_autofree char *type = NULL;
      g_autofree char *target = NULL;
      g_autofree char *mode = NULL;
      Rel *rel;

      if (!vs_xml_is_element (xml, "Relationship"))
        continue;
      id = vs_xml_get_attribute (xml, "Id");
      type = vs_xml_get_attribute (xml, "Type");
      target = vs_xml_get_attribute (xml, "Target");
      mode = vs_xml_get_attribute (xml, "TargetMode");
      if (id == NULL || type == NULL || target == NULL
          || (mode != NULL && g_ascii_strcasecmp (mode, "External") == 0))
        continue;
      rel = g_new0 (Rel, 1);
      rel->id = g_steal_pointer (&id);
      rel->type = g_strdup (strrchr (type, '/') != NULL ? strrchr (type, '/') + 1 : type);
      rel->target = resolve_target (dir, target);
      if (rel->target == NULL)
        {
          rel_free (rel);
          continue;
        }
      g_ptr_array_add (rels, rel);
    }
  return rc == 0 ? g_steal_pointer (&rels) : NULL;
}

static const Rel *
find_rel (GPtrArray  *rels,
          const char *id,
          const char *type)
{
  for (guint i = 0; i < rels->len; i++)
    {
      const Rel *rel = g_ptr_array_index (rels, i);

      if ((id == NULL || g_str_equal (rel->id, id))
          && (type == NULL || g_str_equal (rel->type, type)))
        return rel;
    }
  return NULL;
}

static gboolean
is_true (const char *value)
{
  return value != NULL && (g_str_equal (value, "1") || g_str_equal (value, "true"));
}

/* The sheets in order, and the date system. */
static GPtrArray *
read_workbook (VsXlsx      *xlsx,
               const char  *part,
               GError     **error)
{
  g_autoptr(GPtrArray) sheets = g_ptr_array_new_with_free_func (sheet_ref_free);
  g_autoptr(VsXml) xml = vs_xml_open (xlsx->zip, part, error);
  gboolean root = TRUE;
  int rc;

  if (xml == NULL)
    return NULL;
  while ((rc = vs_xml_read (xml, error)) == 1)
    {
      if (xmlTextReaderNodeType (vs_xml_get_reader (xml)) != XML_READER_TYPE_ELEMENT)
        continue;
      if (root && !vs_xml_is_element (xml, "workbook"))
        {
          vs_read_fail (xlsx->ctx, error, VS_READ_ERROR_FORMAT,
                        _("is an Office document but not a workbook (a Word or PowerPoint "
                          "file?)"));
          return NULL;
        }
      root = FALSE;
      if (vs_xml_is_element (xml, "workbookPr"))
        {
          g_autofree char *date1904 = vs_xml_get_attribute (xml, "date1904");

          xlsx->date1904 = is_true (date1904);
        }
      else if (vs_xml_is_element (xml, "sheet"))
        {
          SheetRef *ref = g_new0 (SheetRef, 1);
          g_autofree char *state = vs_xml_get_attribute (xml, "state");

          ref->name = vs_xml_get_attribute (xml, "name");
          ref->rel_id = vs_xml_get_attribute (xml, "id");
          ref->hidden = state != NULL && !g_str_equal (state, "visible");
          g_ptr_array_add (sheets, ref);
          if (!vs_read_check_sheets (xlsx->ctx, sheets->len - 1, ref->name, error))
            return NULL;
          if (ref->rel_id == NULL)
            {
              vs_read_fail (xlsx->ctx, error, VS_READ_ERROR_CORRUPT,
                            _("sheet “%s” in %s has no relationship id"),
                            ref->name != NULL ? ref->name : "", part);
              return NULL;
            }
        }
    }
  return rc == 0 ? g_steal_pointer (&sheets) : NULL;
}

static gboolean
read_package (VsXlsx      *xlsx,
              VsWorkbook  *workbook,
              GError     **error)
{
  g_autoptr(GPtrArray) package_rels = NULL;
  g_autoptr(GPtrArray) workbook_rels = NULL;
  g_autoptr(GPtrArray) sheets = NULL;
  const Rel *office, *rel;

  if ((package_rels = read_rels (xlsx, "", error)) == NULL)
    return FALSE;
  office = find_rel (package_rels, NULL, "officeDocument");
  if (office == NULL)
    {
      vs_read_fail (xlsx->ctx, error, VS_READ_ERROR_FORMAT,
                    _("is a zip archive but not an Office document (its _rels/.rels names "
                      "no main part)"));
      return FALSE;
    }
  if ((workbook_rels = read_rels (xlsx, office->target, error)) == NULL
      || (sheets = read_workbook (xlsx, office->target, error)) == NULL)
    return FALSE;

  if ((rel = find_rel (workbook_rels, NULL, "styles")) != NULL
      && !vs_xlsx_read_styles (xlsx, rel->target, error))
    return FALSE;
  if ((rel = find_rel (workbook_rels, NULL, "sharedStrings")) != NULL
      && !vs_xlsx_read_strings (xlsx, rel->target, error))
    return FALSE;

  for (guint i = 0; i < sheets->len; i++)
    {
      const SheetRef *ref = g_ptr_array_index (sheets, i);
      g_autofree char *fallback = NULL;
      g_autoptr(VsSheet) sheet = NULL;

      rel = find_rel (workbook_rels, ref->rel_id, NULL);
      if (rel == NULL)
        {
          vs_read_fail (xlsx->ctx, error, VS_READ_ERROR_CORRUPT,
                        _("sheet “%s” points to relationship %s, which is not there"),
                        ref->name != NULL ? ref->name : "", ref->rel_id);
          return FALSE;
        }
      /* Chart sheets, dialog sheets and macro sheets hold no cells to import. */
      if (!g_str_equal (rel->type, "worksheet"))
        continue;
      if (ref->name == NULL || ref->name[0] == '\0')
        fallback = g_strdup_printf (_("Sheet %u"), i + 1);
      sheet = vs_sheet_new (fallback != NULL ? fallback : ref->name);
      vs_sheet_set_hidden (sheet, ref->hidden);
      if (!vs_xlsx_read_sheet (xlsx, rel->target, sheet, error))
        return FALSE;
      g_ptr_array_add (workbook->sheets, g_steal_pointer (&sheet));
    }
  return TRUE;
}

gboolean
vs_read_xlsx (VsReadContext  *ctx,
              VsZip          *zip,
              VsWorkbook     *workbook,
              GError        **error)
{
  VsXlsx xlsx = { .ctx = ctx, .zip = zip };
  gboolean ok;

  g_free (workbook->format);
  workbook->format = g_strdup ("xlsx");
  xlsx.xf_formats = g_array_new (FALSE, FALSE, sizeof (VsCellFormat));
  xlsx.sst_chunk = g_string_chunk_new (64 * 1024);
  xlsx.sst = g_ptr_array_new ();
  ok = read_package (&xlsx, workbook, error);
  g_ptr_array_unref (xlsx.sst);
  g_string_chunk_free (xlsx.sst_chunk);
  g_array_unref (xlsx.xf_formats);
  return ok;
}
