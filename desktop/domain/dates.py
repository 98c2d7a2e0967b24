"""Reading deadlines and dates the way ledgers write them.

``parse_date`` accepts real dates, Excel serial numbers and text (``2023年1月11日``,
``2023.1.11``, ``2023/01/11``, ``2023-1-11``, ``2023年1月`` (the month's end), with or
without a time of day (``2023-01-11 00:00:00``), full-width digits, spaces from PDF
extraction, Chinese numerals) and the rule words that stand instead of a date
(``立行立改``, ``长期坚持``). Impossible dates are errors, never guesses.
"""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from desktop.domain.numbering import NumberingError, chinese_to_int
from desktop.domain.text import fold_width, squash_spaces, to_simplified


class DeadlineRule(StrEnum):
    """A deadline given as a rule word instead of a date."""

    IMMEDIATE = "immediate"  # 立行立改
    LONG_TERM = "long_term"  # 长期坚持


RULE_LABELS: dict[DeadlineRule, str] = {
    DeadlineRule.IMMEDIATE: "立行立改",
    DeadlineRule.LONG_TERM: "长期坚持",
}

RULE_WORDS: dict[DeadlineRule, tuple[str, ...]] = {
    DeadlineRule.IMMEDIATE: ("立行立改", "立即整改", "即知即改", "立查立改", "马上就改"),
    DeadlineRule.LONG_TERM: (
        "长期坚持",
        "长期",
        "持续整改",
        "常态化",
        "长期整改",
        "持续推进",
        "持续坚持",
    ),
}


class DateErrorCode(StrEnum):
    """Why a value could not be read as a date."""

    EMPTY = "empty_date"
    IMPOSSIBLE = "impossible_date"  # 2023年2月30日, month 13
    UNREADABLE = "unreadable_date"  # 2021915日, free text
    BAD_SERIAL = "bad_serial"  # serial <= 0, absurdly large, NaN
    NEEDS_YEAR = "date_needs_year"  # 1月底 with no year to place it in


class DateError(ValueError):
    """A value that is not a date. ``code`` says why, ``value`` is what was given."""

    def __init__(self, code: DateErrorCode, value: object) -> None:
        self.code = code
        self.value = value
        super().__init__(f"{code.value}: {value!r}")


@dataclass(frozen=True, slots=True)
class DateReading:
    """A deadline as read: a date, or a rule word instead, and the text as written."""

    date: date | None
    rule: DeadlineRule | None
    text: str


_EXCEL_EPOCH = date(1899, 12, 30)
_MAX_SERIAL = 2958465  # 9999-12-31


def excel_serial_to_date(serial: float) -> date:
    """An Excel (1900 system) serial number to a date; the fraction (time) is dropped."""
    if isinstance(serial, bool) or not math.isfinite(serial):
        raise DateError(DateErrorCode.BAD_SERIAL, serial)
    whole = int(serial)
    if whole <= 0 or whole > _MAX_SERIAL:
        raise DateError(DateErrorCode.BAD_SERIAL, serial)
    if whole == 60:
        # Excel's fictitious 1900-02-29 (kept for Lotus 1-2-3 compatibility).
        raise DateError(DateErrorCode.IMPOSSIBLE, serial)
    if whole < 60:
        whole += 1
    return _EXCEL_EPOCH + timedelta(days=whole)


_CN_NUM = "〇零一二两三四五六七八九十"
_YMD_CN = re.compile(
    rf"^(?P<y>\d{{4}}|[{_CN_NUM}]{{4}})年(?:(?P<m>\d{{1,2}}|[{_CN_NUM}]{{1,3}})月"
    rf"(?:(?P<d>\d{{1,2}}|[{_CN_NUM}]{{1,3}})[日号]|(?P<end>底|末|下旬))?)?(?P<yend>底|末)?$"
)
_MD_CN = re.compile(
    rf"^(?P<m>\d{{1,2}}|[{_CN_NUM}]{{1,3}})月(?:(?P<d>\d{{1,2}}|[{_CN_NUM}]{{1,3}})[日号]|(?P<end>底|末|下旬))$"
)
_YMD_SEP = re.compile(r"^(?P<y>\d{4})(?P<sep>[./\-])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})$")
_YM_SEP = re.compile(r"^(?P<y>\d{4})[./\-](?P<m>\d{1,2})$")
_YMD_COMPACT = re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})$")
_SERIAL_TEXT = re.compile(r"^\d{4,7}(?:\.\d+)?$")
_TRAILING = ("之前", "以前", "前", "止", "完成", "底前", "为止", "。", ".")
# A time of day after the date, as a CSV round trip or a web system leaves it
# ("2023-01-11 00:00:00", "2023/1/11 0:00", "2023-01-11T00:00:00.000"): dropped.
_TIME_OF_DAY = re.compile(r"(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$")


