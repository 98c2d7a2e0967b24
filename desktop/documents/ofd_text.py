"""Notices and ledgers published as OFD (GB/T 33190, 版式文档): China's fixed-layout format,
which 数科, 福昕 and the document systems of Party and government units write (a 红头
文件 signed and sealed), read as its pages show it.

An OFD file is a zip: ``OFD.xml`` names each document's ``Document.xml``, which lists
its pages (and the template pages they draw on) as ``Content.xml`` parts. A page's
text objects (``ofd:TextObject``, inside layers and page blocks) hold their text in
``ofd:TextCode`` elements: a start (``X``, ``Y``, in millimetres from the object's
``Boundary`` origin, y downwards) and each next character's offsets (``DeltaX``,
``DeltaY``; ``g N v`` repeats ``v`` N times); an object's ``CTM`` scales or moves
them. Path objects (``ofd:PathObject``: ``M``/``L`` in ``ofd:AbbreviatedData``) are a
table's rules. Each page becomes what ``documents.pdf_tables`` reads a PDF page as
(text chunks at their positions, in points, y upwards; straight lines), so the same
lines, page numbers and issue tables come of it (``pdf_text.page_blocks``).

Signatures, annotations, attachments and pictures are left out; an encrypted OFD (its
parts not XML) or one without pages is refused (:class:`OfdUnreadable`).
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

from desktop.documents.pdf_tables import Chunk, Page, Rule
from desktop.documents.tables import Block

# Millimetres to points.
_MM = 72 / 25.4
# At most this many pages are read (as for a PDF), and parts of at most this size.
MAX_PAGES = 300
MAX_PART_BYTES = 20 * 1024 * 1024
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE]-?\d+)?")


class OfdUnreadable(Exception):
    """Why an OFD gives no text: ``reason`` is ``"damaged"`` (not a readable OFD, or
    encrypted) or ``"scanned"`` (pages without text)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def is_ofd(path: Path) -> bool:
    """Whether the file is an OFD package (a zip holding ``OFD.xml``). Never raises."""
    try:
        with zipfile.ZipFile(path) as archive:
            return "OFD.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return False


def ofd_pages(path: Path) -> list[Page]:
    """What each page of the OFD at ``path`` draws: its text chunks and rules (a page's
    templates first, as they are drawn under it). Raises :class:`OfdUnreadable`."""
    try:
        with zipfile.ZipFile(path) as archive:
            return _pages(archive)
    except OfdUnreadable:
        raise
    except (zipfile.BadZipFile, ElementTree.ParseError, KeyError, ValueError, OSError,
            EOFError, RuntimeError, NotImplementedError):  # fmt: skip
        raise OfdUnreadable("damaged") from None


def _local(tag: str) -> str:
    """An element's name without its namespace: writers use http://www.ofdspec.org and
    http://www.ofdspec.org/2016 alike."""
    return tag.rsplit("}", 1)[-1]


def _all(element: ElementTree.Element, name: str) -> Iterator[ElementTree.Element]:
    return (e for e in element.iter() if _local(e.tag) == name)


def _child(element: ElementTree.Element | None, *names: str) -> ElementTree.Element | None:
    for name in names:
        if element is None:
            return None
        element = next((e for e in element if _local(e.tag) == name), None)
    return element


def _xml(archive: zipfile.ZipFile, name: str) -> ElementTree.Element:
    info = archive.getinfo(name)
    if info.file_size > MAX_PART_BYTES:
        raise ValueError("part too large")
    data = archive.read(name)
    if b"<!DOCTYPE" in data[:2048] or b"<!ENTITY" in data[:4096]:
        raise ValueError("a DTD in an OFD part")  # no entity expansion, ever
    return ElementTree.fromstring(data)


def _part(archive: zipfile.ZipFile, base: str, location: str) -> str:
    """A part's name in the zip, ``location`` being relative to ``base``'s folder (or
    absolute from the package's root)."""
    location = location.strip().replace("\\", "/")
    if location.startswith("/"):
        name = location.lstrip("/")
    else:
        name = posixpath.normpath(posixpath.join(posixpath.dirname(base), location))
    if name in archive.NameToInfo:
        return name
    # Writers differ in case and in a leading folder; take the one part that matches.
    lowered = name.lower()
    found = [n for n in archive.namelist() if n.lower() == lowered]
    if found:
        return found[0]
    raise KeyError(name)


