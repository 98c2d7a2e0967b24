"""Does an Office file carry live content? Macros, links to other files, formulas,
fields that fetch or compute, embedded objects.

Exports must carry none of it: a ledger sent to ten departments must show the same
values everywhere, run nothing, and reach for nothing outside itself (a cell
``=HYPERLINK(…)``/``=cmd|…`` formula or a Word ``INCLUDETEXT`` field can). The exporters'
tests run their output through :func:`find_live_content`; readers may use it to warn
about what they were given.

The scan reads the zip's directory first (a bomb is refused from its declared sizes
before anything is inflated) and then streams each part in chunks, so memory stays
bounded whatever the file's size. Qt-free and database-free.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from desktop.domain.texts import Message, Msg

MAX_MEMBERS = 20_000
MAX_TOTAL = 2 * 1024**3  # declared uncompressed bytes
MAX_RATIO = 200  # uncompressed : compressed, per member (a 50k-row ledger is about 9:1)
_CHUNK = 1 << 16
_OVERLAP = 512

# Word fields that only number pages: harmless, and notices use them in footers.
SAFE_FIELDS = frozenset({"PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION"})

_KIND_LABELS = {
    "macro": "宏（VBA 代码）",
    "external_link": "指向其他文件的外部链接",
    "formula": "公式",
    "field": "会自动更新的域代码",
    "embedded_object": "嵌入对象（OLE/ActiveX）",
    "data_connection": "外部数据连接",
}


class UnsafeArchive(ValueError):
    """The file cannot be scanned safely (not a zip, a zip bomb, too many parts); the
    message is in Chinese."""


@dataclass(frozen=True, slots=True)
class LiveContent:
    """One piece of live content: its kind, the part of the package it is in, and a
    detail (the formula, the field code, the link target) cut to a readable length."""

    kind: str  # macro | external_link | formula | field | embedded_object | data_connection
    part: str
    detail: str = ""

    @property
    def message(self) -> str:
        label = _KIND_LABELS.get(self.kind, self.kind)
        detail = f"：{self.detail}" if self.detail else ""
        return f"文件中含有{label}（{self.part}{detail}）"


_F_ELEMENT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f(?=[\s>/])")
_F_TEXT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f(?:\s[^>]*)?>([^<]{0,80})")
_DEFINED_NAME = re.compile(rb"<(?:\w+:)?definedName\b[^>]*>([^<]*)</")
_INSTR_TEXT = re.compile(rb"<(?:\w+:)?instrText\b[^>]*>([^<]*)</")
_FLD_SIMPLE = re.compile(rb"<(?:\w+:)?fldSimple\b[^>]*?\binstr=\"([^\"]*)\"")
_FLD_CHAR = re.compile(rb"<(?:\w+:)?fldChar\b[^>]*?fldCharType=\"(begin|separate|end)\"")
_RELATIONSHIP = re.compile(rb"<Relationship\b[^>]*>")
_ATTR = re.compile(rb"(\w+)=\"([^\"]*)\"")
_ALT_CHUNK = re.compile(rb"<(?:\w+:)?altChunk\b")


def _check_directory(archive: zipfile.ZipFile) -> None:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise UnsafeArchive(Message(Msg.ARCHIVE_TOO_MANY_PARTS, count=len(infos)))
    total = sum(i.file_size for i in infos)
    if total > MAX_TOTAL:
        raise UnsafeArchive(Message(Msg.ARCHIVE_TOO_LARGE, total=total // 1048576))
    for info in infos:
        if info.file_size > 1 << 20 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise UnsafeArchive(Message(Msg.ARCHIVE_BOMB, filename=info.filename))


def _chunks(archive: zipfile.ZipFile, name: str) -> Iterator[bytes]:
    """A part's bytes in overlapping chunks, so a pattern split across a chunk border is
    still seen (patterns are shorter than the overlap)."""
    tail = b""
    with archive.open(name) as handle:
        while True:
            block = handle.read(_CHUNK)
            if not block:
                if tail:
                    yield tail
                return
            data = tail + block
            yield data
            tail = data[-_OVERLAP:]


def _read_small(archive: zipfile.ZipFile, name: str, limit: int = 64 << 20) -> bytes:
    """A part small enough to hold (relationships, content types, Word stories);
    larger ones are scanned in chunks only."""
    with archive.open(name) as handle:
        return handle.read(limit)


def _text(raw: bytes, limit: int = 80) -> str:
    text = raw.decode("utf-8", "replace").strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _scan_sheet(archive: zipfile.ZipFile, name: str) -> list[LiveContent]:
    for chunk in _chunks(archive, name):
        if _F_ELEMENT.search(chunk):
            match = _F_TEXT.search(chunk)
            return [LiveContent("formula", name, _text(match.group(1)) if match else "")]
    return []


def _scan_relationships(archive: zipfile.ZipFile, name: str) -> list[LiveContent]:
    found = []
    for element in _RELATIONSHIP.findall(_read_small(archive, name)):
        attrs = {k.decode(): v.decode("utf-8", "replace") for k, v in _ATTR.findall(element)}
        if attrs.get("TargetMode") != "External":
            continue
        kind = attrs.get("Type", "").rsplit("/", 1)[-1]
        if kind == "hyperlink":
            continue  # a clickable link, fetched only when someone clicks it
        target = _text(attrs.get("Target", "").encode())
        found.append(LiveContent("external_link", name, f"{kind} → {target}"))
    return found


def _scan_word_story(archive: zipfile.ZipFile, name: str) -> list[LiveContent]:
    data = _read_small(archive, name)
    found = []
    if _ALT_CHUNK.search(data):
        found.append(LiveContent("external_link", name, "altChunk"))
    codes = [m.group(1) for m in _FLD_SIMPLE.finditer(data)]
    # A complex field's code may be split over several runs between its begin and
    # separate markers: join the pieces of each field before judging it.
    events = sorted(
        [(m.start(), "char", m.group(1)) for m in _FLD_CHAR.finditer(data)]
        + [(m.start(), "text", m.group(1)) for m in _INSTR_TEXT.finditer(data)]
    )
    stack: list[list[bytes]] = []
    for _pos, what, value in events:
        if what == "char" and value == b"begin":
            stack.append([])
        elif what == "char" and stack:
            if value == b"separate" or value == b"end":
                pieces = stack.pop()
                if pieces:
                    codes.append(b"".join(pieces))
                if value == b"separate":
                    stack.append([])  # the result part: nothing to collect
        elif what == "text":
            if stack:
                stack[-1].append(value)
            else:
                codes.append(value)
    for code in codes:
        words = code.decode("utf-8", "replace").split()
        if words and words[0].upper() not in SAFE_FIELDS:
            found.append(LiveContent("field", name, _text(code)))
    return found


def find_live_content(source: Path | str | IO[bytes]) -> list[LiveContent]:
    """Every kind of live content in an .xlsx/.xlsm/.docx/.docm file (one finding per
    part and kind). Raises :class:`UnsafeArchive` for a file that is not a zip
    package or not safe to open."""
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError) as exc:
        raise UnsafeArchive(Message(Msg.NOT_AN_OFFICE_FILE)) from exc
    with archive:
        _check_directory(archive)
        found: list[LiveContent] = []
        for info in archive.infolist():
            name = info.filename
            lower = name.lower()
            base = lower.rsplit("/", 1)[-1]
            try:
                if base.startswith("vbaproject") or base == "vbadata.xml":
                    found.append(LiveContent("macro", name))
                elif lower == "[content_types].xml":
                    types = _read_small(archive, name).lower()
                    if b"macroenabled" in types or b"vbaproject" in types:
                        found.append(LiveContent("macro", name, "macroEnabled"))
                elif lower.startswith("xl/externallinks/") and lower.endswith(".xml"):
                    found.append(LiveContent("external_link", name))
                elif lower in ("xl/connections.xml",) or lower.startswith("xl/querytables/"):
                    found.append(LiveContent("data_connection", name))
                elif "/embeddings/" in lower or "/activex/" in lower:
                    found.append(LiveContent("embedded_object", name))
                elif lower.endswith(".rels"):
                    found += _scan_relationships(archive, name)
                elif lower.startswith("xl/worksheets/") and lower.endswith(".xml"):
                    found += _scan_sheet(archive, name)
                elif lower == "xl/workbook.xml":
                    for value in _DEFINED_NAME.findall(_read_small(archive, name)):
                        if b"[" in value:  # a name referring to another workbook
                            found.append(LiveContent("external_link", name, _text(value)))
                elif lower.startswith("word/") and lower.endswith(".xml") and "/" not in lower[5:]:
                    found += _scan_word_story(archive, name)
            except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as exc:
                raise UnsafeArchive(Message(Msg.ARCHIVE_PART_DAMAGED, name=name)) from exc
        return found


def assert_no_live_content(source: Path | str | IO[bytes]) -> None:
    """Raise ``AssertionError`` listing the live content found (for tests)."""
    found = find_live_content(source)
    if found:
        raise AssertionError("\n".join(item.message for item in found))


__all__ = ["LiveContent", "UnsafeArchive", "assert_no_live_content", "find_live_content"]
