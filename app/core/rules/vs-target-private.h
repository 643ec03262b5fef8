/* vs-target-private.h: the target text's tokens, shared by the lexer and the parser
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vs-target.h"

G_BEGIN_DECLS

#define VS_TARGET_MAX_TOKENS 16

typedef enum {
  TOK_NUMBER,
  TOK_WORD,
  TOK_LT,      /* < and <= read the same: bounds are inclusive */
  TOK_GT,
  TOK_EQ,
  TOK_DASH,
  TOK_PLUS,
  TOK_COMMA,
} VsTargetTokenKind;

typedef struct {
  VsTargetTokenKind kind;
  char     *text;      /* as written, for error messages; lower case for words */
  double    number;
  gboolean  percent;
  int       decimals;
} VsTargetToken;

typedef struct {
  VsTargetToken tokens[VS_TARGET_MAX_TOKENS];
  guint n;
  guint pos;
} VsTargetParser;

/* Sets a VS_RULES_ERROR_TARGET error quoting @text with @reason. */
void     _vs_target_set_error (GError    **error,
                               const char *text,
                               const char *reason);
/* Lower case, typographic signs made plain, trimmed. */
char    *_vs_target_normalise (const char *text);
/* Splits @norm into p's tokens; @original is quoted in errors. */
gboolean _vs_target_tokenize  (VsTargetParser  *p,
                               const char      *norm,
                               const char      *original,
                               GError         **error);
void     _vs_target_parser_clear (VsTargetParser *p);

G_END_DECLS
