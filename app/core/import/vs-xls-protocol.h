/* vs-xls-protocol.h: what the XLS reader process (vs-xls-reader) writes to its parent
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * FreeXL runs in a process of its own because a hostile file can make it write past its
 * buffers. Its cells come back as a stream the parent trusts no more than the file: the
 * magic, then records of one tag byte each, integers little-endian:
 *
 *   'S' u32 n, n bytes            a sheet begins, named (n may be 0: no name)
 *   'N' u32 row, u16 col, f64     a number (FreeXL's integers and doubles alike)
 *   'D' u32 row, u16 col, u32 n, n bytes   a date or date-time as FreeXL writes it
 *   'T' u32 row, u16 col, u32 n, n bytes   a text (n >= 1, no NUL)
 *   'P'                           the workbook is protected with a password; the end
 *   'F' i32 rc                    FreeXL failed with rc; the end
 *   'E'                           every sheet is written; the end
 *
 * Cells come in row, then column order within their sheet. Anything else, or a stream
 * that stops before its end, is damage.
 */
#pragma once

#define VS_XLS_MAGIC      "VSXLS\001\r\n"
#define VS_XLS_MAGIC_LEN  8

#define VS_XLS_SHEET      'S'
#define VS_XLS_NUMBER     'N'
#define VS_XLS_DATE       'D'
#define VS_XLS_TEXT       'T'
#define VS_XLS_PASSWORD   'P'
#define VS_XLS_FAILED     'F'
#define VS_XLS_END        'E'

/* Longer than any sheet name FreeXL can give (255 UTF-16 units, each 3 bytes of UTF-8 at
 * most). */
#define VS_XLS_MAX_NAME   1024u
