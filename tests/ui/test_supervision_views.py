"""The ledger-wide supervision views driven through their widgets: the 督办 dock on the
demo ledger (issue 9, partial, due 2023-01-11, is overdue), its start-up rule and
due-soon window; the dashboard against ``SupervisionService.statistics``, its as-of
date against a history with known dates, its export; the ledger check's double-click;
the holiday calendar page's round trip."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.domain.calendar import WorkCalendar, load_calendar
from desktop.domain.changes import Done
from desktop.domain.records import InspectionDraft, IssueDraft, MeasureDraft, Responsibility
from desktop.domain.status import Status
from desktop.domain.supervision import DueSettings
from desktop.services.ledger import LedgerService
from desktop.services.supervision import SupervisionService
from desktop.storage.migrate import open_ledger
from desktop.ui.commands import EditMeasureCommand
from desktop.ui.dashboard import Dashboard
from desktop.ui.main_window import MainWindow
from desktop.ui.models.roles import Roles
from desktop.ui.settings import AppSettings
from desktop.ui.supervision_actions import SupervisionViews
from desktop.ui.supervision_view import SupervisionView

from .conftest import opener_for
from .helpers import FakeMessages, submit_a_weekday_as_workday

DEMO_DEADLINE = date(2023, 1, 11)


def views_of(window: MainWindow) -> SupervisionViews:
    views = window.supervision_views
    assert isinstance(views, SupervisionViews)
    return views


def wait_dock(qtbot: QtBot, window: MainWindow) -> SupervisionViews:
    views = views_of(window)
    qtbot.waitUntil(
        lambda: views.dock.view.document is not None and not views.dock.view.loader.busy
    )
    return views


def double_click(qtbot: QtBot, view: Any, rect: Any) -> None:
    """A double-click as a hand makes it: a click, then the second press (QTest's
    double-click alone does not press first, and item views ignore it then)."""
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def item_rect(view: SupervisionView, what: str) -> Any:
    index = view.index_of(what)
    assert index.isValid(), f"{what} not listed"
    return view.tree.visualRect(index)


# ------------------------------------------------------------------------ 督办
def test_the_dock_lists_the_demo_ledgers_overdue_issue_at_start_up(
    qtbot: QtBot, window: MainWindow
) -> None:
    views = wait_dock(qtbot, window)
    view = views.dock.view
    assert views.dock.isVisible()  # something is overdue, and the setting is on
    days = (date.today() - DEMO_DEADLINE).days
    rows = view.rows()
    assert rows[0] == [
        "逾期",
        "问题9",
        rows[0][2],
        "2023年1月11日",
        f"逾期 {days} 天",
        "毛长申",
        "基本完成",
    ]
    assert rows[0][2].startswith("示范区虽对多处积水点进行了整治")
    assert rows[1][:2] == ["逾期", "问题9 第1条措施"]
    assert view.unit_titles() == ["建设局（逾期 2 项，临期 0 项）"]
    # Issues by the one rule (as the table counts them), the items beside them.
    assert "逾期问题 1 个，临期问题 0 个" in view.summary.text()
    assert "逾期事项 2 项，临期事项（7 天内到期）0 项" in view.summary.text()
    assert views.dock_action.isChecked()
    assert views.dock_action in window.report_menu.actions()
    assert views.dock_action in window.view_menu.actions()


def test_double_click_goes_to_the_issue_and_the_measure(qtbot: QtBot, window: MainWindow) -> None:
    views = wait_dock(qtbot, window)
    view = views.dock.view
    # Hide issue 9 behind a filter: going to it clears the filter.
    window.filter_bar.search.setText("学习")
    window.filter_bar.apply_search_now()
    assert all(r.number != "9" for r in window.shown_issues())

    double_click(qtbot, view.tree, item_rect(view, "问题9 第1条措施"))
    issue = window.current_issue()
    assert issue is not None
    assert issue.number == "9"
    assert window.detail.tabs.currentWidget() is window.detail.measures
    measures = window.detail.measures
    current = measures.model.index(measures.view.current_row(), 0).data(Roles.RECORD_ID)
    assert current == window.service.list_measures(issue.id)[0].id

    window.detail.tabs.setCurrentIndex(0)
    window.select_issue(next(r.id for r in window.shown_issues() if r.number == "1"))
    view.tree.setCurrentIndex(view.index_of("问题9"))
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert window.current_issue().number == "9"  # type: ignore[union-attr]
    assert window.detail.tabs.currentIndex() == 0


def test_dont_show_at_start_up_is_remembered(
    qtbot: QtBot,
    window: MainWindow,
    demo_service: LedgerService,
    settings: AppSettings,
    fake_messages: FakeMessages,
) -> None:
    views = wait_dock(qtbot, window)
    views.dock.view.show_at_start.setChecked(False)
    assert settings.show_supervision_at_start is False
    views.dock.close()
    assert not views.dock_action.isChecked()

    again = MainWindow(demo_service, "demo.sqlite", settings=settings, opener=opener_for())
    qtbot.addWidget(again)
    again.show()
    later = wait_dock(qtbot, again)
    assert later.dock.view.total == 2
    assert not later.dock.isVisible()
    assert not later.dock.view.show_at_start.isChecked()
    # Still there on demand.
    later.dock_action.trigger()
    assert later.dock.isVisible()
    again.close()


def test_nothing_to_chase_keeps_the_dock_closed(qtbot: QtBot, empty_window: MainWindow) -> None:
    views = wait_dock(qtbot, empty_window)
    assert views.dock.view.total == 0
    assert not views.dock.isVisible()
    assert views.dock.view.rows() == []
    assert views.dock.view.empty.isVisibleTo(views.dock.view)
    assert views.dock.view.empty.text() == "没有逾期或临期的问题和整改措施。"


def test_another_ledger_refreshes_the_views(
    qtbot: QtBot, window: MainWindow, ledger_path: Path
) -> None:
    views = wait_dock(qtbot, window)
    dashboard = views.open_dashboard()
    qtbot.waitUntil(lambda: dashboard.stats is not None and not dashboard.loader.busy)
    assert dashboard.scope.count() == 2  # all, and the demo's inspection
    with qtbot.waitSignal(views.dock.view.loaded):
        assert window.open_location(str(ledger_path))
    assert views.dock.view.total == 0
    assert not views.dock.isVisible()  # a new ledger with nothing to chase
    assert dashboard.scope.count() == 1
    qtbot.waitUntil(lambda: not dashboard.loader.busy)
    assert dashboard.stats is not None
    assert dashboard.stats["issues"]["total"] == 0


@pytest.fixture
def due_service(service: LedgerService) -> LedgerService:
    """An inspection with an issue due in four days and one overdue measure elsewhere."""
    today = date.today()
    inspection = service.create_inspection(InspectionDraft(title="市委第二巡察组常规巡察"))
    service.add_issue(
        inspection.value.id,
        IssueDraft(
            number="1",
            text="制度执行不到位",
            responsibility=Responsibility(
                lead_unit="办公室", lead_leader="张三", deadline=today + timedelta(days=4)
            ),
        ),
    )
    service.add_issue(
        inspection.value.id,
        IssueDraft(number="2", text="台账不全", responsibility=Responsibility(lead_unit="财政局")),
        [
            MeasureDraft(
                "一是补齐台账",
                responsibility=Responsibility(
                    lead_leader="李四", deadline=today - timedelta(days=3)
                ),
            )
        ],
    )
    return service


def test_the_due_soon_window_in_days_and_working_days(
    qtbot: QtBot, due_service: LedgerService
) -> None:
    view = SupervisionView()
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded):
        view.refresh(due_service, DueSettings(3, False))
    assert [r[:2] for r in view.rows()] == [["逾期", "问题2 第1条措施"]]
    assert view.rows()[0][4:6] == ["逾期 3 天", "李四"]
    assert view.unit_titles() == ["财政局（逾期 1 项，临期 0 项）"]

    with qtbot.waitSignal(view.loaded):
        view.refresh(due_service, DueSettings(7, False))
    due = next(r for r in view.rows() if r[1] == "问题1")
    assert due[0] == "临期"
    assert due[4:6] == ["剩余 4 天", "张三"]

    # Working days on a calendar of weekends only: four calendar days hold 2 to 4.
    calendar = WorkCalendar()
    working = calendar.working_days_between(date.today(), date.today() + timedelta(days=4))
    with qtbot.waitSignal(view.loaded):
        view.refresh(due_service, DueSettings(working, True), calendar=calendar)
    due = next(r for r in view.rows() if r[1] == "问题1")
    assert due[4] == f"剩余 4 天（{working} 个工作日）"
    assert f"{working} 个工作日内到期" in view.summary.text()
    with qtbot.waitSignal(view.loaded):
        view.refresh(due_service, DueSettings(working - 1, True), calendar=calendar)
    assert all(r[1] != "问题1" for r in view.rows())


def test_the_due_soon_setting_reaches_the_ledger_and_the_dock(
    qtbot: QtBot, window: MainWindow, fake_messages: FakeMessages, settings: AppSettings
) -> None:
    from desktop.ui.dialogs.settings_dialog import SettingsDialog

    views = wait_dock(qtbot, window)

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, SettingsDialog)
        assert dialog.due_soon_days.suffix() == " 天"
        dialog.due_soon_days.setValue(10)
        dialog.due_soon_working.setChecked(True)
        assert dialog.due_soon_days.suffix() == " 个工作日"
        dialog.show_supervision.setChecked(False)
        return True

    fake_messages.dialogs.append(fill)
    with qtbot.waitSignal(views.dock.view.loaded):
        window.settings_action.trigger()
    assert (settings.due_soon_days, settings.due_soon_working_days) == (10, True)
    assert SupervisionService(window.service).due_settings() == DueSettings(10, True)
    assert not views.dock.view.show_at_start.isChecked()
    assert "10 个工作日内到期" in views.dock.view.summary.text()


# -------------------------------------------------------------------- dashboard
def test_the_dashboard_shows_first_and_fills_when_its_figures_come(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """统计 opens at once, saying it is computing; its supervision service (its
    imports, the office calendar it reads) is made in the statistics' worker, not on
    the window's thread, and the figures fill it when they come."""
    import threading

    views = wait_dock(qtbot, window)
    made_in: list[bool] = []  # whether each service was made on the GUI thread
    source = views.supervision

    def supervision() -> SupervisionService:
        made_in.append(threading.current_thread() is threading.main_thread())
        return source()

    monkeypatch.setattr(views, "supervision", supervision)
    gate = threading.Event()
    statistics = SupervisionService.statistics

    def held(self: SupervisionService, *args: Any, **kwargs: Any) -> dict[str, Any]:
        gate.wait(10)
        return statistics(self, *args, **kwargs)

    monkeypatch.setattr(SupervisionService, "statistics", held)
    dashboard = views.open_dashboard()
    assert dashboard.isVisible()
    assert dashboard.stats is None
    assert dashboard.status.text() == "正在统计…"
    assert dashboard.figures_model.records() == []
    with qtbot.waitSignal(dashboard.loaded, timeout=10_000):
        gate.set()
    assert made_in == [False]
    assert dashboard.stats is not None
    assert {r.label: r.issues for r in dashboard.figures_model.records()}["合计"] == 14


