"""Engine settings that keep the ledger safe: serial writers, errors a user can act on
(disk full, read-only, damaged) in Chinese, read-only opening."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import event

from desktop.services.ledger import LedgerService
from desktop.storage import engine as engine_module
from desktop.storage.engine import is_read_only, sqlite_path, writable
from desktop.storage.errors import LedgerBusy, LedgerDiskFull, LedgerError, LedgerReadOnly
from desktop.storage.integrity import check_ledger
from desktop.storage.migrate import open_ledger
from tests.tools.safety_workers import big_plan


@pytest.mark.sqlite_only
def test_writes_take_the_lock_first_and_reads_do_not(demo_service: LedgerService) -> None:
    begins: list[str] = []

    def capture(_c: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.startswith("BEGIN"):
            begins.append(statement)

    event.listen(demo_service.uow.engine, "before_cursor_execute", capture)
    demo_service.list_issues()
    issue = demo_service.list_issues()[0]
    demo_service.set_issue_fields(issue.id, {"progress": "写"})
    assert begins == ["BEGIN", "BEGIN", "BEGIN IMMEDIATE"]


@pytest.mark.sqlite_only
def test_disk_full_rolls_back_and_says_so_in_chinese(demo_path: Path) -> None:
    engine = open_ledger(demo_path)
    raw = sqlite3.connect(demo_path)
    pages = raw.execute("PRAGMA page_count").fetchone()[0]
    raw.close()
    engine.dispose()
    # SQLite's own "disk full" (SQLITE_FULL): the file may not grow past its size.
    event.listen(engine, "connect", lambda c, _r: c.execute(f"PRAGMA max_page_count={pages + 2}"))
    service = LedgerService(engine, "测试员")
    before = len(service.list_issues())
    with pytest.raises(LedgerDiskFull) as info:
        service.apply_plan(big_plan(300))
    assert "磁盘空间已满" in info.value.message
    assert "台账保持修改前的状态" in info.value.message
    assert len(service.list_issues()) == before
    assert check_ledger(engine).ok
    engine.dispose()


@pytest.mark.sqlite_only
def test_read_only_ledger_reads_and_refuses_writes(demo_path: Path) -> None:
    content = demo_path.read_bytes()
    engine = open_ledger(demo_path, read_only=True)
    try:
        assert is_read_only(engine)
        assert sqlite_path(engine) == demo_path
        service = LedgerService(engine, "测试员")
        issue = service.list_issues()[0]
        with pytest.raises(LedgerReadOnly) as info:
            service.set_issue_fields(issue.id, {"progress": "改不了"})
        assert "只读" in info.value.message
    finally:
        engine.dispose()
    assert demo_path.read_bytes() == content


def test_writable_checks_the_file_and_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ledger = tmp_path / "a.sqlite"
    ledger.write_bytes(b"")
    assert writable(ledger)
    denied: set[str] = set()
    monkeypatch.setattr(os, "access", lambda p, _mode: str(p) not in denied)
    denied.add(str(ledger))
    assert not writable(ledger)
    denied = {str(tmp_path)}
    assert not writable(ledger)


class ServerError(Exception):
    """Stands for a psycopg error: it carries the SQLSTATE."""

    def __init__(self, sqlstate: str) -> None:
        super().__init__(f"server error {sqlstate}")
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (ServerError("53100"), LedgerDiskFull),  # PostgreSQL: disk_full
        (ServerError("25006"), LedgerReadOnly),  # read_only_sql_transaction
        (ServerError("40P01"), LedgerBusy),  # deadlock_detected
        (sqlite3.OperationalError("database is locked"), LedgerBusy),
        (ServerError("57P01"), LedgerError),  # admin_shutdown: the connection was ended
        (ServerError("08006"), LedgerError),  # connection_failure
    ],
)
def test_server_and_file_errors_become_ledger_errors(error: Any, expected: type) -> None:
    context = SimpleNamespace(original_exception=error)
    with pytest.raises(expected) as raised:
        engine_module._translate_error(context)  # type: ignore[arg-type]
    if isinstance(error, ServerError) and error.sqlstate[:2] in ("57", "08"):
        assert "连接中断" in raised.value.message


def test_other_errors_pass_through() -> None:
    context = SimpleNamespace(original_exception=sqlite3.IntegrityError("UNIQUE failed"))
    engine_module._translate_error(context)  # type: ignore[arg-type]


def test_postgresql_urls_use_the_shipped_driver_and_hide_passwords() -> None:
    url = engine_module.ledger_url("postgresql://clerk:s3cret@server/ledger")
    assert url.startswith("postgresql+psycopg://clerk:s3cret@")
    shown = engine_module.display_location("postgresql://clerk:s3cret@server/ledger")
    assert "s3cret" not in shown
    assert "server/ledger" in shown
