/* vs-xls-sandbox.h: the system calls the XLS reader process may make
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Returns 0, or a negative errno when the kernel refused the filter. No GLib: the reader
 * links FreeXL and libseccomp alone. */
int vs_xls_sandbox_enter (void);
