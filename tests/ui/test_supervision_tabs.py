"""The supervision tabs of the detail pane, driven through their widgets: progress notes,
postponement, sign-off and outcomes. After each action the ledger is read back through
the services; undo puts the ledger's tables back exactly, redo redoes. Evidence is in
test_supervision_tabs_evidence.py."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QLocale
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from desktop.app import install_translators
from desktop.domain.records import IssueRecord
from desktop.domain.status import Status
from desktop.domain.supervision import (
    AccountabilityKind,
    Decision,
    FundsKind,
    OutcomeDraft,
    OutcomeKind,
    SignOffState,
    SignOffStep,
)
from desktop.services.ledger import LedgerService
from desktop.ui.dialogs.outcome_dialog import OutcomeDialog
from desktop.ui.dialogs.postpone_dialog import PostponeDialog, PostponementDecisionDialog
from desktop.ui.dialogs.signoff_dialog import SignOffDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import AppSettings
from desktop.ui.supervision_tabs import SupervisionTabs
from tests.tools.ledger_dump import dump

from .helpers import FakeMessages

Filler = Callable[[QDialog], bool]


def show(window: MainWindow, number: str, tab: str) -> tuple[SupervisionTabs, IssueRecord]:
    """Select an issue and bring one supervision tab to the front."""
    record = next(r for r in window.shown_issues() if r.number == number)
    assert window.select_issue(record.id)
    tabs = window.supervision_tabs
    window.detail.tabs.setCurrentWidget(getattr(tabs, tab))
    return tabs, record


def plain(label: QLabel) -> str:
    """A rich-text label as the user reads it."""
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def issue_now(window: MainWindow, issue_id: int) -> IssueRecord:
    return window.service.get_issue(issue_id)


def table_text(window: MainWindow, issue_id: int, key: str) -> str:
    """What the issue table shows for an issue in one column."""
    column = next(i for i, c in enumerate(window.model.columns) if c.key == key)
    row = window.model.row_of(issue_id)
    assert row is not None
    return str(window.model.index(row, column).data())


def undo_all_and_redo(window: MainWindow, path: Path, before: object, steps: int) -> object:
    """Undo ``steps`` actions (the ledger is as before), then redo them all; returns
    the ledger's tables after the redo, which must equal those before the undo."""
    after = dump(path)
    for _ in range(steps):
        window.undo_action.trigger()
    assert dump(path) == before
    for _ in range(steps):
        window.redo_action.trigger()
    assert dump(path) == after
    return after


# ---------------------------------------------------------------- progress notes
def test_the_tabs_are_built_when_one_is_first_chosen(window: MainWindow) -> None:
    """Until then their places hold empty pages with the same titles and tooltips."""
    slots = window.supervision_slots
    tabs = window.detail.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    tips = [tabs.tabToolTip(i) for i in range(tabs.count())]
    assert titles == ["基本信息", "整改措施", "进展", "佐证", "延期", "销号", "成效", "历史"]
    record = next(r for r in window.shown_issues() if r.number == "4")
    assert window.select_issue(record.id)
    assert slots.built is None
    tabs.setCurrentIndex(titles.index("佐证"))
    built = slots.built
    assert built is not None
    assert tabs.currentWidget() is built.evidence
    assert [tabs.tabText(i) for i in range(tabs.count())] == titles
    assert [tabs.tabToolTip(i) for i in range(tabs.count())] == tips
    assert built.issue == record  # loaded for the issue shown
    assert window.supervision_tabs is built


