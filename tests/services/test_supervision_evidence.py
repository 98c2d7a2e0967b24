"""Evidence: files copied into a content-addressed store beside the ledger, records
that undo like any edit, integrity checks, and the sign-off package (zip + index)."""

from __future__ import annotations

import hashlib
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.domain.calendar import WorkCalendar
from desktop.domain.problems import Code, ValidationFailed
from desktop.domain.records import InspectionDraft, IssueDraft, MeasureDraft
from desktop.services.evidence_db import DatabaseEvidenceStore
from desktop.services.evidence_store import EvidenceError, EvidenceStore, FileState
from desktop.services.ledger import LedgerService
from desktop.services.supervision import INDEX_NAME, SupervisionService
from desktop.storage.engine import create_ledger_engine
from desktop.storage.errors import NotFound
from tests.tools.ledger_dump import dump

# These compare table dumps of the ledger file (and keep evidence beside it).
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def sup(service: LedgerService) -> SupervisionService:
    return SupervisionService(service, calendar=WorkCalendar())


@pytest.fixture
def issue_id(service: LedgerService) -> int:
    inspection = service.create_inspection(InspectionDraft(title="审计整改")).value
    return service.add_issue(
        inspection.id,
        IssueDraft(number="3", text="会议纪要不全"),
        [MeasureDraft("一是补齐纪要"), MeasureDraft("二是建立归档制度")],
    ).value.id


