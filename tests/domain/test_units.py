"""A lead-unit cell naming several units: the first leads, the others cooperate."""

from __future__ import annotations

import pytest

from desktop.domain.units import UnitReading, read_units, split_unit_list

CASES = [
    ("人事科", "人事科", ()),
    ("人事科、办公室", "人事科", ("办公室",)),
    ("人事科,办公室", "人事科", ("办公室",)),
    ("人事科，办公室；财务科", "人事科", ("办公室", "财务科")),
    ("人事科 办公室", "人事科", ("办公室",)),
    ("人事科\n办公室", "人事科", ("办公室",)),
    ("人事科/办公室", "人事科", ("办公室",)),
    ("牵头：人事科；配合：办公室", "人事科", ("办公室",)),
    ("牵头单位：机关党委  配合单位：人事科、财务科", "机关党委", ("人事科", "财务科")),
    ("责任单位:规划科;协办单位:法规科", "规划科", ("法规科",)),
    ("人事科牵头，办公室配合", "人事科", ("办公室",)),
    ("人事科（牵头）、办公室、财务科（配合）", "人事科", ("办公室", "财务科")),
    ("牵头单位：人事科", "人事科", ()),
    # Brackets are part of a name; "和" inside a name is not a separator.
    ("办公室（党建办）、人事科", "办公室（党建办）", ("人事科",)),
    ("人力资源和社会保障局", "人力资源和社会保障局", ()),
    ("办公室（党建、宣传）", "办公室（党建、宣传）", ()),
    ("人事科、人事科、办公室", "人事科", ("办公室",)),
]


@pytest.mark.parametrize(("text", "lead", "others"), CASES)
def test_read_units(text: str, lead: str, others: tuple[str, ...]) -> None:
    reading = read_units(text)
    assert (reading.lead, reading.cooperating) == (lead, others)
    assert reading.several is bool(others)


def test_empty_cells_name_no_unit() -> None:
    assert read_units("  ").lead == ""
    assert split_unit_list("、 ,") == ()


def test_the_printed_units_read_back_as_they_were() -> None:
    """The one form the app prints a responsibility's units in (the issue sheet, the
    ledger table) reads back into the same lead and cooperating units, also broken
    over two lines as a narrow cell wraps it."""
    from desktop.domain.units import units_text

    for lead, others in (
        ("机关党委", ("组织人社局", "纪工委")),
        ("党工委办公室", ("发改局（安委办）",)),
        ("办公室（党建办）", ()),
    ):
        printed = units_text(lead, others)
        assert read_units(printed) == UnitReading(lead, others)
        assert read_units(printed.replace("（配合", "\n（配合")) == UnitReading(lead, others)
