"""Overdue (逾期) and due soon (临期): the one rule every view, export, print form, CLI
command and the 督办 dock count by.

An item (an issue or a measure) is overdue when it is not finished and its deadline in
force has passed. An **issue** is overdue when it is not finished and its own deadline,
or the deadline of any of its unfinished measures, has passed: ledgers with several
measures per issue often date only the measures, and such an issue is late as soon as
one of its open measures is. Due soon likewise, within the office's window. Measures
are still counted on their own beside the issues (the 督办 list and 统计 show both).

Pure: callers resolve the deadlines in force (a date, or "N个工作日内" from the feedback
date, :func:`desktop.domain.lights.effective_deadline`) and pass them here.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from desktop.domain.calendar import WorkCalendar
from desktop.domain.lights import (
    DueSettings,
    Light,
    deadline_light,
    effective_deadline,
)
from desktop.domain.records import IssueRecord, MeasureRecord, Responsibility
from desktop.domain.status import Status


def item_overdue(deadline: date | None, status: Status, today: date) -> bool:
    """One item on its own deadline: a dated deadline passed and not finished."""
    return deadline is not None and deadline < today and not status.is_finished


def has_own_deadline(r: Responsibility) -> bool:
    """Whether a responsibility names a deadline of its own (a date, a rule or text)."""
    return r.deadline is not None or r.deadline_rule is not None or bool(r.deadline_text)


def open_measure_deadlines(measures: Iterable[MeasureRecord]) -> tuple[Responsibility, ...]:
    """The deadlines an issue's measures add to its own: those of its unfinished
    measures that name one (a measure without its own answers to the issue's)."""
    return tuple(
        Responsibility(
            deadline=m.responsibility.deadline,
            deadline_rule=m.responsibility.deadline_rule,
            deadline_text=m.responsibility.deadline_text,
        )
        for m in measures
        if not m.status.is_finished and has_own_deadline(m.responsibility)
    )


def issue_deadlines(
    issue: IssueRecord,
    measures: Iterable[MeasureRecord] | None = None,
    calendar: WorkCalendar | None = None,
    start: date | None = None,
) -> list[date]:
    """The dated deadlines an issue is judged on: its own in force and those of its
    unfinished measures (``measures`` when given, else those the record carries in
    ``open_measure_deadlines``), earliest first."""
    own = [issue.responsibility]
    extra = (
        open_measure_deadlines(measures) if measures is not None else issue.open_measure_deadlines
    )
    found = {effective_deadline(r, start, calendar) for r in (*own, *extra)}
    return sorted(d for d in found if d is not None)


def issue_light(
    issue: IssueRecord,
    today: date,
    settings: DueSettings | None = None,
    calendar: WorkCalendar | None = None,
    start: date | None = None,
    measures: Iterable[MeasureRecord] | None = None,
) -> Light:
    """The light of an issue by the one rule: green when finished; red when its own
    deadline or any unfinished measure's has passed; yellow when the earliest of them
    is due soon; none otherwise. ``start`` is the inspection's feedback date."""
    deadlines = issue_deadlines(issue, measures, calendar, start)
    return light_of_deadlines(deadlines, issue.status, today, settings, calendar)


def light_of_deadlines(
    deadlines: Iterable[date | None],
    status: Status,
    today: date,
    settings: DueSettings | None = None,
    calendar: WorkCalendar | None = None,
) -> Light:
    """An issue's light from the deadlines in force of it and of its unfinished
    measures (undated ones are left out): the earliest decides (:func:`issue_light`;
    the 督办 list reads the deadlines without making records)."""
    earliest = min((d for d in deadlines if d is not None), default=None)
    return deadline_light(earliest, status, today, settings, calendar)


def issue_overdue(
    issue: IssueRecord,
    today: date,
    calendar: WorkCalendar | None = None,
    start: date | None = None,
    measures: Iterable[MeasureRecord] | None = None,
) -> bool:
    """Whether an issue is overdue by the one rule (see the module docstring)."""
    return issue_light(issue, today, None, calendar, start, measures) is Light.RED


def shown_deadline(issue: IssueRecord) -> tuple[Responsibility, bool]:
    """The deadline a list shows for an issue: its own, or, when it names none, the
    earliest of its unfinished measures' (dated ones first), which is what makes it
    overdue or due soon; True when it is a measure's."""
    own = issue.responsibility
    if has_own_deadline(own) or not issue.open_measure_deadlines:
        return own, False
    dated = [r for r in issue.open_measure_deadlines if r.deadline is not None]
    if dated:
        return min(dated, key=lambda r: r.deadline or date.max), True
    return issue.open_measure_deadlines[0], True
