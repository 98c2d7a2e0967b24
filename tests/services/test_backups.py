"""Automatic and manual backups: when they are made, how they rotate, what the list
shows, and restoring (with the current ledger backed up first)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.services import backups
from desktop.services.backups import (
    KEEP_AT_LEAST,
    backup_before,
    backup_on_open,
    keep_days,
    ledger_file,
    list_backups,
    make_backup,
    restore_backup,
    rotate,
    set_keep_days,
)
from desktop.services.ledger import LedgerService
from desktop.storage.backup import default_backup_dir
from desktop.storage.errors import LedgerError, LedgerTooNew, NotALedger
from desktop.storage.migrate import open_ledger
from tests.tools.safety_workers import big_plan

DAY = datetime(2024, 5, 6, 9, 0, 0)


def _reasons(target: LedgerService | Path) -> list[str]:
    return [b.reason for b in list_backups(target)]


def test_nothing_to_back_up_in_an_empty_ledger(service: LedgerService) -> None:
    assert backup_before(service, "import") is None
    assert backup_on_open(service).backup is None


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgres"], indirect=True)
def test_server_ledgers_are_not_backed_up_here(demo_service: LedgerService) -> None:
    assert backup_before(demo_service, "import") is None
    assert backup_on_open(demo_service).backup is None
    with pytest.raises(LedgerError, match="pg_dump"):
        make_backup(demo_service)
    assert list_backups(demo_service) == []


@pytest.mark.sqlite_only
def test_every_import_merge_and_notice_is_backed_up_first(demo_service: LedgerService) -> None:
    for kind in ("import", "merge", "notice"):
        demo_service.apply_plan(big_plan(2, title=f"{kind} 测试", kind=kind))
    listed = list_backups(demo_service)
    assert [b.reason for b in listed] == ["notice", "merge", "import"]
    # Each holds the ledger as it was just before: 14, 16, 18 issues.
    assert [b.summary.issues for b in listed if b.summary] == [18, 16, 14]
    assert listed[-1].reason_label == "导入前自动备份"


@pytest.mark.sqlite_only
def test_no_import_when_the_backup_fails(
    demo_service: LedgerService, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise LedgerError("备份失败（磁盘空间不足）")

    monkeypatch.setattr(backups, "snapshot_file", fail)
    with pytest.raises(LedgerError) as info:
        demo_service.apply_plan(big_plan(3))
    assert "导入前自动备份没有成功" in info.value.message
    assert "本次操作没有进行" in info.value.message
    assert len(demo_service.list_issues()) == 14


@pytest.mark.sqlite_only
def test_on_open_at_most_one_a_day_and_none_without_changes(
    demo_service: LedgerService,
) -> None:
    first = backup_on_open(demo_service, now=DAY).backup
    assert first is not None
    assert first.reason == "open"
    assert backup_on_open(demo_service, now=DAY + timedelta(hours=3)).backup is None
    # The next day, nothing changed: the newest backup already holds this content.
    assert backup_on_open(demo_service, now=DAY + timedelta(days=1)).backup is None
    issue = demo_service.list_issues()[0]
    demo_service.set_issue_fields(issue.id, {"progress": "次日的修改"})
    assert backup_on_open(demo_service, now=DAY + timedelta(days=1)).backup is not None
    assert _reasons(demo_service) == ["open", "open"]


@pytest.mark.sqlite_only
def test_a_failed_backup_on_open_is_a_warning(
    demo_service: LedgerService, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise LedgerError("备份失败（没有写入权限）")

    monkeypatch.setattr(backups, "snapshot_file", fail)
    result = backup_on_open(demo_service, now=DAY)
    assert result.backup is None
    assert result.warning.startswith("打开台账时未能自动备份")


def _backups_aged(service: LedgerService, ages: list[int]) -> None:
    """Backups made ``ages`` days before DAY (into the backup folder, not rotated)."""
    folder = default_backup_dir(ledger_file(service) or Path())
    folder.mkdir(exist_ok=True)
    for age in ages:
        make_backup(service, "manual", to=folder, when=DAY - timedelta(days=age))


def _ages(service: LedgerService) -> list[int]:
    return sorted((DAY - b.at).days for b in list_backups(service, with_summary=False))


@pytest.mark.sqlite_only
def test_rotation_keeps_the_last_days(demo_service: LedgerService) -> None:
    _backups_aged(demo_service, [0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])
    removed = rotate(demo_service, now=DAY)
    assert len(removed) == 5
    assert _ages(demo_service) == [0, 5, 10, 15, 20, 25, 30]
    set_keep_days(demo_service, 7)
    assert keep_days(demo_service) == 7
    rotate(demo_service, now=DAY)
    assert _ages(demo_service) == [0, 5, 10, 15, 20]  # at least five always stay


@pytest.mark.sqlite_only
def test_rotation_always_keeps_the_newest_few(demo_service: LedgerService) -> None:
    _backups_aged(demo_service, [90, 60, 45, 40, 35, 31, 20, 2])
    rotate(demo_service, now=DAY)
    assert len(_ages(demo_service)) == KEEP_AT_LEAST
    assert _ages(demo_service) == [2, 20, 31, 35, 40]


@pytest.mark.sqlite_only
def test_a_backup_made_now_rotates_the_old_ones(demo_service: LedgerService) -> None:
    _backups_aged(demo_service, [100, 99, 98, 97, 96, 95])
    make_backup(demo_service, "manual", when=DAY)
    assert _ages(demo_service) == [0, 95, 96, 97, 98]


@pytest.mark.sqlite_only
def test_the_list_shows_contents_and_survives_a_broken_file(
    demo_service: LedgerService, demo_path: Path
) -> None:
    made = make_backup(demo_service, "manual", when=DAY)
    broken = made.path.with_name(made.path.name.replace("-manual", "-2-manual"))
    broken.write_bytes(b"not a database")
    listed = list_backups(demo_service)
    assert [b.path.name for b in listed] == [broken.name, made.path.name]
    assert listed[0].summary is None
    assert "无法读取" in listed[0].describe()
    line = listed[1].describe()
    assert line.startswith("2024-05-06 09:00:00  手动备份  巡察 1 个，问题 14 个，整改措施 30 条")


@pytest.mark.sqlite_only
def test_restore_backs_up_the_current_ledger_first(demo_service: LedgerService) -> None:
    saved = make_backup(demo_service, "manual", when=DAY)
    demo_service.delete_issues([i.id for i in demo_service.list_issues()[:10]])
    done = restore_backup(demo_service, saved.path)
    assert len(demo_service.list_issues()) == 14
    assert done.before is not None
    assert done.before.reason == "restore"
    assert done.before.summary is not None
    assert done.before.summary.issues == 4  # what was there before the restore
    assert done.damaged_copy is None
    assert not done.upgraded


@pytest.mark.sqlite_only
def test_restore_over_a_damaged_ledger_keeps_a_raw_copy(demo_path: Path, tmp_path: Path) -> None:
    saved = make_backup(demo_path, "manual", when=DAY)
    original = b"SQLite format 3\x00" + b"\xff" * 5000
    demo_path.write_bytes(original)
    done = restore_backup(str(demo_path), saved.path)
    assert done.before is None
    assert done.damaged_copy is not None
    assert done.damaged_copy.read_bytes() == original
    engine = open_ledger(demo_path)
    assert len(LedgerService(engine).list_issues()) == 14
    engine.dispose()


@pytest.mark.sqlite_only
def test_restore_refuses_bad_backups_and_changes_nothing(demo_path: Path, tmp_path: Path) -> None:
    before = demo_path.read_bytes()
    text_file = tmp_path / "fake.sqlite"
    text_file.write_text("不是备份", encoding="utf-8")
    with pytest.raises(NotALedger, match="不是台账文件"):
        restore_backup(demo_path, text_file)
    future = make_backup(demo_path, "manual", to=tmp_path / "future.sqlite")
    raw = sqlite3.connect(future.path)
    raw.execute("UPDATE alembic_version SET version_num = '9999_future'")
    raw.commit()
    raw.close()
    with pytest.raises(LedgerTooNew, match="更新版本"):
        restore_backup(demo_path, future.path)
    with pytest.raises(NotALedger, match="找不到备份文件"):
        restore_backup(demo_path, tmp_path / "missing.sqlite")
    with pytest.raises(LedgerError, match="就是台账文件本身"):
        restore_backup(demo_path, demo_path)
    assert demo_path.read_bytes() == before
    assert not (demo_path.parent / "backups").exists() or _reasons(demo_path) == []


@pytest.mark.sqlite_only
def test_restore_refuses_a_backup_with_a_planted_trigger(demo_path: Path, tmp_path: Path) -> None:
    planted = make_backup(demo_path, "manual", to=tmp_path / "planted.sqlite")
    raw = sqlite3.connect(planted.path)
    raw.execute("CREATE VIEW everything AS SELECT * FROM issue")
    raw.commit()
    raw.close()
    with pytest.raises(NotALedger, match="不属于本软件的数据库对象"):
        restore_backup(demo_path, planted.path)
