"""Evidence kept in the ledger's database (a ledger on a PostgreSQL server): attach,
open, export and check; stored once per content; all or nothing; undo and prune.

Each test runs on PostgreSQL (where the service chooses the database by itself) and on a
SQLite file with the database store asked for, so the store's logic is tested without a
server too. Small pieces (``CHUNK``) make a few bytes span several rows and queries."""

from __future__ import annotations

import hashlib
import stat
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select, text, update

from desktop.domain.calendar import WorkCalendar
from desktop.domain.problems import ValidationFailed
from desktop.domain.records import InspectionDraft, IssueDraft
from desktop.services import evidence_db
from desktop.services.backup_evidence import check_ledger_evidence, evidence_refs
from desktop.services.check import check_engine, describe
from desktop.services.evidence_db import DatabaseEvidenceStore
from desktop.services.evidence_store import EvidenceError, FileState
from desktop.services.ledger import LedgerService
from desktop.services.supervision import INDEX_NAME, SupervisionService
from desktop.storage.models import Evidence, EvidenceBlob, EvidenceChunk

CONTENT = "党工委会议纪要（2026年第3次）：整改措施逐条落实。".encode() * 40  # 2.8 KB


@pytest.fixture(autouse=True)
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evidence_db, "CHUNK", 500)
    monkeypatch.setattr(evidence_db, "READ_BATCH", 2)


@pytest.fixture
def sup(service: LedgerService, backend: str, tmp_path: Path) -> SupervisionService:
    cache = tmp_path / "cache"
    if backend == "postgres":  # chosen by the dialect, nothing asked
        return SupervisionService(service, evidence_cache=cache, calendar=WorkCalendar())
    return SupervisionService(
        service, evidence_in_database=True, evidence_cache=cache, calendar=WorkCalendar()
    )


@pytest.fixture
def issue_id(service: LedgerService) -> int:
    inspection = service.create_inspection(InspectionDraft(title="审计整改")).value
    return service.add_issue(inspection.id, IssueDraft(number="3", text="会议纪要不全")).value.id


def make_file(folder: Path, name: str, content: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(content)
    return path


def counts(service: LedgerService) -> tuple[int, int, int]:
    """Evidence records, stored contents and stored pieces."""
    with service.uow.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Evidence)) or 0,
            s.scalar(select(func.count()).select_from(EvidenceBlob)) or 0,
            s.scalar(select(func.count()).select_from(EvidenceChunk)) or 0,
        )


def check_lines(service: LedgerService, sup: SupervisionService, backend: str) -> list[str]:
    """What ``rectify check`` says of the evidence: on a SQLite file it looks in the
    folder, so there the same lines are made from the database store directly."""
    engine = service.uow.engine
    if backend == "postgres":
        report = check_engine(engine)
        assert "evidence" in report.checks
        return [f.message for f in report.findings]
    with engine.connect() as c:
        refs = evidence_refs(c)
    return check_ledger_evidence(refs, sup.store)


def test_attach_open_export_and_check_round_trip(
    service: LedgerService, sup: SupervisionService, issue_id: int, tmp_path: Path, backend: str
) -> None:
    assert isinstance(sup.store, DatabaseEvidenceStore)
    source = make_file(tmp_path / "in", "会议纪要.PDF", CONTENT)
    record = sup.attach_evidence(issue_id, source).value
    sha = hashlib.sha256(CONTENT).hexdigest()
    assert (record.sha256, record.size, record.original_name) == (sha, len(CONTENT), "会议纪要.PDF")
    assert counts(service) == (1, 1, 6)  # 2,800 bytes in pieces of 500
    source.unlink()  # the ledger keeps its own copy, on the server

    opened = sup.evidence_path(record.id)
    assert opened == tmp_path / "cache" / sha[:2] / f"{sha}.pdf"
    assert opened.read_bytes() == CONTENT
    assert not opened.stat().st_mode & stat.S_IWUSR  # a viewer cannot save over it

    out = sup.export_evidence(issue_id, tmp_path / "out" / "问题3销号材料.zip")
    with zipfile.ZipFile(out) as archive:
        assert archive.namelist() == [INDEX_NAME, "01_会议纪要.pdf"]
        assert archive.read("01_会议纪要.pdf") == CONTENT
    target = tmp_path / "copy.pdf"
    sup.store.copy_out(sha, record.original_name, target)
    assert target.read_bytes() == CONTENT

    assert sup.verify_evidence() == []
    assert check_lines(service, sup, backend) == []
    if backend == "postgres":
        report = check_engine(service.uow.engine)
        assert report.evidence_files == 1
        assert "佐证材料 1 个文件完好" in describe(report)[0]


