"""``rectify check``, ``backup`` and ``restore`` with evidence files: the check names
missing and altered files, the backup list shows what each backup holds (JSON), and a
restore from the command line brings the files back or refuses."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.calendar import WorkCalendar
from desktop.services.evidence_store import evidence_dir_for
from desktop.services.ledger import LedgerService
from desktop.services.supervision import SupervisionService
from desktop.storage.migrate import open_ledger

PDF = b"%PDF-1.4 minutes " * 400
PHOTO = b"\xff\xd8 photo " * 300


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    return code, out.out, out.err


@pytest.fixture
def ledger(demo_path: Path, tmp_path: Path) -> Path:
    """The demo ledger with a file on measure 1 of issue 1 and one on issue 2."""
    engine = open_ledger(demo_path)
    service = LedgerService(engine, "测试员")
    sup = SupervisionService(service, calendar=WorkCalendar())
    issues = {i.number: i for i in service.list_issues()}
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "会议纪要.pdf").write_bytes(PDF)
    (folder / "现场照片.jpg").write_bytes(PHOTO)
    measure = service.list_measures(issues["1"].id)[0]
    sup.attach_evidence(issues["1"].id, folder / "会议纪要.pdf", measure_id=measure.id)
    sup.attach_evidence(issues["2"].id, folder / "现场照片.jpg")
    engine.dispose()
    return demo_path


def test_check_names_missing_and_altered_evidence(
    ledger: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = _run(capsys, "check", "--ledger", str(ledger))
    assert code == 0
    assert "佐证材料 2 个文件完好" in out
    store = evidence_dir_for(ledger)
    next(store.rglob("*.pdf")).unlink()
    next(store.rglob("*.jpg")).write_bytes(b"edited in place")
    code, out, _err = _run(capsys, "check", "--ledger", str(ledger))
    assert code == 1
    # For a clerk: which files, that the records are safe, the one thing to do.
    assert "有 2 个佐证材料文件缺失或内容被改动" in out
    assert "问题 1 措施 1 的佐证材料“会议纪要.pdf”" in out
    assert "记录都完好" in out
    assert f"“{ledger.name}.evidence”文件夹" in out
    assert str(store) not in out  # paths and hashes are for --verbose
    code, out, _err = _run(capsys, "check", "--ledger", str(ledger), "--verbose")
    assert code == 1
    assert "台账检查发现 2 个问题" in out
    assert "问题 1 措施 1 的佐证材料“会议纪要.pdf”：文件缺失" in out
    assert "问题 2 的佐证材料“现场照片.jpg”：文件内容已被改动" in out


def test_backup_list_json(ledger: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _run(capsys, "backup", "--ledger", str(ledger), "--list", "--json")
    assert code == 0
    assert json.loads(out)["backups"] == []
    code, out, err = _run(capsys, "backup", "--ledger", str(ledger))
    assert code == 0
    assert "佐证材料 2 个文件" in err
    made = out.strip()
    code, out, _err = _run(capsys, "backup", "--ledger", str(ledger), "--list", "--json")
    listing = json.loads(out)
    assert listing["ledger"] == str(ledger)
    assert listing["folder"] == str(ledger.parent / "backups")
    [entry] = listing["backups"]
    assert entry["path"] == made
    assert entry["reason"] == "manual"
    assert entry["reason_label"] == "手动备份"
    assert entry["readable"] is True
    assert (entry["inspections"], entry["issues"], entry["measures"]) == (1, 14, 30)
    assert entry["evidence"] == {
        "records": 2,
        "files": 2,
        "size": len(PDF) + len(PHOTO),
        "complete": True,
        "missing": [],
    }
    code, out, _err = _run(capsys, "backup", "--ledger", str(ledger), "--list")
    assert code == 0
    assert "手动备份" in out
    assert "佐证材料 2 个文件" in out


def test_restore_brings_the_evidence_back_or_refuses(
    ledger: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = _run(capsys, "backup", "--ledger", str(ledger))
    backup = Path(out.strip())
    store = evidence_dir_for(ledger)
    original = {p.name: p.read_bytes() for p in store.rglob("*") if p.is_file()}
    shutil.rmtree(store)
    code, _out, err = _run(capsys, "restore", str(backup), "--ledger", str(ledger))
    assert code == 0
    assert "已从备份取回佐证材料 2 个文件" in err
    assert {p.name: p.read_bytes() for p in store.rglob("*") if p.is_file()} == original

    shutil.rmtree(store)
    shutil.rmtree(backup.parent / "evidence")
    before = ledger.read_bytes()
    code, _out, err = _run(capsys, "restore", str(backup), "--ledger", str(ledger))
    assert code == 2
    assert "问题 1 措施 1 的佐证材料“会议纪要.pdf”：备份中没有这个文件" in err
    assert "问题 2 的佐证材料“现场照片.jpg”：备份中没有这个文件" in err
    assert "--allow-missing-evidence" in err
    assert ledger.read_bytes() == before
    assert not store.exists()

    # Told to go ahead: the records come back; the lost files are named.
    code, _out, err = _run(
        capsys, "restore", str(backup), "--ledger", str(ledger), "--allow-missing-evidence"
    )
    assert code == 0
    assert "注意：2 个佐证材料缺失或损坏，未能取回" in err
    assert "会议纪要.pdf" in err


def test_backup_warns_about_evidence_the_ledger_has_lost(
    ledger: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    next(evidence_dir_for(ledger).rglob("*.jpg")).unlink()
    code, out, err = _run(capsys, "backup", "--ledger", str(ledger))
    assert code == 0
    assert Path(out.strip()).is_file()
    assert "1 个佐证材料缺失或损坏，未能备份" in err
    assert "问题 2 的佐证材料“现场照片.jpg”" in err
