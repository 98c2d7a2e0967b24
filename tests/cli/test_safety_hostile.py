"""Hostile and broken ledger files through ``rectify stats``: a clear Chinese message,
exit code 2, no traceback, the file unchanged; a read-only ledger opens read-only."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import main


def _stats(capsys: pytest.CaptureFixture[str], ledger: Path) -> tuple[int, str, str]:
    code = main(["stats", "--ledger", str(ledger)])
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    return code, out.out, out.err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("会议纪要：这是一个文本文件。".encode(), "不是台账文件"),
        (b"PK\x03\x04" + bytes(range(256)) * 8, "不是台账文件"),  # an .xlsx renamed
        (bytes(range(256)) * 64, "不是台账文件"),
        (b"SQLite format 3\x00" + b"\x10\x00", "文件被截断"),
    ],
    ids=["text", "zip", "random", "header-only"],
)
def test_files_that_are_not_ledgers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    path = tmp_path / "ledger.sqlite"
    path.write_bytes(content)
    code, _out, err = _stats(capsys, path)
    assert code == 2
    assert message in err
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ledger.sqlite"]


def test_a_truncated_ledger(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = demo_path.read_bytes()
    for keep in (len(data) // 2, 4096 + 10):
        demo_path.write_bytes(data[:keep])
        code, _out, err = _stats(capsys, demo_path)
        assert code == 2
        assert "不完整" in err
        assert "从备份恢复" in err


def test_a_ledger_from_a_newer_version(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = sqlite3.connect(demo_path)
    raw.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    raw.commit()
    raw.close()
    before = demo_path.read_bytes()
    code, _out, err = _stats(capsys, demo_path)
    assert code == 2
    assert "更新版本" in err
    assert demo_path.read_bytes() == before


def test_another_programs_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "wechat.sqlite"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE message (body TEXT)")
    raw.close()
    code, _out, err = _stats(capsys, path)
    assert code == 2
    assert "不是整改台账" in err


def _set_read_only(path: Path, on: bool) -> None:
    """Make a file or folder unwritable even for root: the immutable attribute when we
    are root (root ignores permission bits), the permission bits otherwise."""
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i" if on else "-i", str(path)], check=True)
    elif path.is_dir():
        path.chmod(0o555 if on else 0o755)
    else:
        path.chmod(stat.S_IRUSR if on else stat.S_IRUSR | stat.S_IWUSR)


@pytest.fixture
def read_only() -> Iterator[list[Path]]:
    """Paths to make read-only for a test, made writable again afterwards."""
    if os.geteuid() == 0 and shutil.which("chattr") is None:
        pytest.fail("running as root without chattr: cannot make a read-only file")
    paths: list[Path] = []
    yield paths
    for path in reversed(paths):
        _set_read_only(path, False)


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_ledger_opens_read_only(
    demo_path: Path,
    read_only: list[Path],
    what: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = demo_path if what == "file" else demo_path.parent
    before = demo_path.read_bytes()
    _set_read_only(target, True)
    read_only.append(target)
    code, out, err = _stats(capsys, demo_path)
    assert code == 0
    assert "只读方式打开" in err
    assert "问题共 14 个" in out
    assert demo_path.read_bytes() == before


def test_writing_to_a_read_only_ledger_is_refused(
    ledger_path: Path, read_only: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _set_read_only(ledger_path.parent, True)
    read_only.append(ledger_path.parent)
    code = main(["demo", "--ledger", str(ledger_path)])
    err = capsys.readouterr().err
    assert code == 2
    assert "只读" in err
    assert "Traceback" not in err


def test_a_new_ledger_in_a_read_only_folder_is_refused(
    tmp_path: Path, read_only: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "光盘"
    folder.mkdir()
    _set_read_only(folder, True)
    read_only.append(folder)
    code = main(["demo", "--ledger", str(folder / "new.sqlite")])
    err = capsys.readouterr().err
    assert code == 2
    assert "不可写入" in err


def test_a_ledger_with_a_planted_trigger_is_refused(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = sqlite3.connect(demo_path)
    raw.execute("CREATE TRIGGER wipe AFTER UPDATE ON issue BEGIN DELETE FROM measure; END")
    raw.commit()
    raw.close()
    code, _out, err = _stats(capsys, demo_path)
    assert code == 2
    assert "不属于本软件的数据库对象" in err
    assert "trigger wipe" in err
