/* vs-pack-flow.c: text and tables that go on to a "continued" slide when a slide is full
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "vs-pack-build-private.h"

void
vs_pack_flow_init (VsPackFlow    *flow,
                   VsPackBuilder *b,
                   VsPackSlide   *slide,
                   double         x,
                   double         y,
                   double         width,
                   const char    *subtitle)
{
  *flow = (VsPackFlow) {
    .b = b, .slide = slide, .x = x, .y = y, .top = y, .width = width,
    .next_x = x, .next_width = width, .kind = slide->kind,
    .title = g_strdup (slide->title), .subtitle = g_strdup (subtitle),
  };
}

void
vs_pack_flow_clear (VsPackFlow *flow)
{
  g_clear_pointer (&flow->title, g_free);
  g_clear_pointer (&flow->subtitle, g_free);
}

static double
space_left (VsPackFlow *flow)
{
  return vs_pack_builder_bottom (flow->b) - flow->y;
}

static void
next_slide (VsPackFlow *flow)
{
  double top;

  flow->slide = vs_pack_builder_add_slide (flow->b, flow->kind, flow->title, flow->subtitle,
                                           TRUE, &top);
  flow->x = flow->next_x;
  flow->width = flow->next_width;
  flow->y = flow->top = top;
  flow->text = NULL;
}

/* Whether anything has been put in the flow's column of this slide yet. */
static gboolean
column_is_empty (VsPackFlow *flow)
{
  return flow->y <= flow->top + 0.5;
}

static double
heading_height (VsPackFlow *flow,
                const char *heading)
{
  return heading != NULL ? vs_pack_text_height (flow->b->text, heading, VS_PACK_BODY_PT, TRUE,
                                                flow->width) : 0;
}

/* Adds a section to the TEXT block at the flow's position, growing it. */
static void
add_section (VsPackFlow *flow,
             const char *heading,
             const char *body)
{
  double before;

  if (flow->text == NULL)
    {
      if (!column_is_empty (flow))
        flow->y += VS_PACK_GAP;
      flow->text = vs_pack_block_new (VS_PACK_BLOCK_TEXT, flow->x, flow->y, flow->width, 0);
      flow->text->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) vs_pack_section_free);
      g_ptr_array_add (flow->slide->blocks, flow->text);
    }
  before = flow->text->height;
  g_ptr_array_add (flow->text->sections, vs_pack_section_new (heading, body));
  flow->text->height = vs_pack_block_content_height (flow->b->text, flow->text);
  flow->y += flow->text->height - before;
}

void
vs_pack_flow_text (VsPackFlow *flow,
                   const char *heading,
                   const char *body)
{
  g_autofree char *rest = g_strdup (body != NULL && body[0] != '\0' ? body : "–");
  g_autofree char *title = g_strdup (heading);

  for (;;)
    {
      double gap = flow->text != NULL ? VS_PACK_SECTION_GAP
                   : column_is_empty (flow) ? 0 : VS_PACK_GAP;
      double head = heading_height (flow, title);
      double avail = space_left (flow) - gap - head;
      gsize fit;

      if (avail > 0 &&
          vs_pack_text_height (flow->b->text, rest, VS_PACK_BODY_PT, FALSE, flow->width) <= avail)
        {
          add_section (flow, title, rest);
          return;
        }
      fit = avail > 0 ? vs_pack_text_fit (flow->b->text, rest, VS_PACK_BODY_PT, FALSE,
                                          flow->width, avail) : 0;
      if (fit == 0)
        {
          /* Not one line left here: the whole section starts on the next slide, which
           * always takes at least a line of it. */
          g_assert (!column_is_empty (flow));
          next_slide (flow);
          continue;
        }
      if (fit >= strlen (rest))
        {
          add_section (flow, title, rest);
          return;
        }
      {
        g_autofree char *part = g_strndup (rest, fit);
        g_autofree char *left = g_strdup (rest + fit);

        add_section (flow, title, g_strchomp (part));
        g_free (rest);
        rest = g_steal_pointer (&left);
        g_strchug (rest);
      }
      if (rest[0] == '\0')
        return;
      if (title != NULL && !g_str_has_suffix (title, _(" (continued)")))
        {
          char *more = g_strconcat (title, _(" (continued)"), NULL);

          g_free (title);
          title = more;
        }
      next_slide (flow);
    }
}

/* The longest cell of @row shortened with "…" until the row is at most @height. */
static void
shorten_row (VsPackFlow  *flow,
             VsPackTable *table,
             VsPackRow   *row,
             double       height)
{
  double line = vs_pack_text_height (flow->b->text, "X", VS_PACK_TABLE_PT, FALSE, 100);
  double room = height - 2 * VS_PACK_CELL_PAD_Y;
  guint longest = 0;

  for (guint i = 1; i < table->n_columns; i++)
    if (strlen (row->cells[i].text) > strlen (row->cells[longest].text))
      longest = i;

  /* A line less each time round leaves room for the ellipsis: a few rounds at most. */
  while (vs_pack_table_row_height (flow->b->text, table, row->cells) > height && room > 0)
    {
      VsPackCell *cell = &row->cells[longest];
      double width = table->columns[longest].width - 2 * VS_PACK_CELL_PAD_X;
      gsize fit;
      g_autofree char *cut = NULL;

      room -= line;
      fit = room > 0 ? vs_pack_text_fit (flow->b->text, cell->text, VS_PACK_TABLE_PT,
                                         cell->strong, width, room) : 0;
      cut = g_strndup (cell->text, MIN (fit, strlen (cell->text)));
      g_free (cell->text);
      cell->text = g_strconcat (g_strchomp (cut), "…", NULL);
    }
}