def make_file(folder: Path, name: str, content: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(content)
    return path


def test_attach_copies_into_the_store_under_the_hash(
    service: LedgerService,
    sup: SupervisionService,
    issue_id: int,
    ledger_path: Path,
    tmp_path: Path,
) -> None:
    content = "党工委会议纪要（2026年第3次）".encode()
    source = make_file(tmp_path / "in", "会议纪要.PDF", content)
    before = dump(ledger_path)
    done = sup.attach_evidence(issue_id, source, on=date(2026, 3, 5))
    record = done.value
    sha = hashlib.sha256(content).hexdigest()
    assert (record.title, record.original_name, record.size, record.sha256) == (
        "会议纪要",
        "会议纪要.PDF",
        len(content),
        sha,
    )
    assert record.date == date(2026, 3, 5)
    stored = ledger_path.with_name("ledger.sqlite.evidence") / sha[:2] / f"{sha}.pdf"
    assert stored.read_bytes() == content
    assert sup.evidence_path(record.id) == stored
    source.unlink()  # the ledger keeps its own copy
    assert sup.verify_evidence() == []
    # Undo removes the record; the file stays for a redo.
    assert done.batch_id is not None
    undone = service.undo_batch(done.batch_id)
    assert dump(ledger_path) == before
    assert stored.exists()
    service.undo_batch(undone.batch_id)
    assert [e.title for e in sup.list_evidence(issue_id)] == ["会议纪要"]


def test_the_same_file_is_stored_once_and_not_attached_twice_to_one_issue(
    service: LedgerService, sup: SupervisionService, issue_id: int, tmp_path: Path
) -> None:
    a = make_file(tmp_path / "a", "照片.jpg", b"\xff\xd8 photo")
    sup.attach_evidence(issue_id, a)
    with pytest.raises(ValidationFailed) as caught:
        sup.attach_evidence(issue_id, make_file(tmp_path / "b", "副本.jpg", b"\xff\xd8 photo"))
    assert caught.value.problems[0].code is Code.CONFLICT
    assert "照片" in caught.value.problems[0].message
    other = service.add_issue(
        service.get_issue(issue_id).inspection_id, IssueDraft(number="4", text="另一个")
    ).value
    sup.attach_evidence(other.id, a, title="整改前后对比照片")
    assert len(list(sup.store.files())) == 1
    assert len(sup.list_evidence()) == 2


def test_attach_to_a_measure_and_refusals_change_nothing(
    service: LedgerService,
    sup: SupervisionService,
    issue_id: int,
    ledger_path: Path,
    tmp_path: Path,
) -> None:
    measure = service.list_measures(issue_id)[1]
    file = make_file(tmp_path, "制度.docx", b"PK rules")
    done = sup.attach_evidence(issue_id, file, measure_id=measure.id, title="归档制度")
    assert done.value.measure_id == measure.id
    before = dump(ledger_path)
    with pytest.raises(EvidenceError, match="超过单个佐证材料的上限"):
        sup.attach_evidence(issue_id, make_file(tmp_path, "big.bin", b"x" * 2048), max_size=1024)
    with pytest.raises(EvidenceError, match="找不到"):
        sup.attach_evidence(issue_id, tmp_path / "nope.pdf")
    with pytest.raises(ValidationFailed):
        sup.attach_evidence(issue_id, make_file(tmp_path, "t.pdf", b"t"), title="  ")
    with pytest.raises(NotFound):
        sup.attach_evidence(issue_id, make_file(tmp_path, "m.pdf", b"m"), measure_id=999)
    with pytest.raises(NotFound):
        sup.attach_evidence(999, make_file(tmp_path, "n.pdf", b"n"))
    assert dump(ledger_path) == before


def test_rename_remove_undo_and_prune(
    service: LedgerService,
    sup: SupervisionService,
    issue_id: int,
    ledger_path: Path,
    tmp_path: Path,
) -> None:
    record = sup.attach_evidence(issue_id, make_file(tmp_path, "a.pdf", b"aaa")).value
    unnamed = dump(ledger_path)
    renamed = sup.rename_evidence(record.id, "整改报告（定稿）")
    assert renamed.value.title == "整改报告（定稿）"
    assert renamed.batch_id is not None
    undone = service.undo_batch(renamed.batch_id)
    assert dump(ledger_path) == unnamed
    service.undo_batch(undone.batch_id)  # redo
    assert sup.list_evidence(issue_id)[0].title == "整改报告（定稿）"
    named = dump(ledger_path)
    redated = sup.update_evidence(record.id, on=date(2025, 12, 31))
    assert redated.value.date == date(2025, 12, 31)
    assert redated.batch_id is not None
    service.undo_batch(redated.batch_id)
    assert dump(ledger_path) == named
    assert sup.rename_evidence(record.id, "整改报告（定稿）").batch_id is None
    path = sup.evidence_path(record.id)
    before = dump(ledger_path)
    removed = sup.remove_evidence(record.id)
    assert sup.list_evidence(issue_id) == []
    assert path.exists()  # kept until nothing uses it
    assert removed.batch_id is not None
    service.undo_batch(removed.batch_id)
    assert dump(ledger_path) == before
    assert sup.evidence_path(record.id) == path
    redo = service.undo_batch(service.history(1)[0].batch_id)  # remove again
    assert sup.list_evidence(issue_id) == []
    assert sup.prune_evidence(dry_run=True) == [str(path)]
    assert path.exists()
    assert sup.prune_evidence() == [str(path)]
    assert not path.exists()
    # An undo after a prune brings the record back and the check says the file is gone.
    service.undo_batch(redo.batch_id)
    (problem,) = sup.verify_evidence(issue_id)
    assert problem.state is FileState.MISSING
    assert "文件缺失" in problem.message
    with pytest.raises(EvidenceError, match="不在材料库中"):
        sup.evidence_path(record.id)


def test_verify_reports_missing_and_altered_files(
    sup: SupervisionService, issue_id: int, tmp_path: Path
) -> None:
    a = sup.attach_evidence(issue_id, make_file(tmp_path, "a.pdf", b"aaaa")).value
    b = sup.attach_evidence(issue_id, make_file(tmp_path, "b.pdf", b"bbbb")).value
    sup.attach_evidence(issue_id, make_file(tmp_path, "c.pdf", b"cccc"))
    sup.evidence_path(a.id).write_bytes(b"AAAA")  # same size, other content
    sup.evidence_path(b.id).unlink()
    states = {(p.record.title, p.state) for p in sup.verify_evidence()}
    assert states == {("a", FileState.ALTERED), ("b", FileState.MISSING)}
    # Attaching the good file again repairs the store.
    store = sup.store
    store.put(tmp_path / "a.pdf")
    assert store.check(a.sha256, a.original_name, a.size) is FileState.OK


def test_sign_off_package_is_a_zip_with_an_index(
    service: LedgerService, sup: SupervisionService, issue_id: int, tmp_path: Path
) -> None:
    measure = service.list_measures(issue_id)[0]
    sup.attach_evidence(
        issue_id, make_file(tmp_path, "纪要.pdf", b"%PDF minutes"), on=date(2026, 3, 1)
    )
    sup.attach_evidence(
        issue_id,
        make_file(tmp_path, "x.jpg", b"\xff\xd8 photo"),
        title='整改/前后:对比"照片"',
        measure_id=measure.id,
    )
    out = sup.export_evidence(issue_id, tmp_path / "out" / "问题3销号材料.zip")
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        assert names == [INDEX_NAME, "01_纪要.pdf", "02_整改_前后_对比_照片_.jpg"]
        assert archive.read("01_纪要.pdf") == b"%PDF minutes"
        index = archive.read(INDEX_NAME)
    (tmp_path / "index.xlsx").write_bytes(index)
    sheet = load_workbook(tmp_path / "index.xlsx").active
    assert sheet is not None
    assert sheet["A1"].value == "问题 3 佐证材料目录"
    assert sheet["A2"].value == "会议纪要不全"
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=5, max_row=7)]
    assert rows[0][:4] == ["序号", "材料名称", "日期", "所属措施"]
    assert rows[1][:6] == [1, "纪要", "2026年3月1日", "问题", "纪要.pdf", "01_纪要.pdf"]
    assert rows[2][3] == "第1条"
    assert rows[2][7] == hashlib.sha256(b"\xff\xd8 photo").hexdigest()


