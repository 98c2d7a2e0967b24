"""Working days: weekends, public holidays and make-up working days (调休).

Offices count many deadlines in working days ("自反馈之日起15个工作日内"). A working
day is a Monday to Friday that is not a public holiday, or a weekend day that the
State Council's yearly notice (国务院办公厅关于某年部分节假日安排的通知) turns into a
working day to make a holiday longer. The notice comes out each November for the next
year, so the calendar is data: one JSON file per year in ``resources/calendar/``,
editable by the user (later folders override earlier ones, year by year).

A year is in one of three states (:class:`YearStatus`): ``official`` (its notice is in
the file), ``provisional`` (only the statutory holidays are known: no 调休 yet) and
``unknown`` (no file: weekends only). Functions that count across a year that is not
official say so in their warnings; they never guess silently.

The JSON of one year::

    {"year": 2026, "official": true, "verified": true,
     "source": "国务院办公厅关于2026年部分节假日安排的通知", "notes": "…",
     "holidays": [{"name": "春节", "start": "2026-02-15", "end": "2026-02-23"}],
     "workdays": [{"date": "2026-02-14", "name": "春节调休上班"}]}
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop.domain.numbering import NumberingError, chinese_to_int
from desktop.domain.text import fold_width, squash_spaces
from desktop.domain.texts import Message, Msg

# Counting more working days than this is a typing mistake, not a deadline (ten years).
MAX_WORKING_DAYS = 2600


class YearStatus(StrEnum):
    """How much of a year's holiday schedule is known."""

    OFFICIAL = "official"  # the State Council's notice, with make-up working days
    PROVISIONAL = "provisional"  # statutory holidays only; the notice is not out yet
    UNKNOWN = "unknown"  # no data: weekends only


class CalendarError(ValueError):
    """A calendar file that cannot be used; ``message`` names the file."""

    def __init__(self, message: str, file: str = "") -> None:
        self.message = Message(Msg.CALENDAR_FILE, file=file, message=message) if file else message
        self.file = file
        super().__init__(self.message)


@dataclass(frozen=True, slots=True)
class Holiday:
    """A run of days off (``start`` to ``end`` inclusive), e.g. 春节 2026-02-15 to 02-23."""

    name: str
    start: date
    end: date

    def days(self) -> Iterable[date]:
        day = self.start
        while day <= self.end:
            yield day
            day += timedelta(days=1)


@dataclass(frozen=True, slots=True)
class MakeUpDay:
    """A Saturday or Sunday that is worked (调休上班)."""

    date: date
    name: str = ""


@dataclass(frozen=True, slots=True)
class YearCalendar:
    """One year's holidays and make-up working days, with where they came from.

    ``official`` is False while the year's notice is not published: the holidays are
    then the statutory days only. ``verified`` says whether the data was checked against
    the official text; ``source`` and ``notes`` say what it was checked against.
    """

    year: int
    official: bool
    holidays: tuple[Holiday, ...] = ()
    workdays: tuple[MakeUpDay, ...] = ()
    source: str = ""
    verified: bool = False
    notes: str = ""
    # Where the year was taken from (:data:`ORIGINS`); not part of the JSON.
    origin: str = ""

    @property
    def status(self) -> YearStatus:
        return YearStatus.OFFICIAL if self.official else YearStatus.PROVISIONAL


def _date(value: Any, what: str, file: str) -> date:
    if not isinstance(value, str):
        raise CalendarError(Message(Msg.CALENDAR_DATE_FORM, what=what, value=value), file)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CalendarError(Message(Msg.CALENDAR_BAD_DATE, what=what, value=value), file) from None


