"""视图 → 修改历史: the whole ledger's changes, newest first, in the same words as an
issue's 历史 tab; filtered by operator, source, kind of record, field, dates and
text; 打开所在问题 shows the record in the window."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from pytestqt.qtbot import QtBot

from desktop.domain.records import HistoryEntry
from desktop.domain.rollup import StatusChoice
from desktop.services.ledger import LedgerService
from desktop.ui.history_view import HistoryView
from desktop.ui.main_window import MainWindow
from desktop.ui.models.history_model import HistoryModel, value_text
from desktop.ui.widgets.issue_form import INVALID_STYLE

from .helpers import FakeMessages
from .safety_helpers import issue_numbered, select_number


def colleague(window: MainWindow, name: str) -> LedgerService:
    return LedgerService(window.service.uow.engine, name)


def texts(view: HistoryView, column: str) -> list[str]:
    number = next(n for n, c in enumerate(view.model.columns) if c.key == column)
    return [view.model.index(r, number).data() for r in range(view.model.rowCount())]


def choose(combo, data: str) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def make_changes(window: MainWindow) -> int:
    """A colleague's edit of issue 5 and another's of a measure of issue 7; returns how
    many of issue 5's measures followed its new state (domain.rollup)."""
    issue = issue_numbered(window.service, "5")
    done = colleague(window, "李四").set_issue_fields(
        issue.id,
        {"status": "partial", "deadline": "2023-06-30", "remarks": "第九十九次会议"},
        status_choice=StatusChoice.MEASURES_FOLLOW,
    )
    measure = window.service.list_measures(issue_numbered(window.service, "7").id)[0]
    colleague(window, "王五").set_measure_fields(measure.id, {"progress": "措施已落实"})
    return len(done.changes.measures)


def test_the_whole_history_newest_first_in_readable_words(
    window: MainWindow, fake_messages: FakeMessages
) -> None:
    make_changes(window)
    window.safety.history_action.trigger()
    view = window.safety.history_view
    assert view is not None
    assert view.isVisible()
    rows = view.rows()
    assert [r.entry_id for r in rows] == sorted((r.entry_id for r in rows), reverse=True)
    assert rows[0].operator == "王五"
    assert texts(view, "issue")[0] == "7"
    assert texts(view, "what")[0] == "整改措施"
    assert texts(view, "field")[0] == "整改进展"
    by_field = {
        field: new
        for row, field, new in zip(rows, texts(view, "field"), texts(view, "new"), strict=True)
        if row.operator == "李四" and row.entity == "issue"
    }
    assert by_field["整改状态"] == "基本完成"
    assert by_field["整改时限"] == "2023年6月30日"
    assert texts(view, "source")[0] == "录入"
    assert view.count_label.text() == f"共 {len(rows)} 条修改"
    assert texts(view, "about")[-1]  # the import's description or file


def test_filters_narrow_the_list(window: MainWindow, fake_messages: FakeMessages) -> None:
    followed = make_changes(window)
    view = window.safety.show_history()
    everything = view.model.rowCount()
    assert everything > 50
    choose(view.operator, "李四")
    assert set(texts(view, "operator")) == {"李四"}
    assert view.model.rowCount() == 3 + followed  # three fields, and the measures' states
    choose(view.field, "deadline")
    assert texts(view, "new") == ["2023年6月30日"]
    view.clear_filter()
    assert view.model.rowCount() == everything

    choose(view.source, "import")
    assert set(texts(view, "source")) == {"导入"}
    choose(view.entity, "measure")
    assert set(texts(view, "what")) == {"整改措施"}
    assert view.model.rowCount() == 30
    view.clear_filter()

    view.text.setText("第九十九次")
    view.refresh()  # what the typing pause would do
    assert texts(view, "field") == ["备注"]
    view.clear_filter()

    tomorrow = date.today() + timedelta(days=1)
    view.since.set_date(tomorrow)
    view.refresh()
    assert view.model.rowCount() == 0
    view.since.setText("")
    view.until.set_date(date.today() - timedelta(days=1))
    view.refresh()
    assert view.model.rowCount() == 0
    view.until.setText("下周")  # not a date: marked, and not filtering
    view.refresh()
    assert view.until.line.styleSheet() == INVALID_STYLE
    assert view.model.rowCount() == everything


