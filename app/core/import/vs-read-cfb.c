/* vs-read-cfb.c: one stream of a compound file (MS-CFB: XLS, DOC), every table checked
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libgsf reads these files too, but warns through GLib about a damaged one instead of
 * failing quietly, and FreeXL trusts what it finds. Here every sector number is checked
 * against the file, every chain against looping, every size against the file's: what
 * cannot be followed is reported as damage. And a stream found so is written again into
 * a compound file of its own, so that a library that reads the tables itself (FreeXL)
 * reads tables written here, not a hostile file's.
 */
#include "vs-read-private.h"

#include <string.h>


#define CFB_HEADER       512u
#define CFB_END_OF_CHAIN 0xFFFFFFFEu
#define CFB_FREE         0xFFFFFFFFu
#define CFB_MINI_SECTOR  64u

typedef struct {
  const guint8 *data;
  gsize         len;
  guint32       sector_size;
  guint32      *fat;
  guint32       n_fat;
} Cfb;

static const guint8 *
sector_at (const Cfb *cfb,
           guint32    sector)
{
  guint64 offset = ((guint64) sector + 1) * cfb->sector_size;

  if (offset + cfb->sector_size > cfb->len)
    return NULL;
  return cfb->data + offset;
}

/* Follows a chain of @table (the FAT, or the mini FAT for @mini) from @start, copying up
 * to @size bytes (all of the chain when @size is G_MAXUINT64). NULL when a sector is out
 * of the file or the chain loops or ends short. */
static GByteArray *
read_chain (const Cfb     *cfb,
            const guint32 *table,
            guint32        n_table,
            guint32        start,
            guint64        size,
            const guint8  *mini,
            gsize          mini_len)
{
  GByteArray *out = g_byte_array_new ();
  guint32 unit = mini != NULL ? CFB_MINI_SECTOR : cfb->sector_size;
  guint32 sector = start;

  /* A chain longer than its table has entries must loop. */
  for (guint32 steps = 0; out->len < size; steps++)
    {
      const guint8 *bytes;

      if (sector == CFB_END_OF_CHAIN && size == G_MAXUINT64)
        return out;
      if (sector >= n_table || steps >= n_table)
        break;
      if (mini != NULL)
        bytes = (guint64) (sector + 1) * unit <= mini_len ? mini + (gsize) sector * unit : NULL;
      else
        bytes = sector_at (cfb, sector);
      if (bytes == NULL)
        break;
      g_byte_array_append (out, bytes, (guint) MIN ((guint64) unit, size - out->len));
      sector = table[sector];
    }
  if (out->len >= size)
    return out;
  g_byte_array_unref (out);
  return NULL;
}

static gboolean
read_fat (Cfb          *cfb,
          const guint8 *header)
{
  guint32 per_sector = cfb->sector_size / 4;
  guint32 n_fat_sectors = vs_read_le32 (header + 0x2C);
  guint32 max_sectors = (guint32) MIN ((guint64) cfb->len / cfb->sector_size, G_MAXUINT32 / per_sector);
  guint32 difat_sector = vs_read_le32 (header + 0x44);
  guint32 found = 0;

  if (n_fat_sectors == 0 || n_fat_sectors > max_sectors)
    return FALSE;
  cfb->n_fat = n_fat_sectors * per_sector;
  cfb->fat = g_new (guint32, cfb->n_fat);

  /* The first 109 FAT sectors are listed in the header, the rest in the DIFAT chain. */
  for (guint32 i = 0; i < 109 && found < n_fat_sectors; i++)
    {
      const guint8 *sector = sector_at (cfb, vs_read_le32 (header + 0x4C + 4 * i));

      if (sector == NULL)
        return FALSE;
      for (guint32 k = 0; k < per_sector; k++)
        cfb->fat[found * per_sector + k] = vs_read_le32 (sector + 4 * k);
      found++;
    }
  for (guint32 steps = 0; found < n_fat_sectors; steps++)
    {
      const guint8 *difat = sector_at (cfb, difat_sector);

      if (difat == NULL || steps > max_sectors)
        return FALSE;
      for (guint32 i = 0; i + 1 < per_sector && found < n_fat_sectors; i++)
        {
          const guint8 *sector = sector_at (cfb, vs_read_le32 (difat + 4 * i));

          if (sector == NULL)
            return FALSE;
          for (guint32 k = 0; k < per_sector; k++)
            cfb->fat[found * per_sector + k] = vs_read_le32 (sector + 4 * k);
          found++;
        }
      difat_sector = vs_read_le32 (difat + 4 * (per_sector - 1));
    }
  return TRUE;
}

/* Whether a directory entry (UTF-16LE name, its length in bytes with the NUL) is @name. */
static gboolean
entry_named (const guint8 *entry,
             const char   *name)
{
  guint name_bytes = vs_read_le16 (entry + 0x40);
  gsize n = strlen (name);

  if (name_bytes != 2 * (n + 1))
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (g_ascii_tolower (entry[2 * i]) != g_ascii_tolower (name[i]) || entry[2 * i + 1] != 0)
      return FALSE;
  return TRUE;
}