def parse_date(value: object, *, default_year: int | None = None) -> DateReading:
    """Read a deadline or date from a cell value or text.

    ``default_year`` places year-less forms (``1月底``, ``3月15日``). Raises
    :class:`DateError` and nothing else for anything that is not a date or a rule word.
    """
    if isinstance(value, datetime):
        return DateReading(value.date(), None, value.date().isoformat())
    if isinstance(value, date):
        return DateReading(value, None, value.isoformat())
    if isinstance(value, bool):
        raise DateError(DateErrorCode.UNREADABLE, value)
    if isinstance(value, int | float):
        return DateReading(excel_serial_to_date(value), None, str(value))
    if value is None:
        raise DateError(DateErrorCode.EMPTY, value)
    if not isinstance(value, str):
        raise DateError(DateErrorCode.UNREADABLE, value)

    verbatim = value.strip()
    text = squash_spaces(to_simplified(_TIME_OF_DAY.sub("", fold_width(verbatim).strip())))
    if not text:
        raise DateError(DateErrorCode.EMPTY, value)
    for rule, words in RULE_WORDS.items():
        if any(text.startswith(word) for word in words):
            return DateReading(None, rule, verbatim)
    stripped = True
    while stripped:  # "2023年6月30日前完成": both words go
        stripped = False
        for suffix in _TRAILING:
            if text.endswith(suffix) and len(text) > len(suffix):
                text = text[: -len(suffix)]
                stripped = True
                break
    try:
        found = _read_text_date(text, default_year)
    except (NumberingError, OverflowError) as exc:
        raise DateError(DateErrorCode.UNREADABLE, value) from exc
    except DateError as exc:
        raise DateError(exc.code, value) from None
    return DateReading(found, None, verbatim)


def _number(text: str) -> int:
    return int(text) if text.isdigit() else chinese_to_int(text)


def _make(year: int, month: int, day: int | None) -> date:
    """A date; a missing day means the month's end (``1月底``, ``2023年1月``)."""
    if not 1 <= month <= 12 or year < 1:
        raise DateError(DateErrorCode.IMPOSSIBLE, (year, month, day))
    last = calendar.monthrange(year, month)[1]
    if day is None:
        return date(year, month, last)
    if not 1 <= day <= last:
        raise DateError(DateErrorCode.IMPOSSIBLE, (year, month, day))
    return date(year, month, day)


def _read_text_date(text: str, default_year: int | None) -> date:
    if match := _YMD_CN.match(text):
        year = _number(match["y"])
        if match["m"] is None:
            if match["yend"]:
                return date(year, 12, 31)
            raise DateError(DateErrorCode.UNREADABLE, text)
        month = _number(match["m"])
        day = _number(match["d"]) if match["d"] else None
        return _make(year, month, day)
    if match := _MD_CN.match(text):
        if default_year is None:
            raise DateError(DateErrorCode.NEEDS_YEAR, text)
        month = _number(match["m"])
        day = _number(match["d"]) if match["d"] else None
        return _make(default_year, month, day)
    if match := _YMD_SEP.match(text):
        return _make(int(match["y"]), int(match["m"]), int(match["d"]))
    if match := _YMD_COMPACT.match(text):
        return _make(int(match["y"]), int(match["m"]), int(match["d"]))
    if match := _YM_SEP.match(text):
        return _make(int(match["y"]), int(match["m"]), None)
    if _SERIAL_TEXT.match(text):
        # A serial number stored as text (seen in exported ledgers).
        return excel_serial_to_date(float(text))
    raise DateError(DateErrorCode.UNREADABLE, text)


# The official date form; the window's English writes it as its translation says
# (context "labels", as ``ui.labels.format_date`` marks it).
DATE_FORM = "{y}年{m}月{d}日"


def format_date(value: date) -> str:
    """The official way to write a date: Arabic numerals, no leading zeros
    (``2023年3月17日``). Documents (exports, notices, printed forms) use it."""
    return DATE_FORM.format(y=value.year, m=value.month, d=value.day)


def shown_date(value: date) -> str:
    """A date in a message, in the installed language (``domain.texts``): the official
    form in Chinese, the window's form in English."""
    from desktop.domain.texts import translate_label

    return translate_label(DATE_FORM).format(y=value.year, m=value.month, d=value.day)