def test_the_dashboard_shows_the_service_statistics(qtbot: QtBot, window: MainWindow) -> None:
    views = wait_dock(qtbot, window)
    dashboard = views.open_dashboard()
    qtbot.waitUntil(lambda: dashboard.stats is not None and not dashboard.loader.busy)
    inspection = window.current_inspection()
    assert inspection is not None
    assert dashboard.scope.currentText() == inspection.title
    expected = SupervisionService(window.service).statistics(inspection.id)
    stats = dashboard.stats
    assert stats is not None
    assert {k: v for k, v in stats.items() if k != "today"} == {
        k: v for k, v in expected.items() if k != "today"
    }

    figures = {r.label: r for r in dashboard.figures_model.records()}
    for status in Status:
        row = figures[_status_label(status)]
        assert row.issues == expected["issues"]["by_status"].get(status.value, 0)
        assert row.measures == expected["measures"]["by_status"].get(status.value, 0)
    assert figures["合计"].issues == 14
    assert figures["已完成（含已销号）"].issues == 10
    assert figures["已完成（含已销号）"].issue_rate == 71.43
    assert figures["逾期未完成"].issues == 1
    model = dashboard.figures_model
    done_row = [r.label for r in model.records()].index("已完成")
    assert model.index(done_row, 1).data() == "10"
    assert model.index(done_row, 2).data() == "71.43%"
    key = {k.label: k for k in dashboard.key_rows}
    assert key["完成率"].issues == "71.43%（10/14）"
    assert key["完成率"].measures == "76.67%（23/30）"
    assert key["按期完成率"].issues == "100.00%（按期 10，超期 0）"

    assert dashboard.unit_model.records() == expected["by_unit"]
    assert dashboard.category_model.records() == expected["by_category"]
    assert dashboard.overdue_model.records() == expected["overdue"]
    assert dashboard.tabs.tabText(3) == "逾期清单（2）"
    assert not dashboard.tabs.isTabEnabled(5)  # no "since" date: no changes listed
    outcomes = {r[0]: r[1] for r in dashboard.outcome_model.records()}
    assert outcomes["建章立制"] == "0"
    assert outcomes["资金合计"] == "0.000"

    assert [s.value for s in dashboard.issue_pie.slices] == [
        expected["issues"]["by_status"].get(s.value, 0) for s in Status
    ]
    assert dashboard.measure_pie.total == 30
    bars = {b.label: b.values for b in dashboard.unit_bars.bars}
    assert bars["建设局"] == (0, 1, 1)  # 2 issues: none done, one open, one overdue
    assert bars["发改局"] == (1, 1, 0)
    image = dashboard.grab().toImage()
    assert not image.isNull()


