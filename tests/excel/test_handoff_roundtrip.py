"""The whole round trip on the demo ledger: hand out to three units, let them answer
(openpyxl, one file re-saved by LibreOffice), change some of the same fields in the
ledger meanwhile, merge, and check every change, the conflict, that nothing else
moved (table dumps), that a second merge changes nothing and that undo puts it all
back."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl

from desktop.domain.records import MeasureRecord
from desktop.domain.status import Status
from desktop.excel.handoff import DATA_SHEET
from desktop.excel.merge import cross_check, plan_merge, read_returned
from desktop.services.handoff import identity, ledger_state, write_unit_handouts
from desktop.services.ledger import LedgerService
from tests.excel import make_corpus
from tests.excel.handoff_helpers import fill
from tests.tools.ledger_dump import BOOKKEEPING, TABLES, dump


def by_key(path: Path, table: str) -> dict[str, dict[str, Any]]:
    """A table's rows by key, without bookkeeping columns."""
    with sqlite3.connect(path) as connection:
        connection.row_factory = sqlite3.Row
        rows = connection.execute(f"SELECT * FROM {table}").fetchall()
    return {r["key"]: {k: v for k, v in dict(r).items() if k not in BOOKKEEPING} for r in rows}


def measures(service: LedgerService) -> dict[str, list[MeasureRecord]]:
    """Measures by issue number."""
    by_issue = service.measures_by_issue(None)
    return {i.number: by_issue.get(i.id, []) for i in service.list_issues()}


def test_hand_out_answer_merge_twice_and_undo(
    demo_service: LedgerService, demo_path: Path, tmp_path: Path
) -> None:
    service = demo_service
    out = tmp_path / "out"
    out.mkdir()
    units = ["财政局", "建设局", "党工委办公室"]
    written = {s.unit: s.path for s in write_unit_handouts(service, out, units)}
    m = measures(service)
    m7a, m11a, m11b = m["7"][0], m["11"][0], m["11"][1]
    m8a, m8b, m9a = m["8"][0], m["8"][1], m["9"][0]
    m1a, m1b = m["1"][0], m["1"][1]

    # The units answer.
    back = tmp_path / "back"
    back.mkdir()
    finance = fill(
        written["财政局"],
        back / "财政局.xlsx",
        {
            m7a.key: {"整改进展": "已建立应急物资储备制度", "完成日期": datetime(2023, 1, 18)},
            m11a.key: {"整改状态": "已完成", "完成日期": "2023年1月25日"},
            m11b.key: {"备注": "等待验收"},
        },
        additions=[{"序号": "11", "整改措施": "三是开展应急物资专项检查", "整改状态": "正在推进"}],
    )
    building = fill(
        written["建设局"],
        tmp_path / "建设局.xlsx",
        {
            m8a.key: {"整改状态": "基本完成", "整改进展": "已完成80%"},
            m8b.key: {"整改进展": "单位写的进展"},
            m9a.key: {"完成日期": datetime(2023, 1, 30)},
        },
    )
    # The building office saved its answer in LibreOffice.
    [building] = make_corpus.convert([building], "xlsx", back)
    resaved = openpyxl.load_workbook(building)
    assert resaved[DATA_SHEET].sheet_state == "hidden"  # LibreOffice keeps no "very hidden"
    office = fill(
        written["党工委办公室"],
        back / "党工委办公室.xlsx",
        {m1a.key: {"备注": "无"}, m1b.key: {"整改进展": "持续学习"}},
    )

    # Meanwhile, in the ledger.
    service.set_measure_fields(m8b.id, {"progress": "台账里写的进展"})
    service.set_measure_fields(m1a.id, {"remarks": "无"})
    service.set_measure_fields(m1b.id, {"status": "in_progress"})
    before = dump(demo_path)
    measures_before = by_key(demo_path, "measure")

    ident = identity(service, create=False)
    assert ident is not None
    state = ledger_state(service)
    results = cross_check(
        [
            plan_merge(read_returned(p, ledger_id=ident.ledger_id, secret=ident.secret), state)
            for p in (finance, building, office)
        ]
    )
    changes = {(c.change.key, c.field): c.theirs for r in results for c in r.changes}
    assert changes == {
        (m7a.key, "progress"): "已建立应急物资储备制度",
        (m7a.key, "completion_date"): "2023-01-18",
        (m11a.key, "status"): "done",
        (m11a.key, "completion_date"): "2023-01-25",
        (m11b.key, "remarks"): "等待验收",
        (m8a.key, "status"): "partial",
        (m8a.key, "progress"): "已完成80%",
        (m9a.key, "completion_date"): "2023-01-30",
        (m1b.key, "progress"): "持续学习",
    }
    [conflict] = [c for r in results for c in r.conflicts]
    assert conflict.ref.key == m8b.key
    assert (conflict.field, conflict.sent, conflict.theirs, conflict.ours) == (
        "progress",
        "",
        "单位写的进展",
        "台账里写的进展",
    )
    assert [len(r.additions) for r in results] == [1, 0, 0]
    assert not [p for r in results for p in r.problems]
    assert [r.unit for r in results] == units

    # Apply: the finance office's file with its addition, the conflict decided for the
    # unit, each file one batch naming its unit and file.
    batches = []
    for result in results:
        done = service.apply_plan(result.plan(resolutions="theirs"))
        assert done.batch_id is not None
        batches.append(done.batch_id)
    history = {h.batch_id: h for h in service.history(200)}
    assert all(history[b].source == "merge" for b in batches)

    after = dump(demo_path)
    for table in TABLES:
        if table != "measure":
            assert after[table] == before[table], table
    measures_after = by_key(demo_path, "measure")
    moved = {k for k in measures_before if measures_after[k] != measures_before[k]}
    assert moved == {m7a.key, m11a.key, m11b.key, m8a.key, m8b.key, m9a.key, m1b.key}
    [new_key] = set(measures_after) - set(measures_before)
    new = measures_after[new_key]
    assert (new["text"], new["seq"], new["status"]) == (
        "三是开展应急物资专项检查",
        3,
        "in_progress",
    )
    now = measures(service)
    assert now["11"][0].status is Status.DONE
    assert now["11"][0].completion_date == date(2023, 1, 25)
    assert now["8"][1].progress == "单位写的进展"
    assert now["1"][1].status is Status.IN_PROGRESS  # the ledger's own change stays
    assert now["1"][0].remarks == "无"

    # Merging the same files again changes nothing.
    state = ledger_state(service)
    again = [
        plan_merge(read_returned(p, ledger_id=ident.ledger_id, secret=ident.secret), state)
        for p in (finance, building, office)
    ]
    assert all(r.empty for r in again), [r for r in again if not r.empty]
    assert not service.apply_plan(again[0].plan()).batch_id
    assert dump(demo_path) == after

    # Undo puts everything back.
    for batch in reversed(batches):
        service.undo_batch(batch)
    assert dump(demo_path) == before