static GByteArray *
find_stream (Cfb                *cfb,
             const char * const *names,
             guint              *which,
             gboolean           *damaged)
{
  const guint8 *header = cfb->data;
  g_autoptr(GByteArray) directory = NULL;
  g_autoptr(GByteArray) container = NULL;
  g_autoptr(GByteArray) mini_fat = NULL;
  const guint8 *root = NULL, *stream = NULL;
  guint64 size;
  guint32 cutoff;

  *damaged = TRUE;
  if (cfb->len < CFB_HEADER || (vs_read_le16 (header + 0x1E) != 9 && vs_read_le16 (header + 0x1E) != 12))
    return NULL;
  cfb->sector_size = 1u << vs_read_le16 (header + 0x1E);
  if (!read_fat (cfb, header))
    return NULL;
  directory = read_chain (cfb, cfb->fat, cfb->n_fat, vs_read_le32 (header + 0x30), G_MAXUINT64,
                          NULL, 0);
  if (directory == NULL)
    return NULL;
  for (guint i = 0; i + 128 <= directory->len; i += 128)
    {
      const guint8 *entry = directory->data + i;

      if (entry[0x42] == 5 && root == NULL)
        root = entry;
      else if (entry[0x42] == 2 && stream == NULL)
        for (guint n = 0; names[n] != NULL && stream == NULL; n++)
          if (entry_named (entry, names[n]))
            stream = entry, *which = n;
    }
  if (root == NULL)
    return NULL;
  *damaged = FALSE;
  if (stream == NULL)
    return NULL;
  *damaged = TRUE;

  size = vs_read_le32 (stream + 0x78);
  if (size > cfb->len)
    return NULL;
  cutoff = vs_read_le32 (header + 0x38);
  if (size >= cutoff)
    return read_chain (cfb, cfb->fat, cfb->n_fat, vs_read_le32 (stream + 0x74), size, NULL, 0);

  /* A small stream lives in the mini stream, in 64-byte sectors of its own FAT. */
  if (vs_read_le32 (root + 0x78) > cfb->len || (guint64) vs_read_le32 (header + 0x40) * cfb->sector_size > cfb->len)
    return NULL;
  container = read_chain (cfb, cfb->fat, cfb->n_fat, vs_read_le32 (root + 0x74), vs_read_le32 (root + 0x78),
                          NULL, 0);
  mini_fat = read_chain (cfb, cfb->fat, cfb->n_fat, vs_read_le32 (header + 0x3C),
                         (guint64) vs_read_le32 (header + 0x40) * cfb->sector_size, NULL, 0);
  if (container == NULL || mini_fat == NULL)
    return NULL;
  {
    guint32 n = mini_fat->len / 4;
    g_autofree guint32 *table = g_new (guint32, MAX (n, 1));

    for (guint32 i = 0; i < n; i++)
      table[i] = vs_read_le32 (mini_fat->data + 4 * i);
    return read_chain (cfb, table, n, vs_read_le32 (stream + 0x74), size, container->data,
                       container->len);
  }
}

GByteArray *
vs_read_cfb_stream (const guint8       *data,
                    gsize               len,
                    const char * const *names,
                    guint              *which,
                    gboolean           *damaged)
{
  Cfb cfb = { data, len, 0, NULL, 0 };
  GByteArray *stream = find_stream (&cfb, names, which, damaged);

  g_free (cfb.fat);
  return stream;
}

/* ---- writing ---- */

#define CFB_SECTOR       512u
#define CFB_PER_SECTOR   (CFB_SECTOR / 4)
#define CFB_FAT_SECTOR   0xFFFFFFFDu
#define CFB_DIFAT_SECTOR 0xFFFFFFFCu
#define CFB_NO_STREAM    0xFFFFFFFFu

static void
put32 (GByteArray *out,
       gsize       at,
       guint32     value)
{
  guint8 *p = out->data + at;

  p[0] = value & 0xFF, p[1] = (value >> 8) & 0xFF, p[2] = (value >> 16) & 0xFF,
  p[3] = value >> 24;
}

static void
put_entry (GByteArray *out,
           gsize       at,
           const char *name,
           guint8      type,
           guint32     child,
           guint32     start,
           guint32     size)
{
  gsize n = strlen (name);

  for (gsize i = 0; i < n; i++)
    out->data[at + 2 * i] = (guint8) name[i];
  out->data[at + 0x40] = type != 0 ? (guint8) (2 * (n + 1)) : 0;
  out->data[at + 0x42] = type;
  out->data[at + 0x43] = 1;                  /* black, as a one-entry tree may be */
  put32 (out, at + 0x44, CFB_NO_STREAM);     /* left sibling */
  put32 (out, at + 0x48, CFB_NO_STREAM);     /* right sibling */
  put32 (out, at + 0x4C, child);
  put32 (out, at + 0x74, start);
  put32 (out, at + 0x78, size);
}

