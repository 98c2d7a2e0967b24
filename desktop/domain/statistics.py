"""Counting a ledger for reports: issues and measures by state, by lead unit and by
category, and the overdue and due-soon lists, from records alone.

Pure Python so that the Excel writer (which may not import services) and anything else
can share one way of counting. A measure without its own lead unit or deadline answers
to its issue's, exactly as the ledger sheet shows it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from desktop.domain.calendar import WorkCalendar
from desktop.domain.filters import DUE_SOON_DAYS, is_due_soon, is_overdue
from desktop.domain.lights import effective_deadline as deadline_in_force
from desktop.domain.overdue import has_own_deadline as has_own_deadline
from desktop.domain.overdue import issue_overdue
from desktop.domain.records import IssueRecord, MeasureRecord, Responsibility
from desktop.domain.status import Status
from desktop.domain.texts import SOURCE, Message, Msg

# Shown for a rate of nothing (no items to rate), in the app, the workbooks and the CLI.
NO_RATE = "—"


def share_percent(part: int, whole: int) -> float | None:
    """A rate (完成率, a state's share) as a percentage with two decimals, or None when
    there is nothing to rate: the one rule, so an empty group reads the same (—) in the
    app, the exported workbook and ``rectify stats``, never 0.00% in one and blank in
    another."""
    return round(100 * part / whole, 2) if whole else None


def rate_text(rate: float | None) -> str:
    """A rate as people write it (``71.43%``), or ``—`` when there is nothing to rate."""
    return NO_RATE if rate is None else f"{rate:.2f}%"


NO_UNIT = SOURCE[Msg.NO_UNIT]  # the group of records without a lead unit
NO_CATEGORY = SOURCE[Msg.NO_CATEGORY]  # the group of issues without a category
_NO_GROUP = {NO_UNIT: Msg.NO_UNIT, NO_CATEGORY: Msg.NO_CATEGORY}


def group_name(name: str) -> str:
    """A unit's or category's group as people read it: its name, or for the records
    without one, that, in the installed language (the keys stay as they are)."""
    code = _NO_GROUP.get(name)
    return Message(code) if code else name


def effective_lead_unit(issue: IssueRecord, measure: MeasureRecord | None) -> str:
    """The measure's lead unit, or its issue's when the measure names none."""
    if measure is not None and measure.responsibility.lead_unit:
        return measure.responsibility.lead_unit
    return issue.responsibility.lead_unit


def effective_deadline(issue: IssueRecord, measure: MeasureRecord | None) -> Responsibility:
    """The responsibility whose deadline applies: the measure's own, else the issue's."""
    if measure is not None and has_own_deadline(measure.responsibility):
        return measure.responsibility
    return issue.responsibility


@dataclass(slots=True)
class Tally:
    """Issues or measures counted by state, with the long-term and overdue counts."""

    total: int = 0
    by_status: dict[Status, int] = field(default_factory=lambda: dict.fromkeys(Status, 0))
    long_term: int = 0
    overdue: int = 0

    @property
    def finished(self) -> int:
        """Done or signed off."""
        return self.by_status[Status.DONE] + self.by_status[Status.CLOSED]

    @property
    def rate(self) -> float | None:
        """Finished over total as a fraction (0.7143), None when there is nothing to
        rate (:func:`share_percent`'s rule)."""
        percent = share_percent(self.finished, self.total)
        return None if percent is None else self.finished / self.total

    def add(self, status: Status, long_term: bool, overdue: bool) -> None:
        self.total += 1
        self.by_status[status] += 1
        self.long_term += long_term
        self.overdue += overdue


@dataclass(slots=True)
class GroupTally:
    """The issues and measures of one lead unit or one category."""

    name: str
    issues: Tally = field(default_factory=Tally)
    measures: Tally = field(default_factory=Tally)


@dataclass(frozen=True, slots=True)
class DueItem:
    """One line of the overdue or due-soon list: a measure, or an issue without
    measures. ``days`` is days past the deadline (overdue) or days left (due soon)."""

    issue_number: str
    issue_text: str
    measure_text: str
    lead_unit: str
    deadline: date
    status: Status
    long_term: bool
    days: int


@dataclass(frozen=True, slots=True)
class LedgerStatistics:
    """Everything the statistics sheet shows, counted as of one day."""

    as_of: date
    issues: Tally
    measures: Tally
    by_unit: tuple[GroupTally, ...]
    by_category: tuple[GroupTally, ...]
    overdue: tuple[DueItem, ...]
    due_soon: tuple[DueItem, ...]
    due_soon_days: int = DUE_SOON_DAYS


def ledger_statistics(
    issues: Iterable[IssueRecord],
    measures_by_issue: Mapping[int, Sequence[MeasureRecord]],
    as_of: date,
    due_soon_days: int = DUE_SOON_DAYS,
    *,
    calendar: WorkCalendar | None = None,
    starts: Mapping[int, date | None] | None = None,
) -> LedgerStatistics:
    """Count issues (by their own state; overdue by :mod:`desktop.domain.overdue`'s rule)
    and measures (by theirs, or their issue's deadline and lead unit when they name
    none). Groups keep the order in which they first appear in the ledger; the lists
    are sorted by deadline.

    Deadlines are those in force (:func:`desktop.domain.lights.effective_deadline`): a
    "N个工作日内" counts from the inspection's feedback date (``starts``, by inspection
    id) on ``calendar``, as the window and ``rectify stats`` count it."""
    feedback = starts or {}
    issue_tally = Tally()
    measure_tally = Tally()
    units: dict[str, GroupTally] = {}
    categories: dict[str, GroupTally] = {}
    overdue: list[DueItem] = []
    due_soon: list[DueItem] = []

    def group(table: dict[str, GroupTally], name: str) -> GroupTally:
        found = table.get(name)
        if found is None:
            found = table[name] = GroupTally(name)
        return found

    for issue in issues:
        r = issue.responsibility
        measures = measures_by_issue.get(issue.id, ())
        # The one rule: an issue is overdue when its own deadline or any unfinished
        # measure's has passed (measures are counted on their own below).
        start = feedback.get(issue.inspection_id)
        late = issue_overdue(issue, as_of, calendar, start, measures=measures)
        issue_tally.add(issue.status, issue.long_term, late)
        unit_group = group(units, r.lead_unit or NO_UNIT)
        unit_group.issues.add(issue.status, issue.long_term, late)
        category_group = group(
            categories, issue.category_path[0] if issue.category_path else NO_CATEGORY
        )
        category_group.issues.add(issue.status, issue.long_term, late)

        for measure in measures:
            deadline = deadline_in_force(effective_deadline(issue, measure), start, calendar)
            m_late = is_overdue(deadline, measure.status, as_of)
            measure_tally.add(measure.status, measure.long_term, m_late)
            unit = effective_lead_unit(issue, measure)
            group(units, unit or NO_UNIT).measures.add(measure.status, measure.long_term, m_late)
            category_group.measures.add(measure.status, measure.long_term, m_late)
            if deadline is not None:
                _list_due(
                    overdue, due_soon, issue, measure, unit, deadline, m_late, as_of, due_soon_days
                )
        own = deadline_in_force(r, start, calendar)
        if not measures and own is not None:
            own_late = is_overdue(own, issue.status, as_of)
            _list_due(
                overdue,
                due_soon,
                issue,
                None,
                r.lead_unit,
                own,
                own_late,
                as_of,
                due_soon_days,
            )

    overdue.sort(key=lambda item: item.deadline)
    due_soon.sort(key=lambda item: item.deadline)
    return LedgerStatistics(
        as_of=as_of,
        issues=issue_tally,
        measures=measure_tally,
        by_unit=tuple(units.values()),
        by_category=tuple(categories.values()),
        overdue=tuple(overdue),
        due_soon=tuple(due_soon),
        due_soon_days=due_soon_days,
    )


def _list_due(
    overdue: list[DueItem],
    due_soon: list[DueItem],
    issue: IssueRecord,
    measure: MeasureRecord | None,
    unit: str,
    deadline: date,
    late: bool,
    as_of: date,
    due_soon_days: int,
) -> None:
    item = measure if measure is not None else issue
    if late:
        days = (as_of - deadline).days
    elif is_due_soon(deadline, item.status, as_of, due_soon_days):
        days = (deadline - as_of).days
    else:
        return
    entry = DueItem(
        issue_number=issue.number,
        issue_text=issue.text,
        measure_text=measure.text if measure is not None else "",
        lead_unit=unit,
        deadline=deadline,
        status=item.status,
        long_term=item.long_term,
        days=days,
    )
    (overdue if late else due_soon).append(entry)
