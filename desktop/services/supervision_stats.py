"""Supervision statistics (统计) and the 督办 list, computed from a :class:`LedgerView`,
so the same code reports the ledger now and as it stood on a past date.

The ``stats --json`` document keeps the foundation's ``issues`` and ``measures`` counts
(``docs/cli.md``) and adds ``on_time_rate``, ``postponed``, ``sign_off``, ``by_unit``,
``by_category``, ``overdue``, ``outcomes`` and ``warnings``; with a start date,
``changes``. Rates are percentages with two decimals, always beside their counts.
"""

from __future__ import annotations

import dataclasses
import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.calendar import WorkCalendar, parse_working_days
from desktop.domain.overdue import issue_light, issue_overdue
from desktop.domain.records import (
    InspectionId,
    InspectionRecord,
    IssueRecord,
    MeasureRecord,
    Responsibility,
)
from desktop.domain.statistics import NO_CATEGORY, NO_UNIT, share_percent
from desktop.domain.supervision import (
    Decision,
    DueSettings,
    LedgerView,
    Light,
    SignOffState,
    deadline_light,
    effective_deadline,
    measure_responsibility,
    outcome_totals,
    sign_off_state,
)
from desktop.services.ledger_view import end_of_day
from desktop.services.stats import count
from desktop.storage.models import History, HistoryBatch

# An overdue list longer than this is summarised: nobody reads past it in a report.
OVERDUE_LIST_LIMIT = 500


def _feedback(view: LedgerView) -> dict[int, date | None]:
    return {i.id: i.feedback_date for i in view.inspections}


def _rate(part: int, whole: int) -> float | None:
    return share_percent(part, whole)


class Deadlines:
    """Effective deadlines (dates, or "N个工作日内" from the feedback date, by
    inspection id in ``feedback``) and the calendar warnings met on the way."""

    def __init__(self, feedback: dict[int, date | None], calendar: WorkCalendar | None) -> None:
        self.feedback = feedback
        self.calendar = calendar
        self.warnings: list[str] = []

    def of(self, responsibility: Responsibility, inspection_id: InspectionId) -> date | None:
        start = self.feedback.get(inspection_id)
        found = effective_deadline(responsibility, start, self.calendar)
        if (
            found is not None
            and responsibility.deadline is None
            and start is not None
            and self.calendar is not None
            and parse_working_days(responsibility.deadline_text) is not None
        ):
            for warning in self.calendar.warnings(start, found):
                if warning not in self.warnings:
                    self.warnings.append(warning)
        return found


@dataclasses.dataclass(slots=True)
class _Group:
    total: int = 0
    finished: int = 0
    overdue: int = 0

    def add(self, finished: bool, overdue: bool) -> None:
        self.total += 1
        self.finished += finished
        self.overdue += overdue

    def as_json(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "finished": self.finished,
            "overdue": self.overdue,
            "rate": _rate(self.finished, self.total),
        }


def on_time(
    items: Iterable[tuple[str, IssueRecord | MeasureRecord, date | None]],
    finished: dict[tuple[str, str], date],
) -> dict[str, Any]:
    """The on-time rate (按期完成率) of some issues or measures.

    On-time rate = items finished on or before their deadline / finished items that
    have a dated deadline and a known finish date, as a percentage with two decimals
    (None when there are none). The deadline is the one in force, after approved
    postponements (postponed items are counted separately). The finish date is the
    item's completion date, or else the day the history shows it becoming done or
    signed off; a finished item with neither is counted as ``unknown`` and left out of
    the rate rather than guessed.
    """
    on, late, unknown = 0, 0, 0
    for entity, record, deadline in items:
        if deadline is None or not record.status.is_finished:
            continue
        finish = record.completion_date or finished.get((entity, record.key))
        if finish is None:
            unknown += 1
        elif finish <= deadline:
            on += 1
        else:
            late += 1
    known = on + late
    return {
        "rate": round(100 * on / known, 2) if known else None,
        "on_time": on,
        "late": late,
        "finished_with_deadline": known,
        "unknown": unknown,
    }


