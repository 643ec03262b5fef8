/* vs-chart-view.c: a gnuplot chart drawn with librsvg at the widget's size and scale
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-chart-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vs-chart-pixels.h"
#include "vs-chart-view-private.h"
#include "vs-plotter.h"

/* Resizing sends many allocations; the chart is redrawn once the size has settled. */
#define RESIZE_SETTLE_MS 120

struct _VsChartView
{
  GtkWidget     parent_instance;

  VsChartSpec  *spec;
  GdkTexture   *texture;
  int           texture_scale;
  int           drawn_width;     /* logical size the texture was asked for */
  int           drawn_height;
  guint         generation;      /* bumped by every request; late answers are dropped */
  GCancellable *cancellable;
  guint         settle_id;
  gboolean      busy;
  GError       *error;

  GtkWidget    *message;
  GtkWidget    *spinner;
  GtkWidget    *menu_button;     /* Copy Chart, Save Chart… */
};

G_DEFINE_FINAL_TYPE (VsChartView, vs_chart_view, GTK_TYPE_WIDGET)

static void request_chart (VsChartView *self);

typedef struct {
  VsChartView *self;     /* weak */
  guint        generation;
  int          width;    /* logical */
  int          height;
  int          scale;
} Request;

static void
request_free (Request *req)
{
  g_clear_weak_pointer (&req->self);
  g_free (req);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Request, request_free)

static void
show_message (VsChartView *self,
              const char  *text)
{
  gtk_label_set_text (GTK_LABEL (self->message), text);
  gtk_widget_set_visible (self->message, text != NULL);
}

static void
set_busy (VsChartView *self,
          gboolean     busy)
{
  self->busy = busy;
  /* The old chart stays while the new one is drawn; a spinner only over an empty view. */
  gtk_widget_set_visible (self->spinner, busy && self->texture == NULL);
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), busy && self->texture == NULL);
}

static void
on_rendered_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(Request) req = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = vs_chart_pixels_render_finish (result, &error);
  VsChartView *self = req->self;

  if (self == NULL || req->generation != self->generation)
    return;

  if (texture == NULL)
    {
      g_clear_error (&self->error);
      self->error = g_steal_pointer (&error);
      show_message (self, self->error->message);
      set_busy (self, FALSE);
      return;
    }

  g_set_object (&self->texture, texture);
  self->texture_scale = req->scale;
  self->drawn_width = req->width;
  self->drawn_height = req->height;
  g_clear_error (&self->error);
  show_message (self, NULL);
  set_busy (self, FALSE);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_svg_ready_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(Request) req = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) svg = vs_plotter_render_finish (VS_PLOTTER (source), result, &error);
  VsChartView *self = req->self;
  int pixel_width, pixel_height;

  if (self == NULL || req->generation != self->generation)
    return;

  if (svg == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      g_clear_error (&self->error);
      self->error = g_steal_pointer (&error);
      g_clear_object (&self->texture);
      show_message (self, self->error->message);
      set_busy (self, FALSE);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }

  pixel_width = req->width * req->scale;
  pixel_height = req->height * req->scale;
  vs_chart_pixels_render_async (svg, pixel_width, pixel_height, self->cancellable,
                                on_rendered_cb, g_steal_pointer (&req));
}

static void
request_chart (VsChartView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  g_autoptr(VsChartSpec) spec = NULL;
  Request *req;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  g_clear_handle_id (&self->settle_id, g_source_remove);
  if (self->spec == NULL || width < 120 || height < 80)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->generation++;

  spec = vs_chart_spec_copy (self->spec);
  spec->format = VS_CHART_FORMAT_SVG;
  spec->width = (guint) width;
  spec->height = (guint) height;
  spec->scale = 1;
  spec->dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  req = g_new0 (Request, 1);
  g_set_weak_pointer (&req->self, self);
  req->generation = self->generation;
  req->width = width;
  req->height = height;
  req->scale = gtk_widget_get_scale_factor (widget);

  set_busy (self, TRUE);
  vs_plotter_render_async (vs_plotter_get_default (), spec, self->cancellable,
                           on_svg_ready_cb, req);
}