def test_progress_notes_are_added_filtered_deleted_and_undone(
    window: MainWindow, fake_messages: FakeMessages, demo_path: Path
) -> None:
    tabs, issue = show(window, "10", "progress")
    before = dump(demo_path)
    progress = tabs.progress
    progress.add_button.click()  # no text yet
    assert progress.error.text() == "请填写进展情况。"
    progress.date.setText("2023.2.15")
    progress.measure.setCurrentIndex(1)
    progress.text.setPlainText("已与市水利局对接，完成方案初稿")
    progress.next_step.setText("3月底前报批")
    progress.difficulties.setText("资金缺口较大")
    progress.add_button.click()

    notes = tabs.supervision.list_notes(issue.id)
    measure = window.service.list_measures(issue.id)[0]
    assert [
        (n.date, n.text, n.reporter, n.next_step, n.difficulties, n.measure_id) for n in notes
    ] == [
        (
            date(2023, 2, 15),
            "已与市水利局对接，完成方案初稿",
            "测试员",
            "3月底前报批",
            "资金缺口较大",
            measure.id,
        )
    ]
    assert progress.model.rowCount() == 1
    assert progress.model.index(0, 0).data() == "2023年2月15日"
    assert progress.model.index(0, 1).data() == "措施 1"
    assert progress.text.toPlainText() == ""  # ready for the next one
    assert progress.next_step.text() == ""
    assert issue_now(window, issue.id).last_progress_date == date(2023, 2, 15)
    assert table_text(window, issue.id, "last_progress") == "2023年2月15日"
    assert window.undo_action.text() == "撤销 新增问题 10 的整改进展"

    # A note on the issue as a whole, by someone named: newest first.
    progress.date.setText("2023年3月1日")
    progress.measure.setCurrentIndex(0)
    progress.reporter.setText("李四")
    progress.text.setPlainText("召开推进会")
    progress.add_button.click()
    assert [n.text for n in tabs.supervision.list_notes(issue.id)] == [
        "召开推进会",
        "已与市水利局对接，完成方案初稿",
    ]
    assert [progress.model.index(r, 2).data() for r in range(2)] == [
        "召开推进会",
        "已与市水利局对接，完成方案初稿",
    ]
    assert progress.model.index(0, 3).data() == "李四"
    assert table_text(window, issue.id, "last_progress") == "2023年3月1日"
    # Shown for one measure only.
    progress.show_only.setCurrentIndex(progress.show_only.findData(int(measure.id)))
    assert progress.model.rowCount() == 1
    progress.show_only.setCurrentIndex(0)
    assert progress.model.rowCount() == 2

    after = undo_all_and_redo(window, demo_path, before, 2)
    assert progress.model.rowCount() == 2

    progress.view.setCurrentIndex(progress.model.index(0, 0))
    fake_messages.confirm_answers.append(True)
    progress.delete_button.click()
    assert [n.text for n in tabs.supervision.list_notes(issue.id)] == [
        "已与市水利局对接，完成方案初稿"
    ]
    assert table_text(window, issue.id, "last_progress") == "2023年2月15日"
    window.undo_action.trigger()
    assert dump(demo_path) == after
    assert progress.model.rowCount() == 2


def test_a_bad_date_in_the_progress_form_is_refused(window: MainWindow, demo_path: Path) -> None:
    tabs, _ = show(window, "10", "progress")
    before = dump(demo_path)
    tabs.progress.date.setText("2023年2月30日")
    tabs.progress.text.setPlainText("进展")
    tabs.progress.add_button.click()
    assert "正确的日期" in tabs.progress.error.text()
    assert dump(demo_path) == before


