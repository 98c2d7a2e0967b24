"""Safe saving: the target is the old file or the complete new one, never half."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from desktop.files import WriteFailed, atomic_path, atomic_write, write_bytes, write_text


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
