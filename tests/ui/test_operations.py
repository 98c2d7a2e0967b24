"""Applying a plan from the window, one way (``ui.operations``): the import wizard, the
notice import and the hand-off merge all go through :class:`PlanApply`; a failure is
told the same way on each (nothing changed, why, the problems' places), the window
reloads after a ledger error, and an applied plan is one undo step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QDialog

from desktop.domain.plan import ImportPlan, PlannedIssue
from desktop.domain.problems import Code, Problem, ValidationFailed
from desktop.domain.records import InspectionDraft, IssueDraft
from desktop.storage.errors import LedgerBusy
from desktop.ui import operations
from desktop.ui.main_window import MainWindow
from desktop.ui.merge_review import MergeReviewDialog
from desktop.ui.notice_import import apply_notice_plan
from desktop.ui.operations import PlanApply, failure_text
from tests.excel.handoff_helpers import fill

from .helpers import FakeMessages, dump_ledger
from .test_import_wizard import apply, to_preview

NOTICE_PLAN = ImportPlan(
    file="通报.txt",
    source_kind="notice",
    inspection=InspectionDraft(title="通报里的巡察"),
    issues=(PlannedIssue(IssueDraft(number="1", text="通报中的问题")),),
)


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The source kinds of the plans applied through the one runner, in order."""
    kinds: list[str] = []
    original = PlanApply.start

    def spy(self: PlanApply) -> None:
        kinds.append(self.plan.source_kind)
        original(self)

    monkeypatch.setattr(PlanApply, "start", spy)
    return kinds


def test_every_plan_path_goes_through_the_one_runner(
    qtbot: QtBot,
    window: MainWindow,
    fake_messages: FakeMessages,
    started: list[str],
    tmp_path: Path,
    messy: Path,
) -> None:
    # A workbook through the import wizard.
    wizard = to_preview(qtbot, window, messy)
    wizard.preview_page.title_edit.setText("县民政局巡察")
    apply(qtbot, wizard)
    # A notice.
    assert apply_notice_plan(window, NOTICE_PLAN, None)
    # A unit's answer to a hand-out, merged back.
    from desktop.services.handoff import write_unit_handouts

    folder = tmp_path / "handout"
    folder.mkdir()
    [handout] = write_unit_handouts(window.service, folder, ["财政局"])
    issue = next(i for i in window.service.list_issues() if i.number == "11")
    answer = fill(
        handout.path,
        tmp_path / "交回.xlsx",
        {m.key: {"整改进展": "已整改"} for m in window.service.list_measures(issue.id)},
    )

    def review(dialog: QDialog) -> bool:
        assert isinstance(dialog, MergeReviewDialog)
        dialog.accept()
        return True

    fake_messages.dialogs.append(review)
    assert window.handoff.merge_paths([answer])  # type: ignore[attr-defined]

    assert started == ["import", "notice", "merge"]
    # Each is one undo step, named for what it was.
    texts = [window.undo_stack.text(i) for i in range(window.undo_stack.count())]
    assert texts == ["导入“messy.xlsx”", "导入通报“通报里的巡察”", "合并财政局交回的台账"]


def test_a_ledger_error_is_told_one_way_and_the_window_reloads(
    window: MainWindow,
    fake_messages: FakeMessages,
    demo_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake_messages.allow_errors = True
    before = dump_ledger(demo_path)
    reloads: list[bool] = []
    original_reload = window.reload_all

    def reload_all(**kwargs: Any) -> None:
        reloads.append(True)
        original_reload(**kwargs)

    monkeypatch.setattr(window, "reload_all", reload_all)

    def busy(*_args: object, **_kwargs: object) -> object:
        raise LedgerBusy("另一位同事正在保存台账，请稍后再试。")

    monkeypatch.setattr(window.service, "apply_plan", busy)
    assert not apply_notice_plan(window, NOTICE_PLAN, None)
    [text] = fake_messages.kinds("error")
    assert text == "未能写入，台账没有改变：另一位同事正在保存台账，请稍后再试。"
    assert reloads == [True]
    assert window.undo_stack.count() == 0
    assert dump_ledger(demo_path) == before


def test_a_refused_plan_names_each_problem_and_where_it_is(
    window: MainWindow, fake_messages: FakeMessages, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_messages.allow_errors = True
    problems = [
        Problem(Code.REQUIRED, "text", file="台账.xlsx", sheet="台账", row=r, column="问题描述")
        for r in range(5, 5 + operations.LISTED_PROBLEMS + 3)
    ]

    def refused(*_args: object, **_kwargs: object) -> object:
        raise ValidationFailed(problems)

    monkeypatch.setattr(window.service, "apply_plan", refused)
    done = PlanApply(window, NOTICE_PLAN, None, "导入").run()
    assert done is None
    [text] = fake_messages.kinds("error")
    assert text.startswith("文件中有错误，台账没有改变：")
    assert problems[0].describe() in text
    assert problems[operations.LISTED_PROBLEMS - 1].describe() in text
    assert problems[operations.LISTED_PROBLEMS].describe() not in text
    assert text.endswith("……另有 3 处问题。")
    assert failure_text(ValidationFailed(problems[:1])).count("\n") == 1
