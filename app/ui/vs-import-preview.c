/* vs-import-preview.c: what an import will do (or why it cannot), file by file
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-import-preview"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "vs-a11y.h"
#include "vs-import-preview.h"

/* A file can hold thousands of findings; the preview lists this many of each kind and
 * says how many more there are. The command line's --dry-run lists them all. */
#define MAX_ROWS 200

struct _VsImportPreview
{
  AdwBin     parent_instance;

  GtkBox    *box;
  GtkLabel  *message;
};

G_DEFINE_FINAL_TYPE (VsImportPreview, vs_import_preview, ADW_TYPE_BIN)

static GtkWidget *
text_row (const char *title,
          const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
    }
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

static GtkWidget *
expander (AdwPreferencesGroup *group,
          const char          *title,
          guint                count,
          const char          *icon)
{
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *subtitle = g_strdup_printf ("%u", count);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  vs_a11y_name_by_title (ADW_PREFERENCES_ROW (row));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  if (icon != NULL)
    adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), gtk_image_new_from_icon_name (icon));
  adw_preferences_group_add (group, row);
  return row;
}

/* A handful of rows is shown at once; a long list waits to be opened. */
#define OPEN_AT_MOST 5

static void
add_more (GtkWidget *expander_row,
          guint      shown,
          guint      total)
{
  g_autofree char *text = NULL;

  if (total <= OPEN_AT_MOST)
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander_row), TRUE);
  if (total <= shown)
    return;
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "… and %u more", "… and %u more",
                                       total - shown), total - shown);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander_row), text_row (text, NULL));
}

static void
add_messages (AdwPreferencesGroup *group,
              GPtrArray           *messages,
              guint                total,
              gboolean             errors)
{
  GtkWidget *row;
  guint shown = 0;

  if (total == 0)
    return;
  row = expander (group, errors ? _("Errors") : _("Warnings"), total,
                  errors ? "dialog-error-symbolic" : "dialog-warning-symbolic");
  gtk_widget_add_css_class (row, errors ? "import-errors" : "import-warnings");
  /* Errors stop the import: they are open from the start. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), errors);

  for (guint i = 0; messages != NULL && i < messages->len && shown < MAX_ROWS; i++, shown++)
    {
      const VsImportMessage *m = g_ptr_array_index (messages, i);
      g_autofree char *where = NULL;

      if (m->sheet != NULL && m->cell != NULL)
        where = g_strdup_printf (_("Sheet “%s”, cell %s"), m->sheet, m->cell);
      else if (m->cell != NULL)
        where = g_strdup_printf (_("Cell %s"), m->cell);
      else if (m->row > 0)
        where = g_strdup_printf (_("Row %u"), m->row);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                                text_row (m->text, where));
    }
  add_more (row, shown, total);
}

static char *
format_value (VsObsState state,
              double     value)
{
  if (state != VS_OBS_ACTUAL || isnan (value))
    return g_strdup (vs_obs_state_to_string (state));
  return g_strdup_printf ("%g", value);
}

static void
add_changes (AdwPreferencesGroup   *group,
             const VsImportSummary *summary)
{
  GtkWidget *row;
  guint shown = 0;

  if (summary->changes == NULL || summary->changes->len == 0)
    return;
  row = expander (group, _("Corrected Figures"), summary->changes->len, "document-edit-symbolic");
  for (guint i = 0; i < summary->changes->len && shown < MAX_ROWS; i++, shown++)
    {
      const VsImportChange *c = g_ptr_array_index (summary->changes, i);
      g_autofree char *month = vs_period_to_label (c->period);
      g_autofree char *old_value = format_value (c->old_state, c->old_value);
      g_autofree char *new_value = format_value (c->new_state, c->new_value);
      g_autofree char *title = g_strdup_printf ("%s · %s · %s", c->ref, c->locality, month);
      /* Translators: a corrected figure: old → new, and the cell it came from */
      g_autofree char *subtitle = c->cell != NULL
        ? g_strdup_printf (_("%s → %s (cell %s)"), old_value, new_value, c->cell)
        : g_strdup_printf (_("%s → %s"), old_value, new_value);

      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), text_row (title, subtitle));
    }
  add_more (row, shown, summary->changes->len);
}

static void
add_indicators (AdwPreferencesGroup   *group,
                const VsImportSummary *summary)
{
  GtkWidget *created = NULL;
  GtkWidget *updated = NULL;
  guint n_created = 0, n_updated = 0;

  for (guint i = 0; summary->indicators != NULL && i < summary->indicators->len; i++)
    {
      const VsImportIndicatorReport *r = g_ptr_array_index (summary->indicators, i);
      g_autofree char *title = r->ref != NULL && *r->ref != '\0'
                                 ? g_strdup_printf ("%s · %s", r->ref, r->title)
                                 : g_strdup (r->title);

      if (r->outcome == VS_IMPORT_CREATED)
        {
          g_autofree char *where = g_strdup_printf (_("New, in “%s”"), r->area != NULL ? r->area : "");

          if (created == NULL)
            created = expander (group, _("New Indicators"), summary->indicators_created,
                                "list-add-symbolic");
          if (n_created++ < MAX_ROWS)
            adw_expander_row_add_row (ADW_EXPANDER_ROW (created), text_row (title, where));
        }
      else if (r->outcome == VS_IMPORT_UPDATED)
        {
          g_autofree char *what = NULL;

          if (updated == NULL)
            updated = expander (group, _("Definitions the File Changes"),
                                summary->indicators_updated, "document-properties-symbolic");
          if (r->changes != NULL && r->changes->len > 0)
            {
              GString *joined = g_string_new (NULL);

              for (guint j = 0; j < r->changes->len; j++)
                g_string_append_printf (joined, "%s%s", j > 0 ? "\n" : "",
                                        (const char *) g_ptr_array_index (r->changes, j));
              what = g_string_free (joined, FALSE);
            }
          if (n_updated++ < MAX_ROWS)
            adw_expander_row_add_row (ADW_EXPANDER_ROW (updated), text_row (title, what));
        }
    }
  if (created != NULL)
    add_more (created, MIN (n_created, MAX_ROWS), n_created);
  if (updated != NULL)
    add_more (updated, MIN (n_updated, MAX_ROWS), n_updated);
}

