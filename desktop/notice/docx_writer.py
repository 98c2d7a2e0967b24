"""Writing a composed notice as a Word document on the official page (GB/T 9704-2012,
``docs/architecture.md``, "The official page"): A4, margins top 37 / bottom 35 /
left 28 / right 26 mm, title 2号 (22 pt) 小标宋 centred, body 3号 (16 pt) 仿宋 at a
fixed line pitch giving 22 lines a page, first lines indented two characters,
headings 黑体 / 楷体 / 仿宋 by level, the
page number ``— 1 —`` in 4号宋体 at the outer side.

Word and WPS pick the font for Chinese text from ``w:eastAsia`` of a run's ``rFonts``,
not from the font name python-docx sets, so every run gets all four font slots and the
East Asian hint. Each font is also listed in the font table with an alternative name
(``altName``), which Word falls back to when the first is not installed (方正小标宋简体
→ 宋体, 仿宋 → 仿宋_GB2312 …).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import quoteattr

from desktop.files import atomic_path
from desktop.notice.clean import display_width
from desktop.notice.document import Block, BlockKind, NoticeDocument

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

# Font sizes of the official page (号 → pt).
TITLE_PT = 22.0  # 2号
BODY_PT = 16.0  # 3号
PAGE_NUMBER_PT = 14.0  # 4号
# The text block is 225 mm high and holds 22 lines: 225 mm / 22 = 28.98 pt a line.
# 28.95 pt (579 twips) keeps 22 lines inside the block in Word, WPS and LibreOffice.
LINE_PITCH_PT = 28.95
TITLE_LINE_PT = 35.0


@dataclass(frozen=True, slots=True)
class DocxFonts:
    """The font for each role, and the alternative Word uses when it is missing."""

    title: str = "方正小标宋简体"
    title_alt: str = "宋体"
    body: str = "仿宋"
    body_alt: str = "仿宋_GB2312"
    heading1: str = "黑体"
    heading1_alt: str = "SimHei"
    heading2: str = "楷体"
    heading2_alt: str = "楷体_GB2312"
    page_number: str = "宋体"
    page_number_alt: str = "SimSun"

    def pairs(self) -> list[tuple[str, str]]:
        return [
            (self.title, self.title_alt),
            (self.body, self.body_alt),
            (self.heading1, self.heading1_alt),
            (self.heading2, self.heading2_alt),
            (self.page_number, self.page_number_alt),
        ]


def _rpr_xml(name: str, size: float, *, bold: bool = False) -> str:
    """Run properties: all four font slots and the East Asian hint (Chinese quotation
    marks and dashes are "ambiguous" characters: the hint makes Word set them in the
    East Asian font too), bold or not, the size in half-points."""
    font = quoteattr(name)
    half_points = round(size * 2)
    return (
        f"<w:rPr {_W_NS}><w:rFonts w:ascii={font} w:hAnsi={font} w:eastAsia={font} "
        f'w:cs={font} w:hint="eastAsia"/><w:b w:val="{1 if bold else 0}"/>'
        f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/></w:rPr>'
    )


def _ppr_xml(
    *,
    align: str = "both",
    pitch_pt: float = LINE_PITCH_PT,
    first_line_chars: int = 0,
    right_indent_pt: float = 0.0,
) -> str:
    """Paragraph properties: a fixed line pitch, no space before or after, the first
    line indented in characters (``firstLineChars`` for Word and WPS, ``firstLine`` in
    twips for LibreOffice), a right indent, the alignment."""
    indent = ""
    if first_line_chars or right_indent_pt:
        attrs = []
        if first_line_chars:
            attrs.append(f'w:firstLine="{round(BODY_PT * first_line_chars * 20)}"')
            attrs.append(f'w:firstLineChars="{first_line_chars * 100}"')
        if right_indent_pt:
            attrs.append(f'w:right="{round(right_indent_pt * 20)}"')
        indent = f"<w:ind {' '.join(attrs)}/>"
    return (
        f'<w:pPr {_W_NS}><w:widowControl w:val="0"/>'
        f'<w:spacing w:before="0" w:after="0" w:line="{round(pitch_pt * 20)}" '
        f'w:lineRule="exact"/>{indent}<w:jc w:val="{align}"/></w:pPr>'
    )


_W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _set_run_font(run: Any, name: str, size: float, *, bold: bool = False) -> None:
    """Give a python-docx run its font properties (for the few runs not built from
    templates: the page number)."""
    from docx.oxml import parse_xml

    existing = run._r.rPr
    if existing is not None:
        run._r.remove(existing)
    run._r.insert(0, parse_xml(_rpr_xml(name, size, bold=bold)))


class _Writer:
    """Lays out one notice into a python-docx document."""

    def __init__(self, fonts: DocxFonts) -> None:
        import docx

        self.fonts = fonts
        self._templates: dict[str, Any] = {}
        self.doc: DocxDocument = docx.Document()
        self._page()
        self._styles()

    def _page(self) -> None:
        from docx.shared import Mm

        section = self.doc.sections[0]
        section.page_width = Mm(210)
        section.page_height = Mm(297)
        section.top_margin = Mm(37)
        section.bottom_margin = Mm(35)
        section.left_margin = Mm(28)
        section.right_margin = Mm(26)
        section.header_distance = Mm(15)
        # The page number stands 7 mm below the text block: its line (about 6 mm of
        # 4号宋体) ends some 22 mm above the page's edge.
        section.footer_distance = Mm(22)

    def _styles(self) -> None:
        from docx.oxml.ns import qn
        from docx.shared import Pt

        normal = self.doc.styles["Normal"]
        normal.font.name = self.fonts.body
        normal.font.size = Pt(BODY_PT)
        rfonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            rfonts.attrib.pop(qn(attr), None)
        for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rfonts.set(qn(slot), self.fonts.body)
        lang = normal.element.get_or_add_rPr().find(qn("w:lang"))
        if lang is None:
            lang = normal.element.get_or_add_rPr().makeelement(qn("w:lang"), {})
            normal.element.get_or_add_rPr().append(lang)
        lang.set(qn("w:eastAsia"), "zh-CN")

    # ---------------------------------------------------------------------- blocks
    def _template(self, xml: str) -> Any:
        """A parsed properties element, parsed once and copied for every use (python-docx's
        property setters cost milliseconds a paragraph)."""
        from docx.oxml import parse_xml

        found = self._templates.get(xml)
        if found is None:
            found = self._templates[xml] = parse_xml(xml)
        return copy.deepcopy(found)

    def _new_paragraph(self, ppr: str) -> Any:
        paragraph = self.doc.add_paragraph()
        paragraph._p.insert(0, self._template(ppr))
        return paragraph

    def _run(self, paragraph: Any, text: str, font: str, size: float = BODY_PT) -> None:
        run = paragraph.add_run(text)
        run._r.insert(0, self._template(_rpr_xml(font, size)))

    def add(self, block: Block) -> None:
        if block.kind is BlockKind.TITLE:
            self._title(block.text)
        elif block.kind is BlockKind.HEADING:
            font = {1: self.fonts.heading1, 2: self.fonts.heading2}.get(
                block.level, self.fonts.body
            )
            self._paragraph([(block.text, font), (block.run_in, self.fonts.body)])
        elif block.kind is BlockKind.PARAGRAPH:
            self._paragraph([(block.full_text, self.fonts.body)])
        else:
            self._right(block)

    def _title(self, text: str) -> None:
        paragraph = self._new_paragraph(_ppr_xml(align="center", pitch_pt=TITLE_LINE_PT))
        self._run(paragraph, text, self.fonts.title, TITLE_PT)
        # One empty body line between the title and the text.
        self._new_paragraph(_ppr_xml())

    def _paragraph(self, runs: list[tuple[str, str]]) -> None:
        paragraph = self._new_paragraph(_ppr_xml(first_line_chars=2))
        for text, font in runs:
            if text:
                self._run(paragraph, text, font)

    def _right(self, block: Block) -> None:
        """The issuer and the date: the date four characters from the right margin,
        the issuer centred over it (or right-aligned when it is the longer)."""
        if block.kind is BlockKind.SIGNATURE:
            # Two empty lines between the closing and the signature.
            self._new_paragraph(_ppr_xml())
            self._new_paragraph(_ppr_xml())
        indent_chars = 4.0
        if block.kind is BlockKind.SIGNATURE and self._date_width is not None:
            indent_chars = max(0.0, 4 + (self._date_width - display_width(block.text)) / 2)
        paragraph = self._new_paragraph(
            _ppr_xml(align="right", right_indent_pt=BODY_PT * indent_chars)
        )
        self._run(paragraph, block.full_text, self.fonts.body)

    _date_width: float | None = None

    # ------------------------------------------------------------------ page number
    def page_numbers(self) -> None:
        """``— N —`` in 4号宋体: odd pages at the right, even pages at the left, one
        character in from the margin."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        self.doc.settings.odd_and_even_pages_header_footer = True
        section = self.doc.sections[0]
        for footer, align in (
            (section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
            (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT),
        ):
            footer.is_linked_to_previous = False
            paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
            paragraph.alignment = align
            indent = Pt(PAGE_NUMBER_PT)
            if align == WD_ALIGN_PARAGRAPH.RIGHT:
                paragraph.paragraph_format.right_indent = indent
            else:
                paragraph.paragraph_format.left_indent = indent
            self._page_field(paragraph)

    def _page_field(self, paragraph: Any) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        size = PAGE_NUMBER_PT
        _set_run_font(paragraph.add_run("— "), self.fonts.page_number, size)
        for kind, text in (("begin", None), ("instr", " PAGE "), ("separate", None), ("end", None)):
            run = paragraph.add_run()
            _set_run_font(run, self.fonts.page_number, size)
            if kind == "instr":
                instr = OxmlElement("w:instrText")
                instr.set(qn("xml:space"), "preserve")
                instr.text = text
                run._element.append(instr)
            else:
                char = OxmlElement("w:fldChar")
                char.set(qn("w:fldCharType"), kind)
                run._element.append(char)
            if kind == "separate":
                _set_run_font(paragraph.add_run("1"), self.fonts.page_number, size)
        _set_run_font(paragraph.add_run(" —"), self.fonts.page_number, size)

    # ---------------------------------------------------------------- font table
    def font_table(self) -> None:
        """Add each font with its alternative name to ``word/fontTable.xml``."""
        part = next(
            rel.target_part
            for rel in self.doc.part.rels.values()
            if rel.reltype.endswith("/fontTable")
        )
        blob: bytes = part.blob
        entries = "".join(
            f"<w:font w:name={quoteattr(name)}><w:altName w:val={quoteattr(alt)}/>"
            '<w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>'
            for name, alt in dict(self.fonts.pairs()).items()
        )
        text = blob.decode("utf-8")
        text = text.replace("</w:fonts>", entries + "</w:fonts>")
        # python-docx keeps a generic part's bytes in ``_blob`` and writes them back
        # unchanged; there is no public setter.
        part._blob = text.encode("utf-8")

    def build(self, document: NoticeDocument) -> DocxDocument:
        dates = [b for b in document.blocks if b.kind is BlockKind.DATE]
        self._date_width = display_width(dates[-1].full_text) if dates else None
        for block in document.blocks:
            self.add(block)
        self.page_numbers()
        self.font_table()
        self.doc.core_properties.title = document.title
        return self.doc


def build_docx(document: NoticeDocument, fonts: DocxFonts | None = None) -> DocxDocument:
    """The notice as a python-docx document (for tests and further editing)."""
    return _Writer(fonts or DocxFonts()).build(document)


def write_docx(document: NoticeDocument, path: Path, fonts: DocxFonts | None = None) -> None:
    """Write the notice as ``.docx``; through a temporary file, so a failed write never
    leaves half a document under the chosen name (:func:`desktop.files.atomic_path`)."""
    built = build_docx(document, fonts)
    with atomic_path(path) as temporary:
        built.save(str(temporary))
