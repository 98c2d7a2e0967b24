"""The quick first paint: what the main window shows of an up-to-date SQLite ledger,
read with the ``sqlite3`` module before SQLAlchemy, Alembic and the services are
imported (together they cost more than a bare Qt window takes to start).

Only a ledger that needs nothing else qualifies: a whole SQLite file that we can
write, with no triggers or views of another program, at this version's schema
(``alembic_version`` = ``SCHEMA_HEAD``). Anything else — a server URL, an older or
newer schema, a read-only, empty, damaged or foreign file — gets ``None`` and takes
the full path (``storage.migrate.open_ledger``) with its migrations, backups and
messages, unchanged. The records are built by the same queries and mapping as the
:class:`~desktop.services.ledger.LedgerService` uses (``ledger_read``), so they are
equal to what the service returns; the window replaces them with the service's own
reads as soon as the service is ready.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar
from urllib.parse import quote

from desktop.domain.records import (
    CategoryRecord,
    InspectionId,
    InspectionRecord,
    IssueRecord,
    UnitRecord,
)
from desktop.services import ledger_read
from desktop.storage.errors import LedgerError
from desktop.storage.ledger_file import SCHEMA_HEAD, check_sqlite_file, writable

T = TypeVar("T")

# Issues read before the first frame: more rows than the tallest window shows (the
# rest are read in the background once it is painted, so a 50,000-issue ledger opens
# as fast as a small one).
FIRST_SCREEN = 200


@dataclass(frozen=True, slots=True)
class FirstView:
    """What the window shows first: the inspections (and the one chosen when there is
    just one), each inspection's categories, units, leader names, and the first
    screenful of the chosen scope's issues, all read in one transaction."""

    inspections: list[InspectionRecord]
    categories: dict[InspectionId, list[CategoryRecord]]
    units: list[UnitRecord]
    leaders: list[str]
    scope: InspectionId | None
    issues: list[IssueRecord]
    # How many issues the scope has: more than ``issues`` when only the first screen
    # was read (the rest follow: ``read_issues``).
    issue_total: int

    @property
    def complete(self) -> bool:
        return len(self.issues) >= self.issue_total


def quick_path(location: str) -> Path | None:
    """The file of a location that may take the quick path, or None."""
    if "://" in location:
        return None
    path = Path(location).expanduser().resolve()
    try:
        if not path.is_file() or path.stat().st_size == 0 or not writable(path):
            return None
        check_sqlite_file(path)
    except (OSError, LedgerError):
        return None
    return path


def read_first_view(location: str, first: int | None = FIRST_SCREEN) -> FirstView | None:
    """The first view of a ledger that qualifies (see the module), else None. Never
    raises for a bad file: the full path reports it properly. Of the issues, only the
    ``first`` in ledger order are read (None: all); :func:`read_issues` reads them all
    after the first frame."""
    return _quick_read(location, lambda fetch: _read(fetch, first))


def read_first_issues(
    location: str,
    inspection_id: InspectionId | None,
    first: int | None = None,
    check: Callable[[], None] | None = None,
) -> tuple[list[IssueRecord], int] | None:
    """The first ``first`` (default ``FIRST_SCREEN``) issues of the inspection (or
    all) in ledger order and how many it has, read as the first view was; None when
    the ledger does not qualify. ``check`` may stop the read within a query (it then
    gives None), as :func:`read_issues`'s does."""
    count = FIRST_SCREEN if first is None else first
    return _quick_read(location, lambda fetch: _first_issues(fetch, inspection_id, count), check)


def read_issues(
    location: str,
    inspection_id: InspectionId | None,
    check: Callable[[], None] | None = None,
) -> list[IssueRecord] | None:
    """Every issue record of the inspection (or all), read as the first view was; None
    when the ledger no longer qualifies (the caller reads through its service).
    ``check`` may stop the read by raising: between queries it raises through here
    (``ledger_read.issue_records``), within a query the query is interrupted and the
    read gives None."""
    return _quick_read(
        location,
        lambda fetch: ledger_read.issue_records(fetch, inspection_id, check=check),
        check,
    )


# SQLite virtual machine steps between two calls of a read's check within one query.
_CHECK_STEPS = 20_000


def _quick_read(
    location: str,
    read: Callable[[ledger_read.Fetch], T],
    check: Callable[[], None] | None = None,
) -> T | None:
    path = quick_path(location)
    if path is None:
        return None
    try:
        connection = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    if check is not None:
        # Within a query too: counting a ledger's measures takes a while, and a read
        # nobody wants any more must stop. The query ends "interrupted" (None here);
        # between queries the check raises as itself (``ledger_read.issue_records``).
        def go_on() -> int:
            try:
                check()
            except Exception:
                return 1
            return 0

        connection.set_progress_handler(go_on, _CHECK_STEPS)
    try:
        connection.isolation_level = None
        connection.execute("PRAGMA trusted_schema=OFF")
        connection.execute("PRAGMA busy_timeout=2000")
        connection.execute("BEGIN")
        strangers = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type IN ('trigger', 'view')"
        ).fetchone()
        if strangers is None or strangers[0]:
            return None
        tables = {
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "alembic_version" not in tables:
            return None
        versions = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        if versions != [(SCHEMA_HEAD,)]:
            return None
        return read(ledger_read.sqlite_fetch(connection))
    except (sqlite3.Error, ValueError):
        # Damaged pages, odd values: the full path says what is wrong.
        return None
    finally:
        connection.close()


def _first_issues(
    fetch: ledger_read.Fetch, scope: InspectionId | None, first: int | None
) -> tuple[list[IssueRecord], int]:
    total = ledger_read.issue_count(fetch, scope)
    if first is None or total <= first:
        return ledger_read.issue_records(fetch, scope), total
    return ledger_read.first_issue_records(fetch, scope, first), total


def _read(fetch: ledger_read.Fetch, first: int | None) -> FirstView:
    inspections = ledger_read.inspections(fetch)
    scope = inspections[0].id if len(inspections) == 1 else None
    issues, total = _first_issues(fetch, scope, first)
    return FirstView(
        inspections=inspections,
        categories={i.id: ledger_read.categories(fetch, i.id) for i in inspections},
        units=ledger_read.units(fetch),
        leaders=ledger_read.leaders(fetch),
        scope=scope,
        issues=issues,
        issue_total=total,
    )
