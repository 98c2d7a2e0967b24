"""Deadline lights: the colour every list shows for an issue or measure (red overdue,
yellow due soon, green finished), and the deadline in force it is judged on.

Kept apart from :mod:`desktop.domain.supervision` (which re-exports all of it) so
that the issue table can colour its rows without importing the rest of supervision:
the window's first frame needs the lights and nothing else of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.domain.calendar import WorkCalendar, parse_working_days
from desktop.domain.records import IssueRecord, MeasureRecord, Responsibility
from desktop.domain.status import Status

DEFAULT_DUE_SOON_DAYS = 7


# ------------------------------------------------------------------ deadline lights
class Light(StrEnum):
    """The colour an issue or measure shows in every list: red overdue, yellow due
    soon, green finished; ``none`` for work on track or without a dated deadline."""

    RED = "red"
    YELLOW = "yellow"
    GREEN = "green"
    NONE = "none"


LIGHT_LABELS: dict[Light, str] = {
    Light.RED: "逾期",
    Light.YELLOW: "临期",
    Light.GREEN: "已完成",
    Light.NONE: "",
}


@dataclass(frozen=True, slots=True)
class DueSettings:
    """When an item turns yellow: within ``days`` of its deadline, counted in calendar
    days, or in working days when ``working_days`` is set (the office's choice; kept
    in the ledger's settings)."""

    days: int = DEFAULT_DUE_SOON_DAYS
    working_days: bool = False


def deadline_light(
    deadline: date | None,
    status: Status,
    today: date,
    settings: DueSettings | None = None,
    calendar: WorkCalendar | None = None,
) -> Light:
    """The light of one item. Finished (done or signed off) is green whatever the date;
    a passed deadline is red; a deadline within ``settings.days`` (working days with a
    calendar when the settings say so) is yellow."""
    settings = settings or DueSettings()
    if status.is_finished:
        return Light.GREEN
    if deadline is None:
        return Light.NONE
    if deadline < today:
        return Light.RED
    if settings.working_days and calendar is not None:
        left = calendar.working_days_between(today, deadline)
    else:
        left = (deadline - today).days
    return Light.YELLOW if left <= settings.days else Light.NONE


def effective_deadline(
    responsibility: Responsibility,
    start: date | None = None,
    calendar: WorkCalendar | None = None,
) -> date | None:
    """The date a deadline falls on: the date written, or for "N个工作日内" the N-th
    working day after ``start`` (the feedback date, usually) on ``calendar``."""
    if responsibility.deadline is not None:
        return responsibility.deadline
    if start is None or calendar is None:
        return None
    count = parse_working_days(responsibility.deadline_text)
    if count is None or count > 2600:
        return None
    return calendar.add_working_days(start, count)


def record_light(
    record: IssueRecord | MeasureRecord,
    today: date,
    settings: DueSettings | None = None,
    calendar: WorkCalendar | None = None,
    start: date | None = None,
) -> Light:
    """The light of an issue or measure row: :func:`deadline_light` on its deadline in
    force (:func:`effective_deadline`, ``start`` being the inspection's feedback date)."""
    deadline = effective_deadline(record.responsibility, start, calendar)
    return deadline_light(deadline, record.status, today, settings, calendar)


def measure_responsibility(measure: MeasureRecord, issue: IssueRecord | None) -> Responsibility:
    """A measure's responsibility with blanks filled from its issue: ledgers write the
    unit and deadline once per issue (merged cells) and mean it for every measure."""
    if issue is None:
        return measure.responsibility
    return filled_responsibility(measure.responsibility, issue.responsibility)


def filled_responsibility(own: Responsibility, up: Responsibility) -> Responsibility:
    """A measure's responsibility ``own`` with blanks filled from its issue's ``up``
    (:func:`measure_responsibility`)."""
    has_deadline = own.deadline is not None or own.deadline_rule is not None or own.deadline_text
    return Responsibility(
        lead_leader=own.lead_leader or up.lead_leader,
        lead_unit=own.lead_unit or up.lead_unit,
        cooperating_units=own.cooperating_units or up.cooperating_units,
        responsible_person=own.responsible_person or up.responsible_person,
        deadline=own.deadline if has_deadline else up.deadline,
        deadline_rule=own.deadline_rule if has_deadline else up.deadline_rule,
        deadline_text=own.deadline_text if has_deadline else up.deadline_text,
    )


def days_overdue(deadline: date, today: date) -> int:
    return max(0, (today - deadline).days)
