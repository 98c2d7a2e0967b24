"""A ledger that cannot be written opens read-only: a banner says so and every editing
action is off (menus, the measure table, the detail pane); opening a writable ledger
turns editing back on. Also the warning of a failed backup on opening."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialog, QLineEdit

from desktop.app import make_opener, show_open_warnings
from desktop.services.backups import list_backups
from desktop.services.ledger import LedgerService
from desktop.storage.engine import is_read_only
from desktop.storage.migrate import open_ledger
from desktop.ui.dialogs.backup_dialog import BackupDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import AppSettings

from .conftest import opener_for
from .helpers import FakeMessages
from .safety_helpers import driving, select_number, set_immutable


@pytest.fixture
def read_only_window(
    qtbot: QtBot, demo_path: Path, settings: AppSettings, fake_messages: FakeMessages
) -> Iterator[MainWindow]:
    """The demo ledger opened with the engine's read-only mode."""
    service = LedgerService(open_ledger(demo_path, read_only=True), "测试员")
    win = MainWindow(
        service, demo_path.name, settings=settings, opener=opener_for(), location=str(demo_path)
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    win.service.uow.engine.dispose()


def editing_actions(window: MainWindow) -> list[QAction]:
    return [
        window.new_issue_action,
        window.new_measure_action,
        window.delete_action,
        window.bulk_edit_action,
        window.save_issue_action,
        window.move_up_action,
        window.move_down_action,
        window.new_inspection_action,
        window.edit_inspection_action,
        window.delete_inspection_action,
        window.add_category_action,
        window.undo_action,
        window.import_menu.menuAction(),
    ]


def assert_read_only(window: MainWindow) -> None:
    assert "只读方式打开" in window.safety.read_only_banner.text()
    assert all(not a.isEnabled() for a in editing_actions(window))
    detail = window.detail
    assert detail.form.text.isReadOnly()
    assert detail.form.remarks.isReadOnly()
    assert detail.form.deadline.line.isReadOnly()
    assert not detail.form.status.isEnabled()
    assert not detail.form.long_term.isEnabled()
    assert detail.save_button.isHidden()
    assert detail.measures.add_button.isHidden()
    assert detail.measures.delete_button.isHidden()
    assert window.supervision_tabs.progress.add_button.isHidden()
    assert not window.supervision_tabs.progress.date.isEnabled()
    model = detail.measures.model
    flags = [model.index(0, c).flags() for c in range(model.columnCount())]
    assert model.rowCount() > 0
    assert all(not f & Qt.ItemFlag.ItemIsEditable for f in flags)
    assert all(not f & Qt.ItemFlag.ItemIsUserCheckable for f in flags)
    assert detail.measures.view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert window.nav.dragDropMode() == QAbstractItemView.DragDropMode.NoDragDrop
    assert not window.nav_f2.isEnabled()


def test_a_read_only_ledger_shows_a_banner_and_allows_no_editing(
    read_only_window: MainWindow,
) -> None:
    window = read_only_window
    assert window.safety.read_only
    select_number(window, "3")
    assert_read_only(window)
    # Changing the selection re-enables actions in a writable window; not here.
    window.table.selectRow(5)
    assert all(not a.isEnabled() for a in editing_actions(window))
    # Reading still works: the history, the check, exports (not editing).
    assert window.safety.history_action.isEnabled()
    assert window.safety.check_action.isEnabled()


def test_an_action_added_later_is_guarded_too(read_only_window: MainWindow) -> None:
    action = QAction("合并回收台账…", read_only_window)
    read_only_window.safety.guard(action)
    assert not action.isEnabled()


def test_read_only_backups_can_be_listed_but_not_restored(
    read_only_window: MainWindow, fake_messages: FakeMessages, demo_path: Path
) -> None:
    from desktop.services.backups import make_backup

    make_backup(demo_path)

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, BackupDialog)
        dialog.view.selectRow(0)
        assert not dialog.restore_button.isEnabled()
        assert not dialog.keep.isEnabled()
        assert "只读" in dialog.where.text()
        dialog.reject()

    fake_messages.dialogs.append(driving(look))
    read_only_window.safety.open_backups()


@pytest.fixture
def immutable(demo_path: Path, tmp_path: Path) -> Iterator[Path]:
    """A copy of the demo ledger that not even root can write."""
    path = tmp_path / "locked" / "只读台账.sqlite"
    path.parent.mkdir()
    shutil.copy(demo_path, path)
    set_immutable(path, True)
    yield path
    set_immutable(path, False)


