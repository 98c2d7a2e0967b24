"""Undo commands: one service action each, undone and redone through history batches;
the database is compared directly (sqlite3), not through widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtGui import QUndoStack

from desktop.domain.changes import Changes
from desktop.domain.filters import IssueFilter
from desktop.domain.records import IssueDraft, MeasureDraft
from desktop.domain.rollup import StatusChoice
from desktop.domain.status import Status
from desktop.services.demo import load_demo
from desktop.services.ledger import LedgerService
from desktop.ui.commands import (
    AddIssueCommand,
    BatchCommand,
    DeleteIssuesCommand,
    EditIssueCommand,
    EditMeasureCommand,
)
from desktop.ui.events import LedgerEvents

from .helpers import FakeMessages, dump_ledger


@pytest.fixture
def stack(qtbot: QtBot) -> QUndoStack:
    return QUndoStack()


def run_and_push(stack: QUndoStack, command: object) -> None:
    command.run()  # type: ignore[attr-defined]
    stack.push(command)  # type: ignore[arg-type]


def test_edit_undo_redo_restores_the_database_exactly(
    qtbot: QtBot, demo_service: LedgerService, demo_path: Path, stack: QUndoStack
) -> None:
    events = LedgerEvents()
    issue = demo_service.list_issues()[7]
    before = dump_ledger(demo_path)
    draft = IssueDraft(
        number=issue.number,
        text=issue.text + "（补充）",
        status=Status.DONE,
        long_term=True,
        responsibility=issue.responsibility,
    )
    command = EditIssueCommand(demo_service, events, issue.id, draft, issue.revision)
    command.status_choice = StatusChoice.MEASURES_FOLLOW  # the measures follow to 已完成
    run_and_push(stack, command)
    after = dump_ledger(demo_path)
    assert after != before
    assert stack.undoText() == f"修改问题 {issue.number}"
    with qtbot.waitSignal(events.ledger_changed) as blocker:
        stack.undo()
    assert issue.id in blocker.args[0].issues
    assert dump_ledger(demo_path) == before
    stack.redo()
    assert dump_ledger(demo_path) == after
    stack.undo()
    assert dump_ledger(demo_path) == before


def test_delete_undo_restores_same_ids_and_keys(
    demo_service: LedgerService, demo_path: Path, stack: QUndoStack
) -> None:
    issues = demo_service.list_issues()[:2]
    before = dump_ledger(demo_path)
    run_and_push(
        stack,
        DeleteIssuesCommand(demo_service, LedgerEvents(), [i.id for i in issues], ["1", "2"]),
    )
    assert stack.undoText() == "删除 2 个问题"
    assert len(demo_service.list_issues()) == 12
    stack.undo()
    assert dump_ledger(demo_path) == before
    restored = demo_service.issues_by_ids([i.id for i in issues])
    assert [(r.id, r.key) for r in restored] == [(i.id, i.key) for i in issues]


def test_add_issue_then_undo_redo_keeps_its_key(
    demo_service: LedgerService, stack: QUndoStack
) -> None:
    inspection = demo_service.list_inspections()[0]
    command = AddIssueCommand(
        demo_service,
        LedgerEvents(),
        inspection.id,
        IssueDraft(number="15", text="新发现的问题"),
        [MeasureDraft(text="一是立即整改")],
    )
    run_and_push(stack, command)
    key = command.result.key
    stack.undo()
    assert demo_service.issue_by_key(key) is None
    stack.redo()
    found = demo_service.issue_by_key(key)
    assert found is not None
    assert found.measures_total == 1


def test_consecutive_edits_of_one_cell_merge_into_one_step(
    demo_service: LedgerService, demo_path: Path, stack: QUndoStack
) -> None:
    measure = demo_service.list_measures(demo_service.list_issues()[0].id)[0]
    before = dump_ledger(demo_path)
    events = LedgerEvents()
    for text in ("第一次修改", "第二次修改"):
        current = demo_service.list_measures(measure.issue_id)[0]
        run_and_push(
            stack,
            EditMeasureCommand(
                demo_service, events, measure.id, {"text": text}, current.revision, "整改措施"
            ),
        )
    assert stack.count() == 1
    assert stack.undoText() == "修改整改措施的整改措施"
    stack.undo()
    assert dump_ledger(demo_path) == before
    stack.redo()
    assert demo_service.list_measures(measure.issue_id)[0].text == "第二次修改"


def test_an_import_undoes_as_one_step(service: LedgerService, stack: QUndoStack) -> None:
    done = load_demo(service)
    command = BatchCommand("导入示例台账", service, done, LedgerEvents())
    stack.push(command)
    assert len(service.list_issues()) == 14
    stack.undo()
    assert service.list_issues() == []
    assert service.list_inspections() == []
    stack.redo()
    assert len(service.list_issues(IssueFilter())) == 14


def test_an_import_undoes_and_redoes_off_the_gui_thread(
    service: LedgerService, stack: QUndoStack, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Undoing a large import takes seconds: the service call runs in a worker thread
    while the window keeps painting."""
    import threading

    threads: list[str] = []
    original = service.undo_batch

    def recording(batch_id: int) -> object:
        threads.append(threading.current_thread().name)
        return original(batch_id)

    monkeypatch.setattr(service, "undo_batch", recording)
    stack.push(BatchCommand("导入示例台账", service, load_demo(service), LedgerEvents()))
    stack.undo()
    assert service.list_issues() == []
    stack.redo()
    assert len(service.list_issues()) == 14
    assert len(threads) == 2
    assert threading.main_thread().name not in threads
    assert threading.current_thread() is threading.main_thread()


