/* vs-pack-pptx.c: the pack as an editable PowerPoint presentation: the Open Packaging
 * parts (libgsf's package writer keeps the relationships and content types) holding
 * PresentationML written with libxml2's text writer
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>

#include "vs-pack-pptx-private.h"

#define NOTES_WIDTH  6858000   /* a portrait A4-ish notes page, PowerPoint's default */
#define NOTES_HEIGHT 9144000
/* Master and layout ids live above 2^31, slide ids from 256, as PowerPoint numbers them. */
#define MASTER_ID    2147483648u
#define FIRST_SLIDE_ID 256

gboolean
vs_pptx_close_part (GsfOutput  *part,
                    gboolean    written,
                    GError    **error)
{
  gboolean closed = gsf_output_close (part);
  const GError *why = gsf_output_error (part);

  if (written && closed)
    return TRUE;
  if (error != NULL && *error == NULL)
    g_set_error (error, VS_PACK_ERROR, VS_PACK_ERROR_WRITE, _("could not write %s: %s"),
                 gsf_output_name (part), why != NULL ? why->message : g_strerror (ENOSPC));
  return FALSE;
}

static GsfOutput *
new_part (GsfOutfile *dir,
          const char *name,
          const char *content_type)
{
  return gsf_outfile_new_child_full (dir, name, FALSE, "content-type", content_type, NULL);
}

static const char *
relate (GsfOutput  *child,
        GsfOutput  *parent,
        const char *type)
{
  return gsf_outfile_open_pkg_relate (GSF_OUTFILE_OPEN_PKG (child), GSF_OUTFILE_OPEN_PKG (parent),
                                      type);
}

static xmlTextWriterPtr
begin (GsfOutput  *part,
       const char *root)
{
  xmlTextWriterPtr w = vs_ooxml_writer_new (part);

  vs_ooxml_start (w, root);
  vs_ooxml_attr (w, "xmlns:a", VS_OOXML_NS_A);
  vs_ooxml_attr (w, "xmlns:r", VS_OOXML_NS_R);
  vs_ooxml_attr (w, "xmlns:p", VS_OOXML_NS_P);
  return w;
}

static gboolean
finish (xmlTextWriterPtr   w,
        GsfOutput         *part,
        GError           **error)
{
  vs_ooxml_end (w);
  return vs_pptx_close_part (part, vs_ooxml_writer_finish (w), error);
}

static void
empty_group (xmlTextWriterPtr w)
{
  vs_ooxml_start (w, "p:nvGrpSpPr");
  vs_ooxml_empty (w, "p:cNvPr", "id", "1", "name", "", NULL);
  vs_ooxml_empty (w, "p:cNvGrpSpPr", NULL);
  vs_ooxml_empty (w, "p:nvPr", NULL);
  vs_ooxml_end (w);
  vs_ooxml_empty (w, "p:grpSpPr", NULL);
}

/* A placeholder of the master, layout or notes master at its place, in EMU. */
static void
placeholder (xmlTextWriterPtr  w,
             guint             id,
             const char       *type,
             const char       *idx,
             gint64            x,
             gint64            y,
             gint64            cx,
             gint64            cy)
{
  vs_ooxml_start (w, "p:sp");
  vs_ooxml_start (w, "p:nvSpPr");
  vs_ooxml_start (w, "p:cNvPr");
  vs_ooxml_attr_int (w, "id", id);
  vs_ooxml_attr (w, "name", type);
  vs_ooxml_end (w);
  vs_ooxml_start (w, "p:cNvSpPr");
  vs_ooxml_empty (w, "a:spLocks", "noGrp", "1", NULL);
  vs_ooxml_end (w);
  vs_ooxml_start (w, "p:nvPr");
  vs_ooxml_start (w, "p:ph");
  vs_ooxml_attr (w, "type", type);
  if (idx != NULL)
    vs_ooxml_attr (w, "idx", idx);
  vs_ooxml_end (w);
  vs_ooxml_end (w);
  vs_ooxml_end (w);
  vs_ooxml_start (w, "p:spPr");
  vs_ooxml_start (w, "a:xfrm");
  vs_ooxml_start (w, "a:off");
  vs_ooxml_attr_int (w, "x", x);
  vs_ooxml_attr_int (w, "y", y);
  vs_ooxml_end (w);
  vs_ooxml_start (w, "a:ext");
  vs_ooxml_attr_int (w, "cx", cx);
  vs_ooxml_attr_int (w, "cy", cy);
  vs_ooxml_end (w);
  vs_ooxml_end (w);
  vs_ooxml_end (w);
  if (g_strcmp0 (type, "sldImg") != 0)
    {
      vs_ooxml_start (w, "p:txBody");
      vs_ooxml_empty (w, "a:bodyPr", NULL);
      vs_ooxml_empty (w, "a:lstStyle", NULL);
      vs_ooxml_empty (w, "a:p", NULL);
      vs_ooxml_end (w);
    }
  vs_ooxml_end (w);
}

