"""Safe saving: the target is the old file or the complete new one, never half."""

from __future__ import annotations

import errno
import os
import time
from pathlib import Path

import pytest

from desktop.files import (
    WriteFailed,
    atomic_path,
    atomic_write,
    sweep_stale,
    write_bytes,
    write_text,
)


def test_write_replaces_the_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "台账.xlsx"
    target.write_bytes(b"old")
    write_bytes(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["台账.xlsx"]


def test_an_error_in_the_block_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")

    def write_half() -> None:
        with atomic_write(target) as handle:
            handle.write(b"half of the new")
            raise RuntimeError("writer crashed")

    with pytest.raises(RuntimeError):
        write_half()
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_disk_full_keeps_the_old_file_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "notice.docx"
    target.write_bytes(b"old")
    real_fsync = os.fsync

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(WriteFailed) as info:
        write_text(target, "新的通报" * 1000)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert info.value.errno == errno.ENOSPC
    assert "磁盘空间已满" in str(info.value.strerror)
    assert "原文件保持不变" in str(info.value.strerror)
    assert info.value.filename == str(target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["notice.docx"]


def test_a_new_file_that_fails_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "new.pdf"
    with pytest.raises(WriteFailed) as info, atomic_path(target):
        pass  # the "writer" produced no file
    assert "没有留下不完整的文件" in str(info.value.strerror)
    assert list(tmp_path.iterdir()) == []


def test_atomic_path_suits_writers_that_take_a_file_name(tmp_path: Path) -> None:
    import xlsxwriter

    target = tmp_path / "ledger.xlsx"
    with atomic_path(target) as temp:
        assert temp.parent == tmp_path
        assert temp.suffix == ".xlsx"
        workbook = xlsxwriter.Workbook(str(temp))
        workbook.add_worksheet("台账").write(0, 0, "问题")
        workbook.close()
    from openpyxl import load_workbook

    assert load_workbook(target)["台账"]["A1"].value == "问题"
    assert [p.name for p in tmp_path.iterdir()] == ["ledger.xlsx"]


def test_missing_folder_is_a_chinese_error(tmp_path: Path) -> None:
    with pytest.raises(WriteFailed) as info:
        write_bytes(tmp_path / "no" / "such" / "file.txt", b"x")
    assert "文件夹不存在" in str(info.value.strerror)


# ------------------------------------------------- what killed writes left behind
DAY = 24 * 3600


def _left_behind(folder: Path, age: float) -> dict[str, Path]:
    """Temporary files of ours (each kind) and files that are not ours, ``age``
    seconds old."""
    names = [
        ".~台账.a1b2c3d4.part.xlsx",  # files.atomic_path
        ".~台账.k2j3_x9.tmp",  # the workbooks' writer
        ".incoming-q8w7e6",  # the evidence stores
        "台账.xlsx",  # the user's own files, whatever their names
        "notes.part",
        ".hidden-settings",
        "~$台账.xlsx",  # Excel's and WPS's lock file
        ".~lock.台账.xlsx#",  # LibreOffice's
    ]
    stamp = time.time() - age
    made = {}
    for name in names:
        path = folder / name
        path.write_bytes(b"x")
        os.utime(path, (stamp, stamp))
        made[name] = path
    return made


OURS = {".~台账.a1b2c3d4.part.xlsx", ".~台账.k2j3_x9.tmp", ".incoming-q8w7e6"}


def test_writing_a_folder_sweeps_our_temporaries_older_than_a_day(tmp_path: Path) -> None:
    made = _left_behind(tmp_path, DAY + 60)
    write_bytes(tmp_path / "通报.txt", b"new")
    remaining = {p.name for p in tmp_path.iterdir()}
    assert remaining == (set(made) - OURS) | {"通报.txt"}


def test_younger_temporaries_and_other_folders_are_left_alone(tmp_path: Path) -> None:
    """A temporary file younger than a day may be another process's write under way;
    a folder not written to is not looked at."""
    (tmp_path / "young").mkdir()
    young = _left_behind(tmp_path / "young", 3600)
    old = tmp_path / "old"
    old.mkdir()
    stale = _left_behind(old, 2.5 * DAY)
    write_bytes(tmp_path / "young" / "通报.txt", b"new")
    assert {p.name for p in (tmp_path / "young").iterdir()} == set(young) | {"通报.txt"}
    assert {p.name for p in old.iterdir()} == set(stale)
    assert sweep_stale(old, now=time.time() - 2 * DAY) == []  # not a day old then


def test_every_writer_sweeps_the_folder_it_writes(tmp_path: Path) -> None:
    """The workbook writer, the notice writers and the evidence store all sweep."""
    from desktop.excel.writer import write_ledger
    from desktop.notice.document import NoticeDocument
    from desktop.notice.docx_writer import write_docx
    from desktop.services.evidence_store import EvidenceStore

    for name, write in (
        ("excel", lambda f: write_ledger(f / "台账.xlsx", None, [], {})),
        ("docx", lambda f: write_docx(NoticeDocument(blocks=()), f / "通报.docx")),
        ("evidence", lambda f: EvidenceStore(f).put(Path(__file__))),
    ):
        folder = tmp_path / name
        folder.mkdir()
        made = _left_behind(folder, DAY + 60)
        write(folder)
        remaining = {p.name for p in folder.iterdir() if p.is_file()}
        assert not remaining & OURS, name
        assert set(made) - OURS <= remaining, name
