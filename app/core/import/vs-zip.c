/* vs-zip.c: zip packages (XLSX, ODS) read through libgsf, with every size checked
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "vs-zip.h"

#include <glib/gi18n.h>
#include <gsf/gsf-infile-zip.h>
#include <gsf/gsf-infile.h>
#include <string.h>
#include <zlib.h>

/* libgsf looks names up with a linear scan per directory level and builds its tree
 * recursively: caps on the entry count and the name depth keep both bounded. No real
 * workbook comes near them. */
#define MAX_ENTRIES     16384
#define MAX_NAME_DEPTH  32
#define MAX_CD_BYTES    (16u * 1024 * 1024)
#define EOCD_SIZE       22
#define CD_ENTRY_SIZE   46

typedef struct {
  char    *name;
  guint16  flags;
  guint16  method;
  guint32  crc;
  guint64  usize;
  guint64  offset;   /* of the local header */
  guint32  dostime;
} VsZipEntry;

struct _VsZip {
  VsReadContext *ctx;
  GsfInput      *source;
  GsfInfile     *infile;
  GPtrArray     *entries;   /* of VsZipEntry */
};

struct _VsZipPart {
  VsZip      *zip;
  VsZipEntry *entry;
  GsfInput   *input;
  guint64     read;
  guint32     crc;
};

static guint64
le64 (const guint8 *p)
{
  return (guint64) vs_read_le32 (p) | ((guint64) vs_read_le32 (p + 4) << 32);
}

static gboolean
read_at (GsfInput *source,
         guint64   offset,
         gsize     len,
         guint8   *buf)
{
  return !gsf_input_seek (source, (gsf_off_t) offset, G_SEEK_SET)
         && gsf_input_read (source, len, buf) != NULL;
}

static void
entry_free (gpointer data)
{
  VsZipEntry *entry = data;

  g_free (entry->name);
  g_free (entry);
}

static gboolean
broken (VsReadContext  *ctx,
        GError        **error)
{
  vs_read_fail (ctx, error, VS_READ_ERROR_CORRUPT,
                _("is a damaged zip archive (cut short, or its directory is broken)"));
  return FALSE;
}

/* Finds the end-of-central-directory record (and its zip64 form) the way libgsf does,
 * from the end, and returns where the directory is. */
static gboolean
find_directory (VsReadContext  *ctx,
                GsfInput       *source,
                guint64        *n_entries,
                guint64        *cd_offset,
                guint64        *cd_size,
                GError        **error)
{
  guint64 size = (guint64) gsf_input_size (source);
  gsize tail = (gsize) MIN (size, 65535 + EOCD_SIZE);
  g_autofree guint8 *buf = g_malloc (MAX (tail, 1));
  guint64 eocd;
  gssize i;

  if (tail < EOCD_SIZE || !read_at (source, size - tail, tail, buf))
    return broken (ctx, error);
  for (i = (gssize) (tail - EOCD_SIZE); i >= 0; i--)
    if (memcmp (buf + i, "PK\5\6", 4) == 0)
      break;
  if (i < 0)
    return broken (ctx, error);
  eocd = size - tail + (guint64) i;
  *n_entries = vs_read_le16 (buf + i + 10);
  *cd_size = vs_read_le32 (buf + i + 12);
  *cd_offset = vs_read_le32 (buf + i + 16);

  if (eocd >= 20)
    {
      guint8 locator[20], record[56];

      if (!read_at (source, eocd - 20, 20, locator))
        return broken (ctx, error);
      if (memcmp (locator, "PK\6\7", 4) == 0)
        {
          if (!read_at (source, le64 (locator + 8), sizeof record, record)
              || memcmp (record, "PK\6\6", 4) != 0)
            return broken (ctx, error);
          *n_entries = le64 (record + 32);
          *cd_size = le64 (record + 40);
          *cd_offset = le64 (record + 48);
        }
    }

  if (*n_entries > MAX_ENTRIES)
    {
      vs_read_fail (ctx, error, VS_READ_ERROR_HOSTILE,
                    _("is a zip archive of %" G_GUINT64_FORMAT " parts, more than any "
                      "spreadsheet has"),
                    *n_entries);
      return FALSE;
    }
  if (*cd_size > MAX_CD_BYTES || *cd_offset > size || *cd_size > size - *cd_offset)
    return broken (ctx, error);
  return TRUE;
}