def _overdue_item(
    entity: str,
    issue: IssueRecord,
    measure: MeasureRecord | None,
    deadline: date,
    today: date,
    unit: str,
) -> dict[str, Any]:
    record: IssueRecord | MeasureRecord = measure if measure is not None else issue
    return {
        "entity": entity,
        "id": record.id,
        "issue_id": issue.id,
        "inspection_id": issue.inspection_id,
        "number": issue.number,
        "seq": measure.seq if measure is not None else None,
        "text": record.text,
        "lead_unit": unit,
        "deadline": deadline.isoformat(),
        "days_overdue": (today - deadline).days,
        "status": record.status.value,
    }


def statistics(
    view: LedgerView,
    today: date,
    finished: dict[tuple[str, str], date],
    *,
    settings: DueSettings | None = None,
    calendar: WorkCalendar | None = None,
) -> dict[str, Any]:
    """The statistics document of a view on ``today`` (the as-of day for the past).

    Overdue counts use the deadline in force: the date written, or "N个工作日内"
    counted from the feedback date. Units are lead units (a measure without its own
    takes its issue's); categories are the top level (方面) of an issue's category.
    """
    deadlines = Deadlines(_feedback(view), calendar)
    issues_by_id = {i.id: i for i in view.issues}
    issue_deadline = {i.id: deadlines.of(i.responsibility, i.inspection_id) for i in view.issues}
    measure_deadline = {
        m.id: deadlines.of(m.responsibility, issues_by_id[m.issue_id].inspection_id)
        for m in view.measures
        if m.issue_id in issues_by_id
    }
    measures = [m for m in view.measures if m.issue_id in issues_by_id]
    late_issues = _late_issues(view, today, calendar)

    def late(deadline: date | None, record: IssueRecord | MeasureRecord) -> bool:
        return deadline is not None and deadline < today and not record.status.is_finished

    issue_counts = dataclasses.replace(
        count(view.issues, today),
        overdue=len(late_issues),
    )
    measure_counts = dataclasses.replace(
        count(measures, today),
        overdue=sum(late(measure_deadline[m.id], m) for m in measures),
    )

    by_unit: dict[str, dict[str, _Group]] = defaultdict(
        lambda: {"issues": _Group(), "measures": _Group()}
    )
    by_category: dict[str, dict[str, _Group]] = defaultdict(
        lambda: {"issues": _Group(), "measures": _Group()}
    )
    overdue: list[dict[str, Any]] = []
    for issue in view.issues:
        unit = issue.responsibility.lead_unit or NO_UNIT
        category = issue.category_path[0] if issue.category_path else NO_CATEGORY
        for group in (by_unit[unit], by_category[category]):
            group["issues"].add(issue.status.is_finished, issue.id in late_issues)
        if late(issue_deadline[issue.id], issue):
            deadline = issue_deadline[issue.id]
            assert deadline is not None
            overdue.append(_overdue_item("issue", issue, None, deadline, today, unit))
    for m in measures:
        issue = issues_by_id[m.issue_id]
        unit = measure_responsibility(m, issue).lead_unit or NO_UNIT
        category = issue.category_path[0] if issue.category_path else NO_CATEGORY
        is_late = late(measure_deadline[m.id], m)
        for group in (by_unit[unit], by_category[category]):
            group["measures"].add(m.status.is_finished, is_late)
        if is_late:
            deadline = measure_deadline[m.id]
            assert deadline is not None
            overdue.append(_overdue_item("measure", issue, m, deadline, today, unit))
    overdue.sort(key=lambda o: (-o["days_overdue"], o["issue_id"], o["seq"] or 0))

    approved = [p for p in view.postponements if p.decision is Decision.APPROVED]
    steps: dict[int, list[Any]] = defaultdict(list)
    for step in view.sign_offs:
        steps[step.issue_id].append(step)
    states = [sign_off_state(steps.get(i.id, [])) for i in view.issues]

    category_order = _category_order(view)
    result: dict[str, Any] = {
        "today": today.isoformat(),
        "issues": _with_rates(issue_counts.as_json()),
        "measures": _with_rates(measure_counts.as_json()),
        "on_time_rate": {
            "issues": on_time((("issue", i, issue_deadline[i.id]) for i in view.issues), finished),
            "measures": on_time(
                (("measure", m, measure_deadline[m.id]) for m in measures), finished
            ),
        },
        "postponed": {
            "issues": len({p.issue_id for p in approved if p.measure_id is None}),
            "measures": len({p.measure_id for p in approved if p.measure_id is not None}),
            "pending": sum(p.decision is Decision.PENDING for p in view.postponements),
        },
        "sign_off": {
            "pending": states.count(SignOffState.PENDING),
            "returned": states.count(SignOffState.RETURNED),
            "approved": states.count(SignOffState.APPROVED),
            "reopened": states.count(SignOffState.REOPENED),
        },
        "by_unit": [
            {"unit": unit, **{k: g.as_json() for k, g in groups.items()}}
            for unit, groups in sorted(by_unit.items(), key=lambda kv: (kv[0] == NO_UNIT, kv[0]))
        ],
        "by_category": [
            {"category": name, **{k: g.as_json() for k, g in groups.items()}}
            for name, groups in sorted(
                by_category.items(), key=lambda kv: category_order.get(kv[0], (1 << 30, kv[0]))
            )
        ],
        "overdue": overdue[:OVERDUE_LIST_LIMIT],
        "outcomes": outcome_totals(view.outcomes).as_json(),
        "warnings": deadlines.warnings,
    }
    if len(overdue) > OVERDUE_LIST_LIMIT:
        result["overdue_truncated"] = len(overdue)
    return result