static gboolean
on_settled_cb (gpointer user_data)
{
  VsChartView *self = user_data;

  self->settle_id = 0;
  request_chart (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_request (VsChartView *self,
                  guint        delay_ms)
{
  g_clear_handle_id (&self->settle_id, g_source_remove);
  self->settle_id = g_timeout_add (delay_ms, on_settled_cb, self);
}

static void
on_dark_changed_cb (AdwStyleManager *manager,
                    GParamSpec      *pspec,
                    VsChartView     *self)
{
  schedule_request (self, 0);
}

static void
on_scale_changed_cb (GtkWidget   *widget,
                     GParamSpec  *pspec,
                     VsChartView *self)
{
  schedule_request (self, 0);
}

static void
vs_chart_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  VsChartView *self = VS_CHART_VIEW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (child != self->menu_button)
      gtk_widget_allocate (child, width, height, -1, NULL);
  if (gtk_widget_get_visible (self->menu_button))
    {
      GtkRequisition size;

      /* In the corner, over the chart's margin: gnuplot leaves it empty. */
      gtk_widget_get_preferred_size (self->menu_button, NULL, &size);
      gtk_widget_size_allocate (self->menu_button,
                                &(GtkAllocation) { MAX (0, width - size.width), 0,
                                                   MIN (size.width, width),
                                                   MIN (size.height, height) }, -1);
    }

  if (self->spec != NULL && (width != self->drawn_width || height != self->drawn_height))
    schedule_request (self, self->texture == NULL ? 0 : RESIZE_SETTLE_MS);
}

static void
vs_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 200 : 140;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 640 : 300;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (!gtk_widget_get_visible (child))
        continue;
      gtk_widget_measure (child, orientation, for_size, &child_min, &child_nat, NULL, NULL);
      *minimum = MAX (*minimum, child_min);
      *natural = MAX (*natural, child_nat);
    }
}

static void
vs_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  VsChartView *self = VS_CHART_VIEW (widget);

  if (self->texture != NULL)
    {
      /* Until the chart for a new size arrives, the old one is fitted, not stretched. */
      double w = (double) gdk_texture_get_width (self->texture) / self->texture_scale;
      double h = (double) gdk_texture_get_height (self->texture) / self->texture_scale;
      double fit = MIN (gtk_widget_get_width (widget) / w, gtk_widget_get_height (widget) / h);
      graphene_rect_t rect;

      fit = MIN (fit, 1.0);
      rect = GRAPHENE_RECT_INIT ((float) ((gtk_widget_get_width (widget) - w * fit) / 2),
                                 (float) ((gtk_widget_get_height (widget) - h * fit) / 2),
                                 (float) (w * fit), (float) (h * fit));
      gtk_snapshot_append_texture (snapshot, self->texture, &rect);
    }

  GTK_WIDGET_CLASS (vs_chart_view_parent_class)->snapshot (widget, snapshot);
}

/* A right click anywhere on the chart opens the same menu as its button. */
static void
on_pressed_cb (GtkGestureClick *gesture,
               int              n_press,
               double           x,
               double           y,
               VsChartView     *self)
{
  if (self->spec == NULL)
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_menu_button_popup (GTK_MENU_BUTTON (self->menu_button));
}

/* Copy, save and the menu while there is a chart to copy or save. */
static void
offer_actions (VsChartView *self)
{
  gboolean any = self->spec != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.copy", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.save", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.save-to", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.menu", any);
  gtk_widget_set_visible (self->menu_button, any);
}

