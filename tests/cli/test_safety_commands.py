"""``rectify check``, ``rectify backup`` and ``rectify restore`` end to end."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    return code, out.out, out.err


def test_check_passes_a_sound_ledger(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _run(capsys, "check", "--ledger", str(demo_path))
    assert code == 0
    assert "台账完好" in out
    assert "修改记录都在，没有被改动过" in out
    assert "校验链" not in out  # technical words only with --verbose
    code, out, _err = _run(capsys, "check", "--ledger", str(demo_path), "--verbose")
    assert "校验链完整" in out
    assert "数据库完整性检查通过" in out


def test_check_reports_a_history_row_edited_by_hand(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = sqlite3.connect(demo_path)
    entry_id, batch_id = raw.execute(
        "SELECT id, batch_id FROM history WHERE field = '' ORDER BY id LIMIT 1 OFFSET 20"
    ).fetchone()
    # A creation entry given a snapshot it never had (bulk imports record none).
    raw.execute('UPDATE history SET new = \'{"text":"篡改"}\' WHERE id = ?', (entry_id,))
    raw.commit()
    raw.close()
    code, out, _err = _run(capsys, "check", "--ledger", str(demo_path))
    assert code == 1
    assert "修改历史记录被改动过" in out
    assert "记录仍可正常使用" in out  # whether data is at risk
    assert "请这样做：请把台账文件交给管理员" in out  # the one thing to do
    assert f"第 {entry_id} 条" not in out  # the detail is for --verbose
    code, out, _err = _run(capsys, "check", "--ledger", str(demo_path), "--verbose")
    assert code == 1
    assert "台账检查发现 1 个问题" in out
    assert f"第 {entry_id} 条历史记录" in out
    assert f"操作批次 #{batch_id}" in out
    assert f"校验链在第 {entry_id} 条（操作批次 #{batch_id}）处首次断开" in out


def test_check_reports_a_truncated_file(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = demo_path.read_bytes()
    demo_path.write_bytes(data[: len(data) * 2 // 3])
    code, out, _err = _run(capsys, "check", "--ledger", str(demo_path))
    assert code == 1
    assert "文件被截断" in out
    assert "有数据已经丢失" in out
    assert "请这样做：从备份恢复" in out
    code, out, _err = _run(capsys, "check", "--ledger", str(demo_path), "--json")
    document = json.loads(out)
    assert document["ok"] is False
    assert document["at_risk"] is True
    assert document["action"].startswith("从备份恢复")
    assert [f["code"] for f in document["findings"]][:1] == ["truncated"]


def test_check_json_of_a_sound_ledger(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _run(capsys, "check", "--ledger", str(demo_path), "--json")
    assert code == 0
    document = json.loads(out)
    assert document["ok"] is True
    assert document["findings"] == []
    assert "history_chain" in document["checks"]
    assert "integrity_check" in document["checks"]
    assert document["entries_checked"] > 0


def test_check_refuses_what_is_not_a_ledger(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "x.sqlite"
    path.write_bytes(b"PK\x03\x04 a zip file")
    code, _out, err = _run(capsys, "check", "--ledger", str(path))
    assert code == 2
    assert "不是台账文件" in err
    code, _out, err = _run(capsys, "check", "--ledger", str(tmp_path / "missing.sqlite"))
    assert code == 2
    assert "找不到台账文件" in err


def test_backup_then_restore(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "backup", "--ledger", str(demo_path))
    assert code == 0
    backup = Path(out.strip())
    assert backup.parent == demo_path.parent / "backups"
    assert backup.name.endswith("-manual.sqlite")
    assert "问题 14 个" in err

    raw = sqlite3.connect(demo_path)
    raw.execute("PRAGMA foreign_keys=ON")
    raw.execute("DELETE FROM issue")
    raw.commit()
    raw.close()

    code, _out, err = _run(capsys, "restore", str(backup), "--ledger", str(demo_path))
    assert code == 0
    assert "恢复前的台账已备份到" in err
    assert "已从备份恢复台账" in err
    code, out, _err = _run(capsys, "stats", "--ledger", str(demo_path), "--json")
    assert '"total": 14' in out
    before = sorted((demo_path.parent / "backups").glob("*-restore.sqlite"))
    assert len(before) == 1


def test_backup_to_a_file_or_a_folder(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out" / "拷贝.sqlite"
    code, out, _err = _run(capsys, "backup", "--ledger", str(demo_path), "--to", str(target))
    assert code == 0
    assert Path(out.strip()) == target
    assert target.is_file()
    folder = tmp_path / "u盘"
    folder.mkdir()
    code, out, _err = _run(capsys, "backup", "--ledger", str(demo_path), "--to", str(folder))
    assert code == 0
    assert Path(out.strip()).parent == folder
    code, _out, err = _run(capsys, "backup", "--ledger", str(demo_path), "--to", str(demo_path))
    assert code == 2
    assert "不能是台账文件本身" in err


def test_restore_refuses_a_broken_backup_and_keeps_the_ledger(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = demo_path.read_bytes()
    fake = tmp_path / "fake.sqlite"
    fake.write_text("这是一份假的备份", encoding="utf-8")
    code, _out, err = _run(capsys, "restore", str(fake), "--ledger", str(demo_path))
    assert code == 2
    assert "不是台账文件" in err
    assert demo_path.read_bytes() == before


def test_server_ledgers_are_backed_up_by_their_administrator(
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = "postgresql+psycopg://clerk@localhost/ledger"
    for argv in (["backup", "--ledger", url], ["restore", "x.sqlite", "--ledger", url]):
        code, _out, err = _run(capsys, *argv)
        assert code == 2
        assert "pg_dump" in err


@pytest.mark.postgres
def test_check_on_a_server_ledger(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    from sqlalchemy import update

    from desktop.services.demo import load_demo
    from desktop.services.ledger import LedgerService
    from desktop.storage.migrate import open_ledger
    from desktop.storage.models import History

    engine = open_ledger(pg_url)
    load_demo(LedgerService(engine, "测试员"))
    code, out, _err = _run(capsys, "check", "--ledger", pg_url)
    assert code == 0
    assert "修改记录都在，没有被改动过" in out
    with engine.begin() as c:
        c.execute(update(History).where(History.id == 7).values(old='"篡改"'))
    engine.dispose()
    code, out, _err = _run(capsys, "check", "--ledger", pg_url)
    assert code == 1
    assert "修改历史记录被改动过" in out
    code, out, _err = _run(capsys, "check", "--ledger", pg_url, "--verbose")
    assert code == 1
    assert "第 7 条历史记录" in out