def _pages(archive: zipfile.ZipFile) -> list[Page]:
    root = _xml(archive, "OFD.xml")
    pages: list[Page] = []
    for doc_root in _all(root, "DocRoot"):
        document_name = _part(archive, "OFD.xml", doc_root.text or "")
        document = _xml(archive, document_name)
        templates = {
            t.get("ID", ""): _part(archive, document_name, t.get("BaseLoc", ""))
            for t in _all(document, "TemplatePage")
            if t.get("BaseLoc")
        }
        units = _composites(archive, document_name, document)
        default_height = _height(_child(document, "CommonData", "PageArea"), 297.0)
        for entry in _all(_child(document, "Pages") or document, "Page"):
            if len(pages) >= MAX_PAGES:
                return pages
            name = _part(archive, document_name, entry.get("BaseLoc", ""))
            content = _xml(archive, name)
            height = _height(_child(content, "Area"), default_height)
            page = Page()
            for template in _all(content, "Template"):
                part = templates.get(template.get("TemplateID", ""))
                if part is not None:
                    _draw(_xml(archive, part), height, page, units)
            _draw(content, height, page, units)
            pages.append(page)
    if not pages:
        raise OfdUnreadable("damaged")
    return pages


def _composites(
    archive: zipfile.ZipFile, document_name: str, document: ElementTree.Element
) -> dict[str, ElementTree.Element]:
    """The document's composite graphic units (drawings its pages place, text and all:
    some writers put a page's whole content in one), by ID, from its resource files."""
    units: dict[str, ElementTree.Element] = {}
    common = _child(document, "CommonData")
    for kind in ("PublicRes", "DocumentRes"):
        for entry in (e for e in (common or []) if _local(e.tag) == kind):
            try:
                resources = _xml(archive, _part(archive, document_name, entry.text or ""))
            except (KeyError, ValueError, ElementTree.ParseError):
                continue  # pictures and fonts lost, not the pages
            for unit in _all(resources, "CompositeGraphicUnit"):
                units[unit.get("ID", "")] = unit
    return units


def _height(area: ElementTree.Element | None, default: float) -> float:
    box = _child(area, "PhysicalBox")
    numbers = _numbers(box.text if box is not None else "")
    return numbers[3] if len(numbers) == 4 else default


def _numbers(text: str | None) -> list[float]:
    return [float(n) for n in _NUMBER.findall(text or "")]


def _deltas(text: str | None, limit: int) -> list[float]:
    """``DeltaX``/``DeltaY`` as a list of at most ``limit`` offsets (the characters
    they place): ``g N v`` is v, N times."""
    out: list[float] = []
    tokens = (text or "").split()
    at = 0
    while at < len(tokens) and len(out) < limit:
        if tokens[at] == "g" and at + 2 < len(tokens):
            count = min(int(float(tokens[at + 1])), limit - len(out))
            out.extend([float(tokens[at + 2])] * max(0, count))
            at += 3
        else:
            out.append(float(tokens[at]))
            at += 1
    return out


Matrix = tuple[float, float, float, float, float, float]


_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _matrix(element: ElementTree.Element, outer: Matrix = _IDENTITY) -> Matrix:
    """An object's transform to page millimetres: its CTM, then its Boundary's origin,
    then what encloses it (a composite object's own)."""
    box = _numbers(element.get("Boundary"))
    left, top = (box[0], box[1]) if len(box) >= 2 else (0.0, 0.0)
    ctm = _numbers(element.get("CTM"))
    a, b, c, d, e, f = ctm if len(ctm) == 6 else _IDENTITY
    return _then((a, b, c, d, e + left, f + top), outer)


def _then(m: Matrix, n: Matrix) -> Matrix:
    """``m`` then ``n``."""
    a, b, c, d, e, f = m
    return (
        a * n[0] + b * n[2],
        a * n[1] + b * n[3],
        c * n[0] + d * n[2],
        c * n[1] + d * n[3],
        e * n[0] + f * n[2] + n[4],
        e * n[1] + f * n[3] + n[5],
    )


def _place(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]


def _draw(
    content: ElementTree.Element,
    height: float,
    page: Page,
    units: dict[str, ElementTree.Element],
) -> None:
    """A page's (or template's) text objects and paths, into ``page`` in points with
    y upwards."""
    for element, outer in _objects(content, _IDENTITY, units, 0):
        if _local(element.tag) == "TextObject":
            _text(element, height, page, outer)
        else:
            _path(element, height, page, outer)


def _objects(
    element: ElementTree.Element,
    outer: Matrix,
    units: dict[str, ElementTree.Element],
    depth: int,
) -> Iterator[tuple[ElementTree.Element, Matrix]]:
    """Each text and path object under ``element``, with what encloses it; a composite
    object's unit drawn where it is placed (composites nest at most eight deep)."""
    for child in element:
        name = _local(child.tag)
        if name in ("TextObject", "PathObject"):
            yield child, outer
        elif name in ("Content", "Layer", "PageBlock"):
            yield from _objects(child, outer, units, depth)
        elif name == "CompositeObject" and depth < 8:
            unit = units.get(child.get("ResourceID", ""))
            content = _child(unit, "Content")
            if content is not None:
                yield from _objects(content, _matrix(child, outer), units, depth + 1)


