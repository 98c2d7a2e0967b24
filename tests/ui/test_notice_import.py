"""文件 → 导入 → 整改情况通报…: the preview of a notice (file, pasted text, dropped file),
its problems with their lines, and the import as one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QTreeWidget, QTreeWidgetItem

from desktop.domain.filters import IssueFilter
from desktop.domain.records import InspectionId
from desktop.services.supervision import SupervisionService
from desktop.ui.drop import install_file_drops
from desktop.ui.notice_actions import install_notice_actions
from desktop.ui.notice_import import (
    CATEGORY,
    ISSUE,
    KIND_ROLE,
    LINE_ROLE,
    MEASURE,
    NoticeImportDialog,
)
from desktop.ui.widgets.source_view import WARNING_BACKGROUND
from desktop.ui.window_api import ActionKey, Menu
from tests.notice.texts import LAYOUT_A

from .fake_window import FakeWindow
from .helpers import FakeMessages

SAMPLE = Path(__file__).resolve().parents[1] / "notice" / "data" / "sample_notice.txt"
SAMPLE_TITLE = "市委第七巡察组专项巡察（2022年）"

# Layout A with a status nobody can read (line 17) and a rate that does not recompute
# from its counts (line 5): both are warnings, the text still imports.
TROUBLED = LAYOUT_A.replace("整改进度：正在推进。", "整改进度：看情况吧。").replace(
    "60.00%", "70.00%"
)


def items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    out: list[QTreeWidgetItem] = []

    def walk(item: QTreeWidgetItem) -> None:
        out.append(item)
        for i in range(item.childCount()):
            walk(item.child(i))

    for i in range(tree.topLevelItemCount()):
        walk(tree.topLevelItem(i))
    return out


def of_kind(tree: QTreeWidget, kind: str) -> list[QTreeWidgetItem]:
    return [i for i in items(tree) if i.data(0, KIND_ROLE) == kind]


def problem_rows(dialog: NoticeImportDialog) -> list[tuple[str, str, str]]:
    return [
        (item.text(0), item.text(1), item.text(2))
        for i in range(dialog.problem_list.topLevelItemCount())
        if (item := dialog.problem_list.topLevelItem(i)) is not None
    ]


def with_notice_actions(window: FakeWindow) -> FakeWindow:
    """The notice features and file drops installed on the window API (a fake)."""
    install_notice_actions(window)
    install_file_drops(window)
    return window


@pytest.fixture
def window(fake_window: FakeWindow) -> FakeWindow:
    return with_notice_actions(fake_window)


@pytest.fixture
def empty_window(empty_fake_window: FakeWindow) -> FakeWindow:
    return with_notice_actions(empty_fake_window)


def counts(window: FakeWindow) -> tuple[int, int, int]:
    """Inspections, issues and measures in the ledger, through the service."""
    service = window.service
    issues = service.list_issues(IssueFilter())
    measures = service.measures_by_issue([i.id for i in issues])
    return (
        len(service.list_inspections()),
        len(issues),
        sum(len(m) for m in measures.values()),
    )


def test_the_sample_notice_imports_as_one_undo_step(
    empty_window: FakeWindow, fake_messages: FakeMessages
) -> None:
    fake_messages.files.append(str(SAMPLE))
    seen: dict[str, object] = {}

    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, NoticeImportDialog)
        assert dialog.reading is None
        assert not dialog.import_button.isEnabled()
        dialog.open_button.click()  # asks for the file (scripted above)
        assert dialog.origin_label.text() == "文件：sample_notice.txt（UTF-8）"
        seen["issues"] = len(of_kind(dialog.tree, ISSUE))
        seen["measures"] = len(of_kind(dialog.tree, MEASURE))
        seen["categories"] = len(of_kind(dialog.tree, CATEGORY))
        seen["fields"] = {name: label.text() for name, label in dialog.fields.items()}
        seen["problems"] = problem_rows(dialog)
        assert dialog.new_radio.isChecked()
        assert dialog.import_button.isEnabled()
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    fake_messages.dialogs.append(drive)
    empty_window.action(ActionKey.IMPORT_NOTICE).trigger()

    assert (seen["issues"], seen["measures"], seen["categories"]) == (14, 30, 0)
    assert seen["problems"] == []
    fields = seen["fields"]
    assert isinstance(fields, dict)
    assert fields["inspector"] == "市委第七巡察组"
    assert fields["inspected_unit"] == "示范区"
    assert fields["kind"] == "专项巡察"
    assert fields["period"] == "2022年7月11日 至 2022年8月19日"
    assert fields["feedback_date"] == "2022年10月11日"
    assert fields["rectification"] == "2022年10月12日 至 2023年1月11日"
    assert fields["issuer"] == "中共许昌市城乡一体化示范区工委"
    assert fields["notice_date"] == "2023年3月17日"

    # The ledger has them, read back through the service.
    assert counts(empty_window) == (1, 14, 30)
    inspection = empty_window.service.list_inspections()[0]
    assert inspection.title == SAMPLE_TITLE
    issues = empty_window.service.list_issues(
        IssueFilter(inspection_id=InspectionId(inspection.id))
    )
    assert [i.number for i in issues] == [str(n) for n in range(1, 15)]
    assert empty_window.current_inspection() == inspection
    assert len(empty_window.shown_issues()) == 14

    # One step on the undo stack, and undo removes all of it.
    assert empty_window.undo_stack.count() == 1
    assert empty_window.undo_stack.undoText() == f"导入通报“{SAMPLE_TITLE}”"
    empty_window.undo_stack.undo()
    assert counts(empty_window) == (0, 0, 0)
    assert empty_window.shown_issues() == []
    empty_window.undo_stack.redo()
    assert counts(empty_window) == (1, 14, 30)


def test_the_notice_figures_are_kept_and_undone_with_the_import(
    empty_window: FakeWindow, fake_messages: FakeMessages
) -> None:
    seen: dict[str, object] = {}

    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, NoticeImportDialog)
        dialog.set_text(LAYOUT_A)
        statistics = dialog.stats_tree
        seen["rows"] = [
            (item.text(0), item.text(1))
            for i in range(statistics.topLevelItemCount())
            if (item := statistics.topLevelItem(i)) is not None
        ]
        seen["categories"] = [i.text(0) for i in of_kind(dialog.tree, CATEGORY)]
        dialog.accept()
        return True

    fake_messages.dialogs.append(drive)
    empty_window.action(ActionKey.IMPORT_NOTICE).trigger()

    assert seen["rows"] == [
        ("反馈问题", "5 个"),
        ("已完成整改", "3 个"),
        ("正在整改", "2 个"),
        ("整改完成率", "60.00%"),
    ]
    assert seen["categories"] == ["一、在落实党的路线方针政策方面", "二、在全面从严治党方面"]
    supervision = SupervisionService(empty_window.service)
    inspection = empty_window.service.list_inspections()[0]
    stated = supervision.view().notice_statistics
    assert stated[inspection.id] == {"issues_total": 5, "done": 3, "in_progress": 2, "rate": 60.0}
    assert counts(empty_window) == (1, 5, 8)

    assert empty_window.undo_stack.count() == 1  # import and figures: one step
    empty_window.undo_stack.undo()
    assert counts(empty_window) == (0, 0, 0)
    assert supervision.view().notice_statistics == {}
    empty_window.undo_stack.redo()
    inspection = empty_window.service.list_inspections()[0]
    assert supervision.view().notice_statistics[inspection.id]["rate"] == 60.0
    assert counts(empty_window) == (1, 5, 8)


def test_every_kind_of_figure_is_shown_with_its_unit(
    qtbot: QtBot, empty_window: FakeWindow, fake_messages: FakeMessages
) -> None:
    dialog = NoticeImportDialog([], None, empty_window)
    qtbot.addWidget(dialog)
    more = (
        "整改完成率60.00%。给予党纪处分1人、政务处分2人，诫勉谈话0人。"
        "制定及修改完善制度15项，追缴资金12.345万元。召开专题民主生活会2次。"
    )
    dialog.set_text(LAYOUT_A.replace("整改完成率60.00%。", more))
    rows = [
        (item.text(0), item.text(1))
        for i in range(dialog.stats_tree.topLevelItemCount())
        if (item := dialog.stats_tree.topLevelItem(i)) is not None
    ]
    assert rows[4:] == [
        ("问责：党纪处分", "1 人"),
        ("问责：政务处分", "2 人"),
        ("问责：诫勉谈话", "0 人"),
        ("制定完善制度", "15 项"),
        ("追缴资金", "12.345 万元"),
        ("召开专题民主生活会", "2 次"),
    ]
    assert dialog.tabs.tabText(dialog.tabs.indexOf(dialog.stats_tree)) == "统计数字（10）"


def test_pasted_text_shows_its_problems_at_their_lines(
    qtbot: QtBot, empty_window: FakeWindow, fake_messages: FakeMessages
) -> None:
    dialog = NoticeImportDialog([], None, empty_window)
    qtbot.addWidget(dialog)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(TROUBLED)
    dialog.paste_button.click()

    assert dialog.origin_label.text() == "粘贴的文本"
    rows = problem_rows(dialog)
    assert rows == [
        ("5", "提示", "完成率与所列数字不符：3/5 不等于 70.0%"),
        ("17", "提示", "问题 2 的整改进度无法识别，已按“未启动”读入，原文保留（原文：看情况吧）"),
    ]
    assert dialog.tabs.tabText(dialog.tabs.indexOf(dialog.problems_page)) == "问题提示（2）"
    # Both lines are marked in the text; choosing a problem goes to its line.
    assert dialog.source.marked_lines() == {5: WARNING_BACKGROUND, 17: WARNING_BACKGROUND}
    dialog.problem_list.setCurrentItem(dialog.problem_list.topLevelItem(1))
    assert dialog.source.current_line() == 17
    assert dialog.source.textCursor().block().text() == "整改进度：看情况吧。"
    assert dialog.problem_detail.text().startswith("第17行：问题 2 的整改进度无法识别")
    # The issue it belongs to is marked in the tree, and choosing it shows its line.
    issue_2 = next(i for i in of_kind(dialog.tree, ISSUE) if i.text(0).startswith("问题2."))
    assert issue_2.text(1) == "未启动"
    assert "第17行" in issue_2.toolTip(0)
    assert not issue_2.icon(0).isNull()
    dialog.tree.setCurrentItem(issue_2)
    assert dialog.source.current_line() == issue_2.data(0, LINE_ROLE) == 15
    # Warnings do not stop the import.
    assert dialog.import_button.isEnabled()


def test_an_error_blocks_the_import_until_the_text_is_corrected(
    qtbot: QtBot, empty_window: FakeWindow, fake_messages: FakeMessages
) -> None:
    dialog = NoticeImportDialog([], None, empty_window)
    qtbot.addWidget(dialog)
    dialog.set_text("各位同事：\n\n明天上午九点在三楼会议室开会。\n")
    assert [row[1] for row in problem_rows(dialog)] == ["错误"]
    assert not dialog.import_button.isEnabled()
    assert dialog.tabs.currentWidget() is dialog.problems_page
    assert "有错误时不能导入" in dialog.summary_label.text()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted

    # Corrected in the text view and read again: the error is gone.
    dialog.source.setPlainText(LAYOUT_A)
    assert dialog.read_button.isEnabled()
    dialog.read_button.click()
    assert problem_rows(dialog) == []
    assert not dialog.read_button.isEnabled()
    assert dialog.import_button.isEnabled()
    assert len(of_kind(dialog.tree, ISSUE)) == 5


def test_an_unreadable_date_marks_its_line_and_field(
    qtbot: QtBot, empty_window: FakeWindow, fake_messages: FakeMessages
) -> None:
    dialog = NoticeImportDialog([], None, empty_window)
    qtbot.addWidget(dialog)
    text = LAYOUT_A.replace("2023年3月6日至4月28日", "2023315日至4月28日")
    dialog.set_text(text)
    assert ("3", "提示") in [row[:2] for row in problem_rows(dialog)]
    assert dialog.source.marked_lines()[3] == WARNING_BACKGROUND
    assert dialog.fields["period"].toolTip().startswith("第3行：")


def test_a_file_that_cannot_be_read_is_refused_with_its_reason(
    tmp_path: Path, empty_window: FakeWindow, fake_messages: FakeMessages
) -> None:
    old_word = tmp_path / "通报.doc"
    old_word.write_bytes(b"\xd0\xcf\x11\xe0 not really")
    fake_messages.allow_errors = True
    assert not NoticeImportDialog([], None, empty_window).load_file(old_word)
    assert "另存为 .docx" in fake_messages.kinds("error")[0]


def test_a_docx_notice_shows_its_text_with_the_readers_line_numbers(
    qtbot: QtBot, tmp_path: Path, empty_window: FakeWindow, fake_messages: FakeMessages
) -> None:
    import docx

    document = docx.Document()
    for line in TROUBLED.splitlines():
        document.add_paragraph(line)
    path = tmp_path / "通报.docx"
    document.save(str(path))
    dialog = NoticeImportDialog([], None, empty_window)
    qtbot.addWidget(dialog)
    assert dialog.load_file(path)
    assert dialog.origin_label.text() == "文件：通报.docx（Word）"
    line = int(problem_rows(dialog)[1][0])
    block = dialog.source.document().findBlockByNumber(line - 1)
    assert block.text() == "整改进度：看情况吧。"


def test_importing_into_an_inspection_already_in_the_ledger(
    window: FakeWindow, fake_messages: FakeMessages
) -> None:
    before = counts(window)
    target = window.service.list_inspections()[0]

    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, NoticeImportDialog)
        dialog.set_text(LAYOUT_A)
        dialog.existing_radio.setChecked(True)
        assert dialog.existing_combo.isEnabled()
        assert dialog.target_inspection_id() == target.id
        dialog.accept()
        return True

    fake_messages.dialogs.append(drive)
    window.action(ActionKey.IMPORT_NOTICE).trigger()
    assert counts(window) == (before[0], before[1] + 5, before[2] + 8)
    window.undo_stack.undo()
    assert counts(window) == before


def test_a_notice_already_imported_asks_before_importing_it_again(
    window: FakeWindow, fake_messages: FakeMessages
) -> None:
    # The demo ledger holds the sample notice's inspection.
    before = counts(window)
    fake_messages.confirm_answers.append(False)
    seen: dict[str, object] = {}

    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, NoticeImportDialog)
        assert dialog.load_file(SAMPLE)
        assert dialog.duplicate() is not None
        seen["warning"] = dialog.duplicate_label.text()
        dialog.accept()  # answered "no"
        return dialog.result() == QDialog.DialogCode.Accepted

    fake_messages.dialogs.append(drive)
    window.action(ActionKey.IMPORT_NOTICE).trigger()
    assert "这份通报可能已经导入过" in str(seen["warning"])
    assert "仍要再新建一次" in fake_messages.kinds("confirm")[0]
    assert counts(window) == before
    assert window.undo_stack.count() == 0


def test_the_inspection_as_read_can_be_corrected_before_importing(
    empty_window: FakeWindow, fake_messages: FakeMessages
) -> None:
    def fix(dialog: QDialog) -> bool:
        from desktop.ui.dialogs.inspection_dialog import InspectionDialog

        assert isinstance(dialog, InspectionDialog)
        dialog.title.setText("交通运输局第三轮巡察")
        dialog.accept()
        return True

    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, NoticeImportDialog)
        dialog.set_text(LAYOUT_A)
        dialog.edit_inspection_button.click()
        assert dialog.fields["title"].text() == "交通运输局第三轮巡察"
        assert dialog.new_radio.text() == "新建巡察“交通运输局第三轮巡察”"
        dialog.accept()
        return True

    fake_messages.dialogs += [drive, fix]
    empty_window.action(ActionKey.IMPORT_NOTICE).trigger()
    assert [i.title for i in empty_window.service.list_inspections()] == ["交通运输局第三轮巡察"]


def drag_events(path: Path) -> tuple[QMimeData, QDragEnterEvent, QDropEvent]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    return mime, enter, drop


def test_a_notice_dropped_on_the_window_opens_the_preview(
    qtbot: QtBot, empty_window: FakeWindow, fake_messages: FakeMessages
) -> None:
    seen: dict[str, object] = {}

    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, NoticeImportDialog)
        seen["issues"] = len(of_kind(dialog.tree, ISSUE))
        return False  # looked, then cancelled

    fake_messages.dialogs.append(drive)
    _mime, enter, drop = drag_events(SAMPLE)
    QApplication.sendEvent(empty_window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(empty_window, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: "issues" in seen)
    assert seen["issues"] == 14
    assert counts(empty_window) == (0, 0, 0)


def test_the_menus_offer_the_notice_actions(empty_window: FakeWindow) -> None:
    assert empty_window.menu_texts(Menu.IMPORT) == ["整改情况通报…"]
    assert empty_window.menu_texts(Menu.REPORT) == ["生成整改情况通报…"]


def test_importing_with_the_text_changed_but_not_read_again_asks_first(
    qtbot: QtBot, empty_window: FakeWindow, fake_messages: FakeMessages
) -> None:
    dialog = NoticeImportDialog([], None, empty_window)
    qtbot.addWidget(dialog)
    dialog.set_text(LAYOUT_A)
    dialog.source.setPlainText(LAYOUT_A.replace("问题5", "问题6"))
    fake_messages.confirm_answers.append(False)
    dialog.accept()
    assert "尚未重新读取" in fake_messages.kinds("confirm")[0]
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_a_saved_web_page_goes_where_its_content_belongs(
    qtbot: QtBot, empty_window: FakeWindow, fake_messages: FakeMessages, tmp_path: Path
) -> None:
    """A notice saved from the website (.html, GB2312, with the site's menu and footer)
    opens the notice's preview and reads as its text does; a page holding a ledger's
    table goes to the import wizard instead."""
    from desktop.ui import drop
    from desktop.ui.import_wizard import ImportWizard
    from tests.excel.test_markup import ONLINE_EXPORT
    from tests.notice.web_corpus import page

    seen: dict[str, object] = {}

    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, NoticeImportDialog)
        seen["issues"] = len(of_kind(dialog.tree, ISSUE))
        seen["source"] = dialog.source.toPlainText()
        return False

    fake_messages.dialogs.append(drive)
    notice = tmp_path / "关于巡察整改情况的通报.html"
    notice.write_bytes(page(SAMPLE.read_text(encoding="utf-8"), "gb2312").encode("gb18030"))
    assert drop.open_dropped(empty_window, [notice])
    qtbot.waitUntil(lambda: "issues" in seen)
    assert seen["issues"] == 14
    assert "<p>" not in str(seen["source"])
    assert empty_window.findChild(ImportWizard) is None

    ledger = tmp_path / "台账.html"
    ledger.write_bytes(ONLINE_EXPORT.encode("gb18030"))
    assert drop.open_dropped(empty_window, [ledger])
    wizard = empty_window.findChild(ImportWizard)
    assert wizard is not None
    qtbot.waitUntil(lambda: wizard.workbook is not None)
    assert counts(empty_window) == (0, 0, 0)


def test_a_dropped_word_document_goes_where_its_content_belongs(
    qtbot: QtBot, empty_window: FakeWindow, fake_messages: FakeMessages
) -> None:
    """A notice whose issues are a Word table (its opening in prose around the table)
    opens the notice's preview, as .docx and as .doc; a ledger kept as a Word table (a
    title over the table) opens the import wizard on it."""
    from desktop.ui import drop
    from desktop.ui.import_wizard import ImportWizard
    from tests.excel.corpus.documents import DOCUMENTS

    notices = Path(__file__).resolve().parents[1] / "notice"
    seen: list[int] = []

    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, NoticeImportDialog)
        seen.append(len(of_kind(dialog.tree, ISSUE)))
        return False

    for count, notice in enumerate(
        (
            notices / "corpus" / "37_docx_table_bordered_pages.docx",
            notices / "corpus_doc" / "39_docx_table_measure_rows.doc",
        ),
        start=1,
    ):
        fake_messages.dialogs.append(drive)
        assert drop.open_dropped(empty_window, [notice])
        qtbot.waitUntil(lambda count=count: len(seen) == count)
    assert seen == [16, 4]
    assert empty_window.findChild(ImportWizard) is None

    ledger = DOCUMENTS / "02_title.doc"
    assert drop.open_dropped(empty_window, [ledger])
    wizard = empty_window.findChild(ImportWizard)
    assert wizard is not None
    qtbot.waitUntil(lambda: wizard.workbook is not None)
    assert wizard.path == ledger
    assert wizard.sheet is not None
    assert wizard.sheet.name == "02_title"
    assert counts(empty_window) == (0, 0, 0)


def test_a_notice_file_is_read_off_the_window_thread(
    qtbot: QtBot, empty_window: FakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 300-page PDF takes seconds to read: the file is read in a worker (once), the
    window's thread only shows the reading."""
    import threading

    import desktop.notice.reader as reader

    threads: list[str] = []
    real = reader.notice_source

    def recorded(path: Path) -> object:
        threads.append(threading.current_thread().name)
        return real(path)

    monkeypatch.setattr(reader, "notice_source", recorded)
    dialog = NoticeImportDialog([], None, empty_window)
    qtbot.addWidget(dialog)
    assert dialog.load_file(SAMPLE)
    assert len(threads) == 1
    assert threads[0] != threading.main_thread().name
    assert len(of_kind(dialog.tree, ISSUE)) == 14