static void
title_placeholder (xmlTextWriterPtr w)
{
  placeholder (w, 2, "title", NULL, VS_OOXML_EMU (24), VS_OOXML_EMU (18),
               VS_OOXML_EMU (VS_PACK_PAGE_WIDTH - 48), VS_OOXML_EMU (60));
}

static void
color_map (xmlTextWriterPtr  w,
           const char       *element)
{
  vs_ooxml_empty (w, element, "bg1", "lt1", "tx1", "dk1", "bg2", "lt2", "tx2", "dk2",
                  "accent1", "accent1", "accent2", "accent2", "accent3", "accent3",
                  "accent4", "accent4", "accent5", "accent5", "accent6", "accent6",
                  "hlink", "hlink", "folHlink", "folHlink", NULL);
}

static gboolean
write_master (GsfOutput   *part,
              const char  *layout_id,
              GError     **error)
{
  xmlTextWriterPtr w = begin (part, "p:sldMaster");

  vs_ooxml_start (w, "p:cSld");
  vs_ooxml_start (w, "p:spTree");
  empty_group (w);
  title_placeholder (w);
  vs_ooxml_end (w);
  vs_ooxml_end (w);
  color_map (w, "p:clrMap");
  vs_ooxml_start (w, "p:sldLayoutIdLst");
  vs_ooxml_start (w, "p:sldLayoutId");
  vs_ooxml_attr_int (w, "id", (gint64) MASTER_ID + 1);
  vs_ooxml_attr (w, "r:id", layout_id);
  vs_ooxml_end (w);
  vs_ooxml_end (w);
  return finish (w, part, error);
}

static gboolean
write_layout (GsfOutput  *part,
              GError    **error)
{
  xmlTextWriterPtr w = begin (part, "p:sldLayout");

  vs_ooxml_attr (w, "type", "titleOnly");
  vs_ooxml_attr (w, "preserve", "1");
  vs_ooxml_start (w, "p:cSld");
  vs_ooxml_attr (w, "name", "Title Only");
  vs_ooxml_start (w, "p:spTree");
  empty_group (w);
  title_placeholder (w);
  vs_ooxml_end (w);
  vs_ooxml_end (w);
  vs_ooxml_start (w, "p:clrMapOvr");
  vs_ooxml_empty (w, "a:masterClrMapping", NULL);
  vs_ooxml_end (w);
  return finish (w, part, error);
}

static gboolean
write_notes_master (GsfOutput  *part,
                    GError    **error)
{
  xmlTextWriterPtr w = begin (part, "p:notesMaster");

  vs_ooxml_start (w, "p:cSld");
  vs_ooxml_start (w, "p:spTree");
  empty_group (w);
  placeholder (w, 2, "sldImg", NULL, 381000, 685800, 6096000, 3429000);
  placeholder (w, 3, "body", "1", 685800, 4343400, 5486400, 4114800);
  vs_ooxml_end (w);
  vs_ooxml_end (w);
  color_map (w, "p:clrMap");
  return finish (w, part, error);
}

static void
scheme_color (xmlTextWriterPtr  w,
              const char       *name,
              const char       *hex)
{
  vs_ooxml_start (w, name);
  vs_ooxml_empty (w, "a:srgbClr", "val", hex, NULL);
  vs_ooxml_end (w);
}

