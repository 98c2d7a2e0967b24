"""The text of a notice published as PDF (Word's or WPS's 导出为 PDF, a site's
download), as a reader copying it from a PDF viewer gets it: line by line, with the
hazards of such text (spaces inside numbers and dates, lines broken inside words) left
for the reader's cleaning, which knows them (``notice.clean``).

What this module adds to the text pypdf gives:

- the page furniture dropped: a page number on its own line at a page's top or bottom
  (``- 1 -``, ``— 2 —``, ``第 3 页 共 5 页``, ``3/5``);
- a paragraph's lines joined again where the page wrapped them: a line as wide as the
  page's widest that does not end a sentence runs on into the next, across a page
  break too (a heading wrapped as ``关于……的问`` / ``题。`` read as two);
- quotation marks put back in place: a PDF writer that drew “ and ” in another font
  than the characters around them (LibreOffice does, for quotes set in a Latin font)
  leaves them, in the order pypdf reads them, at the line's start, and a space where
  each was (``“ ”一是开展 四不两直 检查``); they go back into those spaces;
- a clear refusal for what holds no text (a scanned notice: pictures of pages), one
  locked with a password, or a damaged file.

pypdf (pure Python, maintained by the py-pdf project) reads the file: a PDF's fonts,
encodings and content streams are a library's work, not ours.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.documents.pdf_tables import Chunk, Layout, Page, Rule, TableRow, join_rows, page_items
from desktop.documents.tables import Block, Row, TableBlock, header_columns, table_lines

# At most this many pages are read (a notice has a few; a 500-page PDF is a report).
MAX_PAGES = 300

_PAGE_NUMBER = re.compile(
    r"^[\s\-—–－_·•]*(?:\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4})[\s\-—–－_·•]*$"
)
# How much narrower than the page's widest line a wrapped line may be, in characters:
# a paragraph's first line is indented two, and the widths of digits, spaces and
# brackets are only estimated.
_SLACK = 3.5
# What ends a sentence: a full line ending so may end its paragraph too.
_SENTENCE_ENDS = ("。", "；", "：", "！", "？", ";", ":", "!", "?")
# The lines a table's outline starts with: nothing runs on into them.
_OUTLINE = re.compile(
    r"^(?:问题[0-9一二三四五六七八九十百（）()]{1,8}[：:]|整改情况[：:]|整改措施[：:])"
)
# A table row a page break cut, as this app prints it: 问题 12（续）, and （见上页） in the
# cells the part above already holds.
_CONTINUED = re.compile(r"^\s*(.+?)\s*[（(]续[)）]\s*$")
_SEE_ABOVE = frozenset({"（见上页）", "(见上页)"})
# Painting operators that draw a path (stroked, filled or both), and those that stroke.
_PAINTS = frozenset({b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"})
_STROKES = frozenset({b"S", b"s", b"B", b"B*", b"b", b"b*"})
# Quotation marks and brackets a writer may draw in a font of their own.
_MARKS = "“”‘’\"'「」『』《》〈〉"
_LEADING_MARKS = re.compile(rf"^([{_MARKS}](?: ?[{_MARKS}])*)(?=[^\s{_MARKS}])")
# A space between two characters of Chinese text, where a mark was drawn apart.
_GAP = re.compile(r"(?<=[\u3400-\u9fff，。；：、）])\s(?=[\u3400-\u9fff0-9A-Za-z（])")


class PdfUnreadable(Exception):
    """Why a PDF gives no text: ``reason`` is one of ``"scanned"``, ``"password"``,
    ``"damaged"``; ``detail`` says more for the log."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(reason, detail)
        self.reason = reason
        self.detail = detail


def pdf_text(path: Path) -> str:
    """The text of the PDF at ``path``, page after page. Raises :class:`PdfUnreadable`."""
    text = joined_text(_drawn(path))
    if not text.strip():
        raise PdfUnreadable("scanned")
    return text


def joined_text(drawn: list[tuple[str, Page]]) -> str:
    """Pages' text (each page's own text, and what it draws where) as one text: page
    numbers dropped, wrapped lines joined again, issue tables as the outline."""
    pages = [_lines(parts) for parts in _page_blocks(drawn)]
    if not any(line.strip() for page in pages for line in page):
        return ""
    return "\n".join(_joined(pages))


def blocks_of(drawn: list[tuple[str, Page]]) -> list[Block]:
    """Pages' lines and issue tables, page after page (``pdf_blocks``)."""
    return [part for page in _page_blocks(drawn) for part in page]


