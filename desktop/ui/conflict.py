"""What the window does when a save is refused because another clerk saved the same
record first (:class:`StaleEdit`): for issues and measures, the conflict dialog with
the differing fields and 重新载入 / 覆盖 / 合并 / 取消; for other records, the plain
reload-or-overwrite prompt of ``messages.ask_stale``.

:func:`resolve_stale` is called from ``MainWindow.perform`` (with the measures its
detail pane shows), on the window API (``window_api``); it either adjusts the
command (overwrite: save against the revision just shown; merge: save theirs plus my
changes) and asks for it to be run again, or reloads or leaves things as they are.
Running the adjusted command through ``perform`` keeps it on the undo stack and makes
a third save in the meantime come back here again instead of being overwritten.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desktop.domain.dates import DeadlineRule
from desktop.domain.records import MeasureDraft, MeasureRecord
from desktop.domain.status import Status
from desktop.services import fields as record_fields
from desktop.services.conflicts import Conflict, issue_conflict, measure_conflict, rebase
from desktop.services.history_query import HistoryFilter, find_history
from desktop.storage.errors import LedgerError, StaleEdit
from desktop.ui import messages
from desktop.ui.commands import EditIssueCommand, EditMeasureCommand, LedgerCommand
from desktop.ui.dialogs.conflict_dialog import ConflictChoice, ConflictDialog
from desktop.ui.operations import tell_failure

if TYPE_CHECKING:
    from collections.abc import Sequence

    from desktop.ui.window_api import LedgerWindow

_RESPONSIBILITY_TEXT = frozenset(
    {"lead_leader", "lead_unit", "responsible_person", "deadline_text"}
)


def measure_with_values(measure: MeasureDraft, values: dict[str, Any]) -> MeasureDraft:
    """A measure with some fields set from record-vocabulary values (as the measure
    table's in-place edits give them): what the clerk meant to save."""
    own: dict[str, Any] = {}
    duty: dict[str, Any] = {}
    for name, value in values.items():
        if name in _RESPONSIBILITY_TEXT:
            duty[name] = value or ""
        elif name == "cooperating_units":
            duty[name] = tuple(value or ())
        elif name == "deadline":
            duty[name] = date.fromisoformat(value) if value else None
        elif name == "deadline_rule":
            duty[name] = DeadlineRule(value) if value else None
        elif name == "status":
            own[name] = Status(value)
        elif name == "completion_date":
            own[name] = date.fromisoformat(value) if value else None
        elif name in ("text", "long_term", "progress", "remarks"):
            own[name] = value
    return MeasureDraft(
        text=own.get("text", measure.text),
        status=own.get("status", measure.status),
        long_term=own.get("long_term", measure.long_term),
        progress=own.get("progress", measure.progress),
        responsibility=dataclasses.replace(measure.responsibility, **duty),
        completion_date=own.get("completion_date", measure.completion_date),
        remarks=own.get("remarks", measure.remarks),
    )


def _as_measure_draft(record: MeasureRecord) -> MeasureDraft:
    return measure_with_values(record, {})


def resolve_stale(
    window: LedgerWindow,
    command: LedgerCommand,
    error: StaleEdit,
    shown_measures: Sequence[MeasureRecord] = (),
) -> bool:
    """Ask the clerk what to do about a refused save. True: run the (adjusted)
    command again; False: stop (the window was reloaded, or the clerk cancelled)."""
    try:
        if isinstance(command, EditIssueCommand):
            return _resolve_issue(window, command, error)
        if isinstance(command, EditMeasureCommand):
            return _resolve_measure(window, command, error, shown_measures)
    except LedgerError as exc:  # the record vanished meanwhile, the ledger went away…
        tell_failure(window.widget(), exc, host=window)
        return False
    return _ask_plainly(window, command, error)


def _ask_plainly(window: LedgerWindow, command: LedgerCommand, error: StaleEdit) -> bool:
    choice = messages.ask_stale(window.widget(), error.message)
    if choice is messages.StaleChoice.OVERWRITE and hasattr(command, "expected_revision"):
        command.expected_revision = error.revision
        return True
    if choice is messages.StaleChoice.RELOAD:
        window.reload_all()
        window.revert_current_issue()
    return False


def _categories(window: LedgerWindow) -> dict[int, str]:
    names: dict[int, str] = {}
    for inspection in window.inspections():
        for category in window.service.list_categories(inspection.id):
            names[int(category.id)] = category.name
    return names


def _ask(window: LedgerWindow, conflict: Conflict, what: str) -> ConflictChoice:
    dialog = ConflictDialog(conflict, what, window.widget(), categories=_categories(window))
    try:
        messages.run_dialog(dialog)
        return dialog.choice
    finally:
        dialog.deleteLater()


def _resolve_issue(window: LedgerWindow, command: EditIssueCommand, error: StaleEdit) -> bool:
    shown = window.current_issue()
    base = shown if shown is not None and shown.id == command.issue_id else None
    conflict = issue_conflict(window.service, command.issue_id, command.draft, base, error)
    choice = _ask(window, conflict, QCoreApplication.translate("conflict", "问题"))
    if choice is ConflictChoice.RELOAD:
        window.reload_all()
        window.revert_current_issue()
        return False
    if choice is ConflictChoice.OVERWRITE:
        command.expected_revision = conflict.revision
        return True
    if choice is ConflictChoice.MERGE and base is not None:
        theirs = window.service.get_issue(command.issue_id)
        command.draft = rebase(base, command.draft, theirs)
        command.expected_revision = conflict.revision
        return True
    return False


def _resolve_measure(
    window: LedgerWindow,
    command: EditMeasureCommand,
    error: StaleEdit,
    shown_measures: Sequence[MeasureRecord],
) -> bool:
    shown = next((m for m in shown_measures if m.id == command.measure_id), None)
    base = _as_measure_draft(shown) if shown is not None else None
    mine = measure_with_values(shown, command.values) if shown is not None else None
    if mine is None or shown is None:
        return _ask_plainly(window, command, error)
    conflict = measure_conflict(window.service, command.measure_id, mine, base, error)
    conflict = _with_last_editor(window, conflict, shown)
    choice = _ask(window, conflict, QCoreApplication.translate("conflict", "整改措施"))
    if choice is ConflictChoice.RELOAD:
        window.revert_current_issue()
        return False
    if choice is ConflictChoice.OVERWRITE:
        # Mine is the whole measure as the clerk saw it plus the edited cell.
        command.values = record_fields.measure_draft_fields(mine)
        command.expected_revision = conflict.revision
        return True
    if choice is ConflictChoice.MERGE:
        # The command holds only the cells the clerk changed: theirs stays elsewhere.
        command.expected_revision = conflict.revision
        return True
    return False


def _with_last_editor(window: LedgerWindow, conflict: Conflict, measure: MeasureRecord) -> Conflict:
    """Measures keep no "last saved by": take who and when from the history."""
    if conflict.at:
        return conflict
    rows = find_history(
        window.service, HistoryFilter(issue_id=measure.issue_id, entity="measure"), limit=500
    )
    last = next((r for r in rows if r.entity_key == measure.key), None)
    if last is None:
        return conflict
    return dataclasses.replace(
        conflict, by=last.operator or conflict.by, at=last.at.strftime("%Y-%m-%d %H:%M")
    )
