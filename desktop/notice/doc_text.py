"""The text of a notice saved as a Word 97-2003 document (.doc; WPS Writer saves its
.wps in the same binary form), as Word shows it.

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
number, a date); ``\\x01`` and ``\\x08`` stand for pictures and drawings. A table is read
row by row, each cell a line of its own (the issue-table outline of a .docx needs the
table's structure, which a .doc's text alone does not carry).
"""

from __future__ import annotations

import struct
from pathlib import Path

from desktop.domain.compound import OLE_MAGIC, CompoundError, read_stream

_WORD_MAGIC = 0xA5EC
_U16 = struct.Struct("<H")
_U32 = struct.Struct("<I")
# FibBase: wIdent, then the flags word at 0x0A (fEncrypted 0x0100, fWhichTblStm 0x0200).
_FLAGS = 0x0A
_ENCRYPTED = 0x0100
_TABLE_ONE = 0x0200
# FibRgLw97.ccpText (the main text's length) and FibRgFcLcb97.fcClx/lcbClx.
_CCP_TEXT = 0x4C
_FC_CLX = 0x01A2
_LCB_CLX = 0x01A6
# At most this many characters are read (a notice has thousands).
MAX_CHARACTERS = 2_000_000


class DocUnreadable(Exception):
    """Why a .doc gives no text: ``reason`` is ``"password"``, ``"damaged"`` or
    ``"not_word"`` (an OLE file of another kind)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def doc_text(path: Path) -> str:
    """The main text of the Word 97-2003 document at ``path``. Raises
    :class:`DocUnreadable`."""
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
        raw = _pieces(word, table[clx : clx + clx_size], length)
    except (CompoundError, OSError, struct.error, IndexError, ValueError, MemoryError):
        raise DocUnreadable("damaged") from None
    return shown(raw)


def _pieces(word: bytes, clx: bytes, length: int) -> str:
    """The first ``length`` characters of the document, piece by piece."""
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
    out: list[str] = []
    got = 0
    for index in range(count):
        if got >= length:
            break
        start, end = points[index], points[index + 1]
        if end <= start:
            continue
        wanted = min(end - start, length - got)
        fc = _U32.unpack_from(table, 4 * (count + 1) + 8 * index + 2)[0]
        if fc & 0x40000000:  # compressed: 8-bit Windows-1252, at fc / 2
            offset = (fc & 0x3FFFFFFF) // 2
            chunk = word[offset : offset + wanted]
            text = chunk.decode("cp1252", errors="replace")
        else:
            offset = fc & 0x3FFFFFFF
            chunk = word[offset : offset + 2 * wanted]
            text = chunk.decode("utf-16-le", errors="replace")
        if len(text) < wanted:
            raise ValueError("a piece runs past the stream")
        out.append(text)
        got += wanted
    return "".join(out)


def shown(raw: str) -> str:
    """Word's text with its marks turned into what is shown: paragraphs and line
    breaks as lines, a field's result without its code, pictures left out."""
    out: list[str] = []
    depth = 0  # inside field codes (fields nest)
    hidden: list[bool] = []  # per open field: still in its code part
    for ch in raw:
        if ch == "\x13":
            hidden.append(True)
            depth += 1
            continue
        if ch == "\x14":
            if hidden:
                hidden[-1] = False
            continue
        if ch == "\x15":
            if hidden:
                hidden.pop()
                depth -= 1
            continue
        if any(hidden):
            continue
        if ch in "\r\v\f":
            out.append("\n")
        elif ch == "\x07":
            out.append("\n")  # a cell's end, or a row's
        elif ch == "\x1e":
            out.append("-")  # a non-breaking hyphen
        elif ch in "\x01\x08\x1f\x00\x02\x05":
            continue  # pictures, drawings, optional hyphens, footnote marks
        elif ch == "\t":
            out.append("\t")
        elif ord(ch) < 32:
            continue
        else:
            out.append(ch)
    lines = "".join(out).split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n")
