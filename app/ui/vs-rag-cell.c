/* vs-rag-cell.c: a light table cell: text, a rating's symbol and tint, or an icon
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-rag-cell"

#include "config.h"

#include <adwaita.h>

#include "vs-rag-cell.h"
#include "vs-rag-style.h"

struct _VsRagCell
{
  GtkWidget     parent_instance;

  VsRag         rag;
  gboolean      symbol;       /* draw the rating's symbol */
  char         *text;
  float         xalign;
  int           lines;
  char         *icon_name;
  char         *classes;      /* joined, to skip restyling when nothing changed */
  PangoLayout  *text_layout;
  PangoLayout  *symbol_layout;
  /* The layouts' natural sizes: GTK measures a cell several times a layout, and a table
   * has hundreds of cells; laying the text out again each time cost most of a new page. */
  gboolean      measured;
  int           text_width, text_height, symbol_width, symbol_height, line_height, char_width;
};

G_DEFINE_FINAL_TYPE (VsRagCell, vs_rag_cell, GTK_TYPE_WIDGET)

#define SYMBOL_GAP 2
#define ICON_SIZE 16
/* A wrapped cell asks for this many characters at least, and at most this many. */
#define MIN_CHARS 14
#define MAX_CHARS 40

/* The symbols' strong colours; the same as style.css's vs_*_strong, which the pills use. */
static void
symbol_color (VsRag    rag,
              gboolean dark,
              GdkRGBA *out)
{
  const char *spec = "#808080";

  switch (rag)
    {
    case VS_RAG_RED:   spec = dark ? "#f66151" : "#c01c28"; break;
    case VS_RAG_AMBER: spec = dark ? "#f8e45c" : "#9c6e03"; break;
    case VS_RAG_GREEN: spec = dark ? "#8ff0a4" : "#26a269"; break;
    case VS_RAG_NONE:
    case VS_RAG_PENDING:
    case VS_RAG_NOT_EXPECTED:
    case VS_RAG_SUPPRESSED:
      break;
    }
  gdk_rgba_parse (out, spec);
}

/* The rating's symbol, or NULL when the cell draws none: a text cell has no symbol layout
 * at all, which is half of a table's layouts. */
static const char *
symbol_text (VsRagCell *self)
{
  const char *symbol = self->symbol ? vs_rag_symbol (self->rag) : NULL;

  return symbol != NULL && *symbol != '\0' ? symbol : NULL;
}

static void
ensure_symbol_layout (VsRagCell *self)
{
  PangoAttrList *attrs;

  if (self->symbol_layout != NULL || symbol_text (self) == NULL)
    return;
  self->symbol_layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), symbol_text (self));
  attrs = pango_attr_list_new ();
  pango_attr_list_insert (attrs, pango_attr_scale_new (0.72));
  pango_layout_set_attributes (self->symbol_layout, attrs);
  pango_attr_list_unref (attrs);
}

static void
ensure_layouts (VsRagCell *self)
{
  ensure_symbol_layout (self);
  if (self->text_layout != NULL)
    return;

  self->text_layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->text);
  if (self->lines > 1)
    {
      pango_layout_set_wrap (self->text_layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_height (self->text_layout, -self->lines);
    }
  pango_layout_set_ellipsize (self->text_layout, PANGO_ELLIPSIZE_END);
}

static int
char_width (VsRagCell *self)
{
  PangoFontMetrics *metrics;
  int width;

  metrics = pango_context_get_metrics (gtk_widget_get_pango_context (GTK_WIDGET (self)), NULL, NULL);
  width = pango_font_metrics_get_approximate_char_width (metrics);
  pango_font_metrics_unref (metrics);
  return PANGO_PIXELS (width);
}

/* In a table too narrow for thirteen months with their symbols beside the figures, the
 * table marks itself "stacked-symbols" (vs-rag-table.c) and each symbol moves to its
 * cell's top left corner, above the figure rather than before it. */
static gboolean
symbols_stacked (VsRagCell *self)
{
  GtkWidget *table = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_COLUMN_VIEW);

  return table != NULL && gtk_widget_has_css_class (table, "stacked-symbols");
}

