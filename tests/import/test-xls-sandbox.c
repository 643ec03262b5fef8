/* test-xls-sandbox.c: the XLS reader's system call filter, tried in a child process
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each case forks, enters the filter vs-xls-reader enters before FreeXL runs, and tries
 * one thing: what reading a workbook needs must work, and what code that took over the
 * reader would want (writing a file, starting a program, the network, executable memory)
 * must kill the child with SIGSYS before it happens.
 */
#include <errno.h>
#include <fcntl.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "vs-xls-sandbox.h"

typedef void (*SandboxedFunc) (gconstpointer data);

/* Returns the child's wait status. Only async-signal-safe calls in the child. */
static int
run_sandboxed (SandboxedFunc func,
               gconstpointer data)
{
  int status = 0;
  pid_t pid;

  fflush (stdout);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      if (vs_xls_sandbox_enter () != 0)
        _exit (99);
      func (data);
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  return status;
}

static void
assert_killed_by_filter (int status)
{
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpint (WTERMSIG (status), ==, SIGSYS);
}

static void
read_write_allocate (gconstpointer data)
{
  char buffer[64];
  int fd = openat (AT_FDCWD, data, O_RDONLY | O_CLOEXEC);
  void *block;

  if (fd < 0 || read (fd, buffer, sizeof buffer) <= 0 || lseek (fd, 0, SEEK_SET) != 0)
    _exit (1);
  close (fd);
  /* Large enough that the allocator maps it rather than taking it from the heap. */
  block = mmap (NULL, 8 << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (block == MAP_FAILED)
    _exit (2);
  memset (block, 1, 8 << 20);
  munmap (block, 8 << 20);
  if (write (STDERR_FILENO, "", 0) != 0)
    _exit (3);
}

static void
test_allows_reading (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "import", "test-xls-sandbox.c",
                                                 NULL);
  int status = run_sandboxed (read_write_allocate, path);

  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
}

static void
create_file (gconstpointer data)
{
  openat (AT_FDCWD, data, O_WRONLY | O_CREAT, 0600);
}

static void
append_file (gconstpointer data)
{
  openat (AT_FDCWD, data, O_RDONLY | O_APPEND);
}

static void
write_to_opened_file (gconstpointer data)
{
  int fd = openat (AT_FDCWD, data, O_RDONLY);

  if (write (fd, "x", 1) < 0)
    _exit (1);
}

static void
test_refuses_writing_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vs-sandbox-XXXXXX", NULL);
  g_autofree char *created = g_build_filename (dir, "created", NULL);
  g_autofree char *existing = g_build_filename (dir, "existing", NULL);
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (existing, "kept", -1, NULL));

  assert_killed_by_filter (run_sandboxed (create_file, created));
  g_assert_false (g_file_test (created, G_FILE_TEST_EXISTS));
  assert_killed_by_filter (run_sandboxed (append_file, existing));
  assert_killed_by_filter (run_sandboxed (write_to_opened_file, existing));
  g_assert_true (g_file_get_contents (existing, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "kept");

  g_unlink (existing);
  g_rmdir (dir);
}

static void
start_program (gconstpointer data)
{
  char *argv[] = { (char *) "true", NULL };
  char *envp[] = { NULL };

  (void) data;
  execve ("/bin/true", argv, envp);
}

static void
fork_again (gconstpointer data)
{
  (void) data;
  fork ();
}

static void
open_socket (gconstpointer data)
{
  (void) data;
  socket (AF_INET, SOCK_STREAM, 0);
}

static void
test_refuses_programs_and_network (void)
{
  assert_killed_by_filter (run_sandboxed (start_program, NULL));
  assert_killed_by_filter (run_sandboxed (fork_again, NULL));
  assert_killed_by_filter (run_sandboxed (open_socket, NULL));
}

static void
map_executable (gconstpointer data)
{
  (void) data;
  mmap (NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
}

static void
make_executable (gconstpointer data)
{
  void *page = mmap (NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

  (void) data;
  if (page == MAP_FAILED)
    _exit (1);
  mprotect (page, 4096, PROT_READ | PROT_EXEC);
}

static void
test_refuses_executable_memory (void)
{
  assert_killed_by_filter (run_sandboxed (map_executable, NULL));
  assert_killed_by_filter (run_sandboxed (make_executable, NULL));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/xls-sandbox/allows-reading", test_allows_reading);
  g_test_add_func ("/xls-sandbox/refuses-writing-files", test_refuses_writing_files);
  g_test_add_func ("/xls-sandbox/refuses-programs-and-network",
                   test_refuses_programs_and_network);
  g_test_add_func ("/xls-sandbox/refuses-executable-memory", test_refuses_executable_memory);

  return g_test_run ();
}
