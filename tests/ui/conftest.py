"""Fixtures for the window: settings in a temporary INI file (never the user's), message
boxes and prompts replaced by scripted answers, and windows on fresh ledgers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from desktop.domain.rollup import StatusChoice
from desktop.services.ledger import LedgerService
from desktop.storage.migrate import open_ledger
from desktop.ui import messages
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import AppSettings

from .fake_window import FakeWindow
from .helpers import FakeMessages


@pytest.fixture
def fake_messages(monkeypatch: pytest.MonkeyPatch) -> FakeMessages:
    fake = FakeMessages()

    def error(parent: Any, text: str, title: str | None = None) -> None:
        fake.calls.append(("error", text))
        if not fake.allow_errors:
            raise AssertionError(f"unexpected error message: {text}")

    def warning(parent: Any, text: str, title: str | None = None) -> None:
        fake.calls.append(("warning", text))
        if not fake.allow_errors:
            raise AssertionError(f"unexpected warning: {text}")

    def info(parent: Any, text: str, title: str | None = None) -> None:
        fake.calls.append(("info", text))

    def confirm(parent: Any, text: str, title: str | None = None) -> bool:
        fake.calls.append(("confirm", text))
        return fake.confirm_answers.pop(0)

    def ask_text(parent: Any, title: str, label: str, text: str = "") -> str | None:
        fake.calls.append(("ask_text", label))
        return fake.texts.pop(0)

    def ask_file(parent: Any, title: str, filters: str, directory: str = "") -> str | None:
        fake.calls.append(("ask_file", title))
        fake.file_defaults.append(directory)
        return fake.files.pop(0)

    def ask_files(parent: Any, title: str, filters: str) -> list[str]:
        fake.calls.append(("ask_files", title))
        return fake.file_lists.pop(0)

    def ask_choice(parent: Any, text: str, buttons: Any, title: str | None = None) -> int | None:
        fake.calls.append(("ask_choice", text))
        return fake.choices.pop(0)

    def ask_stale(parent: Any, text: str) -> messages.StaleChoice:
        fake.calls.append(("ask_stale", text))
        return fake.stale_answers.pop(0)

    def ask_status_choice(parent: Any, issues: Any) -> StatusChoice | None:
        fake.calls.append(("ask_status_choice", ", ".join(d.number for d in issues)))
        fake.status_questions.append(tuple(issues))
        return fake.status_answers.pop(0)

    def run_dialog(dialog: QDialog) -> bool:
        fake.calls.append(("dialog", type(dialog).__name__))
        return fake.dialogs.pop(0)(dialog)

    monkeypatch.setattr(messages, "error", error)
    monkeypatch.setattr(messages, "ask_status_choice", ask_status_choice)
    monkeypatch.setattr(messages, "warning", warning)
    monkeypatch.setattr(messages, "info", info)
    monkeypatch.setattr(messages, "confirm", confirm)
    monkeypatch.setattr(messages, "ask_text", ask_text)
    monkeypatch.setattr(messages, "ask_open_file", ask_file)
    monkeypatch.setattr(messages, "ask_save_file", ask_file)
    monkeypatch.setattr(messages, "ask_open_files", ask_files)
    monkeypatch.setattr(messages, "ask_choice", ask_choice)
    monkeypatch.setattr(messages, "ask_stale", ask_stale)
    monkeypatch.setattr(messages, "run_dialog", run_dialog)
    return fake


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    """Settings in a temporary INI file."""
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def opener_for(operator: str = "测试员") -> Callable[[str], LedgerService]:
    def opener(location: str) -> LedgerService:
        return LedgerService(open_ledger(location), operator)

    return opener


@pytest.fixture
def window(
    qtbot: QtBot,
    demo_service: LedgerService,
    demo_path: Path,
    settings: AppSettings,
    fake_messages: FakeMessages,
) -> Iterator[MainWindow]:
    """The main window on a fresh copy of the demo ledger, shown offscreen."""
    win = MainWindow(
        demo_service,
        demo_path.name,
        settings=settings,
        opener=opener_for(),
        location=str(demo_path),
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.detail.issue is not None:
        win.detail.form.set_draft(win.detail.issue)  # no autosave on close
    win.close()


@pytest.fixture
def fake_window(
    qtbot: QtBot,
    demo_service: LedgerService,
    demo_path: Path,
    settings: AppSettings,
    fake_messages: FakeMessages,
) -> Iterator[FakeWindow]:
    """A fake of the window API (``fake_window.FakeWindow``) on a fresh copy of the demo
    ledger, for feature tests that need no whole window."""
    win = FakeWindow(demo_service, settings, location=str(demo_path), ledger_name=demo_path.name)
    qtbot.addWidget(win)
    yield win
    win.close()


@pytest.fixture
def empty_fake_window(
    qtbot: QtBot,
    service: LedgerService,
    ledger_path: Path,
    settings: AppSettings,
    fake_messages: FakeMessages,
) -> Iterator[FakeWindow]:
    """A fake of the window API on an empty ledger."""
    win = FakeWindow(service, settings, location=str(ledger_path), ledger_name=ledger_path.name)
    qtbot.addWidget(win)
    yield win
    win.close()


@pytest.fixture
def empty_window(
    qtbot: QtBot,
    service: LedgerService,
    ledger_path: Path,
    settings: AppSettings,
    fake_messages: FakeMessages,
) -> Iterator[MainWindow]:
    """The main window on an empty ledger."""
    win = MainWindow(
        service, ledger_path.name, settings=settings, opener=opener_for(), location=str(ledger_path)
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform has no window system: it says so when a window with a
    # minimum size is shown, or a popup raises itself or grabs the keyboard ("This
    # plugin does not support propagateSizeHints()/raise()/grabbing the keyboard").
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support "))


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    """A workbook as offices make them (merged cells, a title, notes): three issues."""
    from tests.excel import make_corpus

    path = tmp_path / "messy.xlsx"
    make_corpus.messy(path)
    return path


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    """The window's language English (our translation, Qt's, the lower layers'
    messages) for one test; Chinese again after it."""
    from PySide6.QtCore import QLocale

    from desktop.app import install_translators
    from desktop.domain import texts

    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    texts.set_translator(None)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
