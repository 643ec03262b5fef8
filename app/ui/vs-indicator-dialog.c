/* vs-indicator-dialog.c: an indicator's definition, edited with validation
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-indicator-dialog"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "vs-a11y.h"
#include "vs-indicator-dialog-private.h"
#include "vs-rag.h"
#include "vs-target.h"


G_DEFINE_FINAL_TYPE (VsIndicatorDialog, vs_indicator_dialog, ADW_TYPE_WINDOW)

/* The order of the rule list: VsRagRule values. Short, so the list's popover shows
 * them whole; rule_description() says more under the row. */
static const char *
rule_label (VsRagRule rule)
{
  switch (rule)
    {
    case VS_RAG_RULE_AUTO:      return C_("rag rule", "Automatic");
    case VS_RAG_RULE_TOLERANCE: return C_("rag rule", "Two thresholds");
    case VS_RAG_RULE_RELATIVE:  return C_("rag rule", "Within a margin");
    case VS_RAG_RULE_BAND:      return C_("rag rule", "Inside a band");
    case VS_RAG_RULE_NONE:
      return C_("rag rule", "Not rated");
    case VS_N_RAG_RULES:
      break;
    }
  g_return_val_if_reached (NULL);
}

static const char *
rule_description (VsRagRule rule)
{
  switch (rule)
    {
    case VS_RAG_RULE_AUTO:      return _("From the target and thresholds");
    case VS_RAG_RULE_TOLERANCE: return _("Red and green thresholds");
    case VS_RAG_RULE_RELATIVE:  return _("Within a margin of the target or a benchmark");
    case VS_RAG_RULE_BAND:      return _("Inside a target band");
    case VS_RAG_RULE_NONE:
      return _("The figures are shown but not rated");
    case VS_N_RAG_RULES:
      break;
    }
  g_return_val_if_reached (NULL);
}

static void
on_rule_selected_cb (AdwComboRow *row,
                     GParamSpec  *pspec,
                     gpointer     user_data)
{
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               rule_description ((VsRagRule) adw_combo_row_get_selected (row)));
}

static char *
format_number (double value)
{
  if (isnan (value))
    return g_strdup ("");
  return g_strdup_printf ("%g", value);
}

/* Empty is "not set" (NAN); anything else must be a number, a trailing % allowed. */
static gboolean
parse_number (AdwEntryRow *row,
              double      *out,
              GError     **error)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autofree char *title = NULL;
  char *end = NULL;
  gsize len = strlen (text);

  if (len > 0 && text[len - 1] == '%')
    text[--len] = '\0';
  if (len == 0)
    {
      *out = NAN;
      return TRUE;
    }
  *out = g_ascii_strtod (text, &end);
  if (end != NULL && *end == '\0' && isfinite (*out))
    return TRUE;

  g_object_get (row, "title", &title, NULL);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("%s: “%s” is not a number"), title, gtk_editable_get_text (GTK_EDITABLE (row)));
  return FALSE;
}

static char *
entry_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static char *
view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