/* Two entries of one name (parts are looked up without regard to case) are two versions
 * of a part, and which one a reader takes is an accident of its lookup: refused, naming
 * both, rather than reading the first. */
static gboolean
check_unique (VsZip       *zip,
              GHashTable  *names,
              VsZipEntry  *entry,
              GError     **error)
{
  g_autofree char *folded = g_ascii_strdown (entry->name, -1);
  gpointer first;

  if (!g_hash_table_lookup_extended (names, folded, NULL, &first))
    {
      g_hash_table_insert (names, g_steal_pointer (&folded), entry);
      return TRUE;
    }
  {
    g_autofree char *a = g_utf8_make_valid (((VsZipEntry *) first)->name, -1);
    g_autofree char *b = g_utf8_make_valid (entry->name, -1);

    vs_read_fail (zip->ctx, error, VS_READ_ERROR_CORRUPT,
                  _("the archive holds “%s” twice (the second as “%s”), so which one "
                    "to read is not clear: save the file again from its spreadsheet program"),
                  a, b);
  }
  return FALSE;
}

static gboolean
read_directory (VsZip     *zip,
                GsfInput  *source,
                GError   **error)
{
  VsReadContext *ctx = zip->ctx;
  guint64 n_entries, cd_offset, cd_size;
  g_autofree guint8 *cd = NULL;
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const guint8 *p, *end;

  if (!find_directory (ctx, source, &n_entries, &cd_offset, &cd_size, error))
    return FALSE;
  cd = g_malloc (MAX (cd_size, 1));
  if (cd_size > 0 && !read_at (source, cd_offset, (gsize) cd_size, cd))
    return broken (ctx, error);

  p = cd;
  end = cd + cd_size;
  for (guint64 i = 0; i < n_entries; i++)
    {
      VsZipEntry *entry;
      guint name_len, extra_len, comment_len, depth = 0;
      const guint8 *extra;
      guint32 usize32, csize32, offset32;

      if ((gsize) (end - p) < CD_ENTRY_SIZE || memcmp (p, "PK\1\2", 4) != 0)
        return broken (ctx, error);
      name_len = vs_read_le16 (p + 28);
      extra_len = vs_read_le16 (p + 30);
      comment_len = vs_read_le16 (p + 32);
      if ((gsize) (end - p) < (gsize) CD_ENTRY_SIZE + name_len + extra_len + comment_len)
        return broken (ctx, error);

      entry = g_new0 (VsZipEntry, 1);
      entry->flags = vs_read_le16 (p + 8);
      entry->dostime = vs_read_le32 (p + 12);
      entry->method = vs_read_le16 (p + 10);
      entry->crc = vs_read_le32 (p + 16);
      csize32 = vs_read_le32 (p + 20);
      usize32 = vs_read_le32 (p + 24);
      offset32 = vs_read_le32 (p + 42);
      entry->usize = usize32;
      entry->offset = offset32;
      entry->name = g_strndup ((const char *) p + CD_ENTRY_SIZE, name_len);
      g_ptr_array_add (zip->entries, entry);

      /* The zip64 extra field holds, in this order, each of the sizes and the offset
       * whose 32-bit field is saturated; libgsf reads it the same way. */
      extra = p + CD_ENTRY_SIZE + name_len;
      for (guint off = 0; off + 4 <= extra_len;)
        {
          guint id = vs_read_le16 (extra + off), len = vs_read_le16 (extra + off + 2);

          if (off + 4 + len > extra_len)
            break;
          if (id == 0x0001)
            {
              const guint8 *q = extra + off + 4, *q_end = q + len;

              if (usize32 == 0xFFFFFFFFu && q_end - q >= 8)
                entry->usize = le64 (q), q += 8;
              if (csize32 == 0xFFFFFFFFu && q_end - q >= 8)
                q += 8;
              if (offset32 == 0xFFFFFFFFu && q_end - q >= 8)
                entry->offset = le64 (q);
              break;
            }
          off += 4 + len;
        }

      for (const char *c = entry->name; *c != '\0'; c++)
        depth += *c == '/';
      if (strlen (entry->name) != name_len || name_len == 0 || depth > MAX_NAME_DEPTH)
        return broken (ctx, error);
      if (!check_unique (zip, names, entry, error))
        return FALSE;
      if (entry->flags & 1)
        {
          vs_read_fail (ctx, error, VS_READ_ERROR_FORMAT,
                        _("is encrypted: remove its password, save it again and import "
                          "that"));
          return FALSE;
        }
      if (entry->method != 0 && entry->method != Z_DEFLATED)
        {
          vs_read_fail (ctx, error, VS_READ_ERROR_FORMAT,
                        _("uses a zip compression method (%u) that spreadsheet programs "
                          "do not write"),
                        entry->method);
          return FALSE;
        }
      p += CD_ENTRY_SIZE + name_len + extra_len + comment_len;
    }
  return TRUE;
}