def _drawn(path: Path) -> list[tuple[str, Page]]:
    """Each page's text as pypdf gives it, and what it draws where."""
    import pypdf
    from pypdf.errors import PdfReadError, PyPdfError

    try:
        reader = pypdf.PdfReader(str(path), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise PdfUnreadable("password")
        drawn = [_read_page(page) for page in reader.pages[:MAX_PAGES]]
    except PdfUnreadable:
        raise
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        # pypdf's errors, and what a broken object graph raises inside it; an AES
        # file without the cryptography package is a DependencyError (a PyPdfError).
        if "crypt" in str(exc).lower() or "password" in str(exc).lower():
            raise PdfUnreadable("password", str(exc)) from None
        raise PdfUnreadable("damaged", str(exc)) from None
    except RecursionError:
        raise PdfUnreadable("damaged", "nested too deeply") from None
    return drawn


def pdf_blocks(path: Path) -> list[Block]:
    """The PDF at ``path`` as its lines and issue tables, page after page (a table's
    header row first; what a spreadsheet makes of a table: ``tables.grid``). Raises
    :class:`PdfUnreadable`."""
    parts = blocks_of(_drawn(path))
    if not any(not isinstance(part, str) or part.strip() for part in parts):
        raise PdfUnreadable("scanned")
    return parts


def _read_page(page: Any) -> tuple[str, Page]:
    """pypdf's text of a page, and where its text and straight lines are drawn."""
    drawn = Page()
    path: list[tuple[float, float, float, float]] = []
    point = [0.0, 0.0]

    def place(x: float, y: float, cm: Sequence[float]) -> tuple[float, float]:
        return x * cm[0] + y * cm[2] + cm[4], x * cm[1] + y * cm[3] + cm[5]

    def text(chunk: str, cm: Sequence[float], tm: Sequence[float], _font: Any, size: float) -> None:
        if not chunk.strip():
            return
        x, y = place(tm[4], tm[5], cm)
        a, b = tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3]
        drawn.chunks.append(Chunk(x, y, abs(size or 1.0) * math.hypot(a, b), chunk))

    def operator(op: bytes, args: Sequence[Any], cm: Sequence[float], _tm: Any) -> None:
        try:
            if op == b"re" and len(args) == 4:
                x, y, w, h = (float(a) for a in args)
                corners = [place(x, y, cm), place(x + w, y, cm), place(x + w, y + h, cm)]
                corners.append(place(x, y + h, cm))
                for (x0, y0), (x1, y1) in zip(corners, corners[1:] + corners[:1], strict=True):
                    path.append((x0, y0, x1, y1))
            elif op == b"m" and len(args) == 2:
                point[:] = place(float(args[0]), float(args[1]), cm)
            elif op == b"l" and len(args) == 2:
                x, y = place(float(args[0]), float(args[1]), cm)
                path.append((point[0], point[1], x, y))
                point[:] = [x, y]
            elif op in _PAINTS:
                _paint(path, drawn.rules, stroked=op in _STROKES)
                path.clear()
            elif op == b"n":
                path.clear()  # a clipping path: nothing drawn
        except (TypeError, ValueError):
            path.clear()

    text_seen = page.extract_text(visitor_text=text, visitor_operand_before=operator) or ""
    return text_seen, drawn


def _paint(
    path: list[tuple[float, float, float, float]], rules: list[Rule], *, stroked: bool
) -> None:
    """A painted path's straight lines as rules: a stroked path's segments, and a
    filled one only where it is a thin bar (Word draws a table's borders so)."""
    if stroked:
        rules.extend(Rule(*segment) for segment in path)
        return
    xs = [v for segment in path for v in (segment[0], segment[2])]
    ys = [v for segment in path for v in (segment[1], segment[3])]
    if not xs:
        return
    left, right, bottom, top = min(xs), max(xs), min(ys), max(ys)
    if top - bottom < 2.0 and right - left >= 10.0:
        middle = (top + bottom) / 2
        rules.append(Rule(left, middle, right, middle))
    elif right - left < 2.0 and top - bottom >= 5.0:
        middle = (left + right) / 2
        rules.append(Rule(middle, bottom, middle, top))


