"""Backups with SQLite's backup API: complete, consistent, atomic; restore into a live
ledger in one transaction."""

from __future__ import annotations

import errno
import os
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.services.ledger import LedgerService
from desktop.storage.backup import (
    backup_file,
    backup_target,
    copy_damaged,
    parse_backup_name,
    read_summary,
    replace_file,
    restore_file,
    verify_file,
)
from desktop.storage.errors import LedgerError, NotALedger
from desktop.storage.migrate import open_ledger

pytestmark = pytest.mark.sqlite_only


def _count(path: Path, table: str = "issue") -> int:
    raw = sqlite3.connect(path)
    try:
        return int(raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        raw.close()


def test_a_backup_is_one_complete_file(demo_path: Path, tmp_path: Path) -> None:
    target = backup_file(demo_path, tmp_path / "b" / "copy.sqlite")
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.sqlite"]
    raw = sqlite3.connect(target)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    raw.close()
    assert verify_file(target) == []
    summary = read_summary(target)
    assert (summary.inspections, summary.issues, summary.measures) == (1, 14, 30)
    assert summary.history_entries > 0
    assert summary.revision is not None


def test_a_backup_holds_only_committed_work(demo_path: Path, tmp_path: Path) -> None:
    engine = open_ledger(demo_path)
    try:
        with engine.connect() as writer:
            writer.execute(text("DELETE FROM measure"))  # in a transaction, not committed
            # Another writer holds an open transaction: the backup is still consistent.
            target = backup_file(demo_path, tmp_path / "snap.sqlite")
            writer.rollback()
    finally:
        engine.dispose()
    assert _count(target, "measure") == 30


def test_a_failed_backup_leaves_nothing_and_says_why(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(LedgerError, match="磁盘空间不足") as info:
        backup_file(demo_path, tmp_path / "b" / "x.sqlite")
    assert "台账本身没有改变" in info.value.message
    assert list((tmp_path / "b").iterdir()) == []


def test_a_backup_folder_that_cannot_be_made_is_a_failed_backup(
    demo_path: Path, tmp_path: Path
) -> None:
    # A file where the backup folder should be: a message, not an OSError.
    (tmp_path / "b").write_text("not a folder")
    with pytest.raises(LedgerError) as info:
        backup_file(demo_path, tmp_path / "b" / "x.sqlite")
    assert "台账本身没有改变" in info.value.message


def test_backup_names_are_unique_and_parse_back(tmp_path: Path) -> None:
    ledger = tmp_path / "区-台账-2023.sqlite"
    when = datetime(2024, 5, 1, 9, 30, 15)
    first = backup_target(ledger, "import", when)
    first.parent.mkdir()
    first.write_bytes(b"")
    second = backup_target(ledger, "import", when)
    assert first != second
    assert first.parent == tmp_path / "backups"
    assert parse_backup_name(ledger.stem, first.name) == (when, "import")
    assert parse_backup_name(ledger.stem, second.name) == (when, "import")
    assert parse_backup_name("其他台账", first.name) is None
    assert parse_backup_name(ledger.stem, "notes.txt") is None


def test_restore_into_a_live_ledger_is_seen_by_open_connections(
    demo_path: Path, tmp_path: Path
) -> None:
    saved = backup_file(demo_path, tmp_path / "saved.sqlite")
    engine = open_ledger(demo_path)
    service = LedgerService(engine, "测试员")
    try:
        service.delete_issues([i.id for i in service.list_issues()])
        assert service.list_issues() == []
        restore_file(saved, demo_path)
        assert len(service.list_issues()) == 14  # the same engine sees the restored ledger
        with engine.connect() as c:
            assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    finally:
        engine.dispose()
    assert verify_file(demo_path) == []


def test_replace_puts_a_copy_over_a_damaged_file(demo_path: Path, tmp_path: Path) -> None:
    saved = backup_file(demo_path, tmp_path / "saved.sqlite")
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"garbage" * 100)
    Path(f"{broken}-wal").write_bytes(b"stale wal of the damaged file")
    replace_file(saved, broken)
    assert _count(broken) == 14
    assert not Path(f"{broken}-wal").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("broken")) == [
        "broken.sqlite"
    ]


def test_summary_of_something_else_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite"
    path.write_text("不是数据库", encoding="utf-8")
    with pytest.raises(NotALedger, match="不是台账文件"):
        read_summary(path)
    with pytest.raises(NotALedger, match="找不到"):
        read_summary(tmp_path / "missing.sqlite")
    assert verify_file(path) != []


def test_backups_flush_only_handles_open_for_writing(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows flushes a file (os.fsync: FlushFileBuffers) only through a handle with
    write access: a backup that synced a read-only handle failed there at every import
    ("没有写入权限"). Linux allows it, so the test makes os.fsync as strict as Windows."""
    import fcntl

    real_fsync = os.fsync

    def windows_fsync(fd: int) -> None:
        if fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY and not os.path.isdir(
            f"/proc/self/fd/{fd}"
        ):
            raise PermissionError(errno.EACCES, "Permission denied")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", windows_fsync)
    saved = backup_file(demo_path, tmp_path / "saved.sqlite")
    assert _count(saved) == 14
    kept = copy_damaged(demo_path, tmp_path / "kept.sqlite")
    assert kept.read_bytes() == demo_path.read_bytes()
