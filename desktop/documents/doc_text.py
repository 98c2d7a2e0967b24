"""The text of a notice saved as a Word 97-2003 document (.doc; WPS Writer saves its
.wps in the same binary form), as Word shows it, its tables read as tables.

A .doc is an OLE compound file (``domain.compound``): the ``WordDocument`` stream begins
with the File Information Block, which says which table stream (``0Table`` or
``1Table``) holds the piece table (the Clx), how long the main text is, and whether the
file is encrypted. The piece table lists where each run of the text lies in the
WordDocument stream, as 8-bit Windows-1252 or as UTF-16 ([MS-DOC] 2.4.1). The main
text is the document's first ``ccpText`` characters; headers, footnotes and comments
follow it and are left out.

Word's marks in the text: a paragraph ends in ``\\r``, a manual line break is ``\\v``,
a page break ``\\f``, a table cell and a table row end in ``\\x07``; a field is
``\\x13`` code ``\\x14`` result ``\\x15`` (the result is what is shown: an automatic
number, a date); ``\\x01`` and ``\\x08`` stand for pictures and drawings.

Which paragraphs lie in a table, and which ``\\x07`` ends a row rather than a cell, is
in the paragraphs' properties ([MS-DOC] 2.4.6.3): the FIB's PlcBtePapx points to 512-byte
pages (PapxFkp) that give each run of the stream its properties (sprmPFInTable,
sprmPFTtp, sprmPItap). With them a table becomes rows of cells, and an issue table the
outline the reader knows (``documents.tables``); without them (a damaged property page)
each cell is a line of its own.

Word's automatic list numbers (一、 （一） 1.) are not in the text either: a paragraph's
properties (or its style's, in the style sheet) name a list instance and level
(sprmPIlfo, sprmPIlvl), and the list tables (PlfLst with each level's LVL, PlfLfo with
each instance's overrides) give the level's text and number format. They are counted as
Word counts them (``docx_text.Numbering``, shared with the .docx reader) and written in
front of the paragraph.
"""

from __future__ import annotations

import struct
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.documents.docx_text import ListLevel, Numbering
from desktop.documents.tables import CELL, ROW, Paragraph, flow_lines
from desktop.domain.compound import OLE_MAGIC, CompoundError, read_stream

_WORD_MAGIC = 0xA5EC
_U16 = struct.Struct("<H")
_I16 = struct.Struct("<h")
_U32 = struct.Struct("<I")
_I32 = struct.Struct("<i")
# FibBase: wIdent, then the flags word at 0x0A (fEncrypted 0x0100, fWhichTblStm 0x0200).
_FLAGS = 0x0A
_ENCRYPTED = 0x0100
_TABLE_ONE = 0x0200
# FibRgLw97.ccpText (the main text's length) and FibRgFcLcb97.fcClx/lcbClx.
_CCP_TEXT = 0x4C
_FC_CLX = 0x01A2
_LCB_CLX = 0x01A6
# FibRgFcLcb97.fcStshf/lcbStshf: the style sheet.
_FC_STYLES = 0x00A2
# FibRgFcLcb97.fcPlcfBtePapx/lcbPlcfBtePapx: the paragraphs' property pages; fcPlfLst
# and fcPlfLfo (each with its lcb after it): the list definitions and their instances.
_FC_BTE_PAPX = 0x0102
_LCB_BTE_PAPX = 0x0106
_FC_LISTS = 0x02E2
_FC_LIST_USES = 0x02EA
_PAGE = 512
# At most this many characters are read (a notice has thousands).
MAX_CHARACTERS = 2_000_000
# Paragraph marks: a paragraph's end, and a table cell's or row's.
_MARKS = "\r\x07"

