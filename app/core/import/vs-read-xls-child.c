/* vs-read-xls-child.c: FreeXL run in the XLS reader process, under limits, and its end judged
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The importer runs in the window's worker threads too: a heap overflow inside libfreexl
 * there would lose the officer's session, or worse, go on quietly. So the checked and
 * rebuilt compound file goes to vs-xls-reader on its standard input (a memfd: nothing on
 * disk), with caps on its address space and processor time and a watchdog on the wall
 * clock (the reader itself enters a system call filter, vs-xls-sandbox.c, before FreeXL
 * runs), and its cells come back through vs-read-xls-stream.c. A crash, a signal, a
 * timeout or a malformed stream is an error naming the file; the child inherits no
 * descriptor but its three (GSubprocess closes the rest), so never the database.
 */
#include "config.h"
#include "vs-read-private.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

/* AddressSanitizer reserves terabytes of address space for its shadow: under it the cap
 * on memory cannot be set (the readers' own caps still hold), the one on time can. */
#if defined(__SANITIZE_ADDRESS__)
#define VS_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define VS_UNDER_ASAN 1
#endif
#endif

typedef struct {
  rlim_t address_space;
  rlim_t cpu_seconds;
} ChildLimits;

/* Between fork and exec: async-signal-safe calls only. */
static void
limit_child (gpointer data)
{
  const ChildLimits *limits = data;
  struct rlimit cpu = { limits->cpu_seconds, limits->cpu_seconds + 1 };
  struct rlimit none = { 0, 0 };

#ifndef VS_UNDER_ASAN
  {
    struct rlimit as = { limits->address_space, limits->address_space };
    setrlimit (RLIMIT_AS, &as);
  }
#endif
  setrlimit (RLIMIT_CPU, &cpu);
  /* A crash leaves no core file of a hostile workbook behind. (Not RLIMIT_FSIZE: the
   * reader writes no file, but its standard error may be one, and what it says of a
   * crash belongs there.) */
  setrlimit (RLIMIT_CORE, &none);
}

/* VS_XLS_READER names the program (tests, fuzzers); a program running from its build
 * folder uses that build's; an installed one the installed reader. */
static char *
reader_path (void)
{
  const char *env = g_getenv ("VS_XLS_READER");
  g_autofree char *exe = NULL;
  g_autofree char *root = NULL;

  if (env != NULL && *env != '\0')
    return g_strdup (env);
  exe = g_file_read_link ("/proc/self/exe", NULL);
  root = realpath (VS_BUILD_ROOT, NULL);
  if (exe != NULL && root != NULL && g_str_has_prefix (exe, root)
      && exe[strlen (root)] == G_DIR_SEPARATOR)
    return g_strdup (VS_XLS_READER_BUILD_PATH);
  return g_strdup (VS_XLS_READER_INSTALL_PATH);
}

/* ---- the watchdog: kills the child when the wall clock runs out ---- */

typedef struct {
  GMutex       lock;
  GCond        cond;
  GSubprocess *process;
  gint64       deadline;
  gboolean     done;
  gboolean     timed_out;
} Watchdog;

static gpointer
watchdog_run (gpointer data)
{
  Watchdog *dog = data;

  g_mutex_lock (&dog->lock);
  while (!dog->done)
    if (!g_cond_wait_until (&dog->cond, &dog->lock, dog->deadline) && !dog->done)
      {
        dog->timed_out = TRUE;
        g_subprocess_force_exit (dog->process);
        break;
      }
  g_mutex_unlock (&dog->lock);
  return NULL;
}

static gboolean
watchdog_stop (Watchdog *dog,
               GThread  *thread)
{
  gboolean timed_out;

  g_mutex_lock (&dog->lock);
  dog->done = TRUE;
  g_cond_signal (&dog->cond);
  g_mutex_unlock (&dog->lock);
  g_thread_join (thread);
  timed_out = dog->timed_out;
  g_mutex_clear (&dog->lock);
  g_cond_clear (&dog->cond);
  return timed_out;
}

/* ---- the run ---- */

static int
file_in_memory (VsReadContext  *ctx,
                const guint8   *data,
                gsize           len,
                GError        **error)
{
  int fd = memfd_create ("vital-signs-xls", MFD_CLOEXEC);
  gsize done = 0;

  while (fd >= 0 && done < len)
    {
      gssize n = write (fd, data + done, len - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          close (fd);
          fd = -1;
          break;
        }
      done += (gsize) n;
    }
  if (fd < 0 || lseek (fd, 0, SEEK_SET) != 0)
    {
      int saved = errno;

      if (fd >= 0)
        close (fd);
      vs_read_fail (ctx, error, VS_READ_ERROR_IO, _("cannot be read: %s"),
                    g_strerror (saved));
      return -1;
    }
  return fd;
}

