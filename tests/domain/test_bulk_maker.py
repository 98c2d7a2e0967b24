"""records.bulk_maker: the readers' fast constructor makes the same frozen records."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from desktop.domain.dates import DeadlineRule
from desktop.domain.plan import PlannedMeasure, Source
from desktop.domain.records import MeasureDraft, Responsibility, bulk_maker
from desktop.domain.status import Status


def test_bulk_maker_makes_what_the_constructor_makes() -> None:
    responsibility = Responsibility(
        "张三", "办公室", ("财务科",), "李四", date(2024, 3, 1), DeadlineRule.IMMEDIATE, "3月1日"
    )
    draft = MeasureDraft("建立台账", Status.DONE, True, "已完成", responsibility, None, "备注")
    source = Source("台账.xlsx", "Sheet1", 12, "D", None)
    names = [f.name for f in dataclasses.fields(MeasureDraft)]
    make_draft = bulk_maker(MeasureDraft, *names)
    made = bulk_maker(PlannedMeasure, "draft", "source")(
        make_draft("建立台账", Status.DONE, True, "已完成", responsibility, None, "备注"),
        bulk_maker(Source, "file", "sheet", "row", "column", "line")(
            "台账.xlsx", "Sheet1", 12, "D", None
        ),
    )
    expected = PlannedMeasure(draft, source)
    assert made == expected
    assert hash(made) == hash(expected)
    assert repr(made) == repr(expected)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.draft.text = "改了"  # type: ignore[misc]


def test_bulk_maker_wants_every_field_in_the_order_named() -> None:
    make = bulk_maker(Source, "file", "sheet", "row", "column", "line")
    with pytest.raises(TypeError):
        make("台账.xlsx", "Sheet1", 12, "D")  # no line
    with pytest.raises(TypeError):
        bulk_maker(Source, "file", "sheet", "row", "column")  # a field left out
    with pytest.raises(TypeError):
        bulk_maker(Source, "sheet", "file", "row", "column", "line")  # two swapped


def test_bulk_maker_refuses_classes_it_would_build_wrongly() -> None:
    @dataclasses.dataclass(frozen=True)
    class NoSlots:
        a: int

    @dataclasses.dataclass(frozen=True, slots=True)
    class Checked:
        a: int

        def __post_init__(self) -> None:
            if self.a < 0:
                raise ValueError

    for cls in (NoSlots, Checked):
        with pytest.raises(TypeError):
            bulk_maker(cls, "a")