def test_double_click_on_the_dashboards_overdue_list(qtbot: QtBot, window: MainWindow) -> None:
    views = wait_dock(qtbot, window)
    dashboard = views.open_dashboard()
    qtbot.waitUntil(lambda: dashboard.stats is not None and not dashboard.loader.busy)
    dashboard.tabs.setCurrentWidget(dashboard.overdue_view)
    view = dashboard.overdue_view
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "问题9 第1条措施")
    double_click(qtbot, view, view.visualRect(model.index(row, 1)))
    assert window.current_issue().number == "9"  # type: ignore[union-attr]
    assert window.detail.tabs.currentWidget() is window.detail.measures


def _status_label(status: Status) -> str:
    from desktop.ui import labels

    return labels.status_label(status)


def stamp(path: Path, done: Done[Any], when: datetime) -> None:
    """Give a batch the time it would have had if done then."""
    assert done.batch_id is not None
    with sqlite3.connect(path) as connection:
        connection.execute(
            "UPDATE history_batch SET at = ? WHERE id = ?",
            (when.isoformat(" "), done.batch_id),
        )


class History:
    """A ledger whose history has known dates (see ``history``)."""

    def __init__(self, service: LedgerService, day0: date, day1: date, day2: date) -> None:
        self.service = service
        self.day0, self.day1, self.day2 = day0, day1, day2