static void
vs_rag_cell_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  VsRagCell *self = VS_RAG_CELL (widget);
  int tw, sw, sh;

  if (self->icon_name != NULL)
    {
      *minimum = *natural = ICON_SIZE;
      return;
    }

  if (!self->measured)
    {
      PangoLayoutIter *iter;
      PangoRectangle logical;

      ensure_layouts (self);
      pango_layout_set_width (self->text_layout, -1);
      pango_layout_get_pixel_size (self->text_layout, &self->text_width, &self->text_height);
      self->symbol_width = self->symbol_height = 0;
      if (self->symbol_layout != NULL)
        pango_layout_get_pixel_size (self->symbol_layout, &self->symbol_width, &self->symbol_height);
      iter = pango_layout_get_iter (self->text_layout);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      self->line_height = PANGO_PIXELS (logical.height);
      pango_layout_iter_free (iter);
      self->char_width = self->lines > 1 ? char_width (self) : 0;
      self->measured = TRUE;
    }
  tw = self->text_width;
  sw = self->symbol_width;
  sh = self->symbol_height;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int symbol = sw > 0 && !symbols_stacked (self) ? sw + SYMBOL_GAP : 0;

      if (self->lines > 1)
        {
          /* Wrapped text gives way to the other columns down to a few words a line. */
          int c = self->char_width;

          *minimum = symbol + MIN_CHARS * c;
          *natural = symbol + MIN (tw, MAX_CHARS * c);
          *natural = MAX (*natural, *minimum);
        }
      else
        {
          /* An ellipsized ref or title gives way to its column's width, which the
           * table sets; a figure's column is never narrower than the figure. */
          *natural = MAX (symbol + tw, sw);
          *minimum = MIN (*natural, symbol + 24);
        }
    }
  else
    {
      /* Every wrapped cell is as tall as its lines allow, so rows line up. */
      *minimum = *natural = MAX (self->line_height * MAX (self->lines, 1), sh);
    }
}

static void
vs_rag_cell_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  VsRagCell *self = VS_RAG_CELL (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GdkRGBA fg;
  gboolean stacked;
  double align;
  int tw, th, sw, sh, x, avail;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);

  if (self->icon_name != NULL)
    {
      GtkIconPaintable *icon;
      GdkRGBA colors[4];

      icon = gtk_icon_theme_lookup_icon (gtk_icon_theme_get_for_display (gtk_widget_get_display (widget)),
                                         self->icon_name, NULL, ICON_SIZE,
                                         gtk_widget_get_scale_factor (widget),
                                         gtk_widget_get_direction (widget), 0);
      colors[0] = fg;
      gdk_rgba_parse (&colors[1], "#c01c28");
      gdk_rgba_parse (&colors[2], "#9c6e03");
      gdk_rgba_parse (&colors[3], "#26a269");
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((width - ICON_SIZE) / 2.0f,
                                                              (height - ICON_SIZE) / 2.0f));
      gtk_symbolic_paintable_snapshot_symbolic (GTK_SYMBOLIC_PAINTABLE (icon), snapshot,
                                                ICON_SIZE, ICON_SIZE, colors, 4);
      gtk_snapshot_restore (snapshot);
      g_object_unref (icon);
      return;
    }

  ensure_layouts (self);
  sw = sh = 0;
  if (self->symbol_layout != NULL)
    pango_layout_get_pixel_size (self->symbol_layout, &sw, &sh);
  stacked = sw > 0 && symbols_stacked (self);
  avail = MAX (width - (sw > 0 && !stacked ? sw + SYMBOL_GAP : 0), 1);
  align = self->xalign > 0.75f ? 1.0 : self->xalign > 0.25f ? 0.5 : 0.0;

  if (sw > 0)
    {
      GdkRGBA sym;

      symbol_color (self->rag, adw_style_manager_get_dark (adw_style_manager_get_default ()), &sym);
      gtk_snapshot_save (snapshot);
      /* Stacked, the symbol sits in the corner above the figure, which drops to the
       * cell's foot. */
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (stacked ? -1 : 0,
                                                              stacked ? -3 : (height - sh) / 2.0f));
      gtk_snapshot_append_layout (snapshot, self->symbol_layout, &sym);
      gtk_snapshot_restore (snapshot);
    }

  if (self->lines == 1 && self->measured && self->text_width <= avail)
    {
      /* A line that fits is drawn as measured, placed by xalign: given a width, Pango
       * would lay it out again. */
      if (pango_layout_get_width (self->text_layout) != -1)
        pango_layout_set_width (self->text_layout, -1);
      tw = self->text_width;
      th = self->text_height;
      x = (width - avail) + (int) ((avail - tw) * align);
    }
  else
    {
      /* Wrapped or cut: Pango places the text within the layout's width by its
       * alignment; the layout itself goes where xalign puts its ink. */
      pango_layout_set_width (self->text_layout, PANGO_SCALE * avail);
      pango_layout_set_alignment (self->text_layout,
                                  align == 1.0 ? PANGO_ALIGN_RIGHT
                                  : align == 0.5 ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
      pango_layout_get_pixel_size (self->text_layout, &tw, &th);
      x = width - avail;
    }
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, stacked ? height - th + 2 : (height - th) / 2.0f));
  gtk_snapshot_append_layout (snapshot, self->text_layout, &fg);
  gtk_snapshot_restore (snapshot);
}

