"""Working days with holidays and make-up working days (调休), from the shipped data and
from files a user edits; unknown years count weekends only and say so."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.calendar import (
    CalendarError,
    MakeUpDay,
    WorkCalendar,
    YearStatus,
    load_calendar,
    parse_working_days,
    write_year,
    year_from_json,
    year_to_json,
)
from desktop.paths import resources_dir

SHIPPED = resources_dir() / "calendar"


@pytest.fixture(scope="module")
def calendar() -> WorkCalendar:
    cal, errors = load_calendar([SHIPPED])
    assert errors == []
    return cal


def test_2026_is_the_official_schedule(calendar: WorkCalendar) -> None:
    year = calendar.years[2026]
    assert year.official
    assert year.verified
    assert "国务院办公厅" in year.source
    assert [(h.name, h.start, h.end) for h in year.holidays] == [
        ("元旦", date(2026, 1, 1), date(2026, 1, 3)),
        ("春节", date(2026, 2, 15), date(2026, 2, 23)),
        ("清明节", date(2026, 4, 4), date(2026, 4, 6)),
        ("劳动节", date(2026, 5, 1), date(2026, 5, 5)),
        ("端午节", date(2026, 6, 19), date(2026, 6, 21)),
        ("中秋节", date(2026, 9, 25), date(2026, 9, 27)),
        ("国庆节", date(2026, 10, 1), date(2026, 10, 7)),
    ]
    worked = [w.date for w in year.workdays]
    assert worked == [
        date(2026, 1, 4),
        date(2026, 2, 14),
        date(2026, 2, 28),
        date(2026, 5, 9),
        date(2026, 9, 20),
        date(2026, 10, 10),
    ]
    assert all(d.weekday() >= 5 for d in worked)
    assert calendar.status(2026) is YearStatus.OFFICIAL


def test_2027_says_it_is_not_official(calendar: WorkCalendar) -> None:
    year = calendar.years[2027]
    assert calendar.status(2027) is YearStatus.PROVISIONAL
    assert not year.official
    assert not year.verified
    assert year.workdays == ()
    # Only the statutory days: 春节 is 除夕 to 初三.
    spring = next(h for h in year.holidays if h.name == "春节")
    assert (spring.start, spring.end) == (date(2027, 2, 5), date(2027, 2, 8))
    assert not calendar.is_working_day(date(2027, 2, 8))  # a Monday off
    assert calendar.warnings(date(2027, 3, 1), date(2027, 3, 2)) == (
        "2027年的放假调休安排尚未正式公布，工作日按法定节日和周末计算，未含调休。",
    )


def test_working_days_across_spring_festival_with_make_up_saturdays(
    calendar: WorkCalendar,
) -> None:
    friday = date(2026, 2, 13)
    assert calendar.is_working_day(date(2026, 2, 14))  # Saturday, worked
    assert not calendar.is_working_day(date(2026, 2, 16))  # Monday, 春节
    assert calendar.add_working_days(friday, 1) == date(2026, 2, 14)
    assert calendar.add_working_days(friday, 2) == date(2026, 2, 24)
    assert calendar.add_working_days(friday, 5) == date(2026, 2, 27)
    # 2/14 (Sat), 2/24-2/27, 2/28 (Sat): six working days.
    assert calendar.working_days_between(friday, date(2026, 2, 28)) == 6
    assert calendar.add_working_days(friday, 6) == date(2026, 2, 28)
    assert calendar.add_working_days(friday, 7) == date(2026, 3, 2)
    # Without the make-up days and holidays it would be a plain count of weekdays.
    plain = WorkCalendar()
    assert plain.add_working_days(friday, 5) == date(2026, 2, 20)
    assert calendar.deadline(friday, 5).warnings == ()


def test_fifteen_working_days_over_mid_autumn_and_national_day(
    calendar: WorkCalendar,
) -> None:
    # 9/20 (Sun) worked, 9/25-27 and 10/1-7 off, 10/10 (Sat) worked.
    assert calendar.add_working_days(date(2026, 9, 18), 15) == date(2026, 10, 15)
    assert calendar.holiday_name(date(2026, 10, 2)) == "国庆节"
    assert calendar.holiday_name(date(2026, 10, 10)) is None


def test_unknown_years_count_weekends_and_warn(calendar: WorkCalendar) -> None:
    assert calendar.status(2031) is YearStatus.UNKNOWN
    monday = date(2031, 1, 6)
    assert calendar.add_working_days(monday, 5) == date(2031, 1, 13)
    deadline = calendar.deadline(date(2026, 12, 28), 20)
    assert deadline.date == date(2027, 1, 26)  # 2027-01-01 off (statutory)
    assert any("2027年" in w for w in deadline.warnings)
    assert calendar.warnings(date(2031, 1, 1), date(2031, 2, 1)) == (
        "2031年的节假日安排未知，工作日仅按周末计算。",
    )


def test_zero_and_absurd_counts(calendar: WorkCalendar) -> None:
    day = date(2026, 2, 15)
    assert calendar.add_working_days(day, 0) == day
    assert calendar.working_days_between(day, day - timedelta(days=3)) == 0
    with pytest.raises(ValueError, match="out of range"):
        calendar.add_working_days(day, 10**7)


@settings(max_examples=60, deadline=None)
@given(
    start=st.dates(min_value=date(2025, 12, 1), max_value=date(2027, 12, 31)),
    count=st.integers(min_value=1, max_value=80),
)
def test_adding_and_counting_agree(start: date, count: int) -> None:
    cal, _ = load_calendar([SHIPPED])
    end = cal.add_working_days(start, count)
    assert cal.is_working_day(end)
    assert cal.working_days_between(start, end) == count
    assert cal.working_days_between(start, end - timedelta(days=1)) == count - 1


def test_bad_files_are_reported_with_their_name(tmp_path: Path) -> None:
    doc = {"year": 2026, "official": True, "workdays": [{"date": "2026-02-16"}]}
    with pytest.raises(CalendarError) as caught:
        year_from_json(doc, "2026.json")
    assert "2026.json" in caught.value.message
    assert "不是周六或周日" in caught.value.message
    for bad, words in (
        ({"year": "二〇二六"}, "year"),
        ({"year": 2026, "holidays": [{"name": "春节", "start": "2026-02-30"}]}, "不是有效日期"),
        ({"year": 2026, "holidays": [{"name": "x", "start": "2024-05-01"}]}, "不在 2026 年"),
        (
            {
                "year": 2026,
                "holidays": [{"name": "春节", "start": "2026-02-14", "end": "2026-02-15"}],
                "workdays": [{"date": "2026-02-14"}],
            },
            "既是假日又是调休上班日",
        ),
        ({"year": 2026, "official": "yes"}, "true 或 false"),
    ):
        with pytest.raises(CalendarError, match=words):
            year_from_json(bad, "x.json")


def test_user_files_override_shipped_ones_and_bad_ones_are_skipped(tmp_path: Path) -> None:
    user = tmp_path / "user"
    user.mkdir()
    # A local arrangement: the office also works on 2026-02-21 (a Saturday in 春节).
    doc = json.loads((SHIPPED / "2026.json").read_text(encoding="utf-8"))
    doc["holidays"] = [h for h in doc["holidays"] if h["name"] != "春节"]
    doc["holidays"].append({"name": "春节", "start": "2026-02-15", "end": "2026-02-20"})
    (user / "2026.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    (user / "2030.json").write_text("{not json", encoding="utf-8")
    cal, errors = load_calendar([SHIPPED, user, tmp_path / "missing"])
    assert not cal.is_working_day(date(2026, 2, 20))
    assert cal.is_working_day(date(2026, 2, 23))  # the user's file won
    assert [e.file for e in errors] == ["2030.json"]
    assert cal.status(2030) is YearStatus.UNKNOWN
    assert cal.status(2027) is YearStatus.PROVISIONAL


def test_json_round_trip_and_saving_an_edited_year(tmp_path: Path) -> None:
    doc = json.loads((SHIPPED / "2026.json").read_text(encoding="utf-8"))
    year = year_from_json(doc)
    assert year_from_json(year_to_json(year)) == year
    # The 2027 notice comes out: the settings page saves the official schedule.
    official = dataclasses.replace(
        load_calendar([SHIPPED])[0].years[2027],
        official=True,
        workdays=(MakeUpDay(date(2027, 2, 20), "春节调休上班"),),
    )
    path = write_year(tmp_path / "user", official)
    assert path.name == "2027.json"
    cal, errors = load_calendar([SHIPPED, tmp_path / "user"])
    assert errors == []
    assert cal.status(2027) is YearStatus.OFFICIAL
    assert cal.is_working_day(date(2027, 2, 20))
    assert list((tmp_path / "user").iterdir()) == [path]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15个工作日内", 15),
        ("十五个工作日", 15),
        ("收到反馈意见后 5 个工作日内", 5),
        ("１０个工作日内完成", 10),
        ("2023年1月11日", None),
        ("立行立改", None),
    ],
)
def test_parse_working_days(text: str, expected: int | None) -> None:
    assert parse_working_days(text) == expected