def _page_blocks(drawn: list[tuple[str, Page]]) -> list[list[Block]]:
    """Each page's lines, and where a page holds an issue table (``documents.pdf_tables``)
    the table (its header row first, a cell per column; a section row one cell), in
    the page where it starts; a table running on over pages read as one."""
    pages: list[list[Block]] = []
    layout: Layout | None = None
    table: TableBlock | None = None

    for text, page in drawn:
        try:
            found = page_items(page, layout, _PAGE_NUMBER) if page.chunks else None
        except Exception:  # reading a table is a bonus; the text stays
            found = None
        if found is None:
            table = layout = None
            pages.append(list(_page_lines(text)))
            continue
        items, layout = found
        parts: list[Block] = []
        if items and not isinstance(items[0], TableRow):
            table = None  # the table before ended with its page
        for item in items:
            if not isinstance(item, TableRow):
                table = None
                parts.append(_marks_in_place(item))
                continue
            header = list(item.header)
            if (
                table is not None
                and len(table.rows) > 1
                and (item.goes_on or _continued(table.rows[-1], item.cells, header))
            ):
                join_rows(table.rows[-1], item.cells)
            elif table is not None:
                table.rows.append(item.cells)
            else:
                table = TableBlock([[[h] for h in header], item.cells], aligned=True)
                parts.append(table)
        if layout is None:
            table = None
        pages.append(parts)
    return pages


def _lines(parts: list[Block]) -> list[str]:
    """A page's lines, its tables as the outline (``tables.table_lines``)."""
    lines: list[str] = []
    for part in parts:
        lines.extend([part] if isinstance(part, str) else table_lines(part.rows))
    return lines


def _continued(above: Row, row: Row, header: list[str]) -> bool:
    """Whether ``row`` is the rest of ``above`` that a page break cut, marked as this
    app's printed ledger marks it: its number again with （续）, the cells finished
    above saying （见上页）, which are dropped."""
    number = (header_columns(header) or {}).get("number")
    if number is None or number >= min(len(above), len(row)):
        return False
    text = "".join(row[number])
    found = _CONTINUED.match(text)
    if found is None or found.group(1) != "".join(above[number]):
        return False
    row[number] = []
    for index, cell in enumerate(row):
        row[index] = [line for line in cell if line not in _SEE_ABOVE]
    return True


def _width(line: str) -> float:
    """A line's width in Chinese characters (a Latin letter or digit half of one)."""
    return sum(1.0 if "\u2e80" <= c <= "\uffef" else 0.5 for c in line.strip())


def _joined(pages: list[list[str]]) -> list[str]:
    """The lines, those a paragraph wrapped joined again: a line as wide as the page's
    widest (within a character) that does not end a sentence ran on into the next
    one, on this page or the next. Short lines (headings, a paragraph's last line, the
    title) and lines ending in 。；：！？ stay apart; the reader's own rules join the
    rest (``notice.clean``)."""
    out: list[str] = []
    running_on = False
    for page in pages:
        full = max((_width(line) for line in page), default=0.0)
        for line in page:
            if running_on and out and not _OUTLINE.match(line):
                out[-1] += line.strip()
            else:
                out.append(line)
            text = line.rstrip()
            running_on = (
                full >= 10 and _width(text) >= full - _SLACK and not text.endswith(_SENTENCE_ENDS)
            )
    return out


def _page_lines(text: str) -> list[str]:
    """A page's lines, its page number dropped and its marks put back."""
    lines = [line.rstrip() for line in text.replace("\r", "\n").split("\n")]
    while lines and not lines[-1].strip():
        lines.pop()
    while lines and not lines[0].strip():
        lines.pop(0)
    for edge in (-1, 0):
        if lines and _PAGE_NUMBER.match(lines[edge]):
            lines.pop(edge)
    return [_marks_in_place(line) for line in lines]


def _marks_in_place(line: str) -> str:
    """``“ ”一是开展 四不两直 检查`` -> ``一是开展“四不两直”检查``: marks read apart
    from their line, put back into the spaces left for them, in order. A line whose
    spaces do not match its marks is left as it is."""
    found = _LEADING_MARKS.match(line)
    if found is None:
        return line
    marks = list(found.group(1).replace(" ", ""))
    rest = line[found.end() :]
    # Marks drawn apart come in the spaces of a line that has none of its own; a line
    # that starts “三重一大”事项 is text as written.
    if len(marks) < 2 or any(mark in rest for mark in _MARKS):
        return line
    gaps = list(_GAP.finditer(rest))
    if len(gaps) != len(marks):
        return line
    out: list[str] = []
    at = 0
    for mark, gap in zip(marks, gaps, strict=True):
        out.append(rest[at : gap.start()])
        out.append(mark)
        at = gap.end()
    out.append(rest[at:])
    return "".join(out)
