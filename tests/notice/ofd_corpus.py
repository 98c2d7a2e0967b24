"""The notice corpus as OFD (GB/T 33190, 版式文档), as document systems publish notices:
each ``tests/notice/corpus`` notice laid out as an official document (A4, the title
centred in 二号, paragraphs in 三号 with a two-character first-line indent at a fixed
pitch, ``— N —`` at each page's foot) into ``tests/notice/corpus_ofd``, one text object
per line, each character placed by ``DeltaX`` as 数科's writer places them; the notices
whose issues are a Word table as a ruled table (path objects for the rules, one row per
measure under merged issue cells where the notice has them, the header repeated on
each page).

No program here writes OFD (LibreOffice does not), so this writer follows the standard;
the reader is also checked against OFD files of the ofdrw project's tests (invoices, a
批复, a 函, a book page: not committed, not ours). Each reads as the source text's own
``.expected.json`` says (``test_ofd_notices.py``). Run ``python -m
tests.notice.ofd_corpus`` to rebuild; the files are committed.
"""

from __future__ import annotations

import io
import shutil
import sys
import zipfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from desktop.notice.clean import decode_bytes

CORPUS = Path(__file__).resolve().parent / "corpus"
OFD = Path(__file__).resolve().parent / "corpus_ofd"
# The two texts that are themselves a PDF's extraction (as for the PDF corpus).
LEFT_OUT = ("03_pdf_lines", "32_pdf_tree_page_numbers")
_W, _H = 210.0, 297.0
_LEFT, _RIGHT, _TOP, _BOTTOM = 28.0, 26.0, 37.0, 35.0
_BODY, _TITLE, _CELL = 5.6, 7.8, 4.2  # 三号, 二号, 四号 in millimetres
_PITCH = 10.0
# The .docx notices laid out here: the plain one and the tables (the numbered ones are
# Word's lists, which a document system writes out as text anyway).
_DOCX_KEPT = ("24_", "27_", "28_", "37_", "38_", "39_", "40_")
_NS = "http://www.ofdspec.org/2016"


def sources() -> list[Path]:
    return sorted(
        p for p in CORPUS.iterdir() if p.suffix in (".txt", ".docx") and p.stem not in LEFT_OUT
    )


def _width(text: str, size: float) -> list[float]:
    """Each character's advance: a Chinese character a full em, others half."""
    return [size if "\u2e80" <= c <= "\uffef" else size / 2 for c in text]


def _wrap(text: str, size: float, width: float, indent: float = 0.0) -> list[str]:
    lines: list[str] = []
    line, used, room = "", 0.0, width - indent
    for ch, advance in zip(text, _width(text, size), strict=True):
        if used + advance > room + 0.01 and line:
            lines.append(line)
            line, used, room = "", 0.0, width
        line += ch
        used += advance
    if line or not lines:
        lines.append(line)
    return lines