static void
theme_font (xmlTextWriterPtr  w,
            const char       *element)
{
  vs_ooxml_start (w, element);
  vs_ooxml_empty (w, "a:latin", "typeface", "Cantarell", NULL);
  vs_ooxml_empty (w, "a:ea", "typeface", "", NULL);
  vs_ooxml_empty (w, "a:cs", "typeface", "DejaVu Sans", NULL);
  vs_ooxml_end (w);
}

/* Three of each style, as the schema asks; plain, since every shape sets its own. */
static void
theme_styles (xmlTextWriterPtr  w,
              const char       *list,
              const char       *kind)
{
  vs_ooxml_start (w, list);
  for (guint i = 0; i < 3; i++)
    {
      if (g_str_equal (kind, "a:ln"))
        {
          vs_ooxml_start (w, "a:ln");
          vs_ooxml_attr_int (w, "w", 6350 * (i + 1));
        }
      else if (g_str_equal (kind, "a:effectStyle"))
        vs_ooxml_start (w, "a:effectStyle");
      if (g_str_equal (kind, "a:effectStyle"))
        vs_ooxml_empty (w, "a:effectLst", NULL);
      else
        {
          vs_ooxml_start (w, "a:solidFill");
          vs_ooxml_empty (w, "a:schemeClr", "val", "phClr", NULL);
          vs_ooxml_end (w);
        }
      if (!g_str_equal (kind, "a:solidFill"))
        vs_ooxml_end (w);
    }
  vs_ooxml_end (w);
}

static gboolean
write_theme (GsfOutput  *part,
             GError    **error)
{
  xmlTextWriterPtr w = vs_ooxml_writer_new (part);
  static const char *const colors[][2] = {
    { "a:dk1", VS_OOXML_INK }, { "a:lt1", "FFFFFF" }, { "a:dk2", VS_OOXML_MUTED },
    { "a:lt2", VS_OOXML_HEADER_BG }, { "a:accent1", "1A5EB5" }, { "a:accent2", "268047" },
    { "a:accent3", "9C6E03" }, { "a:accent4", "BF1C29" }, { "a:accent5", "54545C" },
    { "a:accent6", "BFBFC4" }, { "a:hlink", VS_OOXML_LINK }, { "a:folHlink", VS_OOXML_LINK },
  };

  vs_ooxml_start (w, "a:theme");
  vs_ooxml_attr (w, "xmlns:a", VS_OOXML_NS_A);
  vs_ooxml_attr (w, "name", "Vital Signs");
  vs_ooxml_start (w, "a:themeElements");
  vs_ooxml_start (w, "a:clrScheme");
  vs_ooxml_attr (w, "name", "Vital Signs");
  for (guint i = 0; i < G_N_ELEMENTS (colors); i++)
    scheme_color (w, colors[i][0], colors[i][1]);
  vs_ooxml_end (w);
  vs_ooxml_start (w, "a:fontScheme");
  vs_ooxml_attr (w, "name", "Vital Signs");
  theme_font (w, "a:majorFont");
  theme_font (w, "a:minorFont");
  vs_ooxml_end (w);
  vs_ooxml_start (w, "a:fmtScheme");
  vs_ooxml_attr (w, "name", "Vital Signs");
  theme_styles (w, "a:fillStyleLst", "a:solidFill");
  theme_styles (w, "a:lnStyleLst", "a:ln");
  theme_styles (w, "a:effectStyleLst", "a:effectStyle");
  theme_styles (w, "a:bgFillStyleLst", "a:solidFill");
  vs_ooxml_end (w);
  vs_ooxml_end (w);
  return finish (w, part, error);
}