VsZip *
vs_zip_open (VsReadContext  *ctx,
             GsfInput       *source,
             GError        **error)
{
  g_autoptr(VsZip) zip = g_new0 (VsZip, 1);
  g_autoptr(GError) local_error = NULL;

  zip->ctx = ctx;
  zip->source = g_object_ref (source);
  zip->entries = g_ptr_array_new_with_free_func (entry_free);
  if (!read_directory (zip, source, error))
    return NULL;
  if (gsf_input_seek (source, 0, G_SEEK_SET))
    {
      broken (ctx, error);
      return NULL;
    }
  zip->infile = gsf_infile_zip_new (source, &local_error);
  if (zip->infile == NULL)
    {
      broken (ctx, error);
      return NULL;
    }
  return g_steal_pointer (&zip);
}

void
vs_zip_free (VsZip *zip)
{
  if (zip == NULL)
    return;
  g_clear_object (&zip->infile);
  g_clear_object (&zip->source);
  g_ptr_array_unref (zip->entries);
  g_free (zip);
}

VsReadContext *
vs_zip_get_context (VsZip *zip)
{
  return zip->ctx;
}

static VsZipEntry *
find_entry (VsZip      *zip,
            const char *name)
{
  for (guint i = 0; i < zip->entries->len; i++)
    {
      VsZipEntry *entry = g_ptr_array_index (zip->entries, i);

      if (g_ascii_strcasecmp (entry->name, name) == 0)
        return entry;
    }
  return NULL;
}

gboolean
vs_zip_has (VsZip      *zip,
            const char *name)
{
  return find_entry (zip, name) != NULL;
}

/* The fields as libgsf's zip_make_modtime() reads them. */
static gboolean
dos_time_valid (guint32 dostime)
{
  guint year = (dostime >> 25) + 1980;
  guint month = (dostime >> 21) & 0x0f;
  guint day = (dostime >> 16) & 0x1f;
  guint minute = (dostime >> 5) & 0x3f;
  guint second = (dostime & 0x1f) * 2;

  if (dostime == 0)
    return TRUE;
  return g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year)
         && minute < 60 && second < 60;
}

