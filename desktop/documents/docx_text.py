"""The text of a .docx notice, with what Word keeps outside the text: the automatic
list numbering (``numPr`` and ``numbering.xml``: a ``1.`` or ``（一）`` that is shown but
not typed) and issue lists laid out as tables (序号 | 问题 | 整改措施 | 整改情况 rows).

The reader reads the outline from the text; this module makes sure the outline is in
it. Numbering is rendered as Word shows it (its level's text and number format);
tables are read by ``documents.tables`` (an issue table as the outline, any other cell by
cell), as the .doc and RTF readers' are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from desktop.documents.tables import Block, Row, Span, TableBlock, block_lines, cell_lines
from desktop.domain.numbering import int_to_chinese

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"


def _val(element: Any, tag: str) -> str | None:
    found = element.find(f"{_W}{tag}") if element is not None else None
    return None if found is None else found.get(f"{_W}val")


def format_number(value: int, fmt: str) -> str:
    """A list counter in Word's number format (``decimal`` 3, ``chineseCounting``
    三, ``decimalEnclosedCircle`` ③ …); unknown formats as decimal."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "ideographTraditional"):
        if fmt == "ideographTraditional" and 1 <= value <= len(_TIANGAN):
            return _TIANGAN[value - 1]
        return int_to_chinese(value)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= value <= 20:
        return _CIRCLED[value - 1]
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(value))
    if fmt == "lowerLetter" and 1 <= value <= 26:
        return chr(ord("a") + value - 1)
    if fmt == "upperLetter" and 1 <= value <= 26:
        return chr(ord("A") + value - 1)
    if fmt == "none":
        return ""
    return str(value)


@dataclass
class ListLevel:
    """A list level as Word defines it: where it starts, its number format (by its
    OOXML name), its text with ``%1``… for the levels' numbers, and whether all
    numbers show as Arabic digits. The .doc reader makes these from its list tables."""

    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    legal: bool = False  # w:isLgl: every level's number shown in Arabic digits


@dataclass
class Numbering:
    """The list definitions of a document and the counters as its paragraphs go."""

    levels: dict[str, dict[int, ListLevel]] = field(default_factory=dict)  # numId -> ilvl
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    abstract_of: dict[str, str] = field(default_factory=dict)
    # A paragraph style's list and level (its base styles' included), by style id.
    by_style: dict[str, tuple[str, int] | None] = field(default_factory=dict)

    @classmethod
    def from_document(cls, document: Any) -> Numbering:
        numbering = cls()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return numbering
        abstracts: dict[str, dict[int, ListLevel]] = {}
        for abstract in root.findall(f"{_W}abstractNum"):
            levels: dict[int, ListLevel] = {}
            for lvl in abstract.findall(f"{_W}lvl"):
                start = _val(lvl, "start")
                levels[int(lvl.get(f"{_W}ilvl", "0"))] = ListLevel(
                    int(start) if start and start.isdigit() else 1,
                    _val(lvl, "numFmt") or "decimal",
                    _val(lvl, "lvlText") or "",
                    lvl.find(f"{_W}isLgl") is not None,
                )
            abstracts[abstract.get(f"{_W}abstractNumId", "")] = levels
        for num in root.findall(f"{_W}num"):
            num_id = num.get(f"{_W}numId", "")
            abstract_id = _val(num, "abstractNumId") or ""
            levels = {
                k: ListLevel(v.start, v.fmt, v.text, v.legal)
                for k, v in abstracts.get(abstract_id, {}).items()
            }
            for override in num.findall(f"{_W}lvlOverride"):
                ilvl = int(override.get(f"{_W}ilvl", "0"))
                start = override.find(f"{_W}startOverride")
                if start is not None and ilvl in levels:
                    levels[ilvl].start = int(start.get(f"{_W}val", "1"))
            numbering.levels[num_id] = levels
            numbering.abstract_of[num_id] = abstract_id
        return numbering

    def label(self, num_id: str, ilvl: int) -> str:
        """The marker Word shows before a paragraph of list ``num_id`` at ``ilvl``,
        advancing the counters (deeper levels restart)."""
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        if levels[ilvl].fmt == "bullet":
            # A bullet is no number (and often a symbol font's private character).
            return ""
        # Lists sharing an abstract definition count together, as Word does.
        key = self.abstract_of.get(num_id, num_id)
        counters = self.counters.setdefault(key, {})
        counters[ilvl] = counters.get(ilvl, levels[ilvl].start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]

        def part(match: re.Match[str]) -> str:
            level = int(match.group(1)) - 1
            if level not in levels:
                return ""
            value = counters.get(level, levels[level].start)
            return format_number(value, "decimal" if legal else levels[level].fmt)

        legal = levels[ilvl].legal

        return re.sub(r"%(\d)", part, levels[ilvl].text)


