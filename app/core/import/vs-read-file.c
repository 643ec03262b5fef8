/* vs-read-file.c: a file checked before a byte of it is read: regular, of a kind, not too big
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A FIFO with no writer hangs open() for ever, and a device or a 4 GiB sparse file cost
 * as long to hash or parse as they are big. So a file is opened without blocking, the
 * descriptor (not the name, which may point elsewhere a moment later) is checked to be a
 * regular file, its kind is read from its first bytes and its size held to that kind's
 * cap; only then is it read, hashed or handed to a library.
 */
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vs-read-private.h"

static const char *
describe_mode (mode_t mode)
{
  if (S_ISDIR (mode))
    return _("a folder");
  if (S_ISFIFO (mode))
    return _("a named pipe");
  if (S_ISCHR (mode) || S_ISBLK (mode))
    return _("a device");
  if (S_ISSOCK (mode))
    return _("a socket");
  return _("not an ordinary file");
}

int
vs_read_open_regular (VsReadContext  *ctx,
                      const char     *path,
                      guint64        *size,
                      GError        **error)
{
  struct stat st;
  int fd, flags, saved_errno;

  /* A look at the name first, so that a FIFO is never even opened... */
  if (g_stat (path, &st) == 0 && !S_ISREG (st.st_mode))
    goto not_regular;

  /* ...and O_NONBLOCK in case the name changed since: then fstat says what was opened. */
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    {
      saved_errno = errno;
      vs_read_fail (ctx, error, VS_READ_ERROR_IO, _("cannot be opened: %s"),
                    g_strerror (saved_errno));
      return -1;
    }
  if (fstat (fd, &st) != 0)
    {
      saved_errno = errno;
      close (fd);
      vs_read_fail (ctx, error, VS_READ_ERROR_IO, _("cannot be opened: %s"),
                    g_strerror (saved_errno));
      return -1;
    }
  if (!S_ISREG (st.st_mode))
    {
      close (fd);
      goto not_regular;
    }
  /* Reads of a regular file never wait anyway; blocking again keeps libraries' reads plain. */
  flags = fcntl (fd, F_GETFL);
  if (flags >= 0)
    fcntl (fd, F_SETFL, flags & ~O_NONBLOCK);
  *size = (guint64) st.st_size;
  return fd;

not_regular:
  vs_read_fail (ctx, error, VS_READ_ERROR_FORMAT,
                _("is %s, not a file: only ordinary files (a spreadsheet or a CSV "
                  "file) can be imported"),
                describe_mode (st.st_mode));
  return -1;
}

gsize
vs_read_head (int     fd,
              guint8 *head,
              gsize   size)
{
  gsize got = 0;

  while (got < size)
    {
      gssize n = pread (fd, head + got, size - got, (off_t) got);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      got += (gsize) n;
    }
  return got;
}

char *
vs_read_fd_path (int         fd,
                 const char *path)
{
  g_autofree char *proc = g_strdup_printf ("/proc/self/fd/%d", fd);

  /* Libraries that open by name (GIO's seekable streams, libgsf, FreeXL) then open the
   * very file that was checked, whatever the name points to now. Without /proc the name
   * is all there is. */
  if (g_file_test ("/proc/self/fd", G_FILE_TEST_IS_DIR))
    return g_steal_pointer (&proc);
  return g_strdup (path);
}

VsFileKind
vs_read_kind_from_magic (const guint8 *head,
                         gsize         len)
{
  static const guint8 ole[8] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

  if (len >= 4 && head[0] == 'P' && head[1] == 'K'
      && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6)))
    return VS_FILE_ZIP;
  if (len >= 8 && memcmp (head, ole, 8) == 0)
    return VS_FILE_OLE;
  return VS_FILE_TEXT;
}

gboolean
vs_read_check_size (VsReadContext  *ctx,
                    VsFileKind      kind,
                    guint64         size,
                    GError        **error)
{
  guint64 cap;
  const char *what;

  switch (kind)
    {
    case VS_FILE_ZIP:
      cap = ctx->limits.max_zip_file_bytes;
      what = _("an XLSX or ODS file");
      break;
    case VS_FILE_OLE:
      cap = ctx->limits.max_xls_file_bytes;
      what = _("an Excel 97-2003 (.xls) file");
      break;
    case VS_FILE_TEXT:
      cap = ctx->limits.max_text_file_bytes;
      what = _("a CSV or text file");
      break;
    }
  if (size <= cap)
    return TRUE;
  vs_read_fail (ctx, error, VS_READ_ERROR_TOO_LARGE,
                _("is %" G_GUINT64_FORMAT " MB, more than the %" G_GUINT64_FORMAT " MB that "
                  "%s may be; no monthly extract or published table is so large"),
                (size + 1024 * 1024 - 1) / (1024 * 1024), cap / (1024 * 1024), what);
  return FALSE;
}

/* Files people pick by mistake, known by their first bytes, which the CSV reader would
 * only call a text file with a NUL byte on some line. */
static const struct {
  const char *magic;
  gsize       len;
  const char *what;
} not_spreadsheets[] = {
  { "%PDF-", 5, N_("a PDF document") },
  { "\x89PNG\r\n\x1a\n", 8, N_("a PNG image") },
  { "\xFF\xD8\xFF", 3, N_("a JPEG image") },
  { "GIF87a", 6, N_("a GIF image") },
  { "GIF89a", 6, N_("a GIF image") },
  { "II*\0", 4, N_("a TIFF image") },
  { "MM\0*", 4, N_("a TIFF image") },
  { "\x1F\x8B", 2, N_("a gzip archive") },
  { "7z\xBC\xAF\x27\x1C", 6, N_("a 7-Zip archive") },
  { "Rar!\x1A\x07", 6, N_("a RAR archive") },
  { "SQLite format 3", 16, N_("an SQLite database") },
  { "\x7F" "ELF", 4, N_("a program") },
  { "{\\rtf", 5, N_("an RTF document") },
};

gboolean
vs_read_check_not_spreadsheet (VsReadContext  *ctx,
                               const guint8   *head,
                               gsize           len,
                               GError        **error)
{
  const char *what = NULL;

  for (gsize k = 0; what == NULL && k < G_N_ELEMENTS (not_spreadsheets); k++)
    if (len >= not_spreadsheets[k].len &&
        memcmp (head, not_spreadsheets[k].magic, not_spreadsheets[k].len) == 0)
      what = _(not_spreadsheets[k].what);
  if (what == NULL && len >= 12 && memcmp (head, "RIFF", 4) == 0 &&
      memcmp (head + 8, "WEBP", 4) == 0)
    what = _("a WebP image");
  if (what == NULL)
    return TRUE;
  vs_read_fail (ctx, error, VS_READ_ERROR_FORMAT,
                /* TRANSLATORS: %s is what the file is, e.g. "a PDF document" */
                _("is %s, not a spreadsheet: import CSV, XLSX, ODS or XLS files"), what);
  return FALSE;
}