static VsPackTable *
copy_columns (const VsPackTable *table)
{
  VsPackTable *part = vs_pack_table_new (table->n_columns);

  for (guint i = 0; i < table->n_columns; i++)
    vs_pack_table_set_column (part, i, table->columns[i].title, table->columns[i].width,
                              table->columns[i].align);
  return part;
}

/* Fewer rows than this are not left alone: at the foot of a slide under other blocks, or
 * on a continuation under its heading. */
#define MIN_PART_ROWS 3

/* At a table's break: a table begun under other blocks with only a row or two here starts
 * on the next slide instead; and when what is left fits on one more slide, rows go over
 * from this slide's part until the two are about even, so that a continuation never
 * holds a row or two under its heading. Earlier breaks fill their slides. */
static void
balance_break (VsPackFlow  *flow,
               VsPackTable *table,
               VsPackTable *part,
               gboolean     under_others,
               guint       *next,
               double      *used)
{
  /* A continued slide's column starts where this one's did: the same heading. */
  double room = vs_pack_builder_bottom (flow->b) - flow->top - part->header_height;
  double rest = 0;

  if (under_others && part->rows->len < MIN_PART_ROWS)
    {
      *next -= part->rows->len;
      *used = part->header_height;
      g_ptr_array_set_size (part->rows, 0);
      return;
    }

  for (guint k = *next; k < table->rows->len; k++)
    {
      VsPackRow *row = g_ptr_array_index (table->rows, k);

      rest += vs_pack_table_row_height (flow->b->text, part, row->cells);
      if (rest > room)
        return;
    }
  while (part->rows->len > 1)
    {
      VsPackRow *last = g_ptr_array_index (part->rows, part->rows->len - 1);

      if (rest + last->height > room ||
          *used - part->header_height - last->height < rest + last->height)
        break;
      g_ptr_array_remove_index (part->rows, part->rows->len - 1);
      *used -= last->height;
      rest += last->height;
      (*next)--;
    }
}

void
vs_pack_flow_table (VsPackFlow      *flow,
                    VsPackBlockKind  kind,
                    VsPackTable     *table)
{
  double header = vs_pack_table_header_height (flow->b->text, table);
  gboolean under_others;
  guint i = 0;

  flow->text = NULL;
  if (flow->y > vs_pack_builder_bottom (flow->b) - 1)
    next_slide (flow);
  while (i < table->rows->len)
    {
      VsPackBlock *block;
      VsPackTable *part;
      double used;

      under_others = !column_is_empty (flow) && i == 0;
      if (!column_is_empty (flow))
        flow->y += VS_PACK_GAP;
      used = header;
      part = copy_columns (table);
      part->header_height = header;
      while (i < table->rows->len)
        {
          VsPackRow *row = g_ptr_array_index (table->rows, i);
          double avail = vs_pack_builder_bottom (flow->b) - flow->y;

          row->height = vs_pack_table_row_height (flow->b->text, part, row->cells);
          if (used + row->height > avail)
            {
              if (part->rows->len > 0)
                {
                  balance_break (flow, table, part, under_others, &i, &used);
                  break;
                }
              if (!column_is_empty (flow))
                break;
              shorten_row (flow, part, row, avail - used);
              row->height = vs_pack_table_row_height (flow->b->text, part, row->cells);
            }
          g_ptr_array_add (part->rows, row);
          used += row->height;
          i++;
        }
      if (part->rows->len == 0)
        {
          vs_pack_table_free (part);
          next_slide (flow);
          continue;
        }
      block = vs_pack_block_new (kind, flow->x, flow->y, vs_pack_table_width (part), used);
      block->font_size = VS_PACK_TABLE_PT;
      block->table = part;
      g_ptr_array_add (flow->slide->blocks, block);
      flow->y += used;
      if (i < table->rows->len)
        next_slide (flow);
    }
  /* The rows now belong to the parts. */
  g_ptr_array_set_size (table->rows, 0);
  vs_pack_table_free (table);
}

VsPackBlock *
vs_pack_flow_block (VsPackFlow      *flow,
                    VsPackBlockKind  kind,
                    double           height)
{
  VsPackBlock *block;

  flow->text = NULL;
  if (!column_is_empty (flow))
    flow->y += VS_PACK_GAP;
  if (flow->y + height > vs_pack_builder_bottom (flow->b))
    next_slide (flow);
  height = MIN (height, vs_pack_builder_bottom (flow->b) - flow->y);
  block = vs_pack_block_new (kind, flow->x, flow->y, flow->width, height);
  g_ptr_array_add (flow->slide->blocks, block);
  flow->y += height;
  return block;
}