@pytest.fixture
def history(tmp_path: Path, migrated_template: Path) -> Iterator[History]:
    """Relative to today (so an as-of date is never in the future):

    day0 (90 days ago) inspection, issues 1 and 2 (not started), issue 1 with a measure
    day1 (60 days ago) issue 1 and its measure done
    day2 (30 days ago) issue 2 in progress; issue 3 added
    """
    path = tmp_path / "history.sqlite"
    shutil.copy(migrated_template, path)
    engine = open_ledger(path)
    service = LedgerService(engine, "测试员")
    today = date.today()
    day0, day1, day2 = (today - timedelta(days=n) for n in (90, 60, 30))

    def at(day: date, hour: int) -> datetime:
        return datetime.combine(day, datetime.min.time()).replace(hour=hour)

    inspection = service.create_inspection(InspectionDraft(title="市委第三巡察组常规巡察"))
    stamp(path, inspection, at(day0, 9))
    one = service.add_issue(
        inspection.value.id,
        IssueDraft(
            number="1", text="学习制度落实不到位", responsibility=Responsibility(lead_unit="办公室")
        ),
        [MeasureDraft("一是完善学习制度")],
    )
    stamp(path, one, at(day0, 10))
    two = service.add_issue(
        inspection.value.id,
        IssueDraft(
            number="2", text="资金管理不规范", responsibility=Responsibility(lead_unit="财政局")
        ),
    )
    stamp(path, two, at(day0, 11))
    measure = service.list_measures(one.value.id)[0]
    stamp(path, service.set_measure_fields(measure.id, {"status": "done"}), at(day1, 9))
    # The issue follows its only measure (domain.rollup), in the same batch.
    assert service.get_issue(one.value.id).status is Status.DONE
    stamp(path, service.set_issue_fields(two.value.id, {"status": "in_progress"}), at(day2, 9))
    three = service.add_issue(inspection.value.id, IssueDraft(number="3", text="档案管理混乱"))
    stamp(path, three, at(day2, 10))
    yield History(service, day0, day1, day2)
    engine.dispose()