# ------------------------------------------------------------------ postponement
def test_postpone_approve_and_refuse_keep_both_dates(
    window: MainWindow, fake_messages: FakeMessages, demo_path: Path
) -> None:
    tabs, issue = show(window, "9", "postponement")
    before = dump(demo_path)
    assert issue.responsibility.deadline == date(2023, 1, 11)
    panel = tabs.postponement
    assert not panel.approve_button.isEnabled()

    def request(new: str, reason: str) -> Filler:
        def fill(dialog: QDialog) -> bool:
            assert isinstance(dialog, PostponeDialog)
            dialog.new_deadline.setText(new)
            dialog.requested_on.setText("2023.1.5")
            dialog.accept()  # no reason yet
            assert dialog.result() != QDialog.DialogCode.Accepted
            assert dialog.error.text() == "请填写延期理由。"
            dialog.reason.setPlainText(reason)
            dialog.accept()
            return dialog.result() == QDialog.DialogCode.Accepted

        return fill

    fake_messages.dialogs.append(request("2023年6月30日", "管网改造需待雨季结束后施工"))
    panel.request_button.click()
    [pending] = tabs.supervision.list_postponements(issue.id)
    assert (pending.old_deadline, pending.new_deadline, pending.decision) == (
        date(2023, 1, 11),
        date(2023, 6, 30),
        Decision.PENDING,
    )
    assert pending.reason == "管网改造需待雨季结束后施工"
    assert pending.requested_by == "测试员"
    assert issue_now(window, issue.id).status is Status.POSTPONED
    assert table_text(window, issue.id, "status") == "申请延期"
    assert panel.approve_button.isEnabled()  # the pending request is selected

    def decide(opinion: str) -> Filler:
        def fill(dialog: QDialog) -> bool:
            assert isinstance(dialog, PostponementDecisionDialog)
            dialog.decided_on.setText("2023.1.9")
            if not dialog.approve:
                dialog.accept()  # a refusal needs its reason
                assert dialog.result() != QDialog.DialogCode.Accepted
                assert dialog.error.text() == "请填写不批准的理由。"
            dialog.opinion.setPlainText(opinion)
            dialog.accept()
            return dialog.result() == QDialog.DialogCode.Accepted

        return fill

    fake_messages.dialogs.append(decide("同意延期至6月底"))
    panel.approve_button.click()
    approved = issue_now(window, issue.id)
    assert approved.responsibility.deadline == date(2023, 6, 30)
    assert approved.status is Status.POSTPONED
    assert table_text(window, issue.id, "deadline") == "2023年6月30日"
    [first] = tabs.supervision.list_postponements(issue.id)
    assert (first.decision, first.decided_on, first.opinion) == (
        Decision.APPROVED,
        date(2023, 1, 9),
        "同意延期至6月底",
    )

    # A second request, refused: the deadline stays, the history has both.
    fake_messages.dialogs.append(request("2023年9月30日", "施工单位变更"))
    panel.request_button.click()
    fake_messages.dialogs.append(decide("理由不充分"))
    panel.refuse_button.click()
    history = tabs.supervision.list_postponements(issue.id)
    assert [(p.old_deadline, p.new_deadline, p.decision) for p in history] == [
        (date(2023, 1, 11), date(2023, 6, 30), Decision.APPROVED),
        (date(2023, 6, 30), date(2023, 9, 30), Decision.REFUSED),
    ]
    assert issue_now(window, issue.id).responsibility.deadline == date(2023, 6, 30)
    assert panel.model.rowCount() == 2
    shown = [panel.model.index(1, c).data() for c in range(4)]
    assert shown == ["问题", "2023年6月30日", "2023年9月30日", "未批准"]
    assert panel.current.text().startswith("整改时限：2023年6月30日")

    undo_all_and_redo(window, demo_path, before, 4)
    assert issue_now(window, issue.id).responsibility.deadline == date(2023, 6, 30)


def test_a_measure_is_postponed_on_its_own(
    window: MainWindow, fake_messages: FakeMessages, demo_path: Path
) -> None:
    tabs, issue = show(window, "10", "postponement")
    measure = window.service.list_measures(issue.id)[1]

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, PostponeDialog)
        dialog.target.setCurrentIndex(2)  # 措施 2
        assert dialog.chosen().measure_id == measure.id
        dialog.new_deadline.setText("2023.6.30")
        dialog.reason.setPlainText("需与省级部门衔接")
        dialog.accept()  # before the request's date (today)
        assert "延期后的时限早于申请日期" in dialog.error.text()
        dialog.requested_on.setText("2023.1.5")
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    fake_messages.dialogs.append(fill)
    tabs.postponement.request_button.click()
    [request] = tabs.supervision.list_postponements(issue.id)
    assert request.measure_id == measure.id
    assert window.service.list_measures(issue.id)[1].status is Status.POSTPONED
    # The issue follows its least advanced measure (domain.rollup), as after an edit.
    assert issue_now(window, issue.id).status is Status.POSTPONED
    assert tabs.postponement.model.index(0, 0).data() == "措施 2"


def test_a_second_pending_request_is_refused_in_the_dialog(
    window: MainWindow, fake_messages: FakeMessages
) -> None:
    tabs, issue = show(window, "9", "postponement")
    tabs.supervision.request_postponement(
        issue.id, date(2023, 6, 30), "雨季", requested_on=date(2023, 1, 5)
    )
    window.reload_all()

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, PostponeDialog)
        dialog.new_deadline.setText("2023.7.30")
        dialog.reason.setPlainText("再延")
        dialog.accept()
        assert "待审批" in dialog.error.text()
        return False

    fake_messages.dialogs.append(fill)
    tabs.postponement.request_button.click()
    assert len(tabs.supervision.list_postponements(issue.id)) == 1


