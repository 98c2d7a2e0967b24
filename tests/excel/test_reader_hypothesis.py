"""Random cell values in random sheet shapes: the reader returns a plan or raises its
own refusal, never anything else."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import xlsxwriter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.plan import ImportPlan
from desktop.excel.columns import COLUMNS
from desktop.excel.errors import WorkbookRefused
from desktop.excel.reader import read_ledger

HEADER_WORDS = [w for c in COLUMNS for w in c.synonyms[:2]] + ["责任分工", "", "说明"]
CELL = st.one_of(
    st.text(max_size=30),
    st.sampled_from([*HEADER_WORDS, "已完成", "2023年2月30日", "1月底", "立行立改", "√"]),
    st.integers(min_value=-(10**9), max_value=10**9),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.booleans(),
    st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(2100, 1, 1)),
    st.none(),
)
SHAPE = st.lists(st.lists(CELL, max_size=8), max_size=14)
MERGE = st.tuples(st.integers(0, 13), st.integers(0, 7), st.integers(0, 3), st.integers(0, 2))


def _outcome(path: Path) -> ImportPlan | WorkbookRefused:
    """The plan, or the refusal; any other exception fails the test."""
    try:
        return read_ledger(path)
    except WorkbookRefused as refused:
        return refused


def _write(path: Path, rows: list[list[object]], merges: list[tuple[int, int, int, int]]) -> None:
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False})
    ws = wb.add_worksheet("台账")
    date_format = wb.add_format({"num_format": "yyyy-mm-dd"})
    taken: set[tuple[int, int]] = set()
    for r0, c0, dr, dc in merges:
        cells = {(r, c) for r in range(r0, r0 + dr + 1) for c in range(c0, c0 + dc + 1)}
        if (dr or dc) and not cells & taken:
            taken |= cells
            value = rows[r0][c0] if r0 < len(rows) and c0 < len(rows[r0]) else ""
            ws.merge_range(r0, c0, r0 + dr, c0 + dc, "" if value is None else str(value))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None or (r, c) in taken:
                continue
            if isinstance(value, dt.date):
                ws.write_datetime(r, c, dt.datetime.combine(value, dt.time()), date_format)
            elif isinstance(value, str):
                ws.write_string(r, c, value)
            else:
                ws.write(r, c, value)
    wb.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=SHAPE, merges=st.lists(MERGE, max_size=5), header=st.booleans())
def test_random_sheets_give_a_plan_or_a_refusal(
    rows: list[list[object]], merges: list[tuple[int, int, int, int]], header: bool
) -> None:
    if header:
        rows = [["序号", "问题描述", "整改措施", "整改时限", "整改状态"], *rows]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "random.xlsx"
        _write(path, rows, merges)
        plan = _outcome(path)
    if isinstance(plan, WorkbookRefused):
        assert plan.problem.message
        return
    assert isinstance(plan, ImportPlan)
    for problem in plan.problems:
        assert problem.message
        assert problem.sheet == "台账"


@settings(max_examples=40, deadline=None)
@given(
    data=st.binary(max_size=600),
    head=st.sampled_from([b"", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"<html>"]),
)
def test_random_bytes_are_refused_cleanly(data: bytes, head: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "random.xlsx"
        path.write_bytes(head + data)
        outcome = _outcome(path)
    if isinstance(outcome, WorkbookRefused):
        assert outcome.problem.message
    else:
        assert isinstance(outcome, ImportPlan)