VsIndicator *
vs_indicator_dialog_read (VsIndicatorDialog *self,
                          GError           **error)
{
  g_autoptr(VsIndicator) edited = NULL;
  g_autoptr(GError) local_error = NULL;
  VsRagSpec spec;
  VsTarget target;
  guint comparator;

  g_return_val_if_fail (VS_IS_INDICATOR_DIALOG (self), NULL);

  edited = vs_indicator_copy (self->indicator);
  _vs_indicator_dialog_mark_row (GTK_WIDGET (self->title_row), FALSE);
  _vs_indicator_dialog_mark_row (GTK_WIDGET (self->target_row), FALSE);
  _vs_indicator_dialog_mark_row (GTK_WIDGET (self->red_row), FALSE);
  _vs_indicator_dialog_mark_row (GTK_WIDGET (self->green_row), FALSE);
  _vs_indicator_dialog_mark_row (GTK_WIDGET (self->amber_row), FALSE);

  if (!_vs_indicator_dialog_place_read (self, edited, error))
    return NULL;
  g_free (edited->title);
  edited->title = entry_text (self->title_row);
  if (edited->title == NULL)
    {
      _vs_indicator_dialog_mark_row (GTK_WIDGET (self->title_row), TRUE);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("The indicator needs a title"));
      return NULL;
    }

  edited->polarity = (VsPolarity) adw_combo_row_get_selected (self->polarity_row);
  edited->unit = (VsUnit) adw_combo_row_get_selected (self->unit_row);
  edited->periodicity = (VsPeriodicity) adw_combo_row_get_selected (self->periodicity_row);
  edited->rag_rule = (VsRagRule) adw_combo_row_get_selected (self->rule_row);
  comparator = adw_combo_row_get_selected (self->comparator_row);
  edited->rag_comparator = comparator == 0 ? -1 : (int) comparator - 1;

  g_free (edited->target_text);
  edited->target_text = entry_text (self->target_row);
  if (!vs_target_parse (edited->target_text, &target, &local_error))
    {
      _vs_indicator_dialog_mark_row (GTK_WIDGET (self->target_row), TRUE);
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), _("Target: "));
      return NULL;
    }

  if (!parse_number (self->red_row, &edited->red_threshold, error))
    {
      _vs_indicator_dialog_mark_row (GTK_WIDGET (self->red_row), TRUE);
      return NULL;
    }
  if (!parse_number (self->green_row, &edited->green_threshold, error))
    {
      _vs_indicator_dialog_mark_row (GTK_WIDGET (self->green_row), TRUE);
      return NULL;
    }
  if (!parse_number (self->amber_row, &edited->amber_percent, error))
    {
      _vs_indicator_dialog_mark_row (GTK_WIDGET (self->amber_row), TRUE);
      return NULL;
    }
  if (!isnan (edited->amber_percent) && (edited->amber_percent < 0 || edited->amber_percent > 100))
    {
      _vs_indicator_dialog_mark_row (GTK_WIDGET (self->amber_row), TRUE);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("Amber margin: %g is not between 0 and 100 percent"), edited->amber_percent);
      return NULL;
    }

  g_free (edited->lead_officer);
  edited->lead_officer = entry_text (self->lead_row);
  g_free (edited->data_owner);
  edited->data_owner = entry_text (self->owner_row);
  edited->budget_flag = gtk_switch_get_active (self->budget_switch);
  edited->risk_flag = gtk_switch_get_active (self->risk_switch);
  g_free (edited->why_important);
  edited->why_important = view_text (self->why_view);
  g_free (edited->success);
  edited->success = view_text (self->success_view);

  /* The rules have the last word: a rule that lacks what it needs (tolerances without
   * both thresholds, a band rule without a band) is refused here, not at rating time. */
  if (!vs_rag_spec_init (&spec, edited, &local_error))
    {
      GtkWidget *row = g_error_matches (local_error, VS_RULES_ERROR, VS_RULES_ERROR_TARGET)
                         ? GTK_WIDGET (self->target_row) : GTK_WIDGET (self->rule_row);

      _vs_indicator_dialog_mark_row (row, TRUE);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&edited);
}

static void
validate (VsIndicatorDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsIndicator) edited = vs_indicator_dialog_read (self, &error);

  gtk_label_set_text (self->error_label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), error != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), edited != NULL);
}

static void
on_field_changed_cb (VsIndicatorDialog *self)
{
  validate (self);
}

gboolean
vs_indicator_dialog_save (VsIndicatorDialog *self,
                          GError           **error)
{
  g_autoptr(VsIndicator) edited = NULL;

  g_return_val_if_fail (VS_IS_INDICATOR_DIALOG (self), FALSE);

  edited = vs_indicator_dialog_read (self, error);
  /* The store checks the ref and title again and makes a new area, all or nothing. */
  return edited != NULL && vs_store_edit_indicator (self->store, edited, edited->area, error);
}

