"""Inspections and categories in the navigation pane: create, edit, delete with a
dialog of all fields; categories added, renamed, nested and reordered by drag."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog

from desktop.domain.records import InspectionKind
from desktop.ui.dialogs.inspection_dialog import InspectionDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.models.navigation_model import CATEGORY, INSPECTION

from .helpers import FakeMessages, dump_ledger


def add_categories(window: MainWindow, fake: FakeMessages, *names: str) -> dict[str, int]:
    inspection = window.inspections()[0]
    for name in names:
        window.nav.select(INSPECTION, inspection.id)
        fake.texts.append(name)
        window.add_category_action.trigger()
    cats = window.service.list_categories(inspection.id)
    return {c.name: int(c.id) for c in cats}


def tree_names(window: MainWindow) -> list[str]:
    model = window.nav_model
    inspection = model.find(INSPECTION, window.inspections()[0].id)
    out: list[str] = []

    def walk(parent, depth: int) -> None:  # type: ignore[no-untyped-def]
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            out.append("  " * depth + index.data())
            walk(index, depth + 1)

    walk(inspection, 0)
    return out


def drop(
    window: MainWindow, category_id: int, target_kind: str, target_id: int, where: str
) -> None:
    """Drop a dragged category on the upper edge, middle or lower edge of a node."""
    view = window.nav
    source = window.nav_model.find(CATEGORY, category_id)
    target = window.nav_model.find(target_kind, target_id)
    rect = view.visualRect(target)
    y = {"above": rect.top() + 1, "on": rect.center().y(), "below": rect.bottom() - 1}[where]
    data = window.nav_model.mimeData([source])
    point = QPointF(rect.center().x(), y)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # Qt delivers a drop to the widget that accepted the drag's entry.
    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.MoveAction, data, buttons, keys)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    event = QDropEvent(point, Qt.DropAction.MoveAction, data, buttons, keys)
    QApplication.sendEvent(view.viewport(), event)


def test_create_edit_and_delete_an_inspection(
    window: MainWindow, fake_messages: FakeMessages, demo_path: Path
) -> None:
    before = dump_ledger(demo_path)

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, InspectionDialog)
        dialog.title.setText("县委第三巡察组常规巡察")
        dialog.inspector.setText("县委第三巡察组")
        dialog.inspected_unit.setText("县教育局")
        dialog.kind.setCurrentIndex(dialog.kind.findData("regular"))
        dialog.dates["start"].setText("2023.3.1")
        dialog.dates["end"].setText("2023年4月15日")
        dialog.dates["feedback_date"].setText("2023-5-10")
        dialog.dates["rectification_end"].setText("2023年8月10日")
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    fake_messages.dialogs.append(fill)
    window.new_inspection_action.trigger()
    created = window.current_inspection()
    assert created is not None
    assert created.title == "县委第三巡察组常规巡察"
    assert created.start == date(2023, 3, 1)
    assert created.rectification_end == date(2023, 8, 10)
    assert created.kind is InspectionKind.REGULAR
    assert window.model.rowCount() == 0  # its (empty) issues are shown

    def rename(dialog: QDialog) -> bool:
        assert isinstance(dialog, InspectionDialog)
        assert dialog.dates["feedback_date"].text() == "2023年5月10日"
        dialog.inspected_unit.setText("县教育体育局")
        dialog.accept()
        return True

    fake_messages.dialogs.append(rename)
    window.nav.setFocus()
    window.edit_current_node()  # F2 on the tree
    assert window.current_inspection().inspected_unit == "县教育体育局"  # type: ignore[union-attr]

    fake_messages.confirm_answers.append(True)
    window.delete_inspection_action.trigger()
    assert [i.title for i in window.inspections()] == ["市委第七巡察组专项巡察（2022年）"]
    for _ in range(3):
        window.undo_action.trigger()
    assert dump_ledger(demo_path) == before


def test_inspection_dialog_shows_problems_on_fields(qtbot: QtBot) -> None:
    dialog = InspectionDialog()
    qtbot.addWidget(dialog)
    dialog.dates["start"].setText("2023.5.1")
    dialog.dates["end"].setText("2023.4.1")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors["title"].text() == "必填项不能为空"
    assert dialog.errors["end"].text() == "日期先后顺序不对"
    dialog.title.setText("专项巡察")
    dialog.dates["end"].setText("2023年13月1日")
    dialog.accept()
    assert dialog.errors["end"].text().startswith("无法识别的日期")


def test_categories_add_rename_nest_reorder_and_undo(
    window: MainWindow, fake_messages: FakeMessages, demo_path: Path
) -> None:
    before = dump_ledger(demo_path)
    ids = add_categories(
        window, fake_messages, "（一）政治责任方面", "（二）作风方面", "（三）资金方面"
    )
    assert tree_names(window) == ["（一）政治责任方面", "（二）作风方面", "（三）资金方面"]
    window.nav.select(CATEGORY, ids["（二）作风方面"])
    fake_messages.texts.append("（二）工作作风方面")
    window.rename_category_action.trigger()
    assert tree_names(window)[1] == "（二）工作作风方面"

    # Nest （三） into （一）, then move it back above （二）.
    drop(window, ids["（三）资金方面"], CATEGORY, ids["（一）政治责任方面"], "on")
    assert tree_names(window) == ["（一）政治责任方面", "  （三）资金方面", "（二）工作作风方面"]
    assert window.undo_action.text() == "撤销 移动类别“（三）资金方面”"
    drop(window, ids["（三）资金方面"], CATEGORY, ids["（二）作风方面"], "above")
    assert tree_names(window) == ["（一）政治责任方面", "（三）资金方面", "（二）工作作风方面"]
    # Onto the inspection: last at the top level.
    drop(window, ids["（一）政治责任方面"], INSPECTION, window.inspections()[0].id, "on")
    assert tree_names(window) == ["（三）资金方面", "（二）工作作风方面", "（一）政治责任方面"]
    window.undo_action.trigger()
    assert tree_names(window) == ["（一）政治责任方面", "（三）资金方面", "（二）工作作风方面"]
    # Into its own child is refused.
    drop(window, ids["（一）政治责任方面"], CATEGORY, ids["（一）政治责任方面"], "on")
    assert window.undo_stack.count() == 7  # nothing pushed (it would drop the undone step)
    assert window.undo_stack.index() == 6
    while window.undo_stack.canUndo():
        window.undo_action.trigger()
    assert dump_ledger(demo_path) == before


def test_choosing_a_category_filters_issues_with_its_subcategories(
    window: MainWindow, fake_messages: FakeMessages
) -> None:
    ids = add_categories(window, fake_messages, "（一）政治责任方面")
    window.nav.select(CATEGORY, ids["（一）政治责任方面"])
    fake_messages.texts.append("1.理论学习")
    window.add_subcategory_action.trigger()
    child = next(
        c for c in window.service.list_categories(window.inspections()[0].id) if c.parent_id
    )
    issues = window.service.list_issues()
    window.service.set_issue_fields(issues[0].id, {"category_id": child.id})
    window.service.set_issue_fields(issues[1].id, {"category_id": ids["（一）政治责任方面"]})
    window.reload_all()
    window.nav.select(CATEGORY, ids["（一）政治责任方面"])
    assert [r.number for r in window.shown_issues()] == ["1", "2"]
    assert window.filter_bar.category.currentData() == ids["（一）政治责任方面"]
    window.nav.select(CATEGORY, int(child.id))
    assert [r.number for r in window.shown_issues()] == ["1"]
    assert window.model.index(0, 1).data() == "1.理论学习"
    window.nav.select(INSPECTION, window.inspections()[0].id)
    assert window.model.rowCount() == 14
    fake_messages.confirm_answers.append(True)
    window.nav.select(CATEGORY, ids["（一）政治责任方面"])
    window.nav.setFocus()
    window.delete_selected()  # the Delete key on the tree
    assert window.service.list_categories(window.inspections()[0].id) == []
    assert len(window.service.list_issues()) == 14


def test_editing_from_all_issues_keeps_the_category(
    window: MainWindow, fake_messages: FakeMessages
) -> None:
    ids = add_categories(window, fake_messages, "（一）政治责任方面")
    first = window.service.list_issues()[0]
    window.service.set_issue_fields(first.id, {"category_id": ids["（一）政治责任方面"]})
    window.nav.setCurrentIndex(window.nav_model.index(0, 0))  # 全部问题
    window.reload_all()
    assert window.select_issue(first.id)
    assert window.detail.form.category.currentData() == ids["（一）政治责任方面"]
    window.detail.form.remarks.setText("从全部问题中修改")
    window.save_issue_action.trigger()
    saved = window.service.get_issue(first.id)
    assert saved.remarks == "从全部问题中修改"
    assert saved.category_id == ids["（一）政治责任方面"]