# The paragraph properties read ([MS-DOC] 2.6.2): sprmPFInTable, sprmPFTtp, sprmPItap,
# and sprmPHugePapx (the properties too long for their page, in the Data stream).
_IN_TABLE = 0x2416
_ROW_END = 0x2417
_DEPTH = 0x6649
_HUGE = 0x6646
# sprmPIlfo (which list instance, 1-based; 0 or less: none) and sprmPIlvl (its level).
_LIST = 0x460B
_LEVEL = 0x260A
# A list level's number format (MSONFC, [MS-OSHARED] 2.2.1.3) by its OOXML name, for
# the formats a notice uses; others count in Arabic digits. The four Chinese counting
# formats (Taiwanese and Chinese, counting and counting-thousand) write a notice's
# numbers alike (一 … 十一 … 九十九); LibreOffice writes 0x23 for 一、二、三.
_FORMATS = {
    0x00: "decimal", 0x03: "upperLetter", 0x04: "lowerLetter", 0x0E: "decimalFullWidth",
    0x12: "decimalEnclosedCircle", 0x1C: "decimalEnclosedCircleChinese",
    0x1E: "ideographTraditional", 0x21: "chineseCounting", 0x23: "chineseCounting",
    0x25: "chineseCounting", 0x27: "chineseCountingThousand", 0x17: "bullet", 0xFF: "none",
}  # fmt: skip
# sprmTDefTable's operand is counted in two bytes; sprmPChgTabs's can be open-ended.
_DEF_TABLE = 0xD608
_CHANGE_TABS = 0xC615


class DocUnreadable(Exception):
    """Why a .doc gives no text: ``reason`` is ``"password"``, ``"damaged"`` or
    ``"not_word"`` (an OLE file of another kind)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class _Piece:
    """A run of the text: characters ``start`` to ``end`` lie at byte ``offset`` of the
    WordDocument stream, one byte each (``compressed``) or two."""

    start: int
    end: int
    offset: int
    compressed: bool

    def position(self, cp: int) -> int:
        """The stream position of character ``cp`` of this piece."""
        return self.offset + (cp - self.start) * (1 if self.compressed else 2)


@dataclass(frozen=True, slots=True)
class _Props:
    """What a paragraph's properties say of its place in a table."""

    in_table: bool = False
    row_end: bool = False
    depth: int = 0
    # The list it is numbered in (an LFO, 1-based; 0 for none) and its level there.
    list_use: int = 0
    level: int = 0
    # A row's end: its cells' edges in twips (sprmTDefTable's rgdxaCenter).
    edges: tuple[int, ...] = ()


_NONE = _Props()


def doc_text(path: Path) -> str:
    """The main text of the Word 97-2003 document at ``path``, its tables read as
    tables. Raises :class:`DocUnreadable`."""
    return _tidy("\n".join(flow_lines(doc_paragraphs(path))))


def doc_paragraphs(path: Path) -> list[Paragraph]:
    """The paragraphs of the Word 97-2003 document at ``path`` as shown, each saying
    whether it lies in a table and whether it ends a cell or a row (all outside tables
    when its property pages cannot be read). Raises :class:`DocUnreadable`."""
    try:
        data = path.read_bytes()
        if not data.startswith(OLE_MAGIC):
            raise DocUnreadable("damaged")
        word = read_stream(data, ("WordDocument",))
        if word is None:
            raise DocUnreadable("not_word")
        if len(word) < 0x01AA or _U16.unpack_from(word, 0)[0] != _WORD_MAGIC:
            raise DocUnreadable("damaged")
        flags = _U16.unpack_from(word, _FLAGS)[0]
        if flags & _ENCRYPTED:
            raise DocUnreadable("password")
        table = read_stream(data, ("1Table",) if flags & _TABLE_ONE else ("0Table",))
        if table is None:
            raise DocUnreadable("damaged")
        length = min(_U32.unpack_from(word, _CCP_TEXT)[0], MAX_CHARACTERS)
        clx = _U32.unpack_from(word, _FC_CLX)[0]
        clx_size = _U32.unpack_from(word, _LCB_CLX)[0]
        pieces = _piece_list(table[clx : clx + clx_size])
        raw = _text(word, pieces, length)
    except (CompoundError, OSError, struct.error, IndexError, ValueError, MemoryError):
        raise DocUnreadable("damaged") from None
    try:
        properties = _ParagraphProperties(data, word, table)
    except (CompoundError, struct.error, IndexError, ValueError, MemoryError):
        # The text is there; only its tables' shape is lost: cells as lines.
        return [Paragraph(text) for text, _cp, _mark in _paragraphs(raw)]
    try:
        numbering = _numbering(word, table)
    except (struct.error, IndexError, ValueError, MemoryError):
        numbering = Numbering()  # the numbers are lost, not the text
    paragraphs = []
    for shown_text, cp, mark in _paragraphs(raw):
        props = properties.at(_position(pieces, cp)) if cp >= 0 else _NONE
        text = shown_text
        if props.list_use > 0 and text.strip():
            text = numbering.label(str(props.list_use), props.level) + text
        if mark == "\x07":
            if props.row_end:
                paragraphs.append(Paragraph(text, True, ROW, props.edges))
            else:
                paragraphs.append(Paragraph(text, True, CELL))
        else:
            paragraphs.append(Paragraph(text, props.in_table))
    return paragraphs