# ---------------------------------------------------------------------- sign-off
def test_sign_off_is_refused_with_the_open_measures_and_missing_evidence(
    window: MainWindow, fake_messages: FakeMessages, demo_path: Path
) -> None:
    tabs, issue = show(window, "8", "sign_off")
    before = dump(demo_path)
    panel = tabs.sign_off
    assert panel.state_label.text() == "销号状态：未申请"
    assert panel.conditions.text() == "整改措施已完成 0/2；佐证材料 0 份"
    seen: list[str] = []

    def refuse(dialog: QDialog) -> bool:
        assert isinstance(dialog, SignOffDialog)
        assert dialog.step is SignOffStep.APPLY
        assert plain(dialog.conditions) == "✗ 第1、2条整改措施尚未完成\n✗ 没有佐证材料"
        assert not dialog.override.isHidden()
        dialog.accept()
        seen.append(dialog.error.text())
        return dialog.result() == QDialog.DialogCode.Accepted

    fake_messages.dialogs.append(refuse)
    panel.apply_button.click()
    assert seen == [
        "不能申请销号：第1、2条整改措施尚未完成；没有佐证材料。"
        "如确需申请，请勾选“仍然申请”并说明理由。"
    ]
    assert dump(demo_path) == before
    assert tabs.supervision.sign_off_steps(issue.id) == []


def test_sign_off_apply_return_approve_and_reopen(
    window: MainWindow, fake_messages: FakeMessages, demo_path: Path
) -> None:
    tabs, issue = show(window, "8", "sign_off")
    before = dump(demo_path)
    panel = tabs.sign_off

    def step(kind: SignOffStep, on: str, text: str, override: str = "") -> Filler:
        def fill(dialog: QDialog) -> bool:
            assert isinstance(dialog, SignOffDialog)
            assert dialog.step is kind
            dialog.on.setText(on)
            if kind is SignOffStep.RETURN:
                dialog.accept()  # the reason is required
                assert dialog.result() != QDialog.DialogCode.Accepted
                assert dialog.error.text() == "请填写退回的理由。"
            if override:
                dialog.override.setChecked(True)
                dialog.accept()  # ticked without a reason
                assert "请填写申请理由" in dialog.error.text()
                dialog.override_reason.setPlainText(override)
            dialog.opinion.setPlainText(text)
            dialog.accept()
            return dialog.result() == QDialog.DialogCode.Accepted

        return fill

    fake_messages.dialogs.append(
        step(SignOffStep.APPLY, "2023.3.1", "阶段性任务完成", override="长期坚持事项")
    )
    panel.apply_button.click()
    assert tabs.supervision.sign_off_state(issue.id) is SignOffState.PENDING
    [applied] = tabs.supervision.sign_off_steps(issue.id)
    assert (applied.step, applied.date, applied.person, applied.override_reason) == (
        SignOffStep.APPLY,
        date(2023, 3, 1),
        "测试员",
        "长期坚持事项",
    )
    assert not panel.apply_button.isEnabled()
    assert panel.approve_button.isEnabled()
    assert panel.return_button.isEnabled()

    fake_messages.dialogs.append(step(SignOffStep.RETURN, "2023.3.5", "请补充佐证材料"))
    panel.return_button.click()
    assert tabs.supervision.sign_off_state(issue.id) is SignOffState.RETURNED
    assert issue_now(window, issue.id).status is Status.IN_PROGRESS

    fake_messages.dialogs.append(
        step(SignOffStep.APPLY, "2023.3.10", "已补充", override="长期坚持事项")
    )
    panel.apply_button.click()
    fake_messages.dialogs.append(step(SignOffStep.APPROVE, "2023.3.15", "同意"))
    panel.approve_button.click()
    assert issue_now(window, issue.id).status is Status.CLOSED
    assert table_text(window, issue.id, "status") == "已销号"
    assert panel.state_label.text() == "销号状态：已销号"
    assert panel.reopen_button.isEnabled()
    assert not panel.apply_button.isEnabled()

    def reopen(dialog: QDialog) -> bool:
        assert isinstance(dialog, SignOffDialog)
        dialog.accept()
        assert dialog.error.text() == "请填写重新打开的理由。"
        dialog.on.setText("2023.3.1")  # before the last step
        dialog.opinion.setPlainText("回头看发现反弹")
        dialog.accept()
        assert "日期早于上一步（2023年3月15日）" in dialog.error.text()
        dialog.on.setText("2023.6.1")
        dialog.status.setCurrentIndex(dialog.status.findData(Status.PARTIAL.value))
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    fake_messages.dialogs.append(reopen)
    panel.reopen_button.click()
    assert issue_now(window, issue.id).status is Status.PARTIAL
    steps = tabs.supervision.sign_off_steps(issue.id)
    assert [(s.step, s.date, s.opinion) for s in steps] == [
        (SignOffStep.APPLY, date(2023, 3, 1), "阶段性任务完成"),
        (SignOffStep.RETURN, date(2023, 3, 5), "请补充佐证材料"),
        (SignOffStep.APPLY, date(2023, 3, 10), "已补充"),
        (SignOffStep.APPROVE, date(2023, 3, 15), "同意"),
        (SignOffStep.REOPEN, date(2023, 6, 1), "回头看发现反弹"),
    ]
    assert [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())] == [
        "申请销号",
        "退回",
        "申请销号",
        "审核同意销号",
        "重新打开（回头看）",
    ]
    assert [panel.model.index(r, 2).data() for r in range(5)] == ["测试员"] * 5
    assert window.undo_action.text() == "撤销 重新打开问题 8（回头看）"

    undo_all_and_redo(window, demo_path, before, 5)
    assert issue_now(window, issue.id).status is Status.PARTIAL