def test_an_unwritable_file_opens_read_only_and_a_writable_one_turns_editing_back_on(
    window: MainWindow, fake_messages: FakeMessages, immutable: Path, demo_path: Path
) -> None:
    window.opener = make_opener("测试员")
    assert window.new_inspection_action.isEnabled()
    assert window.safety.read_only_banner.isHidden()
    assert window.open_location(str(immutable))
    assert is_read_only(window.service.uow.engine)
    select_number(window, "4")
    assert_read_only(window)
    assert list_backups(immutable) == []  # no backup of a ledger that cannot change

    assert window.open_location(str(demo_path))
    assert not window.safety.read_only
    assert window.safety.read_only_banner.isHidden()
    select_number(window, "4")
    assert window.new_issue_action.isEnabled()
    assert window.save_issue_action.isEnabled()
    assert not window.detail.form.text.isReadOnly()
    assert window.detail.form.status.isEnabled()
    assert not window.detail.measures.add_button.isHidden()
    assert window.detail.measures.view.editTriggers() != (
        QAbstractItemView.EditTrigger.NoEditTriggers
    )
    model = window.detail.measures.model
    assert model.index(0, 1).flags() & Qt.ItemFlag.ItemIsEditable
    assert window.nav.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove
    window.service.uow.engine.dispose()


def test_opening_backs_the_ledger_up_once_a_day(
    qtbot: QtBot, demo_path: Path, settings: AppSettings, fake_messages: FakeMessages
) -> None:
    opener = make_opener("测试员")
    service = opener(str(demo_path))
    window = MainWindow(service, demo_path.name, settings=settings, opener=opener)
    qtbot.addWidget(window)
    show_open_warnings(window, opener)
    assert [b.reason for b in list_backups(demo_path)] == ["open"]
    assert window.safety.warning_banner.isHidden()
    assert window.open_location(str(demo_path))
    assert len(list_backups(demo_path)) == 1
    window.service.uow.engine.dispose()


def test_a_failed_backup_on_opening_is_a_banner_not_a_dialog(
    qtbot: QtBot,
    demo_path: Path,
    tmp_path: Path,
    settings: AppSettings,
    fake_messages: FakeMessages,
) -> None:
    # A file where the backup folder should be: the backup cannot be made.
    (demo_path.parent / "backups").write_text("not a folder")
    opener = make_opener("测试员")
    service = opener(str(demo_path))
    window = MainWindow(service, demo_path.name, settings=settings, opener=opener)
    qtbot.addWidget(window)
    show_open_warnings(window, opener)
    window.show()
    assert window.safety.warning_banner.text().startswith("打开台账时未能自动备份")
    assert not window.safety.warning_banner.isHidden()
    assert fake_messages.calls == []  # nothing modal
    assert window.model.rowCount() == 14  # the ledger opened all the same
    close = window.safety.warning_banner.close_button
    assert close is not None
    close.click()
    assert window.safety.warning_banner.isHidden()

    # Another ledger that backs up fine: no warning.
    other = tmp_path / "other" / "台账.sqlite"
    other.parent.mkdir()
    shutil.copy(demo_path, other)
    assert window.open_location(str(other))
    assert window.safety.warning_banner.isHidden()
    # Back to the first: the warning again.
    assert window.open_location(str(demo_path))
    assert not window.safety.warning_banner.isHidden()
    window.service.uow.engine.dispose()


def test_widgets_of_the_form_are_all_covered(read_only_window: MainWindow) -> None:
    # Every input of the issue form is read-only or disabled (a new field added to
    # the form later must not stay editable).
    form = read_only_window.detail.form
    for line in form.findChildren(QLineEdit):
        assert line.isReadOnly()
    for combo in form.findChildren(QComboBox):
        assert not combo.isEnabled()


def test_read_only_hides_the_supervision_tabs_editing_controls(window: MainWindow) -> None:
    tabs = window.supervision_tabs
    tabs.set_read_only(True)
    assert tabs.progress.add_button.isHidden()
    assert tabs.sign_off.apply_button.isHidden()
    assert not tabs.evidence.view.acceptDrops()
    assert not tabs.evidence.open_button.isHidden()
    tabs.set_read_only(False)
    assert not tabs.progress.add_button.isHidden()
    assert tabs.evidence.view.acceptDrops()
