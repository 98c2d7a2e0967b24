"""The hand-off round trip on a ledger: its identity (ledger id and signing secret), the
rows each unit gets, writing the hand-outs, and the ledger's current state for a
merge. The Excel side (``excel.handoff``, ``excel.merge``) stays free of the database:
this module reads the records and passes them in.

Applying a merge goes through :meth:`LedgerService.apply_plan` like every import: one
transaction, one history batch (source ``merge``, naming the unit and the file), after
a backup.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

import desktop
from desktop.collector import collector_paused
from desktop.domain.filters import IssueFilter
from desktop.domain.records import InspectionId, InspectionRecord
from desktop.excel.handoff import (
    Cancelled,
    HandoutRow,
    HandoutSummary,
    Manifest,
    Progress,
    handout_rows,
    write_handouts,
)
from desktop.excel.merge import LedgerState
from desktop.services.ledger import LedgerService
from desktop.storage.models import Evidence, Issue, Measure, Setting

LEDGER_ID_SETTING = "ledger_id"
SECRET_SETTING = "handoff_secret"
# Above this many issues, fetch every measure rather than send a huge IN (...) list
# (SQLite caps bound parameters at 32,766).
_MAX_IDS_IN_QUERY = 20_000


@dataclass(frozen=True, slots=True)
class Identity:
    """A ledger's identity for hand-offs: the id every hand-out names, and the secret
    that signs the values as sent (never leaves the ledger)."""

    ledger_id: str
    secret: bytes


def identity(service: LedgerService, *, create: bool = True) -> Identity | None:
    """The ledger's hand-off identity, made on first use (a UUID and 32 random bytes in
    the ``setting`` table). With ``create=False`` (a merge), None when the ledger never
    handed anything out."""
    import uuid

    names = (LEDGER_ID_SETTING, SECRET_SETTING)
    with service.uow.read() as s:
        query = select(Setting.name, Setting.value).where(Setting.name.in_(names))
        found = {name: value for name, value in s.execute(query)}
    if all(found.get(n) for n in names):
        return Identity(found[LEDGER_ID_SETTING], bytes.fromhex(found[SECRET_SETTING]))
    if not create:
        return None
    try:
        with service.uow.begin() as s:
            for name, value in (
                (LEDGER_ID_SETTING, str(uuid.uuid4())),
                (SECRET_SETTING, secrets.token_hex(32)),
            ):
                row = s.get(Setting, name)
                if row is None:
                    s.add(Setting(name=name, value=value))
                elif not row.value:
                    row.value = value
    except IntegrityError:
        pass  # another client made them at the same moment: theirs stand
    made = identity(service, create=False)
    assert made is not None
    return made


@dataclass(frozen=True, slots=True)
class UnitChoice:
    """A unit that leads some rows of the chosen inspection(s), with how many."""

    name: str
    rows: int
    issues: int


@dataclass(frozen=True, slots=True)
class HandoutData:
    """What a hand-out of one inspection (or all) draws on: the rows by unit, the
    inspections, and how many rows name no lead unit (they go to nobody)."""

    rows_by_unit: dict[str, list[HandoutRow]]
    inspections: list[InspectionRecord]
    unassigned: int

    @property
    def units(self) -> list[UnitChoice]:
        return [
            UnitChoice(name, len(rows), len({r.issue.key for r in rows}))
            for name, rows in self.rows_by_unit.items()
            if name
        ]


@collector_paused()
def handout_data(service: LedgerService, inspection_id: InspectionId | None = None) -> HandoutData:
    """The rows each unit would get from one inspection, or from all of them (read
    with the cyclic collector paused: 60k records of a 10k-issue ledger took twice as
    long with it walking them)."""
    flt = IssueFilter(
        inspection_id=InspectionId(inspection_id) if inspection_id is not None else None
    )
    issues = service.list_issues(flt)
    if inspection_id is None or len(issues) > _MAX_IDS_IN_QUERY:
        wanted = {i.id for i in issues}
        measures = {k: v for k, v in service.measures_by_issue(None).items() if k in wanted}
    else:
        measures = service.measures_by_issue([i.id for i in issues])
    by_unit = handout_rows(issues, measures, _evidence_titles(service))
    if inspection_id is not None:
        inspections = [service.get_inspection(inspection_id)]
    else:
        used = {i.inspection_id for i in issues}
        inspections = [i for i in service.list_inspections() if i.id in used]
    return HandoutData(by_unit, inspections, len(by_unit.get("", [])))


def _evidence_titles(service: LedgerService) -> dict[tuple[str, str], list[str]]:
    """Titles of the evidence on file, by the record it is attached to."""
    out: dict[tuple[str, str], list[str]] = {}
    with service.uow.read() as s:
        query = (
            select(Evidence.title, Issue.key, Measure.key)
            .join(Issue, Evidence.issue_id == Issue.id)
            .outerjoin(Measure, Evidence.measure_id == Measure.id)
            .order_by(Evidence.id)
        )
        for title, issue_key, measure_key in s.execute(query):
            owner = ("measure", measure_key) if measure_key else ("issue", issue_key)
            out.setdefault(owner, []).append(title)
    return out


def write_unit_handouts(
    service: LedgerService,
    folder: str | os.PathLike[str],
    units: Sequence[str],
    *,
    inspection_id: InspectionId | None = None,
    due: date | None = None,
    data: HandoutData | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[HandoutSummary]:
    """Write one hand-out per unit into ``folder``. Raises ``ExportError`` (Chinese
    message) when a unit has no rows or a file cannot be written."""
    ident = identity(service)
    assert ident is not None
    data = data or handout_data(service, inspection_id)
    title = data.inspections[0].title if len(data.inspections) == 1 else ""
    manifest = Manifest(
        ledger_id=ident.ledger_id,
        unit="",
        inspections=tuple(i.key for i in data.inspections),
        inspection_title=title,
        exported_at=datetime.now().replace(microsecond=0),
        due=due,
        app_version=desktop.__version__,
    )
    return write_handouts(
        Path(folder),
        data.rows_by_unit,
        units,
        manifest,
        ident.secret,
        inspections=data.inspections,
        progress=progress,
        cancelled=cancelled,
    )


def ledger_state(service: LedgerService) -> LedgerState:
    """The ledger now, as a merge compares against it."""
    from desktop.services.declined import load_declined

    issues = service.list_issues()
    measures = service.measures_by_issue(None)
    with service.uow.read() as s:
        declined = load_declined(s)
    return LedgerState.from_records(issues, measures, _evidence_titles(service), declined)