static gboolean
write_presentation (GsfOutput   *part,
                    const char  *master_id,
                    const char  *notes_master_id,
                    GPtrArray   *slide_ids,
                    GError     **error)
{
  xmlTextWriterPtr w = begin (part, "p:presentation");

  vs_ooxml_start (w, "p:sldMasterIdLst");
  vs_ooxml_start (w, "p:sldMasterId");
  vs_ooxml_attr_int (w, "id", MASTER_ID);
  vs_ooxml_attr (w, "r:id", master_id);
  vs_ooxml_end (w);
  vs_ooxml_end (w);
  vs_ooxml_start (w, "p:notesMasterIdLst");
  vs_ooxml_empty (w, "p:notesMasterId", "r:id", notes_master_id, NULL);
  vs_ooxml_end (w);
  vs_ooxml_start (w, "p:sldIdLst");
  for (guint i = 0; i < slide_ids->len; i++)
    {
      vs_ooxml_start (w, "p:sldId");
      vs_ooxml_attr_int (w, "id", FIRST_SLIDE_ID + i);
      vs_ooxml_attr (w, "r:id", g_ptr_array_index (slide_ids, i));
      vs_ooxml_end (w);
    }
  vs_ooxml_end (w);
  vs_ooxml_start (w, "p:sldSz");
  vs_ooxml_attr_int (w, "cx", VS_OOXML_EMU (VS_PACK_PAGE_WIDTH));
  vs_ooxml_attr_int (w, "cy", VS_OOXML_EMU (VS_PACK_PAGE_HEIGHT));
  vs_ooxml_end (w);
  vs_ooxml_start (w, "p:notesSz");
  vs_ooxml_attr_int (w, "cx", NOTES_WIDTH);
  vs_ooxml_attr_int (w, "cy", NOTES_HEIGHT);
  vs_ooxml_end (w);
  return finish (w, part, error);
}

static gboolean
write_small (GsfOutput   *part,
             const char  *root,
             GError     **error)
{
  xmlTextWriterPtr w = begin (part, root);

  if (g_str_equal (root, "a:tblStyleLst"))
    vs_ooxml_attr (w, "def", "{2D5ABB26-0587-4C30-8999-92F81FD0307C}");
  return finish (w, part, error);
}

static void
element_text (xmlTextWriterPtr  w,
              const char       *element,
              const char       *text)
{
  vs_ooxml_start (w, element);
  vs_ooxml_text (w, text != NULL ? text : "", -1);
  vs_ooxml_end (w);
}

