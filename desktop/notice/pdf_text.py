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

import re
from pathlib import Path

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
    import pypdf
    from pypdf.errors import PdfReadError, PyPdfError

    try:
        reader = pypdf.PdfReader(str(path), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise PdfUnreadable("password")
        pages = [_page_lines(page.extract_text() or "") for page in reader.pages[:MAX_PAGES]]
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
    if not any(line.strip() for page in pages for line in page):
        raise PdfUnreadable("scanned")
    return "\n".join(_joined(pages))


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
            if running_on and out:
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