class _Writer:
    """Pages of text objects and rules, in millimetres from the top left."""

    def __init__(self) -> None:
        self.pages: list[list[str]] = [[]]
        self.y = _TOP
        self.next_id = 10

    def _id(self) -> int:
        self.next_id += 1
        return self.next_id

    def new_page(self) -> None:
        self.pages.append([])
        self.y = _TOP

    def room(self, height: float) -> None:
        if self.y + height > _H - _BOTTOM:
            self.new_page()

    def text(self, x: float, baseline: float, text: str, size: float) -> None:
        if not text:
            return
        advances = _width(text, size)
        deltas = " ".join(f"{a:g}" for a in advances[:-1])
        self.pages[-1].append(
            f'<ofd:TextObject ID="{self._id()}" Boundary="{x:g} {baseline - size:g} '
            f'{sum(advances):g} {size * 1.2:g}" Font="1" Size="{size:g}">'
            f'<ofd:TextCode X="0" Y="{size:g}"'
            + (f' DeltaX="{deltas}"' if deltas else "")
            + f">{escape(text)}</ofd:TextCode></ofd:TextObject>"
        )

    def rule(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self.pages[-1].append(
            f'<ofd:PathObject ID="{self._id()}" Boundary="0 0 {_W:g} {_H:g}" LineWidth="0.25">'
            f"<ofd:AbbreviatedData>M {x0:g} {y0:g} L {x1:g} {y1:g}</ofd:AbbreviatedData>"
            "</ofd:PathObject>"
        )

    def paragraph(self, text: str, *, title: bool = False) -> None:
        size = _TITLE if title else _BODY
        width = _W - _LEFT - _RIGHT
        if title:
            for line in _wrap(text, size, width):
                self.room(_PITCH * 1.3)
                self.y += _PITCH * 1.3
                x = _LEFT + (width - sum(_width(line, size))) / 2
                self.text(x, self.y, line, size)
            return
        for index, line in enumerate(_wrap(text, size, width, 2 * size)):
            self.room(_PITCH)
            self.y += _PITCH
            self.text(_LEFT + (2 * size if index == 0 else 0.0), self.y, line, size)

    def table(self, rows: list[list[str | None]]) -> None:
        width = _W - _LEFT - _RIGHT
        columns = max(len(r) for r in rows)
        weights = [1.0] + [3.0] * (columns - 1) if columns > 3 else [1.0] * columns
        edges = [_LEFT]
        for weight in weights:
            edges.append(edges[-1] + width * weight / sum(weights))
        header, body = rows[0], rows[1:]
        self._row(header, edges, top_rule=True)
        for index, row in enumerate(body):
            below = body[index + 1] if index + 1 < len(body) else None
            height = self._height(row, edges)
            if self.y + height > _H - _BOTTOM:
                self.new_page()
                self._row(header, edges, top_rule=True)
            self._row(row, edges, below=below)

    def _cells(self, row: list[str | None], edges: list[float]) -> list[tuple[int, int, str]]:
        """(first column, last column, text): a row of one text spans the table."""
        if len(row) == 1:
            return [(0, len(edges) - 2, row[0] or "")]
        return [(c, c, value or "") for c, value in enumerate(row)]

    def _height(self, row: list[str | None], edges: list[float]) -> float:
        lines = [
            sum(len(_wrap(p, _CELL, edges[b + 1] - edges[a] - 3)) for p in text.split("\n"))
            for a, b, text in self._cells(row, edges)
        ]
        return max(lines, default=1) * _CELL * 1.5 + 4

    def _row(
        self,
        row: list[str | None],
        edges: list[float],
        *,
        top_rule: bool = False,
        below: list[str | None] | None = None,
    ) -> None:
        top = self.y + 2
        height = self._height(row, edges)
        if top_rule:
            self.rule(edges[0], top, edges[-1], top)
        for first, last, text in self._cells(row, edges):
            y = top + 2
            for part in text.split("\n"):
                for line in _wrap(part, _CELL, edges[last + 1] - edges[first] - 3):
                    y += _CELL * 1.5
                    self.text(edges[first] + 1.5, y, line, _CELL)
        bottom = top + height
        for c in range(len(edges) - 1):
            # A cell merged down with the row below keeps the rule across it out.
            if below is None or len(below) == 1 or c >= len(below) or below[c] is not None:
                self.rule(edges[c], bottom, edges[c + 1], bottom)
        for x in edges if len(row) > 1 else (edges[0], edges[-1]):
            self.rule(x, top, x, bottom)
        self.y = bottom

    def package(self) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:

            def put(name: str, body: str) -> None:
                entry = zipfile.ZipInfo(name, date_time=(2023, 9, 1, 8, 0, 0))
                entry.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(entry, '<?xml version="1.0" encoding="UTF-8"?>\n' + body)

            put(
                "OFD.xml",
                f'<ofd:OFD xmlns:ofd="{_NS}" DocType="OFD" Version="1.0"><ofd:DocBody>'
                "<ofd:DocInfo><ofd:DocID>corpus</ofd:DocID></ofd:DocInfo>"
                "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
            )
            pages = "".join(
                f'<ofd:Page ID="{n + 2}" BaseLoc="Pages/Page_{n}/Content.xml"/>'
                for n in range(len(self.pages))
            )
            put(
                "Doc_0/Document.xml",
                f'<ofd:Document xmlns:ofd="{_NS}"><ofd:CommonData><ofd:MaxUnitID>'
                f"{self.next_id}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 {_W:g} "
                f"{_H:g}</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml"
                f"</ofd:PublicRes></ofd:CommonData><ofd:Pages>{pages}</ofd:Pages>"
                "</ofd:Document>",
            )
            put(
                "Doc_0/PublicRes.xml",
                f'<ofd:Res xmlns:ofd="{_NS}" BaseLoc="Res"><ofd:Fonts><ofd:Font ID="1" '
                'FontName="仿宋" FamilyName="仿宋"/></ofd:Fonts></ofd:Res>',
            )
            for n, objects in enumerate(self.pages):
                number = f"— {n + 1} —"
                x = (_W - sum(_width(number, _BODY))) / 2
                footer = _Writer()
                footer.next_id = self.next_id + 1000 * (n + 1)
                footer.text(x, _H - 20, number, _BODY)
                put(
                    f"Doc_0/Pages/Page_{n}/Content.xml",
                    f'<ofd:Page xmlns:ofd="{_NS}"><ofd:Content><ofd:Layer ID="1">'
                    + "".join(objects)
                    + "".join(footer.pages[0])
                    + "</ofd:Layer></ofd:Content></ofd:Page>",
                )
        return buffer.getvalue()


def notice_ofd(items: list[Any]) -> bytes:
    """A notice as OFD: ``items`` are ("p", text) paragraphs (the first the title) and
    ("table", rows) tables (None: merged with the cell above)."""
    writer = _Writer()
    for index, item in enumerate(items):
        if item[0] == "table":
            writer.table(item[1])
        elif str(item[1]).strip():
            writer.paragraph(str(item[1]).strip(), title=index == 0)
    return writer.package()


def _items(source: Path) -> list[Any]:
    if source.suffix == ".txt":
        return [("p", line) for line in decode_bytes(source.read_bytes()).text.splitlines()]
    from tests.notice.corpus.generate import CORPUS as SPECS

    spec = next(s for s in SPECS if s["name"] == source.stem)
    items: list[Any] = []
    for item in spec["text"]:
        if item[0] == "table":
            items.append(("table", item[1]))
        elif item[0] == "p":
            items.append(("p", item[1]))
        else:  # numbered by Word's lists: written out as Word shows them
            items.append(("p", item[-1]))
    return items


def build(dest: Path = OFD) -> list[Path]:
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir()
    made = []
    for source in sources():
        if source.suffix == ".docx" and source.stem[:3] not in _DOCX_KEPT:
            continue  # Word's own numbering: the .doc and PDF corpora have them
        target = dest / f"{source.stem}.ofd"
        target.write_bytes(notice_ofd(_items(source)))
        made.append(target)
    return made


if __name__ == "__main__":
    for path in build(Path(sys.argv[1]) if len(sys.argv) > 1 else OFD):
        print(path.name)
