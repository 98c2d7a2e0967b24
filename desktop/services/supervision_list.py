"""The 督办 list as the dock shows it, read for what it shows.

``supervision_stats.supervision_items`` makes the same list from a whole
:class:`~desktop.domain.supervision.LedgerView` (every row of every table as records,
for the past as well as now). The dock only ever shows the ledger now, and of it only
the deadlines, statuses, numbers and responsible names of issues and of unfinished
measures: those columns are read here with plain SQL (``ledger_read``'s readers, on the
service's session or a ``sqlite3`` connection), finished measures left out in SQL, and
the lights come from the one rule in ``desktop.domain`` (``effective_deadline``,
``deadline_light``, ``light_of_deadlines``, ``filled_responsibility``). The items'
texts are not read: the dock reads those of the rows it shows (:func:`item_texts`).
``tests/services/test_supervision_list.py`` holds this list equal to
``supervision_items`` on a varied ledger.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, overload

from desktop.domain.calendar import WorkCalendar
from desktop.domain.lights import (
    DueSettings,
    Light,
    deadline_light,
    filled_responsibility,
)
from desktop.domain.overdue import has_own_deadline, light_of_deadlines
from desktop.domain.records import InspectionId, Responsibility
from desktop.domain.statistics import NO_UNIT
from desktop.domain.status import Status
from desktop.services.ledger_read import Fetch
from desktop.services.records import as_date, rule_of, status_of
from desktop.services.supervision_stats import Deadlines

# Like ledger_read.Fetch, the rows as they come (a session's result, a cursor).
Rows = Callable[[str, Mapping[str, Any]], Iterable[Sequence[Any]]]
_FINISHED = [s.value for s in Status if s.is_finished]
_RESPONSIBLE = "lead_leader, lead_unit_id, deadline, deadline_rule, deadline_text"


@dataclass(slots=True)
class DockItem:
    """One overdue (red) or due-soon (yellow) issue or measure of the 督办 list: what
    its row shows but the text (a few hundred bytes, where a ledger of 50,000 issues
    has 150,000 items to chase). ``seq`` is None for an issue."""

    entity: str
    id: int
    issue_id: int
    inspection_id: int
    number: str
    seq: int | None
    deadline: date
    days_left: int
    status: str
    light: str
    lead_leader: str
    working_days_left: int | None = None

    @property
    def days_overdue(self) -> int:
        return -self.days_left


_ENTITIES = ("issue", "measure")
_STATUS_CODES = {s.value: n for n, s in enumerate(Status)}
_STATUS_VALUES = [s.value for s in Status]
_NO_DAYS = -(2**31)


class DockItems(Sequence[DockItem]):
    """One list of items (a unit's overdue or due-soon), kept column by column in
    arrays (about 50 bytes an item rather than 200 as objects); ``items[n]`` makes
    the n-th :class:`DockItem` when it is asked for."""

    def __init__(self, light: str) -> None:
        self.light = light
        self.measure = array("b")
        self.ids = array("q")
        self.issue_ids = array("q")
        self.inspection_ids = array("i")
        self.numbers: list[str] = []
        self.seqs = array("i")
        self.deadlines = array("i")
        self.days_left = array("i")
        self.statuses = array("b")
        self.leaders: list[str] = []
        self.working = array("i")

    def add(
        self,
        entity: str,
        rid: int,
        issue: tuple[Any, ...],
        seq: int | None,
        deadline: date,
        days_left: int,
        status: str,
        leader: str,
        working: int | None,
    ) -> None:
        self.measure.append(entity == "measure")
        self.ids.append(rid)
        self.issue_ids.append(issue[0])
        self.inspection_ids.append(issue[1])
        self.numbers.append(issue[2])
        self.seqs.append(-1 if seq is None else seq)
        self.deadlines.append(deadline.toordinal())
        self.days_left.append(days_left)
        self.statuses.append(_STATUS_CODES[status])
        self.leaders.append(leader)
        self.working.append(_NO_DAYS if working is None else working)

    def __len__(self) -> int:
        return len(self.ids)

    @overload
    def __getitem__(self, n: int) -> DockItem: ...

    @overload
    def __getitem__(self, n: slice) -> list[DockItem]: ...

    def __getitem__(self, n: int | slice) -> DockItem | list[DockItem]:
        if isinstance(n, slice):
            return [self[i] for i in range(*n.indices(len(self)))]
        seq = self.seqs[n]
        working = self.working[n]
        return DockItem(
            _ENTITIES[self.measure[n]],
            self.ids[n],
            self.issue_ids[n],
            self.inspection_ids[n],
            self.numbers[n],
            None if seq < 0 else seq,
            date.fromordinal(self.deadlines[n]),
            self.days_left[n],
            _STATUS_VALUES[self.statuses[n]],
            self.light,
            self.leaders[n],
            None if working == _NO_DAYS else working,
        )

    def sorted_by_days(self) -> DockItems:
        """The same items, fewest days left first (a stable sort: equal ones keep
        their order)."""
        order = sorted(range(len(self)), key=self.days_left.__getitem__)
        out = DockItems(self.light)
        for name in (
            "measure",
            "ids",
            "issue_ids",
            "inspection_ids",
            "numbers",
            "seqs",
            "deadlines",
            "days_left",
            "statuses",
            "leaders",
            "working",
        ):
            column = getattr(self, name)
            taken = [column[i] for i in order]
            setattr(
                out, name, array(column.typecode, taken) if isinstance(column, array) else taken
            )
        return out


class _Deadlines:
    """Deadlines in force by their columns and inspection (equal ones are many)."""

    def __init__(self, fetch: Fetch, calendar: WorkCalendar | None) -> None:
        feedback = {
            int(i): as_date(d) for i, d in fetch("SELECT id, feedback_date FROM inspection", {})
        }
        self.rule = Deadlines(feedback, calendar)
        self._found: dict[tuple[Any, ...], tuple[Responsibility, date | None]] = {}

    def of(
        self, inspection_id: int, deadline: Any, rule: Any, text: Any
    ) -> tuple[Responsibility, date | None]:
        key = (inspection_id, deadline, rule, text)
        found = self._found.get(key)
        if found is None:
            r = Responsibility(
                deadline=as_date(deadline), deadline_rule=rule_of(rule), deadline_text=text or ""
            )
            found = self._found[key] = (r, self.rule.of(r, InspectionId(inspection_id)))
        return found


def dock_list(
    fetch: Fetch,
    rows: Rows,
    today: date,
    settings: DueSettings | None = None,
    calendar: WorkCalendar | None = None,
) -> dict[str, Any]:
    """The 督办 list of the ledger now (the document of ``supervision_items``, its items
    :class:`DockItem` with each one's lead leader and, when due-soon counts working
    days, the working days left; ``inspection_titles`` by id, ``inspections`` their
    number)."""
    settings = settings or DueSettings()
    deadlines = _Deadlines(fetch, calendar)
    units: dict[int, str] = {int(i): n or "" for i, n in fetch("SELECT id, name FROM unit", {})}
    titles = {int(i): t or "" for i, t in fetch("SELECT id, title FROM inspection", {})}
    # unit -> light -> items (issues first, in ledger order, then measures).
    groups: dict[str, dict[str, DockItems]] = defaultdict(
        lambda: {"overdue": DockItems(Light.RED.value), "due_soon": DockItems(Light.YELLOW.value)}
    )
    shared: dict[Any, Any] = {}
    share = shared.setdefault

    def place(
        entity: str,
        rid: int,
        issue: tuple[Any, ...],
        seq: int | None,
        status: Status,
        deadline: date | None,
        unit: str,
        leader: str,
    ) -> None:
        light = deadline_light(deadline, status, today, settings, calendar)
        if light not in (Light.RED, Light.YELLOW) or deadline is None:
            return
        days_left = (deadline - today).days
        working = None
        if settings.working_days and calendar is not None and days_left >= 0:
            working = calendar.working_days_between(today, deadline)
        unit = unit or NO_UNIT
        groups[unit]["overdue" if light is Light.RED else "due_soon"].add(
            entity,
            rid,
            issue,
            seq,
            deadline,
            days_left,
            status.value,
            share(leader, leader),
            working,
        )

    # Issues in ledger order, as supervision_items meets them (ties keep this order),
    # then unfinished measures, each placed as it comes; an issue's light waits for
    # the earliest deadline of its unfinished measures.
    # id -> (id, inspection, number, status, leader, unit, own deadline in force)
    issues: dict[int, tuple[Any, ...]] = {}
    for iid, inspection, number, status, leader, unit_id, deadline, rule, text in rows(
        f"SELECT id, inspection_id, number, status, {_RESPONSIBLE} FROM issue "
        'ORDER BY inspection_id, "position", id',
        {},
    ):
        unit = units.get(unit_id, "") if unit_id is not None else ""
        found = deadlines.of(inspection, deadline, rule, text)[1]
        state = status_of(status)
        issue: tuple[Any, ...] = (iid, inspection, number or "", state, leader or "", unit, found)
        issues[iid] = issue
        place("issue", iid, issue, None, state, found, unit, issue[4])
    earliest: dict[int, date] = {}
    for mid, iid, seq, status, leader, unit_id, deadline, rule, text in rows(
        f"SELECT id, issue_id, seq, status, {_RESPONSIBLE} FROM measure "
        "WHERE status NOT IN :finished ORDER BY issue_id, seq, id",
        {"finished": _FINISHED},
    ):
        parent = issues.get(iid)
        state = status_of(status)
        if parent is None or state.is_finished:
            continue
        issue = parent
        own, found = deadlines.of(issue[1], deadline, rule, text)
        if found is None:
            continue
        if has_own_deadline(own) and (iid not in earliest or found < earliest[iid]):
            earliest[iid] = found
        filled = filled_responsibility(
            Responsibility(
                lead_leader=leader or "",
                lead_unit=units.get(unit_id, "") if unit_id is not None else "",
            ),
            Responsibility(lead_leader=issue[4], lead_unit=issue[5]),
        )
        place("measure", mid, issue, seq or 0, state, found, filled.lead_unit, filled.lead_leader)
    overdue_issues = due_soon_issues = 0
    for iid, issue in issues.items():
        light = light_of_deadlines(
            (issue[6], earliest.get(iid)), issue[3], today, settings, calendar
        )
        overdue_issues += light is Light.RED
        due_soon_issues += light is Light.YELLOW
    ordered: list[dict[str, Any]] = [
        {
            "unit": unit,
            "overdue": items["overdue"].sorted_by_days(),
            "due_soon": items["due_soon"].sorted_by_days(),
        }
        for unit, items in groups.items()
    ]
    ordered.sort(key=lambda g: (-len(g["overdue"]), -len(g["due_soon"]), g["unit"]))
    return {
        "today": today.isoformat(),
        "due_soon_days": settings.days,
        "working_days": settings.working_days,
        "overdue_issues": overdue_issues,
        "due_soon_issues": due_soon_issues,
        "overdue_total": sum(len(g["overdue"]) for g in ordered),
        "due_soon_total": sum(len(g["due_soon"]) for g in ordered),
        "units": ordered,
        "warnings": deadlines.rule.warnings,
        "inspections": len(titles),
        "inspection_titles": titles,
    }


def item_texts(fetch: Fetch, items: list[DockItem]) -> dict[tuple[str, int], str]:
    """The texts of some items (those the dock shows), by (entity, id)."""
    out: dict[tuple[str, int], str] = {}
    for entity in ("issue", "measure"):
        ids = [i.id for i in items if i.entity == entity]
        if ids:
            for rid, text in fetch(
                f'SELECT id, "text" FROM {entity} WHERE id IN :ids', {"ids": ids}
            ):
                out[(entity, int(rid))] = text or ""
    return out


__all__ = ["DockItem", "DockItems", "Rows", "dock_list", "item_texts"]
