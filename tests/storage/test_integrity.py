"""The history chain and SQLite's checks: a sound ledger passes; every kind of hand
edit is reported where it happened. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select, update

from desktop.services.ledger import LedgerService
from desktop.storage.engine import create_ledger_engine
from desktop.storage.integrity import check_ledger, entry_hash
from desktop.storage.migrate import open_ledger
from desktop.storage.models import History


def _entries(service: LedgerService) -> list[Any]:
    with service.uow.engine.connect() as c:
        return list(c.execute(select(History).order_by(History.id)))


def _codes(service: LedgerService) -> list[tuple[str, int | None, int | None]]:
    report = check_ledger(service.uow.engine)
    return [(f.code, f.entry_id, f.batch_id) for f in report.findings]


def _edit_something(service: LedgerService) -> None:
    issue = service.list_issues()[0]
    service.set_issue_fields(issue.id, {"progress": "第二批修改"})


def test_a_sound_ledger_passes(demo_service: LedgerService, backend: str) -> None:
    _edit_something(demo_service)
    report = check_ledger(demo_service.uow.engine)
    assert report.ok, report.findings
    assert report.entries_checked == len(_entries(demo_service)) > 50
    assert report.batches_checked == 2
    expected = ["history_chain", "history_login"]  # a server names each batch's login
    if backend == "sqlite":
        expected = ["integrity_check", "foreign_key_check", "history_chain"]
    assert list(report.checks) == expected


def test_one_entry_edited_by_hand_is_reported_with_its_batch(
    demo_service: LedgerService,
) -> None:
    _edit_something(demo_service)
    victim = _entries(demo_service)[10]
    with demo_service.uow.engine.begin() as c:
        c.execute(update(History).where(History.id == victim.id).values(new='{"text":"改过"}'))
    assert _codes(demo_service) == [("chain_broken", victim.id, victim.batch_id)]
    message = check_ledger(demo_service.uow.engine).findings[0].message
    assert f"第 {victim.id} 条历史记录" in message
    assert f"操作批次 #{victim.batch_id}" in message
    assert "测试员" in message  # who made the batch


def test_an_edit_with_a_recomputed_hash_breaks_at_the_next_entry(
    demo_service: LedgerService,
) -> None:
    entries = _entries(demo_service)
    before, victim, after = entries[4], entries[5], entries[6]
    forged = entry_hash(
        before.hash,
        victim.batch_id,
        victim.entity,
        victim.entity_key,
        victim.action,
        victim.field,
        victim.old,
        '{"text":"伪造"}',
    )
    with demo_service.uow.engine.begin() as c:
        c.execute(
            update(History)
            .where(History.id == victim.id)
            .values(new='{"text":"伪造"}', hash=forged)
        )
    assert _codes(demo_service) == [("chain_broken", after.id, after.batch_id)]


def test_entries_deleted_in_the_middle_show_as_a_gap(demo_service: LedgerService) -> None:
    entries = _entries(demo_service)
    gone = [e.id for e in entries[5:8]]
    with demo_service.uow.engine.begin() as c:
        c.execute(delete(History).where(History.id.in_(gone)))
    report = check_ledger(demo_service.uow.engine)
    assert [(f.code, f.entry_id) for f in report.findings] == [("chain_gap", entries[8].id)]
    assert f"第 {gone[0]}–{gone[-1]} 条缺失" in report.findings[0].message


def test_entries_cut_off_the_end_are_noticed(demo_service: LedgerService) -> None:
    _edit_something(demo_service)
    last = _entries(demo_service)[-1]
    with demo_service.uow.engine.begin() as c:
        c.execute(delete(History).where(History.batch_id == last.batch_id))
    codes = [(code, batch) for code, _entry, batch in _codes(demo_service)]
    assert codes == [("chain_head", None), ("empty_batch", last.batch_id)]


def test_undo_and_redo_keep_the_chain(demo_service: LedgerService) -> None:
    issue = demo_service.list_issues()[0]
    done = demo_service.set_issue_fields(issue.id, {"progress": "改一下"})
    assert done.batch_id is not None
    undo = demo_service.undo_batch(done.batch_id)
    demo_service.undo_batch(undo.value)
    assert check_ledger(demo_service.uow.engine).ok


@pytest.mark.sqlite_only
def test_a_broken_foreign_key_is_reported(demo_path: Path) -> None:
    raw = sqlite3.connect(demo_path)
    raw.execute("PRAGMA foreign_keys=OFF")
    raw.execute("UPDATE measure SET issue_id = 9999 WHERE id = 3")
    raw.commit()
    raw.close()
    engine = open_ledger(demo_path)
    try:
        report = check_ledger(engine)
    finally:
        engine.dispose()
    assert [f.code for f in report.findings] == ["foreign_key"]
    assert "表 measure 的第 3 行" in report.findings[0].message


@pytest.mark.sqlite_only
def test_a_damaged_page_is_reported(demo_path: Path) -> None:
    size = demo_path.stat().st_size
    with demo_path.open("r+b") as handle:
        # Scribble over the second half of the file, past the schema page.
        handle.seek(size // 2)
        handle.write(b"\xa5" * (size // 2))
    engine = create_ledger_engine(demo_path)
    try:
        report = check_ledger(engine)
    finally:
        engine.dispose()
    assert not report.ok
    assert {f.code for f in report.findings} <= {"integrity", "unreadable", "chain_broken"}
    assert any(f.code in ("integrity", "unreadable") for f in report.findings)
