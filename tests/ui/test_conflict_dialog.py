"""Two clerks on one ledger file: the second save of the same issue or measure shows
the conflict dialog (who saved and when, the fields that differ, which both changed),
and each choice — 重新载入, 覆盖, 合并, 取消 — leaves the database as expected."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtWidgets import QDialog

from desktop.domain.status import Status
from desktop.services.ledger import LedgerService
from desktop.storage.migrate import open_ledger
from desktop.ui.dialogs.conflict_dialog import ConflictChoice, ConflictDialog
from desktop.ui.main_window import MainWindow

from .helpers import FakeMessages
from .safety_helpers import issue_numbered, select_number


@pytest.fixture
def colleague(demo_path: Path) -> Iterator[LedgerService]:
    """A second clerk: another service (own engine, own connections) on the same file."""
    service = LedgerService(open_ledger(demo_path), "另一位同事")
    yield service
    service.uow.engine.dispose()


class Answer:
    """Presses one button of the conflict dialog and remembers what it showed."""

    def __init__(self, button: str) -> None:
        self.button = button
        self.heading = ""
        self.rows: list[list[str]] = []
        self.fields: list[str] = []
        self.both: list[str] = []
        self.merge_enabled = False

    def __call__(self, dialog: QDialog) -> bool:
        assert isinstance(dialog, ConflictDialog)
        self.heading = dialog.heading.text()
        model = dialog.model
        self.rows = [
            [model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())
        ]
        self.fields = dialog.fields()
        self.both = [d.field for d in dialog.both]
        self.merge_enabled = dialog.merge_button.isEnabled()
        getattr(dialog, f"{self.button}_button").click()
        return dialog.result() == QDialog.DialogCode.Accepted


def edit_and_save(window: MainWindow, fake: FakeMessages, answer: Answer, **fields: str) -> bool:
    form = window.detail.form
    for name, value in fields.items():
        getattr(form, name).setText(value)
    fake.dialogs.append(answer)
    return window.save_current_issue()


def test_different_fields_can_be_merged(
    window: MainWindow, fake_messages: FakeMessages, colleague: LedgerService
) -> None:
    base = select_number(window, "11")
    colleague.set_issue_fields(base.id, {"progress": "同事写的进度"})
    answer = Answer("merge")
    assert edit_and_save(window, fake_messages, answer, remarks="我的备注")
    assert answer.heading.startswith("此问题已被另一位同事修改于")
    assert sorted(answer.fields) == ["progress", "remarks"]
    assert answer.both == []
    assert answer.merge_enabled
    by_field = {row[0]: row for row in answer.rows}
    assert by_field["备注"][1:] == ["我的备注", "（空）", "只有我修改了"]
    assert by_field["整改进展"][2:] == ["同事写的进度", "只有对方修改了"]
    saved = issue_numbered(window.service, "11")
    assert (saved.progress, saved.remarks) == ("同事写的进度", "我的备注")
    assert window.detail.form.remarks.text() == "我的备注"
    assert window.detail.form.progress.text() == "同事写的进度"
    # The merge is one undoable step: undo takes back my part only.
    window.undo_action.trigger()
    undone = issue_numbered(window.service, "11")
    assert (undone.progress, undone.remarks) == ("同事写的进度", base.remarks)


def test_a_field_both_changed_cannot_be_merged_and_overwrite_wins(
    window: MainWindow, fake_messages: FakeMessages, colleague: LedgerService
) -> None:
    base = select_number(window, "8")
    colleague.set_issue_fields(base.id, {"remarks": "同事的备注", "lead_leader": "同事填的领导"})
    answer = Answer("overwrite")
    assert edit_and_save(window, fake_messages, answer, remarks="我的备注")
    assert answer.both == ["remarks"]
    assert not answer.merge_enabled
    assert sorted(answer.fields) == ["lead_leader", "remarks"]
    remarks_row = next(r for r in answer.rows if r[0] == "备注")
    assert remarks_row[1:] == ["我的备注", "同事的备注", "双方都修改了"]
    saved = issue_numbered(window.service, "8")
    # 覆盖: my version of the issue as a whole, over theirs.
    assert saved.remarks == "我的备注"
    assert saved.responsibility.lead_leader == base.responsibility.lead_leader


def test_reload_takes_theirs_and_drops_mine(
    window: MainWindow, fake_messages: FakeMessages, colleague: LedgerService
) -> None:
    base = select_number(window, "8")
    colleague.set_issue_fields(base.id, {"remarks": "同事的备注"})
    answer = Answer("reload")
    assert not edit_and_save(window, fake_messages, answer, remarks="我的备注")
    assert issue_numbered(window.service, "8").remarks == "同事的备注"
    assert window.detail.form.remarks.text() == "同事的备注"
    assert not window.detail.form.is_dirty()
    assert window.undo_stack.count() == 0


def test_cancel_saves_nothing_and_keeps_my_edits_in_the_form(
    window: MainWindow, fake_messages: FakeMessages, colleague: LedgerService
) -> None:
    base = select_number(window, "8")
    colleague.set_issue_fields(base.id, {"remarks": "同事的备注"})
    answer = Answer("cancel")
    assert not edit_and_save(window, fake_messages, answer, remarks="我的备注")
    assert issue_numbered(window.service, "8").remarks == "同事的备注"
    assert window.detail.form.remarks.text() == "我的备注"
    assert window.detail.form.is_dirty()
    # Leaving the issue tries to save again: the clerk is asked again, and reloads.
    fake_messages.dialogs.append(Answer("reload"))
    select_number(window, "9")
    assert fake_messages.kinds("dialog") == ["ConflictDialog", "ConflictDialog"]
    assert issue_numbered(window.service, "8").remarks == "同事的备注"


def test_a_third_save_meanwhile_asks_again(
    window: MainWindow, fake_messages: FakeMessages, colleague: LedgerService
) -> None:
    base = select_number(window, "8")
    colleague.set_issue_fields(base.id, {"remarks": "同事的备注"})

    class SaveAgainThenOverwrite(Answer):
        def __call__(self, dialog: QDialog) -> bool:
            # While the dialog is open, the colleague saves once more.
            colleague.set_issue_fields(base.id, {"remarks": "同事又改了"})
            return super().__call__(dialog)

    fake_messages.dialogs.append(SaveAgainThenOverwrite("overwrite"))
    second = Answer("overwrite")
    assert edit_and_save(window, fake_messages, second, remarks="我的备注")
    assert fake_messages.kinds("dialog") == ["ConflictDialog", "ConflictDialog"]
    assert next(r for r in second.rows if r[0] == "备注")[2] == "同事又改了"
    assert issue_numbered(window.service, "8").remarks == "我的备注"


def measure_cell(window: MainWindow, field: str):  # type: ignore[no-untyped-def]
    model = window.detail.measures.model
    column = next(n for n, c in enumerate(model.columns) if c.field == field)
    return model.index(0, column)


def test_a_measure_edited_by_both_merges_field_by_field(
    window: MainWindow, fake_messages: FakeMessages, colleague: LedgerService
) -> None:
    issue = select_number(window, "10")
    measure = window.service.list_measures(issue.id)[0]
    colleague.set_measure_fields(measure.id, {"text": "同事改写的措施"})
    answer = Answer("merge")
    fake_messages.dialogs.append(answer)
    window.detail.measures.model.setData(measure_cell(window, "progress"), "我的措施进度")
    assert answer.heading.startswith("此整改措施已被另一位同事修改于")
    assert sorted(answer.fields) == ["progress", "text"]
    assert answer.merge_enabled
    saved = window.service.list_measures(issue.id)[0]
    assert (saved.text, saved.progress) == ("同事改写的措施", "我的措施进度")
    assert window.detail.measures.model.record_at(0) == saved


def test_a_measure_overwrite_puts_back_what_i_saw(
    window: MainWindow, fake_messages: FakeMessages, colleague: LedgerService
) -> None:
    issue = select_number(window, "10")
    measure = window.service.list_measures(issue.id)[0]
    colleague.set_measure_fields(measure.id, {"text": "同事改写的措施", "status": "done"})
    answer = Answer("overwrite")
    fake_messages.dialogs.append(answer)
    window.detail.measures.model.setData(measure_cell(window, "progress"), "我的措施进度")
    assert sorted(answer.fields) == ["progress", "status", "text"]
    status_row = next(r for r in answer.rows if r[0] == "整改状态")
    assert status_row[2] == "已完成"
    saved = window.service.list_measures(issue.id)[0]
    assert (saved.text, saved.status, saved.progress) == (
        measure.text,
        measure.status,
        "我的措施进度",
    )
    assert measure.status != Status.DONE


def test_choice_defaults_to_cancel_when_the_dialog_is_closed(
    window: MainWindow, fake_messages: FakeMessages, colleague: LedgerService
) -> None:
    base = select_number(window, "8")
    colleague.set_issue_fields(base.id, {"remarks": "同事的备注"})
    seen: list[ConflictChoice] = []

    def close(dialog: QDialog) -> bool:
        assert isinstance(dialog, ConflictDialog)
        dialog.reject()  # the window's close button
        seen.append(dialog.choice)
        return False

    fake_messages.dialogs.append(close)
    window.detail.form.remarks.setText("我的备注")
    assert not window.save_current_issue()
    assert seen == [ConflictChoice.CANCEL]
    assert issue_numbered(window.service, "8").remarks == "同事的备注"
    assert window.detail.form.is_dirty()
    window.detail.form.set_draft(base)  # no second attempt when the window closes


def test_other_records_keep_the_plain_reload_or_overwrite_prompt(
    window: MainWindow, fake_messages: FakeMessages, colleague: LedgerService
) -> None:
    import dataclasses

    from desktop.ui import messages
    from desktop.ui.commands import EditInspectionCommand

    inspection = window.inspections()[0]
    colleague.update_inspection(
        inspection.id, dataclasses.replace(inspection, contact="同事填的联系人")
    )
    mine = dataclasses.replace(inspection, remarks="我的巡察备注")
    fake_messages.stale_answers.append(messages.StaleChoice.OVERWRITE)
    command = EditInspectionCommand(
        window.service, window.events, inspection.id, mine, inspection.revision
    )
    assert window.perform(command)
    assert fake_messages.kinds("ask_stale")[0].startswith("此巡察已被")
    saved = window.service.get_inspection(inspection.id)
    assert (saved.remarks, saved.contact) == ("我的巡察备注", inspection.contact)