def _text(element: ElementTree.Element, height: float, page: Page, outer: Matrix) -> None:
    m = _matrix(element, outer)
    scale = (m[0] ** 2 + m[1] ** 2) ** 0.5 or 1.0
    size = float(element.get("Size") or 3.5) * scale
    x = y = 0.0
    for code in _all(element, "TextCode"):
        text = code.text or ""
        if code.get("X") is not None:
            x = float(code.get("X") or 0)
        if code.get("Y") is not None:
            y = float(code.get("Y") or 0)
        dx = _deltas(code.get("DeltaX"), len(text))
        dy = _deltas(code.get("DeltaY"), len(text))
        run: list[str] = []
        start = (x, y)
        for index, ch in enumerate(text):
            run.append(ch)
            step_x = dx[index] if index < len(dx) else size / scale
            step_y = dy[index] if index < len(dy) else 0.0
            next_x, next_y = x + step_x, y + step_y
            # A run ends where the next character leaves the line or stands apart.
            if index + 1 == len(text) or step_y or step_x > 2.5 * size / scale or step_x < 0:
                _chunk(page, m, start, "".join(run), size, height)
                run, start = [], (next_x, next_y)
            x, y = next_x, next_y


def _chunk(
    page: Page, m: Matrix, at: tuple[float, float], text: str, size: float, height: float
) -> None:
    if not text.strip():
        return
    px, py = _place(m, *at)
    page.chunks.append(Chunk(px * _MM, (height - py) * _MM, size * _MM, text))


def _path(element: ElementTree.Element, height: float, page: Page, outer: Matrix) -> None:
    """A path's straight lines as rules: a stroked path's segments, a filled one only
    where it is a thin bar (some writers draw a table's borders so)."""
    stroked = element.get("Stroke", "true").lower() != "false"
    filled = element.get("Fill", "false").lower() == "true"
    if not (stroked or filled):
        return
    data = _child(element, "AbbreviatedData")
    tokens = (data.text or "").split() if data is not None else []
    m = _matrix(element, outer)
    point: tuple[float, float] | None = None
    start: tuple[float, float] | None = None
    segments: list[tuple[float, float, float, float]] = []
    at = 0
    while at < len(tokens):
        op = tokens[at]
        at += 1
        if op in ("M", "L", "S"):
            try:
                target = _place(m, float(tokens[at]), float(tokens[at + 1]))
            except (IndexError, ValueError):
                break
            at += 2
            if op == "L" and point is not None:
                segments.append((*point, *target))
            if op != "L":
                start = target
            point = target
        elif op == "C":
            if point is not None and start is not None:
                segments.append((*point, *start))
            point = start
        elif op in ("B", "Q", "A"):
            at += {"B": 6, "Q": 4, "A": 7}[op]  # curves: no rules
            point = None
    lines = [
        Rule(x0 * _MM, (height - y0) * _MM, x1 * _MM, (height - y1) * _MM)
        for x0, y0, x1, y1 in segments
    ]
    if stroked:
        page.rules.extend(r for r in lines if r.horizontal or r.vertical)
    elif lines:
        xs = [v for r in lines for v in (r.x0, r.x1)]
        ys = [v for r in lines for v in (r.y0, r.y1)]
        left, right, bottom, top = min(xs), max(xs), min(ys), max(ys)
        if top - bottom < 2.0 and right - left >= 10.0:
            page.rules.append(Rule(left, (top + bottom) / 2, right, (top + bottom) / 2))
        elif right - left < 2.0 and top - bottom >= 5.0:
            page.rules.append(Rule((left + right) / 2, bottom, (left + right) / 2, top))


# ------------------------------------------------------------------- reading


def _drawn(path: Path) -> list[tuple[str, Page]]:
    """Each page's text, line by line from where it is drawn, and the page itself."""
    from desktop.documents.pdf_tables import page_lines

    return [("\n".join(page_lines(page)), page) for page in ofd_pages(path)]


def ofd_text(path: Path) -> str:
    """The text of the OFD at ``path``, page after page, its issue tables as the notice
    reader's outline. Raises :class:`OfdUnreadable`."""
    from desktop.documents.pdf_text import joined_text

    text = joined_text(_drawn(path))
    if not text.strip():
        raise OfdUnreadable("scanned")
    return text


def ofd_blocks(path: Path) -> list[Block]:
    """The OFD at ``path`` as its lines and issue tables (``pdf_text.pdf_blocks``).
    Raises :class:`OfdUnreadable`."""
    from desktop.documents.pdf_text import blocks_of

    parts = blocks_of(_drawn(path))
    if not any(not isinstance(part, str) or part.strip() for part in parts):
        raise OfdUnreadable("scanned")
    return parts
