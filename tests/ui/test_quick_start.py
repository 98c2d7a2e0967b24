"""Quick start: the window shows an up-to-date ledger before its service exists, then
opens the service in the background; whatever needs the service waits for it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication

from desktop.app import make_opener, quick_window
from desktop.domain.filters import IssueFilter
from desktop.services.backups import list_backups
from desktop.services.quick_open import read_first_view
from desktop.storage.errors import LedgerBusy
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import AppSettings

from .helpers import FakeMessages

ROOT = Path(__file__).resolve().parents[2]
# Modules the first frame must not wait for: the database layers, and the features that
# only need their module once their action is triggered or their tab chosen.
HEAVY = (
    "sqlalchemy",
    "alembic",
    "openpyxl",
    "desktop.services.ledger",
    "desktop.services.supervision",
    "desktop.ui.export_runner",
    "desktop.ui.export_dialog",
    "desktop.printing",
    "desktop.notice",
    "desktop.excel.writer",
    "desktop.ui.import_wizard",
    "desktop.ui.notice_import",
    "desktop.ui.notice_writer_dialog",
    "desktop.ui.dashboard",
    "desktop.ui.charts",
    "desktop.ui.merge_review",
    "desktop.ui.history_view",
    "desktop.ui.supervision_tabs",
    "desktop.ui.supervision_panels",
    "desktop.ui.dialogs.outcome_dialog",
    "desktop.ui.dialogs.postpone_dialog",
    "desktop.ui.dialogs.signoff_dialog",
    "desktop.ui.models.history_model",  # the 历史 tab's, made when first needed
    "desktop.services.history_query",
    "desktop.domain.supervision",  # the issue table needs only domain.lights
    # The holiday calendar is read when a light first needs working days (none of the
    # demo's do), and its cache is keyed without importlib.metadata.
    "desktop.domain.calendar_package",
    "importlib.metadata",
    "desktop.domain.statistics",  # the 督办 dock's list needs it, read after the frame
    "platformdirs",  # the default ledger's folder: a start on a named ledger needs none
    "html",  # the issue table's tooltips, on the first hover
)
# PySide's Python types of Qt classes (and their enums) are made when first used, some
# of them costly: those the first frame has no need of.
HEAVY_QT = (
    "QtGui.QGradient",  # made by PySide's choice among QPainter.fillRect's overloads
    "QtWidgets.QCalendarWidget",  # a date field's popup, made when first opened
)


def _quick(demo_path: Path, settings: AppSettings, qtbot: QtBot) -> MainWindow:
    view = read_first_view(str(demo_path))
    assert view is not None
    window = quick_window(str(demo_path), make_opener("张三"), view, settings)
    qtbot.addWidget(window)
    return window


def test_the_window_shows_the_ledger_then_gets_its_service(
    qtbot: QtBot, demo_path: Path, settings: AppSettings, fake_messages: FakeMessages
) -> None:
    window = _quick(demo_path, settings, qtbot)
    assert not window.service_ready
    assert window.model.rowCount() == 14
    assert window.operator_label.text() == "操作人：张三"
    assert settings.recent_ledgers == [str(demo_path)]
    window.show()
    window.start_opening()
    qtbot.waitUntil(lambda: window.service_ready)
    assert window.service.operator == "张三"
    scope = IssueFilter(inspection_id=window.current_inspection().id)  # type: ignore[union-attr]
    assert window.shown_issues() == window.service.list_issues(scope)
    # The backup on opening follows in the background; the search texts load once the
    # search box is used (a search typed before they are in applies when they arrive).
    qtbot.waitUntil(lambda: [b.reason for b in list_backups(demo_path)] == ["open"])
    assert not window.search_texts_loaded
    window.filter_bar.search.setText("泵")  # only in a measure of issue 4
    window.apply_filter()
    qtbot.waitUntil(lambda: window.search_texts_loaded)
    assert [window.model.record_at(r).number for r in range(window.model.rowCount())] == ["4"]
    assert fake_messages.calls == []
    window.service.uow.engine.dispose()


def test_an_action_before_the_service_is_ready_waits_for_it(
    qtbot: QtBot, demo_path: Path, settings: AppSettings, fake_messages: FakeMessages
) -> None:
    window = _quick(demo_path, settings, qtbot)
    window.show()
    first = window.shown_issues()[0]
    assert window.select_issue(first.id)  # the detail pane needs the service: it waits
    assert window.service_ready
    assert window.detail.issue == first
    assert window.detail.measures.model.rowCount() > 0
    window.detail.form.set_draft(first)
    window.service.uow.engine.dispose()


def test_a_failed_backup_warning_reaches_the_banner(
    qtbot: QtBot, demo_path: Path, settings: AppSettings, fake_messages: FakeMessages
) -> None:
    (demo_path.parent / "backups").write_text("not a folder")
    window = _quick(demo_path, settings, qtbot)
    window.show()
    window.start_opening()
    qtbot.waitUntil(lambda: not window.safety.warning_banner.isHidden())
    assert window.safety.warning_banner.text().startswith("打开台账时未能自动备份")
    assert fake_messages.calls == []
    window.service.uow.engine.dispose()


def test_a_ledger_that_fails_to_open_after_all_is_reported_and_closed(
    qtbot: QtBot,
    demo_path: Path,
    settings: AppSettings,
    fake_messages: FakeMessages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opener = make_opener("张三")

    def busy(location: str) -> object:
        raise LedgerBusy("台账正被其他程序或其他用户占用，请稍后再试。")

    monkeypatch.setattr(opener, "open_service", busy)
    fake_messages.allow_errors = True
    view = read_first_view(str(demo_path))
    assert view is not None
    window = quick_window(str(demo_path), opener, view, settings)
    qtbot.addWidget(window)
    window.show()
    window.start_opening()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert fake_messages.calls == [("error", "台账正被其他程序或其他用户占用，请稍后再试。")]
    app = QApplication.instance()
    assert app is not None
    assert app.property("rectifyExitCode") == 2  # what run_gui returns
    app.setProperty("rectifyExitCode", 0)


def test_the_first_frame_needs_no_sqlalchemy(demo_path: Path, tmp_path: Path) -> None:
    """Started on an up-to-date ledger, the window is shown before SQLAlchemy, Alembic
    or the ledger service are imported (they cost more than a bare Qt start), before
    any feature module that only its menu action or its tab needs (``HEAVY``), and
    before PySide has made the Python types it has no need of (``HEAVY_QT``)."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QMainWindow\n"
        "shown = QMainWindow.show\n"
        "def show(self):\n"
        f"    heavy = [m for m in {HEAVY!r} if m in sys.modules]\n"
        f"    heavy += [t for t in {HEAVY_QT!r} if t.split('.')[1] in\n"
        "              vars(sys.modules['PySide6.' + t.split('.')[0]])]\n"
        "    print('heavy:', heavy, 'rows:', self.model.rowCount())\n"
        "    shown(self)\n"
        "QMainWindow.show = show\n"
        "from desktop.cli import main\n"
        f"sys.exit(main(['--ledger', {str(demo_path)!r}]))\n"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "RECTIFY_EXIT_WHEN_SHOWN": "1",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "PYTHONPATH": str(ROOT),
    }
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert out.returncode == 0, out.stderr
    assert "heavy: [] rows: 14" in out.stdout


