"""Evidence files in backups: a backup holds the files its database refers to (stored
once for all backups), a restore brings them back or refuses and changes nothing, and
rotation keeps every file a remaining backup needs."""

from __future__ import annotations

import os
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.domain.calendar import WorkCalendar
from desktop.services import backups
from desktop.services.backup_evidence import (
    GRACE_SECONDS,
    STORE_NAME,
    EvidenceIncomplete,
    collect_unused,
)
from desktop.services.backups import (
    KEEP_AT_LEAST,
    backup_on_open,
    list_backups,
    make_backup,
    restore_backup,
    rotate,
)
from desktop.services.evidence_store import evidence_dir_for
from desktop.services.ledger import LedgerService
from desktop.services.supervision import SupervisionService
from desktop.storage.backup import default_backup_dir
from desktop.storage.errors import LedgerError

pytestmark = pytest.mark.sqlite_only

DAY = datetime(2024, 5, 6, 9, 0, 0)


def _files(folder: Path) -> dict[str, bytes]:
    """Every file under a folder, by relative path, with its content."""
    if not folder.is_dir():
        return {}
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def _attach(service: LedgerService, tmp_path: Path, name: str, content: bytes) -> int:
    """Attach a file to the first measure of the demo's issue 1; returns the measure seq."""
    sup = SupervisionService(service, calendar=WorkCalendar())
    issue = next(i for i in service.list_issues() if i.number == "1")
    measure = service.list_measures(issue.id)[0]
    source = tmp_path / "in" / name
    source.parent.mkdir(exist_ok=True)
    source.write_bytes(content)
    sup.attach_evidence(issue.id, source, measure_id=measure.id)
    return measure.seq


def _age(folder: Path, seconds: float) -> None:
    """Make every stored file look ``seconds`` old (past the collection grace)."""
    stamp = time.time() - seconds
    for path in folder.rglob("*"):
        if path.is_file():
            os.utime(path, (stamp, stamp))


@pytest.fixture
def ledger(demo_service: LedgerService, demo_path: Path, tmp_path: Path) -> Path:
    _attach(demo_service, tmp_path, "会议纪要.pdf", b"%PDF-1.4 minutes " * 500)
    _attach(demo_service, tmp_path, "现场照片.JPG", b"\xff\xd8 photo " * 800)
    return demo_path


