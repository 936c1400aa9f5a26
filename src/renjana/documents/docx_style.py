"""Styles and the low-level WordprocessingML the DOCX writer needs but python-docx lacks.

Kept apart from ``docx_writer`` so that the flow of the document reads as a document: here are
the paragraph styles (Arial, as regional planning documents are set; LibreOffice substitutes
the metric-compatible Liberation Sans, so line breaks match), the black heading styles, page
numbering formats, borders, tab stops and the minimal paragraph that carries a section break.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.section import Section as DocxSection
from docx.shared import Length, Mm, Pt, RGBColor, Twips
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph as DocxParagraph

from renjana.documents.model import DocumentMeta

FONT = "Arial"
CAPTION = "Judul Tabel"
NOTE = "Catatan Tabel"
FRONT_TITLE = "Judul Daftar"
INDEX_LINE = "Baris Daftar"
SIGNATURE = "Tanda Tangan"
COVER = "Sampul"
_THEME_FONT_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
#: Elements that follow ``w:pgNumType`` in a ``w:sectPr`` (schema order).
_AFTER_PGNUMTYPE = (
    "w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg", "w:textDirection",
    "w:bidi", "w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange",
)  # fmt: skip
#: Elements that follow ``w:pBdr`` in a ``w:pPr`` (schema order).
_AFTER_PBDR = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
    "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip
#: Elements that follow ``w:updateFields`` in ``w:settings`` (schema order).
_AFTER_UPDATE_FIELDS = (
    "w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars", "w:rsids",
    "m:mathPr", "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures", "w:forceUpgrade",
    "w:captions", "w:readModeInkLockDown", "w:smartTagType", "sl:schemaLibrary",
    "w:shapeDefaults", "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator",
)  # fmt: skip


def _font(style: ParagraphStyle, size: int, *, bold: bool = False) -> None:
    style.font.name = FONT
    style.font.size = Pt(size)
    style.font.bold = bold or None
    style.font.color.rgb = RGBColor(0, 0, 0)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is not None:
        for attr in _THEME_FONT_ATTRS:
            fonts.attrib.pop(qn(attr), None)
        fonts.set(qn("w:eastAsia"), FONT)
        fonts.set(qn("w:cs"), FONT)


def _paragraph_style(
    doc: DocxDocument,
    name: str,
    size: int,
    *,
    bold: bool = False,
    align: WD_ALIGN_PARAGRAPH | None = None,
    keep: bool = False,
    after: int = 0,
) -> ParagraphStyle:
    style: ParagraphStyle = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    _font(style, size, bold=bold)
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(after), 1.0
    fmt.alignment = align
    fmt.keep_with_next = keep
    return style


def apply(doc: DocxDocument) -> None:
    """Body text, headings and the writer's own paragraph styles; Indonesian language."""
    normal = doc.styles["Normal"]
    _font(normal, 12)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.5
    normal.element.get_or_add_rPr().append(
        parse_xml(f'<w:lang {nsdecls("w")} w:val="id-ID" w:eastAsia="id-ID" w:bidi="ar-SA"/>')
    )
    for level, size in ((1, 14), (2, 12), (3, 12)):
        heading = doc.styles[f"Heading {level}"]
        _font(heading, size, bold=True)
        heading.font.italic = None
        fmt = heading.paragraph_format
        fmt.space_before = Pt(0 if level == 1 else 12)
        fmt.space_after = Pt(18 if level == 1 else 6)
        fmt.keep_with_next = True
        fmt.line_spacing = 1.15
    center = WD_ALIGN_PARAGRAPH.CENTER
    _paragraph_style(doc, CAPTION, 11, bold=True, align=center, keep=True, after=6)
    _paragraph_style(doc, NOTE, 9, after=12).font.italic = True
    _paragraph_style(doc, FRONT_TITLE, 14, bold=True, align=center, after=18)
    _paragraph_style(doc, INDEX_LINE, 11, after=4)
    sign = _paragraph_style(doc, SIGNATURE, 12, align=center, keep=True)
    sign.paragraph_format.left_indent = Mm(80)
    _paragraph_style(doc, COVER, 16, bold=True, align=center, after=6)
    settings = doc.settings.element
    update = parse_xml(f'<w:updateFields {nsdecls("w")} w:val="true"/>')
    settings.insert_element_before(update, *_AFTER_UPDATE_FIELDS)


def styled_paragraph(doc: DocxDocument, style: str, text: str = "") -> DocxParagraph:
    """Append a paragraph with the style named ``style``, set by its id."""
    paragraph = doc.add_paragraph(text)
    paragraph._p.get_or_add_pPr().style = style_id(style)
    return paragraph


def style_id(name: str) -> str:
    """The id python-docx gives a style: built-in names keep theirs ("Heading 1" → "Heading1"),
    added ones lose their spaces ("Judul Tabel" → "JudulTabel")."""
    return name.replace(" ", "")


def page_numbering(section: DocxSection, fmt: str, start: int | None) -> None:
    """Set ``w:pgNumType`` (format, optional restart) on a section."""
    sect = section._sectPr
    old = sect.find(qn("w:pgNumType"))
    if old is not None:
        sect.remove(old)
    restart = f' w:start="{start}"' if start is not None else ""
    element = parse_xml(f'<w:pgNumType {nsdecls("w")} w:fmt="{fmt}"{restart}/>')
    sect.insert_element_before(element, *_AFTER_PGNUMTYPE)


def shrink_section_paragraph(paragraph: DocxParagraph) -> None:
    """The paragraph that ends a section (it holds the ``w:sectPr``) is made 1 pt high, so it
    cannot spill onto an extra page after a full-page table."""
    fmt = paragraph.paragraph_format
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(1)


def spacer(paragraph: DocxParagraph) -> None:
    paragraph.paragraph_format.space_after = Pt(6)
    paragraph.paragraph_format.line_spacing = 1.0


def bottom_border(paragraph: DocxParagraph) -> None:
    border = parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="4" w:space="1" '
        'w:color="000000"/></w:pBdr>'
    )
    paragraph._p.get_or_add_pPr().insert_element_before(border, *_AFTER_PBDR)


def hanging(paragraph: DocxParagraph, indent: Length) -> None:
    fmt = paragraph.paragraph_format
    fmt.left_indent = indent
    fmt.first_line_indent = -indent
    fmt.tab_stops.add_tab_stop(indent)


def index_tab(paragraph: DocxParagraph, position_twips: int, indent: Length) -> None:
    """A right tab at the text edge with a dot leader (Daftar Isi lines)."""
    fmt = paragraph.paragraph_format
    fmt.tab_stops.add_tab_stop(Twips(position_twips), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    fmt.left_indent = indent


def properties(doc: DocxDocument, meta: DocumentMeta) -> None:
    core = doc.core_properties
    core.title = meta.header_text
    core.subject = f"{meta.title} {meta.office} {meta.pemda}"
    core.author = meta.office
    core.keywords = f"Renja; {meta.stage}; {meta.year}"
