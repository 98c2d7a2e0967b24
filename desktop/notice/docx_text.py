"""The text of a .docx notice, with what Word keeps outside the text: the automatic
list numbering (``numPr`` and ``numbering.xml``: a ``1.`` or ``（一）`` that is shown but
not typed) and issue lists laid out as tables (序号 | 问题 | 整改措施 | 整改情况 rows).

The reader reads the outline from the text; this module makes sure the outline is in
it. Numbering is rendered as Word shows it (its level's text and number format);
a table whose header names an issue column becomes ``问题N：`` paragraphs with their
``整改措施：`` and ``整改情况：`` lines; any other table is read cell by cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

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
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    legal: bool = False  # w:isLgl: every level's number shown in Arabic digits


@dataclass
class Numbering:
    """The list definitions of a document and the counters as its paragraphs go."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # numId -> ilvl
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    abstract_of: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_document(cls, document: Any) -> Numbering:
        numbering = cls()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return numbering
        abstracts: dict[str, dict[int, _Level]] = {}
        for abstract in root.findall(f"{_W}abstractNum"):
            levels: dict[int, _Level] = {}
            for lvl in abstract.findall(f"{_W}lvl"):
                start = _val(lvl, "start")
                levels[int(lvl.get(f"{_W}ilvl", "0"))] = _Level(
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
                k: _Level(v.start, v.fmt, v.text, v.legal)
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


def _num_pr(paragraph: Any) -> tuple[str, int] | None:
    """The list a paragraph belongs to: its own numPr, else its style's."""
    candidates = [paragraph._p.pPr]
    style = paragraph.style
    while style is not None:
        candidates.append(style.element.pPr)
        style = style.base_style
    for ppr in candidates:
        if ppr is None:
            continue
        num_pr = ppr.find(f"{_W}numPr")
        if num_pr is None:
            continue
        num_id = _val(num_pr, "numId")
        if num_id is None or num_id == "0":
            return None
        ilvl = _val(num_pr, "ilvl")
        return num_id, int(ilvl) if ilvl and ilvl.isdigit() else 0
    return None


def paragraph_text(paragraph: Any, numbering: Numbering) -> str:
    """A paragraph's text with its automatic number in front, as Word shows it."""
    text = str(paragraph.text)
    found = _num_pr(paragraph)
    if found is None or not text.strip():
        return text
    return numbering.label(*found) + text


# ---------------------------------------------------------------------------- tables

_ISSUE_HEADERS = re.compile(r"^(?:反馈|存在的?|巡察|具体|主要)?问题(?:描述|内容|表现|清单)?$|^问题")
_NUMBER_HEADERS = re.compile(r"^(?:序号|编号|问题编号|序列)$")
_MEASURE_HEADERS = re.compile(r"整改措施|措施|整改举措|主要做法")
_STATUS_HEADERS = re.compile(
    r"整改(?:情况|进展|进度|状态|结果)|完成情况|进展情况|完成状态|是否完成"
)
_CATEGORY_HEADERS = re.compile(r"^(?:问题类别|类别|问题类型|方面|领域)$")


def _cell_lines(cell: Any, numbering: Numbering) -> list[str]:
    return [t for p in cell.paragraphs if (t := paragraph_text(p, numbering).strip())]


def _header_columns(cells: list[str]) -> dict[str, int] | None:
    """The columns of an issue table, by its header row; None when the row is no
    such header."""
    columns: dict[str, int] = {}
    for index, raw in enumerate(cells):
        text = re.sub(r"\s+", "", raw)
        for name, pattern in (
            ("number", _NUMBER_HEADERS),
            ("category", _CATEGORY_HEADERS),
            ("status", _STATUS_HEADERS),
            ("measures", _MEASURE_HEADERS),
            ("issue", _ISSUE_HEADERS),
        ):
            if name not in columns and pattern.search(text):
                columns[name] = index
                break
    return columns if "issue" in columns else None


def table_lines(table: Any, numbering: Numbering) -> list[str]:
    """A table's text: an issue table as the outline the reader knows (``问题N：``,
    ``整改措施：``, ``整改情况：``; a row merged across is a section heading); any other
    table cell by cell."""
    rows: list[list[list[str]]] = []
    for row in table.rows:
        cells: list[list[str]] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell is returned once per grid column
                continue
            seen.add(id(cell._tc))
            cells.append(_cell_lines(cell, numbering))
        rows.append(cells)
    header_index = next(
        (i for i, r in enumerate(rows[:3]) if _header_columns(["".join(c) for c in r])), None
    )
    if header_index is None:
        return [line for r in rows for c in r for line in c]
    width = len(rows[header_index])
    columns = _header_columns(["".join(c) for c in rows[header_index]]) or {}
    out = [line for r in rows[:header_index] for c in r for line in c]
    counter = 0
    last_category = ""
    for r in rows[header_index + 1 :]:
        texts = ["\n".join(c) for c in r]
        if not any(texts):
            continue
        distinct = {t for t in texts if t}
        if len(r) < width and len(distinct) == 1:
            # A section row, merged across the table.
            out.append(distinct.pop().replace("\n", ""))
            continue

        def cell(name: str, r: list[list[str]] = r) -> list[str]:
            index = columns.get(name)
            return r[index] if index is not None and index < len(r) else []

        issue = cell("issue")
        if not issue:
            out.extend(line for c in r for line in c)
            continue
        category = "".join(cell("category"))
        if category and category != last_category:
            out.append(category)
            last_category = category
        counter += 1
        number = "".join(cell("number")).rstrip(".．、") or str(counter)
        out.append(f"问题{number}：{issue[0]}")
        out.extend(issue[1:])
        status = cell("status")
        if status:
            out.append(f"整改情况：{status[0]}")
            out.extend(status[1:])
        measures = cell("measures")
        if measures:
            out.append("整改措施：")
            out.extend(measures)
    return out


def document_lines(document: Any) -> list[str]:
    """Every paragraph and table of a python-docx document, in order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    numbering = Numbering.from_document(document)
    lines: list[str] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(paragraph_text(Paragraph(child, document), numbering))
        elif tag == "tbl":
            lines.extend(table_lines(Table(child, document), numbering))
    return lines