static gboolean
write_core (GsfOutput            *part,
            const VsPackDocument *doc,
            GError              **error)
{
  xmlTextWriterPtr w = vs_ooxml_writer_new (part);
  g_autoptr(GDateTime) created = g_date_time_new_from_unix_utc (doc->created);
  g_autofree char *date = created != NULL ? g_date_time_format (created, "%Y-%m-%dT%H:%M:%SZ") : NULL;

  vs_ooxml_start (w, "cp:coreProperties");
  vs_ooxml_attr (w, "xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
  vs_ooxml_attr (w, "xmlns:dc", "http://purl.org/dc/elements/1.1/");
  vs_ooxml_attr (w, "xmlns:dcterms", "http://purl.org/dc/terms/");
  vs_ooxml_attr (w, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  element_text (w, "dc:title", doc->title);
  element_text (w, "dc:subject", doc->subject);
  if (doc->author != NULL)
    element_text (w, "dc:creator", doc->author);
  if (date != NULL)
    {
      vs_ooxml_start (w, "dcterms:created");
      vs_ooxml_attr (w, "xsi:type", "dcterms:W3CDTF");
      vs_ooxml_text (w, date, -1);
      vs_ooxml_end (w);
    }
  return finish (w, part, error);
}

static gboolean
write_app (GsfOutput            *part,
           const VsPackDocument *doc,
           GError              **error)
{
  xmlTextWriterPtr w = vs_ooxml_writer_new (part);
  g_autofree char *slides = g_strdup_printf ("%u", doc->slides->len);

  vs_ooxml_start (w, "Properties");
  vs_ooxml_attr (w, "xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
  element_text (w, "Application", "Vital Signs");
  element_text (w, "Slides", slides);
  return finish (w, part, error);
}

/* Every part but the slides' own: the package's skeleton. */
typedef struct {
  GsfOutfile *root, *ppt, *props, *slides, *notes, *masters, *layouts, *notes_masters, *themes;
  GsfOutput  *presentation, *master, *theme, *notes_theme, *core, *app, *pres_props, *styles;
} Package;

static GsfOutfile *
subdir (GsfOutfile *parent,
        const char *name)
{
  return GSF_OUTFILE (gsf_outfile_new_child (parent, name, TRUE));
}

static gboolean
write_package (VsPptx        *pptx,
               GsfOutfile    *zip,
               GCancellable  *cancellable,
               VsPackProgress progress,
               gpointer       user_data,
               GError       **error)
{
  const VsPackDocument *doc = pptx->doc;
  g_autoptr(GPtrArray) slide_ids = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *master_id = NULL, *notes_master_id = NULL, *layout_id = NULL;
  Package k = { NULL };
  gboolean ok;
  guint n = doc->slides->len;

  k.root = gsf_outfile_open_pkg_new (zip);
  k.props = subdir (k.root, "docProps");
  k.ppt = subdir (k.root, "ppt");
  k.slides = subdir (k.ppt, "slides");
  k.notes = subdir (k.ppt, "notesSlides");
  k.masters = subdir (k.ppt, "slideMasters");
  k.layouts = subdir (k.ppt, "slideLayouts");
  k.notes_masters = subdir (k.ppt, "notesMasters");
  k.themes = subdir (k.ppt, "theme");
  pptx->media = subdir (k.ppt, "media");

  /* Every part and relationship first (a relationship is written with its source part),
   * then each part in turn: the zip writes one at a time. */
  k.presentation = gsf_outfile_open_pkg_add_rel (k.ppt, "presentation.xml",
                                                 VS_OOXML_CT "presentationml.presentation.main+xml",
                                                 k.root, VS_OOXML_REL "officeDocument");
  k.core = gsf_outfile_open_pkg_add_rel (k.props, "core.xml",
                                         "application/vnd.openxmlformats-package.core-properties+xml",
                                         k.root, "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties");
  k.app = gsf_outfile_open_pkg_add_rel (k.props, "app.xml", VS_OOXML_CT "extended-properties+xml",
                                        k.root, VS_OOXML_REL "extended-properties");
  k.master = new_part (k.masters, "slideMaster1.xml", VS_OOXML_CT "presentationml.slideMaster+xml");
  master_id = g_strdup (relate (k.master, k.presentation, VS_OOXML_REL "slideMaster"));
  pptx->layout = new_part (k.layouts, "slideLayout1.xml", VS_OOXML_CT "presentationml.slideLayout+xml");
  layout_id = g_strdup (relate (pptx->layout, k.master, VS_OOXML_REL "slideLayout"));
  relate (k.master, pptx->layout, VS_OOXML_REL "slideMaster");
  k.theme = new_part (k.themes, "theme1.xml", VS_OOXML_CT "theme+xml");
  relate (k.theme, k.master, VS_OOXML_REL "theme");
  pptx->notes_master = new_part (k.notes_masters, "notesMaster1.xml",
                                 VS_OOXML_CT "presentationml.notesMaster+xml");
  notes_master_id = g_strdup (relate (pptx->notes_master, k.presentation, VS_OOXML_REL "notesMaster"));
  k.notes_theme = new_part (k.themes, "theme2.xml", VS_OOXML_CT "theme+xml");
  relate (k.notes_theme, pptx->notes_master, VS_OOXML_REL "theme");
  relate (k.theme, k.presentation, VS_OOXML_REL "theme");
  k.pres_props = gsf_outfile_open_pkg_add_rel (k.ppt, "presProps.xml",
                                               VS_OOXML_CT "presentationml.presProps+xml",
                                               GSF_OUTFILE (k.presentation), VS_OOXML_REL "presProps");
  k.styles = gsf_outfile_open_pkg_add_rel (k.ppt, "tableStyles.xml",
                                           VS_OOXML_CT "presentationml.tableStyles+xml",
                                           GSF_OUTFILE (k.presentation), VS_OOXML_REL "tableStyles");
  pptx->slides = g_new0 (GsfOutput *, n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("slide%u.xml", i + 1);

      pptx->slides[i] = new_part (k.slides, name, VS_OOXML_CT "presentationml.slide+xml");
      g_ptr_array_add (slide_ids, g_strdup (relate (pptx->slides[i], k.presentation,
                                                    VS_OOXML_REL "slide")));
    }

  ok = write_core (k.core, doc, error) && write_app (k.app, doc, error) &&
       write_theme (k.theme, error) && write_theme (k.notes_theme, error) &&
       write_master (k.master, layout_id, error) && write_layout (pptx->layout, error) &&
       write_notes_master (pptx->notes_master, error) &&
       write_small (k.pres_props, "p:presentationPr", error) &&
       write_small (k.styles, "a:tblStyleLst", error);
  for (guint i = 0; ok && i < n; i++)
    {
      if (progress != NULL && i % 4 == 0)
        {
          g_autofree char *what = g_strdup_printf (_("Writing slide %u of %u"), i + 1, n);

          progress (0.8 + 0.2 * i / n, what, user_data);
        }
      ok = !g_cancellable_set_error_if_cancelled (cancellable, error) &&
           vs_pptx_write_notes (pptx, i, k.notes, error) &&
           vs_pptx_write_slide (pptx, i, error);
    }
  ok = ok && write_presentation (k.presentation, master_id, notes_master_id, slide_ids, error);

  /* Closed whatever happened: the zip and its children hold references to each other. */
  for (guint i = 0; i < n; i++)
    {
      if (!gsf_output_is_closed (pptx->slides[i]))
        gsf_output_close (pptx->slides[i]);
      g_object_unref (pptx->slides[i]);
    }
  g_clear_pointer (&pptx->slides, g_free);
  {
    GsfOutput *parts[] = { k.presentation, k.master, pptx->layout, k.theme, pptx->notes_master,
                           k.notes_theme, k.core, k.app, k.pres_props, k.styles,
                           GSF_OUTPUT (pptx->media), GSF_OUTPUT (k.slides), GSF_OUTPUT (k.notes),
                           GSF_OUTPUT (k.masters), GSF_OUTPUT (k.layouts),
                           GSF_OUTPUT (k.notes_masters), GSF_OUTPUT (k.themes),
                           GSF_OUTPUT (k.ppt), GSF_OUTPUT (k.props), GSF_OUTPUT (k.root) };

    for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
      {
        if (!gsf_output_is_closed (parts[i]) && !gsf_output_close (parts[i]) && ok)
          ok = vs_pptx_close_part (parts[i], FALSE, error);
        g_object_unref (parts[i]);
      }
  }
  pptx->media = NULL;
  pptx->layout = pptx->notes_master = NULL;
  return ok;
}

gboolean
vs_pack_write_pptx (const VsPackDocument *doc,
                    VsPackCharts         *charts,
                    const char           *path,
                    GCancellable         *cancellable,
                    VsPackProgress        progress,
                    gpointer              user_data,
                    GError              **error)
{
  GsfOutput *sink = gsf_output_memory_new ();
  GsfOutfile *zip;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) local = NULL;
  VsPptx pptx = { doc, charts, NULL };
  gboolean ok;

  g_return_val_if_fail (doc != NULL && path != NULL, FALSE);

  if (!(zip = gsf_outfile_zip_new (sink, &local)))
    {
      g_set_error (error, VS_PACK_ERROR, VS_PACK_ERROR_WRITE,
                   _("Could not write the pack to %s: %s"), path, local->message);
      g_object_unref (sink);
      return FALSE;
    }
  pptx.text = vs_pack_text_context ();
  pptx.line_heights = g_hash_table_new (NULL, NULL);
  ok = write_package (&pptx, zip, cancellable, progress, user_data, &local);
  g_object_unref (pptx.text);
  g_hash_table_unref (pptx.line_heights);
  g_object_unref (zip);
  if (!gsf_output_is_closed (sink))
    gsf_output_close (sink);
  if (!ok)
    {
      g_object_unref (sink);
      g_propagate_prefixed_error (error, g_steal_pointer (&local),
                                  _("Could not write the pack to %s: "), path);
      return FALSE;
    }

  /* The whole file at once, written beside the target and renamed over it: an
   * interrupted export leaves whatever was there before, never half a presentation. */
  file = g_file_new_for_path (path);
  ok = g_file_replace_contents (file, (const char *) gsf_output_memory_get_bytes (GSF_OUTPUT_MEMORY (sink)),
                                (gsize) gsf_output_size (sink), NULL, FALSE,
                                G_FILE_CREATE_REPLACE_DESTINATION, NULL, cancellable, error);
  g_object_unref (sink);
  if (!ok)
    {
      g_prefix_error (error, _("Could not write the pack to %s: "), path);
      return FALSE;
    }
  return TRUE;
}