def dashboard_on(qtbot: QtBot, service: LedgerService) -> Dashboard:
    dashboard = Dashboard(
        lambda: SupervisionService(service, calendar=WorkCalendar()),
        service.list_inspections(),
        operator="测试员",
    )
    qtbot.addWidget(dashboard)
    return dashboard


def counts(dashboard: Dashboard) -> dict[str, int]:
    return {r.label: r.issues for r in dashboard.figures_model.records() if r.issues}


def test_the_as_of_date_shows_the_ledger_as_it_stood(qtbot: QtBot, history: History) -> None:
    dashboard = dashboard_on(qtbot, history.service)
    with qtbot.waitSignal(dashboard.loaded):
        dashboard.refresh()
    assert counts(dashboard) == {
        "已完成": 1,
        "正在推进": 1,
        "未启动": 1,
        "合计": 3,
        "已完成（含已销号）": 1,
    }

    with qtbot.waitSignal(dashboard.loaded):
        dashboard.as_of.set_date(history.day0 + timedelta(days=1))
        dashboard.as_of_check.setChecked(True)
    assert counts(dashboard) == {"未启动": 2, "合计": 2}
    assert dashboard.measure_pie.total == 1
    assert "历史状态" in dashboard.status.text()

    with qtbot.waitSignal(dashboard.loaded):
        dashboard.as_of.set_date(history.day1)
        dashboard.refresh()
    assert counts(dashboard) == {"已完成": 1, "未启动": 1, "合计": 2, "已完成（含已销号）": 1}
    assert dashboard.stats is not None
    assert dashboard.stats["as_of"] == history.day1.isoformat()
    units = {u["unit"]: u["issues"]["finished"] for u in dashboard.unit_model.records()}
    assert units == {"办公室": 1, "财政局": 0}

    # Changes since day1 up to the as-of day: the two status changes of that day.
    with qtbot.waitSignal(dashboard.loaded):
        dashboard.since.set_date(history.day1)
        dashboard.since_check.setChecked(True)
    assert dashboard.tabs.isTabEnabled(5)
    rows = dashboard.change_model.records()
    assert [r[3:] for r in rows] == [
        ("问题1", "整改措施", "整改状态", "未启动", "已完成"),
        ("问题1", "问题", "整改状态", "未启动", "已完成"),
    ]
    assert dashboard.tabs.tabText(5) == "变化情况（2）"


