"""The window follows the login's role on a shared ledger (PostgreSQL): a 只读 login
gets read-only mode with its own banner and the reason on hover; a 责任单位填报 login
may edit progress, status and completion date of its own unit's issue and measures
only, the other actions are off; a write the server refuses is a message, not a
traceback, and changes nothing; 账号与权限… is for administrators."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
import shiboken6
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from PySide6.QtCore import Qt

from desktop.domain.access import Role
from desktop.services.access import grant_login, init_roles
from desktop.services.demo import load_demo
from desktop.services.ledger import LedgerService
from desktop.storage.errors import LedgerForbidden
from desktop.storage.migrate import open_ledger
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import AppSettings
from tests.tools.postgres import TestDatabase

from .conftest import opener_for
from .helpers import FakeMessages
from .safety_helpers import select_number

pytestmark = pytest.mark.postgres

OwnWindow = Callable[[Role], MainWindow]


@pytest.fixture
def role_window(
    qtbot: QtBot,
    pg_url: str,
    pg_database: TestDatabase,
    settings: AppSettings,
    fake_messages: FakeMessages,
) -> Iterator[OwnWindow]:
    owner = open_ledger(pg_url)
    load_demo(LedgerService(owner, "测试员"))
    init_roles(owner)
    windows: list[MainWindow] = []
    engines: list[Engine] = []

    def make(role: Role) -> MainWindow:
        login = f"{pg_database.name}_{role.value}_ui"
        grant_login(owner, login, role, ["机关党委"] if role is Role.UNIT else [])
        url = make_url(pg_url).set(username=login).render_as_string(hide_password=False)
        service = LedgerService(open_ledger(url), "填报员")
        engines.append(service.uow.engine)
        win = MainWindow(service, "共享台账", settings=settings, opener=opener_for(), location=url)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        windows.append(win)
        return win

    yield make
    # The window reads in threads (search texts, supervision lists): let them give
    # their connections back before the engines are disposed.
    qtbot.waitUntil(lambda: not any(t.name.startswith("rectify-") for t in threading.enumerate()))
    for win in windows:
        if shiboken6.isValid(win):
            win.close()
    for engine in engines:
        engine.dispose()
    owner.dispose()


def test_a_reader_gets_read_only_mode_with_the_reason(role_window: OwnWindow) -> None:
    window = role_window(Role.READER)
    assert window.safety.read_only
    select_number(window, "2")
    assert "只读账号" in window.safety.read_only_banner.text()
    assert not window.new_issue_action.isEnabled()
    assert not window.save_issue_action.isEnabled()
    assert not window.import_menu.menuAction().isEnabled()
    form = window.detail.form
    assert form.progress.isReadOnly()
    assert "只读" in form.progress.toolTip()
    model = window.detail.measures.model
    assert "只读" in model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert not window.access_follow.admin_action.isVisible()


def test_a_unit_clerk_edits_its_own_units_issue_and_nothing_else(
    role_window: OwnWindow, fake_messages: FakeMessages
) -> None:
    window = role_window(Role.UNIT)
    assert not window.safety.read_only
    assert "只能为机关党委牵头或配合" in window.safety.read_only_banner.text()
    for action in (
        window.new_issue_action,
        window.new_inspection_action,
        window.delete_action,
        window.import_menu.menuAction(),
    ):
        assert not action.isEnabled()
    assert not window.access_follow.admin_action.isVisible()

    select_number(window, "2")  # 机关党委 leads
    form = window.detail.form
    assert not form.progress.isReadOnly()
    assert form.status.isEnabled()
    assert not form.completion_date.line.isReadOnly()
    assert form.text.isReadOnly()
    assert "只能填写整改进展" in form.text.toolTip()
    assert not form.long_term.isEnabled()
    assert window.save_issue_action.isEnabled()
    model = window.detail.measures.model
    columns = {c.field: n for n, c in enumerate(model.columns) if c.field}
    assert model.index(0, columns["progress"]).flags() & Qt.ItemFlag.ItemIsEditable
    assert not model.index(0, columns["text"]).flags() & Qt.ItemFlag.ItemIsEditable
    tabs = window.supervision_tabs
    assert not tabs.progress.add_button.isHidden()
    assert tabs.sign_off.apply_button.isHidden()

    form.progress.setText("已整改到位")
    form.progress.textEdited.emit("已整改到位")
    assert window.save_current_issue() is not False
    assert window.service.get_issue(2).progress == "已整改到位"

    select_number(window, "1")  # 党工委办公室's, not theirs
    assert form.progress.isReadOnly()
    assert "不属于您的单位" in form.progress.toolTip()
    assert not window.save_issue_action.isEnabled()
    assert tabs.progress.add_button.isHidden()
    assert not model.index(0, columns["progress"]).flags() & Qt.ItemFlag.ItemIsEditable


def test_a_refused_write_is_a_message_and_changes_nothing(
    role_window: OwnWindow, fake_messages: FakeMessages
) -> None:
    from desktop.ui.commands import BulkEditCommand

    fake_messages.allow_errors = True
    window = role_window(Role.UNIT)
    before = window.service.get_issue(1)
    # The window's own checks bypassed: an edit of two issues, one of them not theirs.
    command = BulkEditCommand(window.service, window.events, [2, 1], {"progress": "替别人填"})
    assert not window.perform(command)
    errors = fake_messages.kinds("error")
    assert len(errors) == 1
    assert "服务器拒绝" in errors[0]
    assert "row-level security" in errors[0]
    assert window.service.get_issue(2).progress != "替别人填"  # nothing half-applied
    assert window.service.get_issue(1) == before
    with pytest.raises(LedgerForbidden):
        window.service.set_issue_fields(1, {"progress": "替别人填"})


def test_an_administrator_finds_the_accounts_dialog(role_window: OwnWindow) -> None:
    window = role_window(Role.ADMIN)
    assert window.access_follow.admin_action.isVisible()
    assert window.new_issue_action.isEnabled()


def test_the_history_tab_shows_the_server_login_beside_the_name(role_window: OwnWindow) -> None:
    window = role_window(Role.UNIT)
    window.service.set_issue_fields(2, {"progress": "新进展"})
    select_number(window, "2")
    model = window.detail.history_model
    model_rows = [model.index(r, 1).data() for r in range(model.rowCount())]
    login = window.access_follow.access.login
    assert f"填报员（{login}）" in model_rows
