"""Every date form of excel.md and notices.md, the rule words, and the impossible ones."""

from __future__ import annotations

import math
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.dates import (
    DateError,
    DateErrorCode,
    DeadlineRule,
    excel_serial_to_date,
    format_date,
    parse_date,
)

D = date(2023, 1, 11)

GOOD = [
    ("2023年1月11日", D),
    ("2023年01月11日", D),
    ("2023年1月11号", D),
    ("2023.1.11", D),
    ("2023/01/11", D),
    ("2023-1-11", D),
    ("2023-01-11", D),
    ("20230111", D),
    ("２０２３年１月１１日", D),  # full-width digits
    ("２０２３．１．１１", D),
    ("2023 年 1 月 11 日", D),  # spaces from PDF extraction
    (" 2023年1月11日 ", D),
    ("二〇二三年一月十一日", D),
    ("2023年1月11日前", D),
    ("2023年1月11日之前", D),
    ("2023年1月底", date(2023, 1, 31)),
    ("2023年2月", date(2023, 2, 28)),
    ("2024年2月底", date(2024, 2, 29)),
    ("2023年底", date(2023, 12, 31)),
    ("2023.2", date(2023, 2, 28)),
    ("44937", D),  # an Excel serial stored as text
    (44937, D),
    (44937.75, D),
    (D, D),
    (datetime(2023, 1, 11, 9, 30), D),
    # issue 23, class 2: text dates with a time of day, and the other office forms
    ("2023-01-11 00:00:00", D),
    ("2023-1-11 0:00", D),
    ("2023/01/11 00:00", D),
    ("2023/1/11 23:59:59", D),
    ("2023-01-11T00:00:00", D),
    ("2023-01-11 00:00:00.000", D),
    ("２０２３－０１－１１　００：００：００", D),
    ("2023年1月11日 0:00", D),
    ("2023.01.11", D),
    ("２０２３年１月１１日", D),
    ("2023年1月", date(2023, 1, 31)),
    ("2023年1月11日前完成", D),
    ("2023.1.11.", D),
    ("2023年1月11日。", D),
    ("2023-1-1 10:00", date(2023, 1, 1)),  # the hour is not read as a day
]


@pytest.mark.parametrize(("value", "expected"), GOOD)
def test_parse_date_reads_every_form(value: object, expected: date) -> None:
    reading = parse_date(value)
    assert reading.date == expected
    assert reading.rule is None


def test_year_less_forms_need_a_year() -> None:
    assert parse_date("1月底", default_year=2023).date == date(2023, 1, 31)
    assert parse_date("3月15日", default_year=2023).date == date(2023, 3, 15)
    with pytest.raises(DateError) as caught:
        parse_date("1月底")
    assert caught.value.code is DateErrorCode.NEEDS_YEAR


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("立行立改", DeadlineRule.IMMEDIATE),
        ("立即整改", DeadlineRule.IMMEDIATE),
        ("长期坚持", DeadlineRule.LONG_TERM),
        ("长期", DeadlineRule.LONG_TERM),
        ("持续整改", DeadlineRule.LONG_TERM),
        ("長期堅持", DeadlineRule.LONG_TERM),
    ],
)
def test_rule_words_are_kept_as_rules(text: str, rule: DeadlineRule) -> None:
    reading = parse_date(text)
    assert reading.date is None
    assert reading.rule is rule
    assert reading.text == text


BAD = [
    ("2023年2月30日", DateErrorCode.IMPOSSIBLE),
    ("2023年2月29日", DateErrorCode.IMPOSSIBLE),
    ("2023年13月1日", DateErrorCode.IMPOSSIBLE),
    ("2023.13.1", DateErrorCode.IMPOSSIBLE),
    ("2023-4-31", DateErrorCode.IMPOSSIBLE),
    ("2023年0月1日", DateErrorCode.IMPOSSIBLE),
    ("2021915日", DateErrorCode.UNREADABLE),  # lost characters: never guess
    ("明年", DateErrorCode.UNREADABLE),
    ("2023/1-11", DateErrorCode.UNREADABLE),
    ("", DateErrorCode.EMPTY),
    ("   ", DateErrorCode.EMPTY),
    (None, DateErrorCode.EMPTY),
    (0, DateErrorCode.BAD_SERIAL),
    (-5, DateErrorCode.BAD_SERIAL),
    (60, DateErrorCode.IMPOSSIBLE),  # Excel's fictitious 1900-02-29
    (10**12, DateErrorCode.BAD_SERIAL),
    (math.nan, DateErrorCode.BAD_SERIAL),
    (math.inf, DateErrorCode.BAD_SERIAL),
    (True, DateErrorCode.UNREADABLE),
    ([2023, 1, 11], DateErrorCode.UNREADABLE),
]


@pytest.mark.parametrize(("value", "code"), BAD)
def test_impossible_and_unreadable_dates_are_errors(value: object, code: DateErrorCode) -> None:
    with pytest.raises(DateError) as caught:
        parse_date(value)
    assert caught.value.code is code


def test_serials_match_excel() -> None:
    assert excel_serial_to_date(1) == date(1900, 1, 1)
    assert excel_serial_to_date(59) == date(1900, 2, 28)
    assert excel_serial_to_date(61) == date(1900, 3, 1)
    assert excel_serial_to_date(45000) == date(2023, 3, 15)


def test_format_date_has_no_leading_zeros() -> None:
    assert format_date(date(2023, 3, 7)) == "2023年3月7日"


@given(
    st.one_of(
        st.text(),
        st.integers(),
        st.floats(allow_nan=True),
        st.none(),
        st.booleans(),
        st.dates(),
        st.binary(),
    )
)
def test_parse_date_raises_nothing_but_its_own_error(value: object) -> None:
    try:
        reading = parse_date(value, default_year=2023)
    except DateError:
        return
    assert reading.date is not None or reading.rule is not None


@given(st.text(alphabet="0123456789年月日号底./-〇一二三四五六七八九十 ０１２３", max_size=14))
def test_parse_date_on_date_like_noise_gives_real_dates_or_its_error(value: str) -> None:
    try:
        reading = parse_date(value)
    except DateError as exc:
        code = exc.code
        assert code in set(DateErrorCode)
        return
    assert reading.date is not None
    assert 1 <= reading.date.month <= 12