def test_dates_that_make_no_sense_are_refused(qtbot: QtBot, history: History) -> None:
    dashboard = dashboard_on(qtbot, history.service)
    dashboard.as_of.set_date(date.today() + timedelta(days=1))
    dashboard.as_of_check.setChecked(True)
    assert "不能晚于今天" in dashboard.status.text()
    assert not dashboard.loader.busy
    dashboard.as_of.setText("下个月")
    dashboard.refresh()
    assert "日期无法识别" in dashboard.status.text()


def test_the_export_writes_the_figures_on_screen(
    qtbot: QtBot, history: History, tmp_path: Path, fake_messages: FakeMessages
) -> None:
    dashboard = dashboard_on(qtbot, history.service)
    with qtbot.waitSignal(dashboard.loaded):
        dashboard.since.set_date(history.day2)
        dashboard.since_check.setChecked(True)
    target = tmp_path / "周报"
    fake_messages.files.append(str(target))
    dashboard.export_button.click()
    written = tmp_path / "周报.xlsx"
    assert written.exists()
    assert "已导出" in dashboard.status.text()
    book = openpyxl.load_workbook(written)
    overview = {r[0]: r for r in book["概况"].iter_rows(values_only=True) if r[0]}
    stats = dashboard.stats
    assert stats is not None
    assert overview["正在推进"][1] == stats["issues"]["by_status"]["in_progress"] == 1
    assert overview["合计"][1] == 3
    assert overview["统计范围：全部巡察"]
    units = list(book["按单位"].iter_rows(min_row=3, values_only=True))
    assert ("办公室", 1, 1, 0, 100.0, 1, 1, 0, 100.0) in units
    changes = list(book["变化情况"].iter_rows(min_row=4, values_only=True))
    assert len(changes) == len(stats["changes"]) == 2  # issue 2 updated, issue 3 added


# ----------------------------------------------------------------- ledger check
def test_the_check_lists_findings_and_goes_to_them(qtbot: QtBot, window: MainWindow) -> None:
    views = wait_dock(qtbot, window)
    # Issue 8's unit and its second measure's removed: that measure has no unit.
    eight = next(r for r in window.shown_issues() if r.number == "8")
    second = window.service.list_measures(eight.id)[1]
    window.service.set_issue_fields(eight.id, {"lead_unit": ""})
    window.service.set_measure_fields(second.id, {"lead_unit": ""})
    dialog = views.open_check()
    view = dialog.view
    qtbot.waitUntil(lambda: bool(view.findings) and not view.loader.busy)
    codes = {f.code.value for f in view.findings}
    assert codes == {"done_without_evidence", "measure_no_unit", "unit_used_once"}
    assert "提醒" in view.summary.text()

    table = view.table
    row = next(
        r
        for r in range(view.model.rowCount())
        if (f := view.finding_at(r)) is not None and f.entity == "issue" and f.number == "3"
    )
    double_click(qtbot, table, table.visualRect(view.model.index(row, 3)))
    assert window.current_issue().number == "3"  # type: ignore[union-attr]

    window.detail.tabs.setCurrentIndex(0)
    found = [
        (r, f)
        for r in range(view.model.rowCount())
        if (f := view.finding_at(r)) is not None and f.entity == "measure"
    ]
    assert len(found) == 1
    row, finding = found[0]
    assert finding.record_id == second.id
    double_click(qtbot, table, table.visualRect(view.model.index(row, 3)))
    assert window.current_issue().number == "8"  # type: ignore[union-attr]
    assert window.detail.tabs.currentWidget() is window.detail.measures
    measures = window.detail.measures
    shown = measures.model.index(measures.view.current_row(), 0).data(Roles.RECORD_ID)
    assert shown == finding.record_id

    # Putting it right: the list says it is out of date until run again.
    window.perform(
        EditMeasureCommand(
            window.service,
            window.events,
            second.id,
            {"lead_unit": "建设局"},
            window.service.list_measures(eight.id)[1].revision,
            "牵头单位",
        )
    )
    assert "重新检查" in view.summary.text()
    with qtbot.waitSignal(view.checked):
        view.run_button.click()
    assert {f.code.value for f in view.findings} == {"done_without_evidence", "unit_used_once"}


