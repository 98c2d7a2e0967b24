"""The merge review and the hand-off actions of the window: changes accepted by default,
conflicts undecided until chosen, the plan made of what is checked; 合并回收的台账 and
分发给责任单位 from the menus, one undo step per merge; screenshots at 100 % and 150 %."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from desktop.excel.merge import MergeResult, plan_merge, read_returned
from desktop.services.handoff import identity, ledger_state, write_unit_handouts
from desktop.services.ledger import LedgerService
from desktop.ui import messages
from desktop.ui.appearance import apply_font_scale
from desktop.ui.drop import install_file_drops
from desktop.ui.handoff_actions import HandoffActions, handoff_of, install_handoff_actions
from desktop.ui.handout_dialog import HandoutDialog
from desktop.ui.merge_review import CHOICE, ITEM, OURS, SENT, THEIRS, MergeReviewDialog
from desktop.ui.window_api import Menu
from tests.excel.handoff_helpers import fill

from .fake_window import FakeWindow
from .helpers import FakeMessages, dump_ledger


def answer(service: LedgerService, folder: Path) -> Path:
    """The 财政局 hand-out answered: three changes, a new measure, and a progress the
    ledger changed meanwhile too (a conflict)."""
    [summary] = write_unit_handouts(service, folder, ["财政局"])
    by_issue = service.measures_by_issue(None)
    m = [x for ms in by_issue.values() for x in ms if x.responsibility.lead_unit == "财政局"]
    path = fill(
        summary.path,
        folder / "财政局回复.xlsx",
        {
            m[2].key: {"整改状态": "已完成", "整改进展": "已制定应急物资管理办法并印发执行"},
            m[3].key: {"备注": "等待验收", "整改进展": "单位填写的进展：正在验收"},
        },
        additions=[{"序号": "11", "整改措施": "三是开展应急物资专项检查", "整改状态": "正在推进"}],
    )
    service.set_measure_fields(m[3].id, {"progress": "台账中写的进展：已验收一半"})
    return path


def review_results(service: LedgerService, path: Path) -> list[MergeResult]:
    ident = identity(service, create=False)
    assert ident is not None
    returned = read_returned(path, ledger_id=ident.ledger_id, secret=ident.secret)
    return [plan_merge(returned, ledger_state(service))]


@pytest.fixture
def review(qtbot: QtBot, demo_service: LedgerService, tmp_path: Path) -> MergeReviewDialog:
    results = review_results(demo_service, answer(demo_service, tmp_path))
    dialog = MergeReviewDialog(results)
    qtbot.addWidget(dialog)
    return dialog


def test_changes_start_accepted_and_conflicts_undecided(review: MergeReviewDialog) -> None:
    result = review.results[0]
    assert len(result.changes) == 3
    assert len(result.conflicts) == 1
    assert all(review.change_item(0, n).checkState(ITEM) == Qt.CheckState.Checked for n in range(3))
    assert review.undecided() == 1
    assert review.conflict_box(0, 0).currentData() is None
    fields = [c.field for c in result.changes]
    assert fields == ["progress", "status", "remarks"]
    item = review.change_item(0, 1)
    assert item.text(SENT) == "正在推进"
    assert item.text(THEIRS) == "已完成"
    conflict_item = review.conflict_item(0, 0)
    assert review.tree.itemWidget(conflict_item, CHOICE) is review.conflict_box(0, 0)
    assert conflict_item.text(SENT) == "（空）"
    assert conflict_item.text(THEIRS) == "单位填写的进展：正在验收"
    assert conflict_item.text(OURS) == "台账中写的进展：已验收一半"
    plan = review.plan()
    assert len(plan.changes) == 3  # the conflict is left out until decided
    assert len(plan.new_measures) == 1
    assert "未选择 1 处" in review.summary.text()


def test_the_plan_follows_the_checkboxes_and_choices(review: MergeReviewDialog) -> None:
    review.change_item(0, 1).setCheckState(ITEM, Qt.CheckState.Unchecked)
    review.addition_item(0, 0).setCheckState(ITEM, Qt.CheckState.Unchecked)
    review.resolve(0, 0, "theirs")
    plan = review.plan()
    fields = [(c.field, c.value) for c in plan.changes]
    assert ("progress", "单位填写的进展：正在验收") in fields
    assert len(plan.changes) == 3
    assert plan.new_measures == ()
    assert "未选择 0 处" in review.summary.text()
    review.resolve(0, 0, "ours")
    assert len(review.plan().changes) == 2
    review.set_all_accepted(False)
    assert review.plan().changes == ()
    review.set_all_accepted(True)
    assert len(review.plan().changes) == 3


def test_accepting_with_undecided_conflicts_asks_first(
    review: MergeReviewDialog, fake_messages: FakeMessages
) -> None:
    fake_messages.confirm_answers = [False, True]
    review.accept()
    assert review.result() != QDialog.DialogCode.Accepted
    assert "还有 1 处冲突没有选择" in fake_messages.kinds("confirm")[0]
    review.accept()
    assert review.result() == QDialog.DialogCode.Accepted


def test_the_detail_shows_the_three_values(review: MergeReviewDialog) -> None:
    review.tree.setCurrentItem(review.conflict_item(0, 0))
    text = review.detail.toPlainText()
    for words in ("分发时", "单位填写的进展：正在验收", "台账中写的进展：已验收一半"):
        assert words in text


@pytest.mark.parametrize("scale", [100, 150])
def test_screenshot_of_the_review_with_a_conflict(
    qtbot: QtBot,
    qapp: QApplication,
    demo_service: LedgerService,
    tmp_path: Path,
    scale: int,
) -> None:
    results = review_results(demo_service, answer(demo_service, tmp_path))
    apply_font_scale(qapp, scale)
    try:
        dialog = MergeReviewDialog(results)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.tree.setCurrentItem(dialog.conflict_item(0, 0))
        folder = Path(os.environ.get("RECTIFY_SCREENSHOTS", str(tmp_path)))
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"merge_review_{scale}.png"
        assert dialog.grab().save(str(target))
        assert target.stat().st_size > 10_000
        # Nothing clipped: the choice column shows its whole "请选择…".
        box = dialog.conflict_box(0, 0)
        assert box.width() >= box.sizeHint().width() * 0.9
        dialog.close()
    finally:
        apply_font_scale(qapp, 100)


# ----------------------------------------------------------------- in the window
@pytest.fixture
def window(fake_window: FakeWindow) -> FakeWindow:
    """The window API (a fake) with the hand-off actions and file drops installed
    (where the real window puts them: ``test_main_window``)."""
    install_handoff_actions(fake_window)
    install_file_drops(fake_window)
    return fake_window


def handoff(window: FakeWindow) -> HandoffActions:
    found = handoff_of(window)
    assert found is not None
    return found


def test_the_actions_are_in_the_menus(window: FakeWindow) -> None:
    assert window.menu_texts(Menu.EXPORT) == ["分发给责任单位…"]
    assert window.menu_texts(Menu.FILE) == ["合并回收的台账…"]


def test_merging_from_the_window_is_one_undo_step(
    window: FakeWindow,
    demo_path: Path,
    tmp_path: Path,
    fake_messages: FakeMessages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = answer(window.service, tmp_path)
    before = dump_ledger(demo_path)
    monkeypatch.setattr(messages, "ask_open_files", lambda *a: [str(path)])

    def decide(dialog: QDialog) -> bool:
        assert isinstance(dialog, MergeReviewDialog)
        dialog.resolve(0, 0, "theirs")
        dialog.accept()
        return True

    fake_messages.dialogs = [decide]
    steps = window.undo_stack.count()
    handoff(window).merge_action.trigger()
    assert window.undo_stack.count() == steps + 1
    assert "合并财政局交回的台账" in window.undo_stack.undoText()
    assert any("已合并：修改 4 处，新增整改措施 1 条" in t for t in fake_messages.kinds("info"))
    after = dump_ledger(demo_path)
    assert after != before
    window.undo_stack.undo()
    assert dump_ledger(demo_path) == before
    window.undo_stack.redo()
    assert dump_ledger(demo_path) == after


def test_a_change_turned_down_is_listed_apart_at_the_next_merge(
    window: FakeWindow,
    tmp_path: Path,
    fake_messages: FakeMessages,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    path = answer(window.service, tmp_path)
    monkeypatch.setattr(messages, "ask_open_files", lambda *a: [str(path)])
    turned_down: list[str] = []

    def first(dialog: QDialog) -> bool:
        assert isinstance(dialog, MergeReviewDialog)
        item = dialog.change_item(0, 0)
        item.setCheckState(ITEM, Qt.CheckState.Unchecked)
        turned_down.append(item.text(THEIRS))
        dialog.resolve(0, 0, "ours")
        dialog.accept()
        return True

    seen: list[MergeReviewDialog] = []

    def second(dialog: QDialog) -> bool:
        assert isinstance(dialog, MergeReviewDialog)
        qtbot.addWidget(dialog)
        seen.append(dialog)
        # Nothing new in the file: the two turned down (a change, a conflict kept as
        # ours) are listed apart, unticked, and the summary says why.
        assert len(dialog.results[0].declined) == 2
        assert dialog.declined_item(0, 0).checkState(ITEM) == Qt.CheckState.Unchecked
        assert turned_down[0] in {dialog.declined_item(0, n).text(THEIRS) for n in (0, 1)}
        assert "此前已不采纳的 2 处不再合并" in dialog.summary.text()
        assert dialog.plan().changes == ()
        dialog.reject()
        return False

    fake_messages.dialogs = [first, second]
    handoff(window).merge_action.trigger()
    handoff(window).merge_action.trigger()
    assert seen


def test_a_foreign_file_is_refused_with_one_message(
    window: FakeWindow, tmp_path: Path, fake_messages: FakeMessages
) -> None:
    fake_messages.allow_errors = True
    other = tmp_path / "notes.xlsx"
    other.write_text("不是表格", encoding="utf-8")
    assert not handoff(window).merge_paths([other])
    [message] = fake_messages.kinds("error")
    assert "notes.xlsx" in message
    assert window.undo_stack.count() == 0


def test_handing_out_from_the_window(
    window: FakeWindow,
    tmp_path: Path,
    fake_messages: FakeMessages,
) -> None:
    out = tmp_path / "分发"

    def choose(dialog: QDialog) -> bool:
        assert isinstance(dialog, HandoutDialog)
        assert len(dialog.units()) == 9  # all checked at first
        dialog.set_units(["财政局", "建设局"])
        dialog.folder_edit.setText(str(out))
        dialog.due_edit.setText("2023年2月1日")
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    fake_messages.dialogs = [choose]
    fake_messages.confirm_answers = [False]  # do not open the folder
    handoff(window).handout_action.trigger()
    assert sorted(p.name for p in out.iterdir()) == [
        "建设局_整改台账填报.xlsx",
        "财政局_整改台账填报.xlsx",
    ]
    assert "已为 2 个单位生成分发文件" in fake_messages.kinds("confirm")[0]
    assert window.settings.store.value("handoff/folder") == str(out)


def test_cancelling_a_hand_out_keeps_only_whole_files(
    window: FakeWindow,
    tmp_path: Path,
    fake_messages: FakeMessages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """取消 after the first unit's file: that file is whole, no other (nor a temporary
    one) is left, and the clerk is told."""
    from desktop.ui.operations import Control

    out = tmp_path / "分发"

    def choose(dialog: QDialog) -> bool:
        assert isinstance(dialog, HandoutDialog)
        dialog.set_units(["财政局", "建设局", "民政局"])
        dialog.folder_edit.setText(str(out))
        dialog.accept()
        return True

    original = Control.progress

    def progress(control: Control, done: int, total: int = 0, text: str | None = None) -> None:
        original(control, done, total, text)
        if done >= 1:
            control._request_cancel()  # as 取消 does, once the first file is written

    monkeypatch.setattr(Control, "progress", progress)
    fake_messages.dialogs = [choose]
    handoff(window).handout_action.trigger()
    assert fake_messages.kinds("info") == ["已取消；已生成的文件保留在文件夹中。"]
    files = sorted(out.iterdir())
    assert [p.name for p in files] == ["财政局_整改台账填报.xlsx"]
    ident = identity(window.service, create=False)
    assert ident is not None
    returned = read_returned(files[0], ledger_id=ident.ledger_id, secret=ident.secret)
    assert returned.manifest.unit == "财政局"
    assert returned.rows  # the whole file, its rows readable


def test_the_handout_dialog_needs_a_unit_and_a_folder(
    qtbot: QtBot, demo_service: LedgerService, fake_messages: FakeMessages
) -> None:
    from desktop.services.handoff import handout_data

    fake_messages.allow_errors = True
    dialog = HandoutDialog(handout_data(demo_service).units, "全部巡察")
    qtbot.addWidget(dialog)
    assert not dialog.buttons.buttons()[0].isEnabled()  # no folder yet
    dialog.folder_edit.setText("/tmp/x")
    dialog.none_button.click()
    assert dialog.units() == []
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert fake_messages.kinds("warning") == ["请至少选择一个单位。"]
    dialog.all_button.click()
    dialog.due_check.setChecked(False)
    assert dialog.due() is None
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_dropping_a_returned_hand_out_opens_the_merge_not_the_import(
    qtbot: QtBot, window: FakeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    [summary] = write_unit_handouts(window.service, tmp_path, ["财政局"])
    merged: list[list[Path]] = []
    monkeypatch.setattr(handoff(window), "merge_paths", lambda paths: merged.append(paths) or True)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(summary.path))])
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    qtbot.waitUntil(lambda: bool(merged))  # the window opens dropped files after the drop
    assert merged == [[summary.path]]


def test_a_hand_out_opened_in_the_import_wizard_is_offered_to_the_merge(
    window: FakeWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fake_messages: FakeMessages,
) -> None:
    from desktop.ui.import_wizard import ImportWizard, open_import_wizard

    [summary] = write_unit_handouts(window.service, tmp_path, ["财政局"])
    merged: list[list[Path]] = []
    monkeypatch.setattr(handoff(window), "merge_paths", lambda paths: merged.append(paths) or True)
    fake_messages.confirm_answers.append(True)
    wizard = open_import_wizard(window, summary.path)
    assert "合并回收的台账" in fake_messages.kinds("confirm")[0]
    assert merged == [[summary.path]]
    assert not wizard.isVisible()
    # Declined: the wizard goes on with the import the clerk asked for.
    fake_messages.confirm_answers.append(False)
    wizard = open_import_wizard(window, summary.path)
    assert isinstance(wizard, ImportWizard)
    assert wizard.file_page.requested == str(summary.path)
    assert len(merged) == 1
    wizard.reject()