def _piece_list(clx: bytes) -> list[_Piece]:
    """The piece table of a Clx ([MS-DOC] 2.9.38)."""
    at = 0
    # Prc entries (formatting, skipped) come before the Pcdt.
    while at < len(clx) and clx[at] == 0x01:
        at += 3 + _U16.unpack_from(clx, at + 1)[0]
    if at >= len(clx) or clx[at] != 0x02:
        raise ValueError("no piece table")
    size = _U32.unpack_from(clx, at + 1)[0]
    table = clx[at + 5 : at + 5 + size]
    count = (len(table) - 4) // 12
    if count <= 0:
        raise ValueError("empty piece table")
    points = struct.unpack_from(f"<{count + 1}I", table, 0)
    pieces = []
    for index in range(count):
        start, end = points[index], points[index + 1]
        if end <= start:
            continue
        fc = _U32.unpack_from(table, 4 * (count + 1) + 8 * index + 2)[0]
        if fc & 0x40000000:  # compressed: 8-bit Windows-1252, at fc / 2
            pieces.append(_Piece(start, end, (fc & 0x3FFFFFFF) // 2, True))
        else:
            pieces.append(_Piece(start, end, fc & 0x3FFFFFFF, False))
    return pieces


def _text(word: bytes, pieces: list[_Piece], length: int) -> str:
    """The first ``length`` characters of the document, piece by piece."""
    out: list[str] = []
    got = 0
    for piece in pieces:
        if got >= length:
            break
        wanted = min(piece.end - piece.start, length - got)
        if piece.compressed:
            chunk = word[piece.offset : piece.offset + wanted]
            text = chunk.decode("cp1252", errors="replace")
        else:
            chunk = word[piece.offset : piece.offset + 2 * wanted]
            text = chunk.decode("utf-16-le", errors="replace")
        if len(text) < wanted:
            raise ValueError("a piece runs past the stream")
        out.append(text)
        got += wanted
    return "".join(out)


def _position(pieces: list[_Piece], cp: int) -> int:
    """The stream position of the ``cp``-th character of the text (as laid out by
    :func:`_text`: pieces one after another), or -1."""
    got = 0
    for piece in pieces:
        size = piece.end - piece.start
        if cp < got + size:
            return piece.position(piece.start + cp - got)
        got += size
    return -1


class _ParagraphProperties:
    """The table properties of every run of the WordDocument stream, from the property
    pages the PlcBtePapx lists ([MS-DOC] 2.8.2, 2.9.176)."""

    def __init__(self, data: bytes, word: bytes, table: bytes) -> None:
        self._data = data
        self._huge: bytes | None = None
        try:
            self._styles = self._style_lists(word, table)
        except (struct.error, IndexError, ValueError):
            self._styles = {}  # numbered styles' numbers lost, nothing else
        fc = _U32.unpack_from(word, _FC_BTE_PAPX)[0]
        size = _U32.unpack_from(word, _LCB_BTE_PAPX)[0]
        plc = table[fc : fc + size]
        count = (len(plc) - 4) // 8
        if size == 0 or count <= 0:
            raise ValueError("no paragraph properties")
        starts: list[int] = []
        ends: list[int] = []
        props: list[_Props] = []
        for index in range(count):
            page_number = _U32.unpack_from(plc, 4 * (count + 1) + 4 * index)[0] & 0x3FFFFF
            page = word[page_number * _PAGE : (page_number + 1) * _PAGE]
            if len(page) < _PAGE:
                raise ValueError("a property page runs past the stream")
            runs = page[_PAGE - 1]
            bounds = struct.unpack_from(f"<{runs + 1}I", page, 0)
            for run in range(runs):
                offset = 2 * page[4 * (runs + 1) + 13 * run]
                starts.append(bounds[run])
                ends.append(bounds[run + 1])
                props.append(self._read(page, offset) if offset else _NONE)
        order = sorted(range(len(ends)), key=ends.__getitem__)
        self._starts = [starts[i] for i in order]
        self._ends = [ends[i] for i in order]
        self._props = [props[i] for i in order]

    def at(self, fc: int) -> _Props:
        """The properties of the paragraph whose mark lies at stream position ``fc``."""
        index = bisect_right(self._ends, fc)
        if index < len(self._ends) and self._starts[index] <= fc:
            return self._props[index]
        return _NONE

    def _read(self, page: bytes, offset: int) -> _Props:
        """A PapxInFkp: its size, the style (2 bytes), then the properties."""
        size = page[offset]
        if size:
            grpprl = page[offset + 1 : offset + 2 * size]
        else:
            grpprl = page[offset + 2 : offset + 2 + 2 * page[offset + 1]]
        return self._props_of(grpprl[2:], _U16.unpack_from(grpprl)[0])

    def _props_of(self, grpprl: bytes, style: int) -> _Props:
        """The properties a grpprl sets; a list its style numbers it in (heading styles
        numbered 一、 (一) in a template) unless it says a list of its own, or none."""
        in_table = row_end = False
        depth = 0
        list_use: int | None = None
        level: int | None = None
        edges: tuple[int, ...] = ()
        for sprm, operand in _sprms(grpprl):
            if sprm == _IN_TABLE:
                in_table = operand[0] != 0
            elif sprm == _ROW_END:
                row_end = operand[0] != 0
            elif sprm == _DEPTH:
                depth = _I32.unpack_from(operand)[0]
            elif sprm == _LIST:
                list_use = _I16.unpack_from(operand)[0]
            elif sprm == _LEVEL:
                level = operand[0]
            elif sprm == _DEF_TABLE and len(operand) >= 3:
                # cb (2 bytes), the number of cells, then each cell's edge.
                count = operand[2]
                if len(operand) >= 3 + 2 * (count + 1):
                    edges = struct.unpack_from(f"<{count + 1}h", operand, 3)
            elif sprm == _HUGE:
                return self._props_of(self._huge_grpprl(_U32.unpack_from(operand)[0]), style)
        if depth and not in_table:
            in_table = depth > 0
        if list_use is None:
            list_use, style_level = self._styles.get(style, (0, 0))
            level = style_level if level is None else level
        return _Props(in_table, row_end, depth or int(in_table), list_use, level or 0, edges)

    def _style_lists(self, word: bytes, table: bytes) -> dict[int, tuple[int, int]]:
        """The list and level each numbered paragraph style numbers its paragraphs in,
        by style index, its base styles' included ([MS-DOC] 2.9.271 STSH: each STD's
        StdfBase gives its kind and base, its first UPX the paragraph properties)."""
        fc, size = _U32.unpack_from(word, _FC_STYLES)[0], _U32.unpack_from(word, _FC_STYLES + 4)[0]
        sheet = table[fc : fc + size]
        if not size or len(sheet) < size:
            return {}
        count, base_size = _U16.unpack_from(sheet, 2)[0], _U16.unpack_from(sheet, 4)[0]
        at = 2 + _U16.unpack_from(sheet, 0)[0]
        own: dict[int, tuple[int | None, int | None, int]] = {}
        for index in range(count):
            length = _U16.unpack_from(sheet, at)[0]
            std = sheet[at + 2 : at + 2 + length]
            at += 2 + length
            if length < base_size + 2:
                continue
            kind_and_base = _U16.unpack_from(std, 2)[0]
            if kind_and_base & 0x0F != 1:  # paragraph styles only
                continue
            name = _U16.unpack_from(std, base_size)[0]
            upx = base_size + 2 + 2 * name + 2
            papx = std[upx + 2 : upx + 2 + _U16.unpack_from(std, upx)[0]]
            list_use: int | None = None
            level: int | None = None
            for sprm, operand in _sprms(papx[2:]):
                if sprm == _LIST:
                    list_use = _I16.unpack_from(operand)[0]
                elif sprm == _LEVEL:
                    level = operand[0]
            own[index] = (list_use, level, kind_and_base >> 4)
        resolved: dict[int, tuple[int, int]] = {}
        for index in own:
            list_use, level, base = own[index]
            for _ in range(10):  # up the base styles, a cycle cut short
                if (list_use is not None and level is not None) or base not in own:
                    break
                base_use, base_level, base = own[base]
                list_use = base_use if list_use is None else list_use
                level = base_level if level is None else level
            if list_use:
                resolved[index] = (list_use, level or 0)
        return resolved

    def _huge_grpprl(self, offset: int) -> bytes:
        if self._huge is None:
            self._huge = read_stream(self._data, ("Data",)) or b""
        size = _U16.unpack_from(self._huge, offset)[0]
        return self._huge[offset + 2 : offset + 2 + size]


def _numbering(word: bytes, table: bytes) -> Numbering:
    """The document's lists ([MS-DOC] 2.9.147 PlfLst, 2.9.150 LVL, 2.9.146 PlfLfo) as
    the .docx reader's :class:`Numbering`: each list instance (LFO, by its 1-based
    index) has its list's levels with its own overrides; instances of one list (one
    lsid) count together, as Word counts them."""
    numbering = Numbering()
    at, size = _U32.unpack_from(word, _FC_LISTS)[0], _U32.unpack_from(word, _FC_LISTS + 4)[0]
    if not size:
        return numbering
    count = _I16.unpack_from(table, at)[0]
    at += 2
    lists: list[tuple[int, bool]] = []
    for _ in range(max(0, count)):
        lists.append((_I32.unpack_from(table, at)[0], bool(table[at + 26] & 0x01)))
        at += 28
    # Each list's levels follow the PlfLst, nine to a list (one to a simple list).
    defined: dict[int, dict[int, ListLevel]] = {}
    for lsid, simple in lists:
        levels: dict[int, ListLevel] = {}
        for index in range(1 if simple else 9):
            levels[index], at = _level(table, at)
        defined[lsid] = levels
    at, size = (
        _U32.unpack_from(word, _FC_LIST_USES)[0],
        _U32.unpack_from(word, _FC_LIST_USES + 4)[0],
    )
    if not size:
        return numbering
    uses = _I32.unpack_from(table, at)[0]
    at += 4
    overrides: list[tuple[int, int]] = []
    for _ in range(max(0, min(uses, 0x7FFE))):
        overrides.append((_I32.unpack_from(table, at)[0], table[at + 12]))
        at += 16
    for number, (lsid, changed) in enumerate(overrides, start=1):
        levels = {
            k: ListLevel(v.start, v.fmt, v.text, v.legal) for k, v in defined.get(lsid, {}).items()
        }
        at += 4  # LfoData.cp
        for _ in range(changed):
            start = _I32.unpack_from(table, at)[0]
            flags = _U32.unpack_from(table, at + 4)[0]
            at += 8
            index = flags & 0x0F
            if flags & 0x20:  # fFormatting: a whole level follows
                levels[index], at = _level(table, at)
            elif flags & 0x10 and index in levels:  # fStartAt
                levels[index].start = start
        numbering.levels[str(number)] = levels
        numbering.abstract_of[str(number)] = str(lsid)
    return numbering


def _level(table: bytes, at: int) -> tuple[ListLevel, int]:
    """A list level (LVL) at ``at``, and where the next begins: its LVLF (start, number
    format, fLegal), two property lists skipped, then its text, in which characters 0-8
    stand for the numbers of levels 1-9."""
    start = _I32.unpack_from(table, at)[0]
    number_format, flags = table[at + 4], table[at + 5]
    at += 28 + table[at + 25] + table[at + 24]
    length = _U16.unpack_from(table, at)[0]
    raw = table[at + 2 : at + 2 + 2 * length]
    if len(raw) < 2 * length:
        raise ValueError("a list level runs past the table stream")
    text = "".join(f"%{ord(c) + 1}" if ord(c) < 9 else c for c in raw.decode("utf-16-le"))
    level = ListLevel(start, _FORMATS.get(number_format, "decimal"), text, bool(flags & 0x04))
    return level, at + 2 + 2 * length


def _sprms(grpprl: bytes) -> Iterator[tuple[int, bytes]]:
    """Each property (Prl) of a grpprl: its sprm and operand ([MS-DOC] 2.2.5.1)."""
    at = 0
    while at + 2 <= len(grpprl):
        sprm = _U16.unpack_from(grpprl, at)[0]
        at += 2
        kind = sprm >> 13
        if kind in (0, 1):
            size = 1
        elif kind in (2, 4, 5):
            size = 2
        elif kind == 3:
            size = 4
        elif kind == 7:
            size = 3
        elif sprm == _DEF_TABLE:
            if at + 2 > len(grpprl):
                return
            size = _U16.unpack_from(grpprl, at)[0] + 1  # the count, and what it counts less 1
        elif sprm == _CHANGE_TABS and at < len(grpprl) and grpprl[at] == 255:
            return  # its length must be worked out from its contents; nothing after matters
        else:
            if at >= len(grpprl):
                return
            size = grpprl[at] + 1
        if at + size > len(grpprl):
            return
        yield sprm, grpprl[at : at + size]
        at += size


def _paragraphs(raw: str) -> Iterator[tuple[str, int, str]]:
    """Word's text as shown, paragraph by paragraph: each paragraph's text (line and
    page breaks as ``\\n``, a field's result without its code, pictures left out), the
    position of its mark in ``raw`` and the mark (-1 and "" for text after the last)."""
    out: list[str] = []
    hidden: list[bool] = []  # per open field (fields nest): still in its code part
    for cp, ch in enumerate(raw):
        if ch == "\x13":
            hidden.append(True)
            continue
        if ch == "\x14":
            if hidden:
                hidden[-1] = False
            continue
        if ch == "\x15":
            if hidden:
                hidden.pop()
            continue
        if any(hidden):
            continue
        if ch in _MARKS:
            yield "".join(out), cp, ch
            out.clear()
        elif ch in "\v\f":
            out.append("\n")
        elif ch == "\x1e":
            out.append("-")  # a non-breaking hyphen
        elif ch == "\t":
            out.append("\t")
        elif ord(ch) < 32:
            continue  # pictures, drawings, optional hyphens, footnote marks
        else:
            out.append(ch)
    yield "".join(out), -1, ""


def shown(raw: str) -> str:
    """Word's text with its marks turned into what is shown: paragraphs, cells and
    line breaks as lines, a field's result without its code, pictures left out."""
    return _tidy("\n".join(text for text, _cp, _mark in _paragraphs(raw)))


def _tidy(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")
