"""Web pages as offices receive them: a page saved from a website (.html), a web page
named .xls by an online system's export, Excel's "single file web page" (.mht, a MIME
archive). Their text, decoded by what they declare, and the pages inside a .mht.

Shared by the Excel reader (``excel.markup``, which reads a page's tables) and the
notice reader (which reads a saved notice's text, ``page_lines``).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# The Chinese legacy encodings are all read as GB18030, their superset.
_GB = {"gb2312", "gbk", "gb_2312-80", "x-gbk", "cp936", "ms936", "euc-cn", "gb18030"}


def decode_page(data: bytes, declared: str | None = None) -> str:
    """A web page's text: by its byte-order mark, else the charset it (or its MIME part)
    declares, else UTF-8, else GB18030 (what Chinese Windows systems write)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    names = [declared] if declared else []
    match = _CHARSET.search(data[:4096])
    if match:
        names.append(match.group(1).decode("ascii", errors="ignore"))
    tried: list[str] = []
    for name in [*names, "utf-8", "gb18030"]:
        encoding = "gb18030" if name.lower() in _GB else name.lower()
        if encoding in tried:
            continue
        tried.append(encoding)
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("gb18030", errors="replace")


_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*:")


def is_mht(data: bytes) -> bool:
    """Whether ``data`` is a MIME archive (.mht) rather than a page: mail headers
    first (Internet Explorer starts with ``From:``, Excel with ``MIME-Version:``),
    ``MIME-Version`` among them."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not _HEADER_LINE.match(head):
        return False
    headers = re.split(rb"\r?\n\r?\n", head, maxsplit=1)[0].lower()
    return b"\nmime-version:" in b"\n" + headers


def mht_pages(data: bytes) -> list[tuple[str, str]]:
    """The web pages in a .mht, in order: each as (the stem of its Content-Location,
    its decoded text)."""
    import email  # only for a .mht
    import email.policy

    message = email.message_from_bytes(data, policy=email.policy.compat32)
    pages: list[tuple[str, str]] = []
    for part in message.walk():
        if part.get_content_type() != "text/html":
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        where = str(part.get("Content-Location") or "")
        stem = Path(where.replace("\\", "/").split("/")[-1]).stem if where else ""
        pages.append((stem, decode_page(payload, part.get_content_charset())))
    return pages


def page_text(data: bytes) -> str:
    """The text of a saved page or .mht (its first page), as :func:`page_lines`."""
    if is_mht(data):
        pages = mht_pages(data)
        return "\n".join(page_lines(pages[0][1])) if pages else ""
    return "\n".join(page_lines(decode_page(data)))


_BLOCKS = {
    "p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
    "table", "ul", "ol", "dl", "dt", "dd", "center", "caption", "pre", "blockquote",
    "section", "article", "header", "footer", "nav", "aside", "main", "form", "hr",
    "title",
}  # fmt: skip
_SKIPPED = {"script", "style", "template", "noscript", "select", "option", "head"}
_WHITESPACE = re.compile(r"[ \t\r\n\f]+")


@cache
def _lines_parser() -> type[Any]:
    """The parser of :func:`page_lines`, made on first use: ``html`` is not imported
    before the window's first frame (``tests/ui/test_quick_start.py``)."""
    from html.parser import HTMLParser

    class _Lines(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.skipping = 0
            self.pre = 0

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in _SKIPPED:
                self.skipping += 1
            elif tag in _BLOCKS:
                self.parts.append("\n")
                self.pre += tag == "pre"

        def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in _BLOCKS:
                self.parts.append("\n")

        def handle_endtag(self, tag: str) -> None:
            if tag in _SKIPPED:
                self.skipping = max(0, self.skipping - 1)
            elif tag in _BLOCKS:
                self.parts.append("\n")
                self.pre = max(0, self.pre - (tag == "pre"))

        def handle_data(self, data: str) -> None:
            if not self.skipping:
                self.parts.append(data if self.pre else _WHITESPACE.sub(" ", data))

    return _Lines


def page_lines(text: str) -> list[str]:
    """A page's text as a browser's select-all and copy gives it: a line per paragraph,
    heading, list item and table cell, no scripts or styles, blank lines dropped."""
    parser = _lines_parser()()
    parser.feed(text)
    parser.close()
    joined = "".join(parser.parts).replace("\xa0", " ")
    return [line.strip() for line in joined.split("\n") if line.strip()]