def test_the_package_refuses_what_is_missing_empty_or_absurd(
    service: LedgerService, sup: SupervisionService, issue_id: int, tmp_path: Path
) -> None:
    out = tmp_path / "p.zip"
    with pytest.raises(EvidenceError, match="没有佐证材料"):
        sup.export_evidence(issue_id, out)
    record = sup.attach_evidence(issue_id, make_file(tmp_path, "a.pdf", b"a" * 4096)).value
    with pytest.raises(EvidenceError, match="超过材料包上限"):
        sup.export_evidence(issue_id, out, max_total=1024)
    sup.evidence_path(record.id).unlink()
    with pytest.raises(EvidenceError, match="文件缺失"):
        sup.export_evidence(issue_id, out)
    assert not out.exists()
    assert list(tmp_path.glob(".package-*")) == []


def test_a_ledger_without_a_file_keeps_evidence_in_its_database_or_a_folder_given(
    tmp_path: Path,
) -> None:
    service = LedgerService(create_ledger_engine("sqlite://"))
    store = SupervisionService(service, calendar=WorkCalendar()).store
    assert isinstance(store, DatabaseEvidenceStore)
    given = SupervisionService(service, evidence_dir=tmp_path / "share", calendar=WorkCalendar())
    assert given.store.root == tmp_path / "share"
    with pytest.raises(EvidenceError, match="不能自动清理"):
        given.prune_evidence(dry_run=True)


def test_store_paths_are_safe() -> None:
    store = EvidenceStore(Path("/x"))
    sha = "ab" + "0" * 62
    assert store.relative(sha, "报告.PDF") == f"ab/{sha}.pdf"
    assert store.relative(sha, "no-suffix") == f"ab/{sha}"
    assert store.relative(sha, "evil.p/../df") == f"ab/{sha}"
    with pytest.raises(EvidenceError):
        store.relative("../../etc/passwd", "a.pdf")


def test_prune_also_removes_what_killed_copies_left_behind(tmp_path: Path) -> None:
    """An attach or a restore killed halfway leaves ``.incoming-*`` in the store; prune
    removes those older than a day (younger ones may be a copy under way elsewhere)."""
    import os
    import time

    from desktop.services.evidence_store import LEFTOVER_AGE, EvidenceStore

    store = EvidenceStore(tmp_path / "store")
    kept = store.put(make_file(tmp_path, "a.pdf", b"aaa"))
    old = store.root / ".incoming-old"
    fresh = store.root / ".incoming-fresh"
    for leftover in (old, fresh):
        leftover.write_bytes(b"half a file")
    stale = time.time() - LEFTOVER_AGE - 60
    os.utime(old, (stale, stale))
    relative = kept.path.relative_to(store.root).as_posix()
    assert store.prune([relative], dry_run=True) == [old]
    assert old.exists()
    assert store.prune([relative]) == [old]
    assert not old.exists()
    assert fresh.exists()
    assert kept.path.exists()
