"""China's holidays and make-up working days (调休) from the ``holidays`` package
(PyPI, maintained, monthly releases), the calendar's source for the years it covers.

The package carries the State Council's schedule, 调休 included, from 2001 on; a year
counts as covered when the package lists make-up working days in it (its later years
have the statutory holidays only, until the next notice is out). Our JSON files are kept
for the years the package lacks and for the user's own adjustments (设置 → 节假日).

Importing the package takes a second or more (it loads every country), so the years
are kept in a small JSON cache per package version and the package is imported only
when that cache is missing. The version is read off the name of the package's
``.dist-info`` folder where pip put one beside it (``importlib.metadata`` only where
not: importing it alone costs more than reading the cache).
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from desktop.domain.calendar import (
    CalendarError,
    Holiday,
    MakeUpDay,
    WorkCalendar,
    YearCalendar,
    load_calendar,
    year_from_json,
    year_to_json,
)

PACKAGE = "holidays"
FIRST_YEAR = 2001
# Years asked of the package: its China schedule starts in 2001; a few years ahead
# of today is where it stops listing 调休.
LAST_YEAR_AHEAD = 3


def package_version() -> str | None:
    """The installed holidays package's version, or None when it is not installed."""
    found = _version_beside_package()
    if found is not None:
        return found
    # Where the quick look does not find it (a bundle, an egg), the standard way:
    # importing importlib.metadata and reading the package's METADATA cost 20-50 ms.
    from importlib import metadata

    try:
        return metadata.version(PACKAGE)
    except metadata.PackageNotFoundError:
        return None


def _version_beside_package() -> str | None:
    """The version in the name of the one ``holidays-<version>.dist-info`` folder in
    the first folder on the path that holds the package, as pip installs it; None
    when there is no such folder or more than one (the standard lookup decides)."""
    for entry in sys.path:
        folder = entry or os.curdir
        if not os.path.isdir(os.path.join(folder, PACKAGE)):
            continue
        try:
            names = os.listdir(folder)
        except OSError:
            return None
        prefix, suffix = PACKAGE + "-", ".dist-info"
        versions = [
            name[len(prefix) : -len(suffix)]
            for name in names
            if name.lower().startswith(prefix) and name.endswith(suffix)
        ]
        return versions[0] if len(versions) == 1 else None
    return None


def _runs(days: dict[date, str]) -> tuple[Holiday, ...]:
    """Days off as runs: consecutive days (across a weekend) under the first real
    holiday's name (the package names moved days off 休息日（由…调休）)."""
    runs: list[Holiday] = []
    ordered = sorted(days)
    start = prev = ordered[0] if ordered else None
    names: list[str] = []

    def close(first: date, last: date) -> None:
        real = [n for n in names if not n.startswith(("休息日", "农历除夕"))]
        name = (real[0] if real else names[0]).replace("（补假）", "")
        runs.append(Holiday(name, first, last))

    for day in ordered:
        assert start is not None
        assert prev is not None
        gap = [prev + timedelta(days=k) for k in range(1, (day - prev).days)]
        if day != start and any(d.weekday() < 5 for d in gap):
            close(start, prev)
            start, names = day, []
        names.append(days[day])
        prev = day
    if start is not None and prev is not None:
        close(start, prev)
    return tuple(runs)


def years_from_package(last_year: int) -> list[YearCalendar]:
    """The covered years, read from the package (imported here: slow)."""
    from holidays.countries.china import China

    version = package_version() or ""
    table: Any = China(  # type: ignore[no-untyped-call]
        years=range(FIRST_YEAR, last_year + 1), language="zh_CN"
    )
    off: dict[int, dict[date, str]] = {}
    for day, name in table.items():
        off.setdefault(day.year, {})[day] = str(name)
    worked: dict[int, list[date]] = {}
    for day in table.weekend_workdays:
        worked.setdefault(day.year, []).append(day)
    out = []
    for year in sorted(worked):  # covered: 调休 known
        out.append(
            YearCalendar(
                year=year,
                official=True,
                holidays=_runs(off.get(year, {})),
                workdays=tuple(MakeUpDay(d, "调休上班") for d in sorted(worked[year])),
                source=f"Python 包 holidays {version}（国务院办公厅节假日安排）",
                verified=True,
            )
        )
    return out


def package_years(cache_dir: Path | None, today: date | None = None) -> list[YearCalendar]:
    """The years the holidays package covers (empty when it is not installed), from
    the cache in ``cache_dir`` when there is one for this version, else read from the
    package and cached. A cache that cannot be read or written is only skipped."""
    version = package_version()
    if version is None:
        return []
    last_year = (today or date.today()).year + LAST_YEAR_AHEAD
    cache = cache_dir / f"holidays-{version}-CN-{last_year}.json" if cache_dir else None
    if cache is not None and cache.is_file():
        try:
            docs = json.loads(cache.read_text(encoding="utf-8"))
            return [year_from_json(doc, cache.name) for doc in docs]
        except (OSError, ValueError):
            pass
    try:
        years = years_from_package(last_year)
    except (ImportError, OSError):
        # A package that cannot be read (a bundle without its translation files, say)
        # costs its years, not the window: the shipped JSON still covers its own.
        return []
    if cache is not None:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            partial = cache.with_suffix(".part")
            partial.write_text(
                json.dumps([year_to_json(y) for y in years], ensure_ascii=False), encoding="utf-8"
            )
            partial.replace(cache)
        except OSError:
            pass
    return years


def load_work_calendar(
    folders: list[Path], cache_dir: Path | None
) -> tuple[WorkCalendar, list[CalendarError]]:
    """The calendar every count of working days uses: the shipped JSON (first folder),
    the holidays package over it for the years it covers, the user's adjustments (the
    later folders) over both."""
    return load_calendar(folders, package_years(cache_dir))
