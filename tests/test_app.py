"""Start-up wiring: a ledger that cannot be opened becomes a message, not a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop.app import make_opener, run_gui
from desktop.ui import messages
from desktop.ui.settings import AppSettings


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


def test_a_file_that_is_no_ledger_is_refused_with_a_message(
    qapp: QApplication, tmp_path: Path, settings: AppSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "error", lambda parent, text, title=None: shown.append(text))
    not_a_ledger = tmp_path / "报告.docx"
    not_a_ledger.write_bytes(b"PK\x03\x04 not sqlite")
    assert run_gui(str(not_a_ledger), settings=settings) == 2
    assert "不是台账文件" in shown[0]
    assert run_gui("nosuchdb://host/x", settings=settings) == 2
    assert "无法打开台账" in shown[1]
    assert settings.recent_ledgers == []


def test_opener_migrates_a_new_ledger(tmp_path: Path) -> None:
    service = make_opener("张三")(str(tmp_path / "new.sqlite"))
    assert service.operator == "张三"
    assert service.list_inspections() == []
    service.uow.engine.dispose()