def _late_issues(view: LedgerView, today: date, calendar: WorkCalendar | None) -> set[int]:
    """The ids of the overdue issues by the one rule (``domain.overdue``): not finished,
    and the issue's own deadline or an unfinished measure's in force has passed."""
    feedback = {i.id: i.feedback_date for i in view.inspections}
    measures_of: dict[int, list[MeasureRecord]] = defaultdict(list)
    for m in view.measures:
        measures_of[m.issue_id].append(m)
    return {
        i.id
        for i in view.issues
        if issue_overdue(
            i, today, calendar, feedback.get(i.inspection_id), measures=measures_of.get(i.id, ())
        )
    }


def _with_rates(counts: dict[str, Any]) -> dict[str, Any]:
    """The foundation's counts plus each state's share (``by_status_rate``, percent)."""
    total = counts["total"]
    counts["by_status_rate"] = {k: _rate(v, total) for k, v in counts["by_status"].items()}
    return counts


def _category_order(view: LedgerView) -> dict[str, tuple[int, str]]:
    """Top-level categories in the order their first issue appears in the ledger."""
    order: dict[str, tuple[int, str]] = {}
    for n, issue in enumerate(view.issues):
        name = issue.category_path[0] if issue.category_path else NO_CATEGORY
        order.setdefault(name, (n, name))
    return order


def supervision_items(
    view: LedgerView,
    today: date,
    settings: DueSettings | None = None,
    calendar: WorkCalendar | None = None,
) -> dict[str, Any]:
    """The 督办 list: every overdue (red) and due-soon (yellow) issue and measure,
    grouped by lead unit, the units with the most overdue items first."""
    settings = settings or DueSettings()
    deadlines = Deadlines(_feedback(view), calendar)
    issues_by_id = {i.id: i for i in view.issues}
    units: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(
        lambda: {"overdue": [], "due_soon": []}
    )

    def place(
        entity: str, issue: IssueRecord, measure: MeasureRecord | None, r: Responsibility
    ) -> None:
        record: IssueRecord | MeasureRecord = measure if measure is not None else issue
        deadline = deadlines.of(record.responsibility, issue.inspection_id)
        light = deadline_light(deadline, record.status, today, settings, calendar)
        if light not in (Light.RED, Light.YELLOW) or deadline is None:
            return
        unit = r.lead_unit or NO_UNIT
        item = _overdue_item(entity, issue, measure, deadline, today, unit)
        item["light"] = light.value
        item["days_left"] = (deadline - today).days
        units[unit]["overdue" if light is Light.RED else "due_soon"].append(item)

    for issue in view.issues:
        place("issue", issue, None, issue.responsibility)
    for m in view.measures:
        parent = issues_by_id.get(m.issue_id)
        if parent is not None:
            place("measure", parent, m, measure_responsibility(m, parent))
    groups: list[dict[str, Any]] = [
        {
            "unit": unit,
            "overdue": sorted(items["overdue"], key=lambda o: -o["days_overdue"]),
            "due_soon": sorted(items["due_soon"], key=lambda o: o["days_left"]),
        }
        for unit, items in units.items()
    ]
    groups.sort(key=lambda g: (-len(g["overdue"]), -len(g["due_soon"]), g["unit"]))
    feedback = {i.id: i.feedback_date for i in view.inspections}
    measures_of: dict[int, list[MeasureRecord]] = defaultdict(list)
    for m in view.measures:
        measures_of[m.issue_id].append(m)
    issue_lights = [
        issue_light(
            i,
            today,
            settings,
            calendar,
            feedback.get(i.inspection_id),
            measures=measures_of.get(i.id, ()),
        )
        for i in view.issues
    ]
    return {
        "today": today.isoformat(),
        "due_soon_days": settings.days,
        "working_days": settings.working_days,
        # Issues by the one rule (domain.overdue), as the table and 统计 count them;
        # the items below (issues and measures on their own deadlines) beside them.
        "overdue_issues": issue_lights.count(Light.RED),
        "due_soon_issues": issue_lights.count(Light.YELLOW),
        "overdue_total": sum(len(g["overdue"]) for g in groups),
        "due_soon_total": sum(len(g["due_soon"]) for g in groups),
        "units": groups,
        "warnings": deadlines.warnings,
    }


