"""What the main window shows first, read with plain SQL: inspections, their
categories, units, leader names and the issue list (records with their measure counts,
last progress date and category path).

One set of queries serves two readers, so there is one definition of what a listed
issue is: :class:`~desktop.services.ledger.LedgerService` runs them through its
SQLAlchemy session (SQLite or PostgreSQL), and the quick first paint of an up-to-date
SQLite ledger runs them through the ``sqlite3`` module before SQLAlchemy is even
imported (``desktop.services.quick_open``). Rows become records through
``desktop.services.records``, whose converters accept values as either driver gives
them. No SQLAlchemy and no Qt here.

A reader is a :data:`Fetch`: ``fetch(sql, params)`` returns the rows as tuples. SQL uses
``:name`` parameters; a list value stands for a parenthesised list (``IN :ids``).
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict, namedtuple
from collections.abc import Callable, Iterable, Mapping, Sequence
from operator import itemgetter
from typing import Any

from desktop.domain.records import (
    CategoryRecord,
    InspectionRecord,
    IssueRecord,
    MeasureRecord,
    Responsibility,
    UnitId,
    UnitRecord,
)
from desktop.domain.status import Status
from desktop.services.records import (
    as_date,
    category_record,
    inspection_record,
    issue_record,
    measure_record,
    rule_of,
    status_of,
)

Fetch = Callable[[str, Mapping[str, Any]], Sequence[Sequence[Any]]]

INSPECTION_COLUMNS = (
    "id",
    "key",
    "revision",
    "title",
    "inspector",
    "inspected_unit",
    "kind",
    "start",
    "end",
    "feedback_date",
    "rectification_start",
    "rectification_end",
    "issuer",
    "notice_date",
    "contact",
    "remarks",
)
CATEGORY_COLUMNS = ("id", "inspection_id", "parent_id", "name", "position")
ISSUE_COLUMNS = (
    "id",
    "key",
    "revision",
    "inspection_id",
    "position",
    "number",
    "text",
    "category_id",
    "status",
    "long_term",
    "progress",
    "goal",
    "lead_leader",
    "lead_unit_id",
    "responsible_person",
    "deadline",
    "deadline_rule",
    "deadline_text",
    "completion_date",
    "remarks",
    "updated_at",
    "updated_by",
)
MEASURE_COLUMNS = (
    "id",
    "key",
    "revision",
    "issue_id",
    "seq",
    "text",
    "status",
    "long_term",
    "progress",
    "lead_leader",
    "lead_unit_id",
    "responsible_person",
    "deadline",
    "deadline_rule",
    "deadline_text",
    "completion_date",
    "remarks",
)
_InspectionRow = namedtuple("_InspectionRow", INSPECTION_COLUMNS)  # type: ignore[misc]
_MeasureRow = namedtuple("_MeasureRow", MEASURE_COLUMNS)  # type: ignore[misc]
_CategoryRow = namedtuple("_CategoryRow", CATEGORY_COLUMNS)  # type: ignore[misc]
_IssueRow = namedtuple("_IssueRow", ISSUE_COLUMNS)  # type: ignore[misc]


def _columns(names: Iterable[str]) -> str:
    # Quoted: "end", "key" and "position" are keywords in PostgreSQL or SQLite.
    return ", ".join(f'"{name}"' for name in names)


_LIST_PARAMETER = re.compile(r":(\w+)")


def sqlite_fetch(connection: sqlite3.Connection) -> Fetch:
    """A :data:`Fetch` on a ``sqlite3`` connection (list parameters expanded)."""

    def fetch(sql: str, params: Mapping[str, Any]) -> Sequence[Sequence[Any]]:
        flat: dict[str, Any] = {}

        def expand(match: re.Match[str]) -> str:
            name = match.group(1)
            value = params[name]
            if isinstance(value, list | tuple):
                names = [f"{name}_{i}" for i in range(len(value))]
                flat.update(zip(names, value, strict=True))
                return "(" + ", ".join(f":{n}" for n in names) + ")"
            flat[name] = value
            return match.group(0)

        return connection.execute(_LIST_PARAMETER.sub(expand, sql), flat).fetchall()

    return fetch


# ------------------------------------------------------------------------- lists
def inspections(fetch: Fetch) -> list[InspectionRecord]:
    rows = fetch(
        f'SELECT {_columns(INSPECTION_COLUMNS)} FROM inspection ORDER BY "position", id', {}
    )
    return [inspection_record(_InspectionRow._make(r)) for r in rows]


def categories(fetch: Fetch, inspection_id: int) -> list[CategoryRecord]:
    rows = fetch(
        f"SELECT {_columns(CATEGORY_COLUMNS)} FROM category WHERE inspection_id = :inspection "
        'ORDER BY "position", id',
        {"inspection": inspection_id},
    )
    return [category_record(_CategoryRow._make(r)) for r in rows]


def units(fetch: Fetch) -> list[UnitRecord]:
    rows = fetch('SELECT id, "key", name, revision FROM unit ORDER BY name', {})
    return [UnitRecord(UnitId(i), key, name, revision) for i, key, name, revision in rows]


def leaders(fetch: Fetch) -> list[str]:
    """Every leader name in use (for autocomplete)."""
    names = {n for (n,) in fetch("SELECT DISTINCT lead_leader FROM issue", {})}
    names |= {n for (n,) in fetch("SELECT DISTINCT lead_leader FROM measure", {})}
    return sorted(n for n in names if n)


def category_paths(fetch: Fetch, inspection_id: int | None = None) -> dict[int, tuple[str, ...]]:
    """Each category's path of names from the top (for the issue list's 类别 column)."""
    sql = "SELECT id, parent_id, name FROM category"
    params: dict[str, Any] = {}
    if inspection_id is not None:
        sql += " WHERE inspection_id = :inspection"
        params["inspection"] = inspection_id
    rows = {cid: (parent, name) for cid, parent, name in fetch(sql, params)}
    paths: dict[int, tuple[str, ...]] = {}

    def path(cid: int, depth: int = 0) -> tuple[str, ...]:
        if cid in paths:
            return paths[cid]
        parent, name = rows[cid]
        result = (path(parent, depth + 1) if parent in rows and depth < 50 else ()) + (name,)
        paths[cid] = result
        return result

    for cid in rows:
        path(cid)
    return paths


def issue_count(fetch: Fetch, inspection_id: int | None = None) -> int:
    """How many issues the inspection (or the ledger) has."""
    if inspection_id is None:
        rows = fetch("SELECT COUNT(*) FROM issue", {})
    else:
        rows = fetch(
            "SELECT COUNT(*) FROM issue WHERE inspection_id = :inspection",
            {"inspection": inspection_id},
        )
    return int(rows[0][0])


def first_issue_records(fetch: Fetch, inspection_id: int | None, first: int) -> list[IssueRecord]:
    """The first ``first`` issue records in ledger order (what a window's first screen
    shows), read with queries restricted to them."""
    sql = "SELECT id FROM issue"
    params: dict[str, Any] = {"first": first}
    if inspection_id is not None:
        sql += " WHERE inspection_id = :inspection"
        params["inspection"] = inspection_id
    ids = [
        i for (i,) in fetch(sql + ' ORDER BY inspection_id, "position", id LIMIT :first', params)
    ]
    return issue_records(fetch, inspection_id, ids) if ids else []


_FINISHED = [s.value for s in Status if s.is_finished]
_SHARED_AT = tuple(
    ISSUE_COLUMNS.index(name)
    for name in ("progress", "lead_leader", "responsible_person", "deadline_text", "updated_by")
)


# Records made between two calls of a read's ``check``.
_CHECK_EVERY = 500


def issue_records(
    fetch: Fetch,
    inspection_id: int | None = None,
    ids: Sequence[int] | None = None,
    *,
    check: Callable[[], None] | None = None,
) -> list[IssueRecord]:
    """Issue records in ledger order (inspection, position, id): of one inspection or
    all, or only of ``ids`` (read with queries restricted to them, in the order of
    ``ids``; for a few ids after an edit). ``check`` is called between the queries and
    every few hundred records: it raises to stop a read nobody wants any more (the
    rest of a scope the window has switched away from)."""
    if check is None:
        check = _go_on
    where: list[str] = []
    params: dict[str, Any] = {}
    if ids is not None:
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return []
        where.append("id IN :ids")
        params["ids"] = wanted
    if inspection_id is not None:
        where.append("inspection_id = :inspection")
        params["inspection"] = inspection_id
    if ids is not None:
        restrict = " WHERE issue_id IN :ids"
    elif inspection_id is not None:
        # Only the inspection's measures, notes and units: a ledger of two 10,000-issue
        # inspections made every read of one count, group and sort both.
        restrict = " WHERE issue_id IN (SELECT id FROM issue WHERE inspection_id = :inspection)"
    else:
        restrict = ""
    unit_names: dict[int, str] = dict(fetch("SELECT id, name FROM unit", {}))  # type: ignore[arg-type]
    coop: dict[int, list[str]] = defaultdict(list)
    check()
    for iid, uid in fetch(
        f"SELECT issue_id, unit_id FROM issue_cooperating_unit{restrict} "
        'ORDER BY issue_id, "position"',
        params,
    ):
        coop[iid].append(unit_names.get(uid, ""))
    counts: dict[int, list[int]] = {}
    check()
    for iid, status, n in fetch(
        f"SELECT issue_id, status, COUNT(*) FROM measure{restrict} GROUP BY issue_id, status",
        params,
    ):
        both = counts.setdefault(iid, [0, 0])
        both[0] += n
        if status_of(status).is_finished:
            both[1] += n
    # The deadlines of unfinished measures that name their own: an issue is overdue
    # when any of them has passed (domain.overdue). Finished ones are left out in SQL
    # (a 50,000-issue ledger has 250,000 measures); equal deadlines share one record.
    open_deadlines: dict[int, list[Responsibility]] = defaultdict(list)
    shared: dict[tuple[Any, Any, Any], Responsibility] = {}
    check()
    for iid, status, deadline, rule, text in fetch(
        "SELECT issue_id, status, deadline, deadline_rule, deadline_text FROM measure"
        f"{restrict}{' AND' if restrict else ' WHERE'} (deadline IS NOT NULL"
        " OR deadline_rule IS NOT NULL OR deadline_text <> '')"
        " AND status NOT IN :finished ORDER BY issue_id, seq, id",
        {**params, "finished": _FINISHED},
    ):
        if not status_of(status).is_finished:
            found = shared.get((deadline, rule, text))
            if found is None:
                found = shared[(deadline, rule, text)] = Responsibility(
                    deadline=as_date(deadline),
                    deadline_rule=rule_of(rule),
                    deadline_text=text or "",
                )
            open_deadlines[iid].append(found)
    check()
    last_notes = {
        iid: as_date(day)
        for iid, day in fetch(
            f'SELECT issue_id, MAX("date") FROM progress_note{restrict} GROUP BY issue_id', params
        )
    }
    check()
    sql = f"SELECT {_columns(ISSUE_COLUMNS)} FROM issue"
    if where:
        sql += " WHERE " + " AND ".join(where)
    if ids is None:
        # Sorted here: SQLite sorts the whole rows (texts and all) in a temporary
        # b-tree, a third of the read of a big ledger; all three are NOT NULL ints.
        order = [ISSUE_COLUMNS.index(name) for name in ("inspection_id", "position", "id")]
        fetched: Sequence[Sequence[Any]] = sorted(fetch(sql, params), key=itemgetter(*order))
    else:
        fetched = fetch(sql + ' ORDER BY inspection_id, "position", id', params)
    if ids is None:
        paths = category_paths(fetch, inspection_id)
    else:
        paths = {}
        inspection_at = ISSUE_COLUMNS.index("inspection_id")
        for inspection in {r[inspection_at] for r in fetched}:
            paths.update(category_paths(fetch, inspection))
    none = (0, 0)
    records = []
    # Names, dates and words repeat from issue to issue: one string each (a 50,000-
    # issue ledger holds 20 MB less).
    shared_values: dict[Any, Any] = {}
    share = shared_values.setdefault
    check()
    for n, raw in enumerate(fetched, 1):
        if n % _CHECK_EVERY == 0:
            check()
        values = list(raw)
        for at in _SHARED_AT:
            value = values[at]
            values[at] = share(value, value)
        r: Any = _IssueRow._make(values)
        total, done = counts.get(r.id, none)
        records.append(
            issue_record(
                r,
                unit_names.get(r.lead_unit_id, ""),
                coop.get(r.id, ()),
                paths.get(r.category_id, ()) if r.category_id else (),
                total,
                done,
                last_notes.get(r.id),
                tuple(open_deadlines.get(r.id, ())),
            )
        )
    if ids is not None:
        by_id: dict[int, IssueRecord] = {r.id: r for r in records}
        return [by_id[i] for i in wanted if i in by_id]
    return records


def _go_on() -> None:
    """A read's ``check`` when nobody may stop it."""


