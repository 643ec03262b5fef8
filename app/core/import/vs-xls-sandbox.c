/* vs-xls-sandbox.c: the system calls the XLS reader process may make
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Limits on memory and time (vs-read-xls-child.c) stop a hostile workbook from starving
 * the machine, but code that overflows a heap inside libfreexl could still do what the
 * officer's account can: write or delete files, start programs, reach the network. Before
 * FreeXL sees a byte, the reader confines itself to what reading a file and reporting its
 * cells needs: opening for reading only, reading, writing to its standard output and
 * error, and memory in which no code can be written. Anything else kills the process, which the
 * importer reports as a crash naming the file.
 */
#include "vs-xls-sandbox.h"

#include <errno.h>
#include <fcntl.h>
#include <seccomp.h>
#include <stddef.h>
#include <sys/mman.h>

#define ALLOW(ctx, call, ...) \
  seccomp_rule_add ((ctx), SCMP_ACT_ALLOW, SCMP_SYS (call), __VA_ARGS__)

/* Flags that would make an open write, create or truncate something. */
#define OPEN_WRITES (O_ACCMODE | O_CREAT | O_TRUNC | O_APPEND | O_TMPFILE)

static int
add_rules (scmp_filter_ctx ctx)
{
  /* Plain calls: reading, seeking and closing the file FreeXL opened, the allocator's
   * memory, and leaving. */
  static const int plain[] = {
    SCMP_SYS (read), SCMP_SYS (pread64), SCMP_SYS (lseek), SCMP_SYS (close),
    SCMP_SYS (fstat), SCMP_SYS (newfstatat), SCMP_SYS (statx),
    SCMP_SYS (brk), SCMP_SYS (munmap), SCMP_SYS (mremap), SCMP_SYS (madvise),
    SCMP_SYS (futex), SCMP_SYS (getrandom), SCMP_SYS (rt_sigreturn),
    SCMP_SYS (rt_sigprocmask), SCMP_SYS (sigaltstack), SCMP_SYS (clock_gettime),
    SCMP_SYS (getpid), SCMP_SYS (gettid), SCMP_SYS (exit), SCMP_SYS (exit_group),
  };
  int rc;

  for (size_t i = 0; i < sizeof plain / sizeof plain[0]; i++)
    if ((rc = seccomp_rule_add (ctx, SCMP_ACT_ALLOW, plain[i], 0)) < 0)
      return rc;

  /* Cells go to the importer on standard output; what a crash says, to standard error. */
  if ((rc = ALLOW (ctx, write, 1, SCMP_A0 (SCMP_CMP_EQ, 1))) < 0
      || (rc = ALLOW (ctx, write, 1, SCMP_A0 (SCMP_CMP_EQ, 2))) < 0
      || (rc = ALLOW (ctx, writev, 1, SCMP_A0 (SCMP_CMP_EQ, 2))) < 0)
    return rc;

  /* FreeXL opens its input by name (/proc/self/fd/0); no open may write. */
  if ((rc = ALLOW (ctx, openat, 1, SCMP_A2 (SCMP_CMP_MASKED_EQ, OPEN_WRITES, O_RDONLY))) < 0)
    return rc;

  /* Memory for data; code only from a file. FreeXL decodes text with iconv, which loads
   * the converter for a workbook's codepage (a gconv module) as a shared library when it
   * first meets it. Anonymous memory is never executable, so no code can be written in. */
  if ((rc = ALLOW (ctx, mmap, 1, SCMP_A2 (SCMP_CMP_MASKED_EQ, PROT_EXEC, 0))) < 0
      || (rc = ALLOW (ctx, mmap, 1, SCMP_A3 (SCMP_CMP_MASKED_EQ, MAP_ANONYMOUS, 0))) < 0
      || (rc = ALLOW (ctx, mprotect, 1, SCMP_A2 (SCMP_CMP_MASKED_EQ, PROT_EXEC, 0))) < 0)
    return rc;

  return 0;
}

int
vs_xls_sandbox_enter (void)
{
  scmp_filter_ctx ctx = seccomp_init (SCMP_ACT_KILL_PROCESS);
  int rc;

  if (ctx == NULL)
    return -ENOMEM;
  rc = add_rules (ctx);
  if (rc == 0)
    rc = seccomp_load (ctx);
  seccomp_release (ctx);
  return rc;
}
