/* vs-gnuplot-process.c: one gnuplot child, driven through its pipes
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib-unix.h>
#include <gio/gunixinputstream.h>
#include <gio/gunixoutputstream.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vs-chart-spec.h"
#include "vs-gnuplot-process.h"

/* How a chart's bytes come back, and why this way:
 *
 * gnuplot writes the chart to its stdout (`set output` with no file), then prints a
 * marker line with a per-process random token and the chart's serial number to stdout
 * and the same marker to stderr. The chart is everything on stdout before the stdout
 * marker, and gnuplot's messages about it are the stderr lines before the stderr marker:
 * each stream is in order with itself, so nothing depends on how the two pipes interleave.
 * `set output` again after the plot closes the output, which is what finishes a PDF.
 *
 * Nothing touches the disk: no temporary file to name safely, clean up after a crash or
 * race with another instance. The one risk of framing binary output, a PNG that happens
 * to contain the marker, needs 64 random bits and a newline to line up. */

#define READ_CHUNK (64 * 1024)

struct _VsGnuplotProcess {
  GSubprocess *subprocess;
  int          in_fd;
  int          out_fd;
  int          err_fd;
  GPid         pid;
  gboolean     alive;
  char        *token;
  guint64      serial;
  GByteArray  *out;     /* stdout not yet claimed by a chart */
  GString     *err;     /* stderr not yet split into lines */
};

static int
stream_fd (gpointer stream)
{
  if (G_IS_UNIX_OUTPUT_STREAM (stream))
    return g_unix_output_stream_get_fd (stream);
  return g_unix_input_stream_get_fd (stream);
}

VsGnuplotProcess *
vs_gnuplot_process_spawn (const char *program,
                          GError    **error)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = NULL;
  VsGnuplotProcess *self;
  GSubprocess *subprocess;
  const char *identifier;

  g_return_val_if_fail (program != NULL, NULL);

  if (strchr (program, G_DIR_SEPARATOR) != NULL)
    path = g_strdup (program);
  else
    path = g_find_program_in_path (program);
  if (path == NULL || !g_file_test (path, G_FILE_TEST_IS_EXECUTABLE)
      || g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, VS_PLOT_ERROR, VS_PLOT_ERROR_NO_GNUPLOT,
                   _("gnuplot is not installed; charts cannot be drawn (no program “%s”)"),
                   program);
      return NULL;
    }

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE
                                        | G_SUBPROCESS_FLAGS_STDOUT_PIPE
                                        | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  /* The terminal is set by every chart; this only keeps gnuplot from probing for a
   * display at start. -d: no gnuplotrc or ~/.gnuplot, so a user's settings cannot
   * change what the charts look like. */
  g_subprocess_launcher_setenv (launcher, "GNUTERM", "svg", TRUE);
  subprocess = g_subprocess_launcher_spawn (launcher, &local_error, path, "-d", NULL);
  if (subprocess == NULL)
    {
      g_set_error (error, VS_PLOT_ERROR, VS_PLOT_ERROR_NO_GNUPLOT,
                   _("gnuplot is not installed; charts cannot be drawn (%s)"),
                   local_error->message);
      return NULL;
    }

  self = g_new0 (VsGnuplotProcess, 1);
  self->subprocess = subprocess;
  self->in_fd = stream_fd (g_subprocess_get_stdin_pipe (subprocess));
  self->out_fd = stream_fd (g_subprocess_get_stdout_pipe (subprocess));
  self->err_fd = stream_fd (g_subprocess_get_stderr_pipe (subprocess));
  /* NULL when the child is already gone (a program that exits at once): no pid then. */
  identifier = g_subprocess_get_identifier (subprocess);
  self->pid = identifier != NULL ? (GPid) atoi (identifier) : 0;
  self->alive = TRUE;
  self->token = g_strdup_printf ("%08x%08x", g_random_int (), g_random_int ());
  self->out = g_byte_array_new ();
  self->err = g_string_new (NULL);
  /* Never block on a pipe: a hung gnuplot must not hang the plotter's thread. */
  g_unix_set_fd_nonblocking (self->in_fd, TRUE, NULL);
  g_unix_set_fd_nonblocking (self->out_fd, TRUE, NULL);
  g_unix_set_fd_nonblocking (self->err_fd, TRUE, NULL);
  g_debug ("started gnuplot %s, pid %d", path, (int) self->pid);
  return self;
}

