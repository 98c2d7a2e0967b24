"""The workbook corpus (tests/excel/corpus/files): every file reads as its
``.expect.json`` says, and nothing in it is left out unseen.

The files were written by ``tests/excel/corpus/generate.py`` (and LibreOffice for the
.xls, .ods and re-saved copies); the expectations come from the ledger the generator
wrote, not from the reader. ``test_corpus_counts`` prints what the corpus holds.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.plan import ImportPlan
from desktop.domain.problems import Code
from desktop.excel.reader import read_ledger

FILES = Path(__file__).resolve().parent / "corpus" / "files"
WORKBOOKS = sorted(p for p in FILES.iterdir() if not p.name.endswith(".json"))


def _expectation(path: Path) -> dict[str, Any]:
    name = path.name.split(".")[0]
    data: dict[str, Any] = json.loads((FILES / f"{name}.expect.json").read_text("utf-8"))
    return data


def _reading(plan: ImportPlan) -> list[dict[str, Any]]:
    """The plan in the expectation's terms."""
    out: list[dict[str, Any]] = []
    for planned in plan.issues:
        measures: list[dict[str, Any]] = []
        for m in planned.measures:
            d = m.draft
            r = d.responsibility
            measures.append(
                {
                    "text": d.text,
                    "status": d.status.value,
                    "long_term": d.long_term,
                    "deadline": r.deadline.isoformat() if r.deadline else None,
                    "rule": r.deadline_rule.value if r.deadline_rule else None,
                    "lead_unit": r.lead_unit,
                    "cooperating_units": list(r.cooperating_units),
                    "responsible_person": r.responsible_person,
                }
            )
        out.append(
            {
                "number": planned.draft.number,
                "text": planned.draft.text,
                "category": list(planned.category_path),
                "measures": measures,
            }
        )
    return out


def _trim(read: list[dict[str, Any]], expected: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The read measures restricted to the keys the expectation states (a file without
    a status column says nothing about status)."""
    out = []
    for got, want in zip(read, expected, strict=False):
        keys = set(want["measures"][0]) if want["measures"] else set()
        out.append(
            {
                **{k: got[k] for k in ("number", "text", "category")},
                "measures": [{k: m[k] for k in keys} for m in got["measures"]],
            }
        )
    return out + read[len(expected) :]


def reads_as_its_workbook(path: Path, *, ignore: frozenset[str] | set[str] = frozenset()) -> None:
    """The ledger another form of a corpus workbook holds (a CSV, a Word table) reads as
    the workbook's expectation says, but for the problem codes in ``ignore`` (what only
    a workbook of several sheets can say); every problem names this file."""
    want = _expectation(path)
    plan = read_ledger(path)
    codes = sorted({p.code.value for p in plan.problems} - ignore)
    assert codes == sorted(set(want["codes"]) - ignore), [p.describe() for p in plan.problems]
    assert plan.blocked is want["blocked"]
    if not want["blocked"]:
        assert _trim(_reading(plan), want["issues"]) == want["issues"]
    assert all(p.file == path.name for p in plan.problems)


def test_the_corpus_is_big_and_varied() -> None:
    assert len(WORKBOOKS) >= 40
    assert {p.suffix for p in WORKBOOKS} >= {".xlsx", ".xls", ".ods"}


@pytest.mark.parametrize("path", WORKBOOKS, ids=lambda p: p.name)
def test_each_workbook_reads_as_expected(path: Path) -> None:
    want = _expectation(path)
    plan = read_ledger(path, sheet=want["sheet"])
    codes = sorted({p.code.value for p in plan.problems})
    assert codes == want["codes"], [p.describe() for p in plan.problems]
    assert plan.blocked is want["blocked"]
    if want["blocked"]:
        return
    read = _reading(plan)
    assert _trim(read, want["issues"]) == want["issues"]
    # Cells showing an error value (#N/A…), in whatever form the file is: each named
    # with its error, on the ledger's sheet only, and read as blank (the expectation's
    # 责任人 is empty there), never as the error's text.
    errors = [p for p in plan.problems if p.code is Code.ERROR_VALUE]
    assert [[p.cell, p.value] for p in errors] == want.get("error_cells", [])
    assert {p.sheet for p in errors} <= set(plan.coverage.sheets_read if plan.coverage else ())
    # Nothing left out unseen: every row is an issue, measure, section, title, header,
    # total or note row, and the cells of the ledger's columns were used or listed.
    coverage = plan.coverage
    assert coverage is not None
    assert sum(coverage.rows_by_kind.values()) == coverage.rows
    assert coverage.rows_by_kind.get("outside", 0) == 0
    skipped_cells_listed = {s.row for s in coverage.skipped}
    assert coverage.cells >= coverage.cells_used
    if coverage.cells > coverage.cells_used:
        assert skipped_cells_listed
    kinds = Counter(s.kind for s in coverage.skipped)
    assert set(kinds) <= {"total", "note", "header"}


def test_corpus_counts(capsys: pytest.CaptureFixture[str]) -> None:
    """Reads every file and reports what the corpus holds."""
    totals: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for path in WORKBOOKS:
        want = _expectation(path)
        plan = read_ledger(path, sheet=want["sheet"])
        totals["files"] += 1
        totals[f"files{path.suffix}"] += 1
        if want["blocked"]:
            totals["blocked"] += 1
            continue
        totals["issues"] += len(plan.issues)
        totals["measures"] += plan.measure_count
        if plan.coverage is not None:
            totals["rows"] += plan.coverage.rows
            totals["cells"] += plan.coverage.cells
            totals["cells_used"] += plan.coverage.cells_used
            kinds.update(plan.coverage.rows_by_kind)
    expected_issues = sum(len(_expectation(p)["issues"]) for p in WORKBOOKS)
    assert totals["issues"] == expected_issues
    with capsys.disabled():
        print(f"\nworkbook corpus: {dict(totals)}\nrows by kind: {dict(kinds)}")