GByteArray *
vs_read_cfb_build (const guint8 *stream,
                   gsize         len,
                   const char   *name)
{
  /* At 4,096 bytes and over a stream is kept in ordinary sectors: no mini stream. */
  guint32 n_stream = (guint32) ((MAX (len, 4096u) + CFB_SECTOR - 1) / CFB_SECTOR);
  guint32 n_fat = 1, n_difat = 0, first, total;
  GByteArray *out;

  g_return_val_if_fail (len < G_MAXUINT32 / 2, NULL);

  /* FAT sectors list every sector, themselves and the DIFAT's included; the header lists
   * the first 109 of them, each DIFAT sector 127 more. */
  for (;;)
    {
      n_difat = n_fat > 109 ? (n_fat - 109 + CFB_PER_SECTOR - 2) / (CFB_PER_SECTOR - 1) : 0;
      total = n_fat + n_difat + 1 + n_stream;
      if ((guint64) n_fat * CFB_PER_SECTOR >= total)
        break;
      n_fat++;
    }
  first = n_fat + n_difat + 1;   /* the stream's first sector, after the directory's */

  out = g_byte_array_sized_new ((guint) ((guint64) (total + 1) * CFB_SECTOR));
  g_byte_array_set_size (out, (guint) ((guint64) (total + 1) * CFB_SECTOR));
  memset (out->data, 0, out->len);

  /* the header */
  memcpy (out->data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  out->data[0x18] = 0x3E, out->data[0x1A] = 3;          /* minor, major version 3 */
  out->data[0x1C] = 0xFE, out->data[0x1D] = 0xFF;       /* little-endian */
  out->data[0x1E] = 9, out->data[0x20] = 6;             /* 512-byte sectors, 64 mini */
  put32 (out, 0x2C, n_fat);
  put32 (out, 0x30, n_fat + n_difat);                   /* the directory */
  put32 (out, 0x38, 4096);                              /* the mini stream cutoff */
  put32 (out, 0x3C, CFB_END_OF_CHAIN);                  /* no mini FAT */
  put32 (out, 0x44, n_difat > 0 ? n_fat : CFB_END_OF_CHAIN);
  put32 (out, 0x48, n_difat);
  for (guint32 i = 0; i < 109; i++)
    put32 (out, 0x4C + 4 * i, i < n_fat ? i : CFB_FREE);

  /* the DIFAT sectors: FAT sectors 109 and on, then the next DIFAT sector */
  for (guint32 d = 0; d < n_difat; d++)
    {
      gsize at = (gsize) (n_fat + d + 1) * CFB_SECTOR;

      for (guint32 k = 0; k < CFB_PER_SECTOR - 1; k++)
        {
          guint32 fat = 109 + d * (CFB_PER_SECTOR - 1) + k;
          put32 (out, at + 4 * k, fat < n_fat ? fat : CFB_FREE);
        }
      put32 (out, at + 4 * (CFB_PER_SECTOR - 1),
             d + 1 < n_difat ? n_fat + d + 1 : CFB_END_OF_CHAIN);
    }

  /* the FAT */
  for (guint32 s = 0; s < n_fat * CFB_PER_SECTOR; s++)
    {
      guint32 value = CFB_FREE;

      if (s < n_fat)
        value = CFB_FAT_SECTOR;
      else if (s < n_fat + n_difat)
        value = CFB_DIFAT_SECTOR;
      else if (s == n_fat + n_difat)
        value = CFB_END_OF_CHAIN;                       /* the directory, one sector */
      else if (s < total)
        value = s + 1 < total ? s + 1 : CFB_END_OF_CHAIN;
      put32 (out, (gsize) (s / CFB_PER_SECTOR + 1) * CFB_SECTOR + 4 * (s % CFB_PER_SECTOR),
             value);
    }

  /* the directory: the root, the stream, two empty entries */
  put_entry (out, (gsize) (n_fat + n_difat + 1) * CFB_SECTOR, "Root Entry", 5, 1,
             CFB_END_OF_CHAIN, 0);
  put_entry (out, (gsize) (n_fat + n_difat + 1) * CFB_SECTOR + 128, name, 2, CFB_NO_STREAM,
             first, n_stream * CFB_SECTOR);
  for (guint i = 2; i < 4; i++)
    put_entry (out, (gsize) (n_fat + n_difat + 1) * CFB_SECTOR + 128 * i, "", 0,
               CFB_NO_STREAM, CFB_END_OF_CHAIN, 0);

  if (len > 0)     /* an empty stream may come with no data at all */
    memcpy (out->data + (gsize) (first + 1) * CFB_SECTOR, stream, len);
  return out;
}
