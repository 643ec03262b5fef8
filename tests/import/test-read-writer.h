/* test-read-writer.h: zip, XLSX and ODS files written by the reader tests themselves
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A minimal zip writer, so that tests control every byte: sizes that lie, broken CRCs,
 * encryption flags, parts that inflate to hundreds of megabytes. */
typedef struct _VsTestZip VsTestZip;

typedef struct {
  gboolean stored;         /* method 0 instead of deflate */
  guint64  declared_size;  /* if not 0, written instead of the true size */
  guint32  crc_xor;        /* XORed into the true CRC-32 */
  guint16  flags;          /* general purpose flags (bit 0: encrypted) */
  guint16  method;         /* if not 0, written instead of the true method */
} VsTestZipOptions;

VsTestZip *vs_test_zip_new          (void);
void       vs_test_zip_add          (VsTestZip              *zip,
                                     const char             *name,
                                     const char             *data,
                                     gssize                  len);
void       vs_test_zip_add_full     (VsTestZip              *zip,
                                     const char             *name,
                                     const char             *data,
                                     gssize                  len,
                                     const VsTestZipOptions *options);
/* @head, then @pattern @count times, then @tail, deflated as it is made. */
void       vs_test_zip_add_repeated (VsTestZip              *zip,
                                     const char             *name,
                                     const char             *head,
                                     const char             *pattern,
                                     guint64                 count,
                                     const char             *tail,
                                     const VsTestZipOptions *options);
/* The archive; frees @zip. */
GBytes    *vs_test_zip_finish       (VsTestZip              *zip);

/* An XLSX with the parts Excel writes. @shared_strings and @styles are the insides of
 * <sst> and <styleSheet> (NULL: no such part); each sheet's @data the inside of
 * <sheetData>. Parts go where Excel puts them unless the test adds its own. */
typedef struct {
  const char *name;
  const char *data;   /* VS_TEST_LATER: the test adds xl/worksheets/sheetN.xml itself */
  const char *state;  /* NULL, "hidden" */
} VsTestSheet;

/* As a part's contents: only the relationship is written, the test adds the part itself
 * (xl/sharedStrings.xml, xl/worksheets/sheetN.xml), as hostile as it likes. */
extern const char VS_TEST_LATER[];

VsTestZip *vs_test_xlsx_begin       (const char        *shared_strings,
                                     const char        *styles,
                                     gboolean           date1904,
                                     const VsTestSheet *sheets,
                                     guint              n_sheets);
GBytes    *vs_test_xlsx             (const char        *shared_strings,
                                     const char        *styles,
                                     gboolean           date1904,
                                     const VsTestSheet *sheets,
                                     guint              n_sheets);

/* An ODS: @automatic_styles the inside of office:automatic-styles, @tables the inside of
 * office:spreadsheet (namespaces office, table, text, style, draw, calcext declared). */
VsTestZip *vs_test_ods_begin        (void);
GBytes    *vs_test_ods              (const char        *automatic_styles,
                                     const char        *tables);
char      *vs_test_ods_content      (const char        *automatic_styles,
                                     const char        *tables);

G_END_DECLS