def test_the_finding_model_passes_the_model_tester(
    qtmodeltester: Any, demo_service: LedgerService
) -> None:
    from desktop.ui.ledger_check_view import FindingModel

    model = FindingModel()
    findings = SupervisionService(demo_service, calendar=WorkCalendar()).lint()
    model.set_records(findings)
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "提醒"
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 2).data() == "问题14"
    model.set_records(findings)  # a new run keeps the order chosen
    assert model.index(0, 2).data() == "问题14"


def test_every_kind_of_finding_has_a_name_and_a_severity() -> None:
    """The check's 类型 column names each kind in words (it showed the raw code
    ``unit_used_once`` for the two unit checks, which had no name)."""
    from desktop.domain.ledger_check import FindingCode
    from desktop.ui.ledger_check_view import SEVERITY, code_label

    assert set(SEVERITY) == set(FindingCode)
    names = [code_label(code) for code in FindingCode]
    assert len(set(names)) == len(names)
    assert all(name != code.value for name, code in zip(names, FindingCode, strict=True))
    assert code_label(FindingCode.UNIT_USED_ONCE) == "单位名称仅出现一次"
    # The 类型 column is made wide enough for each name whole.
    from desktop.ui.ledger_check_view import _columns

    [kind] = [c for c in _columns() if c.key == "code"]
    assert set(kind.fits) == set(names)


def test_the_supervision_model_passes_the_model_tester(
    qtmodeltester: Any, demo_service: LedgerService
) -> None:
    from desktop.ui.supervision_view import SupervisionModel, load_supervision

    model = SupervisionModel()
    model.set_document(load_supervision(demo_service, DueSettings(), calendar=WorkCalendar()))
    qtmodeltester.check(model)
    assert model.heading_rows() == [0]
    assert model.rowCount() == 3
    assert model.index(1, 1).data() == "问题9"
    assert model.index(2, 1).data() == "问题9 第1条措施"
    assert model.item_at(model.index(0, 0)) is None