gboolean
vs_gnuplot_process_is_alive (VsGnuplotProcess *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->alive;
}

GPid
vs_gnuplot_process_get_pid (VsGnuplotProcess *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->alive ? self->pid : 0;
}

/* Kills and reaps the child, and says how it ended. A child whose pipes closed is
 * usually exiting by itself: @grace_ms lets it finish, so that its own exit status (or the
 * signal that really killed it) is what gets reported rather than our SIGKILL. */
static char *
stop_and_describe (VsGnuplotProcess *self,
                   guint             grace_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) grace_ms * 1000;

  self->alive = FALSE;
  /* GLib reaps the child as soon as it exits; until then it still answers signal 0. */
  while (self->pid > 0 && g_get_monotonic_time () < deadline && kill (self->pid, 0) == 0)
    g_usleep (2000);
  g_subprocess_force_exit (self->subprocess);
  g_subprocess_wait (self->subprocess, NULL, NULL);
  if (g_subprocess_get_if_signaled (self->subprocess))
    return g_strdup_printf (_("killed by signal %d"),
                            g_subprocess_get_term_sig (self->subprocess));
  return g_strdup_printf (_("exited with status %d"),
                          g_subprocess_get_exit_status (self->subprocess));
}

/* A write to a dead gnuplot raises SIGPIPE, which would end the whole application. It is
 * blocked in this thread around the write and any pending one is taken back, so the
 * process-wide disposition (the application's business) is left alone. */
static gssize
write_without_sigpipe (int         fd,
                       const char *data,
                       gsize       len)
{
  sigset_t pipe_set, old_set;
  gssize n;
  int saved_errno;

  sigemptyset (&pipe_set);
  sigaddset (&pipe_set, SIGPIPE);
  pthread_sigmask (SIG_BLOCK, &pipe_set, &old_set);
  n = write (fd, data, len);
  saved_errno = errno;
  if (n < 0 && saved_errno == EPIPE)
    {
      struct timespec zero = { 0, 0 };

      sigtimedwait (&pipe_set, NULL, &zero);
    }
  pthread_sigmask (SIG_SETMASK, &old_set, NULL);
  errno = saved_errno;
  return n;
}

/* "         line 0: invalid command" -> "invalid command"; NULL for anything that is not
 * an error (warnings, the echoed command, the caret under it). */
static const char *
error_text (const char *line)
{
  const char *p = line;

  while (*p == ' ' || *p == '\t')
    p++;
  if (*p == '"')
    {
      p = strchr (p + 1, '"');
      if (p == NULL)
        return NULL;
      p++;
      while (*p == ' ')
        p++;
    }
  if (!g_str_has_prefix (p, "line "))
    return NULL;
  p += 5;
  if (!g_ascii_isdigit (*p))
    return NULL;
  while (g_ascii_isdigit (*p))
    p++;
  if (*p != ':')
    return NULL;
  p++;
  while (*p == ' ')
    p++;
  if (g_ascii_strncasecmp (p, "warning:", 8) == 0)
    return NULL;
  return p;
}

static gboolean
report_diagnostics (GPtrArray *lines,
                    GError   **error)
{
  const char *command = NULL;

  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      const char *text = error_text (line);

      if (g_str_has_prefix (line, "gnuplot> "))
        command = line + strlen ("gnuplot> ");
      if (text == NULL)
        continue;
      if (command != NULL)
        {
          g_autofree char *cut = g_utf8_substring (command, 0, MIN (g_utf8_strlen (command, -1), 160));

          g_set_error (error, VS_PLOT_ERROR, VS_PLOT_ERROR_GNUPLOT,
                       _("gnuplot could not draw the chart: %s (in “%s”)"), text, cut);
        }
      else
        g_set_error (error, VS_PLOT_ERROR, VS_PLOT_ERROR_GNUPLOT,
                     _("gnuplot could not draw the chart: %s"), text);
      return FALSE;
    }
  return TRUE;
}