# Issue ids per query when reading the measures of many issues: well under every
# database's limit on bound parameters (SQLite's is 32,766).
_IDS_PER_QUERY = 5000


def measure_records(
    fetch: Fetch, issue_ids: Sequence[int] | None = None
) -> dict[int, list[MeasureRecord]]:
    """The measures of the given issues (all when None), per issue id, in order."""
    unit_names: dict[int, str] = dict(fetch("SELECT id, name FROM unit", {}))  # type: ignore[arg-type]
    sql = f"SELECT {_columns(MEASURE_COLUMNS)} FROM measure"
    coop_sql = "SELECT measure_id, unit_id FROM measure_cooperating_unit"
    if issue_ids is None:
        batches: list[dict[str, Any]] = [{}]
    else:
        wanted = list(dict.fromkeys(issue_ids))
        if not wanted:
            return {}
        batches = [
            {"ids": wanted[i : i + _IDS_PER_QUERY]} for i in range(0, len(wanted), _IDS_PER_QUERY)
        ]
        sql += " WHERE issue_id IN :ids"
        coop_sql += " WHERE measure_id IN (SELECT id FROM measure WHERE issue_id IN :ids)"
    out: dict[int, list[MeasureRecord]] = defaultdict(list)
    for params in batches:
        coop: dict[int, list[str]] = defaultdict(list)
        for mid, uid in fetch(coop_sql + ' ORDER BY measure_id, "position"', params):
            coop[mid].append(unit_names.get(uid, ""))
        for r in fetch(sql + " ORDER BY issue_id, seq, id", params):
            row: Any = _MeasureRow._make(r)
            out[row.issue_id].append(
                measure_record(row, unit_names.get(row.lead_unit_id, ""), coop.get(row.id, ()))
            )
    return dict(out)
