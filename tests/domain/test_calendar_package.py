"""The holidays package as the calendar's source for the years it covers (issue #22,
point 8): 调休 working days of 2022–2025 count, each year says where it came from, the
user's adjustments still win, and the package agrees with our hand-kept 2026."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.domain.calendar import (
    ORIGIN_PACKAGE,
    ORIGIN_SHIPPED,
    ORIGIN_USER,
    YearCalendar,
    load_calendar,
    write_year,
)
from desktop.domain.calendar_package import load_work_calendar, package_version, package_years
from desktop.paths import calendar_folders

SHIPPED = calendar_folders()[0]


def test_the_installed_package_covers_2022_to_2026(tmp_path: Path) -> None:
    assert package_version() is not None
    years = {y.year: y for y in package_years(tmp_path)}
    assert set(range(2022, 2027)) <= set(years)
    for year in range(2022, 2027):
        assert years[year].official
        assert years[year].workdays  # its 调休 working days


def test_working_days_before_2026_skip_holidays_and_count_make_up_days(tmp_path: Path) -> None:
    calendar, errors = load_work_calendar([SHIPPED, tmp_path / "user"], tmp_path / "cache")
    assert errors == []
    # 2023-01-28 was a Saturday worked (春节调休); 2023-01-23 a Monday off (春节).
    assert calendar.is_working_day(date(2023, 1, 28))
    assert not calendar.is_working_day(date(2023, 1, 23))
    # 15 working days from 2024-09-20 cross 国庆 (10-01..10-07) and two 调休 weekend
    # days (09-29, 10-12); by weekends alone it would be 10-11.
    assert calendar.add_working_days(date(2024, 9, 20), 15) == date(2024, 10, 16)
    assert calendar.warnings(date(2022, 1, 1), date(2025, 12, 31)) == ()
    origins = {year: calendar.years[year].origin for year in range(2022, 2028)}
    assert origins == {
        2022: ORIGIN_PACKAGE,
        2023: ORIGIN_PACKAGE,
        2024: ORIGIN_PACKAGE,
        2025: ORIGIN_PACKAGE,
        2026: ORIGIN_PACKAGE,
        2027: ORIGIN_SHIPPED,  # the package does not have its 调休 yet
    }


def test_the_package_agrees_with_our_2026(tmp_path: Path) -> None:
    package, _ = load_calendar([tmp_path / "none"], package_years(tmp_path))
    ours, _ = load_calendar([SHIPPED])
    day = date(2026, 1, 1)
    while day.year == 2026:
        assert package.is_working_day(day) == ours.is_working_day(day), day
        day += timedelta(days=1)


def test_the_users_adjustments_win(tmp_path: Path) -> None:
    user = tmp_path / "user"
    write_year(
        user,
        YearCalendar(year=2024, official=True, workdays=(), source="本单位安排"),
    )
    calendar, _ = load_work_calendar([SHIPPED, user], tmp_path / "cache")
    assert calendar.years[2024].origin == ORIGIN_USER
    assert not calendar.is_working_day(date(2024, 9, 14))  # a 调休 Saturday, taken back


def test_the_cache_is_used_the_second_time(tmp_path: Path) -> None:
    first = package_years(tmp_path)
    assert list(tmp_path.glob("holidays-*.json"))
    assert package_years(tmp_path) == first


def test_a_package_that_cannot_be_read_costs_its_years_not_the_calendar(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bundle that lacked the package's translation files raised FileNotFoundError
    ("No translation file found for domain: 'CN'") and the main window never opened."""
    import desktop.domain.calendar_package as calendar_package

    def unreadable(last_year: int) -> list[YearCalendar]:
        raise FileNotFoundError(2, "No translation file found for domain: 'CN'")

    monkeypatch.setattr(calendar_package, "years_from_package", unreadable)
    assert package_years(tmp_path) == []
    calendar, _ = load_work_calendar([SHIPPED], tmp_path / "cache")
    assert not calendar.is_working_day(date(2026, 10, 1))  # the shipped JSON's 2026


def test_the_version_is_read_off_the_dist_info_folder_without_importlib_metadata() -> None:
    from importlib import metadata

    from desktop.domain.calendar_package import _version_beside_package

    assert _version_beside_package() == metadata.version("holidays") == package_version()


def test_the_version_of_the_first_package_on_the_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "holidays").mkdir()
    (tmp_path / "holidays-9.99.dist-info").mkdir()
    monkeypatch.syspath_prepend(str(tmp_path))
    assert package_version() == "9.99"
    # Two of them (a stale one left behind): the standard lookup decides.
    (tmp_path / "holidays-9.98.dist-info").mkdir()
    from desktop.domain.calendar_package import _version_beside_package

    assert _version_beside_package() is None