static void
add_counts (AdwPreferencesGroup   *group,
            const VsImportSummary *s)
{
  g_autofree char *indicators = NULL;
  g_autofree char *values = NULL;

  /* Translators: indicators in the file: found in the database, changed, created */
  indicators = g_strdup_printf (_("%u matched · %u updated · %u new"),
                                s->indicators_matched, s->indicators_updated, s->indicators_created);
  adw_preferences_group_add (group, text_row (_("Indicators"), indicators));

  values = g_strdup_printf (_("%u added · %u changed · %u unchanged"),
                            s->values_added, s->values_changed, s->values_unchanged);
  adw_preferences_group_add (group, text_row (_("Figures"), values));

  if (s->benchmarks_added + s->benchmarks_changed + s->benchmarks_unchanged > 0)
    {
      g_autofree char *benchmarks = g_strdup_printf (_("%u added · %u changed · %u unchanged"),
                                                     s->benchmarks_added, s->benchmarks_changed,
                                                     s->benchmarks_unchanged);
      adw_preferences_group_add (group, text_row (_("Benchmarks"), benchmarks));
    }
  if (s->commentary_added + s->actions_added + s->actions_updated > 0)
    {
      g_autofree char *texts = g_strdup_printf (_("%u commentaries · %u new actions · %u updated actions"),
                                                s->commentary_added, s->actions_added,
                                                s->actions_updated);
      adw_preferences_group_add (group, text_row (_("Report Card Texts"), texts));
    }
}

void
vs_import_preview_add_file (VsImportPreview       *self,
                            const char            *path,
                            const VsImportSummary *summary,
                            const GError          *error)
{
  AdwPreferencesGroup *group;
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *description = NULL;
  g_autofree char *escaped = NULL;
  GtkWidget *status;
  gboolean refused = error != NULL || (summary != NULL && summary->n_errors > 0);

  g_return_if_fail (VS_IS_IMPORT_PREVIEW (self));
  g_return_if_fail (path != NULL);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  /* Group titles and descriptions read markup: a file named "Q1 & Q2.xlsx" shows as is. */
  escaped = g_markup_escape_text (name, -1);
  adw_preferences_group_set_title (group, escaped);
  if (summary != NULL)
    {
      g_autofree char *format = g_ascii_strup (summary->format != NULL ? summary->format : "", -1);
      gboolean has_sheets = vs_import_format_has_sheets (summary->format);

      /* Translators: file format · sheet · layout found · data rows read */
      description = has_sheets && summary->sheet != NULL
        ? g_strdup_printf (_("%s · sheet “%s” · %s layout · %u rows"), format, summary->sheet,
                           summary->layout != NULL ? summary->layout : "?", summary->rows)
        : g_strdup_printf (_("%s · %s layout · %u rows"), format,
                           summary->layout != NULL ? summary->layout : "?", summary->rows);
      g_free (escaped);
      escaped = g_markup_escape_text (description, -1);
      adw_preferences_group_set_description (group, escaped);
    }

  status = gtk_label_new (refused ? _("Will not be imported") : _("Ready to import"));
  gtk_widget_add_css_class (status, "import-status");
  gtk_widget_add_css_class (status, refused ? "error" : "success");
  gtk_widget_add_css_class (status, "caption-heading");
  adw_preferences_group_set_header_suffix (group, status);

  if (error != NULL && (summary == NULL || summary->n_errors == 0))
    {
      GtkWidget *row = text_row (_("The file could not be read"), error->message);

      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("dialog-error-symbolic"));
      gtk_widget_add_css_class (row, "import-errors");
      adw_preferences_group_add (group, row);
    }
  if (summary != NULL)
    {
      add_messages (group, summary->errors, summary->n_errors, TRUE);
      add_counts (group, summary);
      add_indicators (group, summary);
      add_changes (group, summary);
      add_messages (group, summary->warnings, summary->n_warnings, FALSE);
    }

  gtk_box_append (self->box, GTK_WIDGET (group));
}

void
vs_import_preview_clear (VsImportPreview *self)
{
  GtkWidget *child;

  g_return_if_fail (VS_IS_IMPORT_PREVIEW (self));

  while ((child = gtk_widget_get_last_child (GTK_WIDGET (self->box))) != GTK_WIDGET (self->message))
    gtk_box_remove (self->box, child);
}

void
vs_import_preview_set_message (VsImportPreview *self,
                               const char      *text,
                               gboolean         is_error)
{
  g_return_if_fail (VS_IS_IMPORT_PREVIEW (self));

  gtk_label_set_text (self->message, text);
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (self->message), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->message), "error");
}

static void
vs_import_preview_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), VS_TYPE_IMPORT_PREVIEW);

  G_OBJECT_CLASS (vs_import_preview_parent_class)->dispose (object);
}

static void
vs_import_preview_class_init (VsImportPreviewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = vs_import_preview_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vitalsigns/VitalSigns/ui/vs-import-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, VsImportPreview, box);
  gtk_widget_class_bind_template_child (widget_class, VsImportPreview, message);
  gtk_widget_class_set_css_name (widget_class, "vs-import-preview");
}

static void
vs_import_preview_init (VsImportPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
