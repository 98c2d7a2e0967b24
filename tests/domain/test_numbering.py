"""Chinese numbering helpers and the order issue numbers sort in."""

from __future__ import annotations

import pytest

from desktop.domain.numbering import (
    NumberingError,
    chinese_to_int,
    int_to_chinese,
    label_value,
    next_number,
    number_sort_key,
    ordinal_measure,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一", 1),
        ("九", 9),
        ("十", 10),
        ("十一", 11),
        ("二十", 20),
        ("二十三", 23),
        ("九十九", 99),
        ("一百", 100),
        ("一百零五", 105),
        ("两", 2),
        ("二〇二三", 2023),
    ],
)
def test_chinese_to_int(text: str, value: int) -> None:
    assert chinese_to_int(text) == value


@pytest.mark.parametrize("value", range(1, 100))
def test_int_to_chinese_round_trips(value: int) -> None:
    assert chinese_to_int(int_to_chinese(value)) == value


def test_int_to_chinese_forms() -> None:
    assert int_to_chinese(10) == "十"
    assert int_to_chinese(12) == "十二"
    assert int_to_chinese(20) == "二十"
    assert int_to_chinese(105) == "一百零五"
    assert ordinal_measure(3) == "三是"


def test_bad_numerals() -> None:
    with pytest.raises(NumberingError):
        chinese_to_int("甲")
    with pytest.raises(NumberingError):
        int_to_chinese(-1)


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("（三）", 3),
        ("(三)", 3),
        ("问题10", 10),
        ("问题 2：", 2),
        ("2.1", 2),
        ("一是", 1),
        ("十二、", 12),
        ("1．", 1),
        ("abc", None),
    ],
)
def test_label_value(label: str, value: int | None) -> None:
    assert label_value(label) == value


def test_numbers_sort_as_people_read_them() -> None:
    labels = ["问题10", "问题2", "问题1"]
    assert sorted(labels, key=number_sort_key) == ["问题1", "问题2", "问题10"]
    assert sorted(["（十）", "（二）", "（一）"], key=number_sort_key) == [
        "（一）",
        "（二）",
        "（十）",
    ]
    assert sorted(["2.10", "2.2", "10", "2"], key=number_sort_key) == ["2", "2.2", "2.10", "10"]


def test_next_number() -> None:
    assert next_number([]) == "1"
    assert next_number(["1", "2", "（三）"]) == "4"