_UNSET = ("", -1)  # a pPr that says nothing of lists


def _list_of(ppr: Any) -> tuple[str, int] | None:
    """What a pPr says of lists: its list and level, None for "no list" (numId 0), or
    ``_UNSET`` when it says nothing."""
    num_pr = ppr.find(f"{_W}numPr") if ppr is not None else None
    if num_pr is None:
        return _UNSET
    num_id = _val(num_pr, "numId")
    if num_id is None or num_id == "0":
        return None
    ilvl = _val(num_pr, "ilvl")
    return num_id, int(ilvl) if ilvl and ilvl.isdigit() else 0


def _num_pr(paragraph: Any, numbering: Numbering) -> tuple[str, int] | None:
    """The list a paragraph belongs to: its own numPr, else its style's (its style and
    their base styles, looked up once per style: python-docx's lookup is slow)."""
    ppr = paragraph._p.pPr
    own = _list_of(ppr)
    if own is not _UNSET:
        return own
    key = (ppr.style if ppr is not None else None) or ""
    if key not in numbering.by_style:
        found: tuple[str, int] | None = None
        style = paragraph.style
        while style is not None:
            listed = _list_of(style.element.pPr)
            if listed is not _UNSET:
                found = listed
                break
            style = style.base_style
        numbering.by_style[key] = found
    return numbering.by_style[key]


def paragraph_text(paragraph: Any, numbering: Numbering) -> str:
    """A paragraph's text with its automatic number in front, as Word shows it."""
    text = str(paragraph.text)
    if not text.strip():
        return text
    found = _num_pr(paragraph, numbering)
    if found is None:
        return text
    return numbering.label(*found) + text


# ---------------------------------------------------------------------------- tables


def _table_rows(table: Any, numbering: Numbering) -> list[Row]:
    """A python-docx table's rows, each cell once (a merged cell is returned once per
    grid column), each cell as its paragraphs' lines."""
    rows: list[Row] = []
    for row in table.rows:
        cells: Row = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(cell_lines(paragraph_text(p, numbering) for p in cell.paragraphs))
        rows.append(cells)
    return rows


def document_lines(document: Any) -> list[str]:
    """Every paragraph and table of a python-docx document, in order (an issue table
    as the outline)."""
    return block_lines(document_blocks(document, grid_columns=False))


def document_blocks(document: Any, *, grid_columns: bool = True) -> list[Block]:
    """Every paragraph's text and every table's rows of a python-docx document, in
    order. With ``grid_columns`` a row has a cell per column of the table's grid, a
    merged cell's text in its first and the cells it covers empty (as a spreadsheet
    holds merged cells); else each cell once (a notice's table)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    numbering = Numbering.from_document(document)
    parts: list[Block] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            parts.append(paragraph_text(Paragraph(child, document), numbering))
        elif tag == "tbl":
            table = Table(child, document)
            if grid_columns:
                parts.append(_grid_table(table, numbering))
            else:
                parts.append(TableBlock(_table_rows(table, numbering)))
    return parts


def _grid_table(table: Any, numbering: Numbering) -> TableBlock:
    """A table's rows, a cell per grid column: a merged cell's lines in its first
    column and top row, empty where it reaches across or down, and its merged range."""
    rows: list[Row] = []
    above: list[Any] = []  # the row above's cell elements (held: lxml's proxies)
    origin: dict[int, tuple[int, int]] = {}  # id of a held cell element -> its first cell
    reach: dict[tuple[int, int], tuple[int, int]] = {}  # first cell -> last cell
    for r, row in enumerate(table.rows):
        cells: Row = []
        elements: list[Any] = []
        for c, cell in enumerate(row.cells):
            tc = cell._tc
            elements.append(tc)
            covered = (c > 0 and elements[c - 1] is tc) or (c < len(above) and above[c] is tc)
            if covered:
                first = origin[id(tc)]
                last = reach[first]
                reach[first] = (max(last[0], r), max(last[1], c))
                cells.append([])
            else:
                origin[id(tc)] = (r, c)
                reach[(r, c)] = (r, c)
                cells.append(cell_lines(paragraph_text(p, numbering) for p in cell.paragraphs))
        rows.append(cells)
        above = elements
        # Elements of rows no longer above stay referenced through ``above`` only while
        # needed; a cell's id is looked up only while the cell is still held.
    spans: list[Span] = [(first, last) for first, last in reach.items() if first != last]
    return TableBlock(rows, aligned=True, spans=spans)