# -------------------------------------------------------------------- calendar
def test_the_holiday_calendar_round_trips(
    qtbot: QtBot, tmp_path: Path, settings: AppSettings, fake_messages: FakeMessages
) -> None:
    from desktop.ui.dialogs.settings_dialog import SettingsDialog

    shipped = tmp_path / "shipped"
    user = tmp_path / "user"
    shipped.mkdir()
    year = date.today().year
    (shipped / f"{year}.json").write_text(
        json.dumps(
            {
                "year": year,
                "official": True,
                "verified": True,
                "source": "通知",
                "holidays": [{"name": "元旦", "start": f"{year}-01-01", "end": f"{year}-01-01"}],
                "workdays": [],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    dialog = SettingsDialog(settings, calendar_folders=[shipped, user])
    qtbot.addWidget(dialog)
    page = dialog.calendar_page
    this, nxt = page.editors[year], page.editors[year + 1]
    assert "已按国务院办公厅通知录入" in this.status.text()
    assert "尚无" in nxt.status.text()  # no data for next year: weekends only
    assert not page.dirty

    # A Saturday of next year worked, a three-day holiday around it.
    saturday = date(year + 1, 3, 1)
    while saturday.weekday() != 5:
        saturday += timedelta(days=1)
    row = nxt.add_holiday_row()
    nxt.holidays.item(row, 0).setText("测试节")  # type: ignore[union-attr]
    nxt.holidays.item(row, 1).setText(f"{year + 1}年3月{saturday.day + 1}日")  # type: ignore[union-attr]
    nxt.holidays.item(row, 2).setText(f"3月{saturday.day + 3}日")  # type: ignore[union-attr]
    row = nxt.add_workday_row()
    nxt.workdays.item(row, 0).setText(saturday.isoformat())  # type: ignore[union-attr]
    nxt.workdays.item(row, 1).setText("测试节调休上班")  # type: ignore[union-attr]
    assert "尚未正式录入" in nxt.status.text()  # data, but not marked official yet
    nxt.official.setChecked(True)
    assert "已按国务院办公厅通知录入" in nxt.status.text()
    assert "共 3 天假日，1 个调休上班日" in nxt.count.text()
    assert page.dirty

    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    dialog.apply_to(settings)
    assert sorted(p.name for p in user.iterdir()) == [f"{year + 1}.json"]  # only the edited year
    calendar, errors = load_calendar([shipped, user])
    assert errors == []
    assert calendar.status(year + 1).value == "official"
    assert calendar.is_working_day(saturday)
    assert calendar.holiday_name(saturday + timedelta(days=2)) == "测试节"
    assert calendar.holiday_name(date(year, 1, 1)) == "元旦"

    again = SettingsDialog(settings, calendar_folders=[shipped, user])
    qtbot.addWidget(again)
    editor = again.calendar_page.editors[year + 1]
    assert editor.official.isChecked()
    assert editor.holidays.item(0, 0).text() == "测试节"  # type: ignore[union-attr]
    assert editor.workdays.item(0, 0).text() == f"{year + 1}年3月{saturday.day}日"  # type: ignore[union-attr]


def test_a_bad_calendar_keeps_the_dialog_open(
    qtbot: QtBot, tmp_path: Path, settings: AppSettings, fake_messages: FakeMessages
) -> None:
    fake_messages.allow_errors = True
    dialog = submit_a_weekday_as_workday(qtbot, settings, tmp_path)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.tabs.currentWidget() is dialog.calendar_page
    assert "不是周六或周日" in fake_messages.kinds("error")[0]
    assert not (tmp_path / "user").exists()


def test_charts_draw_their_slices_and_grow_with_the_font(qtbot: QtBot) -> None:
    from PySide6.QtGui import QColor, QFont

    from desktop.ui.charts import Bar, BarChart, PieChart, Series, Slice

    pie = PieChart()
    qtbot.addWidget(pie)
    pie.set_data(
        "问题整改状态",
        [Slice("已完成", 3, QColor("#3c9a5f")), Slice("未启动", 0, QColor("#9aa0a6"))],
    )
    pie.resize(pie.sizeHint())
    image = pie.grab().toImage()
    # The pie's centre is the only slice's colour.
    centre = pie.pie_rect().center()
    assert image.pixelColor(int(centre.x()), int(centre.y())).name() == "#3c9a5f"
    bars = BarChart()
    qtbot.addWidget(bars)
    bars.set_data(
        "各单位", [Series("已完成", QColor("green"))], [Bar("办公室", (2,)), Bar("财政局", (1,))]
    )
    small = bars.sizeHint()
    bars.set_data(
        "各单位", [Series("已完成", QColor("green"))], [Bar(f"单位{n}", (n,)) for n in range(8)]
    )
    assert bars.sizeHint().height() > small.height()
    font = QFont(bars.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    before = bars.sizeHint()
    bars.setFont(font)
    assert bars.sizeHint().height() > before.height()
    assert "单位7：已完成 7" in bars.accessibleDescription()
    assert not bars.grab().toImage().isNull()