VsZipPart *
vs_zip_open_part (VsZip       *zip,
                  const char  *name,
                  GError     **error)
{
  VsZipEntry *entry = find_entry (zip, name);
  g_auto(GStrv) components = NULL;
  GsfInput *input;

  if (entry == NULL)
    {
      vs_read_fail (zip->ctx, error, VS_READ_ERROR_CORRUPT, _("part %s is missing"), name);
      return NULL;
    }
  if (entry->usize > zip->ctx->limits.max_part_bytes)
    {
      vs_read_fail (zip->ctx, error, VS_READ_ERROR_HOSTILE,
                    _("part %s claims to unpack to %" G_GUINT64_FORMAT " MB, more than the "
                      "%" G_GUINT64_FORMAT " MB a part may have (a zip bomb?)"),
                    name, entry->usize / (1024 * 1024),
                    zip->ctx->limits.max_part_bytes / (1024 * 1024));
      return NULL;
    }

  /* libgsf turns the entry's DOS time into a GDateTime without checking it, and an
   * impossible one (month 0, minute 63) ends in a GLib critical. */
  if (!dos_time_valid (entry->dostime))
    {
      vs_read_fail (zip->ctx, error, VS_READ_ERROR_CORRUPT,
                    _("part %s cannot be opened: the archive is damaged (its date is "
                      "impossible)"), name);
      return NULL;
    }

  /* libgsf checks the local header only when it opens the part, and then says what is
   * wrong with a g_warning (fatal in tests) on top of the GError: check it first. */
  {
    guint8 header[30];
    guint64 size = (guint64) gsf_input_size (zip->source);

    if (entry->offset > size || size - entry->offset < sizeof header
        || !read_at (zip->source, entry->offset, sizeof header, header)
        || memcmp (header, "PK\3\4", 4) != 0
        || size - entry->offset - sizeof header < (guint64) vs_read_le16 (header + 26)
                                                  + vs_read_le16 (header + 28))
      {
        vs_read_fail (zip->ctx, error, VS_READ_ERROR_CORRUPT,
                      _("part %s cannot be opened: the archive is damaged"), name);
        return NULL;
      }
  }

  /* libgsf keeps the archive as a tree of directories; walk it with the stored name. */
  components = g_strsplit (entry->name, "/", -1);
  input = g_object_ref (GSF_INPUT (zip->infile));
  for (guint i = 0; components[i] != NULL && input != NULL; i++)
    {
      GsfInput *child = NULL;

      if (GSF_IS_INFILE (input) && gsf_infile_num_children (GSF_INFILE (input)) >= 0)
        child = gsf_infile_child_by_name (GSF_INFILE (input), components[i]);
      g_object_unref (input);
      input = child;
    }
  if (input == NULL
      || (GSF_IS_INFILE (input) && gsf_infile_num_children (GSF_INFILE (input)) >= 0))
    {
      g_clear_object (&input);
      vs_read_fail (zip->ctx, error, VS_READ_ERROR_CORRUPT,
                    _("part %s cannot be opened: the archive is damaged"), name);
      return NULL;
    }

  {
    VsZipPart *part = g_new0 (VsZipPart, 1);

    part->zip = zip;
    part->entry = entry;
    part->input = input;
    part->crc = (guint32) crc32 (0L, Z_NULL, 0);
    return part;
  }
}

gssize
vs_zip_part_read (VsZipPart  *part,
                  guint8     *buf,
                  gsize       len,
                  GError    **error)
{
  VsReadContext *ctx = part->zip->ctx;
  gsf_off_t remaining = gsf_input_remaining (part->input);
  gsize n = (gsize) MIN ((guint64) len, (guint64) MAX (remaining, 0));

  if (n == 0)
    {
      if (part->read != part->entry->usize || part->crc != part->entry->crc)
        {
          vs_read_fail (ctx, error, VS_READ_ERROR_CORRUPT,
                        _("part %s is damaged (its checksum does not match)"),
                        part->entry->name);
          return -1;
        }
      return 0;
    }
  if (!vs_read_count_bytes (ctx, part->entry->name, part->read, n, error))
    return -1;
  /* libgsf can hand back a buffer it filled only in part when a deflate stream ends
   * early; zeros there make the XML parser stop rather than read stale bytes. */
  memset (buf, 0, n);
  if (gsf_input_read (part->input, n, buf) == NULL)
    {
      vs_read_fail (ctx, error, VS_READ_ERROR_CORRUPT,
                    _("part %s is damaged or cut short"), part->entry->name);
      return -1;
    }
  part->crc = (guint32) crc32 (part->crc, buf, (uInt) n);
  part->read += n;
  return (gssize) n;
}

void
vs_zip_part_free (VsZipPart *part)
{
  if (part == NULL)
    return;
  g_clear_object (&part->input);
  g_free (part);
}

GBytes *
vs_zip_read_small (VsZip       *zip,
                   const char  *name,
                   gsize        max,
                   GError     **error)
{
  g_autoptr(VsZipPart) part = vs_zip_open_part (zip, name, error);
  g_autoptr(GByteArray) data = g_byte_array_new ();
  guint8 buf[256];
  gssize n;

  if (part == NULL)
    return NULL;
  while ((n = vs_zip_part_read (part, buf, sizeof buf, error)) > 0)
    {
      if (data->len + (gsize) n > max)
        {
          vs_read_fail (zip->ctx, error, VS_READ_ERROR_CORRUPT,
                        _("part %s is larger than it can be"), name);
          return NULL;
        }
      g_byte_array_append (data, buf, (guint) n);
    }
  if (n < 0)
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}