/* Splits complete stderr lines off; returns TRUE once the marker line has been seen. */
static gboolean
take_error_lines (VsGnuplotProcess *self,
                  const char       *marker,
                  GPtrArray        *lines)
{
  char *newline;

  while ((newline = memchr (self->err->str, '\n', self->err->len)) != NULL)
    {
      gsize len = newline - self->err->str;
      g_autofree char *line = g_strndup (self->err->str, len);

      g_string_erase (self->err, 0, len + 1);
      g_strchomp (line);
      if (strcmp (line, marker) == 0)
        return TRUE;
      if (line[0] != '\0')
        {
          g_debug ("gnuplot: %s", line);
          g_ptr_array_add (lines, g_utf8_make_valid (line, -1));
        }
    }
  return FALSE;
}

GBytes *
vs_gnuplot_process_draw (VsGnuplotProcess *self,
                         const char       *script,
                         guint             timeout_ms,
                         GError          **error)
{
  g_autofree char *marker = NULL;
  g_autofree char *marker_line = NULL;
  g_autofree char *input = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GBytes) chart = NULL;
  gsize input_len, written = 0, searched = 0, marker_len;
  guint64 err_bytes = 0, flood_cap = 0;
  gboolean out_done = FALSE, err_done = FALSE;
  gint64 deadline;
  char buf[READ_CHUNK];

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (script != NULL, NULL);
  g_return_val_if_fail (self->alive, NULL);

  self->serial++;
  marker = g_strdup_printf ("VS-DONE %s %" G_GUINT64_FORMAT, self->token, self->serial);
  marker_line = g_strconcat (marker, "\n", NULL);
  marker_len = strlen (marker_line);
  /* reset: nothing of the last chart (labels, ranges, objects) leaks into this one. */
  input = g_strdup_printf ("reset\nset output\n%s\nset output\n"
                           "set print '-'\nprint '%s'\nset print\nprint '%s'\n",
                           script, marker, marker);
  input_len = strlen (input);
  deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (!out_done || !err_done)
    {
      GPollFD fds[3];
      guint n_fds = 0;
      gint64 remaining = (deadline - g_get_monotonic_time ()) / 1000;
      int ready;

      if (written < input_len)
        fds[n_fds++] = (GPollFD) { self->in_fd, G_IO_OUT, 0 };
      if (!out_done)
        fds[n_fds++] = (GPollFD) { self->out_fd, G_IO_IN, 0 };
      if (!err_done)
        fds[n_fds++] = (GPollFD) { self->err_fd, G_IO_IN, 0 };

      ready = remaining > 0 ? g_poll (fds, n_fds, (int) MIN (remaining, G_MAXINT)) : 0;
      if (ready < 0 && errno == EINTR)
        continue;
      if (ready <= 0)
        {
          g_autofree char *how = stop_and_describe (self, 0);

          g_debug ("gnuplot timed out (%s)", how);
          g_set_error (error, VS_PLOT_ERROR, VS_PLOT_ERROR_TIMEOUT,
                       _("gnuplot did not finish the chart within %.1f s and was stopped; "
                         "it will be restarted for the next chart"), timeout_ms / 1000.0);
          return NULL;
        }

      for (guint i = 0; i < n_fds; i++)
        {
          gssize n;

          if (fds[i].revents == 0)
            continue;
          if (fds[i].fd == self->in_fd)
            {
              n = write_without_sigpipe (self->in_fd, input + written, input_len - written);
              if (n < 0 && (errno == EAGAIN || errno == EINTR))
                continue;
              if (n < 0)
                goto died;
              written += n;
              continue;
            }

          n = read (fds[i].fd, buf, sizeof buf);
          if (n < 0 && (errno == EAGAIN || errno == EINTR))
            continue;
          if (n <= 0)
            goto died;

          if (fds[i].fd == self->out_fd &&
              self->out->len + (guint64) n > VS_GNUPLOT_MAX_CHART_BYTES)
            {
              flood_cap = VS_GNUPLOT_MAX_CHART_BYTES;
              goto flooded;
            }
          if (fds[i].fd == self->err_fd &&
              (err_bytes += (guint64) n) > VS_GNUPLOT_MAX_MESSAGE_BYTES)
            {
              flood_cap = VS_GNUPLOT_MAX_MESSAGE_BYTES;
              goto flooded;
            }

          if (fds[i].fd == self->out_fd)
            {
              guint8 *found;

              g_byte_array_append (self->out, (guint8 *) buf, n);
              found = memmem (self->out->data + searched, self->out->len - searched,
                              marker_line, marker_len);
              if (found != NULL)
                {
                  gsize at = found - self->out->data;

                  chart = g_bytes_new (self->out->data, at);
                  g_byte_array_remove_range (self->out, 0, at + marker_len);
                  out_done = TRUE;
                }
              else if (self->out->len >= marker_len)
                searched = self->out->len - marker_len + 1;
            }
          else
            {
              g_string_append_len (self->err, buf, n);
              err_done = take_error_lines (self, marker, lines);
            }
        }
    }

  if (!report_diagnostics (lines, error))
    return NULL;
  if (g_bytes_get_size (chart) == 0)
    {
      g_set_error (error, VS_PLOT_ERROR, VS_PLOT_ERROR_FAILED,
                   _("gnuplot drew nothing for the chart"));
      return NULL;
    }
  return g_steal_pointer (&chart);

