"""Cleaning a notice's text before it is read: decoding, character widths, spaces from
PDF extraction, traditional characters, page numbers, page chrome before the title, and
lines broken inside words.

Each paragraph keeps the number of the line it started on, so every problem the reader
reports can name its line.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from desktop.notice.markers import (
    PAGE_NUMBER_RE,
    Kind,
    classify,
    ends_sentence,
    is_title,
)

# --------------------------------------------------------------------------- decoding


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, with the encoding that worked; ``lossy`` when some
    bytes could not be decoded at all and were replaced."""

    text: str
    encoding: str
    lossy: bool = False


def decode_bytes(data: bytes) -> Decoded:
    """Bytes of a text file to text: a byte-order mark wins; then strict UTF-8; then
    GB18030 (a superset of GBK and GB2312, what Chinese Windows saves as "ANSI")."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            return Decoded(text, encoding, "\ufffd" in text)
    for encoding in ("utf-8", "gb18030"):
        try:
            return Decoded(data.decode(encoding), encoding)
        except UnicodeDecodeError:
            continue
    return Decoded(data.decode("gb18030", errors="replace"), "gb18030", True)


# -------------------------------------------------------------- traditional characters

# The text is the record: a notice in traditional characters is stored as written. Only
# a copy is converted to simplified characters, for matching the reader's keywords
# (``問題``, ``整改進度``); OpenCC converts whole texts with its phrase rules (``乾淨`` but
# ``乾隆``), where a hand-kept table of character pairs always lagged behind.


@lru_cache(maxsize=1)
def _converter() -> Callable[[str], str]:
    import opencc  # imported when a notice is read, not at start-up

    return opencc.OpenCC("t2s").convert


def simplify(text: str) -> str:
    """A copy of ``text`` in simplified characters, for matching only (never stored);
    a text in simplified characters comes back unchanged. The copy has the length of
    the text, character for character, so that a position in one is the same
    position in the other: where OpenCC's phrase rules would change a line's length,
    that line is converted a character at a time."""
    if text.isascii():
        return text
    convert = _converter()
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        converted = convert(line)
        if len(converted) != len(line):
            converted = "".join(c if len(c := convert(ch)) == 1 else ch for ch in line)
        out.append(converted)
    return "\n".join(out)


# ----------------------------------------------------------------- characters, widths

_WIDE_PUNCT = "，。、；：？！“”‘’（）《》〈〉【】「」『』—…·－～"


def _is_cjk(ch: str) -> bool:
    if len(ch) != 1:
        return False
    code = ord(ch)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x2FFFF
        or 0xF900 <= code <= 0xFAFF
        or 0x3000 <= code <= 0x303F
    )


def _is_wide(ch: str) -> bool:
    return len(ch) == 1 and (_is_cjk(ch) or ch in _WIDE_PUNCT)


def _fold_char(ch: str) -> str:
    code = ord(ch)
    # Full-width digits, letters, % and the full-width full stop used in numbers.
    if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
        return chr(code - 0xFEE0)
    if ch in "％＠＿＋＝／＆＃":
        return chr(code - 0xFEE0)
    # Kangxi radicals and CJK radical supplements that PDF extraction leaves for the
    # look-alike ideographs (⼀ for 一).
    if 0x2E80 <= code <= 0x2FDF:
        return unicodedata.normalize("NFKC", ch)
    if ch in "\u3000\u00a0\t\u2002\u2003\u2009\u200b\ufeff":
        return " " if ch not in "\u200b\ufeff" else ""
    return ch


_FOLD_TABLE: dict[int, str] = {}


def _fold(text: str) -> str:
    out = []
    for ch in text:
        code = ord(ch)
        if code < 0x80:
            out.append(ch)
            continue
        folded = _FOLD_TABLE.get(code)
        if folded is None:
            folded = _fold_char(ch)
            _FOLD_TABLE[code] = folded
        out.append(folded)
    return "".join(out)


def _neighbour(text: str, index: int, step: int) -> str:
    """The nearest non-space character from ``index`` in direction ``step``."""
    i = index + step
    while 0 <= i < len(text) and text[i] == " ":
        i += step
    return text[i] if 0 <= i < len(text) else ""


_ASCII_TO_WIDE = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？"}
_PAREN_RE = re.compile(r"\(([^()\n]{0,60})\)")
_SPACES_RE = re.compile(r" +")


_MARKER_BEFORE_RE = re.compile(r"\s*(?:[一二三四五六七八九十]+|问题\s*\S{0,3}|\d+)\s*")


def _is_sentence_stop(text: str, i: int) -> bool:
    """An ASCII full stop ending a Chinese sentence (``…常规巡察.2023年``), not a
    number's point nor a marker's (``一.`` ``问题1.`` ``1.``)."""
    left, right = _neighbour(text, i, -1), _neighbour(text, i, 1)
    if not _is_cjk(left) or left in "（":
        return False
    if right and not (_is_wide(right) or right.isdigit()):
        return False
    return not _MARKER_BEFORE_RE.fullmatch(text[:i])


def _widen_punctuation(text: str) -> str:
    """ASCII punctuation in Chinese context to its full-width form (``问题7:`` →
    ``问题7：``); kept in numbers (``1,400``, ``10:30``) and in Latin text (URLs)."""

    def paren(match: re.Match[str]) -> str:
        inner = match.group(1)
        before = text[match.start() - 1] if match.start() > 0 else ""
        after = text[match.end()] if match.end() < len(text) else ""
        chinese = any(_is_wide(c) for c in inner) or _is_wide(before) or _is_wide(after)
        numbered = bool(re.fullmatch(r"\s*(\d{1,3}|[一二三四五六七八九十]{1,3})\s*", inner))
        if chinese or numbered:
            return f"（{inner.strip() if numbered else inner}）"
        return match.group(0)

    text = _PAREN_RE.sub(paren, text)
    chars = list(text)
    for i, ch in enumerate(chars):
        if ch == "." and _is_sentence_stop(text, i):
            chars[i] = "。"
            continue
        wide = _ASCII_TO_WIDE.get(ch)
        if wide is None:
            continue
        left, right = _neighbour(text, i, -1), _neighbour(text, i, 1)
        if ch in ",:" and left.isdigit() and right.isdigit():
            continue
        if _is_wide(left) or _is_wide(right):
            chars[i] = wide
    return "".join(chars)


def _squash_spaces(text: str) -> str:
    """Drop the spaces PDF extraction puts between Chinese characters and around
    numbers (``2021 年 8 月 26 日``, ``下属 2 个党支部``, ``问题 2：``); keep those
    between Latin words and between Chinese and Latin words (``电子邮箱 a@b.cn``)."""

    def keep(match: re.Match[str]) -> str:
        start, end = match.start(), match.end()
        left = text[start - 1] if start > 0 else ""
        right = text[end] if end < len(text) else ""
        if not left or not right:
            return ""
        if _is_wide(left) and (_is_wide(right) or right.isdigit()):
            return ""
        if left.isdigit() and (_is_wide(right) or right in "%."):
            return ""
        if left in _WIDE_PUNCT or right in _WIDE_PUNCT:
            return ""
        return " "

    return _SPACES_RE.sub(keep, text)


def normalize_line(line: str) -> str:
    """One line cleaned: widths folded, spaces squashed, punctuation widened, outer
    spaces stripped. Characters are kept as written (traditional ones too)."""
    text = _fold(line)
    text = _SPACES_RE.sub(" ", text).strip()
    text = _squash_spaces(text)
    text = _widen_punctuation(text)
    text = _squash_spaces(text)
    text = text.replace("．", ".") if re.search(r"\d．\d", text) else text
    return text


# ------------------------------------------------------------------ page chrome, joining


@dataclass(slots=True)
class Paragraph:
    """A cleaned paragraph and the (1-based) line of the source where it starts."""

    text: str
    line: int


CHROME_RE = re.compile(
    r"^(?:索引号|发布机构|发文机关|发文机构|发布单位|信息来源|来源|作者|编辑|责任编辑|审核|成文日期|"
    r"发布日期|发布时间|公开日期|生成日期|浏览量|浏览次数|阅读量|阅读次数|点击量|点击数|访问量|"
    r"主题分类|分类|文号|发文字号|有效性|公开方式|公开范围|您当前所在位置|当前位置|您的位置|"
    r"所在位置|首页|字号|打印|关闭|分享到|分享|扫一扫|【|\[|〖)"
    r"|(?:>|》|＞|→).*(?:>|＞|→)|(?:^|\s)(?:大|中|小)\s*(?:大|中|小)\s*(?:大|中|小)?$"
    r"|^(?:打印本页|关闭窗口|返回顶部|上一篇|下一篇)"
)


# A web page's furniture after the notice (links, footers); never joined to a line.
FURNITURE_RE = re.compile(
    r"^(?:上一篇|下一篇|分享到|相关链接|相关文章|相关阅读|版权所有|主办单位|主办|承办|协办|"
    r"网站标识码|技术支持|打印本页|关闭窗口|返回顶部|扫一扫|【|\[|〖)"
    r"|ICP备|网站标识码|版权所有|Copyright|©"
)


def is_furniture(line: str) -> bool:
    """Whether a line is web-page furniture around the notice (上一篇, 分享到, 版权所有,
    ICP备…, bracketed links such as 【打印本页】)."""
    return bool(FURNITURE_RE.search(line)) and "。" not in line


def is_chrome(line: str) -> bool:
    """Whether a line is web-page chrome (index numbers, 发布机构, 浏览量, breadcrumbs,
    font-size and print links) rather than part of the notice."""
    return bool(CHROME_RE.search(line)) and "。" not in line


def is_page_number(line: str) -> bool:
    """A page number left by PDF extraction (``— 3 —``, ``- 3 -``, ``3``, ``第3页``)."""
    return bool(PAGE_NUMBER_RE.match(line))


def clean_lines(text: str) -> list[Paragraph]:
    """Every non-empty line of ``text`` cleaned, with its line number; page numbers
    dropped."""
    out: list[Paragraph] = []
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    for number, raw in enumerate(text.split("\n"), start=1):
        line = normalize_line(raw)
        if line and not is_page_number(line):
            out.append(Paragraph(line, number))
    return out


_ORG_END_RE = re.compile(
    r"(?:委|组|局|党组|党委|工委|政府|办公室|公司|院|会|厅|部|办|所|中心|站|处)$"
)


def display_width(text: str) -> float:
    """Width in Chinese characters: Latin letters, digits and ASCII punctuation count
    half."""
    return sum(0.5 if ord(ch) < 0x2E80 else 1.0 for ch in text)


def line_width(lines: list[Paragraph]) -> float | None:
    """The width of a text's full lines when it was extracted from fixed-width pages
    (PDF: every line of a paragraph but the last has about the same width); None when
    the text has no such width (paragraphs on one line each, as web pages give)."""
    widths = [round(display_width(p.text)) for p in lines if display_width(p.text) >= 12]
    if len(widths) < 5:
        return None
    counts = Counter(widths)
    mode, _ = counts.most_common(1)[0]
    near = sum(n for w, n in counts.items() if abs(w - mode) <= 1)
    if near < 5 or near < 0.5 * len(widths):
        return None
    return float(max(w for w in counts if abs(w - mode) <= 1))


def _complete_line(line: str) -> bool:
    """A short line that stands on its own even without a full stop: a heading
    (``一、…方面``) or a status line (``整改进度：已完成``)."""
    marker = classify(line)
    if marker.kind in (Kind.H1, Kind.H2, Kind.H3, Kind.H4):
        return len(line) <= 40 and not re.search(r"[。；;，,]", line[marker.end :])
    if marker.kind is Kind.STATUS:
        content = line[marker.end :]
        return len(content) <= 30 and "。" not in content
    return False


def should_join(
    previous: str, line: str, full_width: float | None = None, last_line: str | None = None
) -> bool:
    """Whether ``line`` continues ``previous`` (a hard break inside a sentence, as PDF
    pages leave them: ``深化`` / ``防灾减灾``): the previous line does not end its
    sentence and is not a title, and this one does not begin a heading, an issue, a
    status line, a measure, a date, a contact line or the closing. On fixed-width
    pages (``full_width``) a line that ends short of the width ended its paragraph;
    otherwise a short heading or status line does. ``last_line`` is the last physical
    line of ``previous`` when that paragraph was already joined from several."""
    if ends_sentence(previous) or is_title(previous):
        return False
    if is_furniture(previous) or is_furniture(line):
        return False
    if classify(previous).kind in (Kind.DATE, Kind.CONTACT):
        return False
    if classify(line).kind is not Kind.PLAIN or is_title(line):
        return False
    if full_width is not None:
        return display_width(last_line or previous) >= full_width - 2
    return not _complete_line(previous)


def join_broken_lines(lines: list[Paragraph]) -> list[Paragraph]:
    """Paragraphs from lines: a line broken inside a sentence is joined to the next."""
    full = line_width(lines)
    out: list[Paragraph] = []
    last = ""
    for item in lines:
        if out and should_join(out[-1].text, item.text, full, last):
            out[-1].text += item.text
        else:
            out.append(Paragraph(item.text, item.line))
        last = item.text
    return out


class Restorer:
    """Maps text read from the matching copy (simplified characters) back to the
    characters as written: the text is cut into the longest pieces found in the copy,
    each replaced by what is written at the same place; a text without converted
    characters is returned as it is."""

    def __init__(self, matching: str = "", written: str = "") -> None:
        self.matching = matching
        self.written = written
        self.converted = frozenset(m for m, w in zip(matching, written, strict=True) if m != w)

    def _longest(self, text: str, start: int) -> int:
        """The length of the longest piece of ``text`` from ``start`` found in the
        copy (galloping, then halving)."""
        found, step = 0, 16
        limit = len(text) - start
        while found < limit:
            trial = min(limit, found + step)
            if self.matching.find(text[start : start + trial]) < 0:
                low, high = found, trial  # found fits, trial does not
                while high - low > 1:
                    middle = (low + high) // 2
                    if self.matching.find(text[start : start + middle]) >= 0:
                        low = middle
                    else:
                        high = middle
                return low
            found, step = trial, step * 2
        return found

    def __call__(self, text: str) -> str:
        if not self.converted or not any(ch in self.converted for ch in text):
            return text
        out: list[str] = []
        i = 0
        while i < len(text):
            length = self._longest(text, i)
            if length == 0:
                out.append(text[i])
                i += 1
                continue
            at = self.matching.find(text[i : i + length])
            out.append(self.written[at : at + length])
            i += length
        return "".join(out)


@dataclass(slots=True)
class CleanText:
    """A notice's text after cleaning: the title (possibly empty), the line it is on,
    the paragraphs after it, and how many lines of page chrome were dropped.

    Title and paragraphs are the matching copy (simplified characters); ``restore``
    turns any text taken from them back into the characters as written."""

    title: str
    title_line: int | None
    paragraphs: list[Paragraph]
    chrome_lines: int = 0
    restore: Restorer = field(default_factory=Restorer)


_OPENING_RE = re.compile(r"^(?:根据|按照|为|经|依据|\d{4}年\d{1,2}月)")


def _title_index(lines: list[Paragraph]) -> int | None:
    """The index of the title: the last title-like line before the opening formula or
    the first body line (the title may appear twice, once in the page chrome)."""
    limit = len(lines)
    for i, item in enumerate(lines[:80]):
        if (_OPENING_RE.match(item.text) and "。" in item.text) or classify(item.text).kind in (
            Kind.ISSUE,
            Kind.H1,
        ):
            limit = i
            break
    found: int | None = None
    for i in range(min(limit, 80)):
        text = lines[i].text
        if is_title(text) and not is_chrome(text):
            found = i
            if i + 1 < limit and lines[i + 1].text == text:
                continue
    return found


def split_title(lines: list[Paragraph]) -> CleanText:
    """Drop the page chrome before the title and find the title; a title split over
    two lines (the issuer, then ``关于…的通报``) is put back together."""
    index = _title_index(lines)
    if index is None:
        start = 0
        while start < len(lines) and is_chrome(lines[start].text):
            start += 1
        rest = lines[start:]
        if rest and not ends_sentence(rest[0].text) and len(rest[0].text) <= 60:
            first = rest[0]
            if classify(first.text).kind is Kind.PLAIN and not _OPENING_RE.match(first.text):
                return CleanText(first.text, first.line, rest[1:], start)
        return CleanText("", None, rest, start)
    title = lines[index]
    text, line, first_dropped = title.text, title.line, index
    # A long title wraps (PDF): the lines before it that hold its start, up to the one
    # with 关于; or the issuer on a line of its own before "关于…的通报".
    for back in range(1, 4):
        if index - back < 0:
            break
        before = lines[index - back]
        if is_chrome(before.text) or ends_sentence(before.text) or len(before.text) > 60:
            break
        joined = "".join(p.text for p in lines[index - back : index]) + text
        if "关于" in before.text and "关于" not in text:
            text, line, first_dropped = joined, before.line, index - back
            break
        if (
            back == 1
            and text.startswith("关于")
            and len(before.text) <= 40
            and _ORG_END_RE.search(before.text)
            and not text.startswith(before.text)
        ):
            text, line, first_dropped = joined, before.line, index - 1
            break
    rest = lines[index + 1 :]
    # A repeated title right after the first one (web pages print it twice).
    while rest and rest[0].text in (text, title.text):
        rest = rest[1:]
    return CleanText(text, line, rest, first_dropped)


def clean_notice(text: str) -> CleanText:
    """The whole cleaning: lines, chrome and title, then joined paragraphs; read from
    the matching copy, with what restores the characters as written."""
    written = clean_lines(text)
    lines = [Paragraph(simplify(p.text), p.line) for p in written]
    found = split_title(lines)
    found.paragraphs = join_broken_lines(found.paragraphs)
    found.restore = Restorer("\n".join(p.text for p in lines), "\n".join(p.text for p in written))
    return found
