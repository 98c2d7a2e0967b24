"""Chinese numbering as written in ledgers and notices: 一 … 九十九, （三）, 一是, 问题2."""

from __future__ import annotations

import re

from desktop.domain.text import fold_width

_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_NAMES = "零一二三四五六七八九"


class NumberingError(ValueError):
    """Text that is not a Chinese or Arabic number."""


def chinese_to_int(text: str) -> int:
    """``一`` → 1, ``十二`` → 12, ``二十`` → 20, ``九十九`` → 99, ``一百零五`` → 105,
    and digit-by-digit forms such as ``二〇二三`` → 2023."""
    text = text.strip()
    if not text:
        raise NumberingError(text)
    if all(ch in _DIGITS for ch in text) and len(text) > 1:
        # Digit by digit: 二〇二三.
        return int("".join(str(_DIGITS[ch]) for ch in text))
    total, current = 0, 0
    for ch in text:
        if ch in _DIGITS:
            current = _DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "千":
            total += (current or 1) * 1000
            current = 0
        else:
            raise NumberingError(text)
    return total + current


def int_to_chinese(value: int) -> str:
    """1 → ``一``, 10 → ``十``, 12 → ``十二``, 20 → ``二十``, 99 → ``九十九``, 105 →
    ``一百零五``. Numbers from 0 to 9999."""
    if not 0 <= value <= 9999:
        raise NumberingError(str(value))
    if value < 10:
        return _NAMES[value]
    if value < 20:
        return "十" + (_NAMES[value - 10] if value > 10 else "")
    parts: list[str] = []
    units = ((1000, "千"), (100, "百"), (10, "十"))
    rest = value
    pending_zero = False
    for size, name in units:
        digit, rest = divmod(rest, size)
        if digit:
            if pending_zero:
                parts.append("零")
                pending_zero = False
            parts.append(_NAMES[digit] + name)
        elif parts:
            pending_zero = True
    if rest:
        if pending_zero:
            parts.append("零")
        parts.append(_NAMES[rest])
    return "".join(parts)


def ordinal_measure(value: int) -> str:
    """The measure lead-in: 1 → ``一是``, 12 → ``十二是``."""
    return int_to_chinese(value) + "是"


_LABEL_RE = re.compile(
    r"^\s*(?:问题|問題)?\s*[（(]?\s*(?P<num>[0-9]+(?:\.[0-9]+)*|[〇零一二两三四五六七八九十百千]+)"
    r"\s*[）)]?\s*(?:是|[.、:，,．])?\s*$"
)


def label_value(label: str) -> int | None:
    """The number a label stands for: ``（三）`` → 3, ``问题10`` → 10, ``2.1`` → 2,
    ``一是`` → 1; None when the label holds no number."""
    match = _LABEL_RE.match(fold_width(label))
    if not match:
        return None
    num = match.group("num")
    if num[0].isdigit():
        return int(num.split(".")[0])
    try:
        return chinese_to_int(num)
    except NumberingError:
        return None


_PART_RE = re.compile(
    r"[0-9]+|[〇零一二两三四五六七八九十百千]+|[^0-9〇零一二两三四五六七八九十百千]+"
)


def number_sort_key(label: str) -> tuple[tuple[int, int | str], ...]:
    """A key that sorts issue numbers as people read them: ``问题2`` before ``问题10``,
    ``（二）`` before ``（十）``, ``2.1`` before ``2.10``; text without a number last."""
    parts: list[tuple[int, int | str]] = []
    for piece in _PART_RE.findall(fold_width(label)):
        if piece[0].isdigit():
            parts.append((0, int(piece)))
        elif piece[0] in "〇零一二两三四五六七八九十百千":
            try:
                parts.append((0, chinese_to_int(piece)))
            except NumberingError:
                parts.append((1, piece))
        elif piece.strip("()（）.、 问题是"):
            parts.append((1, piece))
    return tuple(parts) if parts else ((2, label),)


def next_number(existing: list[str]) -> str:
    """The next issue number after ``existing``, in the same style (Arabic by default)."""
    values = [v for label in existing if (v := label_value(label)) is not None]
    return str(max(values, default=0) + 1)


_CN = "〇零一二两三四五六七八九十百"
# The heading markers of an outline, each with its style name; the style, not the value,
# says which level a heading is on (the first style met is the outermost).
_HEADING_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("第N部分", re.compile(rf"^第[{_CN}0-9]+(?:部分|章|节|类|方面|项)")),
    ("N、", re.compile(rf"^[{_CN}]+\s*[、.．，,]")),
    ("（N）", re.compile(rf"^[（(]\s*[{_CN}]+\s*[）)]")),
    ("1、", re.compile(r"^[0-9]+\s*[、，,]")),
    ("1.", re.compile(r"^[0-9]+\s*[.．](?![0-9])")),
    ("（1）", re.compile(r"^[（(]\s*[0-9]+\s*[）)]")),
    ("①", re.compile(r"^[①-⑳]")),
)


def heading_style(text: str) -> str:
    """The numbering style a heading starts with (``一、`` → ``"N、"``, ``（三）`` →
    ``"（N）"``, ``第二部分`` → ``"第N部分"``, ``2.`` → ``"1."``); ``""`` when it has none."""
    stripped = text.lstrip(" \t\u3000")
    for style, pattern in _HEADING_MARKERS:
        if pattern.match(stripped):
            return style
    return ""