def year_from_json(doc: Any, file: str = "") -> YearCalendar:
    """A year's calendar from its JSON document. Raises :class:`CalendarError` (in
    Chinese, naming the file and the value) for anything malformed: a date outside the
    year, a make-up working day that is not a weekend day, a day both off and worked."""
    if not isinstance(doc, dict):
        raise CalendarError(Message(Msg.CALENDAR_NOT_OBJECT), file)
    year = doc.get("year")
    if not isinstance(year, int) or isinstance(year, bool) or not 1900 <= year <= 2200:
        raise CalendarError(Message(Msg.CALENDAR_BAD_YEAR, year=year), file)
    # A holiday may start in the previous December or end in the next January
    # (元旦 2019 began on 2018-12-30); nothing further away belongs to this year.
    earliest, latest = date(year - 1, 12, 1), date(year + 1, 1, 31)
    holidays: list[Holiday] = []
    for n, item in enumerate(doc.get("holidays") or [], start=1):
        if not isinstance(item, dict):
            raise CalendarError(Message(Msg.CALENDAR_HOLIDAY_NOT_OBJECT, n=n), file)
        name = str(item.get("name") or "").strip()
        start = _date(item.get("start"), Message(Msg.CALENDAR_HOLIDAY_START, n=n, name=name), file)
        end = _date(
            item.get("end", item.get("start")), Message(Msg.CALENDAR_HOLIDAY_END, name=name), file
        )
        if end < start:
            raise CalendarError(Message(Msg.CALENDAR_HOLIDAY_ENDS_BEFORE, name=name), file)
        if start < earliest or end > latest:
            raise CalendarError(
                Message(Msg.CALENDAR_HOLIDAY_OTHER_YEAR, name=name, start=start, year=year), file
            )
        holidays.append(Holiday(name, start, end))
    off = {day for h in holidays for day in h.days()}
    workdays: list[MakeUpDay] = []
    for n, item in enumerate(doc.get("workdays") or [], start=1):
        if not isinstance(item, dict):
            raise CalendarError(Message(Msg.CALENDAR_WORKDAY_NOT_OBJECT, n=n), file)
        day = _date(item.get("date"), Message(Msg.CALENDAR_WORKDAY, n=n), file)
        if day.weekday() < 5:
            raise CalendarError(Message(Msg.CALENDAR_WORKDAY_NOT_WEEKEND, day=day), file)
        if day in off:
            raise CalendarError(Message(Msg.CALENDAR_BOTH, day=day), file)
        if day < earliest or day > latest:
            raise CalendarError(Message(Msg.CALENDAR_WORKDAY_OTHER_YEAR, day=day, year=year), file)
        workdays.append(MakeUpDay(day, str(item.get("name") or "").strip()))
    official = doc.get("official", False)
    verified = doc.get("verified", False)
    if not isinstance(official, bool) or not isinstance(verified, bool):
        raise CalendarError(Message(Msg.CALENDAR_BAD_FLAGS), file)
    return YearCalendar(
        year=year,
        official=official,
        holidays=tuple(holidays),
        workdays=tuple(workdays),
        source=str(doc.get("source") or ""),
        verified=verified,
        notes=str(doc.get("notes") or ""),
    )


def year_to_json(cal: YearCalendar) -> dict[str, Any]:
    """The JSON document of a year (what the settings page writes back)."""
    return {
        "year": cal.year,
        "official": cal.official,
        "verified": cal.verified,
        "source": cal.source,
        "notes": cal.notes,
        "holidays": [
            {"name": h.name, "start": h.start.isoformat(), "end": h.end.isoformat()}
            for h in cal.holidays
        ],
        "workdays": [{"date": w.date.isoformat(), "name": w.name} for w in cal.workdays],
    }


@dataclass(frozen=True, slots=True)
class WorkingDeadline:
    """A deadline counted in working days, with a warning for each year on the way
    whose schedule is not official (Chinese, for the UI and the command line)."""

    date: date
    warnings: tuple[str, ...] = ()