def test_a_failed_import_undo_is_reported_and_changes_nothing(
    service: LedgerService,
    stack: QUndoStack,
    fake_messages: FakeMessages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.storage.errors import StaleEdit

    fake_messages.allow_errors = True
    stack.push(BatchCommand("导入示例台账", service, load_demo(service), LedgerEvents()))

    def refuse(batch_id: int) -> object:
        raise StaleEdit("要恢复的记录已经存在，无法撤销删除。")

    monkeypatch.setattr(service, "undo_batch", refuse)
    stack.undo()
    assert len(service.list_issues()) == 14
    assert any("无法完成撤销或重做" in text for text in fake_messages.kinds("error"))


def test_undo_that_would_overwrite_later_work_is_refused(
    demo_service: LedgerService, stack: QUndoStack, fake_messages: FakeMessages
) -> None:
    fake_messages.allow_errors = True
    issue = demo_service.list_issues()[0]
    draft = IssueDraft(
        number=issue.number,
        text="第一次",
        status=issue.status,
        responsibility=issue.responsibility,
    )
    events = LedgerEvents()
    run_and_push(stack, EditIssueCommand(demo_service, events, issue.id, draft, None))
    # Someone else edits the same field afterwards.
    demo_service.set_issue_fields(issue.id, {"text": "别人改的"})
    stack.undo()
    assert fake_messages.kinds("error")
    assert "无法完成撤销" in fake_messages.kinds("error")[0]
    assert demo_service.get_issue(issue.id).text == "别人改的"
    assert stack.count() == 0  # the obsolete command left the stack


def test_no_change_means_nothing_to_push(demo_service: LedgerService) -> None:
    issue = demo_service.list_issues()[0]
    draft = IssueDraft(
        number=issue.number,
        text=issue.text,
        category_id=issue.category_id,
        status=issue.status,
        long_term=issue.long_term,
        progress=issue.progress,
        goal=issue.goal,
        responsibility=issue.responsibility,
        completion_date=issue.completion_date,
        remarks=issue.remarks,
    )
    command = EditIssueCommand(demo_service, LedgerEvents(), issue.id, draft, issue.revision)
    command.run()
    assert not command.changed_anything
    assert command.changes == Changes.none() or not command.changes.issues