static void
on_save_clicked_cb (GtkButton         *button,
                    VsIndicatorDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!vs_indicator_dialog_save (self, &error))
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_cancel_clicked_cb (GtkButton         *button,
                      VsIndicatorDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
fill_combo (AdwComboRow  *row,
            guint         n,
            const char *(*label) (int))
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (list, label ((int) i));
  adw_combo_row_set_model (row, G_LIST_MODEL (list));
}

static const char *polarity_label (int i) { return vs_polarity_label ((VsPolarity) i); }
static const char *unit_label (int i) { return vs_unit_label ((VsUnit) i); }
static const char *periodicity_label (int i) { return vs_periodicity_label ((VsPeriodicity) i); }
static const char *rule_label_int (int i) { return rule_label ((VsRagRule) i); }
static const char *
comparator_label (int i)
{
  return i == 0 ? _("The target") : vs_comparator_label ((VsComparator) (i - 1));
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
set_number (AdwEntryRow *row,
            double       value)
{
  g_autofree char *text = format_number (value);

  set_text (row, text);
}

static void
set_view_text (GtkTextView *view,
               const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

static void
vs_indicator_dialog_dispose (GObject *object)
{
  VsIndicatorDialog *self = VS_INDICATOR_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_INDICATOR_DIALOG);

  G_OBJECT_CLASS (vs_indicator_dialog_parent_class)->dispose (object);
}

static void
vs_indicator_dialog_finalize (GObject *object)
{
  VsIndicatorDialog *self = VS_INDICATOR_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->indicator, vs_indicator_unref);
  g_clear_pointer (&self->areas, g_ptr_array_unref);

  G_OBJECT_CLASS (vs_indicator_dialog_parent_class)->finalize (object);
}

