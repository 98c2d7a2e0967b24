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
outline the reader knows (``notice.tables``); without them (a damaged property page)
each cell is a line of its own.
"""

from __future__ import annotations

import struct
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.compound import OLE_MAGIC, CompoundError, read_stream
from desktop.notice.tables import CELL, ROW, Paragraph, flow_lines

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
# FibRgFcLcb97.fcPlcfBtePapx/lcbPlcfBtePapx: the paragraphs' property pages.
_FC_BTE_PAPX = 0x0102
_LCB_BTE_PAPX = 0x0106
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


_NONE = _Props()


def doc_text(path: Path) -> str:
    """The main text of the Word 97-2003 document at ``path``, its tables read as
    tables. Raises :class:`DocUnreadable`."""
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
        return shown(raw)
    paragraphs = []
    for text, cp, mark in _paragraphs(raw):
        props = properties.at(_position(pieces, cp)) if cp >= 0 else _NONE
        if mark == "\x07":
            paragraphs.append(Paragraph(text, True, ROW if props.row_end else CELL))
        else:
            paragraphs.append(Paragraph(text, props.in_table))
    return _tidy("\n".join(flow_lines(paragraphs)))


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
        fc = _U32.unpack_from(word, _FC_BTE_PAPX)[0]
        size = _U32.unpack_from(word, _LCB_BTE_PAPX)[0]
        plc = table[fc : fc + size]
        count = (len(plc) - 4) // 8
        if size == 0 or count <= 0:
            raise ValueError("no paragraph properties")
        self._data = data
        self._huge: bytes | None = None
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
        return self._props_of(grpprl[2:])

    def _props_of(self, grpprl: bytes) -> _Props:
        in_table = row_end = False
        depth = 0
        for sprm, operand in _sprms(grpprl):
            if sprm == _IN_TABLE:
                in_table = operand[0] != 0
            elif sprm == _ROW_END:
                row_end = operand[0] != 0
            elif sprm == _DEPTH:
                depth = _I32.unpack_from(operand)[0]
            elif sprm == _HUGE:
                return self._props_of(self._huge_grpprl(_U32.unpack_from(operand)[0]))
        if depth and not in_table:
            in_table = depth > 0
        return _Props(in_table, row_end, depth or int(in_table))

    def _huge_grpprl(self, offset: int) -> bytes:
        if self._huge is None:
            self._huge = read_stream(self._data, ("Data",)) or b""
        size = _U16.unpack_from(self._huge, offset)[0]
        return self._huge[offset + 2 : offset + 2 + size]


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