/* How the child ended, when that explains a malformed stream, or spoils a good one:
 * FALSE with @error set then. */
static gboolean
judge_exit (VsReadContext  *ctx,
            GSubprocess    *process,
            gboolean        timed_out,
            guint           seconds,
            GError        **error)
{
  int sig = g_subprocess_get_if_signaled (process) ? g_subprocess_get_term_sig (process) : 0;
  int status = sig == 0 ? g_subprocess_get_exit_status (process) : 0;

  if (timed_out || sig == SIGXCPU)
    vs_read_fail (ctx, error, VS_READ_ERROR_CORRUPT,
                  ngettext ("could not be read: the XLS reader took more than %u second (the "
                            "file may be damaged, or made to stall it); open it in Excel or "
                            "LibreOffice, save it as XLSX and import that",
                            "could not be read: the XLS reader took more than %u seconds (the "
                            "file may be damaged, or made to stall it); open it in Excel or "
                            "LibreOffice, save it as XLSX and import that", seconds),
                  seconds);
  /* SIGPIPE: the parent closed the pipe on a malformed stream, which says more. */
  else if (sig != 0 && sig != SIGPIPE)
    vs_read_fail (ctx, error, VS_READ_ERROR_CORRUPT,
                  _("could not be read: the file is damaged (the XLS reader stopped on "
                    "signal %d); open it in Excel or LibreOffice, save it as XLSX and "
                    "import that"),
                  sig);
  else if (status != 0)
    vs_read_fail (ctx, error, VS_READ_ERROR_CORRUPT,
                  _("could not be read: the file is damaged (the XLS reader failed with "
                    "exit status %d); open it in Excel or LibreOffice, save it as XLSX and "
                    "import that"),
                  status);
  else
    return TRUE;
  return FALSE;
}

gboolean
vs_read_xls_in_child (VsReadContext  *ctx,
                      GByteArray     *file,
                      VsWorkbook     *workbook,
                      GError        **error)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GError) read_error = NULL;
  g_autoptr(GError) exit_error = NULL;
  g_autofree char *path = reader_path ();
  ChildLimits limits = { (rlim_t) ctx->limits.max_xls_reader_bytes,
                         (rlim_t) ctx->limits.max_xls_reader_seconds };
  Watchdog dog = { 0 };
  GThread *thread;
  gboolean ok, malformed = FALSE, refused, timed_out;
  int fd;

  /* The file moves to the memfd: a copy less while the reader runs. */
  fd = file_in_memory (ctx, file->data, file->len, error);
  g_byte_array_unref (file);
  if (fd < 0)
    return FALSE;
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_subprocess_launcher_take_stdin_fd (launcher, fd);
  g_subprocess_launcher_set_child_setup (launcher, limit_child, &limits, NULL);
  process = g_subprocess_launcher_spawn (launcher, &local_error, path, NULL);
  if (process == NULL)
    {
      vs_read_fail (ctx, error, VS_READ_ERROR_IO,
                    _("cannot be read: the XLS reader (%s) could not be started: %s"),
                    path, local_error->message);
      return FALSE;
    }

  g_mutex_init (&dog.lock);
  g_cond_init (&dog.cond);
  dog.process = process;
  dog.deadline = g_get_monotonic_time ()
                 + (gint64) ctx->limits.max_xls_reader_seconds * G_USEC_PER_SEC;
  thread = g_thread_new ("vs-xls-watchdog", watchdog_run, &dog);

  ok = vs_read_xls_stream (ctx, g_subprocess_get_stdout_pipe (process), workbook,
                           &malformed, &read_error);
  /* Whatever the child would write now goes nowhere: it ends on its own or by a signal. */
  g_input_stream_close (g_subprocess_get_stdout_pipe (process), NULL, NULL);
  /* Refused by the stream's own content (a cap, FreeXL's error, a password): the child's
   * end has nothing to add. */
  refused = !ok && !malformed;
  if (refused)
    g_subprocess_force_exit (process);
  g_subprocess_wait (process, NULL, NULL);
  timed_out = watchdog_stop (&dog, thread);
  if ((refused && !timed_out)
      || judge_exit (ctx, process, timed_out, (guint) ctx->limits.max_xls_reader_seconds,
                     &exit_error))
    {
      if (read_error != NULL)
        g_propagate_error (error, g_steal_pointer (&read_error));
      return ok;
    }
  g_propagate_error (error, g_steal_pointer (&exit_error));
  return FALSE;
}
