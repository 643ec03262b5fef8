/* vs-peer.c: peer figures and authorities
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vs-peer.h"

void
vs_peer_figure_free (VsPeerFigure *figure)
{
  if (figure == NULL)
    return;
  g_free (figure->code);
  g_free (figure->name);
  g_free (figure->new_code);
  g_free (figure->region);
  g_free (figure->code_text);
  g_free (figure->file);
  g_free (figure);
}

VsPeerFigure *
vs_peer_figure_copy (const VsPeerFigure *figure)
{
  VsPeerFigure *copy;

  g_return_val_if_fail (figure != NULL, NULL);
  copy = g_memdup2 (figure, sizeof *figure);
  copy->code = g_strdup (figure->code);
  copy->name = g_strdup (figure->name);
  copy->new_code = g_strdup (figure->new_code);
  copy->region = g_strdup (figure->region);
  copy->code_text = g_strdup (figure->code_text);
  copy->file = g_strdup (figure->file);
  return copy;
}

VsAuthority *
vs_authority_new (const char *code,
                  const char *name,
                  const char *new_code,
                  const char *region)
{
  VsAuthority *authority = g_new0 (VsAuthority, 1);

  authority->code = g_strdup (code);
  authority->name = g_strdup (name);
  authority->new_code = g_strdup (new_code);
  authority->region = g_strdup (region);
  return authority;
}

VsAuthority *
vs_authority_copy (const VsAuthority *authority)
{
  g_return_val_if_fail (authority != NULL, NULL);
  return vs_authority_new (authority->code, authority->name, authority->new_code,
                           authority->region);
}

void
vs_authority_free (VsAuthority *authority)
{
  if (authority == NULL)
    return;
  g_free (authority->code);
  g_free (authority->name);
  g_free (authority->new_code);
  g_free (authority->region);
  g_free (authority);
}

gboolean
vs_authority_names_equal (const char *a,
                          const char *b)
{
  g_autofree char *fa = NULL, *fb = NULL;

  if (a == NULL || b == NULL)
    return FALSE;
  fa = g_utf8_casefold (a, -1);
  fb = g_utf8_casefold (b, -1);
  return g_str_equal (g_strstrip (fa), g_strstrip (fb));
}

gboolean
vs_authority_matches (const VsAuthority *authority,
                      const char        *query)
{
  g_return_val_if_fail (authority != NULL, FALSE);
  return vs_authority_names_equal (authority->code, query) ||
         vs_authority_names_equal (authority->new_code, query) ||
         vs_authority_names_equal (authority->name, query);
}