static void
vs_chart_view_dispose (GObject *object)
{
  VsChartView *self = VS_CHART_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->settle_id, g_source_remove);
  g_clear_pointer (&self->message, gtk_widget_unparent);
  g_clear_pointer (&self->spinner, gtk_widget_unparent);
  g_clear_pointer (&self->menu_button, gtk_widget_unparent);
  g_clear_object (&self->texture);
  g_clear_pointer (&self->spec, vs_chart_spec_free);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (vs_chart_view_parent_class)->dispose (object);
}

static void
vs_chart_view_class_init (VsChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_chart_view_dispose;
  widget_class->size_allocate = vs_chart_view_size_allocate;
  widget_class->measure = vs_chart_view_measure;
  widget_class->snapshot = vs_chart_view_snapshot;

  /* Every chart in the window can be copied and saved (vs-chart-view-actions.c). */
  _vs_chart_view_class_install_actions (widget_class);

  gtk_widget_class_set_css_name (widget_class, "vs-chart-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
vs_chart_view_init (VsChartView *self)
{
  GtkGesture *click;

  self->message = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->message), TRUE);
  gtk_label_set_justify (GTK_LABEL (self->message), GTK_JUSTIFY_CENTER);
  gtk_widget_set_halign (self->message, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (self->message, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->message, "dim-label");
  gtk_widget_set_visible (self->message, FALSE);
  gtk_widget_set_parent (self->message, GTK_WIDGET (self));

  self->spinner = gtk_spinner_new ();
  gtk_widget_set_halign (self->spinner, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (self->spinner, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (self->spinner, 32, 32);
  gtk_widget_set_visible (self->spinner, FALSE);
  gtk_widget_set_parent (self->spinner, GTK_WIDGET (self));

  self->menu_button = _vs_chart_view_menu_button_new ();
  gtk_widget_set_parent (self->menu_button, GTK_WIDGET (self));
  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  offer_actions (self);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_dark_changed_cb), self, 0);
  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (on_scale_changed_cb), self);
}

GtkWidget *
vs_chart_view_new (void)
{
  return g_object_new (VS_TYPE_CHART_VIEW, NULL);
}

void
vs_chart_view_set_spec (VsChartView *self,
                        VsChartSpec *spec)
{
  g_return_if_fail (VS_IS_CHART_VIEW (self));

  g_clear_pointer (&self->spec, vs_chart_spec_free);
  self->spec = spec;
  g_clear_error (&self->error);
  offer_actions (self);

  if (spec == NULL)
    {
      g_cancellable_cancel (self->cancellable);
      self->generation++;
      g_clear_object (&self->texture);
      set_busy (self, FALSE);
      show_message (self, NULL);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }

  /* Without a title of its own, the caller names the chart (vs_chart_view_set_label). */
  if (spec->title != NULL)
    vs_chart_view_set_label (self, spec->title);
  request_chart (self);
}

void
vs_chart_view_set_label (VsChartView *self,
                         const char  *label)
{
  g_return_if_fail (VS_IS_CHART_VIEW (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label != NULL ? label : "",
                                  -1);
}

gboolean
vs_chart_view_is_busy (VsChartView *self)
{
  g_return_val_if_fail (VS_IS_CHART_VIEW (self), FALSE);
  return self->busy || self->settle_id != 0;
}

gboolean
vs_chart_view_has_chart (VsChartView *self)
{
  g_return_val_if_fail (VS_IS_CHART_VIEW (self), FALSE);
  return self->texture != NULL && !vs_chart_view_is_busy (self);
}

const GError *
vs_chart_view_get_error (VsChartView *self)
{
  g_return_val_if_fail (VS_IS_CHART_VIEW (self), NULL);
  return self->error;
}

const VsChartSpec *
vs_chart_view_get_spec (VsChartView *self)
{
  g_return_val_if_fail (VS_IS_CHART_VIEW (self), NULL);
  return self->spec;
}

GtkWidget *
_vs_chart_view_get_menu_button (VsChartView *self)
{
  g_return_val_if_fail (VS_IS_CHART_VIEW (self), NULL);
  return self->menu_button;
}
