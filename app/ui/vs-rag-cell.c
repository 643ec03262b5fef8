/* vs-rag-cell.c: one month of the RAG table: a tinted cell with a symbol and a figure
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-rag-cell"

#include "config.h"

#include <adwaita.h>

#include "vs-rag-cell.h"
#include "vs-rag-cells.h"

/* A table shows thousands of these, and GTK 4.8 builds every row of an area afresh when
 * the area changes. One widget that lays out its own two strings costs a third of a box
 * with two labels, which is what keeps an area switch within a frame or two. */
struct _VsRagCell
{
  GtkWidget    parent_instance;

  VsRag        rag;
  char        *text;
  PangoLayout *text_layout;
  PangoLayout *symbol_layout;
};

G_DEFINE_FINAL_TYPE (VsRagCell, vs_rag_cell, GTK_TYPE_WIDGET)

#define SYMBOL_GAP 2

/* The symbols' strong colours; the same as style.css's vs_*_strong, which the pills use. */
static void
symbol_color (VsRag    rag,
              gboolean dark,
              GdkRGBA *out)
{
  const char *spec;

  switch (rag)
    {
    case VS_RAG_RED:   spec = dark ? "#f66151" : "#c01c28"; break;
    case VS_RAG_AMBER: spec = dark ? "#f8e45c" : "#9c6e03"; break;
    case VS_RAG_GREEN: spec = dark ? "#8ff0a4" : "#26a269"; break;
    case VS_RAG_NONE:
    case VS_RAG_PENDING:
    case VS_RAG_NOT_EXPECTED:
    case VS_RAG_SUPPRESSED:
    default:           spec = "#808080"; break;
    }
  gdk_rgba_parse (out, spec);
}

static void
ensure_layouts (VsRagCell *self)
{
  if (self->text_layout == NULL)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      self->text_layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->text);
      self->symbol_layout = gtk_widget_create_pango_layout (GTK_WIDGET (self),
                                                            vs_rag_symbol (self->rag));
      pango_attr_list_insert (attrs, pango_attr_scale_new (0.72));
      pango_layout_set_attributes (self->symbol_layout, attrs);
      pango_attr_list_unref (attrs);
    }
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
  int tw, th, sw, sh;

  ensure_layouts (self);
  pango_layout_get_pixel_size (self->text_layout, &tw, &th);
  pango_layout_get_pixel_size (self->symbol_layout, &sw, &sh);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = tw + (sw > 0 ? sw + SYMBOL_GAP : 0);
  else
    *minimum = *natural = MAX (th, sh);
}

static void
vs_rag_cell_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  VsRagCell *self = VS_RAG_CELL (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GdkRGBA fg, sym;
  int tw, th, sw, sh;

  ensure_layouts (self);
  pango_layout_get_pixel_size (self->text_layout, &tw, &th);
  pango_layout_get_pixel_size (self->symbol_layout, &sw, &sh);
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  symbol_color (self->rag, dark, &sym);

  if (sw > 0)
    {
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, (height - sh) / 2.0f));
      gtk_snapshot_append_layout (snapshot, self->symbol_layout, &sym);
      gtk_snapshot_restore (snapshot);
    }
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (width - tw, (height - th) / 2.0f));
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
  gtk_widget_queue_resize (widget);
}

static void
vs_rag_cell_finalize (GObject *object)
{
  VsRagCell *self = VS_RAG_CELL (object);

  g_clear_object (&self->text_layout);
  g_clear_object (&self->symbol_layout);
  g_free (self->text);

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
}

GtkWidget *
vs_rag_cell_new (void)
{
  return g_object_new (VS_TYPE_RAG_CELL, NULL);
}

void
vs_rag_cell_set (VsRagCell  *self,
                 VsRag       rag,
                 const char *text)
{
  const char *classes[] = { "rag-cell", vs_rag_css_class (rag), NULL };

  g_return_if_fail (VS_IS_RAG_CELL (self));

  if (self->rag == rag && g_strcmp0 (self->text, text) == 0)
    return;
  self->rag = rag;
  g_free (self->text);
  self->text = g_strdup (text != NULL ? text : "");
  if (self->text_layout != NULL)
    {
      pango_layout_set_text (self->text_layout, self->text, -1);
      pango_layout_set_text (self->symbol_layout, vs_rag_symbol (rag), -1);
    }
  gtk_widget_set_css_classes (GTK_WIDGET (self), classes);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

const char *
vs_rag_cell_get_text (VsRagCell *self)
{
  g_return_val_if_fail (VS_IS_RAG_CELL (self), NULL);
  return self->text;
}

VsRag
vs_rag_cell_get_rag (VsRagCell *self)
{
  g_return_val_if_fail (VS_IS_RAG_CELL (self), VS_RAG_NONE);
  return self->rag;
}