class WorkCalendar:
    """Working days over any number of years. Years without data count weekends only
    (and :meth:`warnings` says so); years marked provisional count their statutory
    holidays but no make-up working days."""

    def __init__(self, years: Iterable[YearCalendar] = ()) -> None:
        self.years: dict[int, YearCalendar] = {}
        self._off: dict[date, str] = {}
        self._worked: dict[date, str] = {}
        for cal in sorted(years, key=lambda c: c.year):
            self.years[cal.year] = cal
            for h in cal.holidays:
                for day in h.days():
                    self._off[day] = h.name
            for w in cal.workdays:
                self._worked[w.date] = w.name

    def status(self, year: int) -> YearStatus:
        cal = self.years.get(year)
        return cal.status if cal else YearStatus.UNKNOWN

    def holiday_name(self, day: date) -> str | None:
        """The holiday a day belongs to, or None."""
        return self._off.get(day)

    def is_working_day(self, day: date) -> bool:
        if day in self._worked:
            return True
        if day in self._off:
            return False
        return day.weekday() < 5

    def add_working_days(self, start: date, count: int) -> date:
        """The ``count``-th working day after ``start`` (``start`` itself not counted):
        "15个工作日内" from a feedback on ``start``. ``count`` 0 gives ``start``."""
        if not 0 <= count <= MAX_WORKING_DAYS:
            raise ValueError(f"working day count out of range: {count}")
        day = start
        left = count
        while left:
            day += timedelta(days=1)
            if self.is_working_day(day):
                left -= 1
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end`` (0 when ``end`` is
        not after ``start``): how many working days remain until a deadline."""
        if end <= start:
            return 0
        total = 0
        day = start + timedelta(days=1)
        # Whole weeks first would be faster, but holidays make the loop simpler to
        # trust; spans are months, not centuries (see MAX_WORKING_DAYS).
        while day <= end:
            total += self.is_working_day(day)
            day += timedelta(days=1)
        return total

    def warnings(self, start: date, end: date) -> tuple[str, ...]:
        """One warning per year between the two dates that is not official, in the
        installed language."""
        out: list[str] = []
        for year in range(min(start, end).year, max(start, end).year + 1):
            status = self.status(year)
            if status is YearStatus.UNKNOWN:
                out.append(Message(Msg.CALENDAR_YEAR_UNKNOWN, year=year))
            elif status is YearStatus.PROVISIONAL:
                out.append(Message(Msg.CALENDAR_YEAR_PROVISIONAL, year=year))
        return tuple(out)

    def deadline(self, start: date, count: int) -> WorkingDeadline:
        """:meth:`add_working_days` with the warnings for the years it crosses."""
        end = self.add_working_days(start, count)
        return WorkingDeadline(end, self.warnings(start, end))


# Where a year's schedule comes from, in the order they override one another.
ORIGIN_SHIPPED = "shipped"  # the JSON we ship, for years the holidays package lacks
ORIGIN_PACKAGE = "package"  # the holidays package (PyPI), for the years it covers
ORIGIN_USER = "user"  # the user's own adjustments, made in 设置 → 节假日
ORIGINS = (ORIGIN_SHIPPED, ORIGIN_PACKAGE, ORIGIN_USER)


def load_calendar(
    folders: Sequence[Path], package: Iterable[YearCalendar] = ()
) -> tuple[WorkCalendar, list[CalendarError]]:
    """Every ``*.json`` year file in the folders; a later folder's year replaces an
    earlier one's (the user's edits over the shipped data). ``package`` (the holidays
    package's years, :mod:`desktop.domain.calendar_package`) replaces the first
    folder's (the shipped JSON) and is replaced by the later ones (the user's). Each
    year says where it came from (``origin``). Bad files are skipped and returned as
    errors, so one broken file never stops the app."""
    years: dict[int, YearCalendar] = {}
    errors: list[CalendarError] = []
    for n, folder in enumerate(folders):
        if n == 1 or (n == 0 and len(folders) == 1):
            for cal in package:
                years[cal.year] = replace(cal, origin=ORIGIN_PACKAGE)
        origin = ORIGIN_SHIPPED if n == 0 and len(folders) > 1 else ORIGIN_USER
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            try:
                doc = json.loads(path.read_text(encoding="utf-8"))
                cal = year_from_json(doc, path.name)
            except CalendarError as exc:
                errors.append(exc)
                continue
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
                errors.append(
                    CalendarError(Message(Msg.CALENDAR_FILE_UNREADABLE, reason=exc), path.name)
                )
                continue
            years[cal.year] = replace(cal, origin=origin)
    return WorkCalendar(years.values()), errors


def write_year(folder: Path, cal: YearCalendar) -> Path:
    """Save a year (the settings page's edits) as ``<folder>/<year>.json``, written to
    a temporary file and renamed, so a crash never leaves half a calendar."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{cal.year}.json"
    partial = folder / f".{cal.year}.json.part"
    text = json.dumps(year_to_json(cal), ensure_ascii=False, indent=1)
    partial.write_text(text + "\n", encoding="utf-8")
    partial.replace(target)
    return target


_WORKING_DAYS_RE = re.compile(r"(\d{1,4}|[〇零一二两三四五六七八九十百]{1,5})个?工作日")


def parse_working_days(text: str) -> int | None:
    """The N of a deadline written as "N个工作日内" (``15个工作日内``, ``十五个工作日``,
    ``收到反馈意见后 5 个工作日内``), or None when the text says no such thing."""
    match = _WORKING_DAYS_RE.search(squash_spaces(fold_width(text)))
    if match is None:
        return None
    number = match[1]
    if number.isdigit():
        return int(number)
    try:
        return chinese_to_int(number)
    except NumberingError:
        return None


__all__ = [
    "MAX_WORKING_DAYS",
    "ORIGINS",
    "ORIGIN_PACKAGE",
    "ORIGIN_SHIPPED",
    "ORIGIN_USER",
    "CalendarError",
    "Holiday",
    "MakeUpDay",
    "WorkCalendar",
    "WorkingDeadline",
    "YearCalendar",
    "YearStatus",
    "load_calendar",
    "parse_working_days",
    "write_year",
    "year_from_json",
    "year_to_json",
]