def test_the_same_content_is_stored_once(
    service: LedgerService, sup: SupervisionService, issue_id: int, tmp_path: Path
) -> None:
    photo = make_file(tmp_path / "a", "照片.jpg", CONTENT)
    sup.attach_evidence(issue_id, photo)
    with pytest.raises(ValidationFailed):  # twice on one issue: refused, nothing added
        sup.attach_evidence(issue_id, make_file(tmp_path / "b", "副本.jpg", CONTENT))
    assert counts(service) == (1, 1, 6)
    other = service.add_issue(
        service.get_issue(issue_id).inspection_id, IssueDraft(number="4", text="另一个")
    ).value
    sup.attach_evidence(other.id, photo, title="整改前后对比照片")
    assert counts(service) == (2, 1, 6)
    assert list(sup.store.files()) == [hashlib.sha256(CONTENT).hexdigest()]


def test_an_attach_that_fails_halfway_leaves_nothing(
    service: LedgerService,
    sup: SupervisionService,
    issue_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The content is written, then recording the history fails: neither stays.
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("history is broken")

    with monkeypatch.context() as m:
        m.setattr(SupervisionService, "_batch", broken)
        with pytest.raises(RuntimeError):
            sup.attach_evidence(issue_id, make_file(tmp_path, "a.pdf", CONTENT))
    assert counts(service) == (0, 0, 0)

    # The file grows between hashing and copying: refused, nothing stored.
    source = make_file(tmp_path, "b.pdf", CONTENT)
    real_hash = evidence_db._hash

    def hash_then_change(path: Path, max_size: int) -> tuple[str, int]:
        result = real_hash(path, max_size)
        path.write_bytes(CONTENT + b"appended")
        return result

    monkeypatch.setattr(evidence_db, "_hash", hash_then_change)
    with pytest.raises(EvidenceError, match="在复制过程中发生了变化"):
        sup.attach_evidence(issue_id, source)
    assert counts(service) == (0, 0, 0)
    monkeypatch.setattr(evidence_db, "_hash", real_hash)

    with pytest.raises(EvidenceError, match="超过单个佐证材料的上限"):
        sup.attach_evidence(issue_id, source, max_size=1024)
    assert counts(service) == (0, 0, 0)


def test_undo_of_a_removal_brings_the_file_back_and_prune_clears_unused_content(
    service: LedgerService, sup: SupervisionService, issue_id: int, tmp_path: Path, backend: str
) -> None:
    kept = sup.attach_evidence(issue_id, make_file(tmp_path, "kept.pdf", b"kept")).value
    record = sup.attach_evidence(issue_id, make_file(tmp_path, "a.pdf", CONTENT)).value
    removed = sup.remove_evidence(record.id)
    assert removed.batch_id is not None
    assert counts(service) == (1, 2, 7)  # the content stays for the undo
    undo = service.undo_batch(removed.batch_id)
    assert sup.evidence_path(record.id).read_bytes() == CONTENT
    service.undo_batch(undo.batch_id)  # remove again

    assert sup.prune_evidence(dry_run=True) == [record.sha256]
    assert counts(service) == (1, 2, 7)
    assert sup.prune_evidence() == [record.sha256]
    assert counts(service) == (1, 1, 1)
    assert sup.prune_evidence() == []
    assert sup.evidence_path(kept.id).read_bytes() == b"kept"

    # An undo after a prune brings the record back; the check says the content is gone.
    service.undo_batch(removed.batch_id)
    (problem,) = sup.verify_evidence(issue_id)
    assert problem.state is FileState.MISSING
    with pytest.raises(EvidenceError, match="可能已被清理"):
        sup.evidence_path(record.id)
    (line,) = check_lines(service, sup, backend)
    assert line == "问题 3 的佐证材料“a.pdf”：文件缺失（台账数据库中没有这份内容）"


def test_altered_content_is_found_and_never_opened(
    service: LedgerService, sup: SupervisionService, issue_id: int, tmp_path: Path, backend: str
) -> None:
    record = sup.attach_evidence(issue_id, make_file(tmp_path, "a.pdf", CONTENT)).value
    cached = sup.evidence_path(record.id)
    with service.uow.begin() as s:  # same size, other bytes
        s.execute(
            update(EvidenceChunk)
            .where(EvidenceChunk.sha256 == record.sha256, EvidenceChunk.seq == 2)
            .values(data=b"x" * 500)
        )
    store = sup.store
    assert store.present(record.sha256, record.original_name, record.size) is FileState.OK
    (problem,) = sup.verify_evidence()
    assert problem.state is FileState.ALTERED
    (line,) = check_lines(service, sup, backend)
    assert line == "问题 3 的佐证材料“a.pdf”：文件内容已被改动（与校验值不符）"
    with pytest.raises(EvidenceError, match="未导出材料包"):
        sup.export_evidence(issue_id, tmp_path / "p.zip")
    assert not (tmp_path / "p.zip").exists()
    # The verified copy in the cache is still the attached content; an altered cache
    # copy is written again from the database, which is refused now.
    assert sup.evidence_path(record.id).read_bytes() == CONTENT
    cached.chmod(0o644)
    cached.write_bytes(b"edited in the viewer")
    with pytest.raises(EvidenceError, match="已被改动"):
        sup.evidence_path(record.id)

    # Attaching the good file again (to another issue) repairs a damaged copy whose size
    # is wrong.
    with service.uow.begin() as s:
        s.execute(update(EvidenceBlob).values(size=1))
    assert store.present(record.sha256, "", record.size) is FileState.ALTERED
    other = service.add_issue(
        service.get_issue(issue_id).inspection_id, IssueDraft(number="4", text="另一个")
    ).value
    sup.attach_evidence(other.id, tmp_path / "a.pdf")
    assert sup.verify_evidence() == []
    assert sup.evidence_path(record.id).read_bytes() == CONTENT


def waiting_for_a_lock(service: LedgerService) -> bool:
    """Whether another session of this database waits for a lock (polled, 10 s at most)."""
    import time

    query = text(
        "SELECT count(*) FROM pg_stat_activity"
        " WHERE wait_event_type = 'Lock' AND datname = current_database()"
    )
    deadline = time.monotonic() + 10
    with service.uow.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
        while time.monotonic() < deadline:
            if c.scalar(query):
                return True
    return False


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgres"], indirect=True)
def test_two_clerks_attaching_the_same_new_file_at_once_store_it_once(
    service: LedgerService, tmp_path: Path
) -> None:
    import threading

    store = DatabaseEvidenceStore(service.uow.engine, tmp_path / "cache")
    source = make_file(tmp_path, "a.pdf", CONTENT)
    results: list[object] = []
    with service.uow.engine.begin() as first:
        store.put(source, connection=first)
        # The second clerk's insert waits on the first's uncommitted row, then reuses it.
        second = threading.Thread(target=lambda: results.append(store.put(source)))
        second.start()
        assert waiting_for_a_lock(service)  # it is blocked on our row, not done yet
    second.join()
    assert [getattr(r, "sha256", r) for r in results] == [hashlib.sha256(CONTENT).hexdigest()]
    assert counts(service) == (0, 1, 6)
    assert store.check(hashlib.sha256(CONTENT).hexdigest()) is FileState.OK


def test_cached_copies_not_opened_for_a_month_are_cleared(
    sup: SupervisionService, issue_id: int, tmp_path: Path
) -> None:
    """The copies written to be opened are only copies: one opened again is kept, one
    untouched for CACHE_DAYS goes when another is written (and comes back if opened)."""
    import os
    import time

    from desktop.services.evidence_db import CACHE_DAYS

    first = sup.attach_evidence(issue_id, make_file(tmp_path / "in", "a.pdf", CONTENT)).value
    second = sup.attach_evidence(issue_id, make_file(tmp_path / "in", "b.pdf", b"b" * 900)).value
    old = sup.evidence_path(first.id)
    stale = time.time() - CACHE_DAYS * 86400 - 60
    os.utime(old, (stale, stale))
    sup.evidence_path(second.id)  # writes a new copy, and trims the cache
    assert not old.exists()
    assert sup.evidence_path(first.id).read_bytes() == CONTENT
    store = sup.store
    assert isinstance(store, DatabaseEvidenceStore)
    assert store.trim_cache() == []  # both in use now
