"""The units' changes a clerk turned down at a merge, kept in the ledger.

Units answer the same hand-out more than once, and each answer repeats what they wrote
before. Without a memory of the clerk's "no", every merge would propose the same
rejected values again. The ledger keeps, per record field, the last value turned down
(with who, when and from which file); a merge hides exactly that value and proposes any
other. Taking a change after all, or any later change of the field through a merge,
forgets it.

Stored as one JSON setting: a decision about a unit's proposal, not ledger content, so
it is not part of the history (nothing in the ledger changes when a clerk says no).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.plan import FieldChange, ImportPlan
from desktop.storage.models import Setting

if TYPE_CHECKING:
    from desktop.services.unit_of_work import LedgerAccess

DECLINED_SETTING = "merge.declined"


def _marker(entity: str, key: str, field: str) -> str:
    return f"{entity}:{key}:{field}"


def _read(s: Session) -> dict[str, dict[str, Any]]:
    text = s.scalar(select(Setting.value).where(Setting.name == DECLINED_SETTING))
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        return {}  # a hand-edited setting: forget it rather than fail every merge
    return data if isinstance(data, dict) else {}


def load_declined(s: Session) -> dict[tuple[str, str, str], Any]:
    """Per ``(entity, key, field)``, the value last turned down."""
    out: dict[tuple[str, str, str], Any] = {}
    for marker, entry in _read(s).items():
        parts = marker.split(":", 2)
        if len(parts) == 3 and isinstance(entry, dict) and "value" in entry:
            out[(parts[0], parts[1], parts[2])] = entry["value"]
    return out


def remember(
    s: Session,
    declined: Iterable[FieldChange],
    applied: Iterable[FieldChange],
    *,
    operator: str,
    file: str,
) -> None:
    """In the caller's transaction: remember ``declined`` and forget what ``applied``
    now settles (the field took a unit's value)."""
    declined, applied = list(declined), list(applied)
    if not declined and not applied:
        return
    data = _read(s)
    before = dict(data)
    for change in applied:
        data.pop(_marker(change.entity, change.key, change.field), None)
    at = datetime.now().replace(microsecond=0).isoformat()
    for change in declined:
        data[_marker(change.entity, change.key, change.field)] = {
            "value": change.value,
            "by": operator,
            "at": at,
            "file": file,
        }
    if data == before:
        return
    row = s.get(Setting, DECLINED_SETTING)
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    if row is None:
        s.add(Setting(name=DECLINED_SETTING, value=text))
    else:
        row.value = text


def remember_plan(service: LedgerAccess, plan: ImportPlan) -> None:
    """Remember the declines of a merge plan that applies nothing else (everything
    unticked): its own small transaction. Plans with changes do this in ``apply_plan``."""
    with service.uow.begin() as s:
        remember(s, plan.declined, (), operator=service.operator, file=plan.file)