static void
vs_indicator_dialog_class_init (VsIndicatorDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_indicator_dialog_dispose;
  object_class->finalize = vs_indicator_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vitalsigns/VitalSigns/ui/vs-indicator-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, VsIndicatorDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, VsIndicatorDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, VsIndicatorDialog, ref_row);
  gtk_widget_class_bind_template_child (widget_class, VsIndicatorDialog, area_row);
  gtk_widget_class_bind_template_child (widget_class, VsIndicatorDialog, new_area_row);
  gtk_widget_class_bind_template_child (widget_class, VsIndicatorDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, VsIndicatorDialog, polarity_row);
  gtk_widget_class_bind_template_child (widget_class, VsIndicatorDialog, unit_row);
  gtk_widget_class_bind_template_child (widget_class, VsIndicatorDialog, periodicity_row);
  gtk_widget_class_bind_template_child (widget_class, VsIndicatorDialog, target_row);
  gtk_widget_class_bind_template_child (widget_class, VsIndicatorDialog, rule_row);
  gtk_widget_class_bind_template_child (widget_class, VsIndicatorDialog, red_row);
  gtk_widget_class_bind_template_child (widget_class, VsIndicatorDialog, green_row);
  gtk_widget_class_bind_template_child (widget_class, VsIndicatorDialog, amber_row);
  gtk_widget_class_bind_template_child (widget_class, VsIndicatorDialog, comparator_row);
  gtk_widget_class_bind_template_child (widget_class, VsIndicatorDialog, lead_row);
  gtk_widget_class_bind_template_child (widget_class, VsIndicatorDialog, owner_row);
  gtk_widget_class_bind_template_child (widget_class, VsIndicatorDialog, budget_switch);
  gtk_widget_class_bind_template_child (widget_class, VsIndicatorDialog, risk_switch);
  gtk_widget_class_bind_template_child (widget_class, VsIndicatorDialog, why_view);
  gtk_widget_class_bind_template_child (widget_class, VsIndicatorDialog, success_view);
  gtk_widget_class_bind_template_child (widget_class, VsIndicatorDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
vs_indicator_dialog_init (VsIndicatorDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  vs_a11y_name_label_buttons (GTK_WIDGET (self));
  self->areas = g_ptr_array_new_with_free_func (g_free);

  fill_combo (self->polarity_row, VS_N_POLARITIES, polarity_label);
  fill_combo (self->unit_row, VS_N_UNITS, unit_label);
  fill_combo (self->periodicity_row, VS_N_PERIODICITIES, periodicity_label);
  fill_combo (self->rule_row, VS_N_RAG_RULES, rule_label_int);
  g_signal_connect (self->rule_row, "notify::selected", G_CALLBACK (on_rule_selected_cb), NULL);
  on_rule_selected_cb (self->rule_row, NULL, NULL);
  fill_combo (self->comparator_row, VS_N_COMPARATORS + 1, comparator_label);
}

static void
connect_changes (VsIndicatorDialog *self)
{
  GtkWidget *entries[] = {
    GTK_WIDGET (self->ref_row), GTK_WIDGET (self->new_area_row), GTK_WIDGET (self->title_row), GTK_WIDGET (self->target_row), GTK_WIDGET (self->red_row),
    GTK_WIDGET (self->green_row), GTK_WIDGET (self->amber_row), GTK_WIDGET (self->lead_row),
    GTK_WIDGET (self->owner_row),
  };
  GtkWidget *combos[] = {
    GTK_WIDGET (self->polarity_row), GTK_WIDGET (self->unit_row),
    GTK_WIDGET (self->periodicity_row), GTK_WIDGET (self->rule_row),
    GTK_WIDGET (self->comparator_row), GTK_WIDGET (self->area_row),
  };

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    g_signal_connect_swapped (entries[i], "changed", G_CALLBACK (on_field_changed_cb), self);
  for (guint i = 0; i < G_N_ELEMENTS (combos); i++)
    g_signal_connect_swapped (combos[i], "notify::selected", G_CALLBACK (on_field_changed_cb), self);
  g_signal_connect_swapped (self->budget_switch, "notify::active", G_CALLBACK (on_field_changed_cb), self);
  g_signal_connect_swapped (self->risk_switch, "notify::active", G_CALLBACK (on_field_changed_cb), self);
}

VsIndicatorDialog *
vs_indicator_dialog_new (GtkWindow         *parent,
                         VsStore           *store,
                         const VsIndicator *indicator)
{
  VsIndicatorDialog *self;
  VsIndicator *ind;

  g_return_val_if_fail (VS_IS_STORE (store), NULL);
  g_return_val_if_fail (indicator != NULL, NULL);

  self = g_object_new (VS_TYPE_INDICATOR_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->store = g_object_ref (store);
  self->indicator = ind = vs_indicator_copy (indicator);

  adw_window_title_set_subtitle (self->window_title, ind->ref);
  _vs_indicator_dialog_place_load (self);
  set_text (self->title_row, ind->title);
  adw_combo_row_set_selected (self->polarity_row, ind->polarity);
  adw_combo_row_set_selected (self->unit_row, ind->unit);
  adw_combo_row_set_selected (self->periodicity_row, ind->periodicity);
  set_text (self->target_row, ind->target_text);
  adw_combo_row_set_selected (self->rule_row, ind->rag_rule);
  set_number (self->red_row, ind->red_threshold);
  set_number (self->green_row, ind->green_threshold);
  set_number (self->amber_row, ind->amber_percent);
  adw_combo_row_set_selected (self->comparator_row,
                              ind->rag_comparator < 0 ? 0 : (guint) ind->rag_comparator + 1);
  set_text (self->lead_row, ind->lead_officer);
  set_text (self->owner_row, ind->data_owner);
  gtk_switch_set_active (self->budget_switch, ind->budget_flag);
  gtk_switch_set_active (self->risk_switch, ind->risk_flag);
  set_view_text (self->why_view, ind->why_important);
  set_view_text (self->success_view, ind->success);

  connect_changes (self);
  validate (self);
  return self;
}
