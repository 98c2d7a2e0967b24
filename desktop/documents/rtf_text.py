"""The text of a notice saved as Rich Text (.rtf: Word's and WPS's 另存为 RTF, and
files named .doc that are RTF inside), as a word processor shows it.

RTF is text with groups (``{…}``), control words (``\\par``, ``\\'b9``, ``\\u20013?``)
and destinations that are not the document's text (the font and colour tables, the
style sheet, pictures, fields' codes, and every ``{\\*\\…}`` group). Chinese text comes
as ``\\'hh`` bytes in the document's code page (``\\ansicpg936``: GBK) or as
``\\uN`` characters followed by ``\\ucN`` fallback characters to skip. Paragraphs end at
``\\par``, a table's cells at ``\\cell`` and rows at ``\\row`` (a paragraph in a table is
marked ``\\intbl``): tables are read as tables (``documents.tables``: an issue table as
the outline). ``\\line`` breaks a line. An automatic list number is written out for
readers in ``{\\listtext …}`` (Word, WPS and LibreOffice all do): it is read, without
the tab after it.
"""

from __future__ import annotations

import re

from desktop.documents.tables import CELL, ROW, Paragraph, flow_lines

# Groups whose content is not the document's text.
_SKIPPED = frozenset(
    {
        "fonttbl", "colortbl", "stylesheet", "info", "pict", "fldinst", "header",
        "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf",
        "listtable", "listoverridetable", "rsidtbl", "xmlnstbl", "themedata",
        "colorschememapping", "latentstyles", "datastore", "object", "shppict",
        "nonshppict", "generator", "revtbl", "filetbl", "pgdsctbl", "bkmkstart",
        "bkmkend", "footnote", "annotation", "atnid", "atnauthor", "ftnsep", "ftnsepc",
        "aftnsep", "aftnsepc", "pntext", "pntxta", "pntxtb",
    }
)  # fmt: skip
# Control words that end a paragraph, and the mark each leaves.
_ENDS = {"par": "", "sect": "", "cell": CELL, "row": ROW, "nestcell": ""}
_BREAKS = {"line": "\n", "page": "\n"}
_CHARACTERS = {
    "tab": "\t", "emdash": "—", "endash": "–", "lquote": "‘", "rquote": "’",
    "ldblquote": "“", "rdblquote": "”", "bullet": "•", "emspace": " ", "enspace": " ",
    "qmspace": " ", "~": " ", "_": "-",
}  # fmt: skip
_TOKEN = re.compile(
    r"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|([^\\{}\r\n]+)|[\r\n]+",
    re.DOTALL,
)


def is_rtf(data: bytes) -> bool:
    return data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf")


def rtf_text(data: bytes) -> str:
    """The shown text of an RTF document (never raises on odd input: what cannot be
    understood is left out)."""
    lines = "\n".join(flow_lines(rtf_paragraphs(data))).split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n")


def rtf_paragraphs(data: bytes) -> list[Paragraph]:
    """An RTF document's paragraphs as shown, each saying whether it lies in a table
    and whether it ends a cell or a row."""
    text = data.decode("latin-1")
    codepage = "cp936"
    found = re.search(r"\\ansicpg(\d+)", text[:2048])
    if found:
        codepage = _codec(found.group(1))
    out: list[str] = []
    paragraphs: list[Paragraph] = []
    pending = bytearray()  # \'hh bytes of a multi-byte character, decoded together
    # Per open group: (skipped, \uc count, in a table, in a list number).
    stack: list[tuple[bool, int, bool, bool]] = []
    skipped, uc, to_skip = False, 1, 0
    in_table = listing = False
    first_in_group = False

    def flush() -> None:
        if pending:
            out.append(pending.decode(codepage, errors="replace"))
            pending.clear()

    # The row being defined: its left edge (\\trleft) and its cells' right edges
    # (\\cellx), in twips.
    row_left = 0
    cell_edges: list[int] = []

    def end(mark: str) -> None:
        flush()
        edges = (row_left, *cell_edges) if mark == ROW and cell_edges else ()
        paragraphs.append(Paragraph("".join(out), in_table or bool(mark), mark, edges))
        out.clear()

    for match in _TOKEN.finditer(text):
        word, number, hexa, symbol, brace, plain = match.groups()
        if brace == "{":
            flush()
            stack.append((skipped, uc, in_table, listing))
            first_in_group = True
            continue
        if brace == "}":
            flush()
            skipped, uc, in_table, listing = stack.pop() if stack else (False, 1, False, False)
            first_in_group = False
            to_skip = 0
            continue
        starts = first_in_group
        first_in_group = False
        if symbol == "*" and starts:
            skipped = True  # {\* …}: an optional destination
            continue
        if to_skip and (hexa or plain):
            if hexa:
                to_skip -= 1
                continue
            assert plain is not None
            cut = min(to_skip, len(plain))
            plain = plain[cut:]
            to_skip -= cut
            if not plain:
                continue
        if word is not None:
            if starts and word in _SKIPPED:
                skipped = True
            if skipped:
                continue
            if starts and word == "listtext":
                listing = True
            elif word == "uc" and number is not None:
                uc = max(0, int(number))
            elif word == "u" and number is not None:
                flush()
                code = int(number)
                out.append(chr(code + 65536 if code < 0 else code))
                to_skip = uc
            elif word == "pard":
                in_table = False
            elif word == "trowd":
                row_left, cell_edges = 0, []
            elif word == "trleft" and number is not None:
                row_left = int(number)
            elif word == "cellx" and number is not None:
                cell_edges.append(int(number))
            elif word == "intbl":
                in_table = True
            elif word in _ENDS:
                end(_ENDS[word])
            elif word in _BREAKS:
                flush()
                out.append(_BREAKS[word])
            elif word == "tab" and listing:
                continue  # the tab between a list number and its paragraph
            elif word in _CHARACTERS:
                flush()
                out.append(_CHARACTERS[word])
            continue
        if skipped:
            continue
        if hexa is not None:
            pending.append(int(hexa, 16))
        elif symbol is not None:
            flush()
            if symbol in "\\{}":
                out.append(symbol)
            elif symbol in _CHARACTERS:
                out.append(_CHARACTERS[symbol])
        elif plain is not None:
            if listing and plain.isspace():
                continue  # the space after \\plain in Word's and LibreOffice's list numbers
            if plain.isascii() and not pending:
                out.append(plain)
            else:  # 8-bit text as written (or a character's trail byte), in the code page
                pending.extend(plain.encode("latin-1"))
    end("")
    return paragraphs


def _codec(number: str) -> str:
    name = f"cp{number}"
    try:
        "".encode(name)
    except LookupError:
        return "cp936"
    return name
