"""Validation of drafts: every problem at once, each with a field and a code."""

from __future__ import annotations

import re

from desktop.domain.problems import MAX_CELL_TEXT, Code, Problem, Severity, code_text
from desktop.domain.records import InspectionDraft, IssueDraft, MeasureDraft, Responsibility
from desktop.domain.text import is_cell_picture
from desktop.domain.texts import Message, Msg

# C0 controls other than tab and line breaks: Excel escapes them (_x0001_), forms reject.
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _message(code: Code) -> str:
    return code_text(code)


def _problem(
    code: Code, field: str, value: str = "", severity: Severity = Severity.ERROR
) -> Problem:
    return Problem(
        code=code, field=field, value=value[:50], severity=severity, message=_message(code)
    )


def check_text(field: str, value: str, *, required: bool = False) -> list[Problem]:
    """Problems of one text field: empty when required, too long, control characters."""
    problems: list[Problem] = []
    if required and not value.strip():
        problems.append(_problem(Code.REQUIRED, field))
    if len(value) > MAX_CELL_TEXT:
        problems.append(
            _problem(Code.TOO_LONG, field, Message(Msg.CHARACTER_COUNT, count=len(value)))
        )
    if CONTROL_RE.search(value):
        problems.append(_problem(Code.CONTROL_CHARACTERS, field, value, Severity.WARNING))
    if is_cell_picture(value):
        problems.append(_problem(Code.CELL_PICTURE, field, value))
    return problems


def _check_responsibility(r: Responsibility) -> list[Problem]:
    problems: list[Problem] = []
    for name in ("lead_leader", "lead_unit", "responsible_person", "deadline_text"):
        problems += check_text(name, getattr(r, name))
    for unit in r.cooperating_units:
        problems += check_text("cooperating_units", unit)
    return problems


def validate_issue(draft: IssueDraft) -> list[Problem]:
    """Every problem of an issue draft (number and text required)."""
    problems = check_text("number", draft.number, required=True)
    problems += check_text("text", draft.text, required=True)
    for name in ("progress", "goal", "remarks"):
        problems += check_text(name, getattr(draft, name))
    problems += _check_responsibility(draft.responsibility)
    return problems


def validate_measure(draft: MeasureDraft) -> list[Problem]:
    """Every problem of a measure draft (text required)."""
    problems = check_text("text", draft.text, required=True)
    problems += check_text("progress", draft.progress)
    problems += check_text("remarks", draft.remarks)
    problems += _check_responsibility(draft.responsibility)
    return problems


def validate_inspection(draft: InspectionDraft) -> list[Problem]:
    """Every problem of an inspection draft: a title, and dates in their natural order."""
    problems = check_text("title", draft.title, required=True)
    for name in ("inspector", "inspected_unit", "issuer", "contact", "remarks"):
        problems += check_text(name, getattr(draft, name))
    pairs = (
        ("end", draft.start, draft.end),
        ("rectification_end", draft.rectification_start, draft.rectification_end),
        ("feedback_date", draft.end, draft.feedback_date),
    )
    for field, earlier, later in pairs:
        if earlier and later and later < earlier:
            problems.append(_problem(Code.DATE_ORDER, field, later.isoformat()))
    return problems