/* A new font or size from CSS needs new layouts. */
static void
vs_rag_cell_css_changed (GtkWidget         *widget,
                         GtkCssStyleChange *change)
{
  VsRagCell *self = VS_RAG_CELL (widget);

  GTK_WIDGET_CLASS (vs_rag_cell_parent_class)->css_changed (widget, change);
  g_clear_object (&self->text_layout);
  g_clear_object (&self->symbol_layout);
  self->measured = FALSE;
  gtk_widget_queue_resize (widget);
}

static void
vs_rag_cell_finalize (GObject *object)
{
  VsRagCell *self = VS_RAG_CELL (object);

  g_clear_object (&self->text_layout);
  g_clear_object (&self->symbol_layout);
  g_free (self->text);
  g_free (self->icon_name);
  g_free (self->classes);

  G_OBJECT_CLASS (vs_rag_cell_parent_class)->finalize (object);
}

static void
vs_rag_cell_class_init (VsRagCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = vs_rag_cell_finalize;
  widget_class->measure = vs_rag_cell_measure;
  widget_class->snapshot = vs_rag_cell_snapshot;
  widget_class->css_changed = vs_rag_cell_css_changed;

  gtk_widget_class_set_css_name (widget_class, "vs-rag-cell");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_CELL);
}

static void
vs_rag_cell_init (VsRagCell *self)
{
  self->rag = VS_RAG_NONE;
  self->text = g_strdup ("");
  self->xalign = 1.0f;
  self->lines = 1;
}

GtkWidget *
vs_rag_cell_new (void)
{
  return g_object_new (VS_TYPE_RAG_CELL, NULL);
}

static void
update (VsRagCell  *self,
        gboolean    symbol,
        VsRag       rag,
        const char *text,
        float       xalign,
        int         lines)
{
  text = text != NULL ? text : "";
  if (self->symbol == symbol && self->rag == rag && self->xalign == xalign
      && self->lines == lines && g_strcmp0 (self->text, text) == 0 && self->icon_name == NULL)
    return;

  if (self->lines != lines)
    {
      g_clear_object (&self->text_layout);
      g_clear_object (&self->symbol_layout);
    }
  self->symbol = symbol;
  self->rag = rag;
  self->xalign = xalign;
  self->lines = lines;
  g_clear_pointer (&self->icon_name, g_free);
  g_free (self->text);
  self->text = g_strdup (text);
  self->measured = FALSE;
  if (self->text_layout != NULL)
    pango_layout_set_text (self->text_layout, self->text, -1);
  if (self->symbol_layout != NULL && symbol_text (self) != NULL)
    pango_layout_set_text (self->symbol_layout, symbol_text (self), -1);
  else
    g_clear_object (&self->symbol_layout);
  /* What a label would tell a screen reader; a month's cell adds its rating (bind_month). */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->text,
                                  -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
vs_rag_cell_set (VsRagCell  *self,
                 VsRag       rag,
                 const char *text)
{
  const char *classes[] = { "rag-cell", vs_rag_css_class (rag), NULL };

  g_return_if_fail (VS_IS_RAG_CELL (self));

  update (self, TRUE, rag, text, 1.0f, 1);
  vs_rag_cell_set_classes (self, classes);
}

void
vs_rag_cell_set_text (VsRagCell  *self,
                      const char *text,
                      float       xalign,
                      int         lines)
{
  g_return_if_fail (VS_IS_RAG_CELL (self));

  update (self, FALSE, VS_RAG_NONE, text, xalign, MAX (lines, 1));
}

void
vs_rag_cell_set_icon (VsRagCell  *self,
                      const char *icon_name)
{
  g_return_if_fail (VS_IS_RAG_CELL (self));

  if (g_strcmp0 (self->icon_name, icon_name) == 0)
    return;
  g_free (self->icon_name);
  self->icon_name = g_strdup (icon_name);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
vs_rag_cell_set_classes (VsRagCell          *self,
                         const char * const *classes)
{
  g_autofree char *joined = NULL;

  g_return_if_fail (VS_IS_RAG_CELL (self));

  joined = g_strjoinv (" ", (char **) classes);
  if (g_strcmp0 (joined, self->classes) == 0)
    return;
  g_free (self->classes);
  self->classes = g_steal_pointer (&joined);
  gtk_widget_set_css_classes (GTK_WIDGET (self), (const char **) classes);
}

const char *
vs_rag_cell_get_text (VsRagCell *self)
{
  g_return_val_if_fail (VS_IS_RAG_CELL (self), NULL);
  return self->text;
}
