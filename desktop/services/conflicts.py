"""Two clerks saving the same record: the second save is refused with
:class:`~desktop.storage.errors.StaleEdit` ("此问题已被某某修改于…"), never applied over
the first silently. These functions give the conflict dialog what it shows and the two
ways out: reload (take theirs, keep my changes where they did not touch the same
fields) or overwrite (save mine over theirs, knowingly).

Qt-free; the dialog lives in ``ui``. A sketch of its use::

    try:
        service.update_issue(issue_id, mine, expected_revision=loaded.revision)
    except StaleEdit as exc:
        conflict = issue_conflict(service, issue_id, mine, loaded, exc)
        # show conflict.message and conflict.differences; then either
        overwrite_issue(service, issue_id, mine, conflict)        # 覆盖
        # or reload: service.get_issue(issue_id), or rebase(loaded, mine, theirs)
"""

from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass
from typing import TYPE_CHECKING, Any

from desktop.domain.records import (
    IssueDraft,
    IssueId,
    IssueRecord,
    MeasureDraft,
    MeasureId,
    MeasureRecord,
)
from desktop.domain.texts import Message, Msg
from desktop.services import fields as rf
from desktop.storage.errors import StaleEdit

if TYPE_CHECKING:
    from desktop.domain.changes import Done
    from desktop.services.ledger import LedgerService


@dataclass(frozen=True, slots=True)
class FieldDifference:
    """A field where my version and theirs differ. ``base`` is what both started from
    (None when unknown); ``both_changed`` says the field is a real conflict rather than
    a change of only one side."""

    field: str
    mine: Any
    theirs: Any
    base: Any = None
    both_changed: bool = True


@dataclass(frozen=True, slots=True)
class Conflict:
    """A refused save: who saved in between and when, the record's current revision
    (saving with it overwrites their change), and the fields that differ."""

    entity: str  # issue | measure
    record_id: int
    message: str
    by: str
    at: str
    revision: int
    differences: tuple[FieldDifference, ...]


def _differences(
    mine: dict[str, Any], theirs: dict[str, Any], base: dict[str, Any] | None
) -> tuple[FieldDifference, ...]:
    out = []
    for name, value in mine.items():
        other = theirs.get(name)
        if value == other:
            continue
        if base is None:
            out.append(FieldDifference(name, value, other))
        else:
            start = base.get(name)
            out.append(
                FieldDifference(name, value, other, start, value != start and other != start)
            )
    return tuple(out)


def issue_conflict(
    service: LedgerService,
    issue_id: IssueId,
    mine: IssueDraft,
    base: IssueDraft | None,
    error: StaleEdit,
) -> Conflict:
    """Describe a refused issue save: ``mine`` is what the clerk tried to save,
    ``base`` the record as it was loaded into the form."""
    theirs = service.get_issue(issue_id)
    return Conflict(
        "issue",
        issue_id,
        error.message,
        error.by or theirs.updated_by,
        error.at,
        theirs.revision,
        _differences(
            rf.issue_draft_fields(mine),
            rf.issue_draft_fields(theirs),
            rf.issue_draft_fields(base) if base is not None else None,
        ),
    )


def measure_conflict(
    service: LedgerService,
    measure_id: MeasureId,
    mine: MeasureDraft,
    base: MeasureDraft | None,
    error: StaleEdit,
) -> Conflict:
    """Describe a refused measure save (see :func:`issue_conflict`)."""
    theirs = _measure(service, measure_id)
    return Conflict(
        "measure",
        measure_id,
        error.message,
        error.by,
        error.at,
        theirs.revision,
        _differences(
            rf.measure_draft_fields(mine),
            rf.measure_draft_fields(theirs),
            rf.measure_draft_fields(base) if base is not None else None,
        ),
    )


def _measure(service: LedgerService, measure_id: MeasureId) -> MeasureRecord:
    from desktop.storage.errors import NotFound
    from desktop.storage.models import Measure

    with service.uow.read() as s:
        issue_id = s.get(Measure, measure_id)
        if issue_id is None:
            raise NotFound(Message(Msg.MEASURE_GONE))
        found = IssueId(issue_id.issue_id)
    return next(m for m in service.list_measures(found) if m.id == measure_id)


def overwrite_issue(
    service: LedgerService, issue_id: IssueId, mine: IssueDraft, conflict: Conflict
) -> Done[IssueRecord]:
    """Save ``mine`` over the change the clerk was shown. Raises :class:`StaleEdit`
    again if yet another save came in since the conflict was shown."""
    return service.update_issue(issue_id, mine, expected_revision=conflict.revision)


def overwrite_measure(
    service: LedgerService, measure_id: MeasureId, mine: MeasureDraft, conflict: Conflict
) -> Done[MeasureRecord]:
    """Save ``mine`` over the measure change the clerk was shown (see
    :func:`overwrite_issue`)."""
    return service.update_measure(measure_id, mine, expected_revision=conflict.revision)


def _rebase(base: Any, mine: Any, theirs: Any, kind: type) -> Any:
    values = {}
    for name in (f.name for f in fields(kind)):
        b, m, t = getattr(base, name), getattr(mine, name), getattr(theirs, name)
        if is_dataclass(m) and not isinstance(m, type):
            values[name] = _rebase(b, m, t, type(m))  # responsibility: field by field
        else:
            values[name] = m if m != b else t
    return kind(**values)


def rebase(base: IssueDraft, mine: IssueDraft, theirs: IssueDraft) -> IssueDraft:
    """Their record with my changes (the fields I changed from ``base``) laid on top:
    what the form shows after "reload", before the clerk saves again. Where both
    changed a field, mine wins here; :attr:`FieldDifference.both_changed` shows which
    those were."""
    result: IssueDraft = _rebase(base, mine, theirs, IssueDraft)
    return result


__all__ = [
    "Conflict",
    "FieldDifference",
    "issue_conflict",
    "measure_conflict",
    "overwrite_issue",
    "overwrite_measure",
    "rebase",
]
