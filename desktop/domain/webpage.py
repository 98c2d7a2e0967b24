"""Web pages as offices receive them: a page saved from a website (.html), a web page
named .xls by an online system's export, Excel's "single file web page" (.mht, a MIME
archive). Their text, decoded by what they declare, and the pages inside a .mht.

Shared by the Excel reader (``excel.markup``, which reads a page's tables) and the
notice reader (which reads a saved notice's text, ``page_lines``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

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


# A page's tokens: a tag (end mark, name, attributes), a comment or declaration, text,
# or a lone "<". One regular expression run in C: html.parser made a Python call per
# token and read 108 MB of LibreOffice's page of a 10,000-issue ledger in 30 s.
_TOKEN = re.compile(
    r"<(/?)([A-Za-z][A-Za-z0-9:_-]*)((?:[^>\"']+|\"[^\"]*\"|'[^']*')*)>"
    r"|<!--.*?(?:-->|$)|<![^>]*>|<\?[^>]*>|([^<]+)|<",
    re.DOTALL,
)
_RAW = re.compile(r"<(script|style|textarea|title)\b.*?(?:</\1\s*>|$)", re.DOTALL | re.IGNORECASE)
# Tags that only style text (the words inside them are read, the tags are not).
_INLINE = frozenset(
    ("font", "b", "i", "u", "s", "strong", "em", "span", "a", "sup", "sub", "small", "big")
)
_ATTRIBUTE = re.compile(r"""([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
WHITESPACE = re.compile(r"[ \t\r\n\f]+")

# What :func:`page_events` yields: a tag's start, a start that closes itself (<br/>), an
# end, or text (entities decoded; its tag is "").
START, START_END, END, DATA = "start", "start_end", "end", "data"


# A long page's parse reports how far it is every this many tokens.
PROGRESS_TOKENS = 20_000


def page_events(
    text: str, progress: Callable[[int, int], None] | None = None
) -> Iterator[tuple[str, str, str]]:
    """A page's tags and text in document order, as (event, tag in lower case, the
    tag's attribute text or the text): scripts, styles, comments and the tags that only
    style text (font, b, span…) left out. ``progress(characters read, characters)`` is
    called every :data:`PROGRESS_TOKENS` tokens (it may raise to stop the parse)."""
    from html import unescape  # not before the window's first frame

    page = _RAW.sub("", text)
    size, countdown = len(page), PROGRESS_TOKENS
    for match in _TOKEN.finditer(page):
        if progress is not None:
            countdown -= 1
            if not countdown:
                countdown = PROGRESS_TOKENS
                progress(match.start(), size)
        content = match.group(4)
        if content is not None:
            yield DATA, "", unescape(content) if "&" in content else content
            continue
        name = match.group(2)
        if name is None:
            if match.group(0) == "<":
                yield DATA, "", "<"
            continue
        tag = name.lower()
        if tag in _INLINE:
            continue
        if match.group(1):
            yield END, tag, ""
            continue
        attributes_text = match.group(3)
        yield (START_END if attributes_text.rstrip().endswith("/") else START), tag, attributes_text


def attributes(text: str) -> dict[str, str | None]:
    """A tag's attributes (names in lower case, values with entities decoded)."""
    from html import unescape

    found: dict[str, str | None] = {}
    for match in _ATTRIBUTE.finditer(text):
        name, double, single, bare = match.groups()
        value = double if double is not None else single if single is not None else bare
        found.setdefault(name.lower(), unescape(value) if value is not None else None)
    return found


_BLOCKS = {
    "p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
    "table", "ul", "ol", "dl", "dt", "dd", "center", "caption", "pre", "blockquote",
    "section", "article", "header", "footer", "nav", "aside", "main", "form", "hr",
}  # fmt: skip
_SKIPPED = {"template", "noscript", "select", "option", "head"}


def page_lines(text: str) -> list[str]:
    """A page's text as a browser's select-all and copy gives it: a line per paragraph,
    heading, list item and table cell, no scripts or styles, blank lines dropped."""
    parts: list[str] = []
    skipping = pre = 0
    for event, tag, value in page_events(text):
        if event == DATA:
            if not skipping:
                parts.append(value if pre else WHITESPACE.sub(" ", value))
        elif tag in _SKIPPED:
            if event == START:
                skipping += 1
            elif event == END:
                skipping = max(0, skipping - 1)
        elif tag in _BLOCKS:
            parts.append("\n")
            if tag == "pre" and event != START_END:
                pre = pre + 1 if event == START else max(0, pre - 1)
    joined = "".join(parts).replace("\xa0", " ")
    return [line.strip() for line in joined.split("\n") if line.strip()]
