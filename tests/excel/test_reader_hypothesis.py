"""Random cell values in random sheet shapes: the reader returns a plan or raises its
own refusal, never anything else; and random ledgers in the layouts it claims to read
read back as written."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
import xlsxwriter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.filters import IssueFilter
from desktop.domain.plan import ImportPlan
from desktop.domain.problems import ValidationFailed
from desktop.excel.columns import COLUMNS
from desktop.excel.errors import WorkbookRefused
from desktop.excel.reader import read_ledger
from tests.excel.corpus import generate as gen
from tests.excel.test_corpus import _reading, _trim

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


# ------------------------------------------------- ledgers the reader claims to read
# Random combinations of the layouts, header synonyms, status words, date forms and
# unit cells of the corpus generator (tests/excel/corpus/generate.py): the reading is
# what was written, or a refusal naming sheet, row and column; applied, all or nothing.
SHAPES = st.builds(
    gen.Shape,
    title=st.sampled_from([None, "巡察反馈问题整改台账", "XX局巡察整改落实情况台账"]),
    subtitle=st.booleans(),
    blank_after_title=st.booleans(),
    fields=st.sampled_from([gen.Shape().fields, gen.FULL, gen.GROUPED]),
    header_words=st.sampled_from(["first", "random", "traditional"]),
    grouped=st.sampled_from(["", "merged", "centred"]),
    number_row=st.booleans(),
    issue_cells=st.sampled_from(["merged", "repeated", "blank"]),
    one_cell_measures=st.booleans(),
    sections=st.sampled_from(["", "merged", "centred", "two_levels", "label_cells", "lone_text"]),
    restart_numbers=st.booleans(),
    number_style=st.sampled_from(["arabic", "paren_cn", "full_width"]),
    footer=st.lists(
        st.sampled_from(["total", "notes", "signature", "date"]), max_size=3, unique=True
    ).map(tuple),
    dates=st.lists(
        st.sampled_from([*gen.DATE_FORMS, "immediate", "long", "month"]), min_size=1, max_size=4
    ).map(tuple),
    statuses=st.lists(st.sampled_from(gen.ALL_STATES), min_size=1, max_size=3).map(tuple),
    traditional_status=st.booleans(),
    units=st.sampled_from(["single", "dun", "comma", "space", "labelled", "suffixed"]),
    start_row=st.integers(0, 3),
    start_col=st.integers(0, 2),
    trailing_formatted=st.sampled_from([0, 0, 5]),
    issues=st.integers(1, 6),
    max_measures=st.integers(1, 3),
    lf_in_cells=st.booleans(),
    spaces_in_cells=st.booleans(),
    category_column=st.booleans(),
)


@settings(
    max_examples=int(os.environ.get("XL_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(shape=SHAPES, seed=st.integers(0, 10**6))
def test_generated_ledgers_read_back_as_written(shape: gen.Shape, seed: int) -> None:
    case = gen.Case("random", shape, seed, "hypothesis")
    with tempfile.TemporaryDirectory() as folder:
        path = gen.build_case(case, Path(folder))
        want = json.loads((Path(folder) / "random.expect.json").read_text("utf-8"))
        plan = read_ledger(path)
    for problem in plan.problems:
        # Every problem names where it is.
        assert problem.sheet == "整改台账", problem
        assert problem.row is not None, problem
        if problem.blocking:
            assert problem.column, problem
    assert not plan.blocked, [p.describe() for p in plan.problems]
    read = _reading(plan)
    assert _trim(read, want["issues"]) == want["issues"]
    coverage = plan.coverage
    assert coverage is not None
    assert sum(coverage.rows_by_kind.values()) == coverage.rows
    assert {s.kind for s in coverage.skipped} <= {"total", "note", "header"}


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(shape=SHAPES, seed=st.integers(0, 10**6), spoil=st.booleans())
def test_generated_ledgers_apply_whole_or_not_at_all(
    shape: gen.Shape,
    seed: int,
    spoil: bool,
    tmp_path_factory: pytest.TempPathFactory,
    migrated_template: Path,
) -> None:
    """Applied, a plan adds every issue and measure it holds; a plan with a bad cell
    (an impossible date written into the first measure) changes nothing."""
    from desktop.services.ledger import LedgerService
    from desktop.storage.migrate import open_ledger

    folder = tmp_path_factory.mktemp("apply")
    case = gen.Case("random", shape, seed, "hypothesis")
    path = gen.build_case(case, folder)
    if spoil and "deadline" in shape.fields:
        path = _spoil_first_deadline(path, folder)
    plan = read_ledger(path)
    ledger = folder / "ledger.sqlite"
    shutil.copy(migrated_template, ledger)
    engine = open_ledger(ledger)
    service = LedgerService(engine, "测试员")
    try:
        if plan.blocked:
            with pytest.raises(ValidationFailed):
                service.apply_plan(plan)
            assert service.list_issues(IssueFilter()) == []
            return
        service.apply_plan(plan)
        stored = service.list_issues(IssueFilter())
        assert len(stored) == len(plan.issues)
        assert sum(len(service.list_measures(i.id)) for i in stored) == plan.measure_count
    finally:
        engine.dispose()


def _spoil_first_deadline(path: Path, folder: Path) -> Path:
    """A copy of ``path`` whose first written deadline says 2023年2月30日."""
    import openpyxl

    wb = openpyxl.load_workbook(path)
    ws = wb["整改台账"]
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.strip().startswith(
                tuple(gen.HEADERS["deadline"][:3])
            ):
                target = ws.cell(row=cell.row + 1, column=cell.column)
                for r in range(cell.row + 1, ws.max_row + 1):
                    candidate = ws.cell(row=r, column=cell.column)
                    if candidate.value not in (None, ""):
                        target = candidate
                        break
                target.value = "2023年2月30日"
                spoiled = folder / "spoiled.xlsx"
                wb.save(spoiled)
                return spoiled
    return path