def test_typing_filters_after_a_pause(
    qtbot: QtBot, window: MainWindow, fake_messages: FakeMessages
) -> None:
    make_changes(window)
    view = window.safety.show_history()
    view.text.setText("措施已落实")
    assert view.text_timer.isActive()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert texts(view, "operator") == ["王五"]


def test_the_lists_offer_what_the_history_holds(
    window: MainWindow, fake_messages: FakeMessages
) -> None:
    make_changes(window)
    view = window.safety.show_history()
    operators = [view.operator.itemText(i) for i in range(view.operator.count())]
    assert operators == ["全部", *sorted(["测试员", "李四", "王五"])]
    sources = [view.source.itemText(i) for i in range(view.source.count())]
    assert sources == ["全部", "录入", "导入"]
    fields = [view.field.itemData(i) for i in range(view.field.count())]
    assert {"status", "deadline", "progress", "remarks"} <= set(fields)


def test_open_the_record_of_a_change(window: MainWindow, fake_messages: FakeMessages) -> None:
    make_changes(window)
    select_number(window, "1")
    # A filter that hides the issue to open: it is cleared to show it.
    window.filter_bar.search.setText("第一个问题不会有这样的文字")
    window.filter_bar.apply_search_now()
    assert window.model.rowCount() == 0
    view = window.safety.show_history()
    view.view.selectRow(0)  # 王五's change of a measure of issue 7
    assert view.open_button.isEnabled()
    view.open_button.click()
    current = window.current_issue()
    assert current is not None
    assert current.number == "7"
    assert window.detail.tabs.currentWidget() is window.detail.history

    choose(view.entity, "inspection")
    view.view.selectRow(0)
    assert view.open_button.isEnabled()
    view.open_current()
    assert window.current_inspection() is not None


def test_a_deleted_issue_cannot_be_opened(window: MainWindow, fake_messages: FakeMessages) -> None:
    issue = issue_numbered(window.service, "14")
    window.service.delete_issues([issue.id])
    window.reload_all()
    view = window.safety.show_history()
    choose(view.entity, "issue")
    view.view.selectRow(0)
    assert view.current_row() is not None
    assert view.current_row().action == "delete"  # type: ignore[union-attr]
    view.open_current()
    assert "已被删除" in fake_messages.kinds("info")[-1]


def test_the_view_follows_changes_made_in_the_window(
    window: MainWindow, fake_messages: FakeMessages
) -> None:
    view = window.safety.show_history()
    before = view.model.rowCount()
    select_number(window, "2")
    window.detail.form.remarks.setText("窗口里改的备注")
    assert window.save_current_issue()
    assert view.model.rowCount() == before + 1
    assert texts(view, "new")[0] == "窗口里改的备注"


def test_the_issue_tab_uses_the_same_words(window: MainWindow, fake_messages: FakeMessages) -> None:
    make_changes(window)
    select_number(window, "5")
    tab: HistoryModel = window.detail.history_model
    view = window.safety.show_history()
    choose(view.operator, "李四")
    ledger = {
        tuple(view.model.index(r, c).data() for c in (0, 1, 2, 4, 5, 6, 7, 8))
        for r in range(view.model.rowCount())
    }
    issue_tab = {
        tuple(tab.index(r, c).data() for c in range(tab.columnCount()))
        for r in range(tab.rowCount())
        if tab.index(r, 1).data() == "李四"
    }
    assert issue_tab == ledger


def test_values_read_like_the_forms() -> None:
    assert value_text("deadline", '"2023-06-30"') == "2023年6月30日"
    assert value_text("deadline_rule", '"immediate"') == "立行立改"
    assert value_text("kind", '"special"') == "专项巡察"
    assert value_text("category_id", "3", {3: "（一）政治责任方面"}) == "（一）政治责任方面"
    assert value_text("category_id", "9", {}) == "类别 #9"
    assert value_text("status", '"done"') == "已完成"
    assert value_text("deadline", '"sometime"') == "sometime"
    model = HistoryModel()
    model.set_category_names({3: "（一）政治责任方面"})
    entry = HistoryEntry(
        1,
        1,
        datetime(2024, 5, 1, 9, 0),
        "张三",
        "form",
        "issue",
        "k",
        "update",  # type: ignore[arg-type]
        "category_id",
        json.dumps(None),
        json.dumps(3),
    )
    model.set_records([entry])
    assert model.index(0, 7).data() == "（一）政治责任方面"