def _summary(entity: str, snapshot: Any) -> str:
    if not isinstance(snapshot, dict):
        return ""
    for name in ("number", "title", "name", "text", "step", "reason"):
        value = snapshot.get(name)
        if value:
            text = str(value)
            if entity == "issue" and name == "number":
                text = f"问题 {text}：{str(snapshot.get('text') or '')[:30]}"
            return text[:60]
    return ""


def _current(
    entity: str,
    key: str,
    issues: dict[str, IssueRecord],
    measures: dict[str, MeasureRecord],
) -> dict[str, Any] | None:
    if entity == "issue" and key in issues:
        issue = issues[key]
        return {"number": issue.number, "text": issue.text}
    if entity == "measure" and key in measures:
        return {"text": measures[key].text}
    return None


def changes_since(
    s: Session, view: LedgerView, since: date, until: date | None = None
) -> list[dict[str, Any]]:
    """Every recorded change from the start of ``since`` (to the end of ``until``),
    oldest first: when, who, the action's description, and what changed. Field
    changes carry their old and new values; records added or removed carry a short
    summary instead of their whole snapshot."""
    query = (
        select(History, HistoryBatch)
        .join(HistoryBatch, History.batch_id == HistoryBatch.id)
        .where(HistoryBatch.at >= datetime.combine(since, time.min))
        .order_by(History.id)
    )
    if until is not None:
        query = query.where(HistoryBatch.at < end_of_day(until))
    issues = {i.key: i for i in view.issues}
    measures = {m.key: m for m in view.measures}
    inspections: dict[str, InspectionRecord] = {i.key: i for i in view.inspections}
    out: list[dict[str, Any]] = []
    for h, b in s.execute(query):
        issue = issues.get(h.issue_key or "")
        entry: dict[str, Any] = {
            "at": b.at.isoformat(),
            "batch": b.id,
            "operator": b.operator,
            "source": b.source,
            "description": b.description,
            "entity": h.entity,
            "key": h.entity_key,
            "action": h.action,
            "issue_number": issue.number if issue else None,
            "inspection_id": issue.inspection_id if issue else None,
        }
        if h.entity == "inspection" and h.entity_key in inspections:
            entry["inspection_id"] = inspections[h.entity_key].id
        if h.action == "update":
            entry["field"] = h.field
            entry["old"] = json.loads(h.old) if h.old is not None else None
            entry["new"] = json.loads(h.new) if h.new is not None else None
        else:
            snapshot = json.loads((h.new if h.action == "create" else h.old) or "null")
            if snapshot is None and h.action == "create":
                # Bulk imports record creations without a snapshot: the record is its
                # own (as the view shows it now).
                snapshot = _current(h.entity, h.entity_key, issues, measures)
            entry["summary"] = _summary(h.entity, snapshot)
            if issue is None and isinstance(snapshot, dict) and h.entity == "issue":
                entry["issue_number"] = snapshot.get("number")
                entry["inspection_id"] = snapshot.get("inspection_id")
        out.append(entry)
    return out


__all__ = [
    "NO_CATEGORY",
    "Deadlines",
    "changes_since",
    "on_time",
    "statistics",
    "supervision_items",
]