def test_sign_off_needs_no_override_when_the_conditions_are_met(
    window: MainWindow, fake_messages: FakeMessages, tmp_path: Path
) -> None:
    tabs, issue = show(window, "1", "sign_off")
    proof = tmp_path / "会议纪要.txt"
    proof.write_text("纪要", encoding="utf-8")
    tabs.supervision.attach_evidence(issue.id, proof)
    window.reload_all()
    assert tabs.sign_off.conditions.text() == "整改措施已完成 3/3；佐证材料 1 份"

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, SignOffDialog)
        assert plain(dialog.conditions) == "✓ 整改措施已全部完成（3/3）\n✓ 佐证材料 1 份"
        assert dialog.override.isHidden()
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    fake_messages.dialogs.append(fill)
    tabs.sign_off.apply_button.click()
    [applied] = tabs.supervision.sign_off_steps(issue.id)
    assert applied.override_reason == ""
    assert tabs.supervision.sign_off_state(issue.id) is SignOffState.PENDING


# ---------------------------------------------------------------------- outcomes
def test_outcomes_added_edited_deleted_with_totals(
    window: MainWindow, fake_messages: FakeMessages, demo_path: Path
) -> None:
    tabs, issue = show(window, "8", "outcomes")
    before = dump(demo_path)
    panel = tabs.outcomes

    def rule(dialog: QDialog) -> bool:
        assert isinstance(dialog, OutcomeDialog)
        assert dialog.current_kind() is OutcomeKind.RULE
        dialog.accept()  # no name
        assert "必填项不能为空" in dialog.error.text()
        dialog.name.setText("《河道日常巡查管理办法》")
        dialog.date.setText("2023.2.1")
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    def people(dialog: QDialog) -> bool:
        assert isinstance(dialog, OutcomeDialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData(OutcomeKind.ACCOUNTABILITY.value))
        assert not dialog.count.isHidden()
        assert dialog.amount.isHidden()
        dialog.accountability.setCurrentIndex(
            dialog.accountability.findData(AccountabilityKind.ADMONITION.value)
        )
        dialog.count.setValue(2)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    def money(amount: str, kind: FundsKind) -> Filler:
        def fill(dialog: QDialog) -> bool:
            assert isinstance(dialog, OutcomeDialog)
            dialog.kind.setCurrentIndex(dialog.kind.findData(OutcomeKind.FUNDS.value))
            dialog.funds.setCurrentIndex(dialog.funds.findData(kind.value))
            dialog.amount.setText("12.3456")
            dialog.accept()  # four decimals
            assert "最多三位小数" in dialog.error.text()
            dialog.amount.setText(amount)
            dialog.accept()
            return dialog.result() == QDialog.DialogCode.Accepted

        return fill

    for filler in (
        rule,
        people,
        money("12.345", FundsKind.RECOVERED),
        money("3.5万元", FundsKind.LOSS_RECOVERED),
    ):
        fake_messages.dialogs.append(filler)
        panel.add_button.click()
    outcomes = tabs.supervision.list_outcomes(issue.id)
    assert [(o.kind, o.subkind, o.name, o.count, o.amount, o.date) for o in outcomes] == [
        (OutcomeKind.RULE, "", "《河道日常巡查管理办法》", 0, None, date(2023, 2, 1)),
        (OutcomeKind.ACCOUNTABILITY, "admonition", "", 2, None, date.today()),
        (OutcomeKind.FUNDS, "recovered", "", 0, Decimal("12.345"), date.today()),
        (OutcomeKind.FUNDS, "loss_recovered", "", 0, Decimal("3.500"), date.today()),
    ]
    assert [[panel.model.index(r, c).data() for c in range(3)] for r in range(4)] == [
        ["建章立制", "《河道日常巡查管理办法》", ""],
        ["问责", "诫勉谈话", "2 人"],
        ["资金", "追缴资金", "12.345 万元"],
        ["资金", "挽回经济损失", "3.500 万元"],
    ]
    assert panel.totals.text() == (
        "合计：建章立制 1 项\n问责 2 人（诫勉谈话 2 人）\n"
        "资金 15.845 万元（追缴资金 12.345 万元、挽回经济损失 3.500 万元）"
    )

    def rename(dialog: QDialog) -> bool:
        assert isinstance(dialog, OutcomeDialog)
        assert dialog.name.text() == "《河道日常巡查管理办法》"
        dialog.name.setText("《河道日常巡查管理办法》（修订）")
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    panel.view.setCurrentIndex(panel.model.index(0, 0))
    fake_messages.dialogs.append(rename)
    panel.edit_button.click()
    assert tabs.supervision.list_outcomes(issue.id)[0].name == "《河道日常巡查管理办法》（修订）"

    panel.view.setCurrentIndex(panel.model.index(2, 0))
    fake_messages.confirm_answers.append(True)
    panel.delete_button.click()
    assert [o.amount for o in tabs.supervision.list_outcomes(issue.id)] == [
        None,
        None,
        Decimal("3.500"),
    ]
    assert "资金 3.500 万元（挽回经济损失 3.500 万元）" in panel.totals.text()

    undo_all_and_redo(window, demo_path, before, 6)
    assert len(tabs.supervision.list_outcomes(issue.id)) == 3


