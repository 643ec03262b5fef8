/* vs-spc-rules.c: the special-cause rules of a "Making Data Count" XmR chart
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vs-spc-private.h"

/* A shift: @length or more consecutive points on the same side of the mean. A point on the
 * mean (side 0) belongs to neither side and so breaks the run. */
static void
mark_shifts (VsSpcPoint *points,
             guint       n,
             guint       length)
{
  guint start = 0;

  for (guint i = 1; i <= n; i++)
    {
      if (i < n && points[i].side != 0 && points[i].side == points[start].side)
        continue;
      if (points[start].side != 0 && i - start >= length)
        for (guint j = start; j < i; j++)
          points[j].signals |= VS_SPC_SIGNAL_SHIFT;
      start = i;
    }
}

/* A trend: @length or more consecutive points each strictly above (or below) the one
 * before; a tie breaks it. Records each point's direction in @direction; a point where a
 * rising trend turns into a falling one takes the direction of the run to its right, as
 * "plot the dots" does. */
static void
mark_trends (VsSpcPoint *points,
             guint       n,
             guint       length,
             int        *direction)
{
  guint start = 0;
  int run = 0;

  for (guint i = 1; i <= n; i++)
    {
      int step = 0;

      if (i < n)
        step = points[i].value > points[i - 1].value ? 1 :
               points[i].value < points[i - 1].value ? -1 : 0;
      if (i < n && step != 0 && (run == 0 || step == run))
        {
          run = step;
          continue;
        }

      /* The run is points[start..i-1], rising or falling by @run. */
      if (run != 0 && i - start >= length)
        for (guint j = start; j < i; j++)
          {
            points[j].signals |= VS_SPC_SIGNAL_TREND;
            /* Its last point keeps the direction of a run it starts, if any. */
            if (j + 1 < i || direction[j] == 0)
              direction[j] = run;
          }

      /* The turning point (or tie) starts the next run. */
      start = i - 1;
      run = step;
      if (step == 0)
        start = i;
    }
}

/* Two of three consecutive points close to a limit, all three on the same side of the
 * mean: only the close points are marked. */
static void
mark_two_in_three (VsSpcPoint *points,
                   guint       n)
{
  for (guint i = 0; i + 2 < n; i++)
    {
      int side = points[i].side;
      guint close = 0;

      if (side == 0 || points[i + 1].side != side || points[i + 2].side != side)
        continue;
      for (guint j = i; j < i + 3; j++)
        close += points[j].close ? 1 : 0;
      if (close < 2)
        continue;
      for (guint j = i; j < i + 3; j++)
        if (points[j].close)
          points[j].signals |= VS_SPC_SIGNAL_TWO_IN_THREE;
    }
}

void
_vs_spc_mark_signals (VsSpcPoint         *points,
                      guint               n,
                      const VsSpcOptions *options)
{
  g_autofree int *direction = g_new0 (int, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    if (points[i].outside)
      points[i].signals |= VS_SPC_SIGNAL_OUTSIDE;
  mark_trends (points, n, options->trend_length, direction);
  mark_two_in_three (points, n);
  mark_shifts (points, n, options->shift_length);

  for (guint i = 0; i < n; i++)
    {
      VsSpcPoint *p = &points[i];
      int way;

      /* Precedence: outside > trend > two-in-three > shift. */
      if (p->signals & VS_SPC_SIGNAL_OUTSIDE)
        p->label = VS_SPC_SIGNAL_OUTSIDE;
      else if (p->signals & VS_SPC_SIGNAL_TREND)
        p->label = VS_SPC_SIGNAL_TREND;
      else if (p->signals & VS_SPC_SIGNAL_TWO_IN_THREE)
        p->label = VS_SPC_SIGNAL_TWO_IN_THREE;
      else if (p->signals & VS_SPC_SIGNAL_SHIFT)
        p->label = VS_SPC_SIGNAL_SHIFT;
      else
        p->label = VS_SPC_SIGNAL_NONE;

      /* A trend points the way it runs; every other signal the side of the mean it is on. */
      way = p->label == VS_SPC_SIGNAL_TREND ? direction[i] : p->side;
      if (p->label == VS_SPC_SIGNAL_NONE || way == 0)
        p->variation = VS_SPC_COMMON_CAUSE;
      else if (options->polarity == VS_POLARITY_INFO)
        p->variation = way > 0 ? VS_SPC_NEUTRAL_HIGH : VS_SPC_NEUTRAL_LOW;
      else if ((way > 0) == (options->polarity == VS_POLARITY_HIGHER_IS_BETTER))
        p->variation = VS_SPC_IMPROVEMENT;
      else
        p->variation = VS_SPC_CONCERN;
    }
}
