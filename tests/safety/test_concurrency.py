"""Two clerks editing the same issue from two processes: every save either lands or is
refused with a clear conflict, and nothing is lost. On a SQLite file and on
PostgreSQL."""

from __future__ import annotations

import re
from multiprocessing.context import ForkServerContext

import pytest

from desktop.domain.records import InspectionDraft, IssueDraft
from desktop.services.check import check_location
from desktop.services.ledger import LedgerService
from desktop.storage.migrate import open_ledger
from tests.tools.safety_workers import clerk

ROUNDS = 8


def test_two_clerks_lose_no_update(ledger_location: str, context: ForkServerContext) -> None:
    engine = open_ledger(ledger_location)
    service = LedgerService(engine, "准备")
    inspection = service.create_inspection(InspectionDraft(title="并发测试")).value
    issue = service.add_issue(inspection.id, IssueDraft(number="1", text="同一个问题")).value
    engine.dispose()

    barrier = context.Barrier(2)
    results = context.Queue()
    clerks = [
        context.Process(
            target=clerk, args=(ledger_location, issue.id, name, ROUNDS, barrier, results)
        )
        for name in ("张三", "李四")
    ]
    for process in clerks:
        process.start()
    outcomes = [results.get(timeout=120) for _ in clerks]
    for process in clerks:
        process.join(timeout=60)
        assert process.exitcode == 0

    errors = [error for _name, _c, _m, error in outcomes if error]
    assert errors == []
    engine = open_ledger(ledger_location)
    try:
        remarks = LedgerService(engine).get_issue(issue.id).remarks
        history = LedgerService(engine).issue_history(issue.id)
    finally:
        engine.dispose()
    markers = re.findall(r"\[(张三|李四)(\d+)\]", remarks)
    # Zero lost updates: every save of both clerks is in the final text, once.
    assert sorted(markers) == sorted(
        (name, str(n)) for name in ("张三", "李四") for n in range(ROUNDS)
    )
    assert len([h for h in history if h.field == "remarks"]) == 2 * ROUNDS
    # Both read the same revision before each round, so each round had a conflict,
    # and each refusal named who saved first.
    conflicts = sum(c for _name, c, _m, _e in outcomes)
    assert conflicts >= ROUNDS
    messages = [m for _name, _c, ms, _e in outcomes for m in ms]
    assert messages
    pattern = re.compile(r"此问题已被(张三|李四)修改于\d{4}-\d\d-\d\d \d\d:\d\d")
    assert all(pattern.match(m) for m in messages)
    assert all("重新载入" in m and "覆盖" in m for m in messages)
    report = check_location(ledger_location)
    assert report.ok, report.findings


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_the_overwrite_choice_saves_over_the_shown_change(
    demo_service: LedgerService,
) -> None:
    from desktop.services.conflicts import issue_conflict, overwrite_issue, rebase
    from desktop.storage.errors import StaleEdit

    loaded = demo_service.get_issue(demo_service.list_issues()[0].id)
    other = LedgerService(demo_service.uow.engine, "李四")
    base = IssueDraft(**{f: getattr(loaded, f) for f in IssueDraft.__dataclass_fields__})
    import dataclasses

    theirs = dataclasses.replace(base, progress="李四写的进展", remarks="李四的备注")
    other.update_issue(loaded.id, theirs, expected_revision=loaded.revision)
    mine = dataclasses.replace(base, progress="我写的进展", goal="我的目标")
    with pytest.raises(StaleEdit) as info:
        demo_service.update_issue(loaded.id, mine, expected_revision=loaded.revision)
    assert info.value.message.startswith("此问题已被李四修改于")
    conflict = issue_conflict(demo_service, loaded.id, mine, base, info.value)
    assert conflict.by == "李四"
    assert conflict.revision == loaded.revision + 1
    fields = {d.field: d for d in conflict.differences}
    assert set(fields) == {"progress", "goal", "remarks"}
    assert fields["progress"].both_changed
    assert not fields["goal"].both_changed
    assert not fields["remarks"].both_changed
    # "Reload": their record with my own changes on top.
    merged = rebase(base, mine, demo_service.get_issue(loaded.id))
    assert (merged.progress, merged.goal) == ("我写的进展", "我的目标")
    assert merged.remarks == "李四的备注"
    # "Overwrite": mine over theirs, knowingly, recorded in the history.
    saved = overwrite_issue(demo_service, loaded.id, mine, conflict).value
    assert (saved.progress, saved.remarks) == ("我写的进展", loaded.remarks)
    # A third save since the dialog was shown is refused again.
    other.update_issue(loaded.id, theirs, expected_revision=saved.revision)
    with pytest.raises(StaleEdit):
        overwrite_issue(demo_service, loaded.id, mine, conflict)
