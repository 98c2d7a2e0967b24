"""One rule for each idea (issue #22): the same ledger run through every place that
shows overdue, the roll-up of states and the fields' names, answers compared.

Overdue: the table's red rows, the 逾期 filter, the status bar, the 督办 dock, 统计,
the service's filter (exports), the Excel statistics sheet (in the exported workbook)
and ``rectify stats`` all count the same issues by ``domain.overdue``.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication, Qt

from desktop.cli import main
from desktop.domain.calendar import WorkCalendar
from desktop.domain.dates import DeadlineRule
from desktop.domain.fields import FIELD_NAMES, field_name
from desktop.domain.filters import IssueFilter
from desktop.domain.records import (
    InspectionDraft,
    IssueDraft,
    IssueRecord,
    MeasureDraft,
    Responsibility,
)
from desktop.domain.rollup import StatusChoice, rolled_up_status
from desktop.domain.statistics import ledger_statistics
from desktop.domain.status import Status
from desktop.excel.columns import COLUMNS
from desktop.services.ledger import LedgerService
from desktop.services.supervision import SupervisionService
from desktop.storage.migrate import open_ledger
from desktop.ui import labels
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import AppSettings

from .helpers import FakeMessages, dump_ledger

TODAY = date.today()
PAST = TODAY - timedelta(days=30)
FUTURE = TODAY + timedelta(days=90)


def _due(day: date | None) -> Responsibility:
    return Responsibility(lead_unit="办公室", deadline=day)


def overdue_ledger(path: Path) -> LedgerService:
    """Seven issues: overdue by its own deadline (1); by an open measure's only, the
    issue naming none (2: the case of a workbook with several measures per issue);
    not overdue, the late measure being done (3); finished (4); overdue by a measure
    although its own deadline is ahead (5); overdue by "10个工作日内" from the feedback
    60 days ago (6), and by a measure's "15个工作日内" (7)."""
    service = LedgerService(open_ledger(path), "测试员")
    inspection = service.create_inspection(
        InspectionDraft(title="巡察", feedback_date=TODAY - timedelta(days=60))
    ).value
    add = service.add_issue
    add(inspection.id, IssueDraft(number="1", text="问题一", responsibility=_due(PAST)))
    add(
        inspection.id,
        IssueDraft(number="2", text="问题二", responsibility=_due(None)),
        [
            MeasureDraft("措施甲", Status.IN_PROGRESS, responsibility=_due(PAST)),
            MeasureDraft("措施乙", Status.IN_PROGRESS, responsibility=_due(FUTURE)),
        ],
    )
    add(
        inspection.id,
        IssueDraft(number="3", text="问题三", responsibility=_due(None)),
        [
            MeasureDraft("措施甲", Status.DONE, responsibility=_due(PAST)),
            MeasureDraft("措施乙", Status.IN_PROGRESS, responsibility=_due(FUTURE)),
        ],
    )
    add(
        inspection.id,
        IssueDraft(number="4", text="问题四", status=Status.DONE, responsibility=_due(PAST)),
    )
    add(
        inspection.id,
        IssueDraft(number="5", text="问题五", responsibility=_due(FUTURE)),
        [MeasureDraft("措施甲", Status.NOT_STARTED, responsibility=_due(PAST))],
    )
    add(
        inspection.id,
        IssueDraft(number="6", text="问题六", responsibility=_within_working_days(10)),
    )
    add(
        inspection.id,
        IssueDraft(number="7", text="问题七", responsibility=_due(None)),
        [MeasureDraft("措施甲", Status.IN_PROGRESS, responsibility=_within_working_days(15))],
    )
    return service


def _within_working_days(n: int) -> Responsibility:
    return Responsibility(lead_unit="办公室", deadline_text=f"{n}个工作日内")


OVERDUE = {"1", "2", "5", "6", "7"}