def test_the_tabs_follow_the_selected_issue(window: MainWindow) -> None:
    tabs, issue = show(window, "8", "outcomes")
    tabs.supervision.add_outcome(issue.id, OutcomeDraft(OutcomeKind.RULE, name="制度"))
    window.reload_all()
    assert tabs.outcomes.model.rowCount() == 1
    show(window, "9", "outcomes")
    assert tabs.outcomes.model.rowCount() == 0
    assert tabs.outcomes.totals.text().startswith("合计：建章立制 0 项")
    window.table.selectionModel().clearSelection()
    window.select_issue(issue.id)
    assert tabs.outcomes.model.rowCount() == 1
    window.table.selectionModel().clearSelection()
    window.table.setCurrentIndex(window.model.index(-1, 0))


def test_the_tabs_in_english(
    qtbot: QtBot,
    qapp: QApplication,
    service: LedgerService,
    settings: AppSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The translation compiled from this checkout's .ts, not one cached by another.
    monkeypatch.setenv("RECTIFY_QM_CACHE", str(tmp_path / "qm"))
    translators = install_translators(qapp, "en")
    try:
        window = MainWindow(service, "x.sqlite", settings=settings)
        qtbot.addWidget(window)
        tabs = window.detail.tabs
        assert [tabs.tabText(i) for i in range(2, tabs.count())] == [
            # Short words, so that eight tabs fit a 1024-pixel screen (the tooltips
            # say it all).
            "Notes",
            "Files",
            "Delay",
            "Sign-off",
            "Results",
            "Log",
        ]
        assert window.supervision_tabs.evidence.export_button.text() == "Export sign-off package…"
        assert window.supervision_tabs.sign_off.state_label.text() == "Sign-off: not applied"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
