"""Filters are data: built by the filter bar, run by storage, honoured by exports."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.domain.calendar import WorkCalendar
from desktop.domain.lights import DEFAULT_DUE_SOON_DAYS, DueSettings, Light
from desktop.domain.overdue import issue_light, item_overdue
from desktop.domain.records import CategoryId, InspectionId, IssueRecord
from desktop.domain.status import Status

DUE_SOON_DAYS = DEFAULT_DUE_SOON_DAYS


@dataclass(frozen=True, slots=True)
class IssueFilter:
    """Which issues to show. Empty fields mean "any"."""

    inspection_id: InspectionId | None = None
    category_id: CategoryId | None = None
    statuses: frozenset[Status] = frozenset()
    unit: str = ""
    leader: str = ""
    overdue: bool = False
    due_soon: bool = False
    long_term: bool | None = None
    text: str = ""

    @property
    def is_empty(self) -> bool:
        return self == IssueFilter(inspection_id=self.inspection_id)


def is_overdue(deadline: date | None, status: Status, today: date) -> bool:
    """Overdue (逾期) is derived, never stored: one item's dated deadline passed and not
    finished (:func:`desktop.domain.overdue.item_overdue`; an issue is judged with its
    measures by :func:`desktop.domain.overdue.issue_overdue`)."""
    return item_overdue(deadline, status, today)


def is_due_soon(
    deadline: date | None, status: Status, today: date, days: int = DUE_SOON_DAYS
) -> bool:
    """Due within ``days`` from today and not finished."""
    return (
        deadline is not None
        and not status.is_finished
        and today <= deadline <= today + timedelta(days=days)
    )


def matches(
    issue: IssueRecord,
    flt: IssueFilter,
    today: date,
    searchable: str | None = None,
    *,
    calendar: WorkCalendar | None = None,
    starts: Mapping[int, date | None] | None = None,
) -> bool:
    """Whether an issue passes a filter, in Python (fast enough for 50k rows; see
    architecture.md). ``searchable`` is the issue's text joined with its measures' and
    progress texts; the issue text alone when not given. Overdue and due soon are
    judged on the deadlines in force: "N个工作日内" from the inspection's feedback date
    (``starts``, by inspection id) on ``calendar``."""
    if flt.inspection_id is not None and issue.inspection_id != flt.inspection_id:
        return False
    if flt.statuses and issue.status not in flt.statuses:
        return False
    r = issue.responsibility
    if flt.unit and flt.unit != r.lead_unit and flt.unit not in r.cooperating_units:
        return False
    if flt.leader and flt.leader not in r.lead_leader:
        return False
    if flt.long_term is not None and issue.long_term != flt.long_term:
        return False
    if flt.overdue or flt.due_soon:
        start = starts.get(issue.inspection_id) if starts else None
        light = issue_light(issue, today, DueSettings(DUE_SOON_DAYS), calendar, start)
        hit = (flt.overdue and light is Light.RED) or (flt.due_soon and light is Light.YELLOW)
        if not hit:
            return False
    if flt.text:
        haystack = searchable if searchable is not None else issue.text
        if flt.text not in haystack and flt.text not in issue.number:
            return False
    return True