def test_overdue_is_counted_alike_everywhere(
    qtbot: QtBot, tmp_path: Path, settings: AppSettings, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ledger.sqlite"
    service = overdue_ledger(path)
    supervision = SupervisionService(service)

    # The table: red rows, the 逾期 filter and the status bar.
    window = MainWindow(service, str(path), settings=settings)
    qtbot.addWidget(window)
    window.reload_all(initial=True)
    red = {r.number for r in window.model.records() if window.model.light(r) == "overdue"}
    assert red == OVERDUE
    assert "逾期 5　" in window.counts_label.text()
    # A red row always shows the date that makes it red: issue 2 names none of its
    # own, so its list shows its open measures' earliest, marked as theirs.
    column = next(n for n, c in enumerate(window.model.columns) if c.key == "deadline")
    row_of_2 = next(n for n, r in enumerate(window.model.records()) if r.number == "2")
    shown = window.model.index(row_of_2, column).data()
    assert shown == f"{PAST.year}.{PAST.month}.{PAST.day}（措施）"
    window.filter_bar.overdue.setChecked(True)
    window.apply_filter()
    assert {r.number for r in window.model.records()} == OVERDUE

    # The service's filter, which exports honour.
    listed = service.list_issues(IssueFilter(overdue=True), TODAY)
    assert {r.number for r in listed} == OVERDUE

    # The 督办 dock: the issues by the rule, the items (issues and measures) beside.
    dock = supervision.supervision_list(today=TODAY)
    assert dock["overdue_issues"] == 5
    # Issues 1 and 6 (no measures), measures 2.甲, 5.甲 and 7.甲.
    assert dock["overdue_total"] == 5

    # 统计 and `rectify stats`.
    stats = supervision.statistics(today=TODAY)
    assert stats["issues"]["overdue"] == 5
    assert stats["measures"]["overdue"] == 3
    service.uow.engine.dispose()
    assert main(["stats", "--ledger", str(path), "--json"]) == 0
    cli = json.loads(capsys.readouterr().out)
    assert cli["issues"]["overdue"] == 5
    assert cli["measures"]["overdue"] == 3

    # The Excel statistics sheet, as exported.
    out = tmp_path / "台账.xlsx"
    assert main(["export", str(out), "--ledger", str(path)]) == 0
    capsys.readouterr()
    book = load_workbook(out, read_only=True)
    rows = [r for ws in book.worksheets for r in ws.iter_rows(values_only=True)]
    overdue_rows = [r for r in rows if r and r[0] == "逾期未完成"]
    assert overdue_rows
    assert overdue_rows[0][1] == 5
    assert overdue_rows[0][3] == 3
    book.close()


def test_the_domain_counts_issues_overdue_by_their_measures(tmp_path: Path) -> None:
    service = overdue_ledger(tmp_path / "ledger.sqlite")
    issues = service.list_issues()
    # Without a calendar, "N个工作日内" cannot be dated: issues 6 and 7 are not counted.
    stats = ledger_statistics(issues, service.measures_by_issue(), TODAY)
    assert stats.issues.overdue == 3
    assert stats.measures.overdue == 2
    # With the calendar and the feedback date, they are, as everywhere else.
    feedback = {i.id: i.feedback_date for i in service.list_inspections()}
    stats = ledger_statistics(
        issues, service.measures_by_issue(), TODAY, calendar=WorkCalendar(), starts=feedback
    )
    assert stats.issues.overdue == 5
    assert stats.measures.overdue == 3
    service.uow.engine.dispose()


def test_status_rolls_up_on_every_path(tmp_path: Path) -> None:
    """Form (add and edit a measure), delete a measure: the issue follows its
    measures by domain.rollup, recorded in the history like any change."""
    service = LedgerService(open_ledger(tmp_path / "ledger.sqlite"), "测试员")
    inspection = service.create_inspection(InspectionDraft(title="巡察")).value
    issue = service.add_issue(
        inspection.id,
        IssueDraft(number="1", text="问题", status=Status.PARTIAL),
        [MeasureDraft("措施", Status.IN_PROGRESS)],
    ).value
    assert service.get_issue(issue.id).status is Status.IN_PROGRESS
    measure = service.list_measures(issue.id)[0]
    service.set_measure_fields(measure.id, {"status": Status.DONE.value})
    assert service.get_issue(issue.id).status is Status.DONE
    added = service.add_measure(issue.id, MeasureDraft("新措施", Status.NOT_STARTED)).value
    # One measure done, one not started: under way (正在推进), not finished.
    assert service.get_issue(issue.id).status is Status.IN_PROGRESS
    service.delete_measure(added.id)
    assert service.get_issue(issue.id).status is Status.DONE
    fields = [h.field for h in service.issue_history(issue.id) if h.entity == "issue"]
    assert "status" in fields
    service.uow.engine.dispose()


def _form_sets_done_on_an_unfinished_issue(window: MainWindow) -> IssueRecord:
    issue = next(
        i
        for i in window.shown_issues()
        if not i.status.is_finished
        and any(not m.status.is_finished for m in window.service.list_measures(i.id))
    )
    assert window.select_issue(issue.id)
    form = window.detail.form
    form.status.setCurrentIndex(form.status.findData("done"))
    form.remarks.setText("已整改，待核实")
    window.save_issue_action.trigger()
    return issue


def test_the_issue_form_asks_and_can_follow_the_measures(
    window: MainWindow, fake_messages: FakeMessages
) -> None:
    """已完成 on the form over unfinished measures: the clerk is asked; keeping the
    measures saves the rest of the edit and gives the issue the state they make."""
    fake_messages.status_answers.append(StatusChoice.KEEP_MEASURES)
    issue = _form_sets_done_on_an_unfinished_issue(window)
    measures = window.service.list_measures(issue.id)
    saved = window.service.get_issue(issue.id)
    assert [d.number for d in fake_messages.status_questions[0]] == [issue.number]
    assert saved.status is rolled_up_status(Status.DONE, [m.status for m in measures])
    assert saved.status is not Status.DONE
    assert saved.remarks == "已整改，待核实"
    # The table, the form and the ledger check all see the same agreed state.
    row = window.model.row_of(issue.id)
    assert row is not None
    assert window.model.record_at(row).status is saved.status
    assert window.detail.form.status.currentData() == saved.status.value


def test_cancelling_the_question_writes_nothing(
    window: MainWindow, fake_messages: FakeMessages, demo_path: Path
) -> None:
    before = dump_ledger(demo_path)
    fake_messages.status_answers.append(None)
    _form_sets_done_on_an_unfinished_issue(window)
    assert len(fake_messages.status_questions) == 1
    assert dump_ledger(demo_path) == before
    assert window.undo_stack.count() == 0
    # The clerk's edit is still in the form, to change or save again.
    assert window.detail.form.remarks.text() == "已整改，待核实"
    assert window.detail.save_button.isEnabled()


def test_each_field_has_one_name_everywhere(qapp: object) -> None:
    # The exported and imported sheet's headers, the merge's labels and the forms'
    # labels are the domain's one name.
    from desktop.domain.fields import shown_field_name
    from desktop.domain.plan import CHANGE_FIELDS
    from desktop.excel.dashboard_sheet import field_text
    from desktop.ui.import_wizard import field_names
    from desktop.ui.models.issue_table_model import issue_columns
    from desktop.ui.models.measure_table_model import measure_columns

    for column in COLUMNS:
        assert column.header == field_name(column.field)
    for field in CHANGE_FIELDS:
        assert shown_field_name(field) == field_name(field)
    for field in FIELD_NAMES:
        assert labels.field_label(field) == field_name(field)
        assert field_text(field) == field_name(field)
    assert field_names() == {c.field: field_name(c.field) for c in COLUMNS}
    for column in issue_columns():
        if column.field in FIELD_NAMES:
            assert column.header == field_name(column.field), column.field
    for column in measure_columns():
        # A measure's text is its 整改措施.
        field = "measure" if column.field == "text" else column.field
        if field in FIELD_NAMES:
            assert column.header == field_name(field), field
    assert field_name("progress") == "整改进展"
    assert field_name("completion_date") == "完成日期"
    assert field_name("progress", english=True) == "Progress"
    # No screen keeps an old name of its own.
    root = Path(__file__).resolve().parents[2] / "desktop"
    old = re.compile(r"[\"“](进度说明|进展情况|完成时间|销号时间)[\"”]")
    offenders = [
        f"{p.relative_to(root)}: {m.group(1)}"
        for p in root.rglob("*.py")
        if p.name != "columns.py"  # the reader's header synonyms
        for m in old.finditer(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []
    assert QCoreApplication.instance() is not None


def test_a_merged_answer_rolls_up_and_reaches_paper(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A unit marks both measures of issue 11 done and reports progress: the issue
    becomes done (the roll-up rule) and is no longer overdue, and the report is on the
    printed 问题整改情况表 (最新进展) and in the printed ledger."""
    from desktop.excel.merge import plan_merge, read_returned
    from desktop.services.handoff import identity, ledger_state, write_unit_handouts
    from tests.excel.handoff_helpers import fill
    from tests.printing.pdftools import pdf_text, squeeze

    service = LedgerService(open_ledger(demo_path), "测试员")
    folder = tmp_path / "out"
    folder.mkdir()
    [summary] = write_unit_handouts(service, folder, ["财政局"], due=TODAY)
    issue = next(i for i in service.list_issues() if i.number == "11")
    measures = service.list_measures(issue.id)
    assert issue.status is Status.IN_PROGRESS
    report = "已完成专项清理，追回资金十二万元"
    edited = fill(
        summary.path,
        tmp_path / "back.xlsx",
        {m.key: {"整改状态": "已完成", "整改进展": report} for m in measures},
    )
    ident = identity(service, create=False)
    assert ident is not None
    returned = read_returned(edited, ledger_id=ident.ledger_id, secret=ident.secret)
    service.apply_plan(plan_merge(returned, ledger_state(service)).plan())
    after = service.get_issue(issue.id)
    assert after.status is Status.DONE
    service.uow.engine.dispose()

    sheet = tmp_path / "sheet.pdf"
    assert (
        main(["print", str(sheet), "--ledger", str(demo_path), "--form", "sheet", "--issue", "11"])
        == 0
    )
    ledger_pdf = tmp_path / "ledger.pdf"
    assert main(["print", str(ledger_pdf), "--ledger", str(demo_path), "--form", "ledger"]) == 0
    capsys.readouterr()
    text = squeeze(pdf_text(sheet))
    assert "最新进展" in text
    assert squeeze(f"措施1：{report}") in text
    assert report in squeeze(pdf_text(ledger_pdf))


def test_the_check_flags_units_run_together_and_units_used_once(tmp_path: Path) -> None:
    from desktop.domain.ledger_check import FindingCode, check_units

    service = LedgerService(open_ledger(tmp_path / "ledger.sqlite"), "测试员")
    inspection = service.create_inspection(InspectionDraft(title="巡察")).value
    for n, unit in enumerate(["办公室", "办公室", "组织部", "组织部", "办公室组织部", "财政居"]):
        service.add_issue(
            inspection.id,
            IssueDraft(number=str(n + 1), text=f"问题{n}", responsibility=_due(None)),
            [MeasureDraft("措施", responsibility=Responsibility(lead_unit=unit))],
        )
    issues = service.list_issues()
    measures = [m for ms in service.measures_by_issue().values() for m in ms]
    found = {(f.code, f.number) for f in check_units(issues, measures)}
    assert found == {(FindingCode.UNIT_RUN_TOGETHER, "5"), (FindingCode.UNIT_USED_ONCE, "6")}
    service.uow.engine.dispose()


def test_defaults_are_right_from_the_start(
    qtbot: QtBot, tmp_path: Path, settings: AppSettings
) -> None:
    from desktop.ui.dialogs.settings_dialog import SettingsDialog

    service = LedgerService(open_ledger(tmp_path / "ledger.sqlite"), "系统用户")
    past = service.create_inspection(InspectionDraft(title="旧巡察", rectification_end=PAST)).value
    current = service.create_inspection(
        InspectionDraft(title="新巡察", rectification_end=FUTURE)
    ).value
    window = MainWindow(service, "x.sqlite", settings=settings)
    qtbot.addWidget(window)
    window.reload_all(initial=True)
    # 新建问题: no deadline already passed, so a new issue is never overdue at once.
    assert window.new_issue_draft(past).responsibility.deadline is None
    assert window.new_issue_draft(current).responsibility.deadline == FUTURE
    # 操作人: the settings show the name the status bar shows.
    assert settings.operator == ""
    dialog = SettingsDialog(settings, window, operator=window.operator_name())
    qtbot.addWidget(dialog)
    assert dialog.operator.text() == "系统用户"
    assert "系统用户" in window.operator_label.text()
    # 最近打开: files that no longer exist are not offered.
    kept = tmp_path / "kept.sqlite"
    kept.write_bytes(b"")
    settings.add_recent_ledger(str(tmp_path / "gone.sqlite"))
    settings.add_recent_ledger(str(kept))
    settings.add_recent_ledger("postgresql://user@server/ledger")
    window._fill_recent_menu()
    shown = [a.text() for a in window.recent_menu.actions() if a.text()]
    assert shown[:2] == ["postgresql://user@server/ledger", str(kept)]
    assert str(tmp_path / "gone.sqlite") not in shown


def test_escape_closes_the_statistics_window(qtbot: QtBot, window: MainWindow) -> None:
    views = window.supervision_views
    dashboard = views.open_dashboard()
    qtbot.waitUntil(lambda: dashboard.stats is not None and not dashboard.loader.busy)
    assert dashboard.isVisible()
    qtbot.keyClick(dashboard, Qt.Key.Key_Escape)
    assert not dashboard.isVisible()


def test_all_issues_name_their_inspection(
    qtbot: QtBot, tmp_path: Path, settings: AppSettings
) -> None:
    service = LedgerService(open_ledger(tmp_path / "ledger.sqlite"), "测试员")
    first = service.create_inspection(InspectionDraft(title="第一轮巡察")).value
    second = service.create_inspection(InspectionDraft(title="第二轮巡察")).value
    for inspection in (first, second):
        service.add_issue(inspection.id, IssueDraft(number="1", text="问题"))
    window = MainWindow(service, "x.sqlite", settings=settings)
    qtbot.addWidget(window)
    window.reload_all(initial=True)  # two inspections: 全部问题
    column = len(window.model.columns) - 1
    assert window.model.headerData(column, Qt.Orientation.Horizontal) == "巡察"
    assert not window.table.isColumnHidden(column)
    assert window.table.horizontalHeader().visualIndex(column) == 1  # beside 序号
    shown = sorted(window.model.index(r, column).data() for r in range(window.model.rowCount()))
    assert shown == ["第一轮巡察", "第二轮巡察"]
    window.nav.select("inspection", first.id)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.table.isColumnHidden(column)


def test_a_rate_of_nothing_reads_the_same_in_the_app_and_in_excel(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    from desktop.ui.dashboard import figure_rows

    path = tmp_path / "ledger.sqlite"
    service = LedgerService(open_ledger(path), "测试员")
    inspection = service.create_inspection(InspectionDraft(title="巡察")).value
    service.add_issue(inspection.id, IssueDraft(number="1", text="问题", status=Status.DONE))
    stats = SupervisionService(service).statistics(today=TODAY)
    service.uow.engine.dispose()
    assert stats["issues"]["done_rate"] == 100.0
    assert stats["measures"]["done_rate"] is None  # no measures: nothing to rate
    done = next(r for r in figure_rows(stats) if r.label == "已完成（含已销号）")
    assert done.measure_rate is None
    from desktop.ui.dashboard import _pct

    assert _pct(done.measure_rate) == "—"
    out = tmp_path / "台账.xlsx"
    assert main(["export", str(out), "--ledger", str(path)]) == 0
    capsys.readouterr()
    book = load_workbook(out, read_only=True)
    rows = [r for ws in book.worksheets for r in ws.iter_rows(values_only=True)]
    book.close()
    rate_row = next(r for r in rows if r and str(r[0]).startswith("完成率"))
    assert rate_row[2] == 1.0  # issues: 100 %
    assert rate_row[4] == "—"  # measures: the app's —, not a blank


@pytest.mark.parametrize(
    ("responsibility", "shown"),
    [
        # A date wins over its text as written: the window and Excel showed the date,
        # paper the text (2023.3.31, 6月底前).
        (Responsibility(deadline=date(2023, 3, 31), deadline_text="2023.3.31"), "2023年3月31日"),
        (Responsibility(deadline=date(2023, 6, 30), deadline_text="6月底前"), "2023年6月30日"),
        # Words that say more than the rule's word are shown as written: the window
        # showed the bare rule word, paper and Excel the words.
        (
            Responsibility(
                deadline_rule=DeadlineRule.LONG_TERM, deadline_text="长期坚持，每季度报告"
            ),
            "长期坚持，每季度报告",
        ),
        (
            Responsibility(deadline_rule=DeadlineRule.IMMEDIATE, deadline_text="立行立改"),
            "立行立改",
        ),
        (Responsibility(deadline_rule=DeadlineRule.LONG_TERM), "长期坚持"),
        (Responsibility(deadline_text="自反馈之日起15个工作日内"), "自反馈之日起15个工作日内"),
        (Responsibility(), ""),
    ],
)
def test_a_deadline_reads_alike_in_the_window_on_paper_and_in_excel(
    qapp: object, responsibility: Responsibility, shown: str
) -> None:
    from desktop.excel.writer import deadline_value
    from desktop.printing.document import cn_date
    from desktop.printing.forms import deadline_text as paper_text

    cell = deadline_value(responsibility)
    excel = cn_date(cell) if isinstance(cell, date) else (cell or "")
    assert (labels.deadline_text(responsibility), paper_text(responsibility), excel) == (
        shown,
        shown,
        shown,
    )