flooded:
  {
    g_autofree char *how = stop_and_describe (self, 0);

    g_debug ("gnuplot wrote past %" G_GUINT64_FORMAT " bytes (%s)", flood_cap, how);
    /* Nothing of the flood is kept for the next chart, which a new gnuplot draws. */
    g_byte_array_set_size (self->out, 0);
    g_string_truncate (self->err, 0);
    g_set_error (error, VS_PLOT_ERROR, VS_PLOT_ERROR_TOO_LARGE,
                 _("gnuplot wrote more than %" G_GUINT64_FORMAT " MB for one chart, far more "
                   "than any chart needs, and was stopped; it will be restarted for the "
                   "next chart"),
                 flood_cap / (1024 * 1024));
    return NULL;
  }

died:
  {
    g_autofree char *how = stop_and_describe (self, 500);

    g_set_error (error, VS_PLOT_ERROR, VS_PLOT_ERROR_DIED,
                 _("gnuplot stopped while drawing the chart (%s); it will be restarted for "
                   "the next chart"), how);
    return NULL;
  }
}

void
vs_gnuplot_process_free (VsGnuplotProcess *self)
{
  if (self == NULL)
    return;

  if (self->alive)
    {
      GPollFD fd = { self->out_fd, G_IO_IN, 0 };
      gint64 deadline = g_get_monotonic_time () + G_USEC_PER_SEC;
      char buf[256];

      /* End of input makes gnuplot exit; its stdout closing says it has. */
      g_output_stream_close (g_subprocess_get_stdin_pipe (self->subprocess), NULL, NULL);
      while (g_get_monotonic_time () < deadline)
        {
          gssize n;

          if (g_poll (&fd, 1, 100) > 0)
            {
              n = read (self->out_fd, buf, sizeof buf);
              if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR))
                break;
            }
        }
      g_free (stop_and_describe (self, 500));
    }
  g_object_unref (self->subprocess);
  g_byte_array_unref (self->out);
  g_string_free (self->err, TRUE);
  g_free (self->token);
  g_free (self);
}