def test_the_gui_opens_the_service_once_the_first_frame_is_painted(
    demo_path: Path, tmp_path: Path
) -> None:
    """``run_gui`` starts opening the service only after the window has painted (so
    that importing SQLAlchemy in the background does not slow that first paint), and
    then does open it. The cyclic collector is paused until that first frame (its
    passes over the objects of the start cost 20-35 ms) and running after it."""
    code = (
        "import gc, sys\n"
        "from PySide6.QtCore import QEvent, QObject\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from desktop.ui.main_window import MainWindow\n"
        "painted = []\n"
        "paint = MainWindow.paintEvent\n"
        "def painting(self, event):\n"
        "    if not painted:\n"
        "        print('collector at the first paint:', gc.isenabled())\n"
        "    painted.append(1)\n"
        "    paint(self, event)\n"
        "MainWindow.paintEvent = painting\n"
        "start = MainWindow.start_opening\n"
        "def starting(self):\n"
        "    print('painted before opening:', bool(painted))\n"
        "    print('collector after the first frame:', gc.isenabled())\n"
        "    start(self)\n"
        "MainWindow.start_opening = starting\n"
        "adopt = MainWindow._adopt_service\n"
        "def adopted(self, service):\n"
        "    adopt(self, service)\n"
        "    print('service ready:', self.service_ready)\n"
        "    print('collector once opened:', gc.isenabled())\n"
        "    QApplication.quit()\n"
        "MainWindow._adopt_service = adopted\n"
        "from desktop.cli import main\n"
        f"sys.exit(main(['--ledger', {str(demo_path)!r}]))\n"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "PYTHONPATH": str(ROOT),
    }
    env.pop("RECTIFY_EXIT_WHEN_SHOWN", None)
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert "painted before opening: True" in out.stdout
    assert "collector at the first paint: False" in out.stdout
    assert "collector after the first frame: True" in out.stdout
    assert "collector once opened: True" in out.stdout
    assert "service ready: True" in out.stdout