def test_backup_then_losing_the_evidence_folder_then_restore_gives_the_files_back(
    demo_service: LedgerService, ledger: Path
) -> None:
    live = evidence_dir_for(ledger)
    original = _files(live)
    assert len(original) == 2
    made = make_backup(demo_service, when=DAY)
    assert made.evidence is not None
    assert (made.evidence.records, made.evidence.files, made.evidence.copied) == (2, 2, 2)
    assert made.evidence.complete
    assert "佐证材料 2 个文件" in made.describe()
    # The backup store holds exactly the ledger's files, under the same names.
    assert _files(default_backup_dir(ledger) / STORE_NAME) == original

    for path in sorted(live.rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()
    live.rmdir()
    done = restore_backup(demo_service, made.path)
    assert done.evidence_restored == 2
    assert _files(live) == original


def test_the_same_file_is_stored_once_for_all_backups(
    demo_service: LedgerService, ledger: Path, tmp_path: Path
) -> None:
    first = make_backup(demo_service, when=DAY)
    second = make_backup(demo_service, when=DAY + timedelta(seconds=1))
    assert first.evidence is not None
    assert second.evidence is not None
    assert (first.evidence.copied, second.evidence.copied) == (2, 0)
    _attach(demo_service, tmp_path, "整改报告.docx", b"PK report")
    third = make_backup(demo_service, when=DAY + timedelta(seconds=2))
    assert third.evidence is not None
    assert third.evidence.copied == 1
    assert len(_files(default_backup_dir(ledger) / STORE_NAME)) == 3


def test_rotation_keeps_the_files_kept_backups_need(
    demo_service: LedgerService, ledger: Path, tmp_path: Path
) -> None:
    folder = default_backup_dir(ledger)
    store = folder / STORE_NAME
    folder.mkdir()
    # Old backups hold the two first files only; later ones also a third.
    for age in (90, 80, 70):
        make_backup(demo_service, to=folder, when=DAY - timedelta(days=age))
    _attach(demo_service, tmp_path, "整改报告.docx", b"PK report")
    for age in (60, 50, 40, 3, 2, 1):
        make_backup(demo_service, to=folder, when=DAY - timedelta(days=age))
    shared = _files(store)
    assert len(shared) == 3
    _age(store, GRACE_SECONDS * 2)
    removed = rotate(demo_service, now=DAY)
    assert len(removed) == 4  # 90, 80, 70, 60 days old; no evidence file
    assert _files(store) == shared
    assert all(b.evidence is not None and b.evidence.complete for b in list_backups(demo_service))


def test_rotation_deletes_files_no_backup_needs_any_more(
    demo_service: LedgerService, ledger: Path, tmp_path: Path
) -> None:
    folder = default_backup_dir(ledger)
    folder.mkdir()
    old = make_backup(demo_service, to=folder, when=DAY - timedelta(days=90))
    sup = SupervisionService(demo_service, calendar=WorkCalendar())
    photo = next(e for e in sup.list_evidence() if e.original_name == "现场照片.JPG")
    sup.remove_evidence(photo.id)
    for age in (5, 4, 3, 2, 1):
        make_backup(demo_service, to=folder, when=DAY - timedelta(days=age))
    store = folder / STORE_NAME
    assert len(_files(store)) == 2
    # Within the grace period a file is kept (a backup elsewhere may be relying on it).
    rotate(demo_service, now=DAY)
    assert not old.path.exists()
    assert len(_files(store)) == 2
    _age(store, GRACE_SECONDS * 2)
    removed = collect_unused(folder)
    assert [p.name for p in removed] == [f"{photo.sha256}.jpg"]
    assert len(_files(store)) == 1


def test_an_unreadable_backup_stops_the_collection(
    demo_service: LedgerService, ledger: Path
) -> None:
    folder = default_backup_dir(ledger)
    made = make_backup(demo_service, when=DAY)
    broken = folder / "别的台账-20240101-000000-manual.sqlite"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    made.path.unlink()
    _age(folder / STORE_NAME, GRACE_SECONDS * 2)
    assert collect_unused(folder) == []  # what the broken one needs is unknown
    # The raw copy of a damaged ledger is no backup: it needs nothing.
    broken.rename(folder / "别的台账-20240101-000000-damaged.sqlite")
    assert len(collect_unused(folder)) == 2


def test_a_damaged_file_in_the_backup_refuses_the_restore_and_changes_nothing(
    demo_service: LedgerService, ledger: Path, tmp_path: Path
) -> None:
    made = make_backup(demo_service, when=DAY)
    store = default_backup_dir(ledger) / STORE_NAME
    damaged = next(p for p in store.rglob("*.pdf"))
    damaged.write_bytes(b"%PDF-1.4 something else" * 300)
    # The ledger's own copy is gone too, and the ledger has changed since.
    live = evidence_dir_for(ledger)
    next(live.rglob("*.pdf")).unlink()
    demo_service.delete_issues([i.id for i in demo_service.list_issues()[5:]])
    ledger_bytes = ledger.read_bytes()
    live_files = _files(live)
    listed = [b.path for b in list_backups(demo_service)]

    with pytest.raises(EvidenceIncomplete) as info:
        restore_backup(demo_service, made.path)
    message = info.value.message
    assert "问题 1 措施 1 的佐证材料“会议纪要.pdf”：备份中的文件已损坏" in message
    assert "现场照片" not in message
    assert "没有改变" in message
    assert info.value.missing == (
        "问题 1 措施 1 的佐证材料“会议纪要.pdf”：备份中的文件已损坏（与校验值不符）",
    )
    assert ledger.read_bytes() == ledger_bytes
    assert _files(live) == live_files
    assert [b.path for b in list_backups(demo_service)] == listed  # no "restore" backup
    assert len(demo_service.list_issues()) == 5


def test_a_file_missing_from_the_backup_is_named(demo_service: LedgerService, ledger: Path) -> None:
    made = make_backup(demo_service, when=DAY)
    for path in (default_backup_dir(ledger) / STORE_NAME).rglob("*.jpg"):
        path.unlink()
    for path in evidence_dir_for(ledger).rglob("*.jpg"):
        path.unlink()
    listed = list_backups(demo_service)[0]
    assert listed.evidence is not None
    assert not listed.evidence.complete
    assert "其中 1 个缺失" in listed.describe()
    with pytest.raises(EvidenceIncomplete, match=r"现场照片\.JPG”：备份中没有这个文件"):
        restore_backup(demo_service, made.path)


def test_told_to_go_ahead_the_restore_brings_back_the_records_without_the_lost_file(
    demo_service: LedgerService, ledger: Path
) -> None:
    """A backup whose files were lost should not also cost the records: asked to, the
    restore puts the ledger back, names what it could not bring, and the rest comes."""
    from desktop.services.check import check_location, describe

    made = make_backup(demo_service, when=DAY)
    for path in (default_backup_dir(ledger) / STORE_NAME).rglob("*.jpg"):
        path.unlink()
    live = evidence_dir_for(ledger)
    for path in sorted(live.rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()
    demo_service.delete_issues([i.id for i in demo_service.list_issues()[5:]])

    done = restore_backup(demo_service, made.path, allow_missing_evidence=True)
    assert len(demo_service.list_issues()) == 14
    assert done.evidence_restored == 1
    assert len(done.evidence_missing) == 1
    assert "现场照片.JPG”：备份中没有这个文件" in done.evidence_missing[0]
    assert [p.suffix for p in live.rglob("*.*")] == [".pdf"]
    # The check still says which file is to be attached again.
    assert "现场照片.JPG" in "\n".join(describe(check_location(str(ledger))))


def test_the_ledgers_intact_copy_makes_up_for_a_damaged_backup_copy(
    demo_service: LedgerService, ledger: Path
) -> None:
    made = make_backup(demo_service, when=DAY)
    next((default_backup_dir(ledger) / STORE_NAME).rglob("*.pdf")).write_bytes(b"bad")
    done = restore_backup(demo_service, made.path)
    assert done.evidence_restored == 0


def test_a_failed_database_restore_takes_the_restored_files_back_out(
    demo_service: LedgerService, ledger: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = make_backup(demo_service, when=DAY)
    live = evidence_dir_for(ledger)
    for path in live.rglob("*.jpg"):
        path.unlink()
    before = _files(live)

    def fail(*_args: object) -> None:
        raise LedgerError("恢复失败（磁盘空间不足）")

    monkeypatch.setattr(backups, "restore_file", fail)
    with pytest.raises(LedgerError, match="磁盘空间不足"):
        restore_backup(demo_service, made.path)
    assert _files(live) == before
    assert not list(live.glob(".incoming-*"))


def test_a_backup_is_made_even_when_the_ledger_lost_a_file(
    demo_service: LedgerService, ledger: Path
) -> None:
    for path in evidence_dir_for(ledger).rglob("*.pdf"):
        path.unlink()
    made = make_backup(demo_service, when=DAY)
    assert made.path.is_file()
    assert made.evidence is not None
    assert made.evidence.missing == ("问题 1 措施 1 的佐证材料“会议纪要.pdf”",)
    # A later backup can still get the file, once it is back in the ledger.


def test_a_failed_evidence_copy_leaves_no_backup(
    demo_service: LedgerService, ledger: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.services import backup_evidence

    def fail(*_args: object) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_evidence, "_stage", fail)
    with pytest.raises(LedgerError, match="磁盘空间不足"):
        make_backup(demo_service, when=DAY)
    folder = default_backup_dir(ledger)
    assert [p.name for p in folder.iterdir() if p.is_file()] == []
    assert list_backups(demo_service) == []


def test_restoring_the_oldest_kept_backup_does_not_rotate_it_away(
    demo_service: LedgerService, ledger: Path
) -> None:
    folder = default_backup_dir(ledger)
    folder.mkdir()
    aged = [
        make_backup(demo_service, to=folder, when=datetime.now() - timedelta(days=age))
        for age in (200, 190, 180, 170, 160)
    ]
    assert len(list_backups(demo_service)) == KEEP_AT_LEAST
    done = restore_backup(demo_service, aged[0].path)
    assert done.before is not None
    assert len(demo_service.list_issues()) == 14
    # Rotated afterwards: the restored one (now the sixth) is gone, the newest five stay.
    assert [b.path for b in list_backups(demo_service)][1:] == [a.path for a in aged[:0:-1]]


def test_on_open_a_backup_without_its_evidence_is_made_again(
    demo_service: LedgerService, ledger: Path
) -> None:
    first = backup_on_open(demo_service, now=DAY).backup
    assert first is not None
    # The next day nothing changed, but the backup's files were lost.
    for path in (default_backup_dir(ledger) / STORE_NAME).rglob("*.pdf"):
        path.unlink()
    again = backup_on_open(demo_service, now=DAY + timedelta(days=1)).backup
    assert again is not None
    assert again.evidence is not None
    assert again.evidence.complete
